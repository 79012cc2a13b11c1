"""The plugin loads through classFactory, shows its dock with four sections and unloads without residue."""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QAction, QDockWidget

import tmf_plugin

ALGORITHM_IDS = {
    "tmf:importinventory",
    "tmf:hazardindex",
    "tmf:compareinventories",
    "tmf:buildrivernetwork",
    "tmf:tracedownstream",
    "tmf:flagtransboundary",
    "tmf:exportmapsheets",
}


def _tmf_algorithms() -> set[str]:
    provider = QgsApplication.processingRegistry().providerById("tmf")
    return {alg.id() for alg in provider.algorithms()} if provider else set()


def _own_widgets(window) -> tuple[list, list]:
    docks = [d for d in window.findChildren(QDockWidget) if d.objectName() == "TmfSafetyDock"]
    actions = [a for a in window.findChildren(QAction) if a.objectName() == "TmfSafetyAction"]
    return docks, actions


def test_plugin_loads_shows_dock_and_unloads_cleanly(qgis_app, qgis_iface, qgis_processing):
    had_provider = QgsApplication.processingRegistry().providerById("tmf") is not None
    plugin = tmf_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        assert ALGORITHM_IDS <= _tmf_algorithms()
        plugin.action.trigger()
        docks, actions = _own_widgets(qgis_iface.mainWindow())
        assert len(docks) == 1 and len(actions) == 1
        dock = docks[0]
        assert dock.windowTitle() == "TMF Safety"
        assert dock.section_titles() == ["Inventory", "Downstream water bodies", "Transboundary", "Map sheets"]
        assert not dock.isHidden()  # the stub main window is never shown, so ask the dock itself
        plugin.action.trigger()  # the same button hides it again
        assert dock.isHidden()
        assert not plugin.action.isChecked()
    finally:
        plugin.unload()
    QgsApplication.processEvents()
    QgsApplication.sendPostedEvents(None, 0)  # run deleteLater
    docks, actions = _own_widgets(qgis_iface.mainWindow())
    assert docks == [] and actions == []
    if not had_provider:
        assert QgsApplication.processingRegistry().providerById("tmf") is None


def test_provider_lists_the_public_ids(tmf_processing):
    assert _tmf_algorithms() == ALGORITHM_IDS
    for alg in tmf_processing.algorithms():
        assert alg.displayName() and alg.group() and alg.shortHelpString(), alg.id()
        assert alg.createInstance().name() == alg.name()


def test_metadata_has_what_the_plugin_repository_requires():
    from configparser import ConfigParser

    from tests.conftest import ROOT

    parser = ConfigParser()
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    general = parser["general"]
    for key in ("name", "description", "about", "version", "qgisMinimumVersion", "author", "email",
                "tracker", "repository", "tags", "icon"):
        assert general.get(key, "").strip(), key
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["qgisMaximumVersion"] == "4.99"
    assert general["hasProcessingProvider"] == "yes"
    assert (ROOT / general["icon"]).suffix == ".svg" and (ROOT / general["icon"]).exists()
