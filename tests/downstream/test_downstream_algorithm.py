"""tmf:tracedownstream run as a user would: an unseen HydroRIVERS-schema GeoPackage, facilities in another CRS."""

from __future__ import annotations

import math

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsProject,
    QgsVectorLayer,
)

from tests.downstream.conftest import OFFSETS, UTM, facilities_layer, utm, write_network
from tmf_plugin.downstream import runout


@pytest.fixture(scope="module")
def network_path(tmp_path_factory):
    return write_network(str(tmp_path_factory.mktemp("downstream") / "hydrorivers_like.gpkg"))


def run_trace(network_path, facilities, **extra):
    import processing

    parameters = {"INPUT": facilities, "RIVERS": network_path, "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT",
                  "OUTPUT_PATHS": "TEMPORARY_OUTPUT", "OUTPUT_CORRIDORS": "TEMPORARY_OUTPUT"}
    parameters.update(extra)
    result = processing.run("tmf:tracedownstream", parameters)
    return (
        {f["tmf_id"]: f for f in result["OUTPUT_SUMMARY"].getFeatures()},
        list(result["OUTPUT_PATHS"].getFeatures()),
        {f["tmf_id"]: f for f in result["OUTPUT_CORRIDORS"].getFeatures()},
    )


# A facility 2 km north of the tributary that joins at 120 km, 20 km up it: its path turns into the main stem.
TRIBUTARY_FACILITY = ("K-09", 20, 122)


def test_exactly_the_facilities_within_the_snap_distance_snap(tmf_processing, network_path):
    summary, _, _ = run_trace(network_path, facilities_layer([TRIBUTARY_FACILITY]))
    assert len(summary) == len(OFFSETS) + 1
    for tmf_id, offset_km, _ in OFFSETS:
        row = summary[tmf_id]
        if offset_km <= 5:
            assert row["status"] == "ok", tmf_id
            assert row["snap_dist_m"] / 1000 == pytest.approx(offset_km, abs=0.01)
            assert row["path_km"] == pytest.approx(100, abs=0.01)
        else:
            assert row["status"] == "not snapped" and row["path_km"] == 0
            assert row["snapped_reach"] is None or str(row["snapped_reach"]) == "NULL"
    assert summary["K-09"]["snap_dist_m"] == pytest.approx(2000, abs=10)
    assert summary["K-09"]["first_water_body"] == f"reach {summary['K-09']['snapped_reach']}"


def test_paths_are_cut_at_100_km_and_follow_next_down(tmf_processing, network_path):
    _, paths, _ = run_trace(network_path, facilities_layer([TRIBUTARY_FACILITY]))
    k01 = sorted((f for f in paths if f["tmf_id"] == "K-01"), key=lambda f: f["step"])
    assert [f["reach_id"] for f in k01] == list(range(26, 51))  # from the top of reach 26, 300 km above the mouth
    assert k01[0]["from_km"] == 0 and k01[-1]["to_km"] == pytest.approx(100, abs=0.01)
    assert sum(f.geometry().length() for f in k01) > 0
    k09 = sorted((f for f in paths if f["tmf_id"] == "K-09"), key=lambda f: f["step"])
    tributary = [f for f in k09 if f["reach_id"] >= 1000]
    assert tributary[-1]["to_km"] == pytest.approx(20, abs=0.01)
    assert k09[-1]["to_km"] == pytest.approx(100, abs=0.01)


def test_corridors_cover_about_200_km2(tmf_processing, network_path):
    _, _, corridors = run_trace(network_path, facilities_layer([TRIBUTARY_FACILITY]))
    assert set(corridors) == {"K-01", "K-02", "K-03", "K-04", "K-05", "K-09"}
    for tmf_id, feature in corridors.items():
        assert feature["area_km2"] == pytest.approx(200 + math.pi, rel=0.01), tmf_id
        assert feature["width_m"] == 1000


def test_runout_sets_the_distance_per_facility(tmf_processing, network_path):
    dams = [("R-1", -1, 300, 10e6, 30.0), ("R-2", -1, 320, None, None)]
    rico = 1.61 * (30 * 0.354 * 10**1.01) ** 0.66
    assert runout.runout_km("rico2008", 10e6, 30) == pytest.approx(rico)
    summary, _, _ = run_trace(network_path, facilities_layer(dams), RUNOUT=1)
    assert summary["R-1"]["max_km"] == pytest.approx(rico, abs=0.001)
    assert summary["R-1"]["path_km"] == pytest.approx(rico, abs=0.001)
    assert summary["R-1"]["distance_rule"] == "rico2008"
    assert summary["R-2"]["path_km"] == pytest.approx(100, abs=0.01)
    assert summary["R-2"]["distance_rule"].startswith("fixed")
    summary, _, _ = run_trace(network_path, facilities_layer(dams), RUNOUT=2)
    released = 0.332 * 10**0.95
    larrauri = 3.04 * (30 * released / 10 * released) ** 0.545
    assert summary["R-1"]["path_km"] == pytest.approx(larrauri, abs=0.001)


def test_plain_lines_get_a_clear_message(tmf_processing):
    import processing
    from qgis.core import QgsProcessingException

    from tests.conftest import SAMPLE

    with pytest.raises(QgsProcessingException, match="HYRIV_ID"):
        processing.run("tmf:tracedownstream", {"INPUT": facilities_layer(), "RIVERS": str(SAMPLE / "rivers.gpkg"),
                                               "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"})


def test_geometry_is_read_only_near_facilities_and_along_paths(qgis_app, network_path):
    from tmf_plugin.downstream.trace import RiverNetwork, trace_facilities

    layer = QgsVectorLayer(network_path, "rivers", "ogr")
    network = RiverNetwork.from_source(layer)
    assert len(network) == layer.featureCount() == 190
    to_wgs = QgsCoordinateTransform(UTM, QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    (trace,) = trace_facilities([("K-01", to_wgs.transform(utm(-0.5, 299)))], network, 5000, 100)
    assert trace.status == "ok" and len(trace.steps) == 26
    assert len(network._reaches) <= 26 + 6  # the path plus the few reaches inside the snap box


def test_facilities_without_location_keep_their_row_and_a_missing_id_field_is_named(tmf_processing, network_path):
    import processing
    from qgis.core import QgsProcessingException

    layer = facilities_layer()
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["NOWHERE", None, None])
    layer.dataProvider().addFeatures([feature])
    summary, paths, _ = run_trace(network_path, layer)
    assert summary["NOWHERE"]["status"] == "no location" and len(summary) == len(OFFSETS) + 1
    assert not [f for f in paths if f["tmf_id"] == "NOWHERE"]

    unnamed = QgsVectorLayer("Point?crs=EPSG:4326&field=code:string", "unnamed points", "memory")
    with pytest.raises(QgsProcessingException, match="unnamed points.*tmf_id"):
        processing.run("tmf:tracedownstream", {"INPUT": unnamed, "RIVERS": network_path,
                                               "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT"})


def test_long_corridor_stays_true_to_its_width(tmf_processing, network_path):
    # 398 km down the main stem to its mouth: buffered in stretches, each in its own equidistant projection
    summary, _, corridors = run_trace(network_path, facilities_layer([("LONG", -0.2, 398)]), MAX_DISTANCE_KM=1000)
    row = summary["LONG"]
    assert row["status"] == "reached outlet" and row["path_km"] == pytest.approx(398 / 0.9996, rel=0.001)
    assert corridors["LONG"]["area_km2"] == pytest.approx(2 * row["path_km"] + math.pi, rel=0.005)
