"""Parity: the Python API on GeoDataFrames gives the same fields and values as processing.run on the files."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

gpd = pytest.importorskip("geopandas")
pd = pytest.importorskip("pandas")
shapely = pytest.importorskip("shapely")

from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer  # noqa: E402
from qgis.PyQt.QtCore import QDate, QDateTime, QVariant  # noqa: E402

from tests.conftest import SAMPLE  # noqa: E402
from tmf_plugin import api  # noqa: E402
from tmf_plugin.api.convert import FIELD_TYPES_ATTR, write_gpkg  # noqa: E402

# The GeoPackage feature id shows up as a field when QGIS reads a GeoPackage but is not an attribute of the data.
IGNORED_FIELDS = {"fid"}

# Facilities at real mining towns near the Ertis, Ile, Syr Darya and Tobol, and one far from any river.
TOWNS = [
    ("T-UST", "Ust-Kamenogorsk", 82.61, 49.95),
    ("T-RID", "Ridder", 83.51, 50.35),
    ("T-TEK", "Tekeli", 78.82, 44.86),
    ("T-KYZ", "Kyzylorda", 65.50, 44.85),
    ("T-RUD", "Rudny", 63.12, 52.96),
    ("T-ZHE", "Zhezkazgan", 67.71, 47.80),
]


def _processing_run(algorithm_id: str, parameters: dict) -> dict:
    import processing

    return processing.run(algorithm_id, parameters)


def _plain(value):
    """One attribute as a comparable Python value: NULL, NaN and NA are None; Qt dates are Python dates."""
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    if isinstance(value, QDateTime):
        return value.toPyDateTime()
    if isinstance(value, QDate):
        return value.toPyDate()
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    return value


def _same(a, b) -> bool:
    a, b = _plain(a), _plain(b)
    if isinstance(a, float) or isinstance(b, float):
        return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-9)
    return a == b


def assert_same_features(layer: QgsVectorLayer, frame, key: str | tuple | None = "tmf_id") -> int:
    """The frame holds exactly the layer's fields (names, QGIS types), values and geometries; return the count."""
    fields = [f for f in layer.fields() if f.name() not in IGNORED_FIELDS]
    columns = [c for c in frame.columns if c != getattr(frame, "_geometry_column_name", None)
               and c not in IGNORED_FIELDS]
    assert columns == [f.name() for f in fields]
    types = frame.attrs[FIELD_TYPES_ATTR]
    assert {name: types[name] for name in columns} == {f.name(): int(f.type()) for f in fields}
    features = list(layer.getFeatures())
    assert len(features) == len(frame) > 0
    if key:
        keys = [key] if isinstance(key, str) else list(key)
        features.sort(key=lambda f: tuple(str(_plain(f[k])) for k in keys))
        frame = frame.assign(_order=frame[keys].astype(str).agg("|".join, axis=1)) if len(keys) > 1 else frame
        frame = frame.sort_values("_order" if len(keys) > 1 else keys[0], key=lambda s: s.astype(str),
                                  kind="stable").drop(columns="_order", errors="ignore").reset_index(drop=True)
    spatial = isinstance(frame, gpd.GeoDataFrame)
    for index, feature in enumerate(features):
        row = frame.iloc[index]
        for field in fields:
            assert _same(feature[field.name()], row[field.name()]), (index, field.name(), feature[field.name()],
                                                                      row[field.name()])
        if spatial:
            expected = feature.geometry()
            actual = row[frame.geometry.name]
            if expected.isNull():
                assert actual is None
            else:
                truth = shapely.from_wkb(bytes(expected.asWkb()))
                assert actual.equals_exact(truth, 1e-9), (index, actual.wkt[:80], truth.wkt[:80])
    return len(features)


@pytest.fixture(scope="module")
def towns_file(tmp_path_factory):
    """The towns as a GeoPackage written by QGIS, the way a user's layer reaches processing.run."""
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=tmf_id:string&field=name:string", "towns", "memory")
    features = []
    for tmf_id, name, lon, lat in TOWNS:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([tmf_id, name])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return write_gpkg({"towns": layer}, tmp_path_factory.mktemp("parity") / "towns.gpkg")


def test_native_algorithm_parity_with_frames_in_and_out(tmf_processing, towns_file):
    """The runner itself: a QGIS algorithm on a GeoDataFrame equals the same algorithm on the file."""
    towns = gpd.read_file(towns_file)
    through_api = api.run_algorithm("native:buffer", {"INPUT": towns, "DISTANCE": 0.05, "SEGMENTS": 4})["OUTPUT"]
    direct = _processing_run("native:buffer", {"INPUT": str(towns_file), "DISTANCE": 0.05, "SEGMENTS": 4,
                                               "OUTPUT": "memory:"})["OUTPUT"]
    assert assert_same_features(direct, through_api) == len(TOWNS)
    assert set(through_api.geom_type) == {"MultiPolygon"} and through_api.crs.to_epsg() == 4326


def test_flag_transboundary_parity(tmf_processing, towns_file, tmp_path):
    rivers, lakes, countries = (str(SAMPLE / f"{name}.gpkg") for name in ("rivers", "lakes", "countries"))
    options = {"NEAR_DISTANCE_KM": 10, "SNAP_DISTANCE_M": 50000, "MAX_DISTANCE_KM": 200}
    through_api = api.flag_transboundary(gpd.read_file(towns_file), gpd.read_file(rivers), countries,
                                         lakes, country="KAZ", near_distance_km=10, snap_distance_m=50000,
                                         max_distance_km=200)
    out = tmp_path / "flagged.gpkg"
    _processing_run("tmf:flagtransboundary", {"INPUT": str(towns_file), "RIVERS": rivers, "LAKES": lakes,
                                              "COUNTRIES": countries, "COUNTRY": "KAZ", **options,
                                              "OUTPUT": str(out)})
    direct = QgsVectorLayer(str(out), "flagged", "ogr")
    assert assert_same_features(direct, through_api) == len(TOWNS)
    # The values are the analysis, not empty columns: Ust-Kamenogorsk sits on the Ertis, Zhezkazgan on no big river.
    by_id = through_api.set_index("tmf_id")
    assert by_id.loc["T-UST", "tb_river"] == "Ertis" and by_id.loc["T-UST", "tb_dist_km"] < 10
    assert by_id.loc["T-UST", "tb_flag"] in {"medium", "high"}
    assert by_id.loc["T-ZHE", "tb_dist_km"] > 10


NETWORK_OPTIONS = {"ORIENTATION": 1, "SNAP_TOLERANCE_M": 1000}  # toward the outlets: the sample lakes


@pytest.fixture(scope="module")
def network_file(tmf_processing, tmp_path_factory):
    """The Natural Earth network built by processing.run, as a user of the toolbox would."""
    out = tmp_path_factory.mktemp("network") / "network.gpkg"
    _processing_run("tmf:buildrivernetwork", {"INPUT": str(SAMPLE / "rivers.gpkg"),
                                              "OUTLETS": str(SAMPLE / "lakes.gpkg"), **NETWORK_OPTIONS,
                                              "OUTPUT": str(out)})
    return out


def test_build_river_network_parity(network_file):
    through_api = api.build_river_network(gpd.read_file(SAMPLE / "rivers.gpkg"), orientation="outlets",
                                          outlets=gpd.read_file(SAMPLE / "lakes.gpkg"), snap_tolerance_m=1000)
    direct = QgsVectorLayer(str(network_file), "network", "ogr")
    assert assert_same_features(direct, through_api, key="HYRIV_ID") > 65  # split at junctions
    assert (through_api["NEXT_DOWN"] == 0).any() and through_api["HYRIV_ID"].is_unique


def test_trace_downstream_parity(network_file, towns_file):
    import processing

    lakes = str(SAMPLE / "lakes.gpkg")
    options = {"SNAP_DISTANCE_M": 50000, "MAX_DISTANCE_KM": 300, "CORRIDOR_WIDTH_M": 1000}
    through_api = api.trace_downstream(gpd.read_file(towns_file), gpd.read_file(network_file), lakes,
                                       snap_distance_m=50000, max_distance_km=300, corridor_width_m=1000)
    direct = processing.run("tmf:tracedownstream", {
        "INPUT": str(towns_file), "RIVERS": str(network_file), "LAKES": lakes, **options,
        "OUTPUT_SUMMARY": "memory:", "OUTPUT_PATHS": "memory:", "OUTPUT_CORRIDORS": "memory:"})
    assert assert_same_features(direct["OUTPUT_SUMMARY"], through_api["summary"]) == len(TOWNS)
    assert assert_same_features(direct["OUTPUT_PATHS"], through_api["paths"], key=("tmf_id", "step")) > 0
    assert assert_same_features(direct["OUTPUT_CORRIDORS"], through_api["corridors"]) > 0
    summary = through_api["summary"].set_index("tmf_id")
    assert summary.loc["T-KYZ", "first_water_body"].split() == ["Syr", "Darya"]
    assert summary.loc["T-KYZ", "snap_dist_m"] < 5000


def test_import_inventory_parity_on_the_messy_spreadsheet(tmf_processing):
    messy = str(SAMPLE / "tmf_inventory_messy.csv")
    countries = gpd.read_file(SAMPLE / "countries.gpkg")
    facilities, report = api.import_inventory(messy, country=countries[countries["ISO_A3"] == "KAZ"])
    direct = _processing_run("tmf:importinventory", {"INPUT": messy, "COUNTRY": str(SAMPLE / "countries.gpkg"),
                                                     "COUNTRY_NAME": "KAZ", "OUTPUT": "memory:",
                                                     "REPORT": "memory:"})
    assert assert_same_features(direct["OUTPUT"], facilities) >= 100
    assert assert_same_features(direct["REPORT"], report, key=("row", "field")) >= 3
    assert facilities.crs.to_epsg() == 4326 and facilities["tmf_id"].dropna().is_unique
    assert facilities.attrs["tmf_outputs"]["PLACED"] == len(facilities)


def test_import_inventory_parity_with_a_geodataframe_input(tmf_processing):
    clean = SAMPLE / "tmf_inventory.gpkg"
    facilities, report = api.import_inventory(gpd.read_file(clean))
    direct = _processing_run("tmf:importinventory", {"INPUT": str(clean), "OUTPUT": "memory:", "REPORT": "memory:"})
    assert assert_same_features(direct["OUTPUT"], facilities) >= 100
    assert len(report) == direct["REPORT"].featureCount()


def test_hazard_index_parity(tmf_processing):
    clean = SAMPLE / "tmf_inventory.gpkg"
    through_api = api.hazard_index(gpd.read_file(clean))
    direct = _processing_run("tmf:hazardindex", {"INPUT": str(clean), "OUTPUT": "memory:"})["OUTPUT"]
    assert assert_same_features(direct, through_api) >= 100
    complete = through_api[through_api["thi_complete"].astype(bool)]
    # THI is the sum of its components wherever it is complete (log10 of the volume plus the class scores).
    parts = complete[["thi_cap", "thi_tox", "thi_man", "thi_flood", "thi_seism", "thi_dam"]].sum(axis=1)
    assert len(complete) > 0 and (parts - complete["thi"]).abs().max() < 1e-6


def _words_outside_maps(pdf: Path, layout) -> list[str]:
    """The words printed on page 1 outside the layout's map frames (titles, table, legend, sources, dates).

    Map labels are left out: which of two colliding labels QGIS places can differ between two renderings.
    """
    import re
    import subprocess

    from qgis.core import QgsLayoutItemMap

    frames = [item.sceneBoundingRect() for item in layout.items() if isinstance(item, QgsLayoutItemMap)]
    html = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-bbox", str(pdf), "-"], capture_output=True,
                          text=True).stdout
    words = []
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    for x_min, y_min, x_max, y_max, text in re.findall(pattern, html):
        mm = 25.4 / 72  # PDF points to layout millimetres
        x, y = (float(x_min) + float(x_max)) / 2 * mm, (float(y_min) + float(y_max)) / 2 * mm
        if not any(frame.contains(x, y) for frame in frames):
            words.append(text)
    return words


def test_export_map_sheets_parity(tmf_processing, towns_file, tmp_path):
    """Same sheets from the API and from processing.run: files, pages, and every word outside the map frames."""
    from qgis.core import QgsProject

    def last_layout():
        layouts = QgsProject.instance().layoutManager().layouts()
        assert len(layouts) == 1  # the algorithm saves the sheet's layout into the project
        return layouts[0]

    rivers, places = str(SAMPLE / "rivers.gpkg"), str(SAMPLE / "places.gpkg")
    # The algorithm saves its layout and layers into the project and takes unset layers from it: start both runs
    # from an empty project, as two fresh processes would.
    QgsProject.instance().clear()
    towns = gpd.read_file(towns_file)
    towns.attrs["layer_name"] = "towns"  # the sheet's source line names the layer, as QGIS names the file's layer
    through_api = api.export_map_sheets(towns, tmp_path / "api", sheets="overview", language="ru",
                                        title="Парность", rivers=rivers, places=places, dpi=50)
    ours = [_words_outside_maps(pdf, last_layout()) for pdf in through_api]
    QgsProject.instance().clear()
    direct = _processing_run("tmf:exportmapsheets", {
        "INPUT": str(towns_file), "RIVERS": rivers, "PLACES": places, "SHEETS": "overview", "LANGUAGE": "ru",
        "TITLE": "Парность", "DPI": 50, "OUTPUT_FOLDER": str(tmp_path / "direct")})
    direct_files = [Path(p) for p in direct["FILES"].split(";") if p]
    theirs = [_words_outside_maps(pdf, last_layout()) for pdf in direct_files]
    QgsProject.instance().clear()
    assert [p.name for p in through_api] == [p.name for p in direct_files]
    assert ours == theirs
    assert "Парность" in ours[0] and {"T-UST", "T-KYZ"} <= set(ours[0])  # title and facility table rows
    assert len(ours[0]) > 50


def test_hazard_index_with_an_edited_score_table_from_pandas(tmf_processing, tmp_path):
    """A score table edited as a DataFrame gives what processing.run gives with the same table as a CSV file."""
    import io

    from tmf_plugin.paths import resource

    text = resource("hazard_scores.csv").read_text(encoding="utf-8")
    scores = pd.read_csv(io.StringIO(text), comment="#", dtype=str, keep_default_na=False)
    scores.loc[scores["component"] == "tox", "score"] = "10"
    edited = tmp_path / "scores.csv"
    scores.to_csv(edited, index=False)
    clean = SAMPLE / "tmf_inventory.gpkg"
    through_api = api.hazard_index(gpd.read_file(clean), scores=scores)
    direct = _processing_run("tmf:hazardindex", {"INPUT": str(clean), "SCORES": str(edited), "OUTPUT": "memory:"})
    assert assert_same_features(direct["OUTPUT"], through_api) >= 100
    scored = through_api["thi_tox"].dropna()
    assert len(scored) > 0 and (scored == 10).all()


def test_import_inventory_from_a_pandas_table(tmf_processing):
    """An inventory already in pandas gives the facilities of the file; report rows count the frame's rows."""
    messy = SAMPLE / "tmf_inventory_messy.csv"
    # The agency file has a title line above the header, in Windows-1251 with ';' between columns.
    table = pd.read_csv(messy, sep=";", encoding="cp1251", dtype=str, skiprows=1)
    facilities, report = api.import_inventory(table, country=str(SAMPLE / "countries.gpkg"))
    direct = _processing_run("tmf:importinventory", {"INPUT": str(messy), "COUNTRY": str(SAMPLE / "countries.gpkg"),
                                                     "OUTPUT": "memory:", "REPORT": "memory:"})
    assert assert_same_features(direct["OUTPUT"], facilities) >= 100
    file_rows = sorted((f["row"], f["field"]) for f in direct["REPORT"].getFeatures())
    assert sorted(zip(report["row"] + 2, report["field"])) == file_rows  # title line and header line
    id_column = table.columns[1]
    for row, tmf_id in zip(report["row"], report["tmf_id"]):
        if isinstance(tmf_id, str) and tmf_id:
            assert table.iloc[row - 1][id_column] == tmf_id
