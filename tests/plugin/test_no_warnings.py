"""No warning from the plugin's own code (QGIS 3.40+ deprecates APIs 3.22 needs): the whole workflow through the
command line runs with warnings raised from tmf_plugin turned into errors."""

from __future__ import annotations

import subprocess
import sys
import warnings

import pytest

from tests.conftest import ROOT

# Runs the CLI demo with every warning attributed to a tmf_plugin module turned into an exception.
DRIVER = """
import runpy, sys, warnings
warnings.filterwarnings("error", module="tmf_plugin")
sys.argv = ["tmf_plugin", "demo", "--out", sys.argv[1], "--languages", "ru", "--sheets", "overview,facility"]
runpy.run_module("tmf_plugin", run_name="__main__")
"""


def test_the_filter_turns_a_plugin_warning_into_an_error():
    """The module filter the suite and the driver rely on does catch a warning raised from tmf_plugin code."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        warnings.filterwarnings("error", module="tmf_plugin")
        with pytest.raises(DeprecationWarning):
            warnings.warn_explicit("old call", DeprecationWarning, "layout.py", 1, module="tmf_plugin.mapsheets.layout")
        warnings.warn_explicit("old call", UserWarning, "other.py", 1, module="other")


@pytest.mark.slow
def test_the_workflow_raises_no_warning_from_the_plugin(tmp_path):
    completed = subprocess.run([sys.executable, "-c", DRIVER, str(tmp_path / "out")], cwd=ROOT, capture_output=True,
                               text=True, timeout=900)
    assert completed.returncode == 0, completed.stderr[-4000:]
    plugin_lines = [line for line in completed.stderr.splitlines() if "Warning" in line and "tmf_plugin" in line]
    assert plugin_lines == []
    assert len(list((tmp_path / "out" / "sheets" / "ru").glob("*.pdf"))) >= 2
    assert (tmp_path / "out" / "tmf_safety_results.gpkg").stat().st_size > 100_000
