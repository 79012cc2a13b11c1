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


def test_inventory_subcommand_writes_facilities_with_thi_and_the_report(qgis_app, tmp_path):
    out, report = tmp_path / "inventory.gpkg", tmp_path / "report.csv"
    completed = run_cli("inventory", str(SAMPLE / "tmf_inventory_messy.csv"), "--country",
                        str(SAMPLE / "countries.gpkg"), "--hazard-index", "--out", str(out), "--report", str(report))
    assert completed.returncode == 0, completed.stderr
    facilities = QgsVectorLayer(f"{out}|layername=facilities", "facilities", "ogr")
    problems = QgsVectorLayer(f"{out}|layername=inventory_report", "report", "ogr")
    assert facilities.featureCount() >= 100 and "thi" in facilities.fields().names()
    assert problems.featureCount() >= 3
    rows = report.read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) - 1 == problems.featureCount()
    assert f"{facilities.featureCount()} facilities placed, {problems.featureCount()} report rows." in completed.stdout


def test_network_trace_and_sheets_subcommands_chain_through_files(qgis_app, tmp_path):
    towns, network, traced = _towns(tmp_path), tmp_path / "network.gpkg", tmp_path / "downstream.gpkg"
    completed = run_cli("network", str(SAMPLE / "rivers.gpkg"), "--orientation", "outlets", "--outlets",
                        str(SAMPLE / "lakes.gpkg"), "--out", str(network))
    assert completed.returncode == 0, completed.stderr
    completed = run_cli("trace", str(towns), f"{network}|layername=river_network", "--lakes",
                        str(SAMPLE / "lakes.gpkg"), "--snap-distance-m", "50000", "--out", str(traced))
    assert completed.returncode == 0, completed.stderr
    summary = QgsVectorLayer(f"{traced}|layername=downstream_summary", "summary", "ogr")
    status = {f["tmf_id"]: f["status"] for f in summary.getFeatures()}
    assert set(status) == {"T-UST", "T-ZHE"} and status["T-UST"] != "not snapped"
    assert QgsVectorLayer(f"{traced}|layername=downstream_paths", "paths", "ogr").featureCount() > 0
    completed = run_cli("sheets", str(towns), "--sheets", "overview", "--language", "kk", "--paths",
                        f"{traced}|layername=downstream_paths", "--param", "DPI=50", "--out-folder",
                        str(tmp_path / "sheets"))
    assert completed.returncode == 0, completed.stderr
    pdfs = list((tmp_path / "sheets").glob("*.pdf"))
    assert len(pdfs) == 1 and str(pdfs[0]) in completed.stdout


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


@pytest.fixture(scope="module")
def demo_out(tmp_path_factory):
    """One run of the demo exactly as `make demo` starts it, into a throw-away folder."""
    out = tmp_path_factory.mktemp("demo") / "out"
    completed = run_cli("demo", "--out", str(out))
    return out, completed


def _layer(path: Path, name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert layer.isValid(), name
    return layer


def test_demo_writes_every_result_layer_and_the_report(qgis_app, demo_out):
    out, completed = demo_out
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "Not built" not in completed.stdout and "Failed" not in completed.stdout
    gpkg = out / "tmf_safety_results.gpkg"
    facilities = _layer(gpkg, "facilities")
    flagged = _layer(gpkg, "flagged_facilities")
    summary = _layer(gpkg, "downstream_summary")
    report = _layer(gpkg, "inventory_report")
    network = _layer(gpkg, "river_network")
    for name in ("downstream_paths", "downstream_corridors", "downstream_receptors"):
        assert _layer(gpkg, name).featureCount() > 0, name
    # The illustrative inventory has about 120 facilities and a few bad rows that must be reported, not dropped.
    assert 100 <= facilities.featureCount() == flagged.featureCount() == summary.featureCount()
    assert report.featureCount() >= 3
    assert {"thi", "thi_complete"} <= set(facilities.fields().names())
    assert {"HYRIV_ID", "NEXT_DOWN", "LENGTH_KM", "DIST_DN_KM"} <= set(network.fields().names())
    csv_lines = (out / "validation_report.csv").read_text(encoding="utf-8-sig").splitlines()
    assert csv_lines[0].startswith("row,field,value,problem")
    assert len(csv_lines) - 1 == report.featureCount()
    # The printed summary tells the same numbers as the files.
    flags = [f["tb_flag"] for f in flagged.getFeatures()]
    counts = ", ".join(f"{level} {flags.count(level)}" for level in ("high", "medium", "none"))
    assert f"Transboundary flags: {counts}" in completed.stdout
    assert f"Facilities imported: {facilities.featureCount()} of" in completed.stdout
    assert str(gpkg) in completed.stdout


def test_demo_prints_map_sheets_in_three_languages(demo_out):
    out, completed = demo_out
    titles = {"en": "Tailings management facilities", "ru": "Хвостохранилища Казахстана",
              "kk": "Қазақстанның қалдық қоймалары"}
    for language, title in titles.items():
        pdfs = sorted((out / "sheets" / language).glob("*.pdf"))
        assert pdfs, language
        for pdf in pdfs:
            assert str(pdf) in completed.stdout
            pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
            assert int(pages.split("Pages:")[1].split()[0]) >= 1
        text = subprocess.run(["pdftotext", str(pdfs[0]), "-"], capture_output=True, text=True).stdout
        assert title in " ".join(text.split()), language


def test_demo_shows_what_changed_by_the_next_meeting(demo_out):
    out, completed = demo_out
    gpkg = out / "tmf_safety_results.gpkg"
    changes = _layer(gpkg, "inventory_changes")
    changed_fields = _layer(gpkg, "changed_fields")
    counts = {}
    for feature in changes.getFeatures():
        counts[feature["change"]] = counts.get(feature["change"], 0) + 1
    assert counts == {"added": 3, "removed": 3, "changed": 13, "unchanged": 104, "unmatched": 2}
    assert changed_fields.featureCount() == 13
    assert ("Changes by the next meeting (tmf_inventory_next_meeting.csv): 3 added, 3 removed, 13 changed, "
            "104 unchanged, 2 without a unique ID") in completed.stdout
    for language in ("en", "ru", "kk"):
        pdf = out / "sheets" / language / f"changes_{language}.pdf"
        assert str(pdf) in completed.stdout
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "KZ-TMF-121" in text and "KZ-TMF-001" in text, language
