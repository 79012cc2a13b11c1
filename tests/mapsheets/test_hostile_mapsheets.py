"""Hostile inputs for tmf:exportmapsheets: facility IDs that look like paths, NULL and NaN positions, and a run
cancelled half-way; sheets land only in OUTPUT_FOLDER, each file complete or absent."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from qgis.core import QgsProcessingFeedback

HOSTILE_IDS = ["../../escape", "/etc/passwd", "..", "a/b\\c", "CON", "ok-1", "tab\there", "кириллица:*?"]


def facilities(ids, extra=()):
    """Facility points in Kazakhstan, one per ID, plus (tmf_id, geometry-or-None) extras."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=tmf_id:string(400)&field=name:string", "facilities", "memory")
    features = []
    for n, tmf_id in enumerate(ids):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([tmf_id, f"Facility {n}"])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(66.0 + n, 48.0 + 0.2 * n)))
        features.append(feature)
    for tmf_id, geometry in extra:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([tmf_id, tmf_id])
        if geometry is not None:
            feature.setGeometry(geometry)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


class CancelAfterFirstSheet(QgsProcessingFeedback):
    """Cancels the run as soon as the export reports progress past its first sheet."""

    def __init__(self):
        super().__init__()
        self.progressChanged.connect(self._maybe_cancel)

    def _maybe_cancel(self, percent):
        if percent > 0 and not self.isCanceled():
            self.cancel()


def export(tmp_path: Path, layer, feedback=None, **parameters) -> dict:
    import processing

    values = {"INPUT": layer, "SHEETS": "facility", "LANGUAGE": "en", "FORMAT": "pdfs", "DPI": 72,
              "TITLE": "Hostile", "OUTPUT_FOLDER": str(tmp_path / "sheets"), **parameters}
    return processing.run("tmf:exportmapsheets", values, feedback=feedback)


def everything_under(folder: Path) -> set[Path]:
    return {p.resolve() for p in folder.rglob("*")}


def is_complete_pdf(path: Path) -> bool:
    data = path.read_bytes()
    return data.startswith(b"%PDF") and b"%%EOF" in data[-1024:]


def _exported_inside(tmp_path: Path, ids: list[str]) -> list[Path]:
    """Export one sheet per ID; check every file is a complete PDF directly in OUTPUT_FOLDER and nothing else moved."""
    (tmp_path / "sheets").mkdir()
    outside_before = everything_under(tmp_path) - everything_under(tmp_path / "sheets")
    result = export(tmp_path, facilities(ids))
    folder = (tmp_path / "sheets").resolve()
    files = [Path(p) for p in result["FILES"].split(";") if p]
    assert len(files) == len(set(files)) == len(ids)
    for path in files:
        assert path.resolve().parent == folder, path
        assert is_complete_pdf(path), path
        assert len(path.name.encode("utf-8")) <= 255
    outside_after = everything_under(tmp_path) - everything_under(tmp_path / "sheets")
    assert outside_after == outside_before, "a sheet was written outside OUTPUT_FOLDER"
    return files


def test_ids_that_look_like_paths_stay_inside_the_output_folder(tmf_processing, tmp_path):
    files = _exported_inside(tmp_path, HOSTILE_IDS)
    assert not Path("/etc/passwd.pdf").exists()
    assert "ok-1.pdf" in {p.name for p in files}


def test_a_very_long_id_still_gives_a_sheet(tmf_processing, tmp_path):
    _exported_inside(tmp_path, ["x" * 300, "ok-1"])


def test_a_facility_without_location_is_named(tmf_processing, tmp_path):
    """NULL and NaN positions: the export stops naming the first facility without one, and writes no sheet."""
    from qgis.core import QgsGeometry, QgsPointXY, QgsProcessingException

    layer = facilities(["ok-1", "ok-2"], extra=[("nowhere", None),
                                                ("nan", QgsGeometry.fromPointXY(QgsPointXY(math.nan, math.nan)))])
    with pytest.raises(QgsProcessingException) as error:
        export(tmp_path, layer)
    assert str(error.value) == "Facility nowhere in facilities has no location."
    assert not list(tmp_path.rglob("*.pdf")), "a sheet was written although the export stopped"


def test_a_cancelled_export_leaves_only_complete_files(tmf_processing, tmp_path):
    layer = facilities([f"KZ-{n:03d}" for n in range(6)])
    result = export(tmp_path, layer, feedback=CancelAfterFirstSheet())  # a cancelled export returns what it wrote
    written = [Path(p) for p in (result.get("FILES") or "").split(";") if p]
    folder = tmp_path / "sheets"
    present = [p for p in folder.iterdir()] if folder.exists() else []
    assert not [p for p in present if ".part" in p.name], "a temporary file was left behind"
    sheets = [p for p in present if p.suffix == ".pdf"]
    assert len(sheets) < 6, "the run did not stop when cancelled"
    for path in sheets:
        assert is_complete_pdf(path), path
    assert set(written) <= set(sheets)


@pytest.mark.parametrize("fmt", ["pdf", "png"])
def test_an_empty_facility_layer_is_refused(tmf_processing, tmp_path, fmt):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as error:
        export(tmp_path, facilities([]), FORMAT=fmt)
    assert str(error.value) == "The facilities layer facilities has no features; there is nothing to map."
    assert not [p for p in tmp_path.rglob("*") if p.is_file()], "a file was written although the export stopped"


def test_a_facility_beyond_its_projection_is_named(tmf_processing, tmp_path):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:32642&field=tmf_id:string&field=name:string", "facilities", "memory")
    for tmf_id, x, y in (("ok-1", 500000.0, 5300000.0), ("far", 1e300, -1e300)):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([tmf_id, tmf_id])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        layer.dataProvider().addFeature(feature)
    with pytest.raises(QgsProcessingException) as error:
        export(tmp_path, layer, SHEETS="overview", FORMAT="pdf")
    assert str(error.value) == "Facility far in facilities has no location."
