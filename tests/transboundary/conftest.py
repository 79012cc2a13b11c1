"""Builders shared by the transboundary tests: facility layers, HydroRIVERS-schema networks, square countries.

Truth values are computed here independently of the plugin: pyproj's geodesic (Karney) on WGS 84 and plain-Python
geometry, never the plugin's own helpers.
"""

from __future__ import annotations

import math

from pyproj import Geod

from tests.conftest import SAMPLE

GEOD = Geod(ellps="WGS84")


def facility_layer(rows, crs: str = "EPSG:4326"):
    """A memory point layer with tmf_id and name from (tmf_id, x, y) rows."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    layer = QgsVectorLayer(f"Point?crs={crs}&field=tmf_id:string&field=name:string", "facilities", "memory")
    features = []
    for tmf_id, x, y in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([tmf_id, f"Facility {tmf_id}"])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def polygon_layer(rows):
    """A memory polygon layer of countries from (NAME, ISO_A3, wkt) rows, EPSG:4326."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326&field=NAME:string&field=ISO_A3:string", "countries", "memory")
    features = []
    for name, code, wkt in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name, code])
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def box(x0, y0, x1, y1) -> str:
    return f"MULTIPOLYGON((({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0})))"


def densify(points, step_deg: float = 0.02):
    """Vertices every step_deg or closer along a lon/lat polyline (linear in lon/lat, as the layers store it)."""
    out = [tuple(points[0])]
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        n = max(1, math.ceil(max(abs(x1 - x0), abs(y1 - y0)) / step_deg))
        out.extend((x0 + (x1 - x0) * i / n, y0 + (y1 - y0) * i / n) for i in range(1, n + 1))
    return out


def geodesic_km(points) -> float:
    """Length of a lon/lat polyline as a chain of geodesics, km."""
    return sum(GEOD.inv(a[0], a[1], b[0], b[1])[2] for a, b in zip(points, points[1:])) / 1000.0


def network_layer(rivers, reach_vertices: int = 6, names: bool = False):
    """A HydroRIVERS-schema memory layer from {basin id: [lon/lat vertices in flow order]}.

    Each river becomes a chain of reaches of `reach_vertices` vertices: HYRIV_ID, NEXT_DOWN (0 at the outlet),
    LENGTH_KM, DIST_DN_KM and MAIN_RIV (the outlet's id, as in HydroRIVERS); no name field unless `names`.
    """
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    spec = "LineString?crs=EPSG:4326&field=HYRIV_ID:long&field=NEXT_DOWN:long&field=MAIN_RIV:long"
    spec += "&field=LENGTH_KM:double&field=DIST_DN_KM:double"
    if names:
        spec += "&field=name:string"
    layer = QgsVectorLayer(spec, "hydrorivers", "memory")
    features = []
    for basin, (river_name, vertices) in rivers.items():
        chunks = []
        for start in range(0, len(vertices) - 1, reach_vertices - 1):
            chunks.append(vertices[start:start + reach_vertices])
        ids = [basin * 1000 + i for i in range(len(chunks))]
        outlet = ids[-1]
        lengths = [geodesic_km(c) for c in chunks]
        for i, chunk in enumerate(chunks):
            feature = QgsFeature(layer.fields())
            values = [ids[i], ids[i + 1] if i + 1 < len(ids) else 0, outlet, lengths[i], sum(lengths[i + 1:])]
            feature.setAttributes(values + ([river_name] if names else []))
            feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in chunk]))
            features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def run_flags(layer, rivers, countries=None, **parameters):
    """Run tmf:flagtransboundary into a memory layer; return {tmf_id: attribute dict} and the log."""
    import processing

    from tests.helpers import RecordingFeedback

    log = RecordingFeedback()
    params = {"INPUT": layer, "RIVERS": rivers, "OUTPUT": "TEMPORARY_OUTPUT"}
    if countries is not None:
        params["COUNTRIES"] = countries
    params.update(parameters)
    result = processing.run("tmf:flagtransboundary", params, feedback=log)
    output = result["OUTPUT"]
    names = output.fields().names()
    rows = {f["tmf_id"]: dict(zip(names, map(plain, f.attributes()))) for f in output.getFeatures()}
    return rows, log.lines


def plain(value):
    """An attribute value with QGIS's NULL turned into None."""
    from qgis.PyQt.QtCore import QVariant

    return None if isinstance(value, QVariant) and value.isNull() else value


def first_exit_truth(vertices, inside, start_index: int, start_point):
    """Independent along-river km from start_point (on segment start_index) to the first inside->outside crossing.

    `inside(x, y)` tells whether a point is in the country; the crossing is found by bisection on the segment.
    """
    walked = 0.0
    a = tuple(start_point)
    was_inside = inside(*a)
    for b in vertices[start_index + 1:]:
        if was_inside and not inside(*b):
            lo, hi = 0.0, 1.0
            for _ in range(50):
                mid = (lo + hi) / 2
                if inside(a[0] + (b[0] - a[0]) * mid, a[1] + (b[1] - a[1]) * mid):
                    lo = mid
                else:
                    hi = mid
            return walked + geodesic_km([a, (a[0] + (b[0] - a[0]) * hi, a[1] + (b[1] - a[1]) * hi)])
        walked += geodesic_km([a, b])
        a = tuple(b)
        was_inside = inside(*b)
    return None


def outlet_id(basin: int, vertices, reach_vertices: int = 6) -> int:
    """The MAIN_RIV that network_layer gives a river: the HYRIV_ID of its outlet reach."""
    return basin * 1000 + len(range(0, len(vertices) - 1, reach_vertices - 1)) - 1


def natural_earth_layer(name):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(SAMPLE / f"{name}.gpkg"), name, "ogr")
    assert layer.isValid()
    return layer


def kazakhstan_geometry():
    return next(f.geometry() for f in natural_earth_layer("countries").getFeatures() if f["ISO_A3"] == "KAZ")


def inside_test(geometry):
    from qgis.core import QgsGeometry, QgsPointXY

    return lambda x, y: geometry.contains(QgsGeometry.fromPointXY(QgsPointXY(x, y)))


def tobol_vertices():
    geometry = next(f.geometry() for f in natural_earth_layer("rivers").getFeatures() if f["name"] == "Tobol")
    line = geometry.asMultiPolyline()[0] if geometry.isMultipart() else geometry.asPolyline()
    return [(p.x(), p.y()) for p in line]  # digitised from the source in Kazakhstan down into Russia


def point_along(vertices, km):
    """Index of the segment and the point at a distance along a lon/lat polyline."""
    walked = 0.0
    for i, (a, b) in enumerate(zip(vertices, vertices[1:])):
        step = geodesic_km([a, b])
        if walked + step >= km:
            t = (km - walked) / step
            return i, (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))
        walked += step
    raise ValueError(km)


# Testland is the country analysed; Northland lies north of it, Eastland east of it.
COUNTRIES = [("Testland", "TST", box(60, 50, 62, 52)), ("Northland", "NTH", box(60, 52, 62, 54)),
             ("Eastland", "EST", box(62, 50, 64, 52))]


STRAIGHT = densify([(61.0, 50.3), (61.0, 53.0)], 0.05)  # flows north, leaves Testland at 52°N


# Leaves Testland into Northland at (61.8, 52.0), comes back at (61.9, 52.0), then leaves into Eastland at 62°E.
LOOP = densify([(61.3, 51.6), (61.8, 51.6), (61.8, 52.3), (61.9, 52.3), (61.9, 51.5), (63.0, 51.5)], 0.05)


INLAND = densify([(60.2, 50.2), (60.6, 50.2)], 0.05)  # never leaves Testland
