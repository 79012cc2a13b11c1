"""Job 2 through the packaged plugin in the real qgis_process: build a network, then trace on files."""

from __future__ import annotations

import os

import pytest
from qgis.core import QgsVectorLayer

from tests import qgis_process
from tests.conftest import SAMPLE
from tests.downstream.conftest import OFFSETS, facilities_file, write_network

pytestmark = pytest.mark.skipif(not os.path.exists(qgis_process.QGIS_PROCESS), reason="qgis_process not installed")


def test_build_and_trace_with_qgis_process(qgis_app, tmp_path):
    root = qgis_process.profile_with_plugin(tmp_path / "qgis")
    network = tmp_path / "network.gpkg"
    code, payload, log = qgis_process.run_algorithm(
        root, "tmf:buildrivernetwork", INPUT=str(SAMPLE / "rivers.gpkg"), NAME_FIELD="name", SNAP_TOLERANCE_M=1000,
        ORIENTATION=1, OUTLETS=str(SAMPLE / "lakes.gpkg"), OUTPUT=str(network))
    assert code == 0, log
    built = QgsVectorLayer(str(network), "network", "ogr")
    assert built.isValid() and built.featureCount() > 65 and built.fields().lookupField("NEXT_DOWN") >= 0

    summary, paths, corridors = (tmp_path / f"{name}.gpkg" for name in ("summary", "paths", "corridors"))
    code, payload, log = qgis_process.run_algorithm(
        root, "tmf:tracedownstream", INPUT=facilities_file(tmp_path), RIVERS=write_network(str(tmp_path / "r.gpkg")),
        OUTPUT_SUMMARY=str(summary), OUTPUT_PATHS=str(paths), OUTPUT_CORRIDORS=str(corridors))
    assert code == 0, log
    rows = {f["tmf_id"]: f for f in QgsVectorLayer(str(summary), "summary", "ogr").getFeatures()}
    assert len(rows) == len(OFFSETS)
    assert {k for k, f in rows.items() if f["status"] == "ok"} == {i for i, w, _ in OFFSETS if w <= 5}
    assert all(f["path_km"] == pytest.approx(100, abs=0.01) for f in rows.values() if f["status"] == "ok")
    areas = [f["area_km2"] for f in QgsVectorLayer(str(corridors), "corridors", "ogr").getFeatures()]
    assert len(areas) == 5 and all(a == pytest.approx(203.1, rel=0.01) for a in areas)
