"""tmf:compareinventories on two inventories that differ in encoding, column order and coordinate notation."""

from __future__ import annotations

import pytest

from tests.conftest import ROOT

DATA = ROOT / "tests" / "data" / "inventory" / "compare"
OLD_CSV = DATA / "previous_utf8.csv"  # UTF-8, commas, English headers, DMS
NEW_CSV = DATA / "next_cp1251.csv"  # Windows-1251, semicolons, Russian headers in another order, decimals

EXPECTED_CHANGES = {"KZ-02": "status", "KZ-03": "volume_m3, location", "KZ-07": "operator"}


def _import(path, folder):
    import processing

    return processing.run("tmf:importinventory", {
        "INPUT": str(path), "OUTPUT": str(folder / f"{path.stem}.gpkg"), "REPORT": "TEMPORARY_OUTPUT"})["OUTPUT"]


def _rows(layer) -> list[dict]:
    from qgis.core import NULL

    rows = []
    for feature in layer.getFeatures():
        row = {name: None if feature[name] == NULL else feature[name] for name in layer.fields().names()}
        row["point"] = feature.geometry().asPoint() if feature.hasGeometry() else None
        rows.append(row)
    return rows


@pytest.fixture(scope="module")
def compared(tmf_processing, tmp_path_factory):
    import processing
    from qgis.core import QgsVectorLayer

    folder = tmp_path_factory.mktemp("compare")
    old, new = _import(OLD_CSV, folder), _import(NEW_CSV, folder)
    results = processing.run("tmf:compareinventories", {
        "OLD": old, "NEW": new, "OUTPUT": str(folder / "changes.gpkg"), "REPORT": str(folder / "report.gpkg")})
    output = QgsVectorLayer(results["OUTPUT"], "changes", "ogr")
    report = QgsVectorLayer(results["REPORT"], "report", "ogr")
    assert output.isValid() and report.isValid()
    return results, _rows(output), _rows(report)


def _geodesic_m(lat1, lon1, lat2, lon2) -> float:
    from pyproj import Geod

    return Geod(ellps="WGS84").inv(lon1, lat1, lon2, lat2)[2]


def test_each_facility_gets_exactly_its_change(compared):
    results, rows, _ = compared
    by_change: dict[str, set] = {}
    for row in rows:
        by_change.setdefault(row["change"], set()).add(row["tmf_id"])
    unmatched = by_change.pop("unmatched")
    assert by_change == {"added": {"KZ-06"}, "removed": {"KZ-05"}, "changed": set(EXPECTED_CHANGES),
                         "unchanged": {"KZ-01", "KZ-04"}}
    # The ID-less copy of KZ-01 in the new file is listed once and never matched to KZ-01 by its name or place.
    assert len(rows) == 8 and len(unmatched) == 1 and [r["name"] for r in rows if r["change"] == "unmatched"] == [
        "Хвостохранилище Восток"]
    assert [r["tmf_id"] for r in rows if r["change"] == "unmatched"] == [None]
    assert (results["ADDED"], results["REMOVED"], results["CHANGED"], results["UNCHANGED"], results["UNMATCHED"]) \
        == (1, 1, 3, 2, 1)


def test_changed_fields_and_moves_in_metres(compared):
    _, rows, _ = compared
    by_id = {r["tmf_id"]: r for r in rows if r["tmf_id"]}
    assert {key: by_id[key]["changed_fields"] for key in EXPECTED_CHANGES} == EXPECTED_CHANGES
    for key in ("KZ-01", "KZ-04", "KZ-05", "KZ-06"):
        assert by_id[key]["changed_fields"] == "", key
    # KZ-03 moved 0.0045 degrees north, KZ-04 0.0000333 (3.7 m, inside the 10 m tolerance); KZ-01 is the same
    # point written 49°58'16" and 49.971111 (1e-6 degrees of the decimal notation, about 0.1 m).
    assert by_id["KZ-03"]["moved_m"] == pytest.approx(_geodesic_m(49.5, 81.0, 49.5045, 81.0), abs=0.01)
    assert by_id["KZ-03"]["moved_m"] == pytest.approx(500.6, abs=0.5)
    assert by_id["KZ-04"]["moved_m"] == pytest.approx(_geodesic_m(49 + 40 / 60, 83.0, 49.6667, 83.0), abs=0.01)
    assert by_id["KZ-01"]["moved_m"] < 0.1
    assert by_id["KZ-05"]["moved_m"] is None and by_id["KZ-06"]["moved_m"] is None
    # New values, and the old point and values for the removed facility.
    assert by_id["KZ-02"]["status"] == "closed" and by_id["KZ-03"]["volume_m3"] == 150000
    assert by_id["KZ-03"]["point"].y() == pytest.approx(49.5045, abs=1e-9)
    assert by_id["KZ-05"]["status"] == "abandoned" and by_id["KZ-05"]["point"].y() == pytest.approx(49 + 50 / 60)
    assert by_id["KZ-05"]["layer"] == "old" and by_id["KZ-06"]["layer"] == "new"


def test_report_has_one_row_per_changed_field(compared):
    _, _, report = compared
    lines = sorted((r["tmf_id"], r["field"], r["old_value"], r["new_value"]) for r in report)
    assert lines == [
        ("KZ-02", "status", "active", "closed"),
        ("KZ-03", "location", "49.5000000, 81.0000000", "49.5045000, 81.0000000"),
        ("KZ-03", "volume_m3", "100000", "150000"),
        ("KZ-07", "operator", "", "ТОО «Новое»"),
    ]


def test_tolerance_and_fields_choose_what_counts(compared, tmf_processing, tmp_path):
    import processing
    from qgis.core import QgsVectorLayer

    folder = tmp_path
    old, new = _import(OLD_CSV, folder), _import(NEW_CSV, folder)
    results = processing.run("tmf:compareinventories", {
        "OLD": old, "NEW": new, "MOVE_TOLERANCE_M": 1.0, "FIELDS": "status, location",
        "OUTPUT": "TEMPORARY_OUTPUT", "REPORT": "TEMPORARY_OUTPUT"})
    rows = {r["tmf_id"]: r["changed_fields"] for r in _rows(results["OUTPUT"]) if r["change"] == "changed"}
    # KZ-04's 3.7 m now count; KZ-07's operator is not looked at, and its "действующее" is still "active".
    assert rows == {"KZ-02": "status", "KZ-03": "location", "KZ-04": "location"}
    assert isinstance(results["OUTPUT"], QgsVectorLayer)


def test_values_are_compared_not_texts():
    from tmf_plugin.inventory.compare import canonical_value, same

    pairs = [("volume_m3", "12 500 000", "12500000"), ("volume_m3", "12 500 000", 12500000.0),
             ("status", "действующее", "active"), ("status", "Закрыто", "closed"), ("flood_prone", "да", True),
             ("year_commissioned", "1975 г.", 1975), ("name", " Хвостохранилище  №1 ", "Хвостохранилище №1"),
             ("last_inspection", "12.05.2023", "2023-05-12")]
    for name, old, new in pairs:
        assert same(name, canonical_value(name, old), canonical_value(name, new)), (name, old, new)
    assert not same("volume_m3", None, 0.0) and not same("status", "active", None)
    assert not same("name", "Восток", "восток")  # a name's spelling is a change worth seeing
    assert same("volume_m3", None, None)


def test_dms_and_decimal_notation_are_the_same_place():
    from tmf_plugin.inventory.values import parse_coordinate

    assert parse_coordinate("49°58'16\"N") == pytest.approx(parse_coordinate("49,971111"), abs=1e-6)


def test_a_repeated_id_is_named_and_compared_in_neither():
    from tmf_plugin.inventory.compare import Record, compare

    old = [Record("old 1", "A", {"name": "a"}, 80.0, 50.0), Record("old 2", "B", {"name": "b"}, 80.0, 50.0),
           Record("old 3", "B", {"name": "b2"}, 80.0, 50.0)]
    new = [Record("new 1", "A", {"name": "a"}, 80.0, 50.0), Record("new 2", "B", {"name": "b"}, 80.0, 50.0),
           Record("new 3", None, {"name": "a"}, 80.0, 50.0)]
    result = compare(old, new, distance=lambda *_: 0.0)
    assert result.ids("unchanged") == {"A"} and result.ids("changed") == set() and result.ids("added") == set()
    assert sorted((e.tmf_id or "", e.layer, e.record.label) for e in result.entries if e.change == "unmatched") == [
        ("", "new", "new 3"), ("B", "new", "new 2"), ("B", "old", "old 2"), ("B", "old", "old 3")]
    assert len(result.messages) == 1 and "B" in result.messages[0] and "old 2, old 3" in result.messages[0]


def test_unknown_field_in_fields_is_named(tmf_processing):
    import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="volume"):
        processing.run("tmf:compareinventories", {
            "OLD": str(OLD_CSV), "NEW": str(NEW_CSV), "FIELDS": "volume", "OUTPUT": "TEMPORARY_OUTPUT"})


def test_ids_match_as_the_import_finds_repeats_and_fields_limit_the_comparison():
    from tmf_plugin.inventory.compare import Record, compare, parse_fields

    old = [Record("old 1", " kz-01 ", {"name": "a", "status": "active"}, 80.0, 50.0)]
    new = [Record("new 1", "KZ-01", {"name": "b", "status": "closed"}, 80.0, 50.0)]
    result = compare(old, new, distance=lambda *_: 0.0)
    assert [(e.tmf_id, e.change, e.changed_fields) for e in result.entries] == [
        ("KZ-01", "changed", ["name", "status"])]
    assert [(c.tmf_id, c.field, c.old_value, c.new_value) for c in result.report] == [
        ("KZ-01", "name", "a", "b"), ("KZ-01", "status", "active", "closed")]
    assert parse_fields("") is None and parse_fields("status; location") == ["status", "location"]
    only_status = compare(old, new, fields=parse_fields("status"), distance=lambda *_: 0.0)
    assert only_status.entries[0].changed_fields == ["status"]
    assert compare(old, new, fields=parse_fields("tmf_id"), distance=lambda *_: 0.0).entries[0].change == "unchanged"
