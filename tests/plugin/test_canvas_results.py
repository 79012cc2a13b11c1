"""After a job the canvas shows the facilities: in the Kazakhstan conic in a new project, else in the user's CRS."""

from __future__ import annotations

import pytest

from tests.conftest import SAMPLE


@pytest.fixture()
def empty_project(qgis_iface):
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject

    project = QgsProject.instance()
    project.clear()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))  # what a new project takes from its first layer
    qgis_iface.mapCanvas().resize(800, 600)
    yield project
    project.clear()


def _facilities():
    from qgis.core import QgsVectorLayer

    return QgsVectorLayer(f"{SAMPLE / 'tmf_inventory.gpkg'}|layername=tmf_inventory", "Facilities", "ogr")


def _extent_in(crs, layer, project):
    from qgis.core import QgsCoordinateTransform

    return QgsCoordinateTransform(layer.crs(), crs, project.transformContext()).transformBoundingBox(layer.extent())


def test_a_new_project_switches_to_the_kazakhstan_conic_and_zooms_to_the_facilities(empty_project, qgis_iface):
    from tmf_plugin.mapsheets.coverage import sheet_crs
    from tmf_plugin.ui.results import add_result_layer, show_results

    layer = add_result_layer(_facilities(), "facilities", "facilities.qml", project=empty_project)
    canvas = qgis_iface.mapCanvas()
    assert show_results(canvas, empty_project)
    assert empty_project.crs().toProj() == sheet_crs().toProj()
    facilities = _extent_in(empty_project.crs(), layer, empty_project)
    view = canvas.extent()
    assert view.contains(facilities)
    # Kazakhstan, not the world: the facilities fill the view in one direction (the other follows the canvas shape).
    assert min(view.width() / facilities.width(), view.height() / facilities.height()) < 1.3


def test_a_project_with_the_users_own_layers_keeps_its_crs(empty_project, qgis_iface):
    from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

    from tmf_plugin.ui.results import add_result_layer, show_results

    own = QgsVectorLayer("Point?crs=EPSG:32643", "our wells", "memory")
    empty_project.addMapLayer(own)
    empty_project.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    layer = add_result_layer(_facilities(), "facilities", project=empty_project)
    canvas = qgis_iface.mapCanvas()
    assert show_results(canvas, empty_project)
    assert empty_project.crs().authid() == "EPSG:4326"
    assert canvas.extent().contains(_extent_in(empty_project.crs(), layer, empty_project))
    view, facilities = canvas.extent(), _extent_in(empty_project.crs(), layer, empty_project)
    assert min(view.width() / facilities.width(), view.height() / facilities.height()) < 1.3


def test_nothing_moves_without_facilities(empty_project, qgis_iface):
    from tmf_plugin.ui.results import show_results

    assert not show_results(qgis_iface.mapCanvas(), empty_project)
    assert empty_project.crs().authid() == "EPSG:4326"
