"""End-to-end in the real QGIS desktop: the packaged plugin's dock runs the four jobs on the sample data."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from tests.desktop import python_errors, run_desktop

pytestmark = [
    pytest.mark.desktop,
    pytest.mark.skipif(shutil.which("qgis") is None, reason="the QGIS desktop application is not installed"),
]


def test_dock_runs_the_workflow_and_the_window_stays_responsive(tmp_path, output_dir):
    sheets = tmp_path / "sheets"
    result, log = run_desktop(tmp_path, f"""
        import time
        import qgis.utils
        from qgis.core import QgsProject
        from qgis.PyQt.QtCore import Qt, QTimer
        from qgis.PyQt.QtWidgets import QDockWidget, QPushButton
        plugin = qgis.utils.plugins["tmf_safety"]
        iface.mainWindow().resize(1600, 1000)
        plugin.action.trigger()
        dock = iface.mainWindow().findChild(QDockWidget, "TmfSafetyDock")
        iface.mainWindow().resizeDocks([dock], [460], Qt.Orientation.Horizontal)
        # A timer that only fires when the event loop runs: ticks during a job prove the window is not frozen.
        ticks = {{"during_job": 0, "total": 0}}
        def tick():
            ticks["total"] += 1
            if any(section.run is not None and section.run.running for section in dock.sections):
                ticks["during_job"] += 1
        timer = QTimer()
        timer.timeout.connect(tick)
        timer.start(20)
        outcome = []
        dock.run_all({str(sheets)!r})
        dock.run_all_job.finished.connect(lambda ok, message: outcome.append((ok, message)))
        deadline = time.monotonic() + 600
        while not outcome and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)
        timer.stop()
        result["outcome"] = outcome
        result["ticks"] = ticks
        layers = {{layer.name(): layer.featureCount() for layer in QgsProject.instance().mapLayers().values()}}
        result["layers"] = layers
        result["flags"] = [f["tb_flag"] for f in dock.workflow.layer("flagged").getFeatures()]
        result["group"] = [n.name() for n in QgsProject.instance().layerTreeRoot().findGroup("TMF Safety").children()]
        result["layouts"] = [l.name() for l in QgsProject.instance().layoutManager().layouts()]
        # The plugin itself brought the facilities into view, in the Kazakhstan conic (a new project).
        from qgis.core import QgsCoordinateTransform
        flagged, canvas = dock.workflow.layer("flagged"), iface.mapCanvas()
        box = QgsCoordinateTransform(flagged.crs(), canvas.mapSettings().destinationCrs(),
                                     QgsProject.instance()).transformBoundingBox(flagged.extent())
        view = canvas.extent()
        result["canvas"] = {{"crs": QgsProject.instance().crs().toProj(), "contains": view.contains(box),
                             "ratio": min(view.width() / box.width(), view.height() / box.height())}}
        iface.mapCanvas().refreshAllLayers()
        for index in range(dock.toolbox.count()):
            dock.toolbox.setCurrentIndex(index)
            for _ in range(30):
                QApplication.processEvents()
                time.sleep(0.02)
            iface.mainWindow().grab().save({str(output_dir)!r} + f"/desktop_section_{{index + 1}}.png")
    """, timeout=900)
    assert "exception" not in result, result["exception"]
    ok, message = result["outcome"][0]
    assert ok, message
    assert result["ticks"]["during_job"] >= 5  # events were processed while the jobs ran in the background
    flags = result["flags"]
    assert len(flags) == 121 and flags.count("high") >= 1
    assert len(result["group"]) >= 5  # facilities, report, network, summary/paths/corridors, flagged
    assert any("overview" in name.lower() or "sheet" in name.lower() for name in result["layouts"])
    pdfs = sorted(sheets.glob("*.pdf"))
    assert len(pdfs) == 1
    pages = subprocess.run(["pdfinfo", str(pdfs[0])], capture_output=True, text=True, check=True).stdout
    # The overview's table continues on further sheets until all 121 facilities are listed.
    assert int(re.search(r"^Pages:\s+(\d+)$", pages, re.MULTILINE).group(1)) >= 2, pages
    listed = subprocess.run(["pdftotext", str(pdfs[0]), "-"], capture_output=True, text=True, check=True).stdout
    # One row per facility (the overview labels none on the map): 120 with an ID, and the one whose repeated ID the
    # import left empty.
    assert len(re.findall(r"KZ-TMF-\d{3}", listed)) == 120 and "«Дубль»" in listed
    canvas = result["canvas"]
    assert "+proj=lcc" in canvas["crs"] and "+lon_0=68" in canvas["crs"], canvas
    assert canvas["contains"] and canvas["ratio"] < 1.5, canvas
    for index in range(1, 5):
        assert (output_dir / f"desktop_section_{index}.png").stat().st_size > 20_000
    assert python_errors(log) == []
