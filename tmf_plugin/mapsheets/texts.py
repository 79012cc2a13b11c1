"""Fixed texts printed on map sheets in English, Russian and Kazakh, chosen by the sheet's language."""

from __future__ import annotations

# The sheet language is a parameter of the export, not the QGIS interface locale: staff print Kazakh sheets from an
# English QGIS. These strings therefore live here rather than in the Qt translation files.
LANGUAGES = ("en", "ru", "kk")

TEXTS: dict[str, dict[str, str]] = {
    "default_title": {
        "en": "Tailings management facilities of Kazakhstan",
        "ru": "Хвостохранилища Республики Казахстан",
        "kk": "Қазақстан Республикасының қалдық қоймалары",
    },
    "sheet_n_of_m": {
        "en": "Sheet {n} of {m}",
        "ru": "Лист {n} из {m}",
        "kk": "{n}-парақ, барлығы {m}",
    },
    "overview_heading": {
        "en": "Overview: {count} facilities",
        "ru": "Обзорная карта: объектов — {count}",
        "kk": "Шолу картасы: нысандар саны — {count}",
    },
    "facility_heading": {
        "en": "Facility {id}: {name}",
        "ru": "Объект {id}: {name}",
        "kk": "Нысан {id}: {name}",
    },
    "region_heading": {
        "en": "Region: {name}",
        "ru": "Область: {name}",
        "kk": "Облыс: {name}",
    },
    "legend": {"en": "Legend", "ru": "Условные обозначения", "kk": "Шартты белгілер"},
    "location": {"en": "Location in Kazakhstan", "ru": "Положение в Казахстане", "kk": "Қазақстандағы орны"},
    "km": {"en": "km", "ru": "км", "kk": "км"},
    "north": {"en": "N", "ru": "С", "kk": "С"},
    "facilities": {
        "en": "Tailings facilities, transboundary flag",
        "ru": "Хвостохранилища, трансграничный риск",
        "kk": "Қалдық қоймалары, трансшекаралық қауіп",
    },
    "flag_high": {"en": "high", "ru": "высокий", "kk": "жоғары"},
    "flag_medium": {"en": "medium", "ru": "средний", "kk": "орташа"},
    "flag_none": {"en": "none", "ru": "нет", "kk": "жоқ"},
    "flag_unknown": {"en": "not assessed", "ru": "не оценён", "kk": "бағаланбаған"},
    "size_by_thi": {  # the size legend does not wrap: keep it short
        "en": "Size: THI (hazard index)",
        "ru": "Размер: THI (индекс опасности)",
        "kk": "Өлшемі: THI (қауіптілік индексі)",
    },
    "paths": {"en": "Downstream path", "ru": "Путь вниз по течению", "kk": "Ағыс бойымен төмен жол"},
    "corridors": {
        "en": "Downstream water-body corridor",
        "ru": "Буферная зона водных объектов ниже по течению",
        "kk": "Ағыс төменіндегі су объектілерінің буферлік аймағы",
    },
    "rivers": {"en": "Rivers", "ru": "Реки", "kk": "Өзендер"},
    "lakes": {"en": "Lakes and reservoirs", "ru": "Озёра и водохранилища", "kk": "Көлдер мен су қоймалары"},
    "countries": {"en": "State borders", "ru": "Государственные границы", "kk": "Мемлекеттік шекаралар"},
    "other_countries": {"en": "Neighbouring countries", "ru": "Соседние государства", "kk": "Көрші мемлекеттер"},
    "regions": {"en": "Region boundaries", "ru": "Границы областей", "kk": "Облыс шекаралары"},
    "places": {"en": "Settlements", "ru": "Населённые пункты", "kk": "Елді мекендер"},
    "col_id": {"en": "ID", "ru": "Код", "kk": "Код"},
    "col_name": {"en": "Name", "ru": "Название", "kk": "Атауы"},
    "col_operator": {"en": "Operator", "ru": "Оператор", "kk": "Операторы"},
    "col_region": {"en": "Region", "ru": "Область", "kk": "Облыс"},
    "col_thi": {"en": "THI", "ru": "THI", "kk": "THI"},
    "col_flag": {"en": "Transb. flag", "ru": "Трансгр. риск", "kk": "Трансшек. қауіп"},
    "col_river": {"en": "Transb. river", "ru": "Трансгр. река", "kk": "Трансшек. өзен"},
    "col_dist": {"en": "To river, km", "ru": "До реки, км", "kk": "Өзенге дейін, км"},
    "col_downstream": {"en": "Along flow, km", "ru": "По течению, км", "kk": "Ағыс бойымен, км"},
    "col_border": {"en": "To border, km", "ru": "До границы, км", "kk": "Шекараға дейін, км"},
    "col_country": {"en": "Receiving country", "ru": "Страна ниже по течению", "kk": "Қабылдаушы ел"},
    "table_title": {
        "en": "Facilities on this sheet",
        "ru": "Объекты на листе",
        "kk": "Осы парақтағы нысандар",
    },
    "table_title_top": {
        "en": "Facilities: {shown} of {total}, highest flag and THI first",
        "ru": "Объекты: {shown} из {total}, сначала с высшим риском и THI",
        "kk": "Нысандар: {total} ішінен {shown}, алдымен қауіпі мен THI жоғарылары",
    },
    "incomplete": {"en": "incomplete", "ru": "неполный", "kk": "толық емес"},
    "sources": {"en": "Sources", "ru": "Источники", "kk": "Дереккөздер"},
    "natural_earth": {
        "en": "Made with Natural Earth (public domain): {layers}",
        "ru": "Создано с использованием Natural Earth (общественное достояние): {layers}",
        "kk": "Natural Earth деректерімен жасалған (қоғамдық игілік): {layers}",
    },
    "hydrosheds": {
        "en": "HydroSHEDS (WWF; Lehner & Grill 2013): {layers}",
        "ru": "HydroSHEDS (WWF; Lehner & Grill 2013): {layers}",
        "kk": "HydroSHEDS (WWF; Lehner & Grill 2013): {layers}",
    },
    "other_source": {"en": "{layers}: «{name}»", "ru": "{layers}: «{name}»", "kk": "{layers}: «{name}»"},
    "inventory_source": {
        "en": "Facilities: TMF inventory «{name}»; flags by TMF Safety for QGIS",
        "ru": "Объекты: кадастр хвостохранилищ «{name}»; оценка рисков — TMF Safety for QGIS",
        "kk": "Нысандар: қалдық қоймаларының тізілімі «{name}»; қауіп бағасы — TMF Safety for QGIS",
    },
    "disclaimer": {
        "en": "Boundaries and names shown are not authoritative and do not imply official endorsement or acceptance.",
        "ru": "Показанные границы и названия не являются официальными и не означают их признания.",
        "kk": "Көрсетілген шекаралар мен атаулар ресми емес және оларды мойындауды білдірмейді.",
    },
    "made_on": {"en": "Made {date}", "ru": "Дата составления: {date}", "kk": "Жасалған күні: {date}"},
}

# Natural Earth names the countries in English; the sheets print the neighbours in the sheet language.
COUNTRY_NAMES: dict[str, dict[str, str]] = {
    "Kazakhstan": {"ru": "Казахстан", "kk": "Қазақстан"},
    "Russia": {"ru": "Россия", "kk": "Ресей"},
    "China": {"ru": "Китай", "kk": "Қытай"},
    "Kyrgyzstan": {"ru": "Кыргызстан", "kk": "Қырғызстан"},
    "Uzbekistan": {"ru": "Узбекистан", "kk": "Өзбекстан"},
    "Turkmenistan": {"ru": "Туркменистан", "kk": "Түрікменстан"},
    "Tajikistan": {"ru": "Таджикистан", "kk": "Тәжікстан"},
    "Mongolia": {"ru": "Монголия", "kk": "Моңғолия"},
    "Afghanistan": {"ru": "Афганистан", "kk": "Ауғанстан"},
    "Iran": {"ru": "Иран", "kk": "Иран"},
    "Azerbaijan": {"ru": "Азербайджан", "kk": "Әзербайжан"},
    "Georgia": {"ru": "Грузия", "kk": "Грузия"},
    "Armenia": {"ru": "Армения", "kk": "Армения"},
    "Turkey": {"ru": "Турция", "kk": "Түркия"},
    "Pakistan": {"ru": "Пакистан", "kk": "Пәкістан"},
    "India": {"ru": "Индия", "kk": "Үндістан"},
    "Iraq": {"ru": "Ирак", "kk": "Ирак"},
}

DATE_FORMATS = {"en": "%Y-%m-%d", "ru": "%d.%m.%Y", "kk": "%d.%m.%Y"}


def text(language: str, key: str, **values) -> str:
    """The sheet text `key` in `language` (English when the language is unknown), with placeholders filled."""
    variants = TEXTS[key]
    template = variants.get(language, variants["en"])
    return template.format(**values) if values else template


def date_text(language: str, when) -> str:
    """'Made <date>' in the sheet language, the date written the way readers of that language expect."""
    return text(language, "made_on", date=when.strftime(DATE_FORMATS.get(language, DATE_FORMATS["en"])))


def country_name(language: str, name: str) -> str:
    """A country's name in the sheet language when known, else as the data spells it."""
    return COUNTRY_NAMES.get(name, {}).get(language, name)
