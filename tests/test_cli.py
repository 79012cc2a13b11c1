"""`python -m tmf_plugin`: job subcommands write GeoPackages, bad input fails with a message, demo writes out/."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import QgsVectorLayer

from tests.conftest import ROOT, SAMPLE

pytest.importorskip("geopandas")


def run_cli(*args: str, timeout: int = 600) -> subprocess.CompletedProcess:
    """The command line in a fresh process, as `make demo` and a user's shell run it."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "tmf_plugin", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=timeout)


def _towns(tmp_path: Path) -> Path:
    path = tmp_path / "towns.geojson"
    path.write_text(
        '{"type": "FeatureCollection", "features": ['
        '{"type": "Feature", "properties": {"tmf_id": "T-UST", "name": "Ust-Kamenogorsk"},'
        ' "geometry": {"type": "Point", "coordinates": [82.61, 49.95]}},'
        '{"type": "Feature", "properties": {"tmf_id": "T-ZHE", "name": "Zhezkazgan"},'
        ' "geometry": {"type": "Point", "coordinates": [67.71, 47.80]}}]}',
        encoding="utf-8")
    return path


def test_help_lists_a_subcommand_per_job_and_the_demo():
    completed = run_cli("--help")
    assert completed.returncode == 0
    for command in ("inventory", "network", "trace", "flag", "sheets", "demo"):
        assert command in completed.stdout


def test_flag_subcommand_writes_the_flagged_layer(qgis_app, tmp_path):
    from tmf_plugin.api.engine import is_built

    if not is_built("tmf:flagtransboundary"):
        pytest.skip("tmf:flagtransboundary is not implemented in this version yet")
    out = tmp_path / "flagged.gpkg"
    completed = run_cli("flag", str(_towns(tmp_path)), str(SAMPLE / "rivers.gpkg"), "--lakes",
                        str(SAMPLE / "lakes.gpkg"), "--near-distance-km", "10", "--out", str(out))
    assert completed.returncode == 0, completed.stderr
    assert str(out) in completed.stdout
    layer = QgsVectorLayer(f"{out}|layername=flagged_facilities", "flagged", "ogr")
    flags = {f["tmf_id"]: (f["tb_river"], f["tb_dist_km"], f["tb_flag"]) for f in layer.getFeatures()}
    assert set(flags) == {"T-UST", "T-ZHE"}
    assert flags["T-UST"][0] == "Ertis" and flags["T-UST"][1] < 10 and flags["T-UST"][2] != "none"
    assert flags["T-ZHE"][1] > 10


def test_missing_input_file_fails_with_its_name(tmp_path):
    missing = tmp_path / "no_such_facilities.gpkg"
    completed = run_cli("flag", str(missing), str(SAMPLE / "rivers.gpkg"), "--out", str(tmp_path / "x.gpkg"))
    assert completed.returncode == 1
    assert "no_such_facilities" in completed.stderr
    assert not (tmp_path / "x.gpkg").exists()


def test_unknown_parameter_is_refused_with_the_known_ones(tmp_path):
    completed = run_cli("flag", str(_towns(tmp_path)), str(SAMPLE / "rivers.gpkg"), "--param", "NO_SUCH=1",
                        "--out", str(tmp_path / "x.gpkg"))
    assert completed.returncode == 1
    assert "NO_SUCH" in completed.stderr and "RIVERS" in completed.stderr
