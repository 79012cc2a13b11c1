"""The packaged plugin imports the messy agency file and scores it through the real qgis_process."""

from __future__ import annotations

import json
import os

import pytest

from tests import qgis_process
from tests.conftest import ROOT, SAMPLE

pytestmark = pytest.mark.skipif(not os.path.exists(qgis_process.QGIS_PROCESS), reason="qgis_process not installed")
TRUTH = json.loads((ROOT / "tests" / "data" / "inventory" / "messy_truth.json").read_text(encoding="utf-8"))


def test_import_and_hazard_index_in_qgis_process(tmp_path, qgis_app):
    from qgis.core import QgsVectorLayer

    root = qgis_process.profile_with_plugin(tmp_path / "qgis")
    code, payload, log = qgis_process.run_algorithm(
        root, "tmf:importinventory", INPUT=str(SAMPLE / "tmf_inventory_messy.csv"),
        COUNTRY=str(SAMPLE / "countries.gpkg"), REGIONS=str(SAMPLE / "regions.gpkg"),
        OUTPUT=str(tmp_path / "facilities.gpkg"), REPORT=str(tmp_path / "report.csv"))
    assert code == 0, log
    results = payload["results"]
    assert results["PLACED"] == len(TRUTH["good"]) + 1 and results["REPORTED_ROWS"] == 6
    report = QgsVectorLayer(str(tmp_path / "report.csv"), "report", "ogr")
    rows = {int(f["row"]) for f in report.getFeatures()}
    assert set(TRUTH["bad_rows"].values()) <= rows
    code, payload, log = qgis_process.run_algorithm(
        root, "tmf:hazardindex", INPUT=str(tmp_path / "facilities.gpkg"), OUTPUT=str(tmp_path / "thi.gpkg"))
    assert code == 0, log
    scored = QgsVectorLayer(str(tmp_path / "thi.gpkg"), "thi", "ogr")
    assert scored.featureCount() == len(TRUTH["good"]) + 1 and "thi_complete" in scored.fields().names()
