"""While a tmf algorithm runs, the cycle collector leaves older objects alone; after it, error or not, it does not."""

from __future__ import annotations

import gc

import pytest
from qgis.core import QgsProcessingException

from tests.conftest import SAMPLE
from tmf_plugin.core.collector import older_objects_frozen
from tmf_plugin.transboundary import analysis


def test_the_objects_are_frozen_inside_and_unfrozen_after_an_error():
    assert gc.get_freeze_count() == 0
    with pytest.raises(ValueError):
        with older_objects_frozen():
            assert gc.get_freeze_count() > 1000  # everything the test process holds
            raise ValueError("stop")
    assert gc.get_freeze_count() == 0


def test_an_algorithm_runs_frozen_and_leaves_nothing_frozen(tmf_processing, monkeypatch):
    import processing

    seen = []
    real = analysis.flag_facilities

    def flag_facilities(*args, **kwargs):
        seen.append(gc.get_freeze_count())
        return real(*args, **kwargs)

    monkeypatch.setattr("tmf_plugin.transboundary.algorithms.flag_facilities", flag_facilities)
    result = processing.run("tmf:flagtransboundary", {
        "INPUT": str(SAMPLE / "tmf_inventory.gpkg"), "RIVERS": str(SAMPLE / "rivers.gpkg"), "OUTPUT": "memory:"})
    assert result["OUTPUT"].featureCount() > 100
    assert len(seen) == 1 and seen[0] > 1000
    assert gc.get_freeze_count() == 0
    with pytest.raises(QgsProcessingException):
        processing.run("tmf:flagtransboundary", {
            "INPUT": str(SAMPLE / "tmf_inventory.gpkg"), "RIVERS": str(SAMPLE / "rivers.gpkg"), "COUNTRY": "Atlantis",
            "OUTPUT": "memory:"})
    assert gc.get_freeze_count() == 0
