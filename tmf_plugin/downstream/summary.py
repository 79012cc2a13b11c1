"""Per-facility summary of a downstream trace: the water bodies reached, in flow order, as table values."""

from __future__ import annotations

from ..i18n import tr
from .trace import (
    STATUS_CANCELED,
    STATUS_CYCLE,
    STATUS_DANGLING,
    STATUS_NOT_SNAPPED,
    STATUS_OK,
    STATUS_OUTLET,
    FacilityTrace,
)


def status_label(status: str) -> str:
    """A trace status as the panel and the legend say it, in the user's language."""
    labels = {
        STATUS_OK: tr("Traced to the full distance"),
        STATUS_OUTLET: tr("Reached an outlet"),
        STATUS_NOT_SNAPPED: tr("No river within the snap distance"),
        STATUS_CYCLE: tr("Stopped: loop in the network"),
        STATUS_DANGLING: tr("Stopped: missing downstream reach"),
        STATUS_CANCELED: tr("Cancelled"),
        "no location": tr("No location"),
    }
    return labels.get(status, status or tr("Other"))


def water_bodies(trace: FacilityTrace) -> list[tuple[str, float, str]]:
    """(name, km along the flow, "river" or "lake") for each named river and each lake reached, in flow order."""
    found: list[tuple[str, float, str]] = []
    seen_rivers: set[str] = set()
    for step in trace.steps:
        if step.river and step.river not in seen_rivers:
            seen_rivers.add(step.river)
            found.append((step.river, step.from_km, "river"))
    found.extend((name, km, "lake") for name, km in trace.lakes)
    found.sort(key=lambda item: (item[1], item[2] != "lake"))  # a lake at the snap point comes first
    return found


def first_water_body(trace: FacilityTrace) -> tuple[str | None, float | None]:
    """Name and distance of the first water body; an unnamed network gives the snapped reach's id."""
    bodies = water_bodies(trace)
    if bodies:
        return bodies[0][0], bodies[0][1]
    if trace.snapped_reach is not None:
        return tr("reach {id}").format(id=trace.snapped_reach), 0.0
    return None, None


def listing(items: list[tuple[str, float]]) -> str:
    """'Name (12.3 km); Other (40.0 km)' for a table cell."""
    return "; ".join(tr("{name} ({km} km)").format(name=name, km=f"{km:.1f}") for name, km in items)
