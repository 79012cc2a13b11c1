"""Metres on the ellipsoid: WGS 84 lengths, areas and boxes, local equidistant projections, transforms to EPSG:4326."""

from __future__ import annotations

import math
import re
import threading

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsDistanceArea,
    QgsGeometry,
    QgsPointXY,
)

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
SEMI_MAJOR_M = 6378137.0
FLATTENING = 1 / 298.257223563  # of WGS 84
ECC2 = 6.69437999014e-3  # first eccentricity squared of WGS 84
KM_PER_DEG_LAT = 110.574  # at the equator; larger towards the poles
KM_PER_DEG_LON = 111.320  # at the equator, times cos(latitude)
CENTRE_STEP_DEG = 0.5  # projections are shared by facilities whose centres round to the same half degree

# Creating a CRS from a PROJ string or a transform costs milliseconds; keep them per thread (PROJ is not shared).
_cache = threading.local()


def _store() -> dict:
    if not hasattr(_cache, "items"):
        _cache.items = {}
    return _cache.items


def distance_area() -> QgsDistanceArea:
    """A QgsDistanceArea measuring EPSG:4326 coordinates on the WGS 84 ellipsoid, in metres (one per thread: setting
    it up costs milliseconds, and nothing changes its settings)."""
    cache = _store()
    if "measure" not in cache:
        measure = QgsDistanceArea()
        measure.setSourceCrs(WGS84, QgsCoordinateTransformContext())
        measure.setEllipsoid("EPSG:7030")
        cache["measure"] = measure
    return cache["measure"]


def radii_of_curvature(phi):
    """(meridian M, prime vertical N) radii of WGS 84 in metres at latitude phi in radians (a float or an array)."""
    w = 1.0 - ECC2 * np.sin(phi) ** 2
    return SEMI_MAJOR_M * (1.0 - ECC2) / w**1.5, SEMI_MAJOR_M / np.sqrt(w)


def metres_per_degree(lat: float) -> tuple[float, float]:
    """Metres per degree of longitude and of latitude at a latitude on WGS 84."""
    phi = math.radians(lat)
    meridian, prime = radii_of_curvature(phi)
    return max(math.radians(1.0) * float(prime) * math.cos(phi), 1e-6), math.radians(1.0) * float(meridian)


def local_equidistant(center: QgsPointXY) -> QgsCoordinateReferenceSystem:
    """Azimuthal equidistant projection centred within half a degree of a lon/lat point.

    Lengths within 250 km of its centre are true to better than 0.03 %, far inside the 0.5 % the analysis needs.
    """
    lon = round(center.x() / CENTRE_STEP_DEG) * CENTRE_STEP_DEG
    lat = round(center.y() / CENTRE_STEP_DEG) * CENTRE_STEP_DEG
    key = ("aeqd", lon, lat)
    cache = _store()
    if key not in cache:
        cache[key] = QgsCoordinateReferenceSystem.fromProj(
            f"+proj=aeqd +lat_0={lat:.4f} +lon_0={lon:.4f} +datum=WGS84 +units=m +no_defs"
        )
    return cache[key]


def local_equidistant_transforms(center: QgsPointXY) -> tuple[QgsCoordinateTransform, QgsCoordinateTransform]:
    """(to, from) the projection `local_equidistant(center)` gives, from and to EPSG:4326.

    Making the CRS costs 8-18 ms (QGIS looks it up in its database) and each transform 2 ms, and a world study
    needs one projection per half-degree cell: 1,670 for 2,000 facilities. PROJ's own operations for the first
    cell serve as a template whose centre alone changes, so a later cell costs under a millisecond and transforms
    exactly as its CRS would (checked on the first cell; if that check fails, every cell gets its CRS).
    """
    lon = round(center.x() / CENTRE_STEP_DEG) * CENTRE_STEP_DEG
    lat = round(center.y() / CENTRE_STEP_DEG) * CENTRE_STEP_DEG
    cache = _store()
    key = ("aeqd transforms", lon, lat)
    if key not in cache:
        if "aeqd template" not in cache:
            cache["aeqd template"] = _operation_template(local_equidistant(center), lon, lat)
        template = cache["aeqd template"]
        if template is None:
            local = local_equidistant(center)
            cache[key] = (transform(WGS84, local), transform(local, WGS84))
        else:
            cache[key] = (_with_operation(template[0], template[1], lon, lat, True),
                          _with_operation(template[0], template[2], lon, lat, False))
    return cache[key]


def _operation_template(local: QgsCoordinateReferenceSystem, lon: float, lat: float):
    """(a CRS to stand on the projected side, the forward and inverse PROJ operations) of a cell's projection,
    or None when an operation made from them does not transform exactly as the CRS does."""
    forward, inverse = transform(WGS84, local), transform(local, WGS84)
    operations = (forward.instantiatedCoordinateOperationDetails().proj,
                  inverse.instantiatedCoordinateOperationDetails().proj)
    if not all(op.count("+lat_0=") == 1 and op.count("+lon_0=") == 1 for op in operations):
        return None
    template = (local, *operations)
    probe = QgsPointXY(lon + 0.3172, lat - 0.2113)
    made = _with_operation(local, operations[0], lon, lat, True), _with_operation(local, operations[1], lon, lat, False)
    there = forward.transform(probe)
    exact = made[0].transform(probe) == there and made[1].transform(there) == inverse.transform(there)
    return template if exact else None


def _with_operation(local: QgsCoordinateReferenceSystem, operation: str, lon: float, lat: float, forward: bool
                    ) -> QgsCoordinateTransform:
    """A transform (to the projection when `forward`) running `operation` centred on lon, lat; `local` stands for
    the projected side's CRS."""
    centred = re.sub(r"\+lat_0=\S+", f"+lat_0={lat:.4f}", re.sub(r"\+lon_0=\S+", f"+lon_0={lon:.4f}", operation))
    made = QgsCoordinateTransform(WGS84, local, QgsCoordinateTransformContext()) if forward else \
        QgsCoordinateTransform(local, WGS84, QgsCoordinateTransformContext())
    made.setCoordinateOperation(centred)
    return made


def transform(source: QgsCoordinateReferenceSystem, target: QgsCoordinateReferenceSystem) -> QgsCoordinateTransform:
    """A coordinate transform with the default context (made once per thread and pair of CRSs)."""
    key = (source.authid() or source.toProj(), target.authid() or target.toProj())
    cache = _store()
    if key not in cache:
        cache[key] = QgsCoordinateTransform(source, target, QgsCoordinateTransformContext())
    return cache[key]


def to_wgs84(source: QgsCoordinateReferenceSystem) -> QgsCoordinateTransform | None:
    """Transform from a layer's CRS to EPSG:4326, or None when there is nothing to do (already EPSG:4326, or no CRS
    to transform from)."""
    if not source.isValid() or source == WGS84:
        return None
    return transform(source, WGS84)


def geometry_in_wgs84(feature, transform: QgsCoordinateTransform | None) -> QgsGeometry | None:
    """A copy of a feature's geometry in EPSG:4326 (`transform` from to_wgs84), or None when it has none."""
    geometry = QgsGeometry(feature.geometry())
    if geometry.isEmpty():
        return None
    if transform is not None:
        geometry.transform(transform)
    return geometry


def line_points(geometry: QgsGeometry) -> list[QgsPointXY]:
    """The vertices of a (multi)line as one list, parts joined in their stored order."""
    if geometry is None or geometry.isEmpty():
        return []
    if geometry.isMultipart():
        points: list[QgsPointXY] = []
        for part in geometry.asMultiPolyline():
            if points and part and points[-1] == part[0]:
                part = part[1:]
            points.extend(part)
        return points
    return list(geometry.asPolyline())


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
