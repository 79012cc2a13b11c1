"""The Transboundary section driven offscreen: widgets set, run clicked, styled result, table and summary."""

from __future__ import annotations

import pytest

from tests.helpers import wait_for
from tests.transboundary.conftest import COUNTRIES, INLAND, LOOP, STRAIGHT, facility_layer, network_layer, polygon_layer


@pytest.fixture()
def section(qgis_iface, tmf_processing):
    from qgis.core import QgsProject

    from tmf_plugin.transboundary.panel import TransboundarySection
    from tmf_plugin.ui.workflow import Workflow

    project = QgsProject.instance()
    facilities = facility_layer([("IN", 60.4, 50.21), ("N1", 61.01, 51.2), ("FAR", 61.01, 50.9), ("LOOP", 61.3, 51.61)])
    rivers = network_layer({1: ("", STRAIGHT), 2: ("", LOOP), 3: ("", INLAND)})
    countries = polygon_layer(COUNTRIES)
    project.addMapLayers([facilities, rivers, countries])
    workflow = Workflow()
    widget = TransboundarySection(qgis_iface, workflow)
    yield widget, workflow, facilities, rivers, countries
    widget.shutdown()
    project.removeAllMapLayers()
    project.clear()


def test_panel_flags_in_the_background_and_sorts_by_severity(section):
    from tmf_plugin.ui.results import KEY_PROPERTY

    widget, workflow, facilities, rivers, countries = section
    workflow.publish("facilities", facilities)  # the inventory section hands its layer on
    workflow.publish("rivers", rivers)
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
