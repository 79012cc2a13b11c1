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


def task_walk(facilities: str, rivers: str, check: str = "") -> dict:
    """The plugin's tracing with the topology learnt on the way; with check, compared with the full read."""
    _qgis()
    from tmf_plugin.downstream import trace as tracing
    from tmf_plugin.downstream.learning import LearningRiverNetwork
    from tmf_plugin.transboundary.analysis import facility_points

    points = [(f.tmf_id, f.point) for f in facility_points(_layer(facilities, "facilities"))]
    layer = _layer(rivers, "rivers")
    start = time.perf_counter()
    network = LearningRiverNetwork(layer)
    traces = tracing.trace_facilities(points, network, 5000.0, 100.0)
    result = {"seconds": time.perf_counter() - start, "reaches_read": len(network.id_of_fid),
              "complete": network.complete, "traced": sum(1 for t in traces if t.steps)}
    if check:
        start = time.perf_counter()
        full = tracing.trace_facilities(points, tracing.RiverNetwork.from_source(layer), 5000.0, 100.0)
        result["seconds_full"] = time.perf_counter() - start
        same = [a.status == b.status and [s.reach_id for s in a.steps] == [s.reach_id for s in b.steps]
                and abs(a.path_km - b.path_km) < 1e-9 for a, b in zip(traces, full)]
        result["same_paths"] = sum(same)
    return result


def task_downstream(facilities: str, rivers: str) -> dict:
    """tmf:tracedownstream as users run it: summary, paths and corridors (temporary layers), default settings."""
    _qgis()
    import processing
    from qgis.core import QgsProcessingFeedback

    start = time.perf_counter()
    result = processing.run("tmf:tracedownstream", {
        "INPUT": facilities, "RIVERS": f"{rivers}|layername=rivers", "OUTPUT_SUMMARY": "memory:",
        "OUTPUT_PATHS": "memory:", "OUTPUT_CORRIDORS": "memory:"}, feedback=QgsProcessingFeedback())
    seconds = time.perf_counter() - start
    statuses = [f["status"] for f in result["OUTPUT_SUMMARY"].getFeatures()]
    return {"seconds": seconds, "facilities": len(statuses), "ok": statuses.count("ok"),
            "paths": result["OUTPUT_PATHS"].featureCount(), "corridors": result["OUTPUT_CORRIDORS"].featureCount()}


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


def task_receptors(facilities: str, rivers: str, receptors: str) -> dict:
    """The trace of job 2 and, in the same process, the work the receptors add to it: reading the receptor layer
    into its spatial index and finding the receptors near every path (what tmf:tracedownstream does with RECEPTORS).

    Both parts run in one process one after the other, so a busy machine slows both alike; a ratio of two separate
    processes swung by more than the 20 % it measures on a shared machine.
    """
    _qgis()
    from tmf_plugin.core.facilities import facility_location
    from tmf_plugin.core.geodesy import to_wgs84
    from tmf_plugin.downstream import trace as tracing
    from tmf_plugin.downstream.receptors import ReceptorLayer

    layer = _layer(facilities, "facilities")
    to_4326 = to_wgs84(layer.crs())
    points = [(f["tmf_id"], facility_location(f.geometry(), to_4326)) for f in layer.getFeatures()]
    start = time.perf_counter()
    network = tracing.RiverNetwork.from_source(_layer(rivers, "rivers"))
    traces = tracing.trace_facilities(points, network, 5000.0, 100.0)
    trace_seconds = time.perf_counter() - start
    start = time.perf_counter()
    found = ReceptorLayer.from_source(_layer(receptors, "receptors"), None, "population")
    hits = sum(len(found.near_path(trace, 5000.0)) for trace in traces)
    receptor_seconds = time.perf_counter() - start
    return {"seconds": trace_seconds + receptor_seconds, "trace_seconds": trace_seconds,
            "receptor_seconds": receptor_seconds, "ratio": (trace_seconds + receptor_seconds) / trace_seconds,
            "receptors": hits, "traced": sum(1 for t in traces if t.steps)}


def task_rss(*command: str) -> dict:
    """Run another task in a child process and report the child's peak resident memory (RUSAGE_CHILDREN)."""
    completed = subprocess.run([sys.executable, __file__, *command], capture_output=True, text=True)
    if completed.returncode != 0:
        raise SystemExit(completed.stderr[-2000:])
    child = json.loads(completed.stdout.strip().splitlines()[-1])
    # ru_maxrss is in kilobytes on Linux
    child["rss_gb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024 / 1024
    return child


def task_profile(*command: str) -> dict:
    """Run another task under cProfile; the statistics go to benchmarks/data/<task>.prof and the top 40 to stderr."""
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    result = profiler.runcall(TASKS[command[0]], *command[1:])
    target = ROOT / "benchmarks" / "data" / f"{command[0]}.prof"
    profiler.dump_stats(str(target))
    pstats.Stats(str(target), stream=sys.stderr).sort_stats("cumulative").print_stats(40)
    return result


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
