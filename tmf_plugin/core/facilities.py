"""Where a facility is: its feature's location in EPSG:4326, shared by every job that reads facility layers."""

from __future__ import annotations

import math

from qgis.core import QgsCoordinateTransform, QgsCsException, QgsGeometry, QgsPointXY, QgsWkbTypes

# Looked up once: reading a scoped enum member costs microseconds, several times what the rest of a point costs.
POINT, MULTI_POINT = QgsWkbTypes.Type.Point, QgsWkbTypes.Type.MultiPoint


def facility_location(geometry: QgsGeometry, transform: QgsCoordinateTransform | None) -> QgsPointXY | None:
    """The EPSG:4326 point of a facility, or None when it has none that can be used.

    A multipoint gives its first point and another shape its centroid, so an outline drawn for a pond still counts.
    None covers an empty geometry, a point its CRS cannot project (QgsCsException) and non-finite coordinates:
    callers name the facility in their report instead of stopping the whole run.
    """
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    if transform is not None:
        geometry = QgsGeometry(geometry)  # the caller's geometry stays as it was
        try:
            geometry.transform(transform)
        except QgsCsException:
            return None
    kind = QgsWkbTypes.flatType(geometry.wkbType())
    if kind == POINT:  # most layers: asPoint gives a new point already
        point = geometry.asPoint()
    elif kind == MULTI_POINT:
        points = geometry.asMultiPoint()
        point = QgsPointXY(points[0]) if points else None
    else:
        point = QgsPointXY(geometry.centroid().asPoint())
    if point is None:
        return None
    x, y = point.x(), point.y()
    if not (math.isfinite(x) and math.isfinite(y)) or abs(y) > 90 or abs(x) > 540:
        return None
    return point
