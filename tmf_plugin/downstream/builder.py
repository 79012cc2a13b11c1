"""Routable river network from plain lines: split at junctions, join close ends, orient, and give HydroRIVERS ids."""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from dataclasses import dataclass, field

from qgis.core import (
    QgsFeature,
    QgsFeatureSource,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
    QgsSpatialIndex,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..i18n import tr
from .geodesy import WGS84, distance_area, to_wgs84, transform
from .trace import RIVER_NAME_FIELDS, field_index

M_PER_DEG = 111320.0

# Words of the `issue` field (English machine words, like the trace statuses).
ISSUE_ISOLATED = "isolated"  # a piece touching no other piece and no outlet
ISSUE_NO_OUTLET = "no outlet"  # its connected piece reaches no outlet: direction as digitised
ISSUE_EDGE = "edge outlet"  # drains to where the data ends, not to a given outlet
ISSUE_BRAID = "braid"  # closes a loop with other reaches; flow goes one way only
ISSUE_PIT = "pit"  # DEM: flows into a node with no lower way out
ISSUE_FLAT = "flat"  # DEM: both ends at the same height, direction as digitised


@dataclass
class Edge:
    """One reach of the built network."""

    points: list[QgsPointXY]  # EPSG:4326, digitised direction until oriented
    name: str
    source_fid: int
    u: int = -1  # node at the first point
    v: int = -1  # node at the last point
    length_km: float = 0.0
    reversed: bool = False
    hyriv_id: int = 0
    next_down: int = 0
    main_riv: int = 0
    dist_dn_km: float = 0.0
    order: int = 1  # Strahler stream order
    issues: list[str] = field(default_factory=list)

    @property
    def down_node(self) -> int:
        return self.u if self.reversed else self.v

    @property
    def up_node(self) -> int:
        return self.v if self.reversed else self.u


@dataclass
class BuildResult:
    """Edges with their HydroRIVERS attributes, and what could not be resolved."""

    edges: list[Edge]
    problems: list[str]
    component_count: int

    def issue_count(self) -> int:
        return sum(1 for e in self.edges if e.issues)

    def features(self, fields: QgsFields):
        """Features of the network in flow direction (fields from network_fields())."""
        for edge in self.edges:
            points = list(reversed(edge.points)) if edge.reversed else edge.points
            feature = QgsFeature(fields)
            feature.setGeometry(QgsGeometry.fromPolylineXY(points))
            feature.setAttributes([
                edge.hyriv_id, edge.next_down, edge.main_riv, round(edge.length_km, 4), round(edge.dist_dn_km, 4),
                edge.name, edge.source_fid, ", ".join(edge.issues), edge.order,
            ])
            yield feature


def network_fields() -> QgsFields:
    """HydroRIVERS-compatible fields of the built network, plus the river name, source feature and issues."""
    fields = QgsFields()
    for name, kind in (("HYRIV_ID", QVariant.LongLong), ("NEXT_DOWN", QVariant.LongLong),
                       ("MAIN_RIV", QVariant.LongLong), ("LENGTH_KM", QVariant.Double),
                       ("DIST_DN_KM", QVariant.Double), ("name", QVariant.String),
                       ("src_fid", QVariant.LongLong), ("issue", QVariant.String), ("ORD_STRA", QVariant.Int)):
        fields.append(QgsField(name, kind))
    return fields


def build_network(
    source: QgsFeatureSource,
    name_field: str | None = None,
    tolerance_m: float = 100.0,
    orientation: str = "outlets",
    outlets: QgsFeatureSource | None = None,
    edge_outlets: bool = True,
    dem=None,
    feedback=None,
) -> BuildResult:
    """Build the network; orientation is "digitised", "outlets" or "dem" (a QgsRasterLayer)."""
    tolerance_m = max(tolerance_m, 0.01)

    def stage(percent: float) -> bool:
        # Progress between the stages; True when the user cancelled (the caller then returns what it has).
        if feedback is not None:
            feedback.setProgress(percent)
            return feedback.isCanceled()
        return False

    lines = read_lines(source, name_field)
    if stage(20):
        return BuildResult([], [], 0)
    edges = split_at_junctions(lines, tolerance_m)
    if stage(50):
        return BuildResult([], [], 0)
    nodes = join_ends(edges, tolerance_m)
    if stage(60):
        return BuildResult([], [], 0)
    measure = distance_area()
    for edge in edges:
        edge.points[0], edge.points[-1] = nodes[edge.u], nodes[edge.v]
        edge.length_km = sum(measure.measureLine(a, b) for a, b in zip(edge.points, edge.points[1:])) / 1000.0
    problems: list[str] = []
    # Closing a tiny gap can shrink a short piece to a point that starts and ends at one node: drop it.
    kept = [e for e in edges if not (e.u == e.v and e.length_km * 1000.0 <= 2 * tolerance_m)]
    if len(kept) < len(edges):
        problems.append(
            tr("{count} pieces shorter than the join tolerance were absorbed into their junction.").format(
                count=len(edges) - len(kept)
            )
        )
        edges = kept
    components = connected_components(edges)
    if orientation == "outlets":
        orient_to_outlets(edges, nodes, components, outlets, edge_outlets, tolerance_m, problems)
    elif orientation == "dem":
        orient_downhill(edges, nodes, dem, problems)
    else:
        link_digitised(edges, len(nodes))
    stage(85)
    finish_attributes(edges, problems)
    stage(95)
    return BuildResult(edges, problems, len(components))


def read_lines(source: QgsFeatureSource, name_field: str | None) -> list[Edge]:
    """Every line part of the layer in EPSG:4326 with its river name."""
    to_4326 = to_wgs84(source.sourceCrs())
    i_name = field_index(source.fields(), [name_field] if name_field else RIVER_NAME_FIELDS)
    lines = []
    for feature in source.getFeatures():
        geometry = QgsGeometry(feature.geometry())
        if geometry.isEmpty():
            continue
        if source.sourceCrs() != WGS84:
            geometry.transform(to_4326)
        name = feature[i_name] if i_name >= 0 else ""
        name = "" if name is None or str(name) == "NULL" else " ".join(str(name).split())
        parts = geometry.asMultiPolyline() if geometry.isMultipart() else [geometry.asPolyline()]
        for part in parts:
            points = [p for i, p in enumerate(part) if i == 0 or p != part[i - 1]]
            if len(points) >= 2:
                lines.append(Edge(points=list(points), name=name, source_fid=feature.id()))
    return lines


def _degrees(tolerance_m: float, lat: float) -> tuple[float, float]:
    """Half-widths in degrees (lon, lat) of a box of tolerance_m metres around a latitude."""
    return tolerance_m / (M_PER_DEG * max(math.cos(math.radians(lat)), 0.01)), tolerance_m / M_PER_DEG


def split_at_junctions(lines: list[Edge], tolerance_m: float) -> list[Edge]:
    """Split each line where another line's end touches its interior (a tributary joining mid-reach)."""
    index = QgsSpatialIndex()
    for i, line in enumerate(lines):
        feature = QgsFeature(i)
        feature.setGeometry(QgsGeometry.fromPolylineXY(line.points))
        index.addFeature(feature)
    geometries = [QgsGeometry.fromPolylineXY(line.points) for line in lines]
    measure = distance_area()
    cuts: dict[int, list[tuple[int, float, QgsPointXY]]] = defaultdict(list)
    for i, line in enumerate(lines):
        for end in (line.points[0], line.points[-1]):
            dx, dy = _degrees(tolerance_m, end.y())
            box = QgsRectangle(end.x() - dx, end.y() - dy, end.x() + dx, end.y() + dy)
            for j in index.intersects(box):
                if j == i:
                    continue
                other = lines[j].points
                _, nearest, after, _ = geometries[j].closestSegmentWithContext(end)
                if measure.measureLine(end, nearest) > tolerance_m:
                    continue
                if min(measure.measureLine(nearest, other[0]), measure.measureLine(nearest, other[-1])) <= tolerance_m:
                    continue  # meets the other line's end: joined by join_ends
                along = measure.measureLine(other[after - 1], nearest)
                cuts[j].append((after, along, nearest))
    pieces: list[Edge] = []
    for j, line in enumerate(lines):
        if j not in cuts:
            pieces.append(line)
            continue
        current = [line.points[0]]
        vertex = 1
        for after, _, point in sorted(cuts[j], key=lambda c: (c[0], c[1])):
            while vertex < after:
                current.append(line.points[vertex])
                vertex += 1
            if point != current[-1]:
                current.append(point)
            if len(current) >= 2:
                pieces.append(Edge(points=current, name=line.name, source_fid=line.source_fid))
            current = [point]
        current.extend(line.points[vertex:])
        if len(current) >= 2:
            pieces.append(Edge(points=current, name=line.name, source_fid=line.source_fid))
    return pieces


def join_ends(edges: list[Edge], tolerance_m: float) -> list[QgsPointXY]:
    """Cluster line ends closer than the tolerance into nodes; set edge.u/v; return node coordinates."""
    ends = [p for e in edges for p in (e.points[0], e.points[-1])]
    parent = list(range(len(ends)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    grid: dict[tuple[int, int], list[int]] = defaultdict(list)

    def metric(p: QgsPointXY) -> tuple[float, float]:
        # Equirectangular at the point's own latitude: good enough to compare with a tolerance of metres.
        return p.x() * M_PER_DEG * math.cos(math.radians(p.y())), p.y() * M_PER_DEG

    for i, p in enumerate(ends):
        x, y = metric(p)
        cx, cy = int(math.floor(x / tolerance_m)), int(math.floor(y / tolerance_m))
        for gx in (cx - 1, cx, cx + 1):
            for gy in (cy - 1, cy, cy + 1):
                for j in grid.get((gx, gy), ()):
                    ox, oy = metric(ends[j])
                    if math.hypot(x - ox, y - oy) <= tolerance_m:
                        parent[find(i)] = find(j)
        grid[(cx, cy)].append(i)
    node_of_root: dict[int, int] = {}
    nodes: list[QgsPointXY] = []
    for i in range(len(ends)):
        root = find(i)
        if root not in node_of_root:
            node_of_root[root] = len(nodes)
            nodes.append(QgsPointXY(ends[root]))
    for k, edge in enumerate(edges):
        edge.u, edge.v = node_of_root[find(2 * k)], node_of_root[find(2 * k + 1)]
    return nodes


def connected_components(edges: list[Edge]) -> list[list[int]]:
    """Edge indices of each connected piece of the network."""
    by_node: dict[int, list[int]] = defaultdict(list)
    for k, e in enumerate(edges):
        by_node[e.u].append(k)
        by_node[e.v].append(k)
    seen = [False] * len(edges)
    components = []
    for start in range(len(edges)):
        if seen[start]:
            continue
        stack, component = [start], []
        seen[start] = True
        while stack:
            k = stack.pop()
            component.append(k)
            for node in (edges[k].u, edges[k].v):
                for other in by_node[node]:
                    if not seen[other]:
                        seen[other] = True
                        stack.append(other)
        components.append(component)
    return components


def _degree(edges: list[Edge]) -> dict[int, int]:
    degree: dict[int, int] = defaultdict(int)
    for e in edges:
        degree[e.u] += 1
        degree[e.v] += 1
    return degree


@dataclass
class OutletHit:
    """A node caught by an outlet feature (or by the edge of the data, key EDGE)."""

    key: int  # feature id of the outlet, or EDGE
    label: str
    area_km2: float
    is_point: bool
    dead_end: bool


EDGE = -1


def outlet_nodes(nodes, edges, outlets, edge_outlets: bool, tolerance_m: float) -> dict[int, OutletHit]:
    """Nodes that can be outlets, with the outlet feature that catches them (the largest one when several do).

    A polygon catches the nodes inside it or within the tolerance; a point catches the nearest node within
    max(tolerance, 1 km); the edge of the data catches dead ends on the border of the lines' extent.
    """
    degree = _degree(edges)
    found: dict[int, OutletHit] = {}
    measure = distance_area()
    if outlets is not None and nodes:
        index = QgsSpatialIndex()
        for n, p in enumerate(nodes):
            feature = QgsFeature(n)
            feature.setGeometry(QgsGeometry.fromPointXY(p))
            index.addFeature(feature)
        to_4326 = to_wgs84(outlets.sourceCrs())
        i_name = field_index(outlets.fields(), ("name", "lake_name", "name_en"))
        for feature in outlets.getFeatures():
            shape = QgsGeometry(feature.geometry())
            if shape.isEmpty():
                continue
            shape.transform(to_4326)
            label = str(feature[i_name]) if i_name >= 0 and feature[i_name] not in (None, "") else str(feature.id())
            label = " ".join(label.split())
            is_area = shape.type() == QgsWkbTypes.GeometryType.PolygonGeometry
            reach_m = tolerance_m if is_area else max(tolerance_m, 1000.0)
            area = measure.measureArea(shape) / 1e6 if is_area else 0.0
            box = shape.boundingBox()
            dx, dy = _degrees(reach_m, box.center().y())
            box.grow(max(dx, dy))
            caught = []
            for n in index.intersects(box):
                point = QgsGeometry.fromPointXY(nodes[n])
                gap = 0.0 if is_area and shape.contains(point) else measure.measureLine(
                    nodes[n], shape.nearestPoint(point).asPoint()
                )
                if gap <= reach_m:
                    caught.append((gap, n))
            if not is_area:
                caught = sorted(caught)[:1]
            for _, n in caught:
                if n not in found or found[n].area_km2 < area:
                    found[n] = OutletHit(feature.id(), label, area, not is_area, degree[n] == 1)
    if edge_outlets and nodes:
        xs, ys = [p.x() for p in nodes], [p.y() for p in nodes]
        extent = (min(xs), min(ys), max(xs), max(ys))
        for n, p in enumerate(nodes):
            dx, dy = _degrees(tolerance_m, p.y())
            if n not in found and degree[n] == 1 and (
                abs(p.x() - extent[0]) <= dx or abs(p.x() - extent[2]) <= dx
                or abs(p.y() - extent[1]) <= dy or abs(p.y() - extent[3]) <= dy
            ):
                found[n] = OutletHit(EDGE, "", 0.0, False, True)
    return found


def choose_outlet(hits: dict[int, OutletHit]) -> tuple[int, list[int]]:
    """The outlet a connected piece drains to, and its nodes the flow starts from.

    A river that ends in an outlet polygon (a dead end inside, like the Syr Darya in the Aral Sea) or a point
    the user placed wins over a polygon the river only flows through (Kapchagay on the Ile), which wins over the
    edge of the data; among equals the larger polygon wins.
    """
    by_key: dict[int, list[int]] = defaultdict(list)
    for n, hit in hits.items():
        by_key[hit.key].append(n)

    def tier(key: int) -> tuple:
        if key == EDGE:
            return (0, 0.0)
        first = hits[by_key[key][0]]
        ends_here = first.is_point or any(hits[n].dead_end for n in by_key[key])
        return (2 if ends_here else 1, first.area_km2)

    best = max(by_key, key=tier)
    nodes = by_key[best]
    return best, [n for n in nodes if hits[n].dead_end or hits[n].is_point] or nodes


def orient_to_outlets(edges, nodes, components, outlets, edge_outlets, tolerance_m, problems) -> None:
    """Orient each connected piece toward the outlet it drains to: shortest way along the network to it."""
    candidates = outlet_nodes(nodes, edges, outlets, edge_outlets, tolerance_m)
    edge_label = tr("the edge of the data")
    for component in components:
        members = {n for k in component for n in (edges[k].u, edges[k].v)}
        here = {n: candidates[n] for n in members if n in candidates}
        name = next((edges[k].name for k in component if edges[k].name), "")
        if not here:
            for k in component:
                edges[k].issues.append(ISSUE_ISOLATED if len(component) == 1 else ISSUE_NO_OUTLET)
            link_digitised([edges[k] for k in component], len(nodes))
            problems.append(
                tr("No outlet for the river piece {name} ({count} reaches): direction kept as digitised.").format(
                    name=name or "?", count=len(component)
                )
            )
            continue
        key, sources = choose_outlet(here)
        others = sorted({hit.label or edge_label for hit in here.values() if hit.key != key})
        if others:
            problems.append(
                tr("The river piece {name} touches several outlets; it was sent to {outlet}, not to {others}.").format(
                    name=name or "?", outlet=here[sources[0]].label or edge_label, others=", ".join(others)
                )
            )
        _drain_to(edges, component, sources, problems, name)
        if key == EDGE:
            for k in component:
                edges[k].issues.append(ISSUE_EDGE)


def _drain_to(edges, component, sources, problems, name) -> None:
    """Multi-source shortest paths from the outlet nodes; each edge flows toward the node nearer the outlet."""
    by_node: dict[int, list[int]] = defaultdict(list)
    for k in component:
        by_node[edges[k].u].append(k)
        by_node[edges[k].v].append(k)
    dist = {n: 0.0 for n in sources}
    toward: dict[int, int] = {}  # node -> edge it drains through
    heap = [(0.0, n) for n in sources]
    heapq.heapify(heap)
    while heap:
        d, n = heapq.heappop(heap)
        if d > dist.get(n, math.inf):
            continue
        for k in by_node[n]:
            e = edges[k]
            other = e.v if e.u == n else e.u
            nd = d + e.length_km
            if nd < dist.get(other, math.inf):
                dist[other] = nd
                toward[other] = k
                heapq.heappush(heap, (nd, other))
    braids = 0
    for k in component:
        e = edges[k]
        e.reversed = dist[e.u] < dist[e.v] or (dist[e.u] == dist[e.v] and toward.get(e.v) == k)
        down = e.down_node
        e.next_down = -1 if down in sources else toward.get(down, -1)
        if toward.get(e.up_node) != k and e.up_node not in sources:
            e.issues.append(ISSUE_BRAID)
            braids += 1
    if braids:
        problems.append(
            tr("The river piece {name} has {count} reaches closing loops (braids); each flows one way only.").format(
                name=name or "?", count=braids
            )
        )


def link_digitised(edges: list[Edge], node_count: int) -> None:
    """NEXT_DOWN from the digitised direction: the reach that starts where this one ends (-1 = index unset)."""
    starting: dict[int, list[Edge]] = defaultdict(list)
    for e in edges:
        starting[e.up_node].append(e)
    for e in edges:
        after = [o for o in starting[e.down_node] if o is not e]
        e.next_down = after[0] if after else -1  # an Edge object here; finish_attributes turns it into an id
        if len(after) > 1:
            e.issues.append(ISSUE_BRAID)


def orient_downhill(edges, nodes, dem, problems) -> None:
    """Orient each edge from its higher to its lower end on the DEM; the next reach leaves the lower end lowest."""
    provider = dem.dataProvider()
    to_dem = transform(WGS84, dem.crs())
    height: dict[int, float | None] = {}
    for n, p in enumerate(nodes):
        value, ok = provider.sample(to_dem.transform(p), 1)
        height[n] = value if ok and not math.isnan(value) else None
    missing = sum(1 for v in height.values() if v is None)
    if missing:
        problems.append(tr("{count} line ends lie outside the DEM or on no-data cells.").format(count=missing))
    for e in edges:
        hu, hv = height[e.u], height[e.v]
        if hu is None or hv is None or hu == hv:
            e.issues.append(ISSUE_FLAT)
        else:
            e.reversed = hv > hu
    leaving: dict[int, list[Edge]] = defaultdict(list)
    for e in edges:
        leaving[e.up_node].append(e)
    degree = _degree(edges)
    for e in edges:
        after = [o for o in leaving[e.down_node] if o is not e]
        after.sort(key=lambda o: height[o.down_node] if height[o.down_node] is not None else math.inf)
        e.next_down = after[0] if after else -1
        if len(after) > 1:
            e.issues.append(ISSUE_BRAID)
        if not after and degree[e.down_node] > 1:
            e.issues.append(ISSUE_PIT)


def finish_attributes(edges: list[Edge], problems: list[str]) -> None:
    """HYRIV_ID in order, NEXT_DOWN as ids (0 at outlets), MAIN_RIV and DIST_DN_KM down to the outlet."""
    for k, e in enumerate(edges, start=1):
        e.hyriv_id = k
    for e in edges:
        nxt = e.next_down
        if isinstance(nxt, Edge):
            e.next_down = nxt.hyriv_id
        elif nxt is None or nxt < 0:
            e.next_down = 0
        else:
            e.next_down = edges[nxt].hyriv_id
    by_id = {e.hyriv_id: e for e in edges}
    done: dict[int, tuple[int, float]] = {}  # id -> (main_riv, distance from its downstream end to the outlet)
    cycles = 0

    def settle(chain: list[Edge], main: int, below: float) -> None:
        # chain is in flow order and drains into a reach whose top lies `below` km above the outlet
        for r in reversed(chain):
            done[r.hyriv_id] = (main, below)
            below += r.length_km

    for e in edges:
        chain, seen, reach = [], set(), e
        while reach is not None and reach.hyriv_id not in done and reach.hyriv_id not in seen:
            chain.append(reach)
            seen.add(reach.hyriv_id)
            reach = by_id.get(reach.next_down) if reach.next_down else None
        if reach is None:  # chain[-1] is an outlet reach
            outlet = chain.pop()
            outlet.next_down = 0  # also clears an id that is not in the network
            done[outlet.hyriv_id] = (outlet.hyriv_id, 0.0)
            settle(chain, outlet.hyriv_id, outlet.length_km)
        elif reach.hyriv_id in done:
            settle(chain, done[reach.hyriv_id][0], done[reach.hyriv_id][1] + reach.length_km)
        else:  # walked into a loop: end it at the reach met again, so that every walk downstream stops
            cycles += 1
            reach.issues.append(ISSUE_BRAID)
            reach.next_down = 0
            done[reach.hyriv_id] = (reach.hyriv_id, 0.0)
            cut = chain.index(reach)
            settle(chain[:cut], reach.hyriv_id, reach.length_km)
            settle(chain[cut + 1:], reach.hyriv_id, reach.length_km)
    for e in edges:
        e.main_riv, e.dist_dn_km = done[e.hyriv_id]
    if cycles:
        problems.append(tr("{count} flow loops were cut; the reaches are marked as braids.").format(count=cycles))
    strahler_orders(edges)


def strahler_orders(edges: list[Edge]) -> None:
    """Strahler order of each reach: 1 at the sources, +1 below a junction of two reaches of the same order."""
    upstream: dict[int, list[Edge]] = defaultdict(list)
    for e in edges:
        if e.next_down:
            upstream[e.next_down].append(e)
    for outlet in (e for e in edges if not e.next_down):
        stack, visited = [outlet], set()
        while stack:  # iterative post-order: a reach gets its order once all reaches above it have theirs
            reach = stack[-1]
            above = upstream.get(reach.hyriv_id, [])
            if reach.hyriv_id not in visited:
                visited.add(reach.hyriv_id)
                stack.extend(above)
                continue
            stack.pop()
            orders = sorted((r.order for r in above), reverse=True)
            if not orders:
                reach.order = 1
            else:
                reach.order = orders[0] + 1 if len(orders) > 1 and orders[1] == orders[0] else orders[0]
