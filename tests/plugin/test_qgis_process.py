"""The packaged plugin enabled in qgis_process exposes the public algorithm ids."""

from __future__ import annotations

import os

import pytest

from tests import qgis_process

pytestmark = pytest.mark.skipif(not os.path.exists(qgis_process.QGIS_PROCESS), reason="qgis_process not installed")


def test_qgis_process_lists_the_tmf_algorithms(tmp_path):
    root = qgis_process.profile_with_plugin(tmp_path / "qgis")
    listing = qgis_process.run(root, "list").stdout
    ids = {line.split()[0] for line in listing.splitlines() if line.strip().startswith("tmf:")}
    assert ids == {"tmf:importinventory", "tmf:hazardindex", "tmf:compareinventories", "tmf:buildrivernetwork",
                   "tmf:tracedownstream", "tmf:flagtransboundary", "tmf:exportmapsheets"}

