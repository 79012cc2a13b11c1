"""One country lookup for every job: "Қазақстан", "Казахстан", "Kazakhstan" and "KAZ" name the same country."""

from __future__ import annotations

import pytest

from tests.conftest import SAMPLE
from tests.transboundary.conftest import facility_layer, run_flags

SPELLINGS = ["Қазақстан", "Казахстан", "kazakhstan", " Kazakhstan ", "KAZ", "kaz"]
# Ust-Kamenogorsk and Zhezkazgan lie in Kazakhstan; Moscow does not.
TOWNS = [("A-1", 82.61, 49.95), ("A-2", 37.62, 55.75), ("A-3", 67.71, 47.80)]


@pytest.mark.parametrize("query", SPELLINGS)
def test_every_spelling_finds_the_same_country(qgis_app, query):
    from qgis.core import QgsVectorLayer

    from tmf_plugin.core.countries import Countries

    countries = Countries(QgsVectorLayer(str(SAMPLE / "countries.gpkg"), "countries", "ogr"))
    found = countries.find(query)
    assert found is not None and found.name == "Kazakhstan"
    assert countries.find("Atlantis") is None


@pytest.mark.parametrize("query", SPELLINGS)
def test_inventory_checks_points_against_kazakhstan_in_any_spelling(tmf_processing, tmp_path, query):
    import processing
    from qgis.core import QgsVectorLayer

    table = tmp_path / "inventory.csv"
    table.write_text("tmf_id,name,latitude,longitude\n" + "".join(
        f"{tmf_id},{tmf_id},{lat},{lon}\n" for tmf_id, lon, lat in TOWNS), encoding="utf-8")
    results = processing.run("tmf:importinventory", {
        "INPUT": str(table), "COUNTRY_NAME": query,
        "OUTPUT": str(tmp_path / "facilities.gpkg"), "REPORT": str(tmp_path / "report.gpkg")})
    placed = [f["tmf_id"] for f in QgsVectorLayer(results["OUTPUT"], "facilities", "ogr").getFeatures()]
    report = [(f["row"], f["tmf_id"], f["problem"])
              for f in QgsVectorLayer(results["REPORT"], "report", "ogr").getFeatures()]
    assert (results["PLACED"], results["NOT_PLACED"]) == (2, 1)
    assert placed == ["A-1", "A-3"]
    assert report == [(3, "A-2", "point outside Kazakhstan; the row is not placed")]


def test_transboundary_flags_are_the_same_for_every_spelling(tmf_processing):
    from qgis.core import QgsVectorLayer

    countries = QgsVectorLayer(str(SAMPLE / "countries.gpkg"), "countries", "ogr")
    rivers = QgsVectorLayer(str(SAMPLE / "rivers.gpkg"), "rivers", "ogr")
    facilities = [row for row in TOWNS if row[0] != "A-2"]
    answers = {}
    for query in SPELLINGS:
        rows, _ = run_flags(facility_layer(facilities), rivers, countries, COUNTRY=query, NEAR_DISTANCE_KM=10)
        answers[query] = {tmf_id: (row["tb_river"], row["tb_flag"]) for tmf_id, row in rows.items()}
    assert answers["KAZ"]["A-1"][0] == "Ertis" and answers["KAZ"]["A-1"][1] != "none"
    assert all(answer == answers["KAZ"] for answer in answers.values()), answers
