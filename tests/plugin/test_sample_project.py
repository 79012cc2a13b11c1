"""The shipped sample project opens with every layer valid, through relative paths."""

from __future__ import annotations

import shutil

from tests.conftest import SAMPLE


def test_sample_project_opens_on_its_layers_from_any_folder(qgis_app, tmp_path):
    from qgis.core import QgsProject

    copy = tmp_path / "sample_layers"
    shutil.copytree(SAMPLE, copy)
    project = QgsProject()
    assert project.read(str(copy / "tmf_safety_sample.qgz"))
    layers = list(project.mapLayers().values())
    assert len(layers) == 6
    assert all(layer.isValid() for layer in layers)
    assert all(str(copy) in layer.source() for layer in layers)  # relative paths followed the copy
    inventory = project.mapLayersByName("TMF inventory (illustrative)")[0]
    assert 100 <= inventory.featureCount() <= 140
