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
    from tmf_plugin.transboundary import rivers as rivers_module

    rivers, facilities = tmp_path / "rivers.gpkg", tmp_path / "facilities.gpkg"
    assert synthetic.write_network(rivers, 30_000, seed=5, basin_size=3_000) == 30_000
    synthetic.write_facilities(facilities, rivers, 60, seed=6)
    selective = _flags(facilities, rivers)
    with monkeypatch.context() as patch:  # the transboundary basins and the border read through QGIS, not GDAL
        patch.setattr(nearest, "read_basin_lines", lambda *args: None)
        patch.setattr(rivers_module, "border_candidates", lambda *args: None)
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

    from tmf_plugin.core.layer_file import LayerFile, whole_file
    from tmf_plugin.transboundary.file_lines import read_basin_lines
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


def test_the_r_tree_finds_exactly_the_reaches_the_box_requests_find(tmf_processing, tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import synthetic
    from qgis.core import QgsFeatureRequest, QgsProject, QgsVectorFileWriter, QgsVectorLayer

    from tmf_plugin.core.countries import Countries
    from tmf_plugin.core.layer_file import whole_file
    from tmf_plugin.transboundary.algorithms import default_countries
    from tmf_plugin.transboundary.file_lines import border_candidates
    from tmf_plugin.transboundary.rivers import Crossing, border_boxes, read_border_rivers

    rivers = tmp_path / "rivers.gpkg"
    synthetic.write_network(rivers, 30_000, seed=5, basin_size=3_000)
    layer = QgsVectorLayer(f"{rivers}|layername=rivers", "rivers", "ogr")
    countries = Countries(default_countries())
    country = countries.find("KAZ")
    boxes = border_boxes(country)
    file = whole_file(str(rivers), layer)
    candidates = border_candidates(file, "MAIN_RIV", boxes, layer.fields())
    requested = {feature.id() for box in boxes
                 for feature in layer.getFeatures(QgsFeatureRequest().setFilterRect(box).setNoAttributes())}
    features = {f.id(): f for f in layer.getFeatures(QgsFeatureRequest().setFilterFids([c.fid for c in candidates]))}
    kept = {c.fid for c in candidates if any(features[c.fid].geometry().intersects(boxes[n]) for n in c.boxes)}
    assert len(requested) > 100
    assert kept == requested
    assert len(candidates) > len(requested)  # boxes of the R-tree meet lines that do not meet the border boxes
    assert all(c.basin == features[c.fid]["MAIN_RIV"] for c in candidates)

    through_file, through_requests = Crossing(country, countries), Crossing(country, countries)
    judged = read_border_rivers(layer, country, None, through_file, file)
    read_border_rivers(layer, country, None, through_requests)
    assert through_file.groups() == through_requests.groups()
    assert {river.fid for river in judged} <= requested

    class Undecided(Crossing):  # every reach of every basin is judged
        def __call__(self, group: str) -> bool:
            return False

    everything = read_border_rivers(layer, country, None, Undecided(country, countries), file)
    assert sorted(river.fid for river in everything) == sorted(requested)
    assert len(through_file.groups()) >= 2

    # Any other format has no R-tree to ask: the box requests serve it.
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "ESRI Shapefile"
    shapefile = tmp_path / "rivers.shp"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(shapefile), QgsProject.instance().transformContext(),
                                                      options)
    assert error[0] == QgsVectorFileWriter.NoError, error
    copy = QgsVectorLayer(str(shapefile), "rivers", "ogr")
    assert border_candidates(whole_file(str(shapefile), copy), "MAIN_RIV", boxes, copy.fields()) is None
