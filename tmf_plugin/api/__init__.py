"""Python API for studies: the four TMF Safety jobs on GeoDataFrames or file paths, run by the QGIS engine.

Every function runs the same `tmf:` Processing algorithm as the panel and `qgis_process`, in this Python process,
starting QGIS headless when no QGIS application is running. Inputs may be GeoDataFrames, file paths or QGIS layers;
feature outputs come back as GeoDataFrames (tables as DataFrames). geopandas is imported only when a function runs.
Further parameters of an algorithm go in as lower-case keywords; feedback=QgsProcessingFeedback() receives its
messages and progress (by default warnings and errors are printed).

    from tmf_plugin import api
    facilities, report = api.import_inventory("sample_layers/tmf_inventory_messy.csv")
    facilities = api.hazard_index(facilities)
    changes, changed_fields = api.compare_inventories("previous.csv", facilities)
    network = api.build_river_network("sample_layers/rivers.gpkg", orientation="outlets",
                                      outlets="sample_layers/lakes.gpkg", snap_tolerance_m=2000)
    trace = api.trace_downstream(facilities, network, lakes="sample_layers/lakes.gpkg", snap_distance_m=50000,
                                 receptors="sample_layers/places.gpkg", population_field="POP_MAX")
    flagged = api.flag_transboundary(facilities, network, countries="sample_layers/countries.gpkg")
    files = api.export_map_sheets(flagged, "sheets", language="ru", paths=trace["paths"])
"""

from __future__ import annotations

from pathlib import Path

from ..core import parameters as param
from ..standalone import ensure_proj_data
from .engine import run_algorithm

ensure_proj_data()  # before the caller's first GeoDataFrame with a CRS, not only once QGIS starts

__all__ = [
    "build_river_network",
    "compare_inventories",
    "export_map_sheets",
    "flag_transboundary",
    "hazard_index",
    "import_inventory",
    "read_layer",
    "run_algorithm",
    "save_layers",
    "trace_downstream",
]


def _run(algorithm_id: str, named: dict, more: dict) -> dict:
    """Run a job: further keywords become parameters (snap_distance_m=... is SNAP_DISTANCE_M), except feedback."""
    feedback = more.pop("feedback", None)
    parameters = {key.upper(): value for key, value in more.items()}
    parameters.update(named)
    return run_algorithm(algorithm_id, parameters, feedback=feedback)


def import_inventory(inventory, *, field_map: dict | None = None, source_crs: str | None = None, country=None,
                     regions=None, **more):
    """Import an inventory file or (Geo)DataFrame; return (facilities GeoDataFrame, report DataFrame).

    field_map maps canonical fields to source columns, e.g. {"tmf_id": "Код"}; country is a polygon layer, file or
    GeoDataFrame the points are checked against (country_name="KAZ" picks one country in it); regions fills an
    empty region from admin-1 polygons. The counts (ROWS, PLACED, REPORTED_ROWS, ...) are in
    facilities.attrs["tmf_outputs"]. Further tmf:importinventory parameters go in as keywords.
    The report's row is the line of a spreadsheet file; for a DataFrame it counts the frame's rows from 1
    (inventory.iloc[row - 1]).
    """
    outputs = _run("tmf:importinventory", {
        "INPUT": inventory, "FIELD_MAP": field_map, "SOURCE_CRS": source_crs, "COUNTRY": country,
        "REGIONS": regions}, more)
    return outputs["OUTPUT"], outputs["REPORT"]


def hazard_index(facilities, *, scores=None, **more):
    """Facilities with the Tailings Hazard Index: thi_* components, thi and thi_complete."""
    outputs = _run("tmf:hazardindex", {"INPUT": facilities, "SCORES": scores}, more)
    return outputs["OUTPUT"]


def _facilities(inventory):
    """A facility layer: a spreadsheet or CSV file goes through tmf:importinventory, anything else as it is."""
    from ..inventory.compare import needs_import

    if isinstance(inventory, (str, Path)) and needs_import(str(inventory)):
        return import_inventory(inventory)[0]
    return inventory


def compare_inventories(old, new, *, move_tolerance_m: float | None = None, fields: str | list | None = None,
                        **more):
    """What changed between two inventories; return (changes GeoDataFrame, changed fields DataFrame).

    old and new are facility layers, GeoDataFrames or files (a CSV or spreadsheet is imported first). Each
    facility gets change = added / removed / changed / unchanged / unmatched, changed_fields and moved_m; the
    DataFrame has one row per changed field (tmf_id, field, old_value, new_value). fields limits the comparison,
    e.g. ["status", "volume_m3", "location"].
    """
    if isinstance(fields, (list, tuple)):
        fields = ", ".join(fields)
    outputs = _run("tmf:compareinventories", {
        "OLD": _facilities(old), "NEW": _facilities(new), "MOVE_TOLERANCE_M": move_tolerance_m,
        "FIELDS": fields}, more)
    return outputs["OUTPUT"], outputs["REPORT"]


def build_river_network(rivers, *, name_field: str | None = None, snap_tolerance_m: float | None = None,
                        orientation: str | None = None, outlets=None, dem=None, **more):
    """A routable network with HydroRIVERS fields (HYRIV_ID, NEXT_DOWN, LENGTH_KM, DIST_DN_KM) from any lines.

    orientation is "digitised", "outlets" (toward the outlets layer, e.g. lakes) or "dem".
    """
    outputs = _run("tmf:buildrivernetwork", {
        "INPUT": rivers, "NAME_FIELD": name_field, "SNAP_TOLERANCE_M": snap_tolerance_m,
        "ORIENTATION": orientation, "OUTLETS": outlets, "DEM": dem}, more)
    return outputs["OUTPUT"]


def trace_downstream(facilities, rivers, lakes=None, *, snap_distance_m: float | None = None,
                     max_distance_km: float | None = None, corridor_width_m: float | None = None, receptors=None,
                     receptor_distance_m: float | None = None, receptor_name_field: str | None = None,
                     population_field: str | None = None, **more) -> dict:
    """Follow each facility down a river network; return {"paths", "corridors", "summary", "receptors"} frames.

    receptors is a point or polygon layer, file or GeoDataFrame (settlements, water intakes, protected areas):
    "receptors" then lists those within receptor_distance_m (default 5000) of each path, with km_downstream,
    dist_m and population (from population_field, e.g. "POP_MAX"); without receptors it is an empty frame.
    """
    outputs = _run("tmf:tracedownstream", {
        "INPUT": facilities, "RIVERS": rivers, "LAKES": lakes, "SNAP_DISTANCE_M": snap_distance_m,
        "MAX_DISTANCE_KM": max_distance_km, "CORRIDOR_WIDTH_M": corridor_width_m, "RECEPTORS": receptors,
        "RECEPTOR_DISTANCE_M": receptor_distance_m, "RECEPTOR_NAME_FIELD": receptor_name_field,
        "POPULATION_FIELD": population_field}, more)
    return {"paths": outputs["OUTPUT_PATHS"], "corridors": outputs["OUTPUT_CORRIDORS"],
            "summary": outputs["OUTPUT_SUMMARY"], "receptors": outputs["OUTPUT_RECEPTORS"]}


def flag_transboundary(facilities, rivers, countries=None, lakes=None, *, country: str | None = None,
                       transboundary_names: str | list | None = None, near_distance_km: float | None = None,
                       max_distance_km: float | None = None, snap_distance_m: float | None = None, **more):
    """Facilities with the transboundary fields (tb_near, tb_river, ..., tb_flag, tb_reason)."""
    if isinstance(transboundary_names, (list, tuple)):
        transboundary_names = ", ".join(transboundary_names)
    outputs = _run("tmf:flagtransboundary", {
        param.INPUT: facilities, param.RIVERS: rivers, param.LAKES: lakes, param.COUNTRIES: countries,
        param.COUNTRY: country,
        param.TRANSBOUNDARY_NAMES: transboundary_names, param.NEAR_DISTANCE_KM: near_distance_km,
        param.MAX_DISTANCE_KM: max_distance_km, param.SNAP_DISTANCE_M: snap_distance_m}, more)
    return outputs[param.OUTPUT]


def export_map_sheets(facilities, output_folder, *, sheets=None, language: str | None = None,
                      title: str | None = None, subtitle: str | None = None, output_format: str | None = None,
                      **more) -> list[Path]:
    """Print map sheets (PDF or PNG) into output_folder; return the files written.

    Layers to show go in as keywords named like the parameters: rivers=, lakes=, countries=, regions=, places=,
    paths=, corridors= (GeoDataFrames or files). sheets is "overview", "facility", "region" or "changes" (or a list);
    gazetteer= a CSV of names in en / ru / kk replacing the shipped resources/gazetteer.csv.
    """
    folder = Path(output_folder)
    folder.mkdir(parents=True, exist_ok=True)
    outputs = _run("tmf:exportmapsheets", {
        "INPUT": facilities, "OUTPUT_FOLDER": str(folder), "SHEETS": sheets, "LANGUAGE": language,
        "TITLE": title, "SUBTITLE": subtitle, "FORMAT": output_format}, more)
    files = outputs.get("FILES") or []
    if isinstance(files, str):
        files = [f for f in files.split(";") if f]
    return [Path(f) for f in files]


def read_layer(path, layer: str | None = None):
    """Read a vector file (one layer of a GeoPackage) into a GeoDataFrame through QGIS, types as QGIS sees them."""
    from qgis.core import QgsVectorLayer

    from ..i18n import tr
    from .convert import to_geodataframe
    from .engine import start_qgis

    start_qgis()
    uri = f"{path}|layername={layer}" if layer else str(path)
    source = QgsVectorLayer(uri, layer or Path(path).stem, "ogr")
    if not source.isValid():
        raise OSError(tr("Could not open {path} as a vector layer.").format(path=uri))
    frame = to_geodataframe(source)
    # A GeoPackage's feature id shows in QGIS as a field; like geopandas, keep only the data's own columns.
    keys = [source.fields().at(i).name() for i in source.primaryKeyAttributes()]
    return frame.drop(columns=[k for k in keys if k in frame.columns])


def save_layers(layers: dict, path) -> Path:
    """Write {layer name: GeoDataFrame or DataFrame} into one GeoPackage with QGIS's writer; return its path."""
    from .convert import write_gpkg
    from .engine import start_qgis

    start_qgis()
    return write_gpkg(layers, Path(path))
