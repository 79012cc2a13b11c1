"""tmf:flagtransboundary on square countries and straight rivers, where every answer is known by construction."""

from __future__ import annotations

import pytest

from tests.transboundary.conftest import (
    COUNTRIES,
    GEOD,
    INLAND,
    LOOP,
    STRAIGHT,
    box,
    densify,
    facility_layer,
    geodesic_km,
    network_layer,
    outlet_id,
    polygon_layer,
)
from tests.transboundary.conftest import run_flags as _run


@pytest.fixture()
def world(tmf_processing):
    countries = polygon_layer(COUNTRIES)
    rivers = network_layer({1: ("", STRAIGHT), 2: ("", LOOP), 3: ("", INLAND)})
    return countries, rivers


def run(world, rows, **parameters):
    countries, rivers = world
    parameters.setdefault("COUNTRY", "TST")
    return _run(facility_layer(rows), rivers, countries, **parameters)


def test_river_crossing_a_square_border_at_a_known_distance(world):
    rows, log = run(world, [("N1", 61.01, 51.2)], MAX_DISTANCE_KM=100)
    n1 = rows["N1"]
    assert n1["tb_flag"] == "high"
    assert n1["receiving_country"] == "Northland"
    truth = GEOD.inv(61.0, 51.2, 61.0, 52.0)[2] / 1000.0  # snap point to the border along the meridian
    assert n1["border_km"] == pytest.approx(truth, rel=0.005)
    assert n1["tb_downstream"] is True and n1["tb_downstream_km"] == pytest.approx(0.0, abs=0.01)
    basin = f"river of basin {outlet_id(1, STRAIGHT)}"  # unnamed networks are named by MAIN_RIV
    assert n1["tb_near"] is True and n1["tb_river"] == basin
    assert n1["tb_dist_km"] == pytest.approx(GEOD.inv(61.01, 51.2, 61.0, 51.2)[2] / 1000.0, rel=0.01)
    assert "Testland" in n1["tb_reason"] and "Northland" in n1["tb_reason"]
    listed = [line for line in log if line.startswith("Transboundary rivers:")]
    assert len(listed) == 1 and basin in listed[0] and str(outlet_id(2, LOOP)) in listed[0]
    assert str(outlet_id(3, INLAND)) not in listed[0]  # the inland basin never crosses


def test_river_that_leaves_and_reenters_reports_the_first_exit(world):
    for limit in (100, 250):
        rows, _ = run(world, [("LOOP", 61.3, 51.61)], MAX_DISTANCE_KM=limit)
        loop = rows["LOOP"]
        truth = geodesic_km(densify([(61.3, 51.6), (61.8, 51.6)], 0.05)) + GEOD.inv(61.8, 51.6, 61.8, 52.0)[2] / 1000
        assert loop["border_km"] == pytest.approx(truth, rel=0.01), limit
        assert loop["receiving_country"] == "Northland", limit  # not Eastland, which it enters later
        assert loop["tb_flag"] == "high"


def test_facility_beyond_the_downstream_limit_is_not_high(world):
    rows, _ = run(world, [("FAR", 61.01, 50.9), ("N1", 61.01, 51.2)], MAX_DISTANCE_KM=100)
    far = rows["FAR"]
    assert GEOD.inv(61.0, 50.9, 61.0, 52.0)[2] / 1000.0 > 100  # the border is beyond the limit
    assert far["border_km"] is None and far["receiving_country"] is None
    assert far["tb_flag"] == "medium"  # still on a transboundary river
    assert far["tb_downstream"] is True
    rows, _ = run(world, [("FAR", 61.01, 50.9)], MAX_DISTANCE_KM=150)
    assert rows["FAR"]["tb_flag"] == "high"
    assert rows["FAR"]["border_km"] == pytest.approx(GEOD.inv(61.0, 50.9, 61.0, 52.0)[2] / 1000.0, rel=0.005)


def test_inland_river_and_unsnapped_facility(world):
    rows, _ = run(world, [("IN", 60.4, 50.21), ("NEAR", 61.1, 50.5)], MAX_DISTANCE_KM=100, SNAP_DISTANCE_M=5000)
    inland, near = rows["IN"], rows["NEAR"]
    assert inland["tb_flag"] == "none"
    assert inland["tb_downstream"] is False and inland["border_km"] is None
    assert inland["tb_near"] is False and inland["tb_dist_km"] > 10
    assert near["tb_downstream"] is None  # more than 5 km from any reach: not traced
    assert near["tb_near"] is True and near["tb_flag"] == "medium"
    assert near["tb_dist_km"] == pytest.approx(GEOD.inv(61.1, 50.5, 61.0, 50.5)[2] / 1000.0, rel=0.01)
    assert "not traced" in near["tb_reason"] or "km away" in near["tb_reason"]


def test_country_by_name_and_unknown_country(world):
    from qgis.core import QgsProcessingException

    rows, _ = run(world, [("N1", 61.01, 51.2)], COUNTRY="testland", MAX_DISTANCE_KM=100)
    assert rows["N1"]["receiving_country"] == "Northland"
    rows, _ = run(world, [("N1", 61.01, 51.2)], COUNTRY="Northland", MAX_DISTANCE_KM=100)
    assert rows["N1"]["border_km"] is None  # the facility is not in Northland, so nothing leaves it
    with pytest.raises(QgsProcessingException, match="Atlantis"):
        run(world, [("N1", 61.01, 51.2)], COUNTRY="Atlantis")


def test_names_on_the_list_flag_rivers_that_never_cross(tmf_processing):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    rivers = QgsVectorLayer("LineString?crs=EPSG:4326&field=name:string", "rivers", "memory")
    for name, y in (("Ertis", 50.5), ("Sary  Su", 51.5)):
        feature = QgsFeature(rivers.fields())
        feature.setAttributes([name])
        feature.setGeometry(QgsGeometry.fromWkt(f"LINESTRING(60.2 {y}, 61.8 {y})"))
        rivers.dataProvider().addFeature(feature)
    countries = polygon_layer(COUNTRIES)
    facilities = facility_layer([("A", 61.0, 50.52), ("B", 61.0, 51.52)])
    rows, log = _run(facilities, rivers, countries, COUNTRY="TST", TRANSBOUNDARY_NAMES="Irtysh, Syr Darya")
    assert rows["A"]["tb_river"] == "Ertis" and rows["A"]["tb_near"] is True
    assert rows["B"]["tb_river"] == "Ertis"  # Sary Su is neither listed nor crossing
    assert rows["B"]["tb_dist_km"] == pytest.approx(GEOD.inv(61.0, 51.52, 61.0, 50.5)[2] / 1000.0, rel=0.01)
    assert rows["A"]["tb_downstream"] is None  # no topology: downstream fields empty, and the log says why
    assert any("HYRIV_ID" in line for line in log)
    rows, _ = _run(facilities, rivers, countries, COUNTRY="TST", TRANSBOUNDARY_NAMES="Sary Su")
    assert rows["A"]["tb_river"] == "Sary Su" and rows["B"]["tb_river"] == "Sary Su"
    rows, _ = _run(facilities, rivers, countries, COUNTRY="TST", TRANSBOUNDARY_NAMES="")
    assert rows["A"]["tb_river"] is None and rows["A"]["tb_flag"] == "none"


def test_exit_from_a_hand_made_trace_follows_the_trace_km(tmf_processing):
    """The share of the drawn step is scaled to the trace's own km (LENGTH_KM-based traces stay consistent)."""
    from qgis.core import QgsGeometry, QgsPointXY

    from tmf_plugin.core.countries import Countries
    from tmf_plugin.core.geodesy import distance_area
    from tmf_plugin.downstream.trace import FacilityTrace, PathStep
    from tmf_plugin.transboundary.border import first_exit

    countries = Countries(polygon_layer(COUNTRIES))
    line = QgsGeometry.fromPolylineXY([QgsPointXY(61.0, 51.5), QgsPointXY(61.0, 52.5)])
    steps = [
        PathStep(1, "", None, 0.0, 10.0, QgsGeometry.fromPolylineXY([QgsPointXY(61.0, 51.4), QgsPointXY(61.0, 51.5)])),
        PathStep(2, "", None, 10.0, 60.0, line),  # drawn ~111 km, counted as 50 km by the trace
    ]
    trace = FacilityTrace(tmf_id="X", status="ok", steps=steps, path_km=60.0)
    crossing = first_exit(trace, countries.find("TST"), countries, distance_area())
    assert crossing.receiving.name == "Northland"
    assert crossing.km == pytest.approx(10.0 + 50.0 * 0.5, rel=0.002)
    assert crossing.point.y() == pytest.approx(52.0, abs=1e-9)


def test_unnamed_enclaves_and_the_sea_are_not_a_border(tmf_processing):
    """Natural Earth's Baikonur lease is an unnamed hole in Kazakhstan; a river mouth may end just off the coast."""
    hole = "(60.9 51.4,61.1 51.4,61.1 51.6,60.9 51.6,60.9 51.4)"
    countries = polygon_layer([
        ("Testland", "TST", f"MULTIPOLYGON(((60 50,62 50,62 52,60 52,60 50),{hole}))"),
        (None, None, f"MULTIPOLYGON(({hole}))"),
        ("Northland", "NTH", box(60, 52, 62, 54)),
    ])
    to_sea = densify([(60.6, 50.5), (59.5, 50.5)], 0.05)  # flows west out of Testland, where no country lies
    rivers = network_layer({1: ("", STRAIGHT), 4: ("", to_sea)})
    rows, _ = _run(facility_layer([("N1", 61.01, 51.2), ("SEA", 60.6, 50.51)]), rivers, countries, COUNTRY="TST",
                   MAX_DISTANCE_KM=100)
    assert rows["N1"]["receiving_country"] == "Northland"
    assert rows["N1"]["border_km"] == pytest.approx(GEOD.inv(61.0, 51.2, 61.0, 52.0)[2] / 1000.0, rel=0.005)
    assert rows["SEA"]["border_km"] is None and rows["SEA"]["tb_flag"] != "high"
    # The river that ends in the sea never reaches another country, so only the real crossing is transboundary.
    assert rows["SEA"]["tb_river"] == f"river of basin {outlet_id(1, STRAIGHT)}"
    assert rows["SEA"]["tb_flag"] == "none"


def test_without_topology_far_facilities_stay_unknown_downstream(tmf_processing):
    """Nothing within reach of a river or the border, and no topology: unknown (empty), not 'does not reach'."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    rivers = QgsVectorLayer("LineString?crs=EPSG:4326&field=name:string", "rivers", "memory")
    feature = QgsFeature(rivers.fields())
    feature.setAttributes(["Ertis"])
    feature.setGeometry(QgsGeometry.fromWkt("LINESTRING(60.2 50.2, 60.4 50.2)"))
    rivers.dataProvider().addFeature(feature)
    countries = polygon_layer([("Bigland", "BIG", box(40, 30, 80, 70))])
    rows, log = _run(facility_layer([("F", 60.0, 55.0)]), rivers, countries, COUNTRY="BIG", MAX_DISTANCE_KM=50)
    assert rows["F"]["tb_downstream"] is None and rows["F"]["tb_flag"] == "none"
    assert rows["F"]["tb_river"] == "Ertis" and rows["F"]["tb_dist_km"] > 500
    assert any("HYRIV_ID" in line for line in log)
