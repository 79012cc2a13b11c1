"""The Tailings Hazard Index on hand-computed examples, the editable score table, and tmf:hazardindex."""

from __future__ import annotations

import math

import pytest

from tests.conftest import SAMPLE
from tmf_plugin.inventory.hazard import (
    ScoreTableError,
    canonical_inputs,
    capacity_term,
    hazard_index,
    load_scores,
)

FULL = {"volume_m3": 1e7, "water_hazard_class": 3, "status": "abandoned", "flood_prone": True, "seismicity": 8.0,
        "dam_condition": "poor"}


def test_default_table_on_hand_computed_examples():
    table = load_scores()
    # 7 (log10 1e7) + 3 (WGK 3) + 3 (abandoned) + 2 (flood-prone) + 3 (MSK 8) + 3 (poor dam) = 21
    assert hazard_index(FULL, table) == {"thi_cap": 7.0, "thi_tox": 3.0, "thi_man": 3.0, "thi_flood": 2.0,
                                         "thi_seism": 3.0, "thi_dam": 3.0, "thi": 21.0, "thi_complete": True}
    mild = {"volume_m3": 250000.0, "water_hazard_class": 1, "status": "active", "flood_prone": False,
            "seismicity": 5.0, "dam_condition": "good"}
    result = hazard_index(mild, table)
    assert result["thi_cap"] == pytest.approx(math.log10(250000))  # 5.39794
    # 5.39794 + 1 (WGK 1) + 0 (active) + 0 (not flood-prone) + 0 (MSK 5) + 0 (good dam)
    assert result["thi"] == pytest.approx(6.39794, abs=1e-5) and result["thi_complete"] is True
    # MSK-64 intensity 6.5 falls in [6, 7): score 1; status inactive: 1; fair dam: 1; WGK 2: 2
    middle = {"volume_m3": 1000.0, "water_hazard_class": 2, "status": "inactive", "flood_prone": False,
              "seismicity": 6.5, "dam_condition": "fair"}
    assert hazard_index(middle, table)["thi"] == pytest.approx(3 + 2 + 1 + 0 + 1 + 1)


def test_missing_inputs_make_the_index_incomplete_not_zero():
    table = load_scores()
    partial = dict(FULL, volume_m3=None, dam_condition="unknown")
    result = hazard_index(partial, table)
    assert result["thi_cap"] is None and result["thi_dam"] is None
    assert result["thi_complete"] is False
    assert result["thi"] == pytest.approx(3 + 3 + 2 + 3)  # the known terms, a lower bound
    assert hazard_index({}, table) == {"thi_cap": None, "thi_tox": None, "thi_man": None, "thi_flood": None,
                                       "thi_seism": None, "thi_dam": None, "thi": None, "thi_complete": False}
    assert hazard_index(dict(FULL, status="unknown"), table)["thi_complete"] is False


def test_words_of_a_layer_not_made_by_the_import_are_read():
    raw = {"volume_m3": "10 000 000", "water_hazard_class": "III", "status": "бесхозное", "flood_prone": "да",
           "seismicity": "8 баллов", "dam_condition": "неудовлетворительное"}
    assert hazard_index(canonical_inputs(raw), load_scores())["thi"] == pytest.approx(21.0)
    unreadable = canonical_inputs(dict(raw, status="спорный"))
    assert unreadable["status"] is None and hazard_index(unreadable, load_scores())["thi_complete"] is False


def test_capacity_term():
    assert capacity_term(1e6) == 6.0
    assert capacity_term(0) == 0.0
    assert capacity_term(None) is None
    assert capacity_term(-5) is None


def test_an_edited_score_table_is_used(tmp_path):
    path = tmp_path / "scores.csv"
    path.write_text("# our working group's scores\ncomponent,value,min,max,score,meaning\n"
                    "tox,3,,,10,\nman,abandoned,,,5,\nflood,yes,,,1,\nseism,,0,7,0,\nseism,,7,,4,\n"
                    "dam,poor,,,2.5,\n", encoding="utf-8")
    result = hazard_index(FULL, load_scores(path))
    assert result["thi"] == pytest.approx(7 + 10 + 5 + 1 + 4 + 2.5)


def test_a_broken_score_table_names_its_line(tmp_path):
    path = tmp_path / "scores.csv"
    path.write_text("component,value,min,max,score\ntox,1,,,1\nflud,yes,,,1\n", encoding="utf-8")
    with pytest.raises(ScoreTableError, match="line 3"):
        load_scores(path)
    path.write_text("component,value,min,max,score\ntox,1,,,high\n", encoding="utf-8")
    with pytest.raises(ScoreTableError, match="line 2"):
        load_scores(path)


def test_algorithm_scores_the_sample_inventory(tmf_processing, tmp_path):
    import processing
    from qgis.core import QgsVectorLayer

    results = processing.run("tmf:hazardindex", {"INPUT": str(SAMPLE / "tmf_inventory.gpkg"),
                                                 "OUTPUT": str(tmp_path / "thi.gpkg")})
    layer = QgsVectorLayer(results["OUTPUT"], "thi", "ogr")
    assert layer.featureCount() == 120
    names = layer.fields().names()
    assert names[-8:] == ["thi_cap", "thi_tox", "thi_man", "thi_flood", "thi_seism", "thi_dam", "thi", "thi_complete"]
    table = load_scores()
    incomplete = 0
    for feature in layer.getFeatures():
        attributes = {name: (None if feature[name] is None or str(feature[name]) == "NULL" else feature[name])
                      for name in names}
        expected = hazard_index(attributes, table)
        assert feature["thi_cap"] == pytest.approx(math.log10(feature["volume_m3"]))
        assert feature["thi"] == pytest.approx(expected["thi"])
        assert bool(feature["thi_complete"]) == expected["thi_complete"]
        incomplete += 0 if feature["thi_complete"] else 1
    # Facilities with status or dam condition "unknown" are incomplete in the sample.
    assert results["INCOMPLETE"] == incomplete and 0 < incomplete < 60
    # A re-run on the scored layer replaces the scores instead of adding a second set.
    again = processing.run("tmf:hazardindex", {"INPUT": results["OUTPUT"], "OUTPUT": str(tmp_path / "again.gpkg")})
    assert QgsVectorLayer(again["OUTPUT"], "again", "ogr").fields().names() == names


def test_algorithm_with_a_custom_table_and_a_bad_one(tmf_processing, tmp_path):
    import processing
    from qgis.core import QgsProcessingException, QgsVectorLayer

    scores = tmp_path / "flat.csv"
    scores.write_text("component,value,min,max,score\n" + "".join(
        f"{c},{v},,,1\n" for c, values in {"tox": "123", "man": ["active", "inactive", "conserved", "closed",
                                                                "abandoned"],
                                           "flood": ["yes", "no"], "dam": ["good", "fair", "poor"]}.items()
        for v in values) + "seism,,0,13,1\n", encoding="utf-8")
    results = processing.run("tmf:hazardindex", {"INPUT": str(SAMPLE / "tmf_inventory.gpkg"), "SCORES": str(scores),
                                                 "OUTPUT": str(tmp_path / "flat.gpkg")})
    for feature in QgsVectorLayer(results["OUTPUT"], "flat", "ogr").getFeatures():
        if feature["thi_complete"]:
            assert feature["thi"] == pytest.approx(math.log10(feature["volume_m3"]) + 5)
    broken = tmp_path / "broken.csv"
    broken.write_text("component,value,min,max,score\nnoise,1,,,1\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException):
        processing.run("tmf:hazardindex", {"INPUT": str(SAMPLE / "tmf_inventory.gpkg"), "SCORES": str(broken),
                                           "OUTPUT": str(tmp_path / "broken.gpkg")})
