"""Comparing two inventories facility by facility (by tmf_id) and value by value, not text by text."""

from __future__ import annotations

import datetime
import math
from dataclasses import dataclass, field
from typing import Callable

from ..i18n import tr
from . import values as v
from .columns import CANONICAL_FIELDS, FIELD_NAMES
from .records import _PARSERS

# The values of the `change` output field.
ADDED, REMOVED, CHANGED, UNCHANGED, UNMATCHED = "added", "removed", "changed", "unchanged", "unmatched"
CHANGES = (ADDED, REMOVED, CHANGED, UNCHANGED, UNMATCHED)
LOCATION = "location"
# Every canonical field but the key, then the position: what is compared when FIELDS is empty.
COMPARABLE = [name for name in FIELD_NAMES if name != "tmf_id"] + [LOCATION]
DEFAULT_TOLERANCE_M = 10.0
_KINDS = dict(CANONICAL_FIELDS)


@dataclass
class Record:
    """One facility of one inventory: where it came from, its canonical values and its point in EPSG:4326."""

    label: str  # names the feature in messages, e.g. "feature 12"
    tmf_id: str | None
    values: dict
    lon: float | None = None
    lat: float | None = None


@dataclass
class FieldChange:
    """One line of the REPORT table."""

    tmf_id: str
    field: str
    old_value: str
    new_value: str


@dataclass
class Entry:
    """One feature of OUTPUT: the facility (new values, old ones when removed), how it changed and by how much."""

    tmf_id: str | None
    change: str
    record: Record
    layer: str  # "old" or "new": whose values and point the entry carries
    changed_fields: list[str] = field(default_factory=list)
    moved_m: float | None = None


@dataclass
class Comparison:
    """Everything the comparison found, and the messages about what could not be compared."""

    entries: list[Entry] = field(default_factory=list)
    report: list[FieldChange] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)

    def ids(self, change: str) -> set[str]:
        """The tmf_ids with this change."""
        return {e.tmf_id for e in self.entries if e.change == change and e.tmf_id}


def key_of(tmf_id) -> str | None:
    """The ID as it is matched: spaces trimmed and case folded, as the import finds repeated IDs; None when empty."""
    text = v.parse_text(tmf_id)
    if text is None or v.is_empty(text):
        return None
    return " ".join(text.split()).casefold()


def _shown_id(record: Record) -> str:
    """The ID as the inventory writes it (spaces trimmed)."""
    return " ".join(str(v.parse_text(record.tmf_id)).split())


def canonical_value(name: str, raw):
    """A field's value read with the inventory's own parser (so "12 500 000" is 12500000.0); BadValueError else.

    Values already typed by a layer (numbers, dates, booleans) pass through the same parser.
    """
    kind = _KINDS[name]
    if kind == "date" and hasattr(raw, "toPyDate"):  # QDate from a layer
        raw = raw.toPyDate() if raw.isValid() else None
    if kind in ("text", "status", "dam_type", "dam_condition", "consequence") and isinstance(raw, str):
        raw = raw.strip()
    value = _PARSERS[kind](raw)
    if kind == "text" and value is not None:
        value = " ".join(value.split())
    return value


def read_values(values: dict, label: str, messages: list[str]) -> dict:
    """Canonical values of one feature; a value that cannot be read is kept as its text and named in a message."""
    result = {}
    for name, raw in values.items():
        if name not in _KINDS:
            continue
        try:
            result[name] = canonical_value(name, raw)
        except v.BadValueError:
            text = str(raw).strip()
            result[name] = text
            messages.append(tr("{feature}: {field} \"{value}\" cannot be read; it is compared as text.").format(
                feature=label, field=name, value=text[:80]))
    return result


def same(name: str, old, new) -> bool:
    """True when two canonical values are equal; NULL against a value is a change."""
    if old is None or new is None:
        return old is None and new is None
    if isinstance(old, float) and isinstance(new, float):
        return math.isclose(old, new, rel_tol=1e-9, abs_tol=1e-9)
    if type(old) is not type(new):  # a value read against one kept as text
        return display(old) == display(new)
    if isinstance(old, str):
        return old.casefold() == new.casefold() if _KINDS.get(name) != "text" else old == new
    return old == new


def display(value) -> str:
    """A value as the REPORT table shows it: whole numbers without .0, dates as yyyy-mm-dd, NULL as empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    return str(value)


def _by_id(records: list[Record], which: str, comparison: Comparison) -> tuple[dict[str, Record], set[str]]:
    """{key: record} of the records with a unique ID, and the IDs that appear more than once."""
    seen: dict[str, list[Record]] = {}  # by key_of
    for record in records:
        key = key_of(record.tmf_id)
        if key is None:
            comparison.entries.append(Entry(None, UNMATCHED, record, which))
        else:
            seen.setdefault(key, []).append(record)
    duplicated = {key for key, found in seen.items() if len(found) > 1}
    inventory = tr("old") if which == "old" else tr("new")
    for key in sorted(duplicated):
        comparison.messages.append(tr(
            "The ID {id} appears {count} times in the {which} inventory ({features}); it is compared in "
            "neither inventory.").format(id=_shown_id(seen[key][0]), count=len(seen[key]), which=inventory,
                                         features=", ".join(r.label for r in seen[key])))
    return {key: found[0] for key, found in seen.items() if key not in duplicated}, duplicated


def compare(old: list[Record], new: list[Record], *, fields: list[str] | None = None,
            tolerance_m: float = DEFAULT_TOLERANCE_M,
            distance: Callable[[float, float, float, float], float] | None = None,
            cancelled: Callable[[], bool] = lambda: False) -> Comparison:
    """Match the two inventories by tmf_id and compare the chosen fields (default: all of COMPARABLE).

    Facilities without an ID are `unmatched` and never matched by guessing; an ID repeated within either inventory
    is reported and all its facilities are `unmatched`. distance(lon1, lat1, lon2, lat2) gives metres on the
    ellipsoid; the move is measured for every matched pair, and flagged as `location` beyond tolerance_m.
    """
    chosen = [name for name in (COMPARABLE if fields is None else fields) if name != "tmf_id"]
    comparison = Comparison()
    old_ids, old_repeated = _by_id(old, "old", comparison)
    new_ids, new_repeated = _by_id(new, "new", comparison)
    repeated = old_repeated | new_repeated
    for key in sorted(repeated):
        for which, records in (("old", old), ("new", new)):
            for record in records:
                if key_of(record.tmf_id) == key:
                    comparison.entries.append(Entry(_shown_id(record), UNMATCHED, record, which))
    for key in sorted(set(old_ids) | set(new_ids)):
        if cancelled():
            break
        if key in repeated:
            continue
        before, after = old_ids.get(key), new_ids.get(key)
        if before is None:
            assert after is not None  # the key came from one of the two inventories
            comparison.entries.append(Entry(_shown_id(after), ADDED, after, "new"))
            continue
        if after is None:
            comparison.entries.append(Entry(_shown_id(before), REMOVED, before, "old"))
            continue
        shown = _shown_id(after)
        entry = Entry(shown, UNCHANGED, after, "new")
        for name in chosen:
            if name == LOCATION:
                continue
            old_value, new_value = before.values.get(name), after.values.get(name)
            if not same(name, old_value, new_value):
                entry.changed_fields.append(name)
                comparison.report.append(FieldChange(shown, name, display(old_value), display(new_value)))
        if (distance is not None and before.lon is not None and before.lat is not None and after.lon is not None
                and after.lat is not None):
            entry.moved_m = distance(before.lon, before.lat, after.lon, after.lat)
        if LOCATION in chosen:
            moved = entry.moved_m is not None and entry.moved_m > tolerance_m
            if moved or (before.lon is None) != (after.lon is None):
                entry.changed_fields.append(LOCATION)
                comparison.report.append(FieldChange(shown, LOCATION, _where(before), _where(after)))
        entry.change = CHANGED if entry.changed_fields else UNCHANGED
        comparison.entries.append(entry)
    return comparison


def _where(record: Record) -> str:
    """A point as the REPORT table shows it: latitude, longitude in decimal degrees (about 1 cm)."""
    if record.lon is None or record.lat is None:
        return ""
    return f"{record.lat:.7f}, {record.lon:.7f}"


# Inventory files that are tables, not facility layers: they are imported before they are compared.
TABLE_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx", ".xls", ".ods")


def needs_import(source: str, field_names: list[str] | None = None) -> bool:
    """True when an inventory must go through tmf:importinventory first: a table file, or a layer without tmf_id."""
    path = str(source).split("|")[0].lower()
    if path.endswith(TABLE_SUFFIXES):
        return True
    return field_names is not None and "tmf_id" not in {name.lower() for name in field_names}


def parse_fields(text: str | None) -> list[str] | None:
    """The FIELDS parameter: canonical names (and `location`) separated by commas or spaces; None (all) when empty.

    Raises ValueError naming a field that is not one of them.
    """
    names = [part.strip().lower() for part in (text or "").replace(";", ",").replace(" ", ",").split(",")]
    names = [name for name in names if name]
    if not names:
        return None
    unknown = [name for name in names if name not in COMPARABLE and name != "tmf_id"]
    if unknown:
        raise ValueError(tr("FIELDS: {names} is not a field that can be compared (choose from {choices}).").format(
            names=", ".join(unknown), choices=", ".join(COMPARABLE)))
    return [name for name in COMPARABLE if name in names]
