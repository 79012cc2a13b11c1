"""Routable river network from plain lines: split at junctions, join close ends, orient, and give HydroRIVERS ids."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from qgis.core import (
    QgsCsException,
    QgsFeature,
    QgsFeatureSource,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
    QgsSpatialIndex,
)

from ..core.attributes import text
from ..core.compat import FieldType, make_field
from ..core.geodesy import WGS84, distance_area, to_wgs84
from ..i18n import tr
from .graph import M_PER_DEG, Edge, connected_components, half_widths_deg
from .orientation import finish_attributes, link_digitised, orient_downhill, orient_to_outlets
from .trace import RIVER_NAME_FIELDS, field_index


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
    for name, kind in (("HYRIV_ID", FieldType.LongLong), ("NEXT_DOWN", FieldType.LongLong),
                       ("MAIN_RIV", FieldType.LongLong), ("LENGTH_KM", FieldType.Double),
                       ("DIST_DN_KM", FieldType.Double), ("name", FieldType.String),
                       ("src_fid", FieldType.LongLong), ("issue", FieldType.String), ("ORD_STRA", FieldType.Int)):
        fields.append(make_field(name, kind))
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

    problems: list[str] = []
    lines = read_lines(source, name_field, problems)
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
        link_digitised(edges)
    stage(85)
    finish_attributes(edges, problems)
    stage(95)
    return BuildResult(edges, problems, len(components))


def read_lines(source: QgsFeatureSource, name_field: str | None, problems: list[str] | None = None) -> list[Edge]:
    """Every line part of the layer in EPSG:4326 with its river name; unusable features are named in `problems`."""
    to_4326 = to_wgs84(source.sourceCrs())
    i_name = field_index(source.fields(), [name_field] if name_field else RIVER_NAME_FIELDS)
    problems = problems if problems is not None else []
    lines = []
    for feature in source.getFeatures():
        geometry = QgsGeometry(feature.geometry())
        if geometry.isEmpty():
            problems.append(tr("Feature {fid} of {name} has no geometry; it was left out.").format(
                fid=feature.id(), name=source.sourceName()))
            continue
        if source.sourceCrs() != WGS84:
            try:
                geometry.transform(to_4326)
            except QgsCsException:
                problems.append(tr("Feature {fid} of {name} cannot be projected to EPSG:4326; it was left out.")
                                .format(fid=feature.id(), name=source.sourceName()))
                continue
        name = feature[i_name] if i_name >= 0 else ""
        name = text(name, collapse_spaces=True)
        parts = geometry.asMultiPolyline() if geometry.isMultipart() else [geometry.asPolyline()]
        for part in parts:
            if not all(math.isfinite(p.x()) and math.isfinite(p.y()) for p in part):
                problems.append(tr("Feature {fid} of {name} has a vertex without finite coordinates; "
                                   "that line was left out.").format(fid=feature.id(), name=source.sourceName()))
                continue
            points = [p for i, p in enumerate(part) if i == 0 or p != part[i - 1]]
            if len(points) >= 2:
                lines.append(Edge(points=list(points), name=name, source_fid=feature.id()))
    return lines


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
            dx, dy = half_widths_deg(tolerance_m, end.y())
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
