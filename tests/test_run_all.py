""""Run all on the sample data" in the dock, offscreen, in a Python process of its own.

The case itself is tests/case_run_all.py. It runs apart from the rest of the suite because it chains six
background jobs while the main thread keeps adding layers to the project, and hundreds of earlier tests leave
widgets and layers behind in the same process; a fresh process gives it the state a QGIS user has.
"""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT


def test_run_all_in_a_fresh_process(tmp_path):
    completed = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/case_run_all.py",
         f"--basetemp={tmp_path / 'case'}"],
        cwd=ROOT, capture_output=True, text=True, timeout=900, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert completed.returncode == 0, completed.stdout[-4000:] + completed.stderr[-2000:]
    assert "1 passed" in completed.stdout
