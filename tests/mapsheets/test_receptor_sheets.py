"""Facility sheets show the receptors downstream: on the map, labelled, and in the facility table."""

from __future__ import annotations

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

from tests.mapsheets.test_mapsheets import FACILITIES, export, needs_poppler, pdf_text


def receptors_layer() -> QgsVectorLayer:
    """OUTPUT_RECEPTORS-shaped points: two for the first facility, none for the others."""
    facilities = QgsVectorLayer(str(FACILITIES), "facilities", "ogr")
    first = min(facilities.getFeatures(), key=lambda f: f["tmf_id"])
    where = first.geometry().asPoint()
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=tmf_id:string&field=receptor:string&field=km_downstream:double"
                           "&field=dist_m:double&field=population:long", "receptors", "memory")
    features = []
    for name, km, population, dx in (("Zharkent", 3.2, 12345, 0.03), ("Oskemenka", 7.5, None, 0.06)):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(where.x() + dx, where.y() - dx)))
        feature.setAttributes([first["tmf_id"], name, km, 800.0, population])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer, first["tmf_id"]


@needs_poppler
@pytest.mark.parametrize(("language", "heading", "first"), [("en", "first", "Zharkent"), ("ru", "первый", "Жаркент")])
def test_facility_sheet_lists_and_labels_the_receptors(tmf_processing, tmp_path, language, heading, first):
    layer, tmf_id = receptors_layer()
    result = export(tmp_path, RECEPTORS=layer, LANGUAGE=language)
    (pdf,) = [f for f in result["FILES"].split(";") if f]
    page = pdf_text(pdf, 1)
    assert tmf_id in page
    # First downstream, in the sheet language (gazetteer), with its km, in the table (the cell may wrap after ",").
    assert f"{first}, 3.2" in page or (f"{first},\n" in page.replace(" ", "") and "3.2" in page)
    assert page.count(first) >= 2  # and its label on the map
    assert "2 (12" in page and "345)" in page  # two receptors, the one known population
    assert page.count("Oskemenka") >= 1  # a name the gazetteer lacks keeps its spelling on the map
    assert heading in page.lower()


@needs_poppler
def test_the_overview_table_keeps_its_columns_when_receptors_are_given(tmf_processing, tmp_path):
    # Who is downstream belongs to the facility sheets: on the overview those columns would squeeze the region names.
    layer, _tmf_id = receptors_layer()
    result = export(tmp_path, RECEPTORS=layer, LANGUAGE="ru", SHEETS="overview")
    (pdf,) = [f for f in result["FILES"].split(";") if f]
    page = pdf_text(pdf, 1)
    assert "Пункты" not in page and "жители" not in page
    assert "Страна" in page  # the last column of the overview's table is still there
