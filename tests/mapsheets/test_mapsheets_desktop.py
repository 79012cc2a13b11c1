"""End-to-end: in the real QGIS desktop the Map sheets section previews and exports a Russian atlas."""

from __future__ import annotations

import shutil

import pytest

from tests.desktop import python_errors, run_desktop
from tests.mapsheets.conftest import DATA, IDS, pdf_pages, pdf_text

pytestmark = [
    pytest.mark.desktop,
    pytest.mark.skipif(shutil.which("qgis") is None or shutil.which("pdfinfo") is None,
                       reason="the QGIS desktop application or poppler-utils is not installed"),
]


def test_map_sheets_section_exports_in_the_desktop(tmp_path, output_dir):
    shot = output_dir / "desktop_mapsheets.png"
    out = tmp_path / "sheets"
    result, log = run_desktop(tmp_path, f"""
        import time
        import qgis.utils
        from qgis.core import QgsProject, QgsVectorLayer
        from qgis.PyQt.QtWidgets import QDockWidget
        plugin = qgis.utils.plugins["tmf_safety"]
        plugin.action.trigger()
        dock = iface.mainWindow().findChild(QDockWidget, "TmfSafetyDock")
        layer = QgsVectorLayer({str(DATA / "facilities.geojson")!r}, "flagged facilities", "ogr")
        QgsProject.instance().addMapLayer(layer)
        dock.workflow.publish("flagged", layer)
        section = dock.sections[3]
        dock.toolbox.setCurrentWidget(section)
        section.language.setCurrentIndex(section.language.findData("ru"))
        section.kind.setCurrentIndex(section.kind.findData("facility"))
        section.format.setCurrentIndex(section.format.findData("pdf"))
        section.title_edit.setText("Рабочая группа")
        section.dpi.setValue(72)
        section.folder.setFilePath({str(out)!r})

        def wait():
            deadline = time.monotonic() + 180
            while section.run is not None and time.monotonic() < deadline:
                QApplication.processEvents()
                time.sleep(0.02)

        section.preview_button.click()
        wait()
        result["preview"] = bool(section.preview.pixmap() and not section.preview.pixmap().isNull())
        section.export_button.click()
        result["responsive"] = section.cancel_button.isEnabled()
        wait()
        result["files"] = section.files
        result["status"] = section.status.text()
        result["layouts"] = [l.name() for l in QgsProject.instance().layoutManager().layouts()]
        for _ in range(10):
            QApplication.processEvents()
        result["saved"] = iface.mainWindow().grab().save({str(shot)!r})
    """)
    assert "exception" not in result, result["exception"]
    assert result["preview"] and result["responsive"]
    assert result["files"] == [str(out / "facility_sheets_ru.pdf")], result["status"]
    pdf = out / "facility_sheets_ru.pdf"
    assert pdf_pages(pdf) == len(IDS)
    text = pdf_text(pdf)
    assert "Рабочая группа" in text and f"Лист {len(IDS)} из {len(IDS)}" in text
    assert result["layouts"] == ["TMF Safety sheets: facility (ru, A4 landscape)"]
    assert (out / "sheet_layers_facility_ru_A4_landscape.gpkg").exists()  # the layout survives saving the project
    assert python_errors(log) == []
