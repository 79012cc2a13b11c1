"""Enum parameters take their option names as well as their indexes: processing.run, models and qgis_process."""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests import qgis_process
from tests.conftest import SAMPLE
from tests.mapsheets.conftest import FACILITIES

NETWORK = {"INPUT": str(SAMPLE / "rivers.gpkg"), "NAME_FIELD": "name", "SNAP_TOLERANCE_M": 1000,
           "OUTLETS": str(SAMPLE / "lakes.gpkg")}


def _network(orientation) -> list[tuple]:
    import processing

    result = processing.run("tmf:buildrivernetwork", {**NETWORK, "ORIENTATION": orientation,
                                                       "OUTPUT": "TEMPORARY_OUTPUT"})
    layer = result["OUTPUT"]
    return sorted((f["HYRIV_ID"], f["NEXT_DOWN"]) for f in layer.getFeatures())


def test_a_name_and_its_index_give_the_same_network(tmf_processing):
    by_index = _network(1)
    assert len(by_index) > 65
    assert _network("outlets") == by_index
    assert _network("Outlets") == by_index
    assert _network("1") == by_index
    # A different option gives a different network: the name is really read, not ignored.
    assert _network("digitised") == _network(0) != by_index


def test_an_unknown_name_is_refused_naming_the_choices(tmf_processing):
    import processing

    with pytest.raises(QgsProcessingException) as error:
        processing.run("tmf:buildrivernetwork", {**NETWORK, "ORIENTATION": "uphill", "OUTPUT": "TEMPORARY_OUTPUT"})
    assert "ORIENTATION" in str(error.value) and "outlets" in str(error.value)


def test_the_definition_reads_names_indexes_and_labels(tmf_processing):
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("tmf:exportmapsheets")
    sheets = algorithm.parameterDefinition("SHEETS")
    assert [sheets.index_of(v) for v in ("overview", "REGION", 1, "2", 2.0, "Changes", "3", "4", -1, "", None,
                                         "atlas")] == [0, 2, 1, 2, 2, 3, 3, None, None, None, None, None]
    assert sheets.checkValueIsAcceptable("facility") and sheets.checkValueIsAcceptable(0)
    assert not sheets.checkValueIsAcceptable("atlas")
    copy = sheets.clone()
    assert copy.names == sheets.names and copy.defaultValue() == 1 and copy.index_of("region") == 2


def test_a_model_passes_an_option_by_name(tmf_processing):
    import processing
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
    )

    model = QgsProcessingModelAlgorithm("network by name", "tests")
    child = QgsProcessingModelChildAlgorithm("tmf:buildrivernetwork")
    child.generateChildId(model)
    for key, value in {**NETWORK, "ORIENTATION": "outlets"}.items():
        child.addParameterSources(key, [QgsProcessingModelChildParameterSource.fromStaticValue(value)])
    output = QgsProcessingModelOutput("network")
    output.setChildId(child.childId())
    output.setChildOutputName("OUTPUT")
    child.setModelOutputs({"network": output})
    model.addChildAlgorithm(child)
    model.updateDestinationParameters()
    destination = model.destinationParameterDefinitions()[0].name()
    result = processing.run(model, {destination: "TEMPORARY_OUTPUT"})
    layer = result[destination]
    layer = layer if isinstance(layer, QgsVectorLayer) else QgsVectorLayer(layer, "network", "ogr")
    assert sorted((f["HYRIV_ID"], f["NEXT_DOWN"]) for f in layer.getFeatures()) == _network(1)


def test_qgis_process_takes_names(tmf_processing, tmp_path):
    root = qgis_process.profile_with_plugin(tmp_path / "qgis")
    network = tmp_path / "network.gpkg"
    code, payload, log = qgis_process.run_algorithm(
        root, "tmf:buildrivernetwork", **{**NETWORK, "ORIENTATION": "outlets", "OUTPUT": str(network)})
    assert code == 0, log
    built = QgsVectorLayer(str(network), "network", "ogr")
    assert sorted((f["HYRIV_ID"], f["NEXT_DOWN"]) for f in built.getFeatures()) == _network(1)

    folder = tmp_path / "sheets"
    code, payload, log = qgis_process.run_algorithm(
        root, "tmf:exportmapsheets", INPUT=str(FACILITIES), SHEETS="overview", PAPER=1,
        LANGUAGE="kk", FORMAT="pdf", OUTPUT_FOLDER=str(folder))
    assert code == 0, log
    assert payload["results"]["SHEET_COUNT"] == 1
    assert len(list(folder.glob("*.pdf"))) == 1
    code, payload, log = qgis_process.run_algorithm(
        root, "tmf:exportmapsheets", INPUT=str(FACILITIES), SHEETS="atlas",
        OUTPUT_FOLDER=str(tmp_path / "none"))
    assert code != 0 and "SHEETS" in log


def test_the_api_passes_names_through_to_the_algorithm(tmf_processing):
    pytest.importorskip("geopandas")
    from tmf_plugin import api

    frame = api.build_river_network(str(SAMPLE / "rivers.gpkg"), name_field="name", snap_tolerance_m=1000,
                                    orientation="outlets", outlets=str(SAMPLE / "lakes.gpkg"))
    assert sorted(zip(frame["HYRIV_ID"], frame["NEXT_DOWN"])) == _network(1)


def test_the_api_refuses_an_unknown_name_listing_the_names(tmf_processing):
    pytest.importorskip("geopandas")
    from tmf_plugin import api

    with pytest.raises(ValueError, match="ORIENTATION has no option uphill; the options are: digitised, outlets, dem"):
        api.build_river_network(str(SAMPLE / "rivers.gpkg"), orientation="uphill")
