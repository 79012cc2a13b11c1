"""The Transboundary section driven offscreen: widgets set, run clicked, styled result, table and summary."""

from __future__ import annotations

import pytest

from tests.helpers import wait_for
from tests.transboundary.conftest import COUNTRIES, INLAND, LOOP, STRAIGHT, facility_layer, network_layer, polygon_layer


def receptor_layer(rows):
    """Settlements as a memory point layer with a name field from (name, lon, lat) rows."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "settlements", "memory")
    features = []
    for name, x, y in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


@pytest.fixture()
def section(qgis_iface, tmf_processing):
    from qgis.core import QgsProject

    from tmf_plugin.transboundary.panel import TransboundarySection
    from tmf_plugin.ui.workflow import Workflow

    project = QgsProject.instance()
    facilities = facility_layer([("IN", 60.4, 50.21), ("N1", 61.01, 51.2), ("FAR", 61.01, 50.9), ("LOOP", 61.3, 51.61)])
    rivers = network_layer({1: ("", STRAIGHT), 2: ("", LOOP), 3: ("", INLAND)})
    countries = polygon_layer(COUNTRIES)
    receptors = receptor_layer([("Hometown", 61.01, 51.9), ("Farville", 61.05, 52.04), ("Nordtown", 61.03, 52.08)])
    project.addMapLayers([facilities, rivers, countries, receptors])
    workflow = Workflow()
    widget = TransboundarySection(qgis_iface, workflow)
    widget.receptors_layer = receptors
    yield widget, workflow, facilities, rivers, countries
    widget.shutdown()
    project.removeAllMapLayers()
    project.clear()


def test_panel_flags_in_the_background_and_sorts_by_severity(section):
    from tmf_plugin.ui.results import KEY_PROPERTY

    widget, workflow, facilities, rivers, countries = section
    workflow.publish("facilities", facilities)  # the inventory section hands its layer on
    workflow.publish("rivers", rivers)
    # The downstream section hands on the receptors it traced with, and its distance is in the project: 3 km
    # leaves out Farville (3.4 km from the river), which the algorithm's default 5 km would name first.
    workflow.publish("receptors_input", widget.receptors_layer)
    from qgis.core import QgsProject

    QgsProject.instance().writeEntry("tmf_safety", "downstream/receptor_m", "3000")
    assert widget.facilities.currentLayer() is facilities and widget.rivers.currentLayer() is rivers
    widget.countries.setLayer(countries)
    widget.country.setText("TST")
    widget.max_km.setValue(100)
    widget.snap_m.setValue(2000)
    widget.names.setPlainText("Irtysh/Ertis\nSyr Darya")
    widget.run_button.click()
    assert not widget.run_button.isEnabled() and widget.cancel_button.isEnabled()
    wait_for(lambda: workflow.layer("flagged") is not None)
    layer = workflow.layer("flagged")
    assert layer.customProperty(KEY_PROPERTY) == "flagged"
    flags = {f["tmf_id"]: f["tb_flag"] for f in layer.getFeatures()}
    assert flags == {"IN": "none", "N1": "high", "FAR": "medium", "LOOP": "high"}
    # Styled by tb_flag, with a legend in words a meeting understands.
    renderer = layer.renderer()
    assert renderer.classAttribute() == "tb_flag"
    labels = {c.value(): c.label() for c in renderer.categories()}
    assert labels["high"].startswith("High") and "leaves the country" in labels["high"]
    # Table: most severe first, the nearer border first among the high ones.
    ids = [widget.table.item(row, 0).text() for row in range(widget.table.rowCount())]
    assert ids == ["LOOP", "N1", "FAR", "IN"]
    assert widget.table.item(0, 5).text() == "Northland"
    # tb_reason names the first receptor across the border (Hometown is upstream of it), in the table's tooltip too.
    reasons = {f["tmf_id"]: f["tb_reason"] for f in layer.getFeatures()}
    assert "The first receptor across the border is Nordtown, " in reasons["N1"], reasons["N1"]
    assert "Farville" not in reasons["N1"] and "Hometown" not in reasons["N1"]
    assert "first receptor" not in reasons["LOOP"] and "first receptor" not in reasons["FAR"]
    assert widget.table.item(1, 0).toolTip() == reasons["N1"]
    assert widget.summary.text() == "2 high, 1 medium, 1 none"
    assert widget.run_button.isEnabled() and not widget.cancel_button.isEnabled()
    # Zoom to: the map centres on the facility and it is selected.
    widget.table.selectRow(1)
    widget.zoom_button.click()
    assert layer.selectedFeatureIds() and layer.getFeature(layer.selectedFeatureIds()[0])["tmf_id"] == "N1"
    # The settings are remembered in the project.
    from qgis.core import QgsProject

    assert QgsProject.instance().readEntry("tmf_safety", "transboundary/country")[0] == "TST"
    assert QgsProject.instance().readEntry("tmf_safety", "transboundary/names")[0] == "Irtysh/Ertis, Syr Darya"
    assert float(QgsProject.instance().readEntry("tmf_safety", "transboundary/snap_m")[0]) == 2000


def test_bundled_receptors_are_passed_by_file(section):
    """The bundled settlements are not a project layer: the algorithm gets their file."""
    from qgis.core import QgsProject, QgsVectorLayer

    from tests.conftest import SAMPLE

    widget, workflow, *_ = section
    assert widget.receptor_parameters() == {}
    places = QgsVectorLayer(str(SAMPLE / "places.gpkg"), "places", "ogr")
    workflow.publish("receptors_input", places)
    assert QgsProject.instance().readEntry("tmf_safety", "downstream/receptor_m", "")[0] == ""
    assert widget.receptor_parameters() == {"RECEPTORS": places.source(), "RECEPTOR_DISTANCE_M": 5000.0}


def test_panel_reports_a_bad_country_without_a_popup(section):
    widget, workflow, facilities, rivers, countries = section
    widget.facilities.setLayer(facilities)
    widget.rivers.setLayer(rivers)
    widget.countries.setLayer(countries)
    widget.country.setText("Atlantis")
    widget.run_button.click()
    wait_for(lambda: widget.run_button.isEnabled())
    assert workflow.layer("flagged") is None
    assert "Atlantis" in widget.summary.text()
