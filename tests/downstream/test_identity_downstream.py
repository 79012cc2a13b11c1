"""tmf:tracedownstream gives the same summary, paths and corridors, field by field, as the golden files written
before the tracing was made faster: on a benchmark-like synthetic network and on the sample layers."""

from __future__ import annotations

from pathlib import Path

from tests.identity import SAMPLE, check_golden, layer_rows, sample_network, synthetic_network

GOLDEN = Path(__file__).resolve().parent / "golden"


def _trace(facilities, rivers, lakes=None, **more) -> dict[str, list[dict]]:
    import processing

    parameters = {"INPUT": facilities, "RIVERS": rivers, "OUTPUT_SUMMARY": "memory:", "OUTPUT_PATHS": "memory:",
                  "OUTPUT_CORRIDORS": "memory:", **more}
    if lakes is not None:
        parameters["LAKES"] = lakes
    result = processing.run("tmf:tracedownstream", parameters)
    return {name: layer_rows(result[f"OUTPUT_{name.upper()}"]) for name in ("summary", "paths", "corridors")}


def test_synthetic_network_traces_as_before(tmf_processing, tmp_path):
    rivers, facilities = synthetic_network(tmp_path)
    outputs = _trace(str(facilities), f"{rivers}|layername=rivers")
    statuses = [row["status"] for row in outputs["summary"]]
    assert len(statuses) == 60 and statuses.count("ok") > 20  # most facilities walk their full 100 km
    assert len(outputs["paths"]) > 1000 and len(outputs["corridors"]) == sum(s != "not snapped" for s in statuses)
    check_golden(GOLDEN / "synthetic_20k.json", outputs)


def test_sample_layers_trace_as_before(tmf_processing):
    outputs = _trace(str(SAMPLE / "tmf_inventory.gpkg"), sample_network(), str(SAMPLE / "lakes.gpkg"),
                     SNAP_DISTANCE_M=50000)  # as the demo does: the sample rivers are sparse
    statuses = [row["status"] for row in outputs["summary"]]
    assert len(statuses) == 120 and statuses.count("not snapped") <= 80 and len(outputs["paths"]) > 40
    check_golden(GOLDEN / "samples.json", outputs)
