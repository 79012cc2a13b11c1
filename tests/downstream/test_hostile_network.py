"""Hostile river networks for tmf:tracedownstream and tmf:buildrivernetwork: each ends in a result with a status or
a clear error, never a crash or a hang, and the input layers are left as they were.

Zero-length reaches, NEXT_DOWN cycles and dangling ids, an empty network, NULL geometries, NaN coordinates,
polygons where points are expected, self-intersecting lakes and layers in three different CRSs.
"""

from __future__ import annotations

import math

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

LON = 70.0  # a river flowing south along 70°E, reaches of 0.1° of latitude (about 11.1 km)
KM_PER_DEGREE_LAT = 111.2  # at 48°N on the WGS84 ellipsoid, within 0.1 %


def _layer(kind: str, crs: str, fields: list[tuple[str, QVariant.Type]], rows: list[tuple]) -> QgsVectorLayer:
    """A memory layer; each row is (geometry or None, *attributes)."""
    layer = QgsVectorLayer(f"{kind}?crs={crs}", "hostile", "memory")
    layer.dataProvider().addAttributes([QgsField(name, kind_) for name, kind_ in fields])
    layer.updateFields()
    features = []
    for geometry, *attributes in rows:
        feature = QgsFeature(layer.fields())
        if geometry is not None:
            feature.setGeometry(geometry)
        feature.setAttributes(list(attributes))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


RIVER_FIELDS = [("HYRIV_ID", QVariant.LongLong), ("NEXT_DOWN", QVariant.LongLong), ("LENGTH_KM", QVariant.Double),
                ("name", QVariant.String)]


def _line(lat_from: float, lat_to: float, lon: float = LON) -> QgsGeometry:
    return QgsGeometry.fromPolylineXY([QgsPointXY(lon, lat_from), QgsPointXY(lon, (lat_from + lat_to) / 2),
                                       QgsPointXY(lon, lat_to)])


def rivers(reaches: list[tuple[int, int, QgsGeometry | None]], crs: str = "EPSG:4326") -> QgsVectorLayer:
    """HydroRIVERS-schema reaches (id, next_down, geometry in EPSG:4326), written in crs."""
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem(crs),
                                       QgsProject.instance())
    rows = []
    for reach_id, next_down, geometry in reaches:
        length = None
        if geometry is not None:
            length = geometry.length() * KM_PER_DEGREE_LAT
            geometry = QgsGeometry(geometry)
            geometry.transform(transform)
        rows.append((geometry, reach_id, next_down, length, "Hostile"))
    return _layer("LineString", crs, RIVER_FIELDS, rows)


def facilities(points: list[tuple[str, QgsGeometry | None]], crs: str = "EPSG:4326", kind: str = "Point"):
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem(crs),
                                       QgsProject.instance())
    rows = []
    for tmf_id, geometry in points:
        if geometry is not None:
            geometry = QgsGeometry(geometry)
            geometry.transform(transform)
        rows.append((geometry, tmf_id))
    return _layer(kind, crs, [("tmf_id", QVariant.String)], rows)


def point(lon: float, lat: float) -> QgsGeometry:
    return QgsGeometry.fromPointXY(QgsPointXY(lon, lat))


def chain(*next_downs: int) -> list[tuple[int, int, QgsGeometry]]:
    """Reaches 1..n from 48.5°N southward, reach i with NEXT_DOWN next_downs[i-1]."""
    return [(i, nxt, _line(48.5 - 0.1 * (i - 1), 48.5 - 0.1 * i)) for i, nxt in enumerate(next_downs, 1)]


def fingerprint(layer: QgsVectorLayer) -> list:
    """Every attribute and geometry of a layer, to show that a run left its input as it was."""
    return [(repr(f.attributes()), f.geometry().asWkt(6)) for f in layer.getFeatures()]  # repr: NaN == NaN


def run(algorithm: str, parameters: dict, skip_invalid: bool) -> dict:
    """processing.run with Processing's invalid-geometry setting: stop at an invalid feature (the default) or skip
    the check (the setting users pick for data such as Natural Earth lakes)."""
    import processing
    from qgis.core import QgsFeatureRequest, QgsProcessingContext

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    if skip_invalid:
        context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    return processing.run(algorithm, parameters, context=context)


# Both of Processing's invalid-geometry settings: the tracing and the builder handle such features themselves.
CHECKS = pytest.mark.parametrize("skip_invalid", [False, True], ids=["stop-on-invalid", "skip-check"])


def trace(tmf_processing, facility_layer, river_layer, lakes=None, skip_invalid=True, **extra) -> dict[str, dict]:
    """Run tmf:tracedownstream to memory; return the summary rows by tmf_id (inputs checked unchanged)."""
    before = [fingerprint(layer) for layer in (facility_layer, river_layer, lakes) if layer is not None]
    parameters = {"INPUT": facility_layer, "RIVERS": river_layer, "SNAP_DISTANCE_M": 5000, "MAX_DISTANCE_KM": 100,
                  "CORRIDOR_WIDTH_M": 500, "OUTPUT_SUMMARY": "memory:", "OUTPUT_PATHS": "memory:",
                  "OUTPUT_CORRIDORS": "memory:", **extra}
    if lakes is not None:
        parameters["LAKES"] = lakes
    try:
        results = run("tmf:tracedownstream", parameters, skip_invalid)
    finally:
        after = [fingerprint(layer) for layer in (facility_layer, river_layer, lakes) if layer is not None]
        assert after == before, "an input layer was modified"
    summary = results["OUTPUT_SUMMARY"]
    rows = {f["tmf_id"]: {n: f[n] for n in summary.fields().names()} for f in summary.getFeatures()}
    rows["_corridors"] = {f["tmf_id"]: f.geometry() for f in results["OUTPUT_CORRIDORS"].getFeatures()}
    return rows


HERE = [("F-1", point(LON + 0.02, 48.45))]  # 1.5 km east of reach 1, 5 km below its top


@CHECKS
def test_zero_length_reaches_are_walked_through(tmf_processing, skip_invalid):
    reaches = [(1, 10, _line(48.5, 48.4)), (10, 11, QgsGeometry.fromPolylineXY([QgsPointXY(LON, 48.4)] * 2)),
               (11, 2, QgsGeometry.fromPolylineXY([QgsPointXY(LON, 48.4), QgsPointXY(LON, 48.4)])),
               (2, 3, _line(48.4, 48.3)), (3, 0, _line(48.3, 48.2))]
    rows = trace(tmf_processing, facilities(HERE), rivers(reaches), skip_invalid=skip_invalid)
    assert rows["F-1"]["status"] == "reached outlet"
    assert rows["F-1"]["path_km"] == pytest.approx(0.25 * KM_PER_DEGREE_LAT, rel=0.01)


def test_a_next_down_cycle_stops_with_its_status(tmf_processing):
    rows = trace(tmf_processing, facilities(HERE), rivers(chain(2, 3, 1)))
    assert rows["F-1"]["status"] == "cycle"
    assert rows["F-1"]["path_km"] == pytest.approx(0.25 * KM_PER_DEGREE_LAT, rel=0.01)  # each reach once


def test_a_reach_flowing_into_itself(tmf_processing):
    rows = trace(tmf_processing, facilities(HERE), rivers([(1, 1, _line(48.5, 48.4))]))
    assert rows["F-1"]["status"] == "cycle"
    assert rows["F-1"]["path_km"] == pytest.approx(0.05 * KM_PER_DEGREE_LAT, rel=0.01)


def test_a_dangling_next_down_stops_with_its_status(tmf_processing):
    rows = trace(tmf_processing, facilities(HERE), rivers(chain(2, 999)))
    assert rows["F-1"]["status"] == "dangling next_down"
    assert rows["F-1"]["path_km"] == pytest.approx(0.15 * KM_PER_DEGREE_LAT, rel=0.01)


def test_an_empty_network(tmf_processing):
    """No reach at all: every facility keeps its summary row, not snapped."""
    rows = trace(tmf_processing, facilities(HERE), rivers([]))
    assert rows["F-1"]["status"] == "not snapped"


@CHECKS
def test_null_and_nan_geometries(tmf_processing, skip_invalid):
    """Reaches and facilities without geometry or with NaN coordinates do not stop the others."""
    reaches = chain(2, 3, 0)
    reaches.append((50, 3, None))
    reaches.append((51, 3, QgsGeometry.fromPolylineXY([QgsPointXY(math.nan, math.nan), QgsPointXY(LON, 48.3)])))
    points = HERE + [("F-null", None), ("F-nan", point(math.nan, math.nan))]
    rows = trace(tmf_processing, facilities(points), rivers(reaches), skip_invalid=skip_invalid)
    assert rows["F-1"]["status"] == "reached outlet"
    assert rows["F-1"]["path_km"] == pytest.approx(0.25 * KM_PER_DEGREE_LAT, rel=0.01)
    assert rows["F-null"]["status"] == "no location"
    assert rows["F-nan"]["status"] == "no location"


def test_three_crs_give_the_same_path(tmf_processing):
    """Facilities in Web Mercator, rivers in UTM 42N, lakes in WGS84: the same answer as all in WGS84."""
    lake = QgsGeometry.fromPolygonXY([[QgsPointXY(LON - 0.05, 48.33), QgsPointXY(LON + 0.05, 48.33),
                                       QgsPointXY(LON + 0.05, 48.37), QgsPointXY(LON - 0.05, 48.37),
                                       QgsPointXY(LON - 0.05, 48.33)]])
    lakes = _layer("Polygon", "EPSG:4326", [("name", QVariant.String)], [(lake, "Square lake")])
    same = trace(tmf_processing, facilities(HERE), rivers(chain(2, 3, 0)), lakes)
    mixed = trace(tmf_processing, facilities(HERE, "EPSG:3857"), rivers(chain(2, 3, 0), "EPSG:32642"), lakes)
    assert same["F-1"]["status"] == mixed["F-1"]["status"] == "reached outlet"
    assert mixed["F-1"]["path_km"] == pytest.approx(same["F-1"]["path_km"], rel=0.005)
    assert mixed["F-1"]["snap_dist_m"] == pytest.approx(same["F-1"]["snap_dist_m"], rel=0.005)
    assert "Square lake" in (mixed["F-1"]["lakes_reached"] or "")


@CHECKS
def test_a_self_intersecting_lake(tmf_processing, skip_invalid):
    """A bow-tie lake across the river is still reached, and its corridor is a valid polygon."""
    bowtie = QgsGeometry.fromPolygonXY([[QgsPointXY(LON - 0.05, 48.33), QgsPointXY(LON + 0.05, 48.37),
                                         QgsPointXY(LON + 0.05, 48.33), QgsPointXY(LON - 0.05, 48.37),
                                         QgsPointXY(LON - 0.05, 48.33)]])
    assert not bowtie.isGeosValid()
    lakes = _layer("Polygon", "EPSG:4326", [("name", QVariant.String)], [(bowtie, "Bowtie lake")])
    rows = trace(tmf_processing, facilities(HERE), rivers(chain(2, 3, 0)), lakes, skip_invalid=skip_invalid)
    assert rows["F-1"]["status"] == "reached outlet"
    assert "Bowtie lake" in (rows["F-1"]["lakes_reached"] or "")
    corridor = rows["_corridors"]["F-1"]
    assert not corridor.isEmpty() and corridor.isGeosValid()


def test_polygons_where_facility_points_are_expected(tmf_processing):
    """Facility outlines are traced from a point of the outline."""
    square = QgsGeometry.fromPolygonXY([[QgsPointXY(LON + 0.01, 48.44), QgsPointXY(LON + 0.03, 48.44),
                                         QgsPointXY(LON + 0.03, 48.46), QgsPointXY(LON + 0.01, 48.46),
                                         QgsPointXY(LON + 0.01, 48.44)]])
    rows = trace(tmf_processing, facilities([("F-1", square)], kind="Polygon"), rivers(chain(2, 3, 0)))
    assert rows["F-1"]["status"] == "reached outlet"
    assert rows["F-1"]["path_km"] == pytest.approx(0.25 * KM_PER_DEGREE_LAT, rel=0.02)


# tmf:buildrivernetwork on broken line layers -----------------------------------------------------------------

def build(tmf_processing, lines: QgsVectorLayer, skip_invalid: bool = True) -> QgsVectorLayer:
    before = fingerprint(lines)
    try:
        results = run("tmf:buildrivernetwork", {
            "INPUT": lines, "SNAP_TOLERANCE_M": 100, "ORIENTATION": 0, "EDGE_OUTLETS": True, "OUTPUT": "memory:"},
            skip_invalid)
    finally:
        assert fingerprint(lines) == before, "the input layer was modified"
    return results["OUTPUT"]


def plain_lines(geometries: list[QgsGeometry | None], crs: str = "EPSG:4326") -> QgsVectorLayer:
    return _layer("LineString", crs, [("name", QVariant.String)], [(g, f"line {n}") for n, g in enumerate(geometries)])


def test_build_network_from_an_empty_layer(tmf_processing):
    network = build(tmf_processing, plain_lines([]))
    assert network.featureCount() == 0


@CHECKS
def test_build_network_skips_degenerate_lines(tmf_processing, skip_invalid):
    """Zero-length and NULL lines and a closed ring next to a good chain: the chain is routed end to end."""
    geometries = [_line(48.5, 48.4), _line(48.4, 48.3), _line(48.3, 48.2),
                  QgsGeometry.fromPolylineXY([QgsPointXY(71.0, 47.0), QgsPointXY(71.0, 47.0)]), None,
                  QgsGeometry.fromPolylineXY([QgsPointXY(72.0, 47.0), QgsPointXY(72.1, 47.0),
                                              QgsPointXY(72.1, 47.1), QgsPointXY(72.0, 47.0)])]
    network = build(tmf_processing, plain_lines(geometries), skip_invalid)
    reaches = {f["HYRIV_ID"]: f for f in network.getFeatures()}
    on_chain = [f for f in reaches.values() if abs(f.geometry().boundingBox().center().x() - LON) < 1e-6]
    assert sum(f["LENGTH_KM"] for f in on_chain) == pytest.approx(0.3 * KM_PER_DEGREE_LAT, rel=0.01)
    for reach in reaches.values():
        assert reach["NEXT_DOWN"] == 0 or reach["NEXT_DOWN"] in reaches  # no dangling id is created
        assert math.isfinite(reach["LENGTH_KM"])
    rows = trace(tmf_processing, facilities(HERE), network)
    assert rows["F-1"]["path_km"] == pytest.approx(0.25 * KM_PER_DEGREE_LAT, rel=0.01)


def test_build_network_in_a_projected_crs(tmf_processing):
    """Lines in UTM 42N: the network comes out in EPSG:4326 with the same lengths."""
    network = build(tmf_processing, plain_lines([_line(48.5, 48.4), _line(48.4, 48.3)], "EPSG:4326"))
    utm = plain_lines([_line(48.5, 48.4), _line(48.4, 48.3)], "EPSG:4326")
    transform = QgsCoordinateTransform(utm.crs(), QgsCoordinateReferenceSystem("EPSG:32642"), QgsProject.instance())
    projected = plain_lines([], "EPSG:32642")
    features = []
    for feature in utm.getFeatures():
        geometry = QgsGeometry(feature.geometry())
        geometry.transform(transform)
        feature.setGeometry(geometry)
        features.append(feature)
    projected.dataProvider().addFeatures(features)
    from_utm = build(tmf_processing, projected)
    assert from_utm.crs().authid() == "EPSG:4326"
    total = sum(f["LENGTH_KM"] for f in network.getFeatures())
    assert sum(f["LENGTH_KM"] for f in from_utm.getFeatures()) == pytest.approx(total, rel=0.001)


def test_build_network_with_a_nan_vertex(tmf_processing):
    """A line with a NaN vertex is skipped; the good chain is still routed."""
    geometries = [_line(48.5, 48.4), _line(48.4, 48.3),
                  QgsGeometry.fromPolylineXY([QgsPointXY(math.nan, 47.0), QgsPointXY(71.5, 47.0)])]
    network = build(tmf_processing, plain_lines(geometries))
    assert sum(f["LENGTH_KM"] for f in network.getFeatures() if math.isfinite(f["LENGTH_KM"])) == pytest.approx(
        0.2 * KM_PER_DEGREE_LAT, rel=0.01)


@pytest.mark.parametrize("parameter, value, status, path_km", [
    ("SNAP_DISTANCE_M", 0, "not snapped", 0.0),
    ("SNAP_DISTANCE_M", 1e12, "reached outlet", 0.25 * KM_PER_DEGREE_LAT),
    ("MAX_DISTANCE_KM", 0, "ok", 0.0),
    ("MAX_DISTANCE_KM", 1e300, "reached outlet", 0.25 * KM_PER_DEGREE_LAT),
    ("CORRIDOR_WIDTH_M", 0, "reached outlet", 0.25 * KM_PER_DEGREE_LAT),
    ("CORRIDOR_WIDTH_M", 1e9, "reached outlet", 0.25 * KM_PER_DEGREE_LAT),
])
def test_extreme_parameters(tmf_processing, parameter, value, status, path_km):
    rows = trace(tmf_processing, facilities(HERE), rivers(chain(2, 3, 0)), **{parameter: value})
    assert rows["F-1"]["status"] == status
    assert rows["F-1"]["path_km"] == pytest.approx(path_km, rel=0.01, abs=1e-6)


def test_a_cycle_with_an_unbounded_distance_ends(tmf_processing):
    rows = trace(tmf_processing, facilities(HERE), rivers(chain(2, 3, 1)), MAX_DISTANCE_KM=1e300)
    assert rows["F-1"]["status"] == "cycle"


def _with_a_point_beyond_the_projection(layer: QgsVectorLayer) -> QgsVectorLayer:
    """The layer plus facility F-far at (1e300, -1e300) in the layer's own CRS, which no transform can place."""
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["F-far"])
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(1e300, -1e300)))
    layer.dataProvider().addFeature(feature)
    return layer


def test_a_facility_beyond_its_projection(tmf_processing):
    layer = _with_a_point_beyond_the_projection(facilities(HERE, "EPSG:32642"))
    rows = trace(tmf_processing, layer, rivers(chain(2, 3, 0)))
    assert rows["F-1"]["status"] == "reached outlet"
    assert rows["F-far"]["status"] == "no location"
