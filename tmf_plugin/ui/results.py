"""Result layers in the project: one "TMF Safety" group, styled, replaced rather than duplicated on re-runs."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsRectangle, QgsVectorLayer

from ..i18n import tr
from ..mapsheets.coverage import SHEET_CRS_PROJ
from ..paths import resource, sample_layers_dir

GROUP_NAME = "TMF Safety"
KEY_PROPERTY = "tmf_safety/result"
FACILITY_KEYS = ("flagged", "facilities")  # the latest facilities first: flagged, else imported / scored
MIN_VIEW_M = 50_000.0  # one facility alone is shown with 50 km around it


def output_path(key: str, suffix: str = ".gpkg") -> str:
    """A fresh file path for a panel run's output, outside the plugin folder and the user's inputs."""
    folder = Path(tempfile.gettempdir()) / "tmf_safety"
    folder.mkdir(parents=True, exist_ok=True)
    return str(folder / f"{key}_{time.strftime('%Y%m%d_%H%M%S')}_{time.monotonic_ns() % 100000}{suffix}")


def result_group(project: QgsProject | None = None):
    """The "TMF Safety" layer group, created at the top of the layer tree when missing."""
    project = project or QgsProject.instance()
    root = project.layerTreeRoot()
    group = root.findGroup(GROUP_NAME)
    if group is None:
        group = root.insertGroup(0, GROUP_NAME)
    return group


def add_result_layer(layer, key: str, style: str | None = None, project: QgsProject | None = None, legend=None):
    """Add a result layer to the group, replacing the earlier layer of the same key; apply a QML style whose
    categories `legend(value)` names in the user's language."""
    project = project or QgsProject.instance()
    if not layer.isValid():
        raise ValueError(tr("The result layer {name} could not be opened.").format(name=layer.name()))
    for old in list(project.mapLayers().values()):
        if old.customProperty(KEY_PROPERTY) == key:
            project.removeMapLayer(old.id())
    if style:
        qml = resource("styles", style)
        if qml.exists():
            layer.loadNamedStyle(str(qml))
            if legend is not None:
                translate_legend(layer, legend)
    layer.setCustomProperty(KEY_PROPERTY, key)
    project.addMapLayer(layer, False)
    result_group(project).insertLayer(0, layer)
    return layer


def load_result(path: str, name: str, key: str, style: str | None = None, layer_name: str | None = None,
                legend=None):
    """Open a written output (optionally one layer of a GeoPackage) and add it as a result layer."""
    uri = f"{path}|layername={layer_name}" if layer_name else path
    return add_result_layer(QgsVectorLayer(uri, name, "ogr"), key, style, legend=legend)


def translate_legend(layer, label_of) -> None:
    """The QML files carry English legend labels; label each category by its value in the user's language."""
    renderer = layer.renderer()
    if renderer is None or not hasattr(renderer, "categories"):
        return
    for index, category in enumerate(renderer.categories()):
        renderer.updateCategoryLabel(index, label_of(category.value()))


def added_by_plugin(layer) -> bool:
    """Whether a layer is a result of the plugin or one of its sample layers (not the user's own data)."""
    if layer.customProperty(KEY_PROPERTY):
        return True
    return layer.source().split("|")[0].replace("\\", "/").startswith(str(sample_layers_dir()).replace("\\", "/"))


def show_results(canvas, project: QgsProject | None = None) -> bool:
    """Zoom the map canvas to the facilities of the latest result; in a project of nothing but the plugin's layers
    still in degrees (a new project takes EPSG:4326 from the first layer), switch to the Kazakhstan conic first.
    A project CRS the user chose, or one with their own layers, is kept."""
    project = project or QgsProject.instance()
    layers = list(project.mapLayers().values())
    facilities = next((layer for key in FACILITY_KEYS for layer in layers
                       if layer.customProperty(KEY_PROPERTY) == key and layer.isValid()), None)
    if facilities is None or canvas is None or facilities.featureCount() == 0:
        return False
    if all(added_by_plugin(layer) for layer in layers) and (not project.crs().isValid() or
                                                             project.crs().isGeographic()):
        project.setCrs(QgsCoordinateReferenceSystem.fromProj(SHEET_CRS_PROJ))
    crs = project.crs() if project.crs().isValid() else canvas.mapSettings().destinationCrs()
    if canvas.mapSettings().destinationCrs() != crs:
        canvas.setDestinationCrs(crs)
    facilities.updateExtents()
    extent = QgsCoordinateTransform(facilities.crs(), crs, project.transformContext()).transformBoundingBox(
        facilities.extent())
    if not crs.isGeographic():
        centre = extent.center()
        half_w, half_h = max(extent.width(), MIN_VIEW_M) / 2, max(extent.height(), MIN_VIEW_M) / 2
        extent = QgsRectangle(centre.x() - half_w, centre.y() - half_h, centre.x() + half_w, centre.y() + half_h)
    extent.scale(1.1)
    canvas.setExtent(extent)
    canvas.refresh()
    return True
