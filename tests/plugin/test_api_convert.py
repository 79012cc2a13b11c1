"""GeoDataFrame <-> QGIS layer conversion keeps CRS, field types, NULLs and geometries; plugin loads no pandas."""

from __future__ import annotations

import datetime
import subprocess
import sys

import pytest

gpd = pytest.importorskip("geopandas")
pd = pytest.importorskip("pandas")
shapely = pytest.importorskip("shapely")

from qgis.core import QgsVectorLayer, QgsWkbTypes  # noqa: E402
from qgis.PyQt.QtCore import QDate, QVariant  # noqa: E402

from tests.conftest import ROOT, SAMPLE  # noqa: E402
from tmf_plugin.api.convert import to_geodataframe, to_layer, write_gpkg  # noqa: E402


def _is_null(value) -> bool:
    return value is None or (isinstance(value, QVariant) and value.isNull())


def _frame():
    return gpd.GeoDataFrame(
        {
            "tmf_id": ["KZ-001", "KZ-002", None],
            "volume_m3": [1.5e6, None, 3.0],
            "year_commissioned": pd.array([1971, None, 2004], dtype="Int64"),
            "flood_prone": pd.array([True, None, False], dtype="boolean"),
            "last_inspection": [datetime.date(2020, 1, 2), None, datetime.date(2021, 5, 6)],
            "name": ["Хвостохранилище", "Қалдық қоймасы", "plain"],
        },
        geometry=[shapely.Point(82.6, 49.95), shapely.MultiPoint([(71, 51), (72, 52)]), None],
        crs="EPSG:32643",
    )


def test_frame_to_layer_keeps_types_nulls_crs_and_geometries(qgis_app):
    layer = to_layer(_frame(), "facilities")
    assert layer.isValid() and layer.featureCount() == 3
    assert layer.crs().authid() == "EPSG:32643"
    assert layer.wkbType() == QgsWkbTypes.MultiPoint  # single points are promoted when multis are present
    types = {field.name(): field.type() for field in layer.fields()}
    assert types == {
        "tmf_id": QVariant.String,
        "volume_m3": QVariant.Double,
        "year_commissioned": QVariant.Int,  # whole numbers that fit 32 bits, as GDAL gives them to QGIS
        "flood_prone": QVariant.Bool,
        "last_inspection": QVariant.Date,
        "name": QVariant.String,
    }
    features = list(layer.getFeatures())
    assert features[0]["last_inspection"] == QDate(2020, 1, 2)
    assert features[0]["name"] == "Хвостохранилище"
    assert features[0].geometry().asWkt(6) == "MultiPoint ((82.6 49.95))"
    second = features[1]
    for name in ("volume_m3", "year_commissioned", "flood_prone", "last_inspection"):
        assert _is_null(second[name]), name
    assert features[2].geometry().isNull()


def test_round_trip_gives_back_the_same_values(qgis_app):
    original = _frame()
    back = to_geodataframe(to_layer(original, "facilities"))
    assert list(back.columns) == list(original.columns)
    assert str(back.crs) == "EPSG:32643"
    assert back["tmf_id"].tolist() == ["KZ-001", "KZ-002", None]
    assert back["volume_m3"].iloc[0] == 1.5e6 and pd.isna(back["volume_m3"].iloc[1])
    assert str(back["year_commissioned"].dtype) == "Int64" and back["year_commissioned"].iloc[2] == 2004
    assert back["year_commissioned"].isna().tolist() == [False, True, False]
    assert back["flood_prone"].tolist()[0] is True and pd.isna(back["flood_prone"].iloc[1])
    assert back["last_inspection"].tolist() == [datetime.date(2020, 1, 2), None, datetime.date(2021, 5, 6)]
    assert back.geometry.iloc[1].equals(original.geometry.iloc[1])
    assert back.geometry.iloc[2] is None
    # The remembered QGIS types make a second trip exact.
    again = to_layer(back, "again")
    assert [f.type() for f in again.fields()] == [f.type() for f in to_layer(original, "x").fields()]


def test_sample_layer_reads_with_every_feature_and_exact_coordinates(qgis_app):
    layer = QgsVectorLayer(str(SAMPLE / "rivers.gpkg"), "rivers", "ogr")
    frame = to_geodataframe(layer)
    truth = gpd.read_file(SAMPLE / "rivers.gpkg")  # pyogrio's own reading, independent of QGIS
    assert len(frame) == len(truth) == layer.featureCount()
    assert frame.crs.to_epsg() == 4326
    merged = frame.merge(truth, on=["name", "rivernum", "featurecla"], suffixes=("", "_truth"))
    assert len(merged) == len(truth)
    assert all(a.equals_exact(b, 1e-12) for a, b in zip(merged.geometry, merged["geometry_truth"]))


def test_column_types_from_a_geopandas_reader(qgis_app):
    """geopandas reads Integer and Date fields as int64 and datetime64; QGIS types come back as GDAL gives them."""
    frame = pd.DataFrame({
        "small": pd.Series([1, 2], dtype="int64"),
        "large": pd.Series([1, 2**40], dtype="int64"),
        "day": pd.to_datetime(["2021-05-06", "2022-01-01"]),
        "moment": pd.to_datetime(["2021-05-06 10:30", "2022-01-01 00:00"]),
    })
    frame.attrs["layer_name"] = "named"
    layer = to_layer(frame, "fallback")
    assert layer.name() == "named"
    assert [f.type() for f in layer.fields()] == [QVariant.Int, QVariant.LongLong, QVariant.Date, QVariant.DateTime]
    values = next(iter(layer.getFeatures())).attributes()
    assert values[2] == QDate(2021, 5, 6) and values[3].time().minute() == 30


def test_table_without_geometry_becomes_a_table_layer(qgis_app):
    report = pd.DataFrame({"row": [3, 7], "field": ["volume_m3", "status"], "problem": ["not a number", None]})
    layer = to_layer(report, "report")
    assert layer.wkbType() == QgsWkbTypes.NoGeometry and layer.featureCount() == 2
    back = to_geodataframe(layer)
    assert not isinstance(back, gpd.GeoDataFrame)
    assert back.to_dict("list") == {"row": [3, 7], "field": ["volume_m3", "status"], "problem": ["not a number", None]}


def test_mixed_geometry_families_are_refused_with_a_message(qgis_app):
    frame = gpd.GeoDataFrame({"a": [1, 2]}, geometry=[shapely.Point(0, 0), shapely.LineString([(0, 0), (1, 1)])])
    with pytest.raises(ValueError, match="LineString, Point"):
        to_layer(frame, "mixed")


def test_write_gpkg_keeps_every_layer_and_field_type(qgis_app, tmp_path):
    path = write_gpkg({"facilities": _frame(), "report": pd.DataFrame({"row": [1], "problem": ["x"]})},
                      tmp_path / "out.gpkg")
    facilities = QgsVectorLayer(f"{path}|layername=facilities", "f", "ogr")
    report = QgsVectorLayer(f"{path}|layername=report", "r", "ogr")
    assert facilities.featureCount() == 3 and report.featureCount() == 1
    assert facilities.crs().authid() == "EPSG:32643"
    types = {field.name(): field.type() for field in facilities.fields()}
    assert types["last_inspection"] == QVariant.Date and types["flood_prone"] == QVariant.Bool
    assert not list(tmp_path.glob("*.partial*"))


HEAVY = ("geopandas", "pandas", "shapely", "pyogrio", "fiona", "pyproj")


def test_plugin_import_does_not_load_the_geopandas_stack():
    # Measured against what QGIS itself loaded: QGIS 3.40's qgis.core imports shapely when it can.
    code = (
        "import sys\n"
        "sys.path.insert(0, '/usr/share/qgis/python/plugins')\n"
        "import qgis.core, qgis.gui\n"
        f"heavy = {HEAVY!r}\n"
        "before = {m for m in heavy if m in sys.modules}\n"
        "import tmf_plugin, tmf_plugin.plugin, tmf_plugin.processing.provider as p\n"
        "p.algorithm_classes()\n"
        "import tmf_plugin.api, tmf_plugin.api.demo, tmf_plugin.__main__\n"  # geopandas only once a function runs
        "print(','.join(sorted(m for m in heavy if m in sys.modules and m not in before)))\n"
    )
    completed = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                               env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}, timeout=120)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == ""


def test_the_plugin_imports_the_geopandas_stack_only_inside_functions():
    """What QGIS loaded itself hides a module-level import from the test above: the sources are read too."""
    import ast

    top_level = []
    for path in sorted((ROOT / "tmf_plugin").rglob("*.py")):
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            top_level += [f"{path.name}: {n}" for n in names if n.split(".")[0] in HEAVY]
    assert top_level == []


def test_curves_m_values_and_z_reach_shapely(qgis_app):
    curved = QgsVectorLayer("CompoundCurve?crs=EPSG:4326", "curved", "memory")
    measured = QgsVectorLayer("LineStringZM?crs=EPSG:4326", "measured", "memory")
    from qgis.core import QgsFeature, QgsGeometry

    for layer, wkt in ((curved, "CompoundCurve(CircularString(0 0, 1 1, 2 0))"),
                       (measured, "LineStringZM(70 50 100 1, 71 51 120 2)")):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        layer.dataProvider().addFeatures([feature])
    arc = to_geodataframe(curved).geometry.iloc[0]
    assert arc.geom_type == "LineString" and len(arc.coords) > 10  # segmentised along the arc
    assert max(y for _, y in arc.coords) == pytest.approx(1.0, abs=1e-6)
    line = to_geodataframe(measured).geometry.iloc[0]
    assert line.has_z and list(line.coords) == [(70, 50, 100), (71, 51, 120)]  # M dropped, Z kept
    back = to_layer(to_geodataframe(measured), "again")
    assert back.wkbType() == QgsWkbTypes.LineStringZ
    assert next(iter(back.getFeatures())).geometry().constGet().zAt(1) == 120
