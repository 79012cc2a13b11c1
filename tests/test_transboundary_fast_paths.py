"""On an indexed HydroRIVERS-schema GeoPackage, tmf:flagtransboundary reads only the reaches near the border, the
facilities and their paths; its flags must equal those of the full read of the network."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


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

    from tmf_plugin.transboundary import analysis

    rivers, facilities = tmp_path / "rivers.gpkg", tmp_path / "facilities.gpkg"
    assert synthetic.write_network(rivers, 30_000, seed=5, basin_size=3_000) == 30_000
    synthetic.write_facilities(facilities, rivers, 60, seed=6)
    selective = _flags(facilities, rivers)
    monkeypatch.setattr(analysis, "boxes_are_cheap", lambda source: False)  # the full read of every reach
    full = _flags(facilities, rivers)
    assert len(full) == 60
    assert selective == full
    flags = [row["tb_flag"] for row in full]
    assert flags.count("high") > 0 and flags.count("none") > 0  # the network has basins on both sides
    assert any(row["tb_river"] and row["tb_dist_km"] is not None for row in full)
