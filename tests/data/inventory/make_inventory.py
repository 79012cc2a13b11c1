"""Writes the illustrative inventory (clean GeoPackage, messy agency CSV) and the per-format test files, reproducibly.

Run from the repository root: `.venv/bin/python tests/data/inventory/make_inventory.py`. The facilities are fictional:
they are placed around real towns of Kazakhstan's mining districts with a fixed random seed, so the truth of every
derived file is known (messy_truth.json).
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import math
import random
import sys
from pathlib import Path

from osgeo import ogr, osr

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "sample_layers"
HERE = Path(__file__).resolve().parent
SEED = 20240521

# (town centre lat, lon; adjective for names; commodity; facilities; seismicity range)
DISTRICTS = [
    (49.948, 82.628, "Усть-Каменогорское", "Pb-Zn", 6, (7, 8)),   # Irtysh / Ulba, East Kazakhstan belt
    (50.344, 83.513, "Риддерское", "Pb-Zn", 6, (7, 8)),
    (49.726, 84.274, "Зыряновское", "Pb-Zn", 4, (7, 8)),
    (50.137, 82.313, "Глубоковское", "Cu", 3, (7, 7)),
    (49.687, 83.302, "Серебрянское", "Sn", 2, (7, 8)),
    (50.411, 80.227, "Семейское", "Au", 4, (6, 7)),               # Irtysh at Semey
    (49.700, 81.580, "Бакырчикское", "Au", 3, (7, 7)),
    (46.950, 79.660, "Актогайское", "Cu", 3, (7, 8)),
    (52.287, 76.967, "Павлодарское", "Al", 3, (5, 5)),            # Irtysh at Pavlodar
    (51.457, 75.798, "Майкаинское", "Au", 3, (5, 6)),
    (51.850, 74.300, "Бозшакольское", "Cu", 2, (5, 6)),
    (47.783, 67.714, "Жезказганское", "Cu", 5, (5, 6)),
    (47.900, 67.530, "Сатпаевское", "Cu", 3, (5, 6)),
    (46.848, 74.995, "Балхашское", "Cu", 4, (6, 7)),
    (48.000, 70.790, "Каражалское", "Fe-Mn", 3, (5, 6)),
    (50.055, 72.965, "Темиртауское", "Fe", 2, (5, 6)),
    (52.959, 63.117, "Рудненское", "Fe", 5, (5, 5)),              # Tobol at Rudny
    (52.547, 62.494, "Лисаковское", "Fe", 4, (5, 5)),              # Tobol at Lisakovsk
    (53.390, 62.880, "Качарское", "Fe", 2, (5, 5)),
    (52.190, 61.200, "Житикаринское", "Au", 3, (5, 5)),
    (50.250, 58.440, "Хромтауское", "Cr", 5, (5, 6)),
    (50.280, 57.170, "Актюбинское", "Cr", 3, (5, 6)),              # Ilek, a Ural tributary
    (51.230, 51.370, "Уральское", "Ti-Zr", 2, (5, 5)),             # Ural at Oral
    (43.180, 70.460, "Каратауское", "P", 3, (7, 8)),
    (43.570, 69.750, "Жанатасское", "P", 3, (7, 8)),
    (42.900, 71.370, "Таразское", "P", 2, (8, 9)),
    (43.520, 68.500, "Кентауское", "Pb-Zn", 4, (7, 8)),
    (42.320, 69.590, "Шымкентское", "Pb", 2, (8, 8)),
    (43.300, 68.250, "Туркестанское", "U", 2, (7, 8)),             # Syr Darya valley
    (44.850, 65.510, "Кызылординское", "U", 3, (6, 7)),            # Syr Darya at Kyzylorda
    (44.170, 66.740, "Шиелийское", "U", 3, (6, 7)),                # Syr Darya at Shieli
    (44.150, 68.470, "Сузакское", "U", 2, (6, 7)),
    (52.350, 71.890, "Степногорское", "U", 3, (5, 6)),
    (52.040, 71.960, "Аксуское", "Au", 2, (5, 5)),
    (52.630, 70.420, "Макинское", "Au", 2, (5, 5)),
    (51.750, 71.710, "Жолымбетское", "Au", 2, (5, 5)),
    (51.300, 71.700, "Ишимское", "Au", 1, (5, 5)),                 # Ishim (Esil) near Astana
    (54.700, 69.400, "Петропавловское", "Mo", 1, (5, 5)),          # Ishim at Petropavl
    (44.830, 78.820, "Текелийское", "Pb-Zn", 4, (8, 9)),           # Karatal, Ile-Balkhash basin
    (43.870, 77.070, "Капшагайское", "Au", 1, (9, 9)),             # Ile at Kapchagay
]

SUBSTANCES = {"Pb-Zn": "Pb, Zn, Cd, As, Cu", "Pb": "Pb, Cd, As", "Cu": "Cu, Zn, As, Mo", "Au": "As, CN, Hg, Sb",
              "U": "U, Ra-226, H2SO4, NO3", "P": "P, F, Cd", "Fe": "Fe, Mn, S", "Fe-Mn": "Fe, Mn",
              "Cr": "Cr(VI), Ni", "Al": "NaOH, Al, Fe", "Sn": "Sn, W, As", "Ti-Zr": "Ti, Zr, Th", "Mo": "Mo, Cu, As"}
WGK = {"Pb-Zn": 3, "Pb": 3, "Cu": 3, "Au": 3, "U": 3, "P": 2, "Fe": 1, "Fe-Mn": 2, "Cr": 3, "Al": 2, "Sn": 2,
       "Ti-Zr": 2, "Mo": 2}
OPERATORS = {"Pb-Zn": ["ТОО «Восточная Рудная Компания»", "АО «Алтайполиметалл-Сервис»"],
             "Pb": ["ТОО «Южсвинец»"], "Cu": ["АО «Сарыарка Медь»", "ТОО «Балхаш Металл Групп»"],
             "Au": ["ТОО «Алтын Кен Ресурс»", "ТОО «Золото Степи»"], "U": ["ТОО «Сырдарья Уран»",
             "АО «Степной Уран»"], "P": ["ТОО «Каратау Фосфор»"], "Fe": ["АО «Торгай Руда»"],
             "Fe-Mn": ["ТОО «Жайрем Марганец»"], "Cr": ["АО «Актобе Хром»"], "Al": ["АО «Ертис Глинозем»"],
             "Sn": ["ТОО «Калба Олово»"], "Ti-Zr": ["ТОО «Жайык Минерал»"], "Mo": ["ТОО «Есиль Молибден»"]}
VARIANTS = ["№1", "№2", "«Северное»", "«Южное»", "№3", "«Западное»", "«Восточное»", "«Новое»", "«Старое»", "№4"]
STATUSES = ["active"] * 11 + ["inactive"] * 3 + ["conserved"] * 2 + ["closed"] * 2 + ["abandoned"] * 2
DAM_TYPES = ["upstream"] * 5 + ["downstream"] * 2 + ["centreline"] * 2 + ["other"]
CONDITIONS = ["good"] * 8 + ["fair"] * 8 + ["poor"] * 3 + ["unknown"]
CONSEQUENCES = ["Low", "Significant", "High", "Very High", "Extreme"]

FIELDS = ["tmf_id", "name", "operator", "region", "status", "commodity", "volume_m3", "capacity_m3", "area_ha",
          "dam_height_m", "dam_type", "year_commissioned", "substances", "water_hazard_class", "seismicity",
          "flood_prone", "dam_condition", "last_inspection", "consequence_class"]
OGR_TYPES = {"volume_m3": ogr.OFTReal, "capacity_m3": ogr.OFTReal, "area_ha": ogr.OFTReal,
             "dam_height_m": ogr.OFTReal, "seismicity": ogr.OFTReal, "year_commissioned": ogr.OFTInteger,
             "water_hazard_class": ogr.OFTInteger, "last_inspection": ogr.OFTDate}

DESCRIPTION = ("ILLUSTRATIVE DATA, NOT THE OFFICIAL INVENTORY. 120 fictional tailings management facilities placed "
               "around real towns of Kazakhstan's mining districts, with realistic but invented attributes, for "
               "demonstrating and testing TMF Safety for QGIS. Names and operators are fictional.")


def kazakhstan():
    """The KAZ polygon of sample_layers/countries.gpkg and the admin-1 regions of Kazakhstan."""
    countries = ogr.Open(str(SAMPLE / "countries.gpkg"))
    layer = countries.GetLayer(0)
    layer.SetAttributeFilter("ISO_A3 = 'KAZ'")
    feature = layer.GetNextFeature()  # keep the feature alive while its geometry is cloned
    country = feature.GetGeometryRef().Clone()
    regions_ds = ogr.Open(str(SAMPLE / "regions.gpkg"))
    regions_layer = regions_ds.GetLayer(0)
    regions_layer.SetAttributeFilter("adm0_a3 = 'KAZ'")
    regions = []
    for region in regions_layer:
        regions.append((region.GetField("name"), region.GetGeometryRef().Clone()))
    return country, regions


def point(lon, lat):
    geometry = ogr.Geometry(ogr.wkbPoint)
    geometry.AddPoint_2D(lon, lat)
    return geometry


def facilities() -> list[dict]:
    """The 120 illustrative facilities with their exact positions."""
    rng = random.Random(SEED)
    country, regions = kazakhstan()
    # Keep every point inside the country with a margin, so that generalised borders never put one outside.
    inner = country.Buffer(-0.05)
    rows, number = [], 0
    for lat0, lon0, adjective, commodity, count, (seis_low, seis_high) in DISTRICTS:
        for k in range(count):
            number += 1
            while True:
                angle, radius = rng.uniform(0, 2 * math.pi), rng.uniform(0.02, 0.14)
                lat = round(lat0 + radius * math.sin(angle), 6)
                lon = round(lon0 + radius * math.cos(angle) / math.cos(math.radians(lat0)), 6)
                if inner.Contains(point(lon, lat)):
                    break
            status = rng.choice(STATUSES)
            volume = round(10 ** rng.uniform(5.0, 8.6), -3)
            depth = rng.uniform(8, 30)
            region = next((name for name, geometry in regions if geometry.Contains(point(lon, lat))), None)
            inspected = datetime.date(2015, 1, 1) + datetime.timedelta(days=rng.randrange(0, 3600))
            consequence = CONSEQUENCES[min(4, max(0, int((math.log10(volume) - 5) * 1.2 + rng.uniform(-1, 1))))]
            rows.append({
                "tmf_id": f"KZ-TMF-{number:03d}",
                "name": f"{adjective} хвостохранилище {VARIANTS[k]}",
                "operator": None if status == "abandoned" else rng.choice(OPERATORS[commodity]),
                "region": region,
                "status": status,
                "commodity": commodity,
                "volume_m3": volume,
                "capacity_m3": round(volume * rng.uniform(1.05, 2.0), -3),
                "area_ha": round(volume / depth / 10000, 1),
                "dam_height_m": round(rng.uniform(6, 60), 1),
                "dam_type": rng.choice(DAM_TYPES),
                "year_commissioned": rng.randrange(1938, 2016),
                "substances": SUBSTANCES[commodity],
                "water_hazard_class": WGK[commodity],
                "seismicity": float(rng.randint(seis_low, seis_high)),
                "flood_prone": rng.random() < 0.25,
                "dam_condition": rng.choice(CONDITIONS),
                "last_inspection": inspected,
                "consequence_class": consequence,
                "lon": lon,
                "lat": lat,
            })
    assert len(rows) == 120, len(rows)
    return rows


def write_layer(path: Path, driver: str, rows: list[dict], layer_name: str, *, geometry=True, options=None,
                fields=FIELDS, typed=True) -> None:
    """Write rows with an OGR driver (points in EPSG:4326 when geometry is True)."""
    if path.exists():
        ogr.GetDriverByName(driver).DeleteDataSource(str(path))
    source = ogr.GetDriverByName(driver).CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = source.CreateLayer(layer_name, srs if geometry else None, ogr.wkbPoint if geometry else ogr.wkbNone,
                               options=options or [])
    for name in fields:
        kind = OGR_TYPES.get(name, ogr.OFTString) if typed else ogr.OFTString
        definition = ogr.FieldDefn(name, kind)
        if name == "flood_prone" and typed:
            definition = ogr.FieldDefn(name, ogr.OFTInteger)
            definition.SetSubType(ogr.OFSTBoolean)
        layer.CreateField(definition)
    for row in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for name in fields:
            value = row.get(name)
            if value is None:
                continue
            if isinstance(value, datetime.date):
                if typed:
                    feature.SetField(name, value.year, value.month, value.day, 0, 0, 0, 0)
                else:
                    feature.SetField(name, value.isoformat())
            elif isinstance(value, bool):
                feature.SetField(name, int(value) if typed else ("yes" if value else "no"))
            else:
                feature.SetField(name, value if typed else str(value))
        if geometry:
            feature.SetGeometry(point(row["lon"], row["lat"]))
        layer.CreateFeature(feature)
    source = None


# The messy spreadsheet ------------------------------------------------------------------------------------------

RU_HEADERS = ["№ п/п", "Код объекта", "Наименование", "Недропользователь", "Область", "Состояние",
              "Полезное ископаемое", "Объём хвостов, м3", "Проектная ёмкость, м3", "Площадь, га",
              "Высота дамбы, м", "Тип дамбы", "Год ввода в эксплуатацию", "Основные загрязняющие вещества",
              "Класс опасности для воды", "Сейсмичность, баллы", "Подтопляемость", "Состояние дамбы",
              "Дата последнего обследования", "Класс последствий", "Широта", "Долгота"]
RU_STATUS = {"active": ["действующее", "Действует", "в эксплуатации"],
             "inactive": ["недействующее", "временно не эксплуатируется"], "conserved": ["законсервировано"],
             "closed": ["ликвидировано", "закрыто"], "abandoned": ["бесхозное"]}
RU_REGION = {"Zhambyl": "Жамбылская область", "Qaraghandy": "Карагандинская область",
             "South Kazakhstan": "Туркестанская область", "Aqtöbe": "Актюбинская область",
             "North Kazakhstan": "Северо-Казахстанская область", "Aqmola": "Акмолинская область",
             "East Kazakhstan": "Восточно-Казахстанская область", "Almaty": "Алматинская область",
             "Qyzylorda": "Кызылординская область", "Qostanay": "Костанайская область",
             "Pavlodar": "Павлодарская область", "West Kazakhstan": "Западно-Казахстанская область",
             "Astana": "г. Астана"}
RU_DAM_TYPE = {"upstream": "восходящий", "downstream": "нисходящий", "centreline": "центральный", "other": "иной"}
RU_CONDITION = {"good": "хорошее", "fair": "удовлетворительное", "poor": "неудовлетворительное",
                "unknown": "нет данных"}
RU_CONSEQUENCE = {"Low": "Низкий", "Significant": "Значительный", "High": "Высокий", "Very High": "Очень высокий",
                  "Extreme": "Экстремальный"}


def ru_number(value: float, rng: random.Random) -> str:
    """1 250 000,5 style, sometimes with no-break spaces as agencies' spreadsheets write them."""
    whole = int(value)
    text = f"{whole:,}".replace(",", "\u00a0" if rng.random() < 0.3 else " ")
    fraction = round(value - whole, 1)
    return text + (f",{int(round(fraction * 10))}" if fraction else "")


def dms(value: float, positive: str, negative: str, style: int) -> str:
    """Degrees-minutes-seconds in Cyrillic notation (style 1) or as bare space-separated numbers (style 2)."""
    sign = positive if value >= 0 else negative
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round((value - degrees - minutes / 60) * 3600, 2)
    if seconds >= 60:
        minutes, seconds = minutes + 1, seconds - 60
    second_text = f"{seconds:05.2f}".replace(".", ",")
    if style == 1:
        return f"{degrees}°{minutes:02d}'{second_text}\" {sign}"
    return f"{degrees} {minutes:02d} {second_text}"


def messy_rows(rows: list[dict]) -> tuple[list[list[str]], dict]:
    """The inventory as an agency sends it, with six kinds of bad rows; returns cells and the truth."""
    rng = random.Random(SEED + 1)
    good = []
    for index, row in enumerate(rows):
        style = index % 3
        if style == 0:
            lat, lon = f"{row['lat']:.6f}".replace(".", ","), f"{row['lon']:.6f}".replace(".", ",")
        else:
            lat, lon = dms(row["lat"], "с.ш.", "ю.ш.", style), dms(row["lon"], "в.д.", "з.д.", style)
        good.append([
            "", row["tmf_id"], row["name"], row["operator"] or "",
            RU_REGION.get(row["region"], "") if rng.random() < 0.8 else "",
            rng.choice(RU_STATUS[row["status"]]), row["commodity"], ru_number(row["volume_m3"], rng),
            ru_number(row["capacity_m3"], rng), f"{row['area_ha']:.1f}".replace(".", ","),
            f"{row['dam_height_m']:.1f}".replace(".", ","), RU_DAM_TYPE[row["dam_type"]],
            str(row["year_commissioned"]), row["substances"], str(row["water_hazard_class"]),
            f"{row['seismicity']:.0f}", "да" if row["flood_prone"] else "нет", RU_CONDITION[row["dam_condition"]],
            row["last_inspection"].strftime("%d.%m.%Y"), RU_CONSEQUENCE[row["consequence_class"]], lat, lon])
    # Two of the 120 carry a bad value but keep good coordinates: they are placed with the value left empty.
    good[39][7] = "около 2 млн"
    good[74][5] = "спорный"

    def extra(tmf_id, name, lat, lon, region="", volume="150 000"):
        return ["", tmf_id, name, "ТОО «Неизвестный Оператор»", region, "действующее", "Au", volume, "", "", "",
                "", "1990", "As", "3", "6", "нет", "хорошее", "", "", lat, lon]

    bad = {
        "missing_coordinates": extra("KZ-TMF-901", "Хвостохранилище без координат", "", ""),
        "out_of_range": extra("KZ-TMF-902", "Хвостохранилище с ошибкой широты", "149,512", "68,204"),
        "outside_country": extra("KZ-TMF-903", "Хвостохранилище за границей", "41°18'40\" с.ш.",
                                 "69°16'47\" в.д."),
        "duplicate_id": extra("KZ-TMF-017", "Текелийское хвостохранилище «Дубль»", "44,905120", "78,702340"),
    }
    data = list(good)
    # Bad rows sit among the good ones, as they do in real files.
    positions = {"missing_coordinates": 12, "out_of_range": 47, "outside_country": 88, "duplicate_id": 101}
    for kind, position in sorted(positions.items(), key=lambda item: -item[1]):
        data.insert(position, bad[kind])
    for number, cells in enumerate(data, 1):
        cells[0] = str(number)
    first_data_row = 3  # row 1 is a title, row 2 the header
    row_of = {id(cells): first_data_row + i for i, cells in enumerate(data)}
    truth = {
        "header_row": 2,
        "bad_rows": {kind: row_of[id(cells)] for kind, cells in bad.items()},
        "non_numeric_volume": row_of[id(good[39])],
        "unknown_status": row_of[id(good[74])],
        "good": [{"tmf_id": r["tmf_id"], "name": r["name"], "lon": r["lon"], "lat": r["lat"],
                  "row": row_of[id(good[i])]} for i, r in enumerate(rows)],
        "duplicate": {"name": bad["duplicate_id"][2], "lon": 78.70234, "lat": 44.90512},
    }
    title = ["Реестр хвостохранилищ (иллюстративные данные, не официальный реестр)"] + [""] * (len(RU_HEADERS) - 1)
    return [title, RU_HEADERS] + data, truth


def write_csv(path: Path, rows: list[list[str]], encoding: str, delimiter: str, bom: bool = False) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    data = buffer.getvalue().encode(encoding)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + data)


# Small files of each format for the tests ----------------------------------------------------------------------

def format_fixtures(rows: list[dict]) -> None:
    """Six facilities in every supported format and notation; their truth is in formats_truth.json."""
    few = rows[:6]
    folder = HERE / "formats"
    folder.mkdir(exist_ok=True)
    english = ["ID", "Name", "Operator", "Status", "Volume (m3)", "Latitude", "Longitude"]

    def english_cells(row, lat=None, lon=None):
        return [row["tmf_id"], row["name"], row["operator"] or "", row["status"], f"{row['volume_m3']:.0f}",
                lat if lat is not None else f"{row['lat']:.6f}", lon if lon is not None else f"{row['lon']:.6f}"]

    # UTF-8 with BOM, comma-delimited, quoted fields holding commas and DMS in Latin notation.
    latin = [english] + [english_cells(r, dms(r["lat"], "N", "S", 1).replace(",", ".").replace(" N", "N"),
                                       dms(r["lon"], "E", "W", 1).replace(",", ".").replace(" E", "E"))
                         for r in few]
    write_csv(folder / "utf8_bom_comma.csv", latin, "utf-8", ",", bom=True)
    # UTF-8, tab-delimited .txt, decimal comma.
    tabbed = [english] + [english_cells(r, f"{r['lat']:.6f}".replace(".", ","), f"{r['lon']:.6f}".replace(".", ","))
                          for r in few]
    write_csv(folder / "utf8_tab.txt", tabbed, "utf-8", "\t")
    # Kazakh headers, UTF-8, semicolons, Kazakh status words.
    kazakh_status = {"active": "жұмыс істейді", "inactive": "жұмыс істемейді", "conserved": "консервацияланған",
                     "closed": "жабылған", "abandoned": "иесіз"}
    kazakh = [["Нысан коды", "Атауы", "Облыс", "Мәртебесі", "Қалдықтар көлемі, м3", "Ендік", "Бойлық"]] + [
        [r["tmf_id"], r["name"], "", kazakh_status[r["status"]], f"{r['volume_m3']:,.0f}".replace(",", " "),
         dms(r["lat"], "с.е.", "о.е.", 1), dms(r["lon"], "ш.б.", "б.б.", 1)] for r in few]
    write_csv(folder / "kazakh.csv", kazakh, "utf-8", ";")
    # Projected x/y (UTM zone 43N) in a Windows-1251 CSV.
    utm = osr.SpatialReference()
    utm.ImportFromEPSG(32643)
    wgs = osr.SpatialReference()
    wgs.ImportFromEPSG(4326)
    wgs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    utm.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_utm = osr.CoordinateTransformation(wgs, utm)
    projected = [["Код", "Наименование", "X", "Y"]]
    for r in few:
        x, y, _ = to_utm.TransformPoint(r["lon"], r["lat"])
        projected.append([r["tmf_id"], r["name"], f"{x:.2f}".replace(".", ","), f"{y:.2f}".replace(".", ",")])
    write_csv(folder / "utm43n_cp1251.csv", projected, "cp1251", ";")
    # One "Координаты" column and swapped-looking hemispheres.
    combined = [["Код объекта", "Наименование", "Координаты"]] + [
        [r["tmf_id"], r["name"], f"{dms(r['lat'], 'с.ш.', 'ю.ш.', 1)} {dms(r['lon'], 'в.д.', 'з.д.', 1)}"]
        for r in few]
    write_csv(folder / "combined_coordinates.csv", combined, "utf-8", ";")
    # Latitude and longitude columns swapped by the agency (headers say latitude, values are longitudes).
    swapped = [["Код объекта", "Наименование", "Широта", "Долгота"]] + [
        [r["tmf_id"], r["name"], f"{r['lon']:.6f}", f"{r['lat']:.6f}"] for r in few]
    write_csv(folder / "swapped.csv", swapped, "utf-8", ";")
    # Spreadsheets: numeric coordinate cells, Russian headers.
    sheet_fields = ["Код объекта", "Наименование", "Состояние", "Объём хвостов, м3", "Широта", "Долгота"]
    sheet_rows = [{"Код объекта": r["tmf_id"], "Наименование": r["name"], "Состояние": r["status"],
                   "Объём хвостов, м3": r["volume_m3"], "Широта": r["lat"], "Долгота": r["lon"]} for r in few]
    for driver, name in (("XLSX", "inventory.xlsx"), ("ODS", "inventory.ods")):
        path = folder / name
        if path.exists():
            path.unlink()
        source = ogr.GetDriverByName(driver).CreateDataSource(str(path))
        layer = source.CreateLayer("Реестр", None, ogr.wkbNone)
        for field in sheet_fields:
            kind = ogr.OFTReal if field in ("Объём хвостов, м3", "Широта", "Долгота") else ogr.OFTString
            layer.CreateField(ogr.FieldDefn(field, kind))
        for row in sheet_rows:
            feature = ogr.Feature(layer.GetLayerDefn())
            for field in sheet_fields:
                feature.SetField(field, row[field])
            layer.CreateFeature(feature)
        source = None
    # GIS formats: canonical fields and point geometry, no coordinate columns.
    write_layer(folder / "inventory.geojson", "GeoJSON", few, "inventory")
    write_layer(folder / "inventory.gpkg", "GPKG", few, "inventory")
    short = ["tmf_id", "name", "operator", "status", "volume_m3"]
    write_layer(folder / "inventory.shp", "ESRI Shapefile", few, "inventory", fields=short,
                options=["ENCODING=UTF-8"])
    truth = [{"tmf_id": r["tmf_id"], "name": r["name"], "lon": r["lon"], "lat": r["lat"], "status": r["status"],
              "volume_m3": r["volume_m3"]} for r in few]
    (folder / "formats_truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")


def label_illustrative(gpkg: Path) -> None:
    """QGIS layer metadata (title, abstract, rights) saying that the inventory is illustrative."""
    sys.path.insert(0, str(ROOT))
    from qgis.core import QgsVectorLayer

    from tmf_plugin.standalone import ensure_qgis

    ensure_qgis()
    layer = QgsVectorLayer(f"{gpkg}|layername=tmf_inventory", "tmf_inventory", "ogr")
    metadata = layer.metadata()
    metadata.setTitle("Illustrative TMF inventory of Kazakhstan (not the official inventory)")
    metadata.setAbstract(DESCRIPTION)
    metadata.setKeywords({"gmd:topicCategory": ["environment"], "tags": ["illustrative", "tailings", "TMF"]})
    metadata.setRights(["Fictional data made for TMF Safety for QGIS; positions derived from Natural Earth "
                        "(public domain) town locations."])
    layer.setMetadata(metadata)
    message, ok = layer.saveDefaultMetadata()
    assert ok, message


def main() -> None:
    rows = facilities()
    gpkg = SAMPLE / "tmf_inventory.gpkg"
    write_layer(gpkg, "GPKG", rows, "tmf_inventory",
                options=[f"DESCRIPTION={DESCRIPTION}", "IDENTIFIER=Illustrative TMF inventory of Kazakhstan"])
    label_illustrative(gpkg)
    cells, truth = messy_rows(rows)
    write_csv(SAMPLE / "tmf_inventory_messy.csv", cells, "cp1251", ";")
    (HERE / "messy_truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    format_fixtures(rows)
    print(f"Wrote {gpkg}, {SAMPLE / 'tmf_inventory_messy.csv'} and the test files in {HERE}")


if __name__ == "__main__":
    main()
