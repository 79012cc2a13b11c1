"""Receptors downstream through the Python API and the command line: the same rows as tmf:tracedownstream."""

from __future__ import annotations

import pytest
from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter, QgsVectorLayer

from tests.downstream.test_receptors_exact import facility, point_receptors, river
from tests.plugin.test_cli import run_cli

gpd = pytest.importorskip("geopandas")


def write(layer: QgsVectorLayer, path) -> str:
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    return str(path)


def test_api_returns_the_receptors_frame(tmf_processing):
    from tmf_plugin import api

    result = api.trace_downstream(facility(), river(), snap_distance_m=500, receptors=point_receptors(),
                                  population_field="pop")
    receptors = result["receptors"].set_index("receptor")
    assert sorted(receptors.index) == ["Alpha", "Beta", "Delta", "Epsilon"]
    assert receptors.loc["Alpha", "km_downstream"] == pytest.approx(10, abs=0.002)
    assert receptors.loc["Alpha", "population"] == 1000
    assert result["receptors"].crs.to_epsg() == 4326
    assert result["summary"].loc[0, "receptors_n"] == 4 and result["summary"].loc[0, "population"] == 1300
    without = api.trace_downstream(facility(), river(), snap_distance_m=500)
    assert len(without["receptors"]) == 0


def test_cli_writes_the_receptors_layer(qgis_app, tmp_path):
    rivers, towns = write(river(), tmp_path / "river.gpkg"), write(point_receptors(), tmp_path / "towns.gpkg")
    places, out = write(facility(), tmp_path / "facility.gpkg"), tmp_path / "downstream.gpkg"
    completed = run_cli("trace", places, rivers, "--snap-distance-m", "500", "--receptors", towns,
                        "--receptor-distance-m", "1500", "--population-field", "pop", "--out", str(out))
    assert completed.returncode == 0, completed.stderr
    layer = QgsVectorLayer(f"{out}|layername=downstream_receptors", "receptors", "ogr")
    assert [(f["receptor"], f["population"]) for f in layer.getFeatures()] == [("Alpha", 1000)]
