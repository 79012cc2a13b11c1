"""Result layers in the project: one "TMF Safety" group, styled, replaced rather than duplicated on re-runs."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from qgis.core import QgsProject, QgsVectorLayer

from ..i18n import tr
from ..paths import resource

GROUP_NAME = "TMF Safety"
KEY_PROPERTY = "tmf_safety/result"


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
