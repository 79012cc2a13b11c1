"""What a background run prepares on the main thread so that its worker never touches the user's project."""

from __future__ import annotations

from tests.conftest import SAMPLE


def test_the_worker_gets_the_project_scope_built_on_the_main_thread(tmf_processing):
    from qgis.core import QgsProject

    from tmf_plugin.ui.tasks import AlgorithmRun

    QgsProject.instance().setTitle("Tailings of the north")
    try:
        run = AlgorithmRun("tmf:hazardindex", {"INPUT": str(SAMPLE / "tmf_inventory.gpkg"), "OUTPUT": "memory:"})
        scopes = run.context.expressionContext()
        # Processing would otherwise build the project scope inside the worker, racing the map canvas.
        assert scopes.scopeCount() == 2
        assert scopes.variable("project_title") == "Tailings of the north"
    finally:
        QgsProject.instance().setTitle("")


def test_project_layers_are_handed_over_as_objects_never_as_ids(sample_layer):
    from qgis.core import QgsProject, QgsVectorLayer

    from tmf_plugin.ui.tasks import private_layers

    project = QgsProject.instance()
    on_file = sample_layer("tmf_inventory")
    in_memory = QgsVectorLayer("Point?crs=EPSG:4326&field=tmf_id:string", "drawn by hand", "memory")
    project.addMapLayers([on_file, in_memory])
    try:
        parameters, keep = private_layers({"INPUT": on_file.id(), "RIVERS": in_memory.id(), "COUNTRY": "KAZ"})
        # The file-backed layer is reopened for the worker alone; the memory layer is the project's own object,
        # whose features and feature ids exist nowhere else.
        assert isinstance(parameters["INPUT"], QgsVectorLayer) and parameters["INPUT"] is not on_file
        assert parameters["INPUT"].source() == on_file.source() and keep == [parameters["INPUT"]]
        assert parameters["RIVERS"] is in_memory
        assert parameters["COUNTRY"] == "KAZ"
    finally:
        project.removeMapLayers([on_file.id(), in_memory.id()])
