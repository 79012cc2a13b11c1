"""Hostile data through the Python API: broken files, awkward GeoDataFrames, and a GeoPackage write that fails
half-way, which must leave the earlier file as it was and no partial file behind."""

from __future__ import annotations

import hashlib
import math

import pytest

gpd = pytest.importorskip("geopandas")
shapely = pytest.importorskip("shapely")

from qgis.core import QgsProcessingException  # noqa: E402

from tests.inventory.conftest import write_catalogue  # noqa: E402
from tmf_plugin import api  # noqa: E402
from tmf_plugin.api.convert import to_layer, write_gpkg  # noqa: E402


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    return write_catalogue(tmp_path_factory.mktemp("hostile_api"))


@pytest.mark.parametrize("name", ["empty.csv", "random_bytes.csv", "one_megabyte_cell.csv", "truncated.geojson"])
def test_a_hostile_file_raises_naming_it(tmf_processing, hostile, name):
    before = hashlib.sha256((hostile / name).read_bytes()).hexdigest()
    with pytest.raises(QgsProcessingException) as error:
        api.import_inventory(hostile / name)
    assert name in str(error.value) and "Traceback" not in str(error.value)
    assert hashlib.sha256((hostile / name).read_bytes()).hexdigest() == before


def test_a_good_file_among_them_still_imports(tmf_processing, hostile):
    facilities, report = api.import_inventory(hostile / "nan_inf_coordinates.csv", country_name="")
    assert len(facilities) == 2 and set(facilities["tmf_id"]) == {"H-1", "N-6"}
    assert {"N-2", "N-3", "N-4", "N-5"} <= set(report["tmf_id"])


def test_mixed_geometry_types_are_refused_clearly(qgis_app):
    frame = gpd.GeoDataFrame({"tmf_id": ["a", "b"]}, geometry=[shapely.Point(70, 48), shapely.box(70, 48, 71, 49)],
                             crs=4326)
    with pytest.raises(ValueError, match="Point, Polygon"):
        to_layer(frame)


@pytest.mark.parametrize("geometry", [None, shapely.Point(math.nan, math.nan), shapely.Point()],
                         ids=["none", "nan", "empty"])
def test_missing_geometries_become_features_without_geometry(qgis_app, geometry):
    frame = gpd.GeoDataFrame({"tmf_id": ["good", "odd"]}, geometry=[shapely.Point(70, 48), geometry], crs=4326)
    layer = to_layer(frame)
    features = {f["tmf_id"]: f for f in layer.getFeatures()}
    assert set(features) == {"good", "odd"}
    assert features["good"].geometry().asPoint().x() == 70
    odd = features["odd"].geometry()
    assert odd.isNull() and odd.isEmpty()  # a feature without geometry, whatever shapely held


def test_a_failed_write_keeps_the_earlier_file(qgis_app, tmp_path):
    good = gpd.GeoDataFrame({"tmf_id": ["a"]}, geometry=[shapely.Point(70, 48)], crs=4326)
    target = tmp_path / "results.gpkg"
    write_gpkg({"facilities": good}, target)
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    mixed = gpd.GeoDataFrame({"tmf_id": ["a", "b"]}, geometry=[shapely.Point(70, 48), shapely.box(0, 0, 1, 1)],
                             crs=4326)
    with pytest.raises(ValueError):
        write_gpkg({"facilities": good, "broken": mixed}, target)
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before


def test_a_failed_write_leaves_no_partial_file(qgis_app, tmp_path):
    good = gpd.GeoDataFrame({"tmf_id": ["a"]}, geometry=[shapely.Point(70, 48)], crs=4326)
    mixed = gpd.GeoDataFrame({"tmf_id": ["a", "b"]}, geometry=[shapely.Point(70, 48), shapely.box(0, 0, 1, 1)],
                             crs=4326)
    with pytest.raises(ValueError):
        write_gpkg({"facilities": good, "broken": mixed}, tmp_path / "results.gpkg")
    (tmp_path / "folder.gpkg").mkdir()
    with pytest.raises(OSError):
        write_gpkg({"facilities": good}, tmp_path / "folder.gpkg")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.gpkg"]
