"""Geographic names in a sheet's language: the data's own language fields first, else a gazetteer table (CSV)."""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsRectangle, QgsVectorLayer

from ..i18n import tr
from ..paths import resource
from .attributes import text as text_of
from .compat import FieldType, make_field
from .countries import REGION_ADMIN_FIELDS

KINDS = ("country", "region", "river", "lake", "place")
LANGUAGES = ("en", "ru", "kk")
COLUMNS = ("kind", "spellings", "en", "ru", "kk")
LABEL_FIELD = "sheet_name"  # the field a labelled layer's copy carries its names in, in the sheet language
# The data's own names in a language (Natural Earth, OpenStreetMap exports, national layers), tried before the table.
LANGUAGE_FIELDS = {
    "en": ("name_en", "NAME_EN", "name:en"),
    "ru": ("name_ru", "NAME_RU", "name:ru"),
    "kk": ("name_kk", "NAME_KK", "name:kk"),
}
# The spellings a feature is looked up by, in this order; the first one present is what an untranslated label shows.
NAME_FIELDS = ("name", "NAME", "name_en", "NAME_EN", "NAMEASCII", "name_alt", "NAMEALT", *REGION_ADMIN_FIELDS,
               "receptor")


def language_name(language: str) -> str:
    """The language's name for a log message, in the interface language."""
    return {"en": tr("English"), "ru": tr("Russian"), "kk": tr("Kazakh")}.get(language, language)


def name_key(name: object) -> str:
    """A comparison key: no accents, case, spaces, apostrophes or hyphens ("Syr  Darya" = "Syr Darya")."""
    return "" if name is None else _key(str(name))


@lru_cache(maxsize=1 << 16)  # a job labels thousands of facilities with a few dozen names
def _key(text: str) -> str:
    return "".join(char for char in unicodedata.normalize("NFKD", text).casefold() if char.isalnum())


class GazetteerError(ValueError):
    """A gazetteer table that cannot be read, with the file and line at fault."""


@dataclass
class Gazetteer:
    """Names by kind and spelling, in en / ru / kk; remembers which names it could not translate."""

    source: str = ""
    names: dict[tuple[str, str], dict[str, str]] = field(default_factory=dict)
    missing: dict[str, list[str]] = field(default_factory=dict)
    _found: dict[tuple[str, str, str], str | None] = field(default_factory=dict, repr=False, compare=False)

    def add(self, kind: str, spellings: list[str], translations: dict[str, str]) -> None:
        """Register one place, river, lake, region or country under each of its spellings (and its own names)."""
        self._found.clear()
        for spelling in spellings + [value for value in translations.values() if value]:
            key = name_key(spelling)
            if key:
                self.names.setdefault((kind, key), translations)

    def lookup(self, kind: str, name: object, language: str) -> str | None:
        """The name in `language`, or None when the table does not know it (any kind is tried after `kind`)."""
        key = name_key(name)
        if not key:
            return None
        if (kind, key, language) not in self._found:
            entry = self.names.get((kind, key))
            if entry is None:
                entry = next((self.names[(other, key)] for other in KINDS if (other, key) in self.names), None)
            self._found[(kind, key, language)] = (entry or {}).get(language) or None
        return self._found[(kind, key, language)]

    def localise(self, kind: str, name: object, language: str, record: bool = True) -> str:
        """The name in `language`; else the name as the data spells it, remembered for the export log."""
        if not text_of(name).strip():
            return ""
        text = str(name)
        found = self.lookup(kind, text, language)
        if found:
            return found
        if record:
            self.remember_missing(text, language)
        return text

    def remember_missing(self, name: str, language: str) -> None:
        """Note a name with no translation, once."""
        seen = self.missing.setdefault(language, [])
        if name not in seen:
            seen.append(name)

    def missing_message(self, language: str) -> str | None:
        """'No Russian name for: ...' listing each untranslated name once, or None when every name was found."""
        names = self.missing.get(language)
        if not names:
            return None
        return tr("No {language} name for: {names}").format(language=language_name(language),
                                                             names=", ".join(sorted(names)))


def default_gazetteer_path() -> Path:
    """The table shipped with the plugin."""
    return resource("gazetteer.csv")


def load_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """Read a gazetteer CSV (kind, spellings separated by ';', en, ru, kk; lines starting with # are comments)."""
    path = Path(path) if path else default_gazetteer_path()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise GazetteerError(tr("Cannot read the gazetteer {path}: {error}").format(path=path, error=error)) \
            from error
    gazetteer = Gazetteer(source=str(path))
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1)
             if line.strip() and not line.lstrip().startswith("#")]
    try:
        rows = list(zip(lines, csv.reader(io.StringIO("\n".join(line for _, line in lines)))))
    except csv.Error as error:
        raise GazetteerError(tr("{path}: not a readable CSV table ({error}).").format(path=path, error=error)) \
            from error
    if not rows or [cell.strip().lower() for cell in rows[0][1]][:5] != list(COLUMNS):
        raise GazetteerError(tr("{path}: the first line must be the header {columns}.").format(
            path=path, columns=",".join(COLUMNS)))
    for (number, _line), cells in rows[1:]:
        cells = [cell.strip() for cell in cells] + [""] * 5
        kind, spellings = cells[0].lower(), [s.strip() for s in cells[1].split(";") if s.strip()]
        if kind not in KINDS:
            raise GazetteerError(tr("{path}, line {line}: unknown kind {kind} (expected {known}).").format(
                path=path, line=number, kind=cells[0] or "''", known=", ".join(KINDS)))
        translations = dict(zip(LANGUAGES, cells[2:5]))
        if not spellings and not any(translations.values()):
            raise GazetteerError(tr("{path}, line {line}: no spelling and no name.").format(path=path, line=number))
        gazetteer.add(kind, spellings, translations)
    return gazetteer


_default: Gazetteer | None = None


def default_gazetteer() -> Gazetteer:
    """The shipped table, read once."""
    global _default
    if _default is None:
        _default = load_gazetteer()
    return _default


def localise(kind: str, name: object, language: str, gazetteer: Gazetteer | None = None) -> str:
    """`name` (a country, region, river, lake or place) in `language` (en, ru, kk), else as given."""
    return (gazetteer or default_gazetteer()).localise(kind, name, language)


def feature_label(attributes: dict, kind: str, language: str, gazetteer: Gazetteer, record: bool = True) -> str:
    """A feature's name in `language`: its own field in that language, else the table, else its data spelling."""
    for name in LANGUAGE_FIELDS.get(language, ()):
        value = attributes.get(name)
        if text_of(value).strip():
            return str(value)
    spellings: list[str] = []
    for name in NAME_FIELDS:
        value = attributes.get(name)
        if text_of(value).strip():
            # Natural Earth lists alternative names in one cell, separated by '|'.
            spellings.extend(part.strip() for part in str(value).split("|") if part.strip())
    for spelling in spellings:
        found = gazetteer.lookup(kind, spelling, language)
        if found:
            return found
    if not spellings:
        return ""
    if record:
        gazetteer.remember_missing(spellings[0], language)
    return spellings[0]


def add_label_field(layer: QgsVectorLayer, kind: str, language: str, gazetteer: Gazetteer | None = None,
                    within: QgsRectangle | None = None) -> QgsVectorLayer:
    """A memory copy of `layer` with the field sheet_name: each feature's name in `language`.

    The layer itself is never changed. Untranslated names of features inside `within` (in the layer's CRS; the
    whole layer when None) are remembered for the export log; the others are labelled as the data spells them.
    """
    gazetteer = gazetteer or default_gazetteer()
    copy = layer.materialize(QgsFeatureRequest())
    copy.setName(layer.name())
    provider = copy.dataProvider()
    if copy.fields().indexOf(LABEL_FIELD) < 0:
        provider.addAttributes([make_field(LABEL_FIELD, FieldType.String)])
        copy.updateFields()
    column = copy.fields().indexOf(LABEL_FIELD)
    names = copy.fields().names()
    area = QgsGeometry.fromRect(within) if within is not None else None
    changes = {}
    for feature in copy.getFeatures():
        attributes = dict(zip(names, feature.attributes()))
        record = area is None or feature.geometry().intersects(area)
        changes[feature.id()] = {column: feature_label(attributes, kind, language, gazetteer, record)}
    provider.changeAttributeValues(changes)
    return copy
