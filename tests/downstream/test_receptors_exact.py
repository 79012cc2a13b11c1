"""Receptors downstream on a handmade river whose answers are known exactly: points, polygons, bad input."""

from __future__ import annotations

import math

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)

from tests.helpers import RecordingFeedback
from tmf_plugin.core.geodesy import distance_area

TOP = QgsPointXY(70.0, 50.5)  # the river flows due south along the meridian 70° E from here
REACH_KM, REACHES = 5, 30
EAST, WEST, SOUTH, NORTH = math.pi / 2, 3 * math.pi / 2, math.pi, 0.0
MEASURE = distance_area()


def at(km: float, east_m: float = 0.0) -> QgsPointXY:
    """The point `km` down the river (negative: above its top), then `east_m` metres east of it (negative: west)."""
    on_river = MEASURE.computeSpheroidProject(TOP, abs(km) * 1000, SOUTH if km >= 0 else NORTH)
    if east_m == 0:
        return on_river
    return MEASURE.computeSpheroidProject(on_river, abs(east_m), EAST if east_m > 0 else WEST)


def river() -> QgsVectorLayer:
    """30 reaches of 5 km, one vertex per km, digitised downstream, HydroRIVERS fields."""
    layer = QgsVectorLayer("LineString?crs=EPSG:4326&field=HYRIV_ID:long&field=NEXT_DOWN:long&field=name:string",
                           "river", "memory")
    features = []
    for n in range(REACHES):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPolylineXY([at(n * REACH_KM + k) for k in range(REACH_KM + 1)]))
        feature.setAttributes([n + 1, 0 if n + 1 == REACHES else n + 2, "Meridian"])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def facility() -> QgsVectorLayer:
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=tmf_id:string", "facility", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(at(0, -100)))
    feature.setAttributes(["F-1"])
    layer.dataProvider().addFeatures([feature])
    return layer


UTM = QgsCoordinateReferenceSystem("EPSG:32642")
# (name, km down the river, metres east, population as the data holds it)
POINTS = [("Alpha", 10, 1000, "1000"), ("Beta", 20, -4900, None), ("Gamma", 30, 5100, "500"),
          ("Delta", 102, 1000, "many"), ("Epsilon", -3, 500, "300")]


def point_receptors() -> QgsVectorLayer:
    """The point receptors in UTM 42N (not the network's CRS), population as text."""
    layer = QgsVectorLayer("Point?crs=EPSG:32642&field=NAME:string&field=pop:string", "towns", "memory")
    to_utm = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), UTM, QgsProject.instance())
    features = []
    for name, km, east, population in POINTS:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(to_utm.transform(at(km, east))))
        feature.setAttributes([name, population])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def polygon_receptors() -> QgsVectorLayer:
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=label:string&field=people:integer", "areas", "memory")
    shapes = {
        "Town crossed": [at(40, -1000), at(40, 1000), at(42, 1000), at(42, -1000)],
        "Reserve": [at(60, 2000), at(58, 4000), at(60, 6000), at(62, 4000)],
        "Far": [at(70, 6000), at(70, 8000), at(72, 8000), at(72, 6000)],
    }
    features = []
    for (name, ring), people in zip(shapes.items(), (2500, 40, 7)):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPolygonXY([ring + ring[:1]]))
        feature.setAttributes([name, people])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer




def run(receptors, **extra):
    import processing

    log = RecordingFeedback()
    parameters = {"INPUT": facility(), "RIVERS": river(), "RECEPTORS": receptors, "SNAP_DISTANCE_M": 500,
                  "MAX_DISTANCE_KM": 100, "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT", "OUTPUT_PATHS": "TEMPORARY_OUTPUT",
                  "OUTPUT_RECEPTORS": "TEMPORARY_OUTPUT"}
    parameters.update(extra)
    result = processing.run("tmf:tracedownstream", parameters, feedback=log)
    (summary,) = result["OUTPUT_SUMMARY"].getFeatures()
    hits = {f["receptor"]: f for f in result["OUTPUT_RECEPTORS"].getFeatures()}
    return summary, hits, log.warnings, result


def null(value) -> bool:
    return value is None or str(value) == "NULL"


def test_points_in_another_crs_nearest_point_distance_and_km(tmf_processing):
    summary, hits, warnings, result = run(point_receptors(), POPULATION_FIELD="pop")
    assert summary["status"] == "ok" and summary["path_km"] == pytest.approx(100, abs=0.001)
    assert set(hits) == {"Alpha", "Beta", "Delta", "Epsilon"}  # Gamma is 5.1 km away
    expected = {
        "Alpha": (10.0, 1000.0), "Beta": (20.0, 4900.0),
        "Delta": (100.0, MEASURE.measureLine(at(100), at(102, 1000))),  # nearest: the end of the path
        "Epsilon": (0.0, MEASURE.measureLine(at(0), at(-3, 500))),  # nearest: the snap point
    }
    for name, (km, dist_m) in expected.items():
        assert hits[name]["km_downstream"] == pytest.approx(km, abs=0.002), name
        assert hits[name]["dist_m"] == pytest.approx(dist_m, abs=1.0), name
        point = hits[name].geometry().asPoint()
        wanted = dict((n, at(k, e)) for n, k, e, _ in POINTS)[name]
        assert MEASURE.measureLine(point, wanted) < 0.01, name  # the receptor's own point, back in EPSG:4326
    assert expected["Delta"][1] == pytest.approx(math.hypot(2000, 1000), rel=0.001)
    assert hits["Alpha"]["population"] == 1000 and hits["Epsilon"]["population"] == 300
    assert null(hits["Beta"]["population"]) and null(hits["Delta"]["population"])
    assert summary["receptors_n"] == 4 and summary["population"] == 1300
    assert summary["first_receptor"] == "Epsilon" and summary["first_receptor_km"] == pytest.approx(0, abs=0.002)
    assert any("2 receptors" in w and "pop" in w for w in warnings), warnings  # Beta's NULL and Delta's "many"
    assert result["OUTPUT_RECEPTORS"].crs().authid() == "EPSG:4326"


def test_distance_parameter_and_no_population_field(tmf_processing):
    summary, hits, _, _ = run(point_receptors(), RECEPTOR_DISTANCE_M=1500)
    assert set(hits) == {"Alpha"}
    assert null(hits["Alpha"]["population"]) and null(summary["population"])
    assert summary["receptors_n"] == 1 and summary["first_receptor"] == "Alpha"


def test_polygons_crossed_have_distance_zero_at_their_entry(tmf_processing):
    summary, hits, _, _ = run(polygon_receptors(), RECEPTOR_NAME_FIELD="label", POPULATION_FIELD="people")
    assert set(hits) == {"Town crossed", "Reserve"}
    town, reserve = hits["Town crossed"], hits["Reserve"]
    assert town["dist_m"] == 0 and town["km_downstream"] == pytest.approx(40, abs=0.002)
    assert MEASURE.measureLine(town.geometry().asPoint(), at(40)) < 1.0  # where the river enters it
    assert reserve["dist_m"] == pytest.approx(2000, abs=1.0)
    assert reserve["km_downstream"] == pytest.approx(60, abs=0.002)
    assert MEASURE.measureLine(reserve.geometry().asPoint(), at(60, 2000)) < 1.0  # its vertex nearest the path
    assert summary["population"] == 2540 and summary["first_receptor"] == "Town crossed"


def test_empty_and_geometry_less_receptor_layers_warn_and_give_no_receptors(tmf_processing):
    empty = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "empty towns", "memory")
    table = QgsVectorLayer("None?field=name:string", "town table", "memory")
    feature = QgsFeature(table.fields())
    feature.setAttributes(["Nowhere"])
    table.dataProvider().addFeatures([feature])
    for layer in (empty, table):
        summary, hits, warnings, _ = run(layer)
        assert hits == {}
        assert summary["status"] == "ok" and summary["receptors_n"] == 0 and null(summary["first_receptor"])
        assert any(layer.name() in w for w in warnings), warnings


def test_without_receptors_the_summary_fields_stay_null(tmf_processing):
    import processing

    result = processing.run("tmf:tracedownstream", {
        "INPUT": facility(), "RIVERS": river(), "SNAP_DISTANCE_M": 500, "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT",
        "OUTPUT_RECEPTORS": "TEMPORARY_OUTPUT"})
    (summary,) = result["OUTPUT_SUMMARY"].getFeatures()
    assert null(summary["receptors_n"]) and null(summary["population"])
    assert result["OUTPUT_RECEPTORS"].featureCount() == 0


def test_a_point_on_the_path_is_at_distance_zero(tmf_processing):
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "intakes", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(at(50)))
    feature.setAttributes(["Intake 7"])
    layer.dataProvider().addFeatures([feature])
    summary, hits, _, _ = run(layer)
    assert hits["Intake 7"]["dist_m"] == pytest.approx(0, abs=0.01)
    assert hits["Intake 7"]["km_downstream"] == pytest.approx(50, abs=0.002)
    assert summary["first_receptor_km"] == pytest.approx(50, abs=0.002)
