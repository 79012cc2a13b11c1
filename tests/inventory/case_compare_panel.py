"""The Inventory section's comparison offscreen: previous file imported, compared, listed, styled, zoomed to."""

from __future__ import annotations

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsVectorLayer

from tests.conftest import fresh_section
from tests.helpers import wait_for
from tests.inventory.test_compare_inventories import NEW_CSV, OLD_CSV


@pytest.fixture()
def section(qgis_iface, tmf_processing):
    from tmf_plugin.inventory.panel import InventorySection

    with fresh_section(InventorySection, qgis_iface) as widget:
        yield widget


def test_compare_with_the_previous_file_lists_styles_and_zooms(section, qgis_iface):
    section.file.setFilePath(str(NEW_CSV))
    section.run_button.click()
    wait_for(lambda: section.run is None)
    new = section.workflow.layer("facilities")
    assert new.featureCount() == 7
    box = section.comparison
    box.file.setFilePath(str(OLD_CSV))
    box.compare_button.click()
    assert not box.compare_button.isEnabled() and section.cancel_button.isEnabled()
    wait_for(lambda: section.run is None)
    assert box.status.text() == "1 added, 1 removed, 3 changed, 2 unchanged, 1 without a unique ID."
    layer = section.workflow.layer("changes")
    assert layer is box.changes_layer and layer.featureCount() == 8
    assert layer.renderer().type() == "categorizedSymbol" and layer.renderer().classAttribute() == "change"
    assert {c.value() for c in layer.renderer().categories()} >= {"added", "removed", "changed", "unchanged"}
    group = QgsProject.instance().layerTreeRoot().findGroup("TMF Safety")
    assert group.findLayer(layer.id()) is not None and group.findLayer(box.changes_report.id()) is not None
    rows = [[box.table.item(r, c).text() for c in range(4)] for r in range(box.table.rowCount())]
    assert rows == [["KZ-06", "Хвостохранилище Новое", "added", ""],
                    ["KZ-05", "Хвостохранилище Старое", "removed", ""],
                    ["KZ-02", "Хвостохранилище Север", "changed", "status"],
                    ["KZ-03", "Хвостохранилище Запад", "changed", "volume_m3, location"],
                    ["KZ-07", "Хвостохранилище Новое-2", "changed", "operator"],
                    ["", "Хвостохранилище Восток", "unmatched", ""]]
    # Clicking the removed facility zooms to its old place and selects it.
    canvas = qgis_iface.mapCanvas()
    box.table.cellClicked.emit(1, 0)
    # The canvas may be in the Kazakhstan conic (a new project after a job) or in degrees: compare in degrees.
    to_degrees = QgsCoordinateTransform(canvas.mapSettings().destinationCrs(),
                                        QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    extent = to_degrees.transformBoundingBox(canvas.extent())
    assert extent.height() < 0.5 and extent.center().y() == pytest.approx(49 + 50 / 60, abs=0.01)
    assert extent.center().x() == pytest.approx(82 + 50 / 60, abs=0.01)
    assert [f["tmf_id"] for f in layer.selectedFeatures()] == ["KZ-05"]
    value, found = QgsProject.instance().readEntry("tmf_safety", "inventory/previous_file", "")
    assert found and value == str(OLD_CSV)


def test_a_loaded_facility_layer_is_compared_without_import(section):
    import processing

    old = processing.run("tmf:importinventory", {"INPUT": str(OLD_CSV), "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    old.setName("previous facilities")
    QgsProject.instance().addMapLayer(old)
    section.file.setFilePath(str(NEW_CSV))
    section.run_button.click()
    wait_for(lambda: section.run is None)
    section.comparison.file.setFilePath("")
    section.comparison.layer.setLayer(old)
    section.comparison.compare_button.click()
    wait_for(lambda: section.run is None)
    assert section.comparison.table.rowCount() == 6
    assert isinstance(section.comparison.changes_layer, QgsVectorLayer)


def test_without_a_previous_inventory_the_user_is_told(section):
    section.file.setFilePath(str(NEW_CSV))
    section.run_button.click()
    wait_for(lambda: section.run is None)
    section.comparison.compare_button.click()
    assert section.run is None and section.comparison.changes_layer is None
