"""The Map sheets section of the dock: preview the first sheet, then export in the background and open the folder."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.helpers import wait_for

DATA = ROOT / "tests" / "data" / "mapsheets"

pytestmark = pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils not installed")


@pytest.fixture()
def section(qgis_iface, tmf_processing):
    from qgis.core import QgsProject, QgsVectorLayer

    from tmf_plugin.mapsheets.panel import MapSheetsSection
    from tmf_plugin.ui.workflow import Workflow

    project = QgsProject.instance()
    facilities = QgsVectorLayer(str(DATA / "facilities.geojson"), "flagged facilities", "ogr")
    paths = QgsVectorLayer(str(DATA / "paths.geojson"), "downstream paths", "ogr")
    project.addMapLayers([facilities, paths])
    workflow = Workflow()
    widget = MapSheetsSection(iface=qgis_iface, workflow=workflow)
    workflow.publish("flagged", facilities)
    workflow.publish("paths", paths)
    yield widget, facilities
    widget.shutdown()
    project.removeAllMapLayers()
    for layout in project.layoutManager().layouts():
        project.layoutManager().removeLayout(layout)


def choose(combo, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_preview_then_export_a_kazakh_facility_atlas(section, tmp_path):
    from qgis.core import QgsProject

    widget, facilities = section
    assert widget.facilities.currentLayer() is facilities  # taken from the transboundary step
    choose(widget.kind, "facility")
    choose(widget.language, "kk")
    choose(widget.format, "pdf")
    widget.title_edit.setText("Қалдық қоймалары жөніндегі жұмыс тобы")
    widget.dpi.setValue(72)
    widget.folder.setFilePath(str(tmp_path / "out"))

    widget.preview_button.click()
    assert widget.cancel_button.isEnabled()  # running in the background, cancellable
    wait_for(lambda: widget.run is None, 120, widget.status.text)
    assert widget.preview.pixmap() is not None and not widget.preview.pixmap().isNull(), widget.status.text()
    assert Path(widget.preview_path).suffix == ".png"
    assert QgsProject.instance().layoutManager().layouts() == []  # a preview does not touch the project

    widget.export_button.click()
    wait_for(lambda: widget.run is None, 120, widget.status.text)
    assert widget.open_button.isEnabled(), widget.status.text()
    assert len(widget.files) == 1
    pdf = Path(widget.files[0])
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) == 7
    content = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Қалдық қоймалары жөніндегі жұмыс тобы" in content and "7-парақ, барлығы 7" in content
    layouts = [layout.name() for layout in QgsProject.instance().layoutManager().layouts()]
    assert layouts == ["TMF Safety sheets: facility (kk, A4 landscape)"]
    # The choices are remembered in the project.
    assert QgsProject.instance().readEntry("tmf_safety", "mapsheets/language")[0] == "kk"


def test_cancel_stops_a_per_sheet_export(section, tmp_path):
    widget, _ = section
    choose(widget.kind, "facility")
    choose(widget.format, "pdfs")
    widget.dpi.setValue(72)
    widget.folder.setFilePath(str(tmp_path / "out"))
    widget.export_button.click()
    widget.cancel_button.click()
    wait_for(lambda: widget.run is None, 120, widget.status.text)
    written = list((tmp_path / "out").glob("*.pdf")) if (tmp_path / "out").exists() else []
    assert len(written) < 7
    assert not list((tmp_path / "out").glob("*.part*")) if (tmp_path / "out").exists() else True
