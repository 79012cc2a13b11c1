"""On an indexed HydroRIVERS-schema GeoPackage, tmf:flagtransboundary reads only the reaches near the border, the
facilities and their paths; its flags must equal those of the full read of the network."""

from __future__ import annotations

import sys
from pathlib import Path

from tests.conftest import ROOT


def _flags(facilities: Path, rivers: Path) -> list[dict]:
    import processing

    result = processing.run("tmf:flagtransboundary", {
        "INPUT": str(facilities), "RIVERS": f"{rivers}|layername=rivers", "COUNTRY": "KAZ", "OUTPUT": "memory:"})
    layer = result["OUTPUT"]
    names = layer.fields().names()
    return [dict(zip(names, feature.attributes())) for feature in layer.getFeatures()]


def test_reading_only_what_is_needed_gives_the_flags_of_the_full_read(tmf_processing, tmp_path, monkeypatch):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import synthetic

    from tmf_plugin.downstream import learning
    from tmf_plugin.transboundary import analysis, nearest

    rivers, facilities = tmp_path / "rivers.gpkg", tmp_path / "facilities.gpkg"
    assert synthetic.write_network(rivers, 30_000, seed=5, basin_size=3_000) == 30_000
    synthetic.write_facilities(facilities, rivers, 60, seed=6)
    selective = _flags(facilities, rivers)
    with monkeypatch.context() as patch:  # the transboundary basins read through QGIS instead of GDAL's columns
        patch.setattr(nearest, "read_basin_lines", lambda *args: None)
        through_qgis = _flags(facilities, rivers)
    monkeypatch.setattr(analysis, "boxes_are_cheap", lambda source: False)  # the full read of every reach
    monkeypatch.setattr(learning, "boxes_are_cheap", lambda source: False)  # and of the whole topology
    full = _flags(facilities, rivers)
    assert len(full) == 60
    assert selective == full
    assert through_qgis == full
    flags = [row["tb_flag"] for row in full]
    assert flags.count("high") > 0 and flags.count("none") > 0  # the network has basins on both sides
    assert any(row["tb_river"] and row["tb_dist_km"] is not None for row in full)


def test_gdal_reads_the_same_reaches_as_qgis_and_only_from_whole_files(tmf_processing, tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import synthetic
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsFeatureRequest,
        QgsProcessingFeatureSourceDefinition,
        QgsProject,
        QgsVectorFileWriter,
        QgsVectorLayer,
    )

    from tmf_plugin.transboundary.file_lines import LayerFile, read_basin_lines, whole_file
    from tmf_plugin.transboundary.nearest import _read_through_qgis

    rivers = tmp_path / "rivers.gpkg"
    synthetic.write_network(rivers, 9_000, seed=8, basin_size=3_000)
    layer = QgsVectorLayer(f"{rivers}|layername=rivers", "rivers", "ogr")
    file = whole_file(str(rivers), layer)
    assert file is not None and file.layer_name == "rivers"
    basins = sorted({f["MAIN_RIV"] for f in layer.getFeatures()})[:2]
    wkbs, values = read_basin_lines(file, "MAIN_RIV", basins, layer.fields())
    qgis_wkbs, qgis_values = _read_through_qgis(layer, "MAIN_RIV", basins)
    assert len(wkbs) == 6_000
    assert sorted(zip(values.tolist(), map(bytes, wkbs))) == sorted(zip(qgis_values.tolist(), qgis_wkbs))
    # A second layer of the same file, given by its index (as QGIS names the layers of some formats): the file
    # read must take that one, not the first.
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.layerName, options.actionOnExistingFile = "first_basin", QgsVectorFileWriter.CreateOrOverwriteLayer
    copy = layer.materialize(QgsFeatureRequest().setFilterExpression(f'"MAIN_RIV" = {basins[0]}'))
    error = QgsVectorFileWriter.writeAsVectorFormatV3(copy, str(rivers), QgsProject.instance().transformContext(),
                                                      options)
    assert error[0] == QgsVectorFileWriter.NoError, error
    wkbs, values = read_basin_lines(LayerFile(str(rivers), None, 1), "MAIN_RIV", basins, layer.fields())
    assert len(wkbs) == 3_000 and set(values.tolist()) == {basins[0]}

    # Whenever the file holds more or other than the layer shows, the reaches are read through QGIS.
    assert whole_file(QgsProcessingFeatureSourceDefinition(layer.id(), True), layer) is None  # selected only
    limited = QgsProcessingFeatureSourceDefinition(layer.source())
    limited.featureLimit = 10
    assert whole_file(limited, layer) is None
    subset = QgsVectorLayer(f"{rivers}|layername=rivers", "rivers", "ogr")
    subset.setSubsetString('"MAIN_RIV" = 1')
    assert whole_file(str(rivers), subset) is None
    edited = QgsVectorLayer(f"{rivers}|layername=rivers", "rivers", "ogr")
    edited.startEditing()
    edited.deleteFeature(next(edited.getFeatures()).id())
    assert whole_file(str(rivers), edited) is None
    edited.rollBack()
    memory = layer.materialize(QgsFeatureRequest())
    assert whole_file(memory.id(), memory) is None
    projected = QgsVectorLayer(f"{rivers}|layername=rivers", "rivers", "ogr")
    projected.setCrs(QgsCoordinateReferenceSystem("EPSG:32642"))
    assert whole_file(str(rivers), projected) is None
