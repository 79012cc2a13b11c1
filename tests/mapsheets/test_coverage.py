"""Where sheets look: the home extent and the region coverage find countries and regions by the shared core lookup."""

from __future__ import annotations

import pytest

KAZAKHSTAN_BOX = (50.0, 40.0, 87.0, 55.0)
RUSSIA_BOX = (40.0, 55.0, 120.0, 75.0)


def _polygons(field: str, rows: list[tuple[str, tuple[float, float, float, float]]]):
    from qgis.core import QgsFeature, QgsGeometry, QgsRectangle, QgsVectorLayer

    layer = QgsVectorLayer(f"Polygon?crs=EPSG:4326&field={field}:string", "polygons", "memory")
    features = []
    for value, box in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(*box)))
        feature.setAttributes([value])
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


def _facilities(points: list[tuple[float, float]]):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=tmf_id:string&field=sheet_region:string", "f", "memory")
    features = []
    for number, (lon, lat) in enumerate(points, start=1):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        feature.setAttributes([f"KZ-{number:03d}", None])
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    return layer


def _in_sheet_crs(box: tuple[float, float, float, float]):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsProject, QgsRectangle

    from tmf_plugin.mapsheets.coverage import sheet_crs

    geometry = QgsGeometry.fromRect(QgsRectangle(*box))
    geometry.transform(QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), sheet_crs(),
                                              QgsProject.instance()))
    return geometry.boundingBox()


@pytest.mark.parametrize("spelling", ["Қазақстан", "Казахстан", "Kazakhstan", "KAZ"])
def test_home_extent_finds_kazakhstan_by_any_spelling_without_an_iso_field(qgis_app, spelling):
    from tmf_plugin.mapsheets.coverage import home_extent, sheet_crs

    countries = _polygons("NAME", [("Россия", RUSSIA_BOX), (spelling, KAZAKHSTAN_BOX)])
    extent = home_extent(countries, _facilities([(70.0, 48.0)]), sheet_crs())
    expected = _in_sheet_crs(KAZAKHSTAN_BOX)
    for got, want in zip((extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()),
                         (expected.xMinimum(), expected.yMinimum(), expected.xMaximum(), expected.yMaximum())):
        assert got == pytest.approx(want, abs=1.0)


def test_home_extent_without_kazakhstan_is_the_facilities_alone(qgis_app):
    from tmf_plugin.mapsheets.coverage import home_extent, sheet_crs

    countries = _polygons("NAME", [("Россия", RUSSIA_BOX), ("Кыргызстан", (69.0, 39.0, 80.0, 43.0))])
    extent = home_extent(countries, _facilities([(60.0, 45.0), (80.0, 50.0)]), sheet_crs())
    points = _in_sheet_crs((60.0, 45.0, 60.0, 45.0)), _in_sheet_crs((80.0, 50.0, 80.0, 50.0))
    assert extent.xMinimum() == pytest.approx(points[0].xMinimum(), abs=1.0)
    assert extent.yMaximum() == pytest.approx(points[1].yMaximum(), abs=1.0)


@pytest.mark.parametrize("field", ["NAME_1", "shapeName", "oblast", "title"])
def test_region_coverage_names_regions_by_the_inventory_region_fields(qgis_app, field):
    from tmf_plugin.mapsheets.coverage import region_coverage, sheet_crs

    regions = _polygons(field, [("Павлодар облысы", (73.0, 50.0, 79.0, 54.0)),
                                ("Атырау облысы", (46.0, 45.0, 55.0, 49.0)),
                                ("Жамбыл облысы", (69.0, 42.0, 75.0, 46.0))])
    facilities = _facilities([(76.0, 52.0), (51.0, 47.0), (77.0, 53.0)])
    coverage = region_coverage(regions, facilities, sheet_crs())
    rows = [(f["name"], f["facilities"]) for f in coverage.getFeatures()]
    assert rows == [("Атырау облысы", 1), ("Павлодар облысы", 2)]
    assert sorted(f["sheet_region"] for f in facilities.getFeatures()) == [
        "Атырау облысы", "Павлодар облысы", "Павлодар облысы"]
