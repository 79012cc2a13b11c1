"""api.compare_inventories and `python -m tmf_plugin compare` give the same changes as the algorithm."""

from __future__ import annotations

import pytest

from tests.inventory.test_compare_inventories import EXPECTED_CHANGES, NEW_CSV, OLD_CSV

pytest.importorskip("geopandas")


def test_api_returns_the_changes_and_the_changed_fields(qgis_app):
    from tmf_plugin import api

    changes, report = api.compare_inventories(OLD_CSV, NEW_CSV)
    assert type(changes).__name__ == "GeoDataFrame" and type(report).__name__ == "DataFrame"
    assert changes.crs.to_epsg() == 4326
    by_id = changes[changes["tmf_id"].notna()].set_index("tmf_id")
    assert dict(by_id[by_id["change"] == "changed"]["changed_fields"]) == EXPECTED_CHANGES
    assert set(by_id.index[by_id["change"] == "unchanged"]) == {"KZ-01", "KZ-04"}
    assert list(changes["change"]).count("unmatched") == 1
    assert sorted(zip(report["tmf_id"], report["field"])) == [
        ("KZ-02", "status"), ("KZ-03", "location"), ("KZ-03", "volume_m3"), ("KZ-07", "operator")]
    only_status, report = api.compare_inventories(OLD_CSV, NEW_CSV, fields=["status"], move_tolerance_m=1)
    assert set(only_status[only_status["change"] == "changed"]["tmf_id"]) == {"KZ-02"}
    assert list(report["field"]) == ["status"]


def test_cli_writes_both_layers_and_prints_the_counts(qgis_app, tmp_path):
    from qgis.core import QgsVectorLayer

    from tests.plugin.test_cli import run_cli

    out = tmp_path / "changes.gpkg"
    completed = run_cli("compare", str(OLD_CSV), str(NEW_CSV), "--out", str(out))
    assert completed.returncode == 0, completed.stderr
    assert "1 added, 1 removed, 3 changed, 2 unchanged, 1 without a unique ID." in completed.stdout
    changes = QgsVectorLayer(f"{out}|layername=inventory_changes", "changes", "ogr")
    report = QgsVectorLayer(f"{out}|layername=changed_fields", "report", "ogr")
    assert changes.featureCount() == 8 and report.featureCount() == 4


def test_cli_names_an_unknown_field(tmp_path):
    from tests.plugin.test_cli import run_cli

    completed = run_cli("compare", str(OLD_CSV), str(NEW_CSV), "--fields", "volum", "--out",
                        str(tmp_path / "x.gpkg"))
    assert completed.returncode == 1 and "volum" in completed.stderr
    assert not (tmp_path / "x.gpkg").exists()
