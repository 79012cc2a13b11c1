"""The Tailings Hazard Index (THI): log10 of the volume plus class scores read from an editable table."""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import ScoreTableError
from ..i18n import tr
from ..paths import resource

# Each scored term and the facility field its class comes from.
COMPONENTS = {
    "tox": "water_hazard_class",
    "man": "status",
    "flood": "flood_prone",
    "seism": "seismicity",
    "dam": "dam_condition",
}
OUTPUT_FIELDS = ("thi_cap", "thi_tox", "thi_man", "thi_flood", "thi_seism", "thi_dam", "thi", "thi_complete")


@dataclass
class ScoreTable:
    """Class scores per component: exact classes and numeric ranges [min, max)."""

    classes: dict[str, dict[str, float]] = field(default_factory=dict)
    ranges: dict[str, list[tuple[float, float, float]]] = field(default_factory=dict)
    source: str = ""

    def score(self, component: str, value) -> float | None:
        """Score of a field value for one component, or None when the value is missing or has no class."""
        if value is None:
            return None
        key = _class_key(value)
        classes = self.classes.get(component, {})
        if key in classes:
            return classes[key]
        number = _as_number(value)
        if number is not None:
            for low, high, score in self.ranges.get(component, []):
                if low <= number < high:
                    return score
        return None


def default_scores_path() -> Path:
    """The shipped, documented default table."""
    return resource("hazard_scores.csv")


def load_scores(path: str | Path | None = None) -> ScoreTable:
    """Read a score table (CSV with # comments: component,value,min,max,score,meaning)."""
    path = Path(path) if path else default_scores_path()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ScoreTableError(tr("Cannot read the score table {path}: {error}").format(path=path, error=error)) \
            from error
    table = ScoreTable(source=str(path))
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and
             not line.lstrip().startswith("#")]
    reader = csv.reader(io.StringIO("\n".join(line for _, line in lines)))
    header_seen = False
    try:
        rows = list(zip(lines, reader))
    except csv.Error as error:  # e.g. an unclosed quote that swallows the rest of the file into one cell
        raise ScoreTableError(tr("{path}, line {line}: not a readable CSV table ({error}).").format(
            path=path, line=lines[min(reader.line_num, len(lines)) - 1][0] if lines else 1, error=error)) from error
    for (number, _), cells in rows:
        cells = [c.strip() for c in cells] + [""] * 6
        component, value, low, high, score = (c.lower() for c in cells[:5])
        if not header_seen and component == "component":
            header_seen = True
            continue
        if component not in COMPONENTS:
            raise ScoreTableError(tr("{path}, line {line}: unknown component {component} (expected {known}).")
                                  .format(path=path, line=number, component=component,
                                          known=", ".join(COMPONENTS)))
        try:
            points = float(score.replace(",", "."))
            if not math.isfinite(points):  # nan or inf would make every THI meaningless
                raise ValueError(score)
            if value:
                table.classes.setdefault(component, {})[_class_key(value)] = points
            else:
                bounds = (float(low.replace(",", ".")) if low else -math.inf,
                          float(high.replace(",", ".")) if high else math.inf)
                table.ranges.setdefault(component, []).append((*bounds, points))
        except ValueError as error:
            raise ScoreTableError(tr("{path}, line {line}: score, min and max must be numbers.").format(
                path=path, line=number)) from error
    if not table.classes and not table.ranges:
        raise ScoreTableError(tr("The score table {path} has no scores.").format(path=path))
    return table


def _class_key(value) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value).strip().lower()
    return {"true": "yes", "false": "no"}.get(text, text)


def _as_number(value) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        return float(str(value).replace(",", "."))
    except ValueError:
        return None


def capacity_term(volume_m3) -> float | None:
    """THI_cap = log10(volume in m3); volumes below 1 m3 score 0; None when the volume is unknown."""
    number = _as_number(volume_m3) if volume_m3 is not None else None
    if number is None or number < 0 or not math.isfinite(number):
        return None
    return math.log10(number) if number >= 1 else 0.0


def canonical_inputs(attributes: dict) -> dict:
    """The THI inputs read with the inventory's parsers, so that a layer not made by the import still scores
    ("действующее", "да", "2,5 млн" ...); an unreadable value becomes None, which makes the THI incomplete."""
    from . import values as v

    readers = {"volume_m3": v.parse_number, "water_hazard_class": lambda x: v.parse_class(x, 1, 3),
               "status": v.parse_status, "flood_prone": v.parse_bool, "seismicity": v.parse_number,
               "dam_condition": v.parse_dam_condition}
    result = dict(attributes)
    for name, read in readers.items():
        value = attributes.get(name)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and name != "flood_prone":
            continue
        try:
            result[name] = read(value)
        except v.BadValueError:
            result[name] = None
    return result


def hazard_index(attributes: dict, table: ScoreTable) -> dict:
    """The THI components, their sum and whether every input was known, for one facility's attributes.

    A missing input leaves its component empty and thi_complete false; thi is then the sum of the known
    components (a lower bound), never a silent 0 for the missing term.
    """
    result = {"thi_cap": capacity_term(attributes.get("volume_m3"))}
    for component, source in COMPONENTS.items():
        result[f"thi_{component}"] = table.score(component, attributes.get(source))
    parts = [result[name] for name in OUTPUT_FIELDS[:6]]
    known = [p for p in parts if p is not None]
    result["thi"] = round(sum(known), 6) if known else None
    result["thi_complete"] = len(known) == len(parts)
    return result
