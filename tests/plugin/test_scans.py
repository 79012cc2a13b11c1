"""The scans the official QGIS plugin repository runs: bandit and detect-secrets find nothing in the plugin."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT

SCANNED = ["tmf_plugin", "resources", "scripts", "metadata.txt"]


def test_bandit_finds_nothing_of_medium_severity_or_above():
    completed = subprocess.run(
        [sys.executable, "-m", "bandit", "-q", "-r", "tmf_plugin", "scripts", "-f", "json", "--severity-level",
         "medium"],
        cwd=ROOT, capture_output=True, text=True,
    )
    report = json.loads(completed.stdout[completed.stdout.index("{"):])  # skip a progress bar, if any
    findings = [f"{r['filename']}:{r['line_number']} {r['test_id']} {r['issue_text']}" for r in report["results"]]
    assert findings == []
    assert report["metrics"]["_totals"]["loc"] > 100  # it really scanned the code


def test_detect_secrets_finds_no_secret():
    completed = subprocess.run([sys.executable, "-m", "detect_secrets", "scan", *SCANNED], cwd=ROOT,
                               capture_output=True, text=True, check=True)
    assert json.loads(completed.stdout)["results"] == {}
