"""The dock in Russian and Kazakh in the real QGIS desktop, with screenshots for people to check the wording."""

from __future__ import annotations

import re
import shutil

import pytest

from tests.desktop import python_errors, run_desktop

pytestmark = [
    pytest.mark.desktop,
    pytest.mark.skipif(shutil.which("qgis") is None, reason="the QGIS desktop application is not installed"),
]


@pytest.mark.parametrize("language, letters", [("ru", "[а-яё]"), ("kk", "[әғқңөұүһі]")])
def test_dock_speaks_the_panel_language(tmp_path, output_dir, language, letters):
    shot = output_dir / f"desktop_dock_{language}.png"
    result, log = run_desktop(tmp_path, f"""
        import qgis.utils
        from qgis.core import QgsSettings
        from qgis.PyQt.QtWidgets import QDockWidget, QPushButton
        QgsSettings().setValue("tmf_safety/language", {language!r})
        qgis.utils.reloadPlugin("tmf_safety")
        iface.mainWindow().resize(1600, 1000)
        qgis.utils.plugins["tmf_safety"].action.trigger()
        dock = iface.mainWindow().findChild(QDockWidget, "TmfSafetyDock")
        dock.toolbox.setCurrentIndex(1)
        for _ in range(30):
            QApplication.processEvents()
        result["title"] = dock.windowTitle()
        result["sections"] = dock.section_titles()
        result["run_all"] = dock.run_all_button.text()
        result["labels"] = [w.text() for w in dock.sections[1].findChildren(QPushButton)]
        result["saved"] = iface.mainWindow().grab().save({str(shot)!r})
    """)
    assert "exception" not in result, result["exception"]
    texts = result["sections"] + [result["run_all"]] + result["labels"]
    # Every label in Cyrillic; the language's own letters somewhere (a short Kazakh word may lack them).
    assert all(re.search("[а-яёәғқңөұүһі]", text.lower()) for text in texts if text.strip("…. ")), texts
    assert re.search(letters, " ".join(texts).lower())
    assert result["saved"]
    assert python_errors(log) == []
