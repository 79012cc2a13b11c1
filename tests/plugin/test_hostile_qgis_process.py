"""Hostile networks and borders through the real qgis_process with the packaged plugin: every run ends with exit
code 0 or 1 and says what happened, never a signal or a timeout; the input files keep their checksums."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from tests import qgis_process
from tests.inventory.conftest import checksums, plugin_files

pytestmark = pytest.mark.skipif(not os.path.exists(qgis_process.QGIS_PROCESS), reason="qgis_process not installed")


def _collection(features, crs: str = "urn:ogc:def:crs:OGC:1.3:CRS84") -> str:
    return json.dumps({"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": crs}},
                       "features": features})


def _reach(reach_id: int, next_down: int, lat_from: float, lat_to: float) -> dict:
    return {"type": "Feature", "properties": {"HYRIV_ID": reach_id, "NEXT_DOWN": next_down, "LENGTH_KM": 11.12},
            "geometry": {"type": "LineString", "coordinates": [[70.0, lat_from], [70.0, lat_to]]}}


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    return qgis_process.profile_with_plugin(tmp_path_factory.mktemp("qgis"))


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile_inputs")
    (folder / "cycle.geojson").write_text(_collection(
        [_reach(1, 2, 48.5, 48.4), _reach(2, 3, 48.4, 48.3), _reach(3, 1, 48.3, 48.2)]), encoding="utf-8")
    (folder / "dangling.geojson").write_text(_collection(
        [_reach(1, 2, 48.5, 48.4), _reach(2, 999, 48.4, 48.3)]), encoding="utf-8")
    (folder / "empty_lines.geojson").write_text(_collection([]), encoding="utf-8")
    (folder / "facilities.geojson").write_text(_collection([{
        "type": "Feature", "properties": {"tmf_id": "F-1"},
        "geometry": {"type": "Point", "coordinates": [70.02, 48.45]}}, {
        "type": "Feature", "properties": {"tmf_id": "F-null"}, "geometry": None}]), encoding="utf-8")
    (folder / "countries.geojson").write_text(_collection([{
        "type": "Feature", "properties": {"NAME": "Testland", "ISO_A3": "TST"},
        "geometry": {"type": "Polygon", "coordinates": [[[69, 48], [71, 50], [71, 48], [69, 50], [69, 48]]]}}]),
        encoding="utf-8")
    return folder


def _run(installed: Path, inputs: Path, algorithm: str, **parameters) -> tuple[int, dict, str]:
    before, files = checksums(inputs), plugin_files(installed)
    try:
        code, payload, log = qgis_process.run_algorithm(installed, algorithm, **parameters)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{algorithm}: qgis_process did not finish")
    assert code in (0, 1), f"{algorithm}: exit code {code} (a negative code is a signal)\n{log[-3000:]}"
    assert "Traceback" not in log, log[-3000:]
    assert checksums(inputs) == before, "an input file was modified"
    assert plugin_files(installed) == files, "the run wrote into the plugin folder"
    return code, payload, log


@pytest.mark.parametrize("network, status", [("cycle.geojson", "cycle"), ("dangling.geojson", "dangling next_down")])
def test_trace_on_a_broken_network(qgis_app, installed, inputs, tmp_path, network, status):
    from qgis.core import QgsVectorLayer

    code, _, log = _run(installed, inputs, "tmf:tracedownstream", INPUT=str(inputs / "facilities.geojson"),
                        RIVERS=str(inputs / network), OUTPUT_SUMMARY=str(tmp_path / "summary.gpkg"),
                        OUTPUT_PATHS=str(tmp_path / "paths.gpkg"), OUTPUT_CORRIDORS=str(tmp_path / "corridors.gpkg"))
    assert code == 0, log[-3000:]
    summary = QgsVectorLayer(str(tmp_path / "summary.gpkg"), "summary", "ogr")
    rows = {f["tmf_id"]: f["status"] for f in summary.getFeatures()}
    assert rows == {"F-1": status, "F-null": "no location"}


def test_build_network_from_no_lines(installed, inputs, tmp_path):
    code, _, log = _run(installed, inputs, "tmf:buildrivernetwork", INPUT=str(inputs / "empty_lines.geojson"),
                        OUTPUT=str(tmp_path / "network.gpkg"))
    assert code == 0, log[-3000:]  # no line gives an empty network, not an error
    from qgis.core import QgsVectorLayer

    network = QgsVectorLayer(str(tmp_path / "network.gpkg"), "network", "ogr")
    assert network.isValid() and network.featureCount() == 0


def test_flags_with_an_unknown_country_and_a_bowtie_border(installed, inputs, tmp_path):
    code, _, log = _run(installed, inputs, "tmf:flagtransboundary", INPUT=str(inputs / "facilities.geojson"),
                        RIVERS=str(inputs / "cycle.geojson"), COUNTRIES=str(inputs / "countries.geojson"),
                        COUNTRY="Atlantis", OUTPUT=str(tmp_path / "flags.gpkg"))
    assert code == 1 and "Atlantis" in log, log[-3000:]
    code, _, log = _run(installed, inputs, "tmf:flagtransboundary", INPUT=str(inputs / "facilities.geojson"),
                        RIVERS=str(inputs / "cycle.geojson"), COUNTRIES=str(inputs / "countries.geojson"),
                        COUNTRY="TST", OUTPUT=str(tmp_path / "flags.gpkg"))
    # qgis_process does not stop at the invalid border (it checks no geometry by default): the flags are written.
    assert code == 0 and (tmp_path / "flags.gpkg").exists(), log[-3000:]
    from qgis.core import QgsVectorLayer

    flags = QgsVectorLayer(str(tmp_path / "flags.gpkg"), "flags", "ogr")
    assert flags.featureCount() == QgsVectorLayer(str(inputs / "facilities.geojson"), "f", "ogr").featureCount()
