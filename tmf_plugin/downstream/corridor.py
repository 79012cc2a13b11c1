"""Corridor of a facility: the rivers and lakes its path reaches, buffered in metres and dissolved into one polygon."""

from __future__ import annotations

from qgis.core import QgsGeometry, QgsPointXY

from .geodesy import WGS84, distance_area, local_equidistant, transform
from .trace import FacilityTrace

SEGMENTS = 12  # quarter-circle segments of the buffers: area within 0.3 % of a true round end


def corridor_geometry(trace: FacilityTrace, width_m: float) -> QgsGeometry:
    """Buffer of the walked path and of the lakes reached, width_m each side, dissolved, in EPSG:4326.

    A lake enters the corridor only within the distance still left to walk when the path reaches it (a large
    terminal lake such as the Caspian would otherwise swamp every corridor that touches it).
    """
    path = trace.path_geometry()
    if path.isEmpty() or trace.snap_point is None:
        return QgsGeometry()
    local = local_equidistant(trace.snap_point)
    to_local, to_wgs = transform(WGS84, local), transform(local, WGS84)
    path_local = QgsGeometry(path)
    path_local.transform(to_local)
    parts = [path_local.buffer(width_m, SEGMENTS)]
    for (_, km), lake in zip(trace.lakes, trace.lake_geometries):
        remaining_m = max(trace.max_distance_km - km, 0.0) * 1000.0
        entry = _point_along(path_local, km * 1000.0)
        lake_local = QgsGeometry(lake)
        lake_local.transform(to_local)
        reach_disc = QgsGeometry.fromPointXY(entry).buffer(max(remaining_m, width_m), SEGMENTS * 4)
        part = lake_local.intersection(reach_disc)
        if not part.isEmpty():
            parts.append(part.buffer(width_m, SEGMENTS))
    merged = QgsGeometry.unaryUnion(parts)
    merged.transform(to_wgs)
    return merged


def _point_along(path_local: QgsGeometry, distance_m: float) -> QgsPointXY:
    """Point at a distance along a path in the local projection (lengths there are true near the centre)."""
    point = path_local.interpolate(min(distance_m, path_local.length()))
    return point.asPoint() if not point.isEmpty() else QgsPointXY(0, 0)


def area_km2(geometry: QgsGeometry) -> float:
    """Ellipsoidal area of an EPSG:4326 polygon in km²."""
    if geometry.isEmpty():
        return 0.0
    return distance_area().measureArea(geometry) / 1e6
