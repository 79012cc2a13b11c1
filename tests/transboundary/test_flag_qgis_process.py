"""tmf:flagtransboundary from the packaged plugin through the real qgis_process, with files as a batch user has them."""

from __future__ import annotations

import os

import pytest

from tests import qgis_process
from tests.transboundary.conftest import (
    GEOD,
    facility_layer,
    first_exit_truth,
    inside_test,
    kazakhstan_geometry,
    network_layer,
    plain,
    point_along,
    tobol_vertices,
)

pytestmark = pytest.mark.skipif(not os.path.exists(qgis_process.QGIS_PROCESS), reason="qgis_process not installed")


def _write(layer, path):
    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV2(layer, str(path), QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.NoError, error
    return path


def test_flags_from_qgis_process_with_the_shipped_borders(tmp_path, qgis_app):
    from qgis.core import QgsVectorLayer

    tobol = tobol_vertices()
    rows, truth = [], {}
    inside = inside_test(kazakhstan_geometry())
    for km in (300, 460):
        i, (x, y) = point_along(tobol, km)
        fx, fy, _ = GEOD.fwd(x, y, GEOD.inv(*tobol[i], *tobol[i + 1])[0] + 90, 1000)
        rows.append((f"T{km}", fx, fy))
        truth[f"T{km}"] = first_exit_truth(tobol, inside, i, (x, y))
    facilities = _write(facility_layer(rows), tmp_path / "facilities.gpkg")
    rivers = _write(network_layer({7: ("", tobol)}, reach_vertices=8), tmp_path / "hydrorivers.gpkg")
    out = tmp_path / "flagged.gpkg"
    root = qgis_process.profile_with_plugin(tmp_path / "qgis")
    code, payload, text = qgis_process.run_algorithm(
        root, "tmf:flagtransboundary", INPUT=facilities, RIVERS=rivers, MAX_DISTANCE_KM=100, OUTPUT=out)
    assert code == 0, text
    assert payload["results"]["OUTPUT"]
    layer = QgsVectorLayer(str(out), "flagged", "ogr")
    got = {f["tmf_id"]: {k: plain(f[k]) for k in ("tb_flag", "receiving_country", "border_km")}
           for f in layer.getFeatures()}
    assert got["T460"]["tb_flag"] == "high" and got["T460"]["receiving_country"] == "Russia"
    assert got["T460"]["border_km"] == pytest.approx(truth["T460"], rel=0.03)
    assert got["T300"]["tb_flag"] == "medium" and got["T300"]["border_km"] is None
