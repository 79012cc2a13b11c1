"""Turning the rows of an inventory table into facility records and report lines, without dropping a row silently."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from ..core.attributes import text
from ..i18n import tr
from . import values as v
from .columns import CANONICAL_FIELDS, unit_factor


@dataclass
class SourceRow:
    """One row of the source: its number as the source shows it, its cells by header, and a point if it has one."""

    number: int
    values: dict
    point: tuple[float, float] | None = None  # (lon, lat) in EPSG:4326, from a layer's geometry
    point_problem: str = ""  # why a layer row has no point (no geometry, or one that cannot be transformed)


@dataclass
class SourceTable:
    """What a reader found: headers in source order, the data rows and how the file was read."""

    headers: list[str]
    rows: list[SourceRow]
    header_row: int = 1
    description: str = ""
    has_geometry: bool = False


@dataclass
class Problem:
    """One line of the validation report."""

    row: int
    field: str
    value: str
    problem: str
    column: str = ""
    tmf_id: str = ""
    placed: bool = True


@dataclass
class Facility:
    """A facility ready to be written: canonical attributes and its position in EPSG:4326."""

    row: int
    attributes: dict
    lon: float | None = None
    lat: float | None = None

    @property
    def placed(self) -> bool:
        return self.lon is not None and self.lat is not None


@dataclass
class ImportResult:
    """Facilities (placed or not) and the report of everything that was wrong."""

    facilities: list[Facility] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    swapped: bool = False

    @property
    def placed(self) -> list[Facility]:
        return [f for f in self.facilities if f.placed]

    def reported_rows(self) -> set[int]:
        """Row numbers of data rows with at least one report line (notices about the header row excluded)."""
        rows = {f.row for f in self.facilities}
        return {p.row for p in self.problems if p.row in rows}


# Bounds of a sensible value; beyond them the value is reported and left empty.
NUMBER_RANGES = {
    "volume_m3": (0.0, 1e11),
    "capacity_m3": (0.0, 1e11),
    "area_ha": (0.0, 1e6),
    "dam_height_m": (0.0, 400.0),
    "seismicity": (0.0, 12.0),
}

_PARSERS: dict[str, Callable] = {
    "text": v.parse_text,
    "real": v.parse_number,
    "year": v.parse_year,
    "class3": lambda value: v.parse_class(value, 1, 3),
    "bool": v.parse_bool,
    "date": v.parse_date,
    "status": v.parse_status,
    "dam_type": v.parse_dam_type,
    "dam_condition": v.parse_dam_condition,
    "consequence": v.parse_consequence_class,
}


def _explain(kind: str, reason: str) -> str:
    """Translated report text for a value that was left empty."""
    if reason == "out of range":
        return tr("value out of range; left empty")
    if kind == "real":
        return tr("not a number; left empty")
    if kind in ("year",):
        return tr("not a year; left empty")
    if kind == "class3":
        return tr("not a water hazard class 1 to 3; left empty")
    if kind == "bool":
        return tr("not yes or no; left empty")
    if kind == "date":
        return tr("not a date; left empty")
    if kind == "status":
        return tr("unknown status (expected active, inactive, conserved, closed, abandoned or unknown); left empty")
    if kind == "dam_type":
        return tr("unknown dam type (expected upstream, downstream, centreline or other); left empty")
    if kind == "dam_condition":
        return tr("unknown dam condition (expected good, fair, poor or unknown); left empty")
    if kind == "consequence":
        return tr("unknown consequence class (expected Low, Significant, High, Very High or Extreme); left empty")
    return tr("unreadable value; left empty")


def read_attributes(row: SourceRow, mapping: dict[str, str]) -> tuple[dict, list[Problem]]:
    """Canonical attributes of one row; a bad value becomes None and a report line."""
    attributes: dict = {}
    problems: list[Problem] = []
    for key, kind in CANONICAL_FIELDS:
        column = mapping.get(key)
        raw = row.values.get(column) if column else None
        try:
            value = _PARSERS[kind](raw)
            if kind == "real" and value is not None:
                value *= unit_factor(key, column or "")
                low, high = NUMBER_RANGES.get(key, (float("-inf"), float("inf")))
                if not low <= value <= high:
                    raise v.BadValueError("out of range")
        except v.BadValueError as error:
            problems.append(Problem(row.number, key, text(raw), _explain(kind, str(error)), column or ""))
            value = None
        attributes[key] = value
    if attributes["status"] is None and not any(p.field == "status" for p in problems):
        attributes["status"] = "unknown"
    return attributes, problems


def _raw_pair(row: SourceRow, mapping: dict[str, str]):
    """The two raw coordinate cells of a row (first, second, their columns) or None when there are none."""
    if "latitude" in mapping or "longitude" in mapping:
        lat = row.values.get(mapping.get("latitude")) if "latitude" in mapping else None
        lon = row.values.get(mapping.get("longitude")) if "longitude" in mapping else None
        if not (v.is_empty(lat) and v.is_empty(lon)) or row.point is None:
            return lat, lon, mapping.get("latitude", ""), mapping.get("longitude", "")
    if "coordinates" in mapping:
        column = mapping["coordinates"]
        raw = row.values.get(column)
        pair = v.split_coordinate_pair(raw)
        if pair is not None or row.point is None:
            return (pair[0] if pair else None), (pair[1] if pair else None), column, column
    return None


def build_facilities(
    table: SourceTable,
    mapping: dict[str, str],
    *,
    projected: bool = False,
    xy_to_lonlat: Callable[[float, float], tuple[float, float]] | None = None,
    inside: Callable[[float, float], bool] | None = None,
    country: str = "",
    keep_outside: bool = False,
    feedback_cancelled: Callable[[], bool] = lambda: False,
    progress: Callable[[float], None] = lambda fraction: None,
) -> ImportResult:
    """Read every row into a facility; report missing or bad values, duplicates and unusable positions.

    projected: the latitude/longitude columns hold y/x in a projected CRS and `xy_to_lonlat(x, y)` gives (lon, lat).
    inside(lon, lat): whether a point is inside the chosen country; points outside are reported and, unless
    keep_outside, not placed.
    """
    result = ImportResult()
    total = max(len(table.rows), 1)
    positions, sources = _read_rows(table, mapping, projected, xy_to_lonlat, result, feedback_cancelled,
                                    lambda index: progress(0.5 * index / total))
    _check_identity(result)
    positions = _check_columns(table, mapping, projected, inside, positions, result)
    for index, (facility, position, (raw, columns)) in enumerate(zip(result.facilities, positions, sources)):
        if feedback_cancelled():
            break
        progress(0.5 + 0.5 * index / total)
        if position is not None:
            _place(facility, position, raw, columns, inside, country, keep_outside, result.problems)
    _settle_problems(result)
    return result


def _read_rows(table: SourceTable, mapping: dict[str, str], projected: bool, xy_to_lonlat, result: ImportResult,
               feedback_cancelled: Callable[[], bool], progress: Callable[[int], None]):
    """Pass 1: the attributes of every row and the raw numbers of its position (raw text and columns beside)."""
    positions: list[tuple[float, float] | None] = []
    sources: list[tuple[str, str]] = []  # (raw text, columns) of each row's position, for the report
    for index, row in enumerate(table.rows):
        if feedback_cancelled():
            break
        progress(index)
        attributes, problems = read_attributes(row, mapping)
        result.facilities.append(Facility(row.number, attributes))
        result.problems.extend(problems)
        positions.append(_read_position(row, mapping, projected, xy_to_lonlat, result.problems))
        sources.append(_position_source(row, mapping))
    return positions, sources


def _check_columns(table: SourceTable, mapping: dict[str, str], projected: bool, inside, positions: list,
                   result: ImportResult) -> list:
    """Whole-column checks: swapped latitude/longitude columns (read the other way round) and projected metres."""
    parsed = [p for p in positions if p is not None]
    # Swapped latitude/longitude columns: decided once for the whole column, and only when unambiguous.
    if parsed and not projected and ("latitude" in mapping or "longitude" in mapping):
        if _columns_look_swapped(parsed, inside):
            result.swapped = True
            positions = [(p[1], p[0]) if p is not None else None for p in positions]
            result.problems.append(Problem(
                table.header_row, "latitude/longitude", f"{mapping.get('latitude', '')} / "
                f"{mapping.get('longitude', '')}",
                tr("the latitude and longitude columns are swapped; they were read the other way round"),
                placed=True))
    # Degrees cannot be in the thousands: say so once, since every row will be reported out of range.
    if parsed and not projected and sum(1 for lon, lat in parsed if abs(lon) > 1000 or abs(lat) > 1000) > len(
            parsed) / 2:
        result.problems.append(Problem(
            table.header_row, "latitude/longitude", "", tr("the coordinates look like projected x/y in metres; "
                                                           "choose their CRS (SOURCE_CRS) and import again"),
            placed=False))
    return positions


def _place(facility: Facility, position: tuple[float, float], raw: str, columns: str, inside, country: str,
           keep_outside: bool, problems: list[Problem]) -> None:
    """Pass 2: the range and country checks decide whether the facility is placed at its position."""
    lon, lat = position
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        problems.append(Problem(
            facility.row, "latitude/longitude", raw or f"{lat:.6f} / {lon:.6f}",
            tr("coordinates out of range (latitude -90..90, longitude -180..180); the row is not placed"),
            columns, placed=False))
        return
    if inside is not None and not inside(lon, lat):
        if keep_outside:
            message = tr("point outside {country}; placed anyway").format(country=country or tr("the country"))
        else:
            message = tr("point outside {country}; the row is not placed").format(
                country=country or tr("the country"))
        problems.append(Problem(facility.row, "latitude/longitude", raw or f"{lat:.6f} / {lon:.6f}",
                                message, columns, placed=keep_outside))
        if not keep_outside:
            return
    facility.lon, facility.lat = lon, lat


def _settle_problems(result: ImportResult) -> None:
    """Every report line carries its row's tmf_id and whether the row was placed, in row order."""
    placed_rows = {f.row for f in result.facilities if f.placed}
    ids = {f.row: f.attributes.get("tmf_id") or "" for f in result.facilities}
    for problem in result.problems:
        if problem.row in ids:
            problem.tmf_id = problem.tmf_id or ids[problem.row]
            problem.placed = problem.row in placed_rows
    result.problems.sort(key=lambda p: p.row)


def _position_source(row: SourceRow, mapping: dict[str, str]) -> tuple[str, str]:
    """The position as the source wrote it and the columns it came from."""
    if "latitude" in mapping or "longitude" in mapping:
        columns = [mapping.get("latitude", ""), mapping.get("longitude", "")]
    elif "coordinates" in mapping:
        columns = [mapping["coordinates"]]
    else:
        return "", ""
    raw = " / ".join(text(row.values.get(c)) for c in columns if c)
    return (raw if raw.strip(" /") else ""), " / ".join(c for c in columns if c)


def _read_position(row, mapping, projected, xy_to_lonlat, problems) -> tuple[float, float] | None:
    """(lon, lat) of a row before range checks, or None with a report line saying why it cannot be placed."""
    try:
        pair = _raw_pair(row, mapping)
    except v.BadValueError:
        column = mapping.get("coordinates", "")
        problems.append(Problem(row.number, "coordinates", text(row.values.get(column)),
                                tr("not a pair of coordinates; the row is not placed"), column, placed=False))
        return None
    if pair is None:
        if row.point is not None:
            return row.point
        problems.append(Problem(row.number, "latitude/longitude", "", row.point_problem or
                                tr("no coordinate columns and no geometry; the row is not placed"), placed=False))
        return None
    lat_raw, lon_raw, lat_column, lon_column = pair
    if v.is_empty(lat_raw) or v.is_empty(lon_raw):
        value = f"{text(lat_raw)} / {text(lon_raw)}".strip(" /")
        problems.append(Problem(row.number, "latitude/longitude", value,
                                tr("missing coordinates; the row is not placed"),
                                f"{lat_column} / {lon_column}", placed=False))
        return None
    # A cell that names its hemisphere wins over the column it sits in (e.g. "82°36' в.д." under "Широта").
    if v.axis_of(lat_raw) == "lon" and v.axis_of(lon_raw) in ("lat", None):
        lat_raw, lon_raw = lon_raw, lat_raw
    try:
        if projected:
            lat, lon = v.parse_number(lat_raw), v.parse_number(lon_raw)
        else:
            lat, lon = v.parse_coordinate(lat_raw), v.parse_coordinate(lon_raw)
        if lat is None or lon is None:  # both cells hold text (checked above), so a parser found no number
            raise v.BadValueError("not a coordinate")
        if xy_to_lonlat is not None:
            lon, lat = xy_to_lonlat(lon, lat)
    except v.BadValueError:
        problems.append(Problem(row.number, "latitude/longitude", f"{text(lat_raw)} / {text(lon_raw)}",
                                tr("not a coordinate; the row is not placed"),
                                f"{lat_column} / {lon_column}", placed=False))
        return None
    except Exception as error:  # a transform that fails for this point
        problems.append(Problem(row.number, "latitude/longitude", f"{text(lat_raw)} / {text(lon_raw)}",
                                tr("cannot transform to EPSG:4326 ({error}); the row is not placed").format(
                                    error=error), f"{lat_column} / {lon_column}", placed=False))
        return None
    return lon, lat


def _columns_look_swapped(positions: list[tuple[float, float]], inside) -> bool:
    """True when reading the columns the other way round clearly fits better."""
    impossible = sum(1 for lon, lat in positions if abs(lat) > 90 >= abs(lon))
    if impossible > len(positions) / 2:
        return True
    if inside is None:
        return False
    as_read = sum(1 for lon, lat in positions if -90 <= lat <= 90 and inside(lon, lat))
    swapped = sum(1 for lon, lat in positions if -90 <= lon <= 90 and inside(lat, lon))
    return as_read < len(positions) / 2 and swapped > 2 * as_read and swapped >= len(positions) / 2


def _check_identity(result: ImportResult) -> None:
    """Report missing names and IDs, and clear repeated IDs so that tmf_id stays unique."""
    first_row: dict[str, int] = {}
    for facility in result.facilities:
        attributes = facility.attributes
        tmf_id = attributes.get("tmf_id")
        if not tmf_id:
            result.problems.append(Problem(facility.row, "tmf_id", "", tr("missing ID")))
        else:
            key = " ".join(tmf_id.split()).casefold()
            if key in first_row:
                result.problems.append(Problem(
                    facility.row, "tmf_id", tmf_id,
                    tr("duplicate ID (first in row {row}); imported without ID").format(row=first_row[key]),
                    tmf_id=tmf_id))
                attributes["tmf_id"] = None
            else:
                first_row[key] = facility.row
        if not attributes.get("name"):
            result.problems.append(Problem(facility.row, "name", "", tr("missing name")))
