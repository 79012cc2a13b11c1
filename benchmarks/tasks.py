"""One timed measurement per process: prints a JSON line with the seconds of the measured work and its counts.

`python benchmarks/tasks.py <task> [args]`; run.py starts each run in a fresh process so no run warms another's
caches except the operating system's file cache, which every run shares alike.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _qgis():
    from tmf_plugin.standalone import ensure_qgis

    return ensure_qgis()


def _layer(path: str, name: str):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    if not layer.isValid():
        raise SystemExit(f"{path} did not open")
    return layer


def task_read(rivers: str) -> dict:
    """The floor: one plain read of every feature, each with its geometry in hand."""
    _qgis()
    start = time.perf_counter()
    layer = _layer(rivers, "rivers")
    count = 0
    for feature in layer.getFeatures():
        feature.geometry()
        count += 1
    return {"seconds": time.perf_counter() - start, "features": count}


def task_flag(facilities: str, rivers: str, output: str = "memory:") -> dict:
    """tmf:flagtransboundary as users run it: snap, trace, flag (default borders, no lakes)."""
    _qgis()
    import processing
    from qgis.core import QgsProcessingFeedback

    start = time.perf_counter()
    result = processing.run("tmf:flagtransboundary", {
        "INPUT": facilities, "RIVERS": f"{rivers}|layername=rivers", "COUNTRY": "KAZ", "OUTPUT": output,
    }, feedback=QgsProcessingFeedback())
    seconds = time.perf_counter() - start
    out = result["OUTPUT"]
    if isinstance(out, str):
        from qgis.core import QgsVectorLayer

        out = QgsVectorLayer(out, "flagged", "ogr")
    flags = [f["tb_flag"] for f in out.getFeatures()]
    return {"seconds": seconds, "facilities": len(flags),
            **{flag: flags.count(flag) for flag in ("high", "medium", "none")}}


def task_near(facilities: str, rivers: str) -> dict:
    """tmf:flagtransboundary on a river layer without topology: the straight-line check alone, as users get it."""
    return task_flag(facilities, rivers)


def _nearest_index(rivers, facilities):
    """The plugin's nearest-river index as flag_facilities builds it, whichever name this version gives it."""
    from tmf_plugin.transboundary import rivers as module

    if hasattr(module, "NearestRiver"):
        return module.NearestRiver(rivers)
    from tmf_plugin.transboundary.nearest import NearestLine, facilities_extent

    return NearestLine([(river.label, river.geometry) for river in rivers],
                       facilities_extent(f.point for f in facilities))


def task_proposal(facilities: str, rivers: str, check: str = "") -> dict:
    """The proposed near-border / near-facility read (prototype_near.py); with check, compared with the plugin."""
    _qgis()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import prototype_near

    from tmf_plugin.transboundary.algorithms import default_countries
    from tmf_plugin.transboundary.analysis import Settings, classify_rivers, facility_points, find_country
    from tmf_plugin.transboundary.countries import Countries
    from tmf_plugin.transboundary.rivers import read_rivers

    countries = Countries(default_countries())
    country = find_country(countries, "KAZ", "countries")
    settings = Settings()
    points = facility_points(_layer(facilities, "facilities"))
    result = prototype_near.run(points, _layer(rivers, "rivers"), country, settings.names)
    hits = result.pop("hits")
    result["groups"] = len(result["groups"])
    if check:
        river_list = read_rivers(_layer(rivers, "rivers"))
        try:
            transboundary = classify_rivers(river_list, country, countries, settings)
        except TypeError:  # the signature of earlier versions
            transboundary = classify_rivers(river_list, country, settings)
        chosen = [river for river in river_list if transboundary.is_transboundary(river)]
        index = _nearest_index(chosen, points)
        full = [index.nearest(f.point) for f in points]
        result["groups_full"] = len(transboundary.by_course)
        result["same_river"] = sum(1 for a, b in zip(hits, full) if a and b and a[0] == b[0])
        result["max_km_difference"] = max(abs(a[1] - b[1]) for a, b in zip(hits, full) if a and b)
    return result


def task_walk(facilities: str, rivers: str, check: str = "") -> dict:
    """Tracing with the topology learnt on the way (prototype_walk.py); with check, compared with RiverNetwork."""
    _qgis()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import prototype_walk

    from tmf_plugin.downstream import trace as tracing
    from tmf_plugin.transboundary.analysis import facility_points

    points = [(f.tmf_id, f.point) for f in facility_points(_layer(facilities, "facilities"))]
    layer = _layer(rivers, "rivers")
    start = time.perf_counter()
    network = prototype_walk.SpatialRiverNetwork(layer)
    traces = tracing.trace_facilities(points, network, 5000.0, 100.0)
    result = {"seconds": time.perf_counter() - start, "reaches_read": len(network.id_of_fid),
              "lookups": network.lookups, "traced": sum(1 for t in traces if t.steps)}
    if check:
        start = time.perf_counter()
        full = tracing.trace_facilities(points, tracing.RiverNetwork.from_source(layer), 5000.0, 100.0)
        result["seconds_full"] = time.perf_counter() - start
        same = [a.status == b.status and [s.reach_id for s in a.steps] == [s.reach_id for s in b.steps]
                and abs(a.path_km - b.path_km) < 1e-9 for a, b in zip(traces, full)]
        result["same_paths"] = sum(same)
    return result


def task_native(facilities: str, rivers: str) -> dict:
    """native:joinbynearest of the facilities with the reaches (planar, in degrees)."""
    _qgis()
    import processing
    from qgis.core import QgsProcessingFeedback

    start = time.perf_counter()
    result = processing.run("native:joinbynearest", {
        "INPUT": f"{facilities}|layername=facilities", "INPUT_2": f"{rivers}|layername=rivers",
        "FIELDS_TO_COPY": ["HYRIV_ID", "MAIN_RIV"], "NEIGHBORS": 1, "DISCARD_NONMATCHING": False,
        "OUTPUT": "memory:"}, feedback=QgsProcessingFeedback())
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "facilities": result["OUTPUT"].featureCount()}


SHEET_LAYERS = ("rivers", "lakes", "countries", "regions", "places")


def _sheet_parameters(facilities: str, paths: str, corridors: str, folder: str) -> dict:
    values = {"INPUT": facilities, "SHEETS": "facility", "PAPER": "A4", "ORIENTATION": "landscape",
              "LANGUAGE": "en", "TITLE": "Tailings facilities", "SUBTITLE": "Benchmark", "FORMAT": "pdf",
              "DPI": 200, "OUTPUT_FOLDER": folder}
    if paths:
        values["PATHS"] = paths
    if corridors:
        values["CORRIDORS"] = corridors
    return values


def task_sheets(facilities: str, folder: str, paths: str = "", corridors: str = "") -> dict:
    """tmf:exportmapsheets: one multi-page PDF with a sheet per facility."""
    _qgis()
    import processing
    from qgis.core import QgsProcessingFeedback

    start = time.perf_counter()
    result = processing.run("tmf:exportmapsheets", _sheet_parameters(facilities, paths, corridors, folder),
                            feedback=QgsProcessingFeedback())
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "files": result["SHEET_COUNT"], "bytes": sum(
        os.path.getsize(f) for f in result["FILES"].split(";") if f)}


def task_bare(facilities: str, folder: str, paths: str = "", corridors: str = "") -> dict:
    """The same layout built by the plugin, then exported by QgsLayoutExporter alone (only the export is timed)."""
    _qgis()
    from qgis.core import QgsLayoutExporter, QgsProcessingContext, QgsProject

    from tmf_plugin.mapsheets.algorithms import ExportMapSheetsAlgorithm
    from tmf_plugin.mapsheets.export import _pdf_settings

    algorithm = ExportMapSheetsAlgorithm()
    algorithm.initAlgorithm()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    parameters = _sheet_parameters(facilities, paths, corridors, folder)
    options = algorithm.options(parameters, context)
    from tmf_plugin.mapsheets.layout import build_sheets

    sheet_facilities, layers = algorithm.sheet_inputs(parameters, context)
    project = QgsProject()
    sheets = build_sheets(project, layers, sheet_facilities, options)
    Path(folder).mkdir(parents=True, exist_ok=True)
    target = str(Path(folder) / "bare.pdf")
    start = time.perf_counter()
    result, error = QgsLayoutExporter.exportToPdf(sheets.layout.atlas(), target, _pdf_settings(200))
    seconds = time.perf_counter() - start
    if result != QgsLayoutExporter.Success:
        raise SystemExit(f"bare export failed: {error}")
    return {"seconds": seconds, "files": 1, "pages": sheets.count, "bytes": os.path.getsize(target)}


def task_trace_prep(facilities: str, rivers: str, folder: str) -> dict:
    """Paths and corridors of the facilities (tmf:tracedownstream), for the facility sheets."""
    _qgis()
    import processing
    from qgis.core import QgsProcessingFeedback

    Path(folder).mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    processing.run("tmf:tracedownstream", {
        "INPUT": facilities, "RIVERS": f"{rivers}|layername=rivers",
        "OUTPUT_PATHS": str(Path(folder) / "paths.gpkg"), "OUTPUT_CORRIDORS": str(Path(folder) / "corridors.gpkg"),
        "OUTPUT_SUMMARY": str(Path(folder) / "summary.gpkg")}, feedback=QgsProcessingFeedback())
    return {"seconds": time.perf_counter() - start}


def task_rss(*command: str) -> dict:
    """Run another task in a child process and report the child's peak resident memory (RUSAGE_CHILDREN)."""
    completed = subprocess.run([sys.executable, __file__, *command], capture_output=True, text=True)
    if completed.returncode != 0:
        raise SystemExit(completed.stderr[-2000:])
    child = json.loads(completed.stdout.strip().splitlines()[-1])
    # ru_maxrss is in kilobytes on Linux
    child["rss_gb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024 / 1024
    return child


TASKS = {name[5:]: function for name, function in globals().items() if name.startswith("task_")}


def main() -> None:
    name, *args = sys.argv[1:]
    result = TASKS[name](*args)
    sys.stdout.flush()
    print(json.dumps(result))
    sys.stdout.flush()
    os._exit(0)  # QGIS's exit handlers add seconds and sometimes crash after the work is done


if __name__ == "__main__":
    main()
