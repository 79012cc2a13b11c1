"""Corridor of a facility: the rivers and lakes its path reaches, buffered in metres and dissolved into one polygon."""

from __future__ import annotations

from qgis.core import QgsGeometry, QgsPointXY

from ..core.geodesy import distance_area, local_equidistant_transforms
from .trace import FacilityTrace

SEGMENTS = 12  # quarter-circle segments of the buffers: area within 0.3 % of a true round end
CHUNK_KM = 200.0  # each stretch is buffered in its own equidistant projection: scale error below 0.03 %


def corridor_geometry(trace: FacilityTrace, width_m: float) -> QgsGeometry:
    """Buffer of the walked path and of the lakes reached, width_m each side, dissolved, in EPSG:4326.

    A lake enters the corridor only within the distance still left to walk when the path reaches it (a large
    terminal lake such as the Caspian would otherwise swamp every corridor that touches it).
    """
    if not trace.steps or trace.snap_point is None:
        return QgsGeometry()
    parts = [_buffer_local(line, width_m) for line in _stretches(trace)]
    for (_, km), lake in zip(trace.lakes, trace.lake_geometries):
        entry = _point_at_km(trace, km)
        to_local, from_local = local_equidistant_transforms(entry)
        lake_local = QgsGeometry(lake)
        lake_local.transform(to_local)
        remaining_m = max(trace.max_distance_km - km, 0.0) * 1000.0
        reach_disc = QgsGeometry.fromPointXY(to_local.transform(entry)).buffer(max(remaining_m, width_m), SEGMENTS * 4)
        part = lake_local.intersection(reach_disc)
        if not part.isEmpty():
            part = part.buffer(width_m, SEGMENTS)
            part.transform(from_local)
            parts.append(part)
    parts = [p for p in parts if not p.isEmpty()]
    return QgsGeometry.unaryUnion(parts) if parts else QgsGeometry()


def _stretches(trace: FacilityTrace) -> list[QgsGeometry]:
    """The path cut into stretches of about CHUNK_KM, each a polyline in EPSG:4326."""
    stretches: list[QgsGeometry] = []
    points: list = []
    start_km = 0.0
    for step in trace.steps:
        line = step.geometry.asPolyline()
        if points and line and points[-1] == line[0]:
            line = line[1:]
        points.extend(line)
        if step.to_km - start_km >= CHUNK_KM:
            stretches.append(points)
            points, start_km = [points[-1]], step.to_km
    if len(points) > 1:
        stretches.append(points)
    return [QgsGeometry.fromPolylineXY(p) for p in stretches if len(p) > 1]


def _buffer_local(line: QgsGeometry, width_m: float) -> QgsGeometry:
    """Buffer a lon/lat polyline by metres in an equidistant projection centred on its middle."""
    middle = line.interpolate(line.length() / 2).asPoint()
    to_local, from_local = local_equidistant_transforms(QgsPointXY(middle))
    projected = QgsGeometry(line)
    projected.transform(to_local)
    buffered = projected.buffer(width_m, SEGMENTS)
    buffered.transform(from_local)
    return buffered


def _point_at_km(trace: FacilityTrace, km: float) -> QgsPointXY:
    """The point of the path at a distance along the flow (start of the step that holds it, refined linearly)."""
    for step in trace.steps:
        if step.from_km <= km <= step.to_km:
            line = step.geometry
            span = step.to_km - step.from_km
            fraction = (km - step.from_km) / span if span > 0 else 0.0
            return QgsPointXY(line.interpolate(fraction * line.length()).asPoint())
    return QgsPointXY(trace.steps[-1].geometry.asPolyline()[-1])


def area_km2(geometry: QgsGeometry) -> float:
    """Ellipsoidal area of an EPSG:4326 polygon in km²."""
    if geometry.isEmpty():
        return 0.0
    return distance_area().measureArea(geometry) / 1e6
