"""Ellipsoidal measures in EPSG:4326: lengths along lines and boxes that hold every point within a distance."""

from __future__ import annotations

import math

from qgis.core import (
    QgsDistanceArea,
    QgsGeometry,
    QgsPointXY,
)

KM_PER_DEG_LAT = 110.574  # at the equator; larger towards the poles
KM_PER_DEG_LON = 111.320  # at the equator, times cos(latitude)


def line_parts(geometry: QgsGeometry) -> list[list[QgsPointXY]]:
    """The parts of a (multi)line geometry as vertex lists; empty for empty or non-line geometry."""
    if geometry is None or geometry.isEmpty():
        return []
    if geometry.isMultipart():
        return [list(part) for part in geometry.asMultiPolyline() if len(part) > 1]
    line = geometry.asPolyline()
    return [list(line)] if len(line) > 1 else []


def length_km(points: list[QgsPointXY], measure: QgsDistanceArea) -> float:
    """Ellipsoidal length of a polyline given by its vertices, in km."""
    if len(points) < 2:
        return 0.0
    return measure.measureLine(points) / 1000.0


def degree_box(lon: float, lat: float, km: float) -> tuple[float, float, float, float]:
    """A lon/lat box that surely holds every point within `km` of (lon, lat) on the ellipsoid."""
    # Margins err on the large side: the box only selects candidates, the distance is measured afterwards.
    dlat = km / (KM_PER_DEG_LAT * 0.999) + 1e-9
    far_lat = min(89.9, abs(lat) + dlat)
    dlon = km / (KM_PER_DEG_LON * 0.999 * math.cos(math.radians(far_lat))) + 1e-9
    if dlon >= 180.0:
        return -180.0, lat - dlat, 180.0, lat + dlat
    return lon - dlon, lat - dlat, lon + dlon, lat + dlat
