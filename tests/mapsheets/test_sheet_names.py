"""Map sheets in the meeting's language: the gazetteer, and ru / kk sheets of facilities all over Kazakhstan."""

from __future__ import annotations

import re
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.conftest import SAMPLE

NEIGHBOURS = ("KAZ", "RUS", "CHN", "KGZ", "UZB", "TKM")
# Latin words a Russian or Kazakh sheet may print: facility IDs, the index, the plugin and the data credit.
ALLOWED = {"THI", "TMF", "Safety", "for", "QGIS", "Natural", "Earth"}
EXONYMS = {"ru": ("Россия", "Китай", "Иртыш", "Ишим", "Тобол"), "kk": ("Ресей", "Қытай", "Ертіс", "Есіл", "Тобыл")}


def _names(layer: str, sql: str) -> list[str]:
    with sqlite3.connect(f"file:{SAMPLE / layer}.gpkg?mode=ro", uri=True) as db:
        return [row[0] for row in db.execute(sql) if row[0]]


# ---- the gazetteer on its own --------------------------------------------------------------------------------------

def test_kazakh_and_russian_names_follow_the_official_spellings(qgis_app):
    from tmf_plugin.core.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    expected = {
        ("river", "Ertis"): ("Иртыш", "Ертіс"), ("river", "Ertix"): ("Иртыш", "Ертіс"),
        ("river", "Esil"): ("Ишим", "Есіл"), ("river", "Tobol"): ("Тобол", "Тобыл"), ("river", "Ile"): ("Или", "Іле"),
        ("river", "Syr  Darya"): ("Сырдарья", "Сырдария"), ("river", "Ural"): ("Урал", "Жайық"),
        ("river", "Shu"): ("Чу", "Шу"), ("place", "Astana"): ("Астана", "Астана"),
        ("place", "Almaty"): ("Алматы", "Алматы"), ("place", "Oostanay"): ("Костанай", "Қостанай"),
        ("place", "Petropavlovsk"): ("Петропавловск", "Петропавл"),
        ("place", "Oskemen"): ("Усть-Каменогорск", "Өскемен"),
        ("place", "Semey"): ("Семей", "Семей"), ("country", "Russia"): ("Россия", "Ресей"),
        ("country", "China"): ("Китай", "Қытай"), ("country", "Uzbekistan"): ("Узбекистан", "Өзбекстан"),
        ("country", "Kyrgyzstan"): ("Кыргызстан", "Қырғызстан"),
        ("lake", "Lake Balkhash"): ("озеро Балхаш", "Балқаш көлі"),
        ("lake", "Aral Sea"): ("Аральское море", "Арал теңізі"),
        ("region", "East Kazakhstan"): ("Восточно-Казахстанская", "Шығыс Қазақстан"),
        ("region", "Abai"): ("Абайская", "Абай"), ("region", "Zhetisu"): ("Жетысуская", "Жетісу"),
        ("region", "Ulytau"): ("Улытауская", "Ұлытау"), ("region", "Almaty City"): ("г. Алматы", "Алматы қ."),
    }
    for (kind, name), (russian, kazakh) in expected.items():
        assert gazetteer.localise(kind, name, "ru") == russian, name
        assert gazetteer.localise(kind, name, "kk") == kazakh, name
    assert gazetteer.localise("place", "Oostanay", "en") == "Kostanay"
    # The inventory's own Russian region names (from the agency's file) are spellings too.
    assert gazetteer.localise("region", "Восточно-Казахстанская область", "kk") == "Шығыс Қазақстан"
    assert gazetteer.localise("region", "Северо-Казахстанская область", "ru") == "Северо-Казахстанская"
    assert gazetteer.missing == {}
    # Unknown names keep their spelling and are listed once for the log.
    assert gazetteer.localise("river", "Nowhere Creek", "ru") == "Nowhere Creek"
    gazetteer.localise("river", "Nowhere Creek", "ru")
    assert gazetteer.missing_message("ru") == "No Russian name for: Nowhere Creek"
    assert gazetteer.missing_message("kk") is None


def test_every_named_feature_of_kazakhstan_and_its_neighbours_is_in_the_gazetteer(qgis_app):
    from tmf_plugin.core.gazetteer import load_gazetteer

    neighbours = ",".join(f"'{iso}'" for iso in NEIGHBOURS)
    names = {
        "place": _names("places", f"select NAME from places where ADM0_A3 in ({neighbours})"),
        "region": _names("regions", f"select name from regions where adm0_a3 in ({neighbours}, 'KAB')"),
        "river": _names("rivers", "select name from rivers"),
        "lake": _names("lakes", "select name from lakes"),
        "country": _names("countries", "select NAME from countries"),
    }
    assert len(names["place"]) == 323 and len(names["river"]) == 63  # two of the 65 reaches have no name
    gazetteer = load_gazetteer()
    for kind, values in names.items():
        for language in ("en", "ru", "kk"):
            missing = sorted({v for v in values if gazetteer.lookup(kind, v, language) is None})
            assert not missing, (kind, language, missing)
            if language != "en":
                latin = sorted({v for v in values if re.search("[A-Za-z]", gazetteer.lookup(kind, v, language))})
                assert not latin, (kind, language, latin)


def test_a_users_own_gazetteer_replaces_the_shipped_one_and_bad_tables_name_the_line(tmp_path, qgis_app):
    from tmf_plugin.core.gazetteer import GazetteerError, load_gazetteer

    own = tmp_path / "names.csv"
    own.write_text("# our spellings\nkind,spellings,en,ru,kk\nriver,Ertis;Irtysh,Irtysh,р. Иртыш,Ертіс өзені\n",
                   encoding="utf-8")
    gazetteer = load_gazetteer(own)
    assert gazetteer.localise("river", "Ertis", "ru") == "р. Иртыш"
    assert gazetteer.localise("river", "Esil", "kk") == "Esil"  # not in this table: the data's spelling
    bad = tmp_path / "bad.csv"
    bad.write_text("kind,spellings,en,ru,kk\nriver,Ertis,Irtysh,Иртыш,Ертіс\nmountain,Khan Tengri,,,\n",
                   encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"bad\.csv, line 3: unknown kind mountain"):
        load_gazetteer(bad)
    header = tmp_path / "header.csv"
    header.write_text("name,ru\nErtis,Иртыш\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="header"):
        load_gazetteer(header)


# ---- whole sheets of a facility set spread over Kazakhstan -------------------------------------------------------

def _spread_facilities(folder: Path) -> Path:
    """Facilities 2-5 km from every river of the sample layer inside Kazakhstan, and near its border towns."""
    from qgis.core import (
        QgsFeature,
        QgsField,
        QgsFields,
        QgsGeometry,
        QgsPointXY,
        QgsVectorFileWriter,
        QgsVectorLayer,
        QgsWkbTypes,
    )
    from qgis.PyQt.QtCore import QVariant

    countries = QgsVectorLayer(f"{SAMPLE / 'countries.gpkg'}|layername=countries", "c", "ogr")
    kaz = next(f.geometry() for f in countries.getFeatures() if f["ISO_A3"] == "KAZ")
    inner = kaz.buffer(-0.1, 8)
    rivers = QgsVectorLayer(f"{SAMPLE / 'rivers.gpkg'}|layername=rivers", "r", "ogr")
    points = []
    for river in rivers.getFeatures():
        inside = river.geometry().intersection(inner)
        if inside.isEmpty() or inside.length() < 0.3:
            continue
        for share in (0.3, 0.7):
            at = inside.interpolate(inside.length() * share).asPoint()
            points.append(QgsPointXY(at.x() + 0.03, at.y() + 0.02))
    # Towns at the borders with Russia, China, Kyrgyzstan and Uzbekistan.
    points += [QgsPointXY(x, y) for x, y in ((69.2, 54.9), (80.3, 44.2), (71.4, 42.9), (69.0, 41.6), (63.6, 53.2))]
    regions = QgsVectorLayer(f"{SAMPLE / 'regions.gpkg'}|layername=regions", "g", "ogr")
    kazakh_regions = [(f["name"], f.geometry()) for f in regions.getFeatures() if f["adm0_a3"] == "KAZ"]
    fields = QgsFields()
    for name in ("tmf_id", "name", "operator", "region"):
        fields.append(QgsField(name, QVariant.String))
    path = folder / "spread.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    writer = QgsVectorFileWriter.create(str(path), fields, QgsWkbTypes.Point, countries.crs(),
                                        countries.transformContext(), options)
    for number, point in enumerate(points, 1):
        feature = QgsFeature(fields)
        feature.setGeometry(QgsGeometry.fromPointXY(point))
        # The region as the inventory writes it: the Natural Earth name of the region holding the point.
        region = next((name for name, area in kazakh_regions if area.contains(QgsGeometry.fromPointXY(point))), None)
        feature.setAttributes([f"HS-{number:03d}", f"Хвостохранилище {number}", "ТОО «Рудник»", region])
        writer.addFeature(feature)
    del writer
    return path


@pytest.fixture(scope="module")
def spread_sheets(tmp_path_factory, tmf_processing):
    """ru and kk overview and facility atlas of facilities near every river, flagged by tmf:flagtransboundary."""
    import processing
    from qgis.core import QgsProject

    # Sheets take the layers they are not given from the project: start from an empty one, as a new user does.
    QgsProject.instance().clear()
    folder = tmp_path_factory.mktemp("spread")
    facilities = _spread_facilities(folder)
    flagged = processing.run("tmf:flagtransboundary", {
        "INPUT": str(facilities), "RIVERS": f"{SAMPLE / 'rivers.gpkg'}|layername=rivers",
        "OUTPUT": str(folder / "flagged_facilities.gpkg")})["OUTPUT"]  # a Latin file name, as users have
    sheets = {}
    for language in ("ru", "kk"):
        for kind in ("overview", "facility"):
            result = processing.run("tmf:exportmapsheets", {
                "INPUT": flagged, "SHEETS": kind, "LANGUAGE": language, "FORMAT": "pdf", "DPI": 60,
                "OUTPUT_FOLDER": str(folder / "sheets")})
            sheets[(language, kind)] = Path(result["FILES"])
    return flagged, sheets


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.slow
@pytest.mark.parametrize("language", ["ru", "kk"])
def test_russian_and_kazakh_sheets_print_no_latin_geographic_name(spread_sheets, language):
    from qgis.core import QgsVectorLayer

    flagged, sheets = spread_sheets
    layer = QgsVectorLayer(flagged, "flagged", "ogr")
    flags = [str(f["tb_flag"]) for f in layer.getFeatures()]
    assert layer.featureCount() >= 20 and flags.count("none") < len(flags), flags
    text = _pdf_text(sheets[(language, "overview")]) + _pdf_text(sheets[(language, "facility")])
    words = set(re.findall(r"[A-Za-z][A-Za-z'’]*", re.sub(r"HS-\d{3}", "", text)))
    assert words - ALLOWED == set(), sorted(words - ALLOWED)
    for name in EXONYMS[language]:
        assert name.casefold() in text.casefold(), name  # country names are printed in capitals on the map
    region = {"ru": "Восточно-Казахстанская", "kk": "Шығыс Қазақстан"}[language]
    assert region in text
    # The graticule names its hemispheres in the sheet language too (55°30′ с.ш., 68° в.д.).
    for hemisphere in {"ru": ("° в.д.", "° с.ш."), "kk": ("° ш.б.", "° с.е.")}[language]:
        assert text.count(hemisphere) >= 4, hemisphere


@pytest.mark.slow
def test_the_overview_lists_every_facility_over_further_pages(spread_sheets):
    from qgis.core import QgsVectorLayer

    flagged, sheets = spread_sheets
    count = QgsVectorLayer(flagged, "flagged", "ogr").featureCount()
    text = _pdf_text(sheets[("ru", "overview")])
    assert set(re.findall(r"HS-\d{3}", text)) == {f"HS-{n:03d}" for n in range(1, count + 1)}
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(
        ["pdfinfo", str(sheets[("ru", "overview")])], capture_output=True, text=True, check=True).stdout).group(1))
    assert pages >= 2
    assert f"Лист 1 из {pages}" in text and f"Лист {pages} из {pages}" in text


@pytest.mark.slow
@pytest.mark.parametrize("language", ["ru", "kk"])
def test_a_rendered_facility_sheet_shows_the_map(spread_sheets, language, output_dir):
    from qgis.PyQt.QtGui import QImage

    _flagged, sheets = spread_sheets
    stem = output_dir / f"spread_facility_{language}"
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", "-singlefile",
                    str(sheets[(language, "facility")]), str(stem)], check=True)
    image = QImage(str(stem.with_suffix(".png")))
    assert not image.isNull()
    colours, inked = set(), 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            rgb = image.pixel(x, y) & 0xFFFFFF
            colours.add(rgb)
            inked += rgb != 0xFFFFFF
    assert len(colours) > 40 and inked > 0.1 * (image.height() // 3) * (image.width() // 3)


def test_the_export_log_lists_each_untranslated_name_once_and_the_label_keeps_it(tmf_processing):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer

    from tmf_plugin.core.gazetteer import LABEL_FIELD
    from tmf_plugin.mapsheets.layers import SheetLayer, resolve
    from tmf_plugin.mapsheets.layout import SheetOptions, build_sheets

    facilities = QgsVectorLayer(f"{SAMPLE / 'tmf_inventory.gpkg'}|layername=tmf_inventory", "inventory", "ogr")
    keys = ("rivers", "lakes", "countries", "regions", "places")
    for language in ("ru", "kk"):
        layers = {key: resolve(key, None, None) for key in keys}
        sheets = build_sheets(QgsProject(), layers, facilities, SheetOptions(kind="overview", language=language))
        assert sheets.notes == [], sheets.notes  # the bundled layers are named in full
    rivers = QgsVectorLayer("LineString?crs=EPSG:4326&field=name:string&field=name_kk:string", "ours", "memory")
    rows = (("Kara-Su Creek", None, 70.0), ("Kara-Su Creek", None, 71.0), ("Ertis", "Ертіс өз.", 72.0))
    for name, kazakh, start in rows:
        feature = QgsFeature(rivers.fields())
        feature.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(start, 48.0), QgsPointXY(start + 0.5, 48.3)]))
        feature.setAttributes([name, kazakh])
        rivers.dataProvider().addFeature(feature)
    layers = {key: resolve(key, None, None) for key in keys}
    layers["rivers"] = SheetLayer("rivers", rivers, "parameter", "ours")
    project = QgsProject()  # owns the sheet's layers while the test reads them
    sheets = build_sheets(project, layers, facilities, SheetOptions(kind="overview", language="kk"))
    assert sheets.notes == ["No Kazakh name for: Kara-Su Creek"]
    drawn = next(layer for layer in sheets.layers if layer.fields().indexOf("name_kk") >= 0)
    assert drawn.labeling().settings().fieldName == LABEL_FIELD
    # The data's own Kazakh field wins over the table; an unknown name keeps its spelling.
    assert sorted(f[LABEL_FIELD] for f in drawn.getFeatures()) == ["Kara-Su Creek", "Kara-Su Creek", "Ертіс өз."]
    assert [f["name"] for f in rivers.getFeatures()] == ["Kara-Su Creek", "Kara-Su Creek", "Ertis"]  # unchanged
    assert rivers.fields().indexOf(LABEL_FIELD) < 0


@pytest.mark.slow
def test_an_overview_in_png_writes_one_image_per_page_and_nothing_else(spread_sheets, tmp_path):
    import processing

    flagged, _sheets = spread_sheets
    result = processing.run("tmf:exportmapsheets", {
        "INPUT": flagged, "SHEETS": "overview", "LANGUAGE": "kk", "FORMAT": "png", "DPI": 50,
        "OUTPUT_FOLDER": str(tmp_path / "png")})
    files = [Path(p).name for p in result["FILES"].split(";")]
    assert files == ["overview_kk.png", "overview_kk_2.png"]
    assert sorted(p.name for p in (tmp_path / "png").iterdir()) == files
