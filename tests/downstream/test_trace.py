"""Downstream tracing on hand-made networks whose answers are known: branches, confluences, lakes, outlets, cycles."""

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

from tmf_plugin.core.rivers import has_topology
from tmf_plugin.downstream.corridor import area_km2, corridor_geometry
from tmf_plugin.downstream.trace import RiverNetwork, trace_facilities

UTM = "EPSG:32642"  # central meridian 69°E: grid and ellipsoid lengths differ by 0.04 % at x = 500 000
X0 = 500000.0

# (HYRIV_ID, NEXT_DOWN, name, vertices in UTM 42N metres, digitised in flow direction)
REACHES = [
    (1, 3, "Upper", [(X0, 5000000), (X0, 4960000)]),  # 40 km south
    (2, 3, "Side", [(X0 + 30000, 4990000), (X0, 4960000)]),  # tributary, 42.43 km
    (3, 4, "Main", [(X0, 4960000), (X0, 4930000), (X0, 4900000)]),  # 60 km through the lake
    (4, 0, "Main", [(X0, 4900000), (X0, 4850000)]),  # 50 km to the outlet
    (10, 11, "Loop", [(X0 + 100000, 5000000), (X0 + 100000, 4990000)]),  # cycle 10 -> 11 -> 10
    (11, 10, "Loop", [(X0 + 100000, 4990000), (X0 + 100000, 5000000)]),
    (20, 999, "Lost", [(X0 + 200000, 5000000), (X0 + 200000, 4990000)]),  # NEXT_DOWN names no reach
]
LAKE = [(X0 - 5000, 4930000), (X0 + 5000, 4930000), (X0 + 5000, 4920000), (X0 - 5000, 4920000)]


def network_layer(reaches=REACHES, crs=UTM) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"LineString?crs={crs}", "network", "memory")
    fields = [QgsField("HYRIV_ID", QVariant.Int), QgsField("NEXT_DOWN", QVariant.Int),
              QgsField("MAIN_RIV", QVariant.Int), QgsField("LENGTH_KM", QVariant.Double),
              QgsField("name", QVariant.String)]
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    features = []
    for reach_id, next_id, name, coords in reaches:
        feature = QgsFeature(layer.fields())
        geometry = QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in coords])
        feature.setGeometry(geometry)
        feature.setAttributes([reach_id, next_id, 4 if reach_id < 10 else reach_id, geometry.length() / 1000, name])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def lake_layer() -> QgsVectorLayer:
    layer = QgsVectorLayer(f"Polygon?crs={UTM}&field=Lake_name:string", "lakes", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in LAKE]]))
    feature.setAttributes(["Test Lake"])
    layer.dataProvider().addFeatures([feature])
    return layer


def lonlat(x: float, y: float) -> QgsPointXY:
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem(UTM), QgsCoordinateReferenceSystem("EPSG:4326"),
                                       QgsProject.instance())
    return transform.transform(QgsPointXY(x, y))


FACILITIES = [
    ("A", lonlat(X0 + 2000, 4990000)),  # 2 km east of reach 1, 10 km below its top
    ("B", lonlat(X0 + 50000, 4990000)),  # 20 km from any reach
    ("C", lonlat(X0 - 1000, 4880000)),  # on reach 4, 30 km above the outlet
    ("D", lonlat(X0 + 100500, 4995000)),  # on the cycle
    ("E", lonlat(X0 + 200000, 4995000)),  # on the reach with a dangling NEXT_DOWN
    ("F", lonlat(X0 + 15000, 4975000 + 500)),  # near the tributary
]


@pytest.fixture()
def traces(qgis_app):
    network = RiverNetwork.from_source(network_layer())
    return {t.tmf_id: t for t in trace_facilities(FACILITIES, network, 5000, 100, lakes=lake_layer())}


def test_topology_fields_are_required(qgis_app):
    plain = QgsVectorLayer("LineString?crs=EPSG:4326&field=name:string", "plain", "memory")
    assert has_topology(network_layer()) and not has_topology(plain)
    with pytest.raises(Exception, match="plain"):
        RiverNetwork.from_source(plain)


def test_snapping_distances_and_misses(traces):
    assert traces["A"].snapped_reach == 1
    assert traces["A"].snap_dist_m == pytest.approx(2000, rel=0.002)
    assert traces["B"].status == "not snapped" and traces["B"].snapped_reach is None and not traces["B"].steps
    assert traces["C"].snapped_reach == 4 and traces["C"].snap_dist_m == pytest.approx(1000, rel=0.002)
    assert traces["F"].snapped_reach == 2


def test_walk_through_confluence_is_cut_at_the_limit(traces):
    a = traces["A"]
    assert a.status == "ok"
    assert [s.reach_id for s in a.steps] == [1, 3, 4]
    assert [s.river for s in a.steps] == ["Upper", "Main", "Main"]
    assert a.path_km == pytest.approx(100, abs=1e-6)
    # 30 km left of reach 1, all 60 km of reach 3, 10 km of reach 4 (grid metres are 0.04 % short of true ones)
    assert a.steps[0].to_km == pytest.approx(30, rel=0.001)
    assert a.steps[1].to_km == pytest.approx(90, rel=0.001)
    assert a.path_geometry().length() > 0
    measured = sum(s.to_km - s.from_km for s in a.steps)
    assert measured == pytest.approx(100, abs=1e-6)
    end = a.steps[-1].geometry.asPolyline()[-1]
    end_utm = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), QgsCoordinateReferenceSystem(UTM),
                                     QgsProject.instance()).transform(end)
    assert end_utm.y() == pytest.approx(4890000, abs=60)  # 10 km into reach 4
    assert a.steps[-1].main_riv == 4


def test_lake_on_the_path_has_its_distance(traces):
    a = traces["A"]
    assert [name for name, _ in a.lakes] == ["Test Lake"]
    assert a.lakes[0][1] == pytest.approx(60, rel=0.002)  # 30 km of reach 1 + 30 km of reach 3
    assert traces["C"].lakes == []


def test_branch_joins_main_stem(traces):
    f = traces["F"]
    assert [s.reach_id for s in f.steps][:2] == [2, 3]
    assert f.steps[0].to_km == pytest.approx((math.hypot(30000, 30000) - 29500 / math.sqrt(2)) / 1000, rel=0.002)


def test_outlet_before_limit_cycle_and_dangling(traces):
    c = traces["C"]
    assert c.status == "reached outlet" and c.path_km == pytest.approx(30, rel=0.001)
    assert traces["D"].status == "cycle"
    assert traces["D"].path_km < 25
    assert traces["E"].status == "dangling next_down"
    assert traces["E"].path_km == pytest.approx(5, rel=0.002)


def test_corridor_area_is_length_times_width(traces):
    c = traces["C"]
    area = area_km2(corridor_geometry(c, 1000))
    assert area == pytest.approx(30 * 2 + math.pi, rel=0.01)
    # A's corridor adds the 100 km² lake (plus its 1 km rim) to the 200 km² river corridor, overlap counted once
    area_a = area_km2(corridor_geometry(traces["A"], 1000))
    river_only = 100 * 2 + math.pi
    lake_extra = (12 * 12 - 4) - 10 * 2  # lake with rounded rim minus the river strip already inside it
    assert area_a == pytest.approx(river_only + lake_extra, rel=0.01)


def test_per_facility_distances(qgis_app):
    network = RiverNetwork.from_source(network_layer())
    result = trace_facilities(FACILITIES[:1] + FACILITIES[2:3], network, 5000, [15.0, 5.0])
    assert [t.path_km for t in result] == [pytest.approx(15), pytest.approx(5)]
    assert [s.reach_id for s in result[0].steps] == [1]


def test_network_in_geographic_crs_gives_same_answers(qgis_app):
    to_geo = QgsCoordinateTransform(QgsCoordinateReferenceSystem(UTM), QgsCoordinateReferenceSystem("EPSG:4326"),
                                    QgsProject.instance())
    reaches = [(i, n, name, [(p.x(), p.y()) for p in (to_geo.transform(QgsPointXY(x, y)) for x, y in coords)])
               for i, n, name, coords in REACHES]
    network = RiverNetwork.from_source(network_layer(reaches, "EPSG:4326"))
    (a,) = trace_facilities(FACILITIES[:1], network, 5000, 100)
    assert a.snap_dist_m == pytest.approx(2000, rel=0.002)
    assert a.steps[1].to_km == pytest.approx(90, rel=0.001)
