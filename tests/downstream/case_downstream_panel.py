"""The "Downstream water bodies" panel section driven offscreen: build a network, trace, table, zoom."""

from __future__ import annotations

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt

from tests.conftest import SAMPLE, fresh_section
from tests.downstream.conftest import OFFSETS, facilities_file, write_network
from tests.helpers import wait_for


@pytest.fixture()
def section(qgis_iface, tmf_processing):
    from tmf_plugin.downstream.panel import DownstreamSection

    with fresh_section(DownstreamSection, qgis_iface) as widget:
        yield widget


def test_trace_fills_the_table_and_zooms_to_a_path(section, qgis_iface, tmp_path):
    network = QgsVectorLayer(write_network(str(tmp_path / "rivers.gpkg")), "rivers", "ogr")
    facilities = QgsVectorLayer(facilities_file(tmp_path), "facilities", "ogr")
    QgsProject.instance().addMapLayers([network, facilities])
    section.workflow.publish("facilities", facilities)
    assert section.facilities.currentLayer() is facilities
    section.rivers.setLayer(network)
    assert "Routable" in section.network_note.text()
    section.max_km.setValue(50)
    section.run_button.click()
    assert section.cancel_button.isEnabled()
    wait_for(lambda: "summary" in section.layers)
    assert section.table.rowCount() == len(OFFSETS)
    rows = {section.table.item(r, 0).text(): r for r in range(section.table.rowCount())}
    assert section.table.item(rows["K-01"], 1).data(Qt.ItemDataRole.UserRole) == "ok"
    assert section.table.item(rows["K-01"], 1).text() == "Traced to the full distance"
    assert section.table.item(rows["K-08"], 1).data(Qt.ItemDataRole.UserRole) == "not snapped"
    legend = {c.value(): c.label() for c in section.layers["summary"].renderer().categories()}
    assert legend["not snapped"] == "No river within the snap distance"
    assert float(section.table.item(rows["K-01"], 5).text()) == pytest.approx(50.0)
    corridors = section.layers["corridors"]
    assert corridors.featureCount() == 5 and section.workflow.layer("paths") is section.layers["paths"]
    area = {f["tmf_id"]: f["area_km2"] for f in corridors.getFeatures()}
    assert area["K-01"] == pytest.approx(100 + 3.14, rel=0.01)
    assert QgsProject.instance().layerTreeRoot().findGroup("TMF Safety") is not None

    qgis_iface.mapCanvas().resize(600, 400)
    section.zoom_to_row(rows["K-01"])
    paths = section.layers["paths"]
    assert len(paths.selectedFeatureIds()) > 0
    extent = qgis_iface.mapCanvas().extent()
    selected = paths.boundingBoxOfSelected()
    assert extent.width() < 5 * max(selected.width(), selected.height()) + 1
    assert extent.contains(selected.center())
    value, found = QgsProject.instance().readEntry("tmf_safety", "downstream/max_km", "")
    assert found and float(value) == 50


def test_build_network_from_plain_lines(section, tmp_path):
    lines = QgsVectorLayer(str(SAMPLE / "rivers.gpkg"), "rivers", "ogr")
    lakes = QgsVectorLayer(str(SAMPLE / "lakes.gpkg"), "lakes", "ogr")
    QgsProject.instance().addMapLayers([lines, lakes])
    section.rivers.setLayer(lines)
    assert "build a network" in section.network_note.text()
    section.outlets.setLayer(lakes)
    section.build_button.click()
    wait_for(lambda: section.workflow.layer("rivers") is not None)
    network = section.rivers.currentLayer()
    assert network is section.workflow.layer("rivers")
    assert network.fields().lookupField("NEXT_DOWN") >= 0 and network.featureCount() > 65
    assert "Routable" in section.network_note.text()


def test_receptors_default_to_the_bundled_settlements_and_fill_the_table(section, tmp_path):
    from tests.downstream.conftest import utm

    assert section.receptors.currentText() == section.bundled_text
    assert section.population.currentField() == "POP_MAX"
    network = QgsVectorLayer(write_network(str(tmp_path / "rivers.gpkg")), "rivers", "ogr")
    facilities = QgsVectorLayer(facilities_file(tmp_path), "facilities", "ogr")
    towns = QgsVectorLayer("Point?crs=EPSG:32642&field=name:string&field=population:integer", "towns", "memory")
    town = QgsFeature(towns.fields())
    town.setGeometry(QgsGeometry.fromPointXY(utm(-1, 290)))  # 1 km west of the main stem, 10 km below K-01
    town.setAttributes(["Riverside", 12000])
    towns.dataProvider().addFeatures([town])
    QgsProject.instance().addMapLayers([network, facilities, towns])
    section.facilities.setLayer(facilities)
    section.rivers.setLayer(network)
    assert section.parameters()["RECEPTORS"].endswith("places.gpkg")
    section.receptors.setLayer(towns)
    assert section.population.currentField() == "population"
    section.run_button.click()
    wait_for(lambda: "summary" in section.layers)
    rows = {section.table.item(r, 0).text(): r for r in range(section.table.rowCount())}
    assert section.table.item(rows["K-01"], 6).text() == "Riverside"
    assert float(section.table.item(rows["K-01"], 7).text()) == pytest.approx(10.0, abs=0.1)
    assert section.table.item(rows["K-01"], 8).text().replace("\u202f", "") == "12000"
    receptors = section.layers["receptors"]
    assert sorted(f["tmf_id"] for f in receptors.getFeatures()) == ["K-01", "K-04"]  # the paths passing it
    assert receptors.labelsEnabled() and receptors.labeling().settings().fieldName == '"receptor"'
    group = QgsProject.instance().layerTreeRoot().findGroup("TMF Safety")
    assert group.findLayer(receptors.id()) is not None
    # The transboundary section names receptors across the border from the layer this trace read.
    assert section.workflow.layer("receptors_input") is towns
    section.receptors.setLayer(None)
    assert "RECEPTORS" not in section.parameters()
