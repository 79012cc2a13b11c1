"""The illustrative next-meeting inventory in sample_layers: reproducible, its changes exactly the listed ones."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT, SAMPLE

pytest.importorskip("geopandas")

SCRIPT = ROOT / "scripts" / "make_next_meeting_inventory.py"


def test_the_committed_file_is_what_the_script_writes(tmp_path):
    target = tmp_path / "next.csv"
    subprocess.run([sys.executable, str(SCRIPT), str(target)], check=True, capture_output=True)
    assert target.read_bytes() == (SAMPLE / "tmf_inventory_next_meeting.csv").read_bytes()


def test_comparing_the_two_meetings_finds_exactly_the_scripted_changes(qgis_app):
    sys.path.insert(0, str(SCRIPT.parent))
    import make_next_meeting_inventory as script

    from tmf_plugin import api

    changes, report = api.compare_inventories(SAMPLE / "tmf_inventory_messy.csv",
                                              SAMPLE / "tmf_inventory_next_meeting.csv")
    ids = {change: set(changes.loc[changes["change"] == change, "tmf_id"]) for change in ("added", "removed")}
    assert ids == {"added": {row[0] for row in script.ADDED}, "removed": set(script.REMOVED)}
    changed = dict(zip(changes.loc[changes["change"] == "changed", "tmf_id"],
                       changes.loc[changes["change"] == "changed", "changed_fields"]))
    expected = {**{key: "status" for key in script.STATUS}, **{key: "volume_m3" for key in script.VOLUME_GROWTH},
                **{key: "volume_m3" for key in script.VOLUME_NOW_READABLE},
                **{key: "location" for key in script.MOVED_NORTH_DEG}}
    assert changed == expected
    assert (changes["change"] == "unchanged").sum() == 121 - 1 - len(script.REMOVED) - len(expected)
    # The repeated ID of the earlier file (imported without an ID) and its copy in the new one stay unmatched.
    assert sorted(changes.loc[changes["change"] == "unmatched", "layer"]) == ["new", "old"]
    moved = changes.set_index("tmf_id").loc[list(script.MOVED_NORTH_DEG), "moved_m"]
    assert list(moved.round(-1)) == [560.0, 440.0, 890.0]
    assert len(report) == len(expected)
