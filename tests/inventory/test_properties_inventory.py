"""Property-based tests (hypothesis) of the coordinate parser and the column matcher of the inventory import."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from tmf_plugin.inventory import columns as c
from tmf_plugin.inventory import values as v

settings.register_profile("tmf", max_examples=300, deadline=None, database=None,  # nothing written in the checkout
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("tmf")

DEGREES = st.integers(min_value=0, max_value=179)
MINUTES = st.integers(min_value=0, max_value=59)
SECONDS = st.integers(min_value=0, max_value=5999).map(lambda hundredths: hundredths / 100)
# (mark, is negative, axis) of the hemisphere notations people write after a coordinate
HEMISPHERES = st.sampled_from([
    ("N", False, "lat"), ("S", True, "lat"), ("E", False, "lon"), ("W", True, "lon"),
    ("с.ш.", False, "lat"), ("ю.ш.", True, "lat"), ("в.д.", False, "lon"), ("з.д.", True, "lon"),
    ("с. ш.", False, "lat"), ("в. д.", False, "lon"),
])
DMS_STYLES = st.sampled_from([
    "{d}°{m}'{s}\"", "{d}° {m}' {s}\"", "{d} {m} {s}", "{d}°{m}′{s}″", "{d}º{m}'{s}''", "{d}:{m}:{s}",
    "{d}o{m}'{s}\"",
])


def _decimal_comma(number: float) -> str:
    return f"{number:.6f}".replace(".", ",")


# Coordinate parser ----------------------------------------------------------------------------------------------

@given(st.floats(min_value=-180, max_value=180, allow_nan=False), st.booleans())
def test_decimal_degrees_read_back(number, comma):
    text = _decimal_comma(number) if comma else f"{number:.6f}"
    assert v.parse_coordinate(text) == pytest.approx(float(f"{number:.6f}"), abs=1e-9)


@given(st.floats(min_value=-180, max_value=180, allow_nan=False))
def test_exponent_notation_reads_back(number):
    assert v.parse_coordinate(f"{number:.5e}") == pytest.approx(float(f"{number:.5e}"), abs=1e-9)


@given(DEGREES, MINUTES, SECONDS, HEMISPHERES, DMS_STYLES, st.booleans())
def test_degrees_minutes_seconds_read_back(d, m, s, hemisphere, style, comma):
    mark, negative, _ = hemisphere
    seconds = f"{s:.2f}".replace(".", ",") if comma else f"{s:.2f}"
    text = style.format(d=d, m=m, s=seconds) + " " + mark
    expected = d + m / 60 + s / 3600
    assert v.parse_coordinate(text) == pytest.approx(-expected if negative else expected, abs=1e-9), text


@given(DEGREES, MINUTES, SECONDS, HEMISPHERES)
def test_the_hemisphere_names_the_axis(d, m, s, hemisphere):
    mark, _, axis = hemisphere
    assert v.axis_of(f"{d}°{m}'{s:.2f}\" {mark}") == axis


@given(DEGREES.filter(lambda d: d <= 89), MINUTES, SECONDS, DEGREES, MINUTES, SECONDS, st.booleans(),
       st.sampled_from(["; ", ", ", " / ", "  "]))
def test_a_pair_cell_is_split_by_hemisphere_in_either_order(d1, m1, s1, d2, m2, s2, lon_first, separator):
    lat = f"{d1}°{m1}'{s1:.2f}\" N"
    lon = f"{d2}°{m2}'{s2:.2f}\" E"
    cell = separator.join([lon, lat] if lon_first else [lat, lon])
    first, second = v.split_coordinate_pair(cell)
    assert v.parse_coordinate(first) == pytest.approx(d1 + m1 / 60 + s1 / 3600, abs=1e-9)
    assert v.parse_coordinate(second) == pytest.approx(d2 + m2 / 60 + s2 / 3600, abs=1e-9)


@given(st.one_of(st.text(max_size=40), st.text(alphabet="0123456789.,-+ °'\"NSEWnsewсшвдюз:e", max_size=30)))
@example("1e309")
@example("-inf")
@example("nan")
@example("9" * 400)
@example("49°57'12\"N 82°36'00\"E")
def test_any_text_is_a_finite_coordinate_none_or_a_bad_value(text):
    """Whatever a cell holds, the parser answers a finite number, None, or BadValueError: nothing else escapes."""
    try:
        result = v.parse_coordinate(text)
    except v.BadValueError:
        return
    assert result is None or (isinstance(result, float) and math.isfinite(result)), (text, result)


@given(st.text(max_size=40))
@example("1 250 000,5")
@example("1e309")
def test_any_text_is_a_finite_number_none_or_a_bad_value(text):
    try:
        result = v.parse_number(text)
    except v.BadValueError:
        return
    assert result is None or math.isfinite(result), (text, result)


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from([" ", "\u00a0", "\u202f", "'"]),
       st.integers(min_value=0, max_value=99))
def test_thousands_separators_and_decimal_comma(whole, separator, cents):
    grouped = f"{whole:,}".replace(",", separator)
    assert v.parse_number(f"{grouped},{cents:02d}") == pytest.approx(whole + cents / 100, rel=1e-12)


# Column matcher -------------------------------------------------------------------------------------------------

SYNONYM_PAIRS = [(key, synonym) for key, synonyms in c.SYNONYMS.items() for synonym in synonyms]
DECORATIONS = st.sampled_from(["{h}", "{H}", "  {h}  ", "{h} (м3)", "{h}, м3", "{h} [ha]", "{h}:", "{T}", "\ufeff{h}"])


def _decorated(header: str, decoration: str) -> str:
    return decoration.format(h=header, H=header.upper(), T=header.title())


@given(st.sampled_from(SYNONYM_PAIRS), DECORATIONS)
def test_a_synonym_is_recognised_whatever_its_case_units_or_punctuation(pair, decoration):
    key, synonym = pair
    expected, _ = c.recognise(synonym)
    assume(expected == key)  # a few short synonyms ("x", "у") are claimed first by the axis words; see below
    assert c.recognise(_decorated(synonym, decoration))[0] == key


def test_nearly_every_synonym_names_its_own_field():
    """The synonym lists and the recognition rules agree (the exceptions are deliberate and listed)."""
    wrong = [(key, s, c.recognise(s)[0]) for key, s in SYNONYM_PAIRS if c.recognise(s)[0] != key]
    assert len(wrong) <= len(SYNONYM_PAIRS) // 50, wrong


@given(st.text(max_size=60))
def test_normalising_a_header_twice_changes_nothing(header):
    once = c.normalise_header(header)
    assert c.normalise_header(once) == once


@given(st.lists(st.one_of(st.text(max_size=30), st.sampled_from([s for _, s in SYNONYM_PAIRS])), max_size=40))
def test_a_mapping_uses_each_field_and_each_column_once(headers):
    mapping = c.detect_mapping(headers)
    assert set(mapping) <= set(c.MAPPABLE)
    assert set(mapping.values()) <= set(headers)
    assert len(set(mapping.values())) == len(mapping)


@given(st.permutations([s for s in ("tmf_id", "Наименование", "Оператор", "Широта", "Долгота", "Статус",
                                    "Объем, тыс. м3", "Год ввода", "Класс опасности")]))
def test_the_column_order_does_not_change_the_mapping(headers):
    assert c.detect_mapping(headers) == c.detect_mapping(sorted(headers))


@given(st.lists(st.sampled_from([s for _, s in SYNONYM_PAIRS]), min_size=1, max_size=12, unique=True),
       st.data())
def test_an_override_wins_and_frees_its_column(headers, data):
    detected = c.detect_mapping(headers)
    column = data.draw(st.sampled_from(headers))
    key = data.draw(st.sampled_from(c.MAPPABLE))
    merged = c.merge_mapping(detected, {key: column}, headers)
    assert merged[key] == column
    assert [k for k, source in merged.items() if source == column] == [key]
    for other, source in detected.items():  # everything else stays as detected
        if other != key and source != column:
            assert merged[other] == source


@given(st.text(max_size=20).filter(lambda t: t.strip().lower() not in c.MAPPABLE and
                                   t.strip().lower() not in c.KEY_ALIASES))
def test_an_override_of_an_unknown_field_is_refused(key):
    with pytest.raises(KeyError):
        c.merge_mapping({}, {key: "a"}, ["a"])


# Readers and the row builder ------------------------------------------------------------------------------------

CELLS = st.one_of(st.text(max_size=12), st.sampled_from(["49.95", "82,6", "49°57'12\" с.ш.", "н/д", "", "1e309",
                                                         "KZ-1", "действующее", "1 250 000", "-", "abc"]))
HEADERS = st.lists(st.sampled_from(["tmf_id", "Наименование", "Широта", "Долгота", "Статус", "Объем, м3",
                                    "Координаты", "x", "y", "junk", ""]), min_size=1, max_size=7)


@given(st.binary(max_size=3000), st.sampled_from([".csv", ".txt"]))
def test_any_bytes_give_a_table_or_a_read_error(tmp_path_factory, data, suffix):
    from tmf_plugin.inventory.readers import InventoryReadError, read_source

    path = tmp_path_factory.mktemp("bytes") / f"inventory{suffix}"
    path.write_bytes(data)
    try:
        table = read_source(str(path))
    except InventoryReadError as error:
        assert str(path) in str(error)
        return
    assert table.rows and all(row.number > table.header_row for row in table.rows)


@given(HEADERS, st.lists(st.lists(CELLS, max_size=8), min_size=1, max_size=12))
def test_no_row_is_dropped_silently(headers, grid):
    """Every row becomes a facility; one that is not placed always has a report line saying why."""
    from tmf_plugin.inventory.readers import InventoryReadError, table_from_grid
    from tmf_plugin.inventory.records import build_facilities

    try:
        table = table_from_grid(list(enumerate([headers, *grid], 1)), "grid.csv", "test")
    except InventoryReadError:
        return  # nothing below the header: refused as a whole, with its name
    result = build_facilities(table, c.detect_mapping(table.headers))
    assert [f.row for f in result.facilities] == [r.number for r in table.rows]
    reported = {p.row for p in result.problems if not p.placed}
    for facility in result.facilities:
        if facility.placed:
            assert -90 <= facility.lat <= 90 and -180 <= facility.lon <= 180
            assert math.isfinite(facility.lat) and math.isfinite(facility.lon)
        else:
            assert facility.row in reported, (facility.row, result.problems)
