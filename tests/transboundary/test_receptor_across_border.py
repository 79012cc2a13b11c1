"""tb_reason names the first receptor across the border when a downstream path leaves Kazakhstan."""

from __future__ import annotations

import re

import pytest
from qgis.core import QgsVectorLayer

from tests.conftest import SAMPLE
from tests.transboundary.conftest import run_flags

ACROSS = re.compile(r"The first receptor across the border is (.+), ([\d.]+) km downstream\.$")


@pytest.fixture(scope="module")
def network(tmf_processing):
    import processing

    return processing.run("tmf:buildrivernetwork", {
        "INPUT": str(SAMPLE / "rivers.gpkg"), "ORIENTATION": 1, "OUTLETS": str(SAMPLE / "outlets.gpkg"),
        "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]


def test_the_first_settlement_beyond_the_border_is_named(network):
    inventory = QgsVectorLayer(str(SAMPLE / "tmf_inventory.gpkg"), "inventory", "ogr")
    options = {"SNAP_DISTANCE_M": 30000, "MAX_DISTANCE_KM": 300}
    rows, _ = run_flags(inventory, network, RECEPTORS=str(SAMPLE / "places.gpkg"), RECEPTOR_DISTANCE_M=20000,
                        **options)
    plain, _ = run_flags(inventory, network, **options)
    countries = {f["NAME"]: f["ADM0_A3"] for f in QgsVectorLayer(str(SAMPLE / "places.gpkg"), "p", "ogr").getFeatures()}
    named = 0
    for tmf_id, got in rows.items():
        match = ACROSS.search(got["tb_reason"])
        if got["tb_flag"] != "high":
            assert match is None, got["tb_reason"]
            assert got["tb_reason"] == plain[tmf_id]["tb_reason"]
            continue
        assert got["tb_reason"].startswith(plain[tmf_id]["tb_reason"])  # the first sentence is unchanged
        if match:
            named += 1
            assert countries[match.group(1)] != "KAZ", got["tb_reason"]
            assert float(match.group(2)) >= got["border_km"] - 0.05
    print(f"{named} high facilities name a receptor across the border")
    assert named >= 1
