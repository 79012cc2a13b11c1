"""Flow direction of a built network: toward outlets, downhill on a DEM or as digitised; then the HydroRIVERS ids."""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from dataclasses import dataclass

from qgis.core import QgsFeature, QgsGeometry, QgsSpatialIndex, QgsWkbTypes

from ..core.geodesy import WGS84, distance_area, to_wgs84, transform
from ..i18n import tr
from .graph import (
    ISSUE_BRAID,
    ISSUE_EDGE,
    ISSUE_FLAT,
    ISSUE_ISOLATED,
    ISSUE_NO_OUTLET,
    ISSUE_PIT,
    Edge,
    half_widths_deg,
    node_degree,
)
from .trace import field_index


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
    degree = node_degree(edges)
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
            if to_4326 is not None:
                shape.transform(to_4326)
            label = str(feature[i_name]) if i_name >= 0 and feature[i_name] not in (None, "") else str(feature.id())
            label = " ".join(label.split())
            is_area = shape.type() == QgsWkbTypes.GeometryType.PolygonGeometry
            reach_m = tolerance_m if is_area else max(tolerance_m, 1000.0)
            area = measure.measureArea(shape) / 1e6 if is_area else 0.0
            box = shape.boundingBox()
            dx, dy = half_widths_deg(reach_m, box.center().y())
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
            dx, dy = half_widths_deg(tolerance_m, p.y())
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
            link_digitised([edges[k] for k in component])
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


def _height_or_inf(value: float | None) -> float:
    return math.inf if value is None else value


def link_digitised(edges: list[Edge]) -> None:
    """NEXT_DOWN from the digitised direction: the reach that starts where this one ends (-1 = index unset)."""
    starting: dict[int, list[Edge]] = defaultdict(list)
    for e in edges:
        starting[e.up_node].append(e)
    for e in edges:
        after = [o for o in starting[e.down_node] if o is not e]
        # an Edge object here; finish_attributes turns it into an id
        e.next_down = after[0] if after else -1  # type: ignore[assignment]
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
    degree = node_degree(edges)
    for e in edges:
        after = [o for o in leaving[e.down_node] if o is not e]
        after.sort(key=lambda o: _height_or_inf(height[o.down_node]))
        e.next_down = after[0] if after else -1  # an Edge until finish_attributes
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
        chain: list[Edge] = []
        seen: set[int] = set()
        reach: Edge | None = e
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
