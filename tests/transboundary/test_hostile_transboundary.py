"""Hostile inputs for tmf:flagtransboundary: an unknown country, a self-intersecting border, NULL and NaN
facilities, an empty river layer, NEXT_DOWN cycles and dangling ids, polygons for points and layers in three CRSs.
Each ends in flags plus a reason or in a clear error; the input layers are never modified."""

from __future__ import annotations

import math

import pytest

from tests.helpers import RecordingFeedback
from tests.transboundary.conftest import GEOD, box, densify, facility_layer, network_layer, plain, polygon_layer

COUNTRIES = [("Testland", "TST", box(60, 50, 62, 52)), ("Northland", "NTH", box(60, 52, 62, 54))]
STRAIGHT = densify([(61.0, 50.3), (61.0, 53.0)], 0.05)  # flows north, leaves Testland at 52°N
BORDER_KM = GEOD.inv(61.0, 51.2, 61.0, 52.0)[2] / 1000.0


def fingerprint(layer) -> list:
    return [(repr(f.attributes()), f.geometry().asWkt(6)) for f in layer.getFeatures()]


def flags(facilities, rivers, countries, skip_invalid=True, **parameters) -> dict[str, dict]:
    """Run tmf:flagtransboundary to memory; return rows by tmf_id, after checking the inputs are unchanged."""
    import processing
    from qgis.core import QgsFeatureRequest, QgsProcessingContext, QgsProject

    layers = [layer for layer in (facilities, rivers, countries, parameters.get("LAKES")) if layer is not None]
    before = [fingerprint(layer) for layer in layers]
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    if skip_invalid:
        context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    params = {"INPUT": facilities, "RIVERS": rivers, "COUNTRIES": countries, "COUNTRY": "TST",
              "OUTPUT": "TEMPORARY_OUTPUT", **parameters}
    log = RecordingFeedback()
    try:
        output = processing.run("tmf:flagtransboundary", params, context=context, feedback=log)["OUTPUT"]
    finally:
        assert [fingerprint(layer) for layer in layers] == before, "an input layer was modified"
    names = output.fields().names()
    rows = {f["tmf_id"]: dict(zip(names, map(plain, f.attributes()))) for f in output.getFeatures()}
    rows["_log"] = "\n".join(log.lines)
    return rows


def rivers(extra=None):
    return network_layer({1: ("", STRAIGHT), **(extra or {})})


def test_an_unknown_country_is_named_in_the_error(tmf_processing):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as error:
        flags(facility_layer([("N1", 61.01, 51.2)]), rivers(), polygon_layer(COUNTRIES), COUNTRY="Atlantis")
    assert "Atlantis" in str(error.value) and "Traceback" not in str(error.value)


def test_a_self_intersecting_border(tmf_processing):
    """Testland drawn as a bow-tie whose lobes meet at (61, 51): the run ends under both invalid-geometry settings,
    and the facility gets the same reasoned flag, with no border exit found."""
    from qgis.core import QgsGeometry

    bowtie = "MULTIPOLYGON(((60 50,62 52,62 50,60 52,60 50)))"
    assert not QgsGeometry.fromWkt(bowtie).isGeosValid()
    countries = polygon_layer([("Testland", "TST", bowtie), COUNTRIES[1]])
    for skip_invalid in (False, True):
        rows = flags(facility_layer([("N1", 61.01, 51.2)]), rivers(), countries, skip_invalid=skip_invalid)
        assert (rows["N1"]["tb_flag"], rows["N1"]["border_km"]) == ("none", None), rows["N1"]
        assert rows["N1"]["tb_reason"]


def test_null_and_nan_facilities_keep_their_rows(tmf_processing):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    layer = facility_layer([("N1", 61.01, 51.2)])
    for tmf_id, geometry in (("NULL", None), ("NAN", QgsGeometry.fromPointXY(QgsPointXY(math.nan, math.nan)))):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([tmf_id, tmf_id])
        if geometry is not None:
            feature.setGeometry(geometry)
        layer.dataProvider().addFeature(feature)
    rows = flags(layer, rivers(), polygon_layer(COUNTRIES))
    assert rows["N1"]["tb_flag"] == "high"
    assert rows["N1"]["border_km"] == pytest.approx(BORDER_KM, rel=0.005)
    assert set(rows) == {"N1", "NULL", "NAN", "_log"}  # no facility is dropped
    for tmf_id in ("NULL", "NAN"):
        # "none" would read as "checked and safe": a facility that cannot be placed is left unflagged and named.
        assert rows[tmf_id]["tb_flag"] is None, rows[tmf_id]
        assert f"Facility {tmf_id}" in rows["_log"] and "no location" in rows["_log"]


def test_an_empty_river_layer(tmf_processing):
    """No river at all: every facility is flagged none with a reason, or the run names the empty layer."""
    from qgis.core import QgsProcessingException

    empty = network_layer({})
    try:
        rows = flags(facility_layer([("N1", 61.01, 51.2)]), empty, polygon_layer(COUNTRIES))
    except QgsProcessingException as error:
        assert "river" in str(error).lower() and "Traceback" not in str(error), str(error)
        return
    assert rows["N1"]["tb_flag"] == "none" and rows["N1"]["tb_reason"]


def _rewired(layer, next_down: dict[int, int]):
    """A copy of a network layer with some NEXT_DOWN values replaced."""
    from qgis.core import QgsVectorLayer

    copy = QgsVectorLayer(f"LineString?crs=EPSG:4326&{_field_spec(layer)}", "rewired", "memory")
    features = []
    for feature in layer.getFeatures():
        if feature["HYRIV_ID"] in next_down:
            feature.setAttribute("NEXT_DOWN", next_down[feature["HYRIV_ID"]])
        features.append(feature)
    copy.dataProvider().addFeatures(features)
    return copy


def _field_spec(layer) -> str:
    kinds = {"LongLong": "long", "Double": "double", "String": "string", "Int": "integer"}
    return "&".join(f"field={f.name()}:{kinds.get(f.typeName(), 'string')}" for f in layer.fields())


@pytest.mark.parametrize("wiring", ["cycle", "dangling"])
def test_next_down_cycles_and_dangling_ids_end(tmf_processing, wiring):
    """A network whose NEXT_DOWN loops back or names a missing reach: the run ends with flags for every facility."""
    network = rivers()
    ids = sorted(f["HYRIV_ID"] for f in network.getFeatures())
    middle = ids[len(ids) // 2]
    broken = _rewired(network, {middle: ids[0] if wiring == "cycle" else 987654})
    rows = flags(facility_layer([("N1", 61.01, 51.2), ("S1", 61.01, 50.4)]), broken, polygon_layer(COUNTRIES),
                 MAX_DISTANCE_KM=500)
    assert set(rows) == {"N1", "S1", "_log"}
    for row in (rows["N1"], rows["S1"]):
        assert row["tb_flag"] == "medium" and row["tb_reason"]  # near the river; the broken path gives no exit


def test_polygon_facilities(tmf_processing):
    """Facility outlines where points are expected: flagged from a point of the outline, or refused clearly."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=tmf_id:string&field=name:string", "outlines", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["N1", "Outline"])
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((61.005 51.19,61.015 51.19,61.015 51.21,61.005 51.21,"
                                            "61.005 51.19))"))
    layer.dataProvider().addFeature(feature)
    rows = flags(layer, rivers(), polygon_layer(COUNTRIES))  # an outline is flagged from a point of it
    assert rows["N1"]["tb_flag"] == "high"
    assert rows["N1"]["border_km"] == pytest.approx(BORDER_KM, rel=0.01)


def _reprojected(layer, crs: str):
    import processing

    return processing.run("native:reprojectlayer", {"INPUT": layer, "TARGET_CRS": crs, "OUTPUT": "memory:"})["OUTPUT"]


def test_three_crs_give_the_same_flags(tmf_processing):
    """Facilities in Web Mercator, rivers in UTM 41N, countries in WGS84: the same flags and distances."""
    points = [("N1", 61.01, 51.2), ("FAR", 60.3, 50.5)]
    same = flags(facility_layer(points), rivers(), polygon_layer(COUNTRIES))
    mixed = flags(_reprojected(facility_layer(points), "EPSG:3857"), _reprojected(rivers(), "EPSG:32641"),
                  polygon_layer(COUNTRIES))
    for tmf_id in ("N1", "FAR"):
        assert mixed[tmf_id]["tb_flag"] == same[tmf_id]["tb_flag"]
        for key in ("border_km", "tb_dist_km"):
            if same[tmf_id][key] is None:
                assert mixed[tmf_id][key] is None
            else:
                assert mixed[tmf_id][key] == pytest.approx(same[tmf_id][key], rel=0.005)
    assert same["N1"]["tb_flag"] == "high" and same["N1"]["border_km"] == pytest.approx(BORDER_KM, rel=0.005)


def test_a_self_intersecting_lake(tmf_processing):
    """A bow-tie lake on the river does not stop the flags."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    lakes = QgsVectorLayer("Polygon?crs=EPSG:4326&field=name:string", "lakes", "memory")
    feature = QgsFeature(lakes.fields())
    feature.setAttributes(["Bowtie lake"])
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((60.9 51.5,61.1 51.6,61.1 51.5,60.9 51.6,60.9 51.5))"))
    lakes.dataProvider().addFeature(feature)
    rows = flags(facility_layer([("N1", 61.01, 51.2)]), rivers(), polygon_layer(COUNTRIES), LAKES=lakes)
    assert rows["N1"]["tb_flag"] == "high"
    assert rows["N1"]["border_km"] == pytest.approx(BORDER_KM, rel=0.005)


@pytest.mark.parametrize("parameter, value, flag", [
    ("NEAR_DISTANCE_KM", 0, "high"), ("NEAR_DISTANCE_KM", 1e300, "high"), ("MAX_DISTANCE_KM", 0, "medium"),
    ("MAX_DISTANCE_KM", 1e300, "high"), ("SNAP_DISTANCE_M", 0, "medium"),
    ("TRANSBOUNDARY_NAMES", "((( , *, [, \\", "high"),  # regular-expression characters are plain text
])
def test_extreme_parameters(tmf_processing, parameter, value, flag):
    rows = flags(facility_layer([("N1", 61.01, 51.2)]), rivers(), polygon_layer(COUNTRIES), **{parameter: value})
    assert rows["N1"]["tb_flag"] == flag and rows["N1"]["tb_reason"]


def test_an_unknown_country_message_names_the_layer_plainly(tmf_processing):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as error:
        flags(facility_layer([("N1", 61.01, 51.2)]), rivers(), polygon_layer(COUNTRIES), COUNTRY="Atlantis")
    assert "<QgsVectorLayer" not in str(error.value) and "countries" in str(error.value), str(error.value)


def test_a_facility_beyond_its_projection(tmf_processing):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY

    layer = _reprojected(facility_layer([("N1", 61.01, 51.2)]), "EPSG:32641")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["FAR", "Far away"])
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(1e300, -1e300)))
    layer.dataProvider().addFeature(feature)
    rows = flags(layer, rivers(), polygon_layer(COUNTRIES))
    assert rows["N1"]["tb_flag"] == "high"
    assert rows["FAR"]["tb_flag"] is None and "FAR" in rows["_log"]
