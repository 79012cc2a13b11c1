"""End-to-end: inside the real QGIS desktop, the transboundary check reads a HydroRIVERS GeoPackage through GDAL's
columns with QGIS's own numpy and GDAL bindings, and flags as the feature-by-feature read does."""

from __future__ import annotations

import shutil
import sys

import pytest

from tests.conftest import ROOT
from tests.desktop import python_errors, run_desktop

pytestmark = [
    pytest.mark.desktop,
    pytest.mark.skipif(shutil.which("qgis") is None, reason="the QGIS desktop application is not installed"),
]


def test_flags_in_the_desktop_read_the_network_through_gdal(tmp_path):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import synthetic

    rivers, facilities = tmp_path / "rivers.gpkg", tmp_path / "facilities.gpkg"
    synthetic.write_network(rivers, 12_000, seed=11, basin_size=3_000)
    synthetic.write_facilities(facilities, rivers, 40, seed=12)
    result, log = run_desktop(tmp_path, f"""
        import processing
        from tmf_safety.transboundary import nearest

        reads = []
        gdal_read = nearest.read_basin_lines

        def counted(*args):
            found = gdal_read(*args)
            reads.append(None if found is None else len(found[0]))
            return found

        def flags():
            out = processing.run("tmf:flagtransboundary", {{
                "INPUT": {str(facilities)!r}, "RIVERS": {str(rivers) + "|layername=rivers"!r}, "COUNTRY": "KAZ",
                "OUTPUT": "memory:"}})["OUTPUT"]
            return [[f["tmf_id"], f["tb_flag"], f["tb_river"], f["tb_dist_km"]] for f in out.getFeatures()]

        nearest.read_basin_lines = counted
        result["through_gdal"] = flags()
        nearest.read_basin_lines = lambda *args: None
        result["through_qgis"] = flags()
        result["reads"] = reads
    """)
    assert "exception" not in result, result["exception"]
    assert len(result["reads"]) == 1 and result["reads"][0] and result["reads"][0] > 1000  # GDAL read the reaches
    assert len(result["through_gdal"]) == 40
    assert result["through_gdal"] == result["through_qgis"]
    assert any(row[2] and row[3] is not None for row in result["through_gdal"])
    assert python_errors(log) == []
