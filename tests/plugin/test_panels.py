"""The dock's sections offscreen, each case file in a Python process of its own.

These cases start background jobs (QgsProcessingAlgRunnerTask) while the main thread keeps changing the project. A
fresh process per file gives each case the state a QGIS user has, not what hundreds of earlier tests left behind.
A crash (a signal, not a failed assertion) fails the test like any other failure; the one found so far, Processing
building the project's expression scope in the worker while the map canvas built it on the main thread, is fixed in
ui/tasks.py and guarded by tests/plugin/test_background_run.py.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

CASES = ["inventory/case_inventory_panel.py", "downstream/case_downstream_panel.py",
         "transboundary/case_transboundary_panel.py", "mapsheets/case_mapsheets_panel.py",
         "inventory/case_hostile_panel.py", "plugin/case_run_all.py"]


def _run(case: str, basetemp) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"tests/{case}", f"--basetemp={basetemp}"],
        cwd=ROOT, capture_output=True, text=True, timeout=900, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )


@pytest.mark.parametrize("case", CASES)
def test_section_cases_in_a_fresh_process(case, tmp_path):
    completed = _run(case, tmp_path)
    assert completed.returncode == 0, completed.stdout[-4000:] + completed.stderr[-3000:]
    assert " passed" in completed.stdout and " failed" not in completed.stdout
