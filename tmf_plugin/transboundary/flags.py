"""The transboundary flag of one facility (high / medium / none) and the sentence that explains it."""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import QgsFields

from ..core.compat import FieldType, make_field
from ..i18n import country_label, geographic_label, tr

HIGH, MEDIUM, NONE = "high", "medium", "none"
SEVERITY = {HIGH: 0, MEDIUM: 1, NONE: 2}  # sort order of the panel's table

# Output fields appended to the facility's own fields; the map sheets rely on these names.
OUTPUT_FIELDS = (
    ("tb_near", FieldType.Bool),
    ("tb_river", FieldType.String),
    ("tb_dist_km", FieldType.Double),
    ("tb_downstream", FieldType.Bool),
    ("tb_downstream_km", FieldType.Double),
    ("border_km", FieldType.Double),
    ("receiving_country", FieldType.String),
    ("tb_flag", FieldType.String),
    ("tb_reason", FieldType.String),
)
FIELD_NAMES = tuple(name for name, _ in OUTPUT_FIELDS)


def output_fields(input_fields: QgsFields) -> QgsFields:
    """The facility's fields (earlier tb_* results dropped) followed by the transboundary fields."""
    fields = QgsFields()
    for field in input_fields:
        if field.name() not in FIELD_NAMES:
            fields.append(field)
    for name, kind in OUTPUT_FIELDS:
        fields.append(make_field(name, kind))
    return fields


@dataclass
class Flag:
    """The transboundary fields of one facility; None means not computed."""

    tb_near: bool | None = None
    tb_river: str | None = None
    tb_dist_km: float | None = None
    tb_downstream: bool | None = None
    tb_downstream_km: float | None = None
    border_km: float | None = None
    receiving_country: str | None = None
    tb_flag: str | None = None
    tb_reason: str | None = None

    def values(self) -> list:
        """Attribute values in the order of OUTPUT_FIELDS."""
        return [getattr(self, name) for name in FIELD_NAMES]


def km_text(km: float) -> str:
    """A distance as people say it: one decimal below 10 km, whole km above."""
    return f"{km:.1f}" if km < 10 else f"{km:.0f}"


@dataclass
class Evidence:
    """What the analysis found for one facility, before it is judged."""

    country: str
    near_km: float
    nearest: tuple[str, float] | None = None  # (river, km) straight line
    traced: bool = False  # False when the network had no topology or the facility did not snap
    not_traced_why: str = ""
    reached: tuple[str, float] | None = None  # (river, km along the flow)
    border: tuple[float, str] | None = None  # (km along the flow, receiving country name or "")
    traced_km: float = 0.0  # length of the downstream path walked
    out_of_reach_km: float | None = None  # set when both the rivers and the border are beyond this limit
    across: tuple[str, float] | None = None  # (first receptor beyond the border, km along the flow)


def judge(evidence: Evidence) -> Flag:
    """The fields, the flag and the reason of one facility from what was found."""
    flag = Flag()
    if evidence.nearest is not None:
        flag.tb_river, flag.tb_dist_km = evidence.nearest[0], round(evidence.nearest[1], 3)
        flag.tb_near = evidence.nearest[1] <= evidence.near_km
    else:
        flag.tb_near = False
    if evidence.out_of_reach_km is not None:
        flag.tb_downstream = False  # certain without tracing: nothing transboundary lies within the limit
    if evidence.traced:
        flag.tb_downstream = evidence.reached is not None
        if evidence.reached is not None:
            flag.tb_downstream_km = round(evidence.reached[1], 3)
        if evidence.border is not None:
            flag.border_km = round(evidence.border[0], 3)
            flag.receiving_country = evidence.border[1] or None
    if flag.border_km is not None:
        flag.tb_flag = HIGH
    elif flag.tb_downstream or flag.tb_near:
        flag.tb_flag = MEDIUM
    else:
        flag.tb_flag = NONE
    flag.tb_reason = reason(evidence)
    return flag


def reason(e: Evidence) -> str:
    """One sentence naming the river, the distance and the country, in the user's language; when the path leaves
    the country, a second one names the first receptor (settlement, water intake) across the border."""
    text = _sentence(e)
    if e.border is not None and e.across is not None:
        text += " " + tr("The first receptor across the border is {receptor}, {km} km downstream.").format(
            receptor=e.across[0], km=km_text(e.across[1]))
    return text


def _sentence(e: Evidence) -> str:
    # The names in the sentence's language, kept apart from the evidence (a copy of it cost 6 us a facility).
    country = country_label(e.country)
    reached = (geographic_label("river", e.reached[0]), e.reached[1]) if e.reached else e.reached
    nearest = (geographic_label("river", e.nearest[0]), e.nearest[1]) if e.nearest else e.nearest
    crossing = (e.border[0], country_label(e.border[1])) if e.border is not None else None
    at_once = reached is not None and reached[1] < 0.05  # the facility drains straight into the river
    river = reached[0] if reached is not None else ""
    if crossing is not None:
        border, receiving = km_text(crossing[0]), crossing[1]
        if at_once and receiving:
            return tr("Runoff goes straight into the {river}, which leaves {country} for {receiving} after {border} km."
                      ).format(river=river, country=country, receiving=receiving, border=border)
        if reached is not None and receiving:
            return tr("Runoff reaches the {river} {km} km downstream and leaves {country} for {receiving} after "
                      "{border} km.").format(river=reached[0], km=km_text(reached[1]), country=country,
                                            receiving=receiving, border=border)
        if reached is not None:
            return tr("Runoff reaches the {river} {km} km downstream and leaves {country} after {border} km.").format(
                river=reached[0], km=km_text(reached[1]), country=country, border=border)
        if receiving:
            return tr("Runoff leaves {country} for {receiving} {border} km downstream.").format(
                country=country, receiving=receiving, border=border)
        return tr("Runoff leaves {country} {border} km downstream.").format(country=country, border=border)
    if at_once:
        return tr("Runoff goes straight into the {river} and stays in {country} along the {traced} km traced.").format(
            river=river, country=country, traced=km_text(e.traced_km))
    if reached is not None:
        return tr("Runoff reaches the {river} {km} km downstream and stays in {country} along the {traced} km "
                  "traced.").format(river=reached[0], km=km_text(reached[1]), country=country,
                                    traced=km_text(e.traced_km))
    if nearest is None:
        return tr("No transboundary river was found in the river layer.")
    river, km = nearest[0], km_text(nearest[1])
    if e.out_of_reach_km is not None and nearest[1] > e.near_km:
        return tr("The nearest transboundary river, the {river}, is {km} km away; it and the border are both beyond "
                  "the {limit} km that runoff is followed.").format(
                      river=river, km=km, limit=km_text(e.out_of_reach_km))
    if nearest[1] <= e.near_km:
        return tr("The {river} is {km} km away, within the {near} km threshold.").format(
            river=river, km=km, near=km_text(e.near_km))
    if e.traced:
        return tr("Runoff reaches no transboundary river along the {traced} km traced; the nearest, the {river}, is "
                  "{km} km away.").format(traced=km_text(e.traced_km), river=river, km=km)
    return tr("The nearest transboundary river, the {river}, is {km} km away; runoff was not traced: {why}").format(
        river=river, km=km, why=e.not_traced_why)
