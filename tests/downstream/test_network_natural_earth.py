"""tmf:buildrivernetwork on the shared Natural Earth rivers: the big Kazakh rivers drain where they really do."""

from __future__ import annotations

import pytest
from qgis.core import QgsFeature, QgsVectorLayer

from tests.conftest import ROOT, SAMPLE

EXTRA = ROOT / "tests" / "data" / "downstream" / "outlets_extra.geojson"


def outlets() -> QgsVectorLayer:
    """Aral Sea and Lake Balkhash from the sample lakes, a coarse Caspian, and the lower Ob where the data stops."""
    lakes = QgsVectorLayer(str(SAMPLE / "lakes.gpkg"), "lakes", "ogr")
    extra = QgsVectorLayer(str(EXTRA), "extra", "ogr")
    layer = QgsVectorLayer("Polygon?crs=EPSG:4326&field=name:string", "outlets", "memory")
    features = []
    for source in (lakes.getFeatures("name IN ('Aral Sea', 'Lake Balkhash')"), extra.getFeatures()):
        for f in source:
            g = QgsFeature(layer.fields())
            g.setGeometry(f.geometry())
            g.setAttributes([f["name"]])
            features.append(g)
    layer.dataProvider().addFeatures(features)
    assert layer.featureCount() == 4
    return layer


@pytest.fixture(scope="module")
def network(tmf_processing):
    import processing

    result = processing.run("tmf:buildrivernetwork", {
        "INPUT": str(SAMPLE / "rivers.gpkg"), "NAME_FIELD": "name", "SNAP_TOLERANCE_M": 1000, "ORIENTATION": 1,
        "OUTLETS": outlets(), "OUTPUT": "TEMPORARY_OUTPUT",
    })
    return result["OUTPUT"]


def downstream_names(layer, river: str) -> tuple[list[str], object]:
    """River names met walking NEXT_DOWN from the top reach of `river`, and the last point of the walk."""
    reaches = {f["HYRIV_ID"]: f for f in layer.getFeatures()}
    start = max((f for f in reaches.values() if f["name"] == river), key=lambda f: f["DIST_DN_KM"])
    names, reach, seen = [], start, set()
    while reach is not None and reach["HYRIV_ID"] not in seen:
        seen.add(reach["HYRIV_ID"])
        names.append(reach["name"])
        last = reach
        reach = reaches.get(reach["NEXT_DOWN"])
    assert last["NEXT_DOWN"] == 0 and last["DIST_DN_KM"] == 0
    return list(dict.fromkeys(names)), last.geometry().asPolyline()[-1]


def lake(name: str):
    lakes = QgsVectorLayer(str(SAMPLE / "lakes.gpkg"), "lakes", "ogr")
    (feature,) = lakes.getFeatures(f"name = '{name}'")
    return feature.geometry()


def test_schema_and_ids(network):
    names = [f.name() for f in network.fields()]
    assert names[:6] == ["HYRIV_ID", "NEXT_DOWN", "MAIN_RIV", "LENGTH_KM", "DIST_DN_KM", "name"]
    ids = [f["HYRIV_ID"] for f in network.getFeatures()]
    assert len(ids) == len(set(ids)) > 65  # split at confluences
    assert all(f["LENGTH_KM"] > 0 for f in network.getFeatures())


@pytest.mark.parametrize(
    "river, lake_name", [("Syr Darya", "Aral Sea"), ("Naryn", "Aral Sea"), ("Ile", "Lake Balkhash")]
)
def test_rivers_end_in_their_lakes(network, river, lake_name):
    from qgis.core import QgsGeometry

    names, mouth = downstream_names(network, river)
    assert names[0] == river
    assert lake(lake_name).buffer(0.02, 4).contains(QgsGeometry.fromPointXY(mouth))


def test_ural_reaches_the_caspian(network):
    names, mouth = downstream_names(network, "Ural")
    assert names == ["Ural"]
    assert mouth.y() == pytest.approx(46.94, abs=0.05) and mouth.x() == pytest.approx(51.72, abs=0.05)


@pytest.mark.parametrize("river", ["Tobol", "Ishim", "Esil"])
def test_tributaries_join_the_irtysh(network, river):
    names, mouth = downstream_names(network, river)
    assert names[-1] == "Irtysh"
    assert "Ob" not in names
    assert mouth.y() == pytest.approx(61.12, abs=0.05)


def test_irtysh_flows_north_from_china(network):
    names, _ = downstream_names(network, "Ertix")
    assert names == ["Ertix", "Ertis", "Irtysh"]


def test_trace_on_the_built_network_reaches_the_real_lakes(network):
    import processing
    from qgis.core import QgsGeometry, QgsPointXY

    facilities = QgsVectorLayer("Point?crs=EPSG:4326&field=tmf_id:string", "facilities", "memory")
    features = []
    for tmf_id, lon, lat in (("ILE", 78.2, 43.85), ("SYR", 65.5, 44.9), ("TOBOL", 63.6, 53.2), ("ESIL", 71.4, 51.2)):
        feature = QgsFeature(facilities.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        feature.setAttributes([tmf_id])
        features.append(feature)
    facilities.dataProvider().addFeatures(features)
    result = processing.run("tmf:tracedownstream", {
        "INPUT": facilities, "RIVERS": network, "LAKES": str(SAMPLE / "lakes.gpkg"), "SNAP_DISTANCE_M": 50000,
        "MAX_DISTANCE_KM": 1500, "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT", "OUTPUT_PATHS": "TEMPORARY_OUTPUT",
        "OUTPUT_CORRIDORS": "TEMPORARY_OUTPUT",
    })
    summary = {f["tmf_id"]: f for f in result["OUTPUT_SUMMARY"].getFeatures()}
    ile = summary["ILE"]
    assert ile["status"] == "reached outlet"
    assert ile["lakes_reached"].startswith("Kapchagay Reservoir") and "Lake Balkhash" in ile["lakes_reached"]
    assert ile["first_water_body"] == "Ile" and 300 < ile["path_km"] < 600
    syr = summary["SYR"]
    assert syr["status"] == "reached outlet" and syr["lakes_reached"].split("; ")[-1].startswith("Aral Sea (")
    aral_km = float(syr["lakes_reached"].split("; ")[-1].split("(")[1].split()[0])
    assert syr["path_km"] - 5 < aral_km <= syr["path_km"]  # the mouth lies at the lake shore
    assert "Irtysh" in summary["TOBOL"]["rivers_reached"]
    assert "Ishim" in summary["ESIL"]["rivers_reached"] and summary["ESIL"]["path_km"] == pytest.approx(1500)
    corridors = {f["tmf_id"]: f for f in result["OUTPUT_CORRIDORS"].getFeatures()}
    # Balkhash enters only within the distance left (about 1000 km of 1500): far more than the river strip alone
    assert corridors["ILE"]["area_km2"] > 2 * ile["path_km"]
