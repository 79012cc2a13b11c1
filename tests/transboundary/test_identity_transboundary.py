"""tmf:flagtransboundary gives the same flags, field by field, as the golden files written before the tracing was
made faster: on a benchmark-like synthetic network and on the sample layers."""

from __future__ import annotations

from pathlib import Path

from tests.identity import SAMPLE, check_golden, layer_rows, sample_network, synthetic_network

GOLDEN = Path(__file__).resolve().parent / "golden"


def _flag(facilities, rivers, **more) -> dict[str, list[dict]]:
    import processing

    result = processing.run("tmf:flagtransboundary", {"INPUT": facilities, "RIVERS": rivers, "COUNTRY": "KAZ",
                                                      "OUTPUT": "memory:", **more})
    return {"flagged": layer_rows(result["OUTPUT"])}


def test_synthetic_network_flags_as_before(tmf_processing, tmp_path):
    rivers, facilities = synthetic_network(tmp_path)
    outputs = _flag(str(facilities), f"{rivers}|layername=rivers")
    flags = [row["tb_flag"] for row in outputs["flagged"]]
    assert len(flags) == 60 and flags.count("high") > 0 and flags.count("none") > 0
    check_golden(GOLDEN / "synthetic_20k.json", outputs)


def test_sample_layers_flag_as_before(tmf_processing):
    outputs = _flag(str(SAMPLE / "tmf_inventory.gpkg"), sample_network(), COUNTRIES=str(SAMPLE / "countries.gpkg"),
                    LAKES=str(SAMPLE / "lakes.gpkg"), SNAP_DISTANCE_M=50000)
    flags = [row["tb_flag"] for row in outputs["flagged"]]
    assert len(flags) > 10 and flags.count("high") > 0
    check_golden(GOLDEN / "samples.json", outputs)
