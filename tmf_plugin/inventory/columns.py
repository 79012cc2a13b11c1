"""Recognising inventory columns by their headers in English, Russian and Kazakh."""

from __future__ import annotations

import re

# The output layer's fields (SPEC section 3), in order, with their kinds.
CANONICAL_FIELDS: list[tuple[str, str]] = [
    ("tmf_id", "text"),
    ("name", "text"),
    ("operator", "text"),
    ("region", "text"),
    ("status", "status"),
    ("commodity", "text"),
    ("volume_m3", "real"),
    ("capacity_m3", "real"),
    ("area_ha", "real"),
    ("dam_height_m", "real"),
    ("dam_type", "dam_type"),
    ("year_commissioned", "year"),
    ("substances", "text"),
    ("water_hazard_class", "class3"),
    ("seismicity", "real"),
    ("flood_prone", "bool"),
    ("dam_condition", "dam_condition"),
    ("last_inspection", "date"),
    ("consequence_class", "consequence"),
]
FIELD_NAMES = [name for name, _ in CANONICAL_FIELDS]

# Source columns that give the position; x/y are the same columns when the source CRS is projected.
COORDINATE_KEYS = ("latitude", "longitude", "coordinates")
MAPPABLE = FIELD_NAMES + list(COORDINATE_KEYS)
KEY_ALIASES = {"lat": "latitude", "lon": "longitude", "lng": "longitude", "y": "latitude", "x": "longitude"}

# Whole-header synonyms (after normalisation), checked before the keyword rules.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "tmf_id": ("tmf id", "id", "code", "facility id", "object id", "код", "код объекта", "код хвостохранилища",
               "идентификатор", "шифр", "инвентарный номер", "рег номер", "регистрационный номер", "нысан коды",
               "код нысана", "коды", "сәйкестендіргіш", "тіркеу нөмірі"),
    "name": ("name", "facility", "facility name", "tmf", "tmf name", "наименование", "название", "объект",
             "наименование объекта", "наименование хвостохранилища", "хвостохранилище", "атауы", "атау",
             "нысан атауы", "нысанның атауы", "қалдық қоймасы"),
    "operator": ("operator", "owner", "company", "subsoil user", "недропользователь", "оператор", "владелец",
                 "собственник", "компания", "предприятие", "организация", "эксплуатирующая организация",
                 "жер қойнауын пайдаланушы", "иесі", "меншік иесі", "компания атауы", "кәсіпорын", "оператор атауы"),
    "region": ("region", "oblast", "province", "область", "регион", "облыс", "өңір", "аймақ", "административный район"),
    "status": ("status", "state", "operating status", "статус", "состояние", "состояние объекта", "статус объекта",
               "мәртебесі", "мәртебе", "күйі", "жай күйі", "жағдайы"),
    "commodity": ("commodity", "mineral", "ore", "metal", "полезное ископаемое", "сырье", "вид сырья", "металл",
                  "руда", "пайдалы қазба", "пайдалы қазбалар", "шикізат", "кен"),
    "volume_m3": ("volume", "volume m3", "tailings volume", "stored volume", "current volume", "объем",
                  "объем хвостов", "объем отходов", "накопленный объем", "фактический объем",
                  "қалдықтар көлемі", "көлемі", "көлем"),
    "capacity_m3": ("capacity", "design capacity", "capacity m3", "проектная емкость", "емкость",
                    "проектный объем", "вместимость", "проектная вместимость", "сыйымдылығы",
                    "жобалық сыйымдылығы", "жобалық көлемі"),
    "area_ha": ("area", "area ha", "surface", "площадь", "площадь хвостохранилища", "ауданы", "аудан"),
    "dam_height_m": ("dam height", "height", "embankment height", "высота дамбы", "высота плотины", "высота",
                     "бөгет биіктігі", "бөгеттің биіктігі", "биіктігі", "дамба биіктігі"),
    "dam_type": ("dam type", "construction method", "raising method", "тип дамбы", "тип плотины",
                 "способ наращивания", "метод наращивания", "бөгет түрі", "бөгеттің түрі", "дамба түрі"),
    "year_commissioned": ("year", "year commissioned", "commissioned", "start year", "год ввода",
                          "год ввода в эксплуатацию", "год начала эксплуатации", "год", "пайдалануға берілген жылы",
                          "іске қосылған жылы", "жылы"),
    "substances": ("substances", "hazardous substances", "contaminants", "pollutants", "вещества",
                   "загрязняющие вещества", "основные загрязняющие вещества", "опасные вещества",
                   "основные компоненты", "заттар", "ластаушы заттар", "қауіпті заттар"),
    "water_hazard_class": ("water hazard class", "wgk", "whc", "класс опасности для воды", "класс водной опасности",
                           "класс опасности", "суға қауіптілік класы", "қауіптілік класы"),
    "seismicity": ("seismicity", "seismic intensity", "seismic zone", "сейсмичность", "сейсмическая зона",
                   "сейсмичность района", "балльность", "сейсмикалық", "сейсмикалығы", "сейсмикалық аймақ"),
    "flood_prone": ("flood prone", "flood", "flooding", "flood risk", "подтопляемость", "паводкоопасность",
                    "затопляемость", "в зоне затопления", "паводок", "су басу", "су басу қаупі", "тасқын қаупі"),
    "dam_condition": ("dam condition", "embankment condition", "техническое состояние", "состояние дамбы",
                      "состояние плотины", "техническое состояние дамбы", "бөгеттің жай күйі", "бөгет жағдайы",
                      "техникалық жай күйі"),
    "last_inspection": ("last inspection", "inspection date", "inspected", "дата последнего обследования",
                        "последнее обследование", "дата обследования", "дата проверки", "последняя проверка",
                        "дата инспекции", "соңғы тексеру", "соңғы тексеру күні", "тексеру күні"),
    "consequence_class": ("consequence class", "gistm class", "gistm consequence class", "класс последствий",
                          "класс последствий gistm", "категория последствий", "салдар класы", "салдарлар класы"),
    "latitude": ("latitude", "lat", "y", "northing", "широта", "с ш", "северная широта", "ендік", "солтүстік ендік",
                 "y координата", "координата y", "координата у", "у"),
    "longitude": ("longitude", "lon", "long", "lng", "x", "easting", "долгота", "в д", "восточная долгота", "бойлық",
                  "шығыс бойлық", "x координата", "координата x", "координата х", "х"),
    "coordinates": ("coordinates", "coords", "location", "координаты", "географические координаты",
                    "координаттар", "координаталар"),
}

# Keyword rules for headers that are not in the synonym lists: every group must match a word start.
KEYWORD_RULES: list[tuple[str, tuple[tuple[str, ...], ...]]] = [
    ("latitude", (("широт", "latitud", "ендік"),)),
    ("longitude", (("долгот", "longitud", "бойлық"),)),
    ("coordinates", (("координат", "coordinat"),)),
    ("dam_condition", (("состоян", "condition", "жай күй", "жағдай"), ("дамб", "плотин", "dam", "бөгет", "техн"))),
    ("dam_height_m", (("высот", "height", "биікт"),)),
    ("dam_type", (("тип", "type", "түр", "способ", "метод", "method"), ("дамб", "плотин", "dam", "бөгет", "наращ"))),
    ("capacity_m3", (("емкост", "вместим", "capacity", "сыйымд", "проектн", "design", "жобал"),)),
    ("volume_m3", (("объем", "volume", "көлем"),)),
    ("area_ha", (("площад", "area", "аудан"),)),
    ("year_commissioned", (("год", "year", "жыл", "ввод", "commission"),)),
    ("last_inspection", (("обследов", "инспекц", "проверк", "inspect", "тексер", "осмотр"),)),
    ("consequence_class", (("последств", "consequence", "салдар", "gistm"),)),
    ("water_hazard_class", (("класс", "class", "клас"), ("опасн", "hazard", "қауіп", "wgk"))),
    ("seismicity", (("сейсм", "seism", "землетряс", "earthquake"),)),
    ("flood_prone", (("паводк", "подтоп", "затоп", "наводн", "flood", "су бас", "тасқын"),)),
    ("substances", (("веществ", "загрязн", "substanc", "contamin", "pollut", "зат", "ластау", "компонент"),)),
    ("commodity", (("ископаем", "сырь", "металл", "commodit", "mineral", "ore", "қазба", "шикізат", "продукц"),)),
    ("operator", (("недропольз", "оператор", "operator", "владел", "собствен", "owner", "компан", "company",
                   "предприят", "организац", "пайдаланушы", "иесі", "кәсіпорын"),)),
    ("region", (("област", "регион", "region", "oblast", "province", "облыс", "өңір", "аймақ"),)),
    ("status", (("статус", "status", "состоян", "state", "мәртеб", "күйі", "жағдай"),)),
    ("name", (("наименован", "назван", "name", "атау"),)),
    ("tmf_id", (("код", "code", "id", "идентиф", "шифр", "номер", "нөмір", "коды", "№"),)),
]

_UNIT_WORDS = {"м3", "м³", "m3", "m³", "га", "ha", "м", "m", "km", "км", "тыс", "млн", "баллы", "баллов", "балл",
               "град", "deg", "dd", "wgs84", "wgs", "84", "msk", "64", "мск", "гггг", "дд", "мм", "куб"}


def normalise_header(header: str) -> str:
    """Lower-case words of a header without units (in brackets or after a comma), punctuation or ё."""
    text = str(header or "").replace("\ufeff", "").strip().lower().replace("ё", "е")
    text = re.sub(r"\(.*?\)|\[.*?\]|\{.*?\}", " ", text)
    if "," in text:
        text = text.split(",")[0]
    text = re.sub(r"[^\w№\s]", " ", text)
    text = text.replace("_", " ")
    words = text.split()
    while len(words) > 1 and words[-1] in _UNIT_WORDS:
        words.pop()
    return " ".join(words)


_NORMALISED_SYNONYMS = {key: {normalise_header(s) for s in values} for key, values in SYNONYMS.items()}


def _matches_rule(words: str, groups: tuple[tuple[str, ...], ...]) -> bool:
    padded = " " + words
    return all(any((" " + start) in padded or (start == "№" and "№" in padded) for start in group)
               for group in groups)


_LATITUDE_WORDS = ("широт", "latitud", "ендік")
_LONGITUDE_WORDS = ("долгот", "longitud", "бойлық")


def recognise(header: str) -> tuple[str | None, int]:
    """The canonical key a header names and how sure that is (2 exact synonym, 1 keyword, 0 none)."""
    words = normalise_header(header)
    if not words:
        return None, 0
    # "Координаты (широта)": the axis may sit in the brackets that normalisation drops.
    raw = str(header).lower()
    is_lat, is_lon = any(w in raw for w in _LATITUDE_WORDS), any(w in raw for w in _LONGITUDE_WORDS)
    if is_lat != is_lon:
        return ("latitude" if is_lat else "longitude"), 2
    if is_lat and is_lon:
        return "coordinates", 2
    compact = words.replace(" ", "_")
    if compact in MAPPABLE:
        return compact, 2
    for key, synonyms in _NORMALISED_SYNONYMS.items():
        if words in synonyms:
            return key, 2
    for key, groups in KEYWORD_RULES:
        if _matches_rule(words, groups):
            return key, 1
    return None, 0


def detect_mapping(headers: list[str]) -> dict[str, str]:
    """{canonical key: source header} for the headers recognised; each key and header used once, surest first."""
    candidates = []
    for position, header in enumerate(headers):
        key, certainty = recognise(header)
        if key:
            candidates.append((-certainty, position, key, header))
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for _, _, key, header in sorted(candidates):
        if key not in mapping and header not in used:
            mapping[key] = header
            used.add(header)
    return {key: mapping[key] for key in MAPPABLE if key in mapping}


def count_recognised(cells: list) -> int:
    """How many cells of a row read as inventory headers (used to find the header row under a title)."""
    return len(detect_mapping([str(c) for c in cells if c not in (None, "")]))


def merge_mapping(detected: dict[str, str], overrides: dict[str, str] | None, headers: list[str]) -> dict[str, str]:
    """Apply user overrides ({canonical: source column}, empty value = not mapped) to the detected mapping.

    Raises KeyError naming an unknown canonical key or a source column that does not exist.
    """
    mapping = dict(detected)
    for raw_key, column in (overrides or {}).items():
        key = KEY_ALIASES.get(str(raw_key).strip().lower(), str(raw_key).strip().lower())
        if key not in MAPPABLE:
            raise KeyError(f"unknown field {raw_key}")
        if column in (None, ""):
            mapping.pop(key, None)
            continue
        if column not in headers:
            lowered = {h.strip().lower(): h for h in headers}
            if str(column).strip().lower() not in lowered:
                raise KeyError(f"no column {column}")
            column = lowered[str(column).strip().lower()]
        # A column moved to another field is no longer used by the field that had it.
        for other, source in list(mapping.items()):
            if source == column and other != key:
                mapping.pop(other)
        mapping[key] = column
    return {key: mapping[key] for key in MAPPABLE if key in mapping}


def unit_factor(key: str, header: str) -> float:
    """Multiplier that turns a column's unit into the canonical one (тыс. м3 -> m3, км2 -> ha); 1 when none."""
    text = str(header or "").lower()
    if key in ("volume_m3", "capacity_m3"):
        if re.search(r"млн|million|mln|\bmio\b", text):
            return 1e6
        if re.search(r"тыс|thousand|\bth\b|мың", text):
            return 1e3
    if key == "area_ha":
        if re.search(r"км2|км²|km2|km²|кв\.?\s*км|sq\.?\s*km", text):
            return 100.0
        if re.search(r"(?<![кk])(м2|м²|m2|m²)|кв\.?\s*м(?!\w)", text):
            return 1e-4
    return 1.0
