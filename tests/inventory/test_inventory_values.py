"""Cell values and headers as agencies write them: coordinates, numbers, vocabularies, column names."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tmf_plugin.inventory import values as v
from tmf_plugin.inventory.columns import detect_mapping, merge_mapping, normalise_header, unit_factor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("49.9533", 49.9533),
        ("49,9533", 49.9533),
        (" 49.9533 ", 49.9533),
        ("-82.5", -82.5),
        ("49°57'12\" N", 49 + 57 / 60 + 12 / 3600),
        ("49°57'12\"N", 49 + 57 / 60 + 12 / 3600),
        ("N 49°57'12\"", 49 + 57 / 60 + 12 / 3600),
        ("49°57'12\" с.ш.", 49 + 57 / 60 + 12 / 3600),
        ("49°57'12,3\" с.ш.", 49 + 57 / 60 + 12.3 / 3600),
        ("49°57'12\"с.ш.", 49 + 57 / 60 + 12 / 3600),
        ("49º57′12″ с.е.", 49 + 57 / 60 + 12 / 3600),  # Kazakh солтүстік ендік
        ("82°36′ в.д.", 82.6),
        ("82 36 00 ш.б.", 82.6),  # Kazakh шығыс бойлық
        ("49 57 12", 49 + 57 / 60 + 12 / 3600),
        ("49 57 12 с.ш.", 49 + 57 / 60 + 12 / 3600),
        ("49°57.2'", 49 + 57.2 / 60),
        ("49°57´12˝ с.ш.", 49 + 57 / 60 + 12 / 3600),
        ("с.ш. 49°57'12\"", 49 + 57 / 60 + 12 / 3600),
        ("49 град 57 мин 12 сек", 49 + 57 / 60 + 12 / 3600),
        ("49о57'12\" с.ш.", 49 + 57 / 60 + 12 / 3600),  # Cyrillic о typed for the degree sign
        ("49o57'12\"N", 49 + 57 / 60 + 12 / 3600),
        ("33о30' о.е.", -33.5),  # Kazakh оңтүстік ендік
        ("49:57:12", 49 + 57 / 60 + 12 / 3600),
        ("33°30' S", -33.5),
        ("33°30' ю.ш.", -33.5),
        ("12°30' з.д.", -12.5),
        ("12°30'W", -12.5),
        (49.5, 49.5),
    ],
)
def test_coordinate_notations(text, expected):
    assert v.parse_coordinate(text) == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize("text", ["abc", "49°75'00\"", "49 57 72", "12 West", "1 2 3 4", "49.5.3.1"])
def test_bad_coordinates_are_rejected(text):
    with pytest.raises(v.BadValueError):
        v.parse_coordinate(text)


@pytest.mark.parametrize("text", ["", "  ", None, "н/д", "нет данных", "-"])
def test_empty_coordinates_are_none(text):
    assert v.parse_coordinate(text) is None


@given(st.floats(min_value=0, max_value=89.9999), st.sampled_from(["N", " с.ш.", " N", ""]))
def test_dms_round_trip_within_a_hundredth_of_a_second(value, hemisphere):
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = (value - degrees - minutes / 60) * 3600
    text = f"{degrees}°{minutes}'{seconds:.2f}".replace(".", ",") + f"\"{hemisphere}"
    assert v.parse_coordinate(text) == pytest.approx(value, abs=0.01 / 3600 + 1e-12)


def test_hemisphere_names_the_axis():
    assert v.axis_of("49°57' с.ш.") == "lat"
    assert v.axis_of("82°36' в.д.") == "lon"
    assert v.axis_of("49.5") is None
    assert v.split_coordinate_pair("82°36' в.д. 49°57' с.ш.") == ("49°57' с.ш.", "82°36' в.д.")
    assert v.split_coordinate_pair("49,95; 82,6") == ("49,95", "82,6")
    assert v.split_coordinate_pair("49.95, 82.6") == ("49.95", "82.6")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 250 000", 1250000.0),
        ("1\u00a0250\u00a0000,5", 1250000.5),
        ("1\u202f250", 1250.0),
        ("2,5", 2.5),
        ("1.250.000,5", 1250000.5),
        ("1,250,000.5", 1250000.5),
        ("1e6", 1e6),
        ("12 м3", 12.0),
        ("7 баллов", 7.0),
        ("", None),
        ("-", None),
        (3, 3.0),
    ],
)
def test_numbers_with_spaces_and_decimal_commas(text, expected):
    assert v.parse_number(text) == expected


@pytest.mark.parametrize("text", ["около 2 млн", "abc", "1,2,3.4.5", "12abc", "н/д", "n/a"])
def test_non_numbers_are_rejected(text):
    with pytest.raises(v.BadValueError):
        v.parse_number(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("действующее", "active"), ("Действует", "active"), ("в эксплуатации", "active"), ("Active", "active"),
        ("жұмыс істейді", "active"), ("недействующее", "inactive"), ("не действует", "inactive"),
        ("временно не эксплуатируется", "inactive"), ("жұмыс істемейді", "inactive"),
        ("законсервировано", "conserved"), ("консервацияланған", "conserved"), ("mothballed", "conserved"),
        ("закрыто", "closed"), ("ликвидировано", "closed"), ("рекультивировано", "closed"), ("жабылған", "closed"),
        ("бесхозное", "abandoned"), ("иесіз", "abandoned"), ("abandoned", "abandoned"),
        ("нет данных", "unknown"), ("неизвестно", "unknown"), ("белгісіз", "unknown"), ("", None),
    ],
)
def test_status_words_in_three_languages(text, expected):
    assert v.parse_status(text) == expected


def test_unknown_status_is_rejected():
    with pytest.raises(v.BadValueError):
        v.parse_status("спорный")


def test_yes_no_and_other_vocabularies():
    assert [v.parse_bool(t) for t in ("да", "нет", "иә", "жоқ", "yes", "0", "", 1)] == [
        True, False, True, False, True, False, None, True]
    with pytest.raises(v.BadValueError):
        v.parse_bool("может быть")
    assert v.parse_dam_type("восходящий") == "upstream"
    assert v.parse_dam_type("centerline") == "centreline"
    assert v.parse_dam_condition("неудовлетворительное") == "poor"
    assert v.parse_dam_condition("удовлетворительное") == "fair"
    assert v.parse_dam_condition("жақсы") == "good"
    assert v.parse_consequence_class("Очень высокий") == "Very High"
    assert v.parse_consequence_class("высокий") == "High"
    assert v.parse_consequence_class("елеулі") == "Significant"
    assert v.parse_class("WGK 2", 1, 3) == 2 and v.parse_class("III", 1, 3) == 3
    with pytest.raises(v.BadValueError):
        v.parse_class("5", 1, 3)
    assert v.parse_year("1975 г.") == 1975
    assert v.parse_date("12.05.2021") == datetime.date(2021, 5, 12)
    assert v.parse_date("2021-05-12") == datetime.date(2021, 5, 12)
    assert v.parse_text(1975.0) == "1975"


def test_russian_headers_are_recognised_with_units_and_punctuation():
    headers = ["№ п/п", "Код объекта", "Наименование", "Недропользователь", "Область", "Состояние",
               "Полезное ископаемое", "Объём хвостов, м3", "Проектная ёмкость (м³)", "Площадь, га",
               "Высота дамбы, м", "Тип дамбы", "Год ввода в эксплуатацию", "Основные загрязняющие вещества",
               "Класс опасности для воды", "Сейсмичность, баллы", "Подтопляемость", "Состояние дамбы",
               "Дата последнего обследования", "Класс последствий", "Широта", "Долгота"]
    mapping = detect_mapping(headers)
    assert mapping["tmf_id"] == "Код объекта"
    assert mapping["status"] == "Состояние" and mapping["dam_condition"] == "Состояние дамбы"
    assert mapping["volume_m3"] == "Объём хвостов, м3" and mapping["capacity_m3"] == "Проектная ёмкость (м³)"
    assert mapping["latitude"] == "Широта" and mapping["longitude"] == "Долгота"
    assert len(mapping) == 21  # every canonical field plus latitude and longitude


def test_kazakh_and_english_headers():
    kazakh = detect_mapping(["Нысан коды", "Атауы", "Облыс", "Ендік", "Бойлық", "Жер қойнауын пайдаланушы",
                             "Қалдықтар көлемі (м3)", "Мәртебесі"])
    assert kazakh == {"tmf_id": "Нысан коды", "name": "Атауы", "operator": "Жер қойнауын пайдаланушы",
                      "region": "Облыс", "status": "Мәртебесі", "volume_m3": "Қалдықтар көлемі (м3)",
                      "latitude": "Ендік", "longitude": "Бойлық"}
    english = detect_mapping(["TMF_ID", "Facility name", "LAT (deg)", "Lon [deg]", "Tailings volume, m3", "STATUS"])
    assert english == {"tmf_id": "TMF_ID", "name": "Facility name", "status": "STATUS",
                       "volume_m3": "Tailings volume, m3", "latitude": "LAT (deg)", "longitude": "Lon [deg]"}
    assert normalise_header("  Объём хвостов, м3 ") == "объем хвостов"
    axes = detect_mapping(["Координаты (широта)", "Координаты (долгота)", "Дата ввода в эксплуатацию"])
    assert axes == {"year_commissioned": "Дата ввода в эксплуатацию", "latitude": "Координаты (широта)",
                    "longitude": "Координаты (долгота)"}


def test_field_map_overrides_detection():
    headers = ["Код", "Наименование", "Прим.", "Широта", "Долгота"]
    merged = merge_mapping(detect_mapping(headers), {"name": "Прим.", "lat": "Долгота", "lon": "Широта"}, headers)
    assert merged["name"] == "Прим." and merged["latitude"] == "Долгота" and merged["longitude"] == "Широта"
    assert "tmf_id" in merged
    assert "tmf_id" not in merge_mapping(detect_mapping(headers), {"tmf_id": ""}, headers)
    with pytest.raises(KeyError):
        merge_mapping({}, {"colour": "Код"}, headers)
    with pytest.raises(KeyError):
        merge_mapping({}, {"name": "Нет такой"}, headers)


def test_unit_multipliers_in_headers():
    assert unit_factor("volume_m3", "Объём, тыс. м3") == 1000
    assert unit_factor("volume_m3", "Объём, млн м3") == 1e6
    assert unit_factor("area_ha", "Площадь, км2") == 100
    assert unit_factor("area_ha", "Площадь, га") == 1
