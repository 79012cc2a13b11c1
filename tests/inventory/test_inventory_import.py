"""tmf:importinventory on every supported format and notation, and on the messy agency spreadsheet."""

from __future__ import annotations

import json
import math

import pytest

from tests.conftest import ROOT, SAMPLE

DATA = ROOT / "tests" / "data" / "inventory"
FORMATS = DATA / "formats"
TRUTH = json.loads((FORMATS / "formats_truth.json").read_text(encoding="utf-8"))
MESSY_TRUTH = json.loads((DATA / "messy_truth.json").read_text(encoding="utf-8"))
TOLERANCE = 1e-4  # degrees; DMS with hundredths of a second is within 3e-6


def run_import(tmp_path, **parameters):
    """Run the algorithm to GeoPackage outputs; return (results, facilities by row order, report rows)."""
    import processing
    from qgis.core import QgsVectorLayer

    tmp_path.mkdir(parents=True, exist_ok=True)
    parameters.setdefault("OUTPUT", str(tmp_path / "facilities.gpkg"))
    parameters.setdefault("REPORT", str(tmp_path / "report.gpkg"))
    results = processing.run("tmf:importinventory", parameters)
    layer = QgsVectorLayer(results["OUTPUT"], "facilities", "ogr")
    report = QgsVectorLayer(results["REPORT"], "report", "ogr")
    assert layer.isValid() and report.isValid()
    assert layer.crs().authid() == "EPSG:4326"
    facilities = []
    for feature in layer.getFeatures():
        point = feature.geometry().asPoint()
        row = {name: feature[name] for name in layer.fields().names()}
        row["lon"], row["lat"] = point.x(), point.y()
        facilities.append(row)
    problems = [{name: f[name] for name in report.fields().names()} for f in report.getFeatures()]
    return results, facilities, problems


def assert_matches_truth(facilities, truth=TRUTH, with_names=True):
    by_id = {f["tmf_id"]: f for f in facilities}
    assert set(by_id) == {t["tmf_id"] for t in truth}
    for expected in truth:
        got = by_id[expected["tmf_id"]]
        assert abs(got["lon"] - expected["lon"]) < TOLERANCE and abs(got["lat"] - expected["lat"]) < TOLERANCE, (
            expected["tmf_id"], got["lon"], got["lat"], expected["lon"], expected["lat"])
        if with_names:
            assert got["name"] == expected["name"]


@pytest.mark.parametrize(
    "name",
    ["utf8_bom_comma.csv", "utf8_tab.txt", "kazakh.csv", "combined_coordinates.csv", "inventory.xlsx",
     "inventory.ods", "inventory.geojson", "inventory.gpkg", "inventory.shp"],
)
def test_each_format_lands_on_the_true_positions(tmf_processing, tmp_path, name):
    results, facilities, problems = run_import(tmp_path, INPUT=str(FORMATS / name))
    assert results["PLACED"] == 6 and results["NOT_PLACED"] == 0
    assert problems == []
    assert_matches_truth(facilities)
    fields = [f for f in facilities[0] if f not in ("fid", "lon", "lat")]
    assert fields[:3] == ["tmf_id", "name", "operator"] and fields[-1] == "consequence_class" and len(fields) == 19


def test_statuses_and_volumes_are_canonical(tmf_processing, tmp_path):
    for name in ("kazakh.csv", "inventory.xlsx", "utf8_bom_comma.csv"):
        _, facilities, _ = run_import(tmp_path / name, INPUT=str(FORMATS / name))
        by_id = {f["tmf_id"]: f for f in facilities}
        for expected in TRUTH:
            assert by_id[expected["tmf_id"]]["status"] == expected["status"], name
            assert by_id[expected["tmf_id"]]["volume_m3"] == pytest.approx(expected["volume_m3"]), name


def test_projected_coordinates_with_source_crs(tmf_processing, tmp_path):
    results, facilities, problems = run_import(tmp_path, INPUT=str(FORMATS / "utm43n_cp1251.csv"),
                                               SOURCE_CRS="EPSG:32643")
    assert problems == []
    assert_matches_truth(facilities)


def test_swapped_columns_are_detected_against_the_country(tmf_processing, tmp_path):
    results, facilities, problems = run_import(tmp_path, INPUT=str(FORMATS / "swapped.csv"),
                                               COUNTRY=str(SAMPLE / "countries.gpkg"))
    assert_matches_truth(facilities)
    assert [p["field"] for p in problems] == ["latitude/longitude"]
    assert "swapped" in problems[0]["problem"] and problems[0]["row"] == 1  # the header row
    assert results["REPORTED_ROWS"] == 0 and results["PLACED"] == 6


def test_a_loaded_layer_is_read_with_its_geometry(tmf_processing, tmp_path):
    from qgis.core import QgsProject, QgsVectorLayer

    layer = QgsVectorLayer(str(FORMATS / "inventory.geojson"), "loaded inventory", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        results, facilities, problems = run_import(tmp_path, INPUT=layer.id())
        assert_matches_truth(facilities)
        results, facilities, problems = run_import(tmp_path / "object", INPUT=layer)
        assert_matches_truth(facilities)
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_messy_agency_file(tmf_processing, tmp_path):
    results, facilities, problems = run_import(
        tmp_path, INPUT=str(SAMPLE / "tmf_inventory_messy.csv"), COUNTRY=str(SAMPLE / "countries.gpkg"),
        REGIONS=str(SAMPLE / "regions.gpkg"))
    good = MESSY_TRUTH["good"]
    bad = MESSY_TRUTH["bad_rows"]
    # Every good row lands on its true position with its Cyrillic name intact.
    assert_matches_truth([f for f in facilities if f["tmf_id"]], good)
    # The duplicate ID is placed without an ID; no row without valid coordinates is placed.
    assert results["PLACED"] == len(good) + 1 == len(facilities)
    duplicate = [f for f in facilities if not f["tmf_id"]]
    assert [d["name"] for d in duplicate] == [MESSY_TRUTH["duplicate"]["name"]]
    for name in ("Хвостохранилище без координат", "Хвостохранилище с ошибкой широты", "Хвостохранилище за границей"):
        assert name not in {f["name"] for f in facilities}
    # Every bad row is reported with its row number and the right field.
    by_row = {}
    for problem in problems:
        by_row.setdefault(problem["row"], []).append(problem)
    assert by_row[bad["missing_coordinates"]][0]["field"] == "latitude/longitude"
    assert "missing" in by_row[bad["missing_coordinates"]][0]["problem"]
    assert "out of range" in by_row[bad["out_of_range"]][0]["problem"]
    assert "outside Kazakhstan" in by_row[bad["outside_country"]][0]["problem"]
    assert by_row[bad["duplicate_id"]][0]["field"] == "tmf_id"
    assert "duplicate" in by_row[bad["duplicate_id"]][0]["problem"]
    assert by_row[MESSY_TRUTH["non_numeric_volume"]][0]["field"] == "volume_m3"
    assert by_row[MESSY_TRUTH["unknown_status"]][0]["field"] == "status"
    assert set(by_row) == set(bad.values()) | {MESSY_TRUTH["non_numeric_volume"], MESSY_TRUTH["unknown_status"]}
    assert results["REPORTED_ROWS"] == 6 and results["NOT_PLACED"] == 3
    # The two rows with one bad value are placed with that value empty.
    by_id = {f["tmf_id"]: f for f in facilities}
    bad_volume = next(g for g in good if g["row"] == MESSY_TRUTH["non_numeric_volume"])
    bad_status = next(g for g in good if g["row"] == MESSY_TRUTH["unknown_status"])
    assert by_id[bad_volume["tmf_id"]]["volume_m3"] is None or _is_null(by_id[bad_volume["tmf_id"]]["volume_m3"])
    assert _is_null(by_id[bad_status["tmf_id"]]["status"])
    # Empty regions are filled from the admin-1 layer, written ones are kept.
    assert all(not _is_null(f["region"]) for f in facilities)
    assert sum(1 for f in facilities if f["region"].endswith("область")) > 60


def _is_null(value) -> bool:
    from qgis.PyQt.QtCore import QVariant

    return value is None or (isinstance(value, QVariant) and value.isNull())


def test_messy_values_are_read_like_the_clean_inventory(tmf_processing, tmp_path, sample_layer):
    _, facilities, _ = run_import(tmp_path, INPUT=str(SAMPLE / "tmf_inventory_messy.csv"))
    clean = sample_layer("tmf_inventory")
    assert clean.featureCount() == 120
    by_id = {f["tmf_id"]: f for f in facilities if f["tmf_id"]}
    compared = 0
    for feature in clean.getFeatures():
        got = by_id[feature["tmf_id"]]
        for name in ("status", "capacity_m3", "area_ha", "dam_height_m", "dam_type", "year_commissioned",
                     "water_hazard_class", "seismicity", "flood_prone", "dam_condition", "last_inspection",
                     "consequence_class", "substances", "operator"):
            expected, value = feature[name], got[name]
            if name == "dam_condition" and expected == "unknown":
                continue  # the messy file says "нет данных", read as empty
            if _is_null(expected):
                assert _is_null(value), (feature["tmf_id"], name)
            elif name == "status" and _is_null(value):
                continue  # the row with the unknown status word
            elif isinstance(expected, float):
                assert value == pytest.approx(expected), (feature["tmf_id"], name)
            else:
                assert value == expected, (feature["tmf_id"], name, value, expected)
            compared += 1
    assert compared > 1500


def test_an_unseen_messy_file(tmf_processing, tmp_path):
    """A file written differently from the sample: other header words, a title, Windows-1251, DMS variants."""
    lines = [
        "Сведения о хвостовых хозяйствах;;;;;;",
        "Код;Наименование объекта;Статус объекта;Объем хвостов (тыс. м3);Северная широта;Восточная долгота;Прим.",
        'A-1;Хвостохранилище «Ертис»;Действующее;1 250,5;"50°20\'38,4"" с.ш.";"83°30\'46,8"" в.д.";',
        "A-2;Южное хвостохранилище;законсервировано;300;50 20 38;83 30 47;",
        "A-3;Без координат;закрыто;12;;;координаты уточняются",
        "A-4;Ошибка;закрыто;12;95,5;83,5;",
        "A-2;Повтор кода;бесхозное;7;49,95;82,61;",
        "A-6;Объём словами;действующее;много;49°57' с.ш.;82°37' в.д.;",
        "A-7;Статус неясен;в стадии оформления;5;49,9;82,7;",
        "A-8;Ташкент;действующее;5;41,3;69,3;",
    ]
    path = tmp_path / "unseen.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1251"))
    results, facilities, problems = run_import(tmp_path, INPUT=str(path), COUNTRY=str(SAMPLE / "countries.gpkg"))
    by_name = {f["name"]: f for f in facilities}
    assert set(by_name) == {"Хвостохранилище «Ертис»", "Южное хвостохранилище", "Повтор кода", "Объём словами",
                            "Статус неясен"}
    first = by_name["Хвостохранилище «Ертис»"]
    assert first["lat"] == pytest.approx(50 + 20 / 60 + 38.4 / 3600, abs=1e-6)
    assert first["lon"] == pytest.approx(83 + 30 / 60 + 46.8 / 3600, abs=1e-6)
    assert first["volume_m3"] == pytest.approx(1250500.0)  # thousands of m3 in the header
    assert by_name["Южное хвостохранилище"]["status"] == "conserved"
    rows = {(p["row"], p["field"]) for p in problems}
    assert {(5, "latitude/longitude"), (6, "latitude/longitude"), (7, "tmf_id"), (8, "volume_m3"),
            (9, "status"), (10, "latitude/longitude")} <= rows
    assert {p["row"] for p in problems} == {5, 6, 7, 8, 9, 10}


def test_field_map_overrides_and_bad_field_map(tmf_processing, tmp_path):
    from qgis.core import QgsProcessingException

    results, facilities, _ = run_import(
        tmp_path, INPUT=str(FORMATS / "utf8_tab.txt"), FIELD_MAP=json.dumps({"name": "Operator", "operator": ""}))
    assert {f["name"] for f in facilities if not _is_null(f["name"])} == _operators() - {""}
    assert all(_is_null(f["operator"]) for f in facilities)
    with pytest.raises(QgsProcessingException):
        run_import(tmp_path / "bad", INPUT=str(FORMATS / "utf8_tab.txt"), FIELD_MAP='{"name": "Nope"}')
    with pytest.raises(QgsProcessingException):
        run_import(tmp_path / "bad2", INPUT=str(FORMATS / "utf8_tab.txt"), FIELD_MAP="[1, 2]")


def _operators():
    import csv

    with open(FORMATS / "utf8_tab.txt", encoding="utf-8") as handle:
        return {row["Operator"] for row in csv.DictReader(handle, delimiter="\t")}


def test_a_missing_file_fails_with_its_name(tmf_processing, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException):
        run_import(tmp_path, INPUT=str(tmp_path / "nowhere.csv"))


def test_outside_points_can_be_kept(tmf_processing, tmp_path):
    results, facilities, problems = run_import(
        tmp_path, INPUT=str(SAMPLE / "tmf_inventory_messy.csv"), COUNTRY=str(SAMPLE / "countries.gpkg"),
        KEEP_OUTSIDE=True)
    assert results["PLACED"] == len(MESSY_TRUTH["good"]) + 2
    outside = [f for f in facilities if f["name"] == "Хвостохранилище за границей"][0]
    assert math.isclose(outside["lat"], 41 + 18 / 60 + 40 / 3600, abs_tol=1e-6)


def test_the_shipped_borders_are_the_default_country(tmf_processing, tmp_path):
    results, facilities, problems = run_import(tmp_path, INPUT=str(SAMPLE / "tmf_inventory_messy.csv"))
    outside = MESSY_TRUTH["bad_rows"]["outside_country"]
    assert [p["row"] for p in problems if "outside" in p["problem"]] == [outside]
    assert results["PLACED"] == len(MESSY_TRUTH["good"]) + 1
    results, facilities, problems = run_import(tmp_path / "unchecked", INPUT=str(SAMPLE / "tmf_inventory_messy.csv"),
                                               COUNTRY_NAME="")
    assert results["PLACED"] == len(MESSY_TRUTH["good"]) + 2
    assert outside not in {p["row"] for p in problems}


def test_a_spreadsheet_loaded_by_ogr_is_read_from_its_file(tmf_processing, tmp_path):
    """OGR reads the Windows-1251 file as UTF-8 and misses the title row; the import reads the file itself."""
    from qgis.core import QgsProject, QgsVectorLayer

    layer = QgsVectorLayer(str(SAMPLE / "tmf_inventory_messy.csv"), "dropped on the map", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    try:
        results, facilities, problems = run_import(tmp_path, INPUT=layer.id())
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    assert_matches_truth([f for f in facilities if f["tmf_id"]], MESSY_TRUTH["good"])


def test_the_report_defaults_to_a_temporary_layer(tmf_processing, tmp_path):
    import processing

    results = processing.run("tmf:importinventory", {"INPUT": str(SAMPLE / "tmf_inventory_messy.csv"),
                                                     "OUTPUT": "TEMPORARY_OUTPUT"})
    report = results["REPORT"]
    assert results["OUTPUT"].featureCount() == len(MESSY_TRUTH["good"]) + 1
    assert report.featureCount() == 6


def test_the_sample_inventory_says_it_is_illustrative(sample_layer):
    layer = sample_layer("tmf_inventory")
    assert "illustrative" in layer.metadata().title().lower()
    assert "NOT THE OFFICIAL INVENTORY" in layer.metadata().abstract()
    assert layer.crs().authid() == "EPSG:4326" and layer.featureCount() == 120


def test_projected_coordinates_without_their_crs_get_a_hint(tmf_processing, tmp_path):
    results, facilities, problems = run_import(tmp_path, INPUT=str(FORMATS / "utm43n_cp1251.csv"))
    assert results["PLACED"] == 0
    assert any("SOURCE_CRS" in p["problem"] for p in problems)
    assert {p["row"] for p in problems if "out of range" in p["problem"]} == set(range(2, 8))


def test_old_mac_line_endings_and_no_title(tmf_processing, tmp_path):
    path = tmp_path / "mac.csv"
    path.write_bytes("Код;Наименование;Широта;Долгота\rA;Первое;49,5;82,5\rB;Второе;50°30' с.ш.;83°15' в.д.\r"
                     .encode("cp1251"))
    results, facilities, problems = run_import(tmp_path, INPUT=str(path))
    assert problems == []
    assert sorted((f["name"], round(f["lat"], 6), round(f["lon"], 6)) for f in facilities) == [
        ("Второе", 50.5, 83.25), ("Первое", 49.5, 82.5)]
