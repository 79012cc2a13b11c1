"""The "Inventory" panel section driven offscreen: detected mapping, import in the background, report, THI."""

from __future__ import annotations

import json

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from tests.conftest import ROOT, SAMPLE, fresh_section
from tests.helpers import wait_for

DATA = ROOT / "tests" / "data" / "inventory"
MESSY_TRUTH = json.loads((DATA / "messy_truth.json").read_text(encoding="utf-8"))


@pytest.fixture()
def section(qgis_iface, tmf_processing):
    from tmf_plugin.inventory.panel import InventorySection

    with fresh_section(InventorySection, qgis_iface) as widget:
        yield widget


def test_import_the_messy_file_shows_mapping_report_and_counts(section):
    countries = QgsVectorLayer(str(SAMPLE / "countries.gpkg"), "countries", "ogr")
    regions = QgsVectorLayer(str(SAMPLE / "regions.gpkg"), "regions", "ogr")
    QgsProject.instance().addMapLayers([countries, regions])
    section.file.setFilePath(str(SAMPLE / "tmf_inventory_messy.csv"))
    # The detected mapping is shown, one editable combo per field.
    assert section.column_combos["name"].currentText() == "Наименование"
    assert section.column_combos["latitude"].currentText() == "Широта"
    assert section.column_combos["volume_m3"].currentText() == "Объём хвостов, м3"
    assert "Windows-1251" in section.source_note.text() and "row 2" in section.source_note.text()
    from tmf_plugin.inventory.columns import MAPPABLE

    assert section.mapping.item(MAPPABLE.index("name"), 2).text() == MESSY_TRUTH["good"][0]["name"]
    section.country.setLayer(countries)
    section.regions.setLayer(regions)
    published = []
    section.workflow.changed.connect(published.append)
    section.run_button.click()
    assert section.cancel_button.isEnabled()
    wait_for(lambda: section.run is None)
    good = len(MESSY_TRUTH["good"])
    assert section.status.text().startswith(f"{good + 1} placed, 6 reported")
    layer = section.workflow.layer("facilities")
    assert published == ["facilities"] and layer is section.facilities_layer
    assert layer.featureCount() == good + 1
    assert layer.renderer().type() == "categorizedSymbol" and layer.renderer().classAttribute() == "status"
    assert layer.labelsEnabled() and layer.labeling().settings().minimumScale == 1500000
    group = QgsProject.instance().layerTreeRoot().findGroup("TMF Safety")
    assert group is not None and group.findLayer(layer.id()) is not None
    report_rows = {int(section.report.item(r, 0).text()) for r in range(section.report.rowCount())}
    expected = set(MESSY_TRUTH["bad_rows"].values()) | {MESSY_TRUTH["non_numeric_volume"],
                                                        MESSY_TRUTH["unknown_status"]}
    assert report_rows == expected and section.report.rowCount() == 6
    value, found = QgsProject.instance().readEntry("tmf_safety", "inventory/file", "")
    assert found and value.endswith("tmf_inventory_messy.csv")

    # The hazard index button scores the imported facilities and publishes them again.
    section.hazard_button.click()
    wait_for(lambda: section.run is None)
    scored = section.workflow.layer("facilities")
    assert scored is not layer and "thi" in scored.fields().names()
    assert scored.featureCount() == good + 1
    assert scored.renderer().type() == "graduatedSymbol" and scored.renderer().classAttribute() == "thi"
    complete = [f for f in scored.getFeatures() if f["thi_complete"]]
    assert complete and all(f["thi"] > 0 for f in complete)
    assert "incomplete" in section.status.text()


def test_the_user_changes_the_mapping_before_importing(section):
    section.file.setFilePath(str(DATA / "formats" / "utf8_tab.txt"))
    assert section.column_combos["name"].currentText() == "Name"
    assert section.column_combos["operator"].currentText() == "Operator"
    section.set_column("name", "Operator")
    section.set_column("operator", None)
    assert json.loads(section.parameters()["FIELD_MAP"])["name"] == "Operator"
    section.run_button.click()
    wait_for(lambda: section.run is None)
    layer = section.workflow.layer("facilities")
    operators = {f["name"] for f in layer.getFeatures()}
    assert "ТОО «Восточная Рудная Компания»" in operators
    assert all(str(f["operator"]) == "NULL" or f["operator"] is None for f in layer.getFeatures())


def test_a_loaded_layer_can_be_imported(section):
    layer = QgsVectorLayer(str(DATA / "formats" / "inventory.geojson"), "agency layer", "ogr")
    QgsProject.instance().addMapLayer(layer)
    section.layer.setLayer(layer)
    assert section.column_combos["tmf_id"].currentText() == "tmf_id"
    section.run_button.click()
    wait_for(lambda: section.run is None)
    assert section.workflow.layer("facilities").featureCount() == 6
    assert section.status.text().startswith("6 placed, 0 reported")


def test_without_input_the_user_is_told(section, qgis_iface):
    section.run_button.click()
    assert section.run is None
    assert "Choose" in section.source_note.text()
