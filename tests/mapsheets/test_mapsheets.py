"""Map sheets (job 4): tmf:exportmapsheets writes real, readable PDF/PNG sheets in English, Russian and Kazakh."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.mapsheets.conftest import DATA, FACILITIES, IDS, ink, pdf_pages, pdf_text, render_page

# Regions of the Natural Earth sample holding the test facilities (Balkhash and Zhezkazgan in Qaraghandy).
REGIONS = ["Almaty", "Aqtöbe", "East Kazakhstan", "Qaraghandy", "Qostanay"]
TITLE = "Рабочая группа по хвостохранилищам"
SHEET_OF = {"en": "Sheet {n} of {m}", "ru": "Лист {n} из {m}", "kk": "{n}-парақ, барлығы {m}"}
DISCLAIMER_WORD = {"en": "not authoritative", "ru": "не являются официальными", "kk": "ресми емес"}
LEGEND_WORD = {"en": "Legend", "ru": "Условные обозначения", "kk": "Шартты белгілер"}

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def export(tmp_path: Path, **parameters) -> dict:
    import processing

    values = {"INPUT": str(FACILITIES), "PATHS": str(DATA / "paths.geojson"),
              "CORRIDORS": str(DATA / "corridors.geojson"), "SHEETS": "facility", "LANGUAGE": "en",
              "FORMAT": "pdf", "DPI": 72, "TITLE": TITLE, "SUBTITLE": "Meeting of 25 November 2026",
              "OUTPUT_FOLDER": str(tmp_path / "sheets")}
    values.update(parameters)
    return processing.run("tmf:exportmapsheets", values)


# ---- pure helpers -------------------------------------------------------------------------------------------------

def test_every_sheet_text_is_translated_for_the_sheet_language_not_the_interface():
    from tmf_plugin.mapsheets.texts import TEXTS, country_name, text

    for key in TEXTS:
        russian, kazakh = text("ru", key), text("kk", key)
        assert russian.strip() and kazakh.strip(), key
        if len(TEXTS[key]) > 12 and re.search("[A-Za-z]{4}", re.sub(r"\{\w+\}", "", TEXTS[key])):
            assert russian != TEXTS[key] and kazakh != TEXTS[key], key
    # The interface stays English here (no translator installed): the sheet language alone decides.
    assert text("ru", "sheet_n_of_m", n=3, m=7) == "Лист 3 из 7"
    assert text("kk", "sheet_n_of_m", n=3, m=7) == "3-парақ, барлығы 7"
    assert text("en", "sheet_n_of_m", n=3, m=7) == "Sheet 3 of 7"
    assert text("xx", "legend") == "Legend"
    assert country_name("kk", "Russia") == "Ресей" and country_name("ru", "China") == "Китай"
    assert country_name("ru", "Atlantis") == "Atlantis"


def test_file_stems_and_legend_wrapping():
    from tmf_plugin.mapsheets.export import safe_file_stem
    from tmf_plugin.mapsheets.layout import wrap_words

    assert safe_file_stem("KZ-002") == "KZ-002"
    assert safe_file_stem("East Kazakhstan") == "East_Kazakhstan"
    assert safe_file_stem("Aqtöbe") == "Aqtöbe"
    assert safe_file_stem("a/b\\c:d") == "a_b_c_d"
    assert safe_file_stem("///") == "sheet"
    wrapped = wrap_words("Ағыс төменіндегі су объектілерінің буферлік аймағы", 20)
    assert all(len(line) <= 20 for line in wrapped.split("|"))
    assert wrapped.replace("|", " ") == "Ағыс төменіндегі су объектілерінің буферлік аймағы"


def test_sheet_boxes_stay_on_the_page_and_do_not_overlap():
    from tmf_plugin.mapsheets.sheet_geometry import page_size, sheet_boxes

    for paper in ("A4", "A3"):
        for orientation in ("landscape", "portrait"):
            width, height = page_size(paper, orientation)
            boxes = {k: v for k, v in sheet_boxes(paper, orientation).items() if isinstance(v, tuple)}
            for name, (x, y, w, h) in boxes.items():
                assert 0 <= x and 0 <= y and x + w <= width + 0.01 and y + h <= height + 0.01, (paper, name)
            # Items that sit side by side must not overlap (north arrow and scale bar sit on the map on purpose).
            free = [k for k in boxes if k not in ("north_arrow", "scalebar")]
            for i, a in enumerate(free):
                for b in free[i + 1:]:
                    ax, ay, aw, ah = boxes[a]
                    bx, by, bw, bh = boxes[b]
                    overlap = (ax < bx + bw - 0.01 and bx < ax + aw - 0.01
                               and ay < by + bh - 0.01 and by < ay + ah - 0.01)
                    assert not overlap, (paper, orientation, a, b)


# ---- the algorithm -----------------------------------------------------------------------------------------------

@needs_poppler
@pytest.mark.parametrize("language", ["en", "ru", "kk"])
@pytest.mark.parametrize("kind", ["overview", "facility", "region"])
def test_sheets_of_each_kind_and_language(tmf_processing, tmp_path, output_dir, kind, language):
    result = export(tmp_path, SHEETS=kind, LANGUAGE=language)
    files = [Path(p) for p in result["FILES"].split(";")]
    assert len(files) == 1 and files[0].suffix == ".pdf" and files[0].exists()
    pdf = files[0]
    # The overview's table continues on a second sheet when its rows (names wrap) overflow the first.
    expected_pages = {"overview": pdf_pages(pdf), "facility": len(IDS), "region": len(REGIONS)}[kind]
    assert pdf_pages(pdf) == expected_pages and (kind != "overview" or expected_pages <= 2)
    content = pdf_text(pdf)
    assert content.count(TITLE) == expected_pages
    for n in range(1, expected_pages + 1):
        assert SHEET_OF[language].format(n=n, m=expected_pages) in content
    assert content.count(DISCLAIMER_WORD[language]) == expected_pages
    assert content.count(LEGEND_WORD[language]) == (1 if kind == "overview" else expected_pages)
    assert "Natural Earth" in content
    if kind == "facility":
        for n, tmf_id in enumerate(IDS, start=1):  # atlas order is by ID: sheet n shows facility n
            assert tmf_id in pdf_text(pdf, n)
    elif kind == "region":
        from tmf_plugin.core.gazetteer import localise

        # Region sheets are named, and ordered, in the sheet language (Aqtöbe: Aktobe, Актюбинская, Ақтөбе).
        names = sorted(localise("region", region, language) for region in REGIONS)
        for name in names:
            assert name in content
        east = pdf_text(pdf, names.index(localise("region", "East Kazakhstan", language)) + 1)
        assert "KZ-002" in east and "KZ-003" in east
        if language == "en":
            assert "Facilities: 2 of 2" in east
    else:
        for tmf_id in ("KZ-002", "KZ-006"):  # the flagged "high" facilities head the overview table
            assert tmf_id in content
        # The overview does not label facilities, so every ID in the text is a table row: all of them, once.
        assert sorted(re.findall(r"KZ-00\d", content)) == IDS
        if language == "en":
            assert "All 7 facilities" in content
    png = render_page(pdf, 1, output_dir / f"mapsheet_{kind}_{language}.png")
    share, colours = ink(png)
    assert share > 0.25, f"page looks blank: {share:.0%} inked"
    assert colours > 40


@needs_poppler
def test_one_pdf_per_facility_named_by_id_and_png_at_dpi(tmf_processing, tmp_path):
    result = export(tmp_path, FORMAT="pdfs", LANGUAGE="ru", PAPER="A3", ORIENTATION="portrait")
    files = [Path(p) for p in result["FILES"].split(";")]
    assert sorted(f.name for f in files) == [f"{i}.pdf" for i in IDS]
    assert result["SHEET_COUNT"] == len(IDS)
    first = files[0]
    assert pdf_pages(first) == 1
    assert "Лист 1 из 7" in pdf_text(first) and "KZ-001" in pdf_text(first)
    size = subprocess.run(["pdfinfo", str(first)], capture_output=True, text=True).stdout
    assert "A3" in size
    # No temporary files left, and no layout GeoPackage from a script run whose project is not saved.
    assert sorted(p.name for p in (tmp_path / "sheets").iterdir()) == [f"{i}.pdf" for i in IDS]

    from qgis.PyQt.QtGui import QImage

    png = export(tmp_path, FORMAT="png", SHEETS="overview", DPI=60, LANGUAGE="kk",
                 OUTPUT_FOLDER=str(tmp_path / "png"))
    # One image per page: the overview's table continues on a second sheet (overview_kk_2.png).
    files = png["FILES"].split(";")
    assert [Path(f).name for f in files] == ["overview_kk.png", "overview_kk_2.png"][:len(files)]
    image = QImage(files[0])
    assert abs(image.width() - 297 / 25.4 * 60) <= 1 and abs(image.height() - 210 / 25.4 * 60) <= 1


@needs_poppler
def test_layers_from_the_project_replace_the_sample_and_the_layout_is_added(tmf_processing, tmp_path):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer

    project = QgsProject.instance()
    rivers = QgsVectorLayer("LineString?crs=EPSG:4326&field=name:string", "мои реки", "memory")
    feature = QgsFeature(rivers.fields())
    feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(74.90, 46.80), QgsPointXY(75.10, 46.95)]))
    feature.setAttributes(["Testriver"])
    rivers.dataProvider().addFeatures([feature])
    rivers.setCustomProperty("tmf_safety/result", "rivers")
    project.addMapLayer(rivers)
    places = QgsVectorLayer("Point?crs=EPSG:4326&field=NAME:string", "Places", "memory")  # found by its name
    town = QgsFeature(places.fields())
    town.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(75.05, 46.90)))
    town.setAttributes(["Testtown"])
    places.dataProvider().addFeatures([town])
    project.addMapLayer(places)
    saved = tmp_path / "meeting.qgz"
    project.setFileName(str(saved))  # a project that is saved keeps the layout's own layers in a GeoPackage
    try:
        result = export(tmp_path, LANGUAGE="ru")
        first = pdf_text(Path(result["FILES"]), 1)
        assert "Testtown" in first and "Balqash" not in first  # the project's settlements replace the sample
        assert "«мои реки»" in first  # the project's rivers are credited by their layer name
        layout = project.layoutManager().layoutByName("TMF Safety sheets: facility (ru, A4 landscape)")
        assert layout is not None and layout.atlas().enabled() and layout.atlas().updateFeatures() == len(IDS)
        assert rivers.renderer().symbol().color().name() != "#3a7fc1"  # the user's layer kept its own style
        # The layout's own layers live in a GeoPackage beside the sheets, so it survives saving the project.
        group = project.layerTreeRoot().findGroup(layout.name())
        providers = {node.layer().providerType() for node in group.findLayers()}
        assert "memory" not in providers
        assert (tmp_path / "sheets" / "sheet_layers_facility_ru_A4_landscape.gpkg").exists()
        assert project.write(str(saved))
        project.clear()
        assert project.read(str(saved))
        reopened = project.layoutManager().layoutByName("TMF Safety sheets: facility (ru, A4 landscape)")
        assert reopened.atlas().updateFeatures() == len(IDS)
        assert reopened.itemById("table").multiFrame().vectorLayer().featureCount() == len(IDS)
    finally:
        project.setFileName("")
        project.removeAllMapLayers()
        for layout in project.layoutManager().layouts():
            project.layoutManager().removeLayout(layout)


def test_facilities_without_ids_are_refused_clearly(tmf_processing, tmp_path):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "no ids", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(70, 48)))
    feature.setAttributes(["x"])
    layer.dataProvider().addFeatures([feature])
    with pytest.raises(QgsProcessingException, match="tmf_id"):
        export(tmp_path, INPUT=layer)
    assert not (tmp_path / "sheets").exists() or not list((tmp_path / "sheets").iterdir())


@needs_poppler
def test_an_unflagged_inventory_still_gets_legend_and_table(tmf_processing, tmp_path):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:3857&field=tmf_id:string&field=name:string", "inventory", "memory")
    features = []
    for tmf_id, lon, lat in (("A-1", 69.6, 42.3), ("A-2", 82.6, 49.9), ("A-3", 63.1, 52.9)):
        feature = QgsFeature(layer.fields())
        point = QgsGeometry.fromPointXY(QgsPointXY(lon, lat))
        point.transform(_wgs84_to(layer.crs()))
        feature.setGeometry(point)
        feature.setAttributes([tmf_id, f"Facility {tmf_id}"])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    result = export(tmp_path, INPUT=layer, PATHS=None, CORRIDORS=None, FORMAT="pdfs", MAX_SHEETS=2)
    files = [Path(p) for p in result["FILES"].split(";")]
    assert [f.name for f in files] == ["A-1.pdf", "A-2.pdf"]  # only the first two, as asked
    first = pdf_text(files[0])
    assert "not assessed" in first and "Facility A-1" in first and "Sheet 1 of 3" in first


def _wgs84_to(crs):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    return QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), crs, QgsProject.instance())


def test_credits_name_hydrosheds_natural_earth_and_other_sources(qgis_app):
    from qgis.core import QgsVectorLayer

    from tmf_plugin.mapsheets.layers import SheetLayer, sample_layer
    from tmf_plugin.mapsheets.layout import credits_text

    hydro = QgsVectorLayer("LineString?crs=EPSG:4326&field=HYRIV_ID:integer&field=NEXT_DOWN:integer"
                           "&field=UPLAND_SKM:double", "r", "memory")
    built = QgsVectorLayer("LineString?crs=EPSG:4326&field=HYRIV_ID:integer&field=NEXT_DOWN:integer", "net", "memory")
    national = QgsVectorLayer("Polygon?crs=EPSG:4326&field=name:string", "oblasts 2023", "memory")
    layers = {"rivers": SheetLayer("rivers", hydro, "parameter", "HydroRIVERS_v10_as"),
              "lakes": SheetLayer("lakes", sample_layer("lakes"), "sample", "lakes.gpkg"),
              "regions": SheetLayer("regions", national, "project", "oblasts 2023")}
    lines = credits_text("ru", "Реестр 2026", layers).splitlines()
    assert lines[0] == "Источники: Хвостохранилища: реестр «Реестр 2026»; оценка риска — TMF Safety for QGIS"
    assert lines[1] == "Создано с использованием Natural Earth (общественное достояние): озёра и водохранилища"
    assert lines[2] == "Данные HydroSHEDS (WWF; Lehner & Grill 2013): реки"
    # A name in Latin letters is not printed on a Russian sheet: the kind of data is said instead.
    assert lines[3] == "Границы областей: данные пользователя"
    assert credits_text("ru", "TMF inventory 2026", layers).splitlines()[0] == (
        "Источники: Хвостохранилища: реестр; оценка риска — TMF Safety for QGIS")
    assert "Region boundaries: «oblasts 2023»" in credits_text("en", "x", layers)
    # A network built by tmf:buildrivernetwork has the HydroRIVERS fields but is not HydroSHEDS data.
    layers["rivers"] = SheetLayer("rivers", built, "parameter", "network")
    english = credits_text("en", "x", layers)
    assert "HydroSHEDS" not in english and "Rivers: «network»" in english
