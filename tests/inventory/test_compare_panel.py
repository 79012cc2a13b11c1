"""The comparison in the Inventory section, run in a fresh process like the other panel cases."""

from __future__ import annotations

from tests.plugin.test_panels import _run


def test_compare_panel_case_in_a_fresh_process(tmp_path):
    completed = _run("inventory/case_compare_panel.py", tmp_path / "run")
    assert completed.returncode == 0, completed.stdout[-4000:] + completed.stderr[-3000:]
    assert "3 passed" in completed.stdout
