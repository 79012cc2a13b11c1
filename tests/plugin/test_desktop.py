"""End-to-end: the packaged plugin in the real QGIS desktop under Xvfb shows the TMF Safety dock."""

from __future__ import annotations

import shutil

import pytest

from tests.desktop import python_errors, run_desktop

pytestmark = [
    pytest.mark.desktop,
    pytest.mark.skipif(shutil.which("qgis") is None, reason="the QGIS desktop application is not installed"),
]


def test_packaged_plugin_shows_dock_in_desktop(tmp_path, output_dir):
    shot = output_dir / "desktop_dock.png"
    result, log = run_desktop(tmp_path, f"""
        import qgis.utils
        from qgis.core import QgsApplication
        from qgis.PyQt.QtWidgets import QDockWidget
        result["loaded"] = "tmf_safety" in qgis.utils.plugins
        plugin = qgis.utils.plugins["tmf_safety"]
        plugin.action.trigger()
        for _ in range(20):
            QApplication.processEvents()
        dock = iface.mainWindow().findChild(QDockWidget, "TmfSafetyDock")
        result["dock_visible"] = bool(dock and dock.isVisible())
        result["sections"] = dock.section_titles() if dock else []
        provider = QgsApplication.processingRegistry().providerById("tmf")
        result["algorithms"] = sorted(a.id() for a in provider.algorithms()) if provider else []
        result["saved"] = iface.mainWindow().grab().save({str(shot)!r})
    """)
    assert "exception" not in result, result["exception"]
    assert result["loaded"] and result["dock_visible"]
    assert result["sections"] == ["Inventory", "Downstream water bodies", "Transboundary", "Map sheets"]
    assert len(result["algorithms"]) == 7
    assert result["saved"] and shot.stat().st_size > 10_000
    assert python_errors(log) == []
