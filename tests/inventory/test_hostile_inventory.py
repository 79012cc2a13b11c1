"""Hostile inventory files: each ends in a clear error naming the file or row, or in a result plus report.

The catalogue is generated in tmp_path (nothing big is committed). Every file goes through `tmf:importinventory`
in-process and, once each, through the real `qgis_process.bin` with the packaged plugin, where the exit code must be
0 or 1 (never a signal or a timeout), the inputs keep their checksums and the installed plugin folder gains no file.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
from pathlib import Path

import pytest

from tests import qgis_process
from tests.helpers import RecordingFeedback
from tests.inventory.conftest import CASES, GOOD_ROWS, checksums, plugin_files, write_catalogue


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    """The catalogue written once for the module."""
    return write_catalogue(tmp_path_factory.mktemp("hostile_inventory"))


def _import(path: Path, out: Path) -> tuple[dict | None, str, list[dict]]:
    """Run tmf:importinventory in-process; return (results or None, error or log text, report rows)."""
    import processing
    from qgis.core import QgsProcessingException, QgsVectorLayer

    out.mkdir(parents=True, exist_ok=True)
    feedback = RecordingFeedback()
    try:
        results = processing.run("tmf:importinventory", {
            "INPUT": str(path), "OUTPUT": str(out / "facilities.gpkg"), "REPORT": str(out / "report.csv")},
            feedback=feedback)
    except QgsProcessingException as error:
        return None, str(error) + "\n" + "\n".join(feedback.lines), []
    report = QgsVectorLayer(results["REPORT"], "report", "ogr")
    rows = [{name: f[name] for name in report.fields().names()} for f in report.getFeatures()]
    return results, "\n".join(feedback.lines), rows


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_file_in_process(tmf_processing, hostile, tmp_path, name):
    case = CASES[name]
    before = checksums(hostile)
    results, text, report = _import(hostile / name, tmp_path)
    assert checksums(hostile) == before, "an input file was modified"
    said = text + "\n" + "\n".join(str(r.get("problem")) for r in report)
    if case.placed is None:
        assert results is None, f"{name} should fail with a message, got {results}"
        assert "Traceback" not in text
    else:
        assert results is not None, f"{name} failed: {text}"
        assert results["PLACED"] == case.placed, said
    for word in case.says:
        assert word.lower() in said.lower(), f"{name}: {word!r} not in {said[:2000]}"


def test_positions_survive_a_foreign_crs_and_polygons(tmf_processing, hostile, tmp_path):
    """Web Mercator points land on their degrees; a polygon (even a self-intersecting one) on a point inside it."""
    from qgis.core import QgsVectorLayer

    results, _, _ = _import(hostile / "web_mercator.geojson", tmp_path / "mercator")
    layer = QgsVectorLayer(results["OUTPUT"], "facilities", "ogr")
    got = {f["tmf_id"]: f.geometry().asPoint() for f in layer.getFeatures()}
    for tmf_id, _, lat, lon in GOOD_ROWS:
        assert abs(got[tmf_id].x() - float(lon)) < 1e-7 and abs(got[tmf_id].y() - float(lat)) < 1e-7
    results, _, _ = _import(hostile / "polygons_not_points.geojson", tmp_path / "polygons")
    layer = QgsVectorLayer(results["OUTPUT"], "facilities", "ogr")
    got = {f["tmf_id"]: f.geometry().asPoint() for f in layer.getFeatures()}
    assert 82.5 <= got["P-1"].x() <= 82.7 and 49.9 <= got["P-1"].y() <= 50.0
    assert 67.6 <= got["P-2"].x() <= 67.8 and 47.7 <= got["P-2"].y() <= 47.9
    assert 70.0 <= got["P-3"].x() <= 70.2 and 45.0 <= got["P-3"].y() <= 45.1


def test_formula_cells_stay_text(tmf_processing, hostile, tmp_path):
    """Spreadsheet formulas in cells are data: stored as written, never evaluated."""
    from qgis.core import QgsVectorLayer

    results, _, _ = _import(hostile / "formula_cells.csv", tmp_path)
    layer = QgsVectorLayer(results["OUTPUT"], "facilities", "ogr")
    names = {f["tmf_id"]: f["name"] for f in layer.getFeatures()}
    assert names == {"H-1": '=HYPERLINK("http://example.invalid";"x")', "H-2": "@SUM(1+1)*cmd|' /C calc'!A0"}


# Through the real qgis_process ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """One throw-away QGIS profile with the packaged plugin, shared by every qgis_process run of this module."""
    if not os.path.exists(qgis_process.QGIS_PROCESS):
        pytest.skip("qgis_process not installed")
    return qgis_process.profile_with_plugin(tmp_path_factory.mktemp("qgis"))


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_file_through_qgis_process(installed, hostile, tmp_path, name):
    case = CASES[name]
    inputs, files = checksums(hostile), plugin_files(installed)
    try:
        code, payload, log = qgis_process.run_algorithm(
            installed, "tmf:importinventory", INPUT=str(hostile / name), OUTPUT=str(tmp_path / "facilities.gpkg"),
            REPORT=str(tmp_path / "report.csv"))
    except subprocess.TimeoutExpired:
        pytest.fail(f"{name}: qgis_process did not finish")
    assert code in (0, 1), f"{name}: exit code {code} (a negative code is a signal)\n{log[-3000:]}"
    assert checksums(hostile) == inputs, "an input file was modified"
    assert plugin_files(installed) == files, "the run wrote into the plugin folder"
    said = log + json.dumps(payload, ensure_ascii=False)
    if tmp_path.joinpath("report.csv").exists():
        said += tmp_path.joinpath("report.csv").read_text(encoding="utf-8", errors="replace")
    assert "Traceback" not in said, f"{name}: a traceback reached the user\n{log[-3000:]}"
    if case.placed is None:
        assert code == 1, f"{name} should fail\n{log[-3000:]}"
    else:
        assert code == 0, f"{name} failed\n{log[-3000:]}"
        assert payload["results"]["PLACED"] == case.placed
    for word in case.says:
        assert word.lower() in said.lower(), f"{name}: {word!r} not in the output\n{log[-3000:]}"


# tmf:hazardindex: hostile score tables and volumes -----------------------------------------------------------------

SCORE_HEADER = "component,value,min,max,score,meaning\n"
HOSTILE_SCORES = {
    "empty_scores.csv": (b"", "has no scores"),
    "binary_scores.csv": (bytes(range(256)) * 8, "binary_scores.csv"),
    "unknown_component.csv": ((SCORE_HEADER + "toxicity,1,,,3,\n").encode(), "line 2"),
    "nan_score.csv": ((SCORE_HEADER + "tox,1,,,nan,\n").encode(), "line 2"),
    "inf_score.csv": ((SCORE_HEADER + "tox,1,,,1e309,\n").encode(), "line 2"),
    "endless_quote.csv": ((SCORE_HEADER + 'tox,1,,,3,"' + "x" * 200_000 + "\n").encode(), "endless_quote.csv"),
}


def _facility_layer(volumes):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=tmf_id:string&field=volume_m3:double&field=status:string"
                           "&field=water_hazard_class:integer", "facilities", "memory")
    features = []
    for n, volume in enumerate(volumes):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([f"V-{n}", volume, "active", 2])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(70 + n * 0.1, 48)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


@pytest.mark.parametrize("name", list(HOSTILE_SCORES))
def test_a_hostile_score_table_is_refused_naming_file_and_line(tmf_processing, tmp_path, name):
    import processing
    from qgis.core import QgsProcessingException

    content, says = HOSTILE_SCORES[name]
    scores = tmp_path / name
    scores.write_bytes(content)
    with pytest.raises(QgsProcessingException) as error:
        processing.run("tmf:hazardindex", {"INPUT": _facility_layer([1e6]), "SCORES": str(scores),
                                           "OUTPUT": "memory:"})
    assert str(scores) in str(error.value) and says in str(error.value), str(error.value)
    assert "Traceback" not in str(error.value)
    assert scores.read_bytes() == content


def test_infinite_nan_and_negative_volumes_make_an_incomplete_thi(tmf_processing):
    import processing

    volumes = [1e6, math.inf, -math.inf, math.nan, -5.0, None, 1e308]
    output = processing.run("tmf:hazardindex", {"INPUT": _facility_layer(volumes), "OUTPUT": "memory:"})["OUTPUT"]
    rows = {f["tmf_id"]: f for f in output.getFeatures()}
    assert rows["V-0"]["thi_cap"] == pytest.approx(6.0)
    assert rows["V-6"]["thi_cap"] == pytest.approx(308.0)
    for tmf_id in ("V-1", "V-2", "V-3", "V-4", "V-5"):
        thi_cap = rows[tmf_id]["thi_cap"]
        assert thi_cap is None or (hasattr(thi_cap, "isNull") and thi_cap.isNull()), (tmf_id, thi_cap)
        assert rows[tmf_id]["thi_complete"] is False
        assert math.isfinite(rows[tmf_id]["thi"])


def test_a_cancelled_import_writes_no_output(tmf_processing, hostile, tmp_path):
    """Cancelled before the rows are read: the run ends without an error and no output file appears, so nobody
    opens a half-made inventory."""
    import processing
    from qgis.core import QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    feedback.cancel()
    target = tmp_path / "facilities.gpkg"
    processing.run("tmf:importinventory", {"INPUT": str(hostile / "wide_5000_columns.csv"), "OUTPUT": str(target),
                                           "REPORT": str(tmp_path / "report.csv")}, feedback=feedback)
    assert not target.exists() and not (tmp_path / "report.csv").exists()


@pytest.mark.parametrize("field_map, says", [
    ("[" * 100_000, "FIELD_MAP"),
    ('{"name": ', "FIELD_MAP"),
    ("[1, 2]", "FIELD_MAP"),
    ('{"name": {"nested": 1}}', "no column"),
    ('{"tmf_id": "nope"}', "no column nope"),
    ('{"password": "name"}', "unknown field password"),
    ('"\\ud800"', "FIELD_MAP"),
], ids=["deep", "truncated", "list", "nested", "no-column", "unknown-field", "surrogate"])
def test_a_hostile_field_map_is_refused_clearly(tmf_processing, hostile, tmp_path, field_map, says):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as error:
        processing.run("tmf:importinventory", {"INPUT": str(hostile / "utf16_bom.csv"), "FIELD_MAP": field_map,
                                               "OUTPUT": str(tmp_path / "f.gpkg")})
    assert says in str(error.value) and "Traceback" not in str(error.value), str(error.value)[:500]


def _polygons(rows, crs: str = "EPSG:4326"):
    """A memory polygon layer with NAME and name fields from (name, wkt or None) rows."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer(f"MultiPolygon?crs={crs}&field=NAME:string&field=name:string", "borders", "memory")
    features = []
    for name, wkt in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name, name])
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


KAZAKHSTAN_BOX = "MULTIPOLYGON(((46 40,88 40,88 56,46 56,46 40)))"


def _beyond_projection():
    """Kazakhstan's box in UTM 43N metres, plus a polygon at 1e300 m that no transform can place."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsProject

    box = QgsGeometry.fromWkt(KAZAKHSTAN_BOX)
    utm = QgsCoordinateReferenceSystem("EPSG:32643")
    box.transform(QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), utm, QgsProject.instance()))
    far = "MULTIPOLYGON(((1e300 1e300,2e300 1e300,2e300 2e300,1e300 1e300)))"
    return _polygons([("Kazakhstan", box.asWkt()), ("Kazakhstan", far)], "EPSG:32643")


HOSTILE_BORDERS = {
    "bowtie": lambda: _polygons([("Kazakhstan", "MULTIPOLYGON(((46 40,88 56,88 40,46 56,46 40)))")]),
    "null_and_good": lambda: _polygons([("Kazakhstan", None), ("Kazakhstan", KAZAKHSTAN_BOX)]),
    "beyond_projection": _beyond_projection,
    "empty_layer": lambda: _polygons([]),
}


@pytest.mark.parametrize("borders", list(HOSTILE_BORDERS))
def test_hostile_country_and_region_layers(tmf_processing, hostile, tmp_path, borders):
    """Broken borders give a result with every row placed or reported; a self-intersecting border is stopped by
    Processing's invalid-geometry check, naming the feature and the layer."""
    import processing
    from qgis.core import QgsProcessingException, QgsVectorLayer

    layer = HOSTILE_BORDERS[borders]()
    parameters = {"INPUT": str(hostile / "utf16_bom.csv"), "COUNTRY": layer, "COUNTRY_NAME": "Kazakhstan",
                  "REGIONS": layer, "OUTPUT": str(tmp_path / "f.gpkg"), "REPORT": str(tmp_path / "r.csv")}
    if borders == "bowtie":
        with pytest.raises(QgsProcessingException) as error:
            processing.run("tmf:importinventory", parameters)
        assert "Feature (1) from “borders” has invalid geometry" in str(error.value), str(error.value)
        assert not (tmp_path / "f.gpkg").exists()
        return
    results = processing.run("tmf:importinventory", parameters)
    placed = QgsVectorLayer(results["OUTPUT"], "f", "ogr").featureCount()
    assert placed + results["NOT_PLACED"] == 2 and results["REPORTED_ROWS"] == results["NOT_PLACED"]
    if borders in ("null_and_good", "beyond_projection"):
        assert placed == 2


def test_a_huge_text_file_is_refused_before_it_is_read(tmf_processing, tmp_path):
    """A 1 GB file named .csv (sparse: it takes no disk space) is refused by its size, without filling memory."""
    import processing
    from qgis.core import QgsProcessingException

    huge = tmp_path / "one_gigabyte.csv"
    with open(huge, "wb") as handle:
        handle.write(b"tmf_id,name,latitude,longitude\n")
        handle.truncate(2**30)
    with pytest.raises(QgsProcessingException) as error:
        processing.run("tmf:importinventory", {"INPUT": str(huge), "OUTPUT": str(tmp_path / "f.gpkg")})
    assert "one_gigabyte.csv" in str(error.value) and "1024 MB" in str(error.value), str(error.value)


def test_a_pipe_named_csv_is_refused_without_waiting(tmf_processing, tmp_path):
    """Opening a named pipe would wait for a writer for ever; it is refused by what it is."""
    from tmf_plugin.inventory.readers import InventoryReadError, read_source

    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    results, text, _ = _import(pipe, tmp_path / "out")
    assert results is None and "pipe.csv is not a regular file" in text, text
    with pytest.raises(InventoryReadError, match="pipe.csv"):
        read_source(str(pipe))  # what the panel's preview calls


def test_a_pipe_named_csv_through_qgis_process(installed, tmp_path):
    """qgis_process checks layer parameters by opening them; the plugin's INPUT answers for files itself."""
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    try:
        code, _, log = qgis_process.run_algorithm(installed, "tmf:importinventory", INPUT=str(pipe),
                                                  OUTPUT=str(tmp_path / "f.gpkg"))
    except subprocess.TimeoutExpired:
        pytest.fail("qgis_process waited on the pipe")
    assert code == 1 and "pipe.csv is not a regular file" in log, log[-2000:]
