"""Along a facility's downstream path: the first transboundary river it reaches and where it leaves the country."""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import QgsDistanceArea, QgsGeometry, QgsPointXY

from ..core.countries import Countries, Country
from ..core.geodesy import length_km, line_parts
from .rivers import Transboundary, basin_label


@dataclass
class Reached:
    """The first transboundary river on the path and the distance along the flow where the path reaches it."""

    river: str
    km: float


@dataclass
class Crossing:
    """Where the path first leaves the country: distance along the flow, the point, the country entered."""

    km: float
    point: QgsPointXY
    receiving: Country | None


def first_transboundary(trace, transboundary: Transboundary) -> Reached | None:
    """The first step of the path on a transboundary river (by name or by basin)."""
    for step in trace.steps:
        names = (step.river,) if step.river else ()
        group = transboundary.group_of(names, step.main_riv)
        if group is not None:
            label = step.river if group.startswith("name:") else basin_label(step.main_riv)
            return Reached(river=label, km=float(step.from_km))
    return None


def _sections(trace) -> list[tuple[float, float, list[QgsPointXY]]]:
    """(from_km, to_km, vertices) of each step in flow order; km follow the trace's own accounting."""
    sections = []
    for step in trace.steps:
        points = [p for part in line_parts(step.geometry) for p in part]
        if len(points) > 1:
            sections.append((float(step.from_km), float(step.to_km), points))
    return sections


def _exit_point(a: QgsPointXY, b: QgsPointXY, country: Country) -> QgsPointXY:
    """Where the segment from a (inside) to b (not inside) meets the border, the crossing nearest to a."""
    segment = QgsGeometry.fromPolylineXY([a, b])
    hits = segment.intersection(country.boundary)
    points = []
    if not hits.isEmpty():
        for part in hits.constParts():
            for vertex in part.vertices():
                points.append(QgsPointXY(vertex.x(), vertex.y()))
    if not points:
        return b
    return min(points, key=lambda p: p.sqrDist(a))


def first_exit(trace, country: Country, countries: Countries, measure: QgsDistanceArea) -> Crossing | None:
    """The first place where the downstream path goes from inside the country into another named country.

    Leaving the polygon into the sea, a gap in the data or an unnamed territory (Natural Earth's Baikonur lease is
    one) is not a border crossing: the search goes on along the path.
    """
    path = trace.path_geometry()
    if path.isEmpty() or country.contains_geometry(path):
        return None
    was_inside = None
    for from_km, to_km, points in _sections(trace):
        if was_inside is not False and country.contains_geometry(QgsGeometry.fromPolylineXY(points)):
            was_inside = True
            continue
        inside = [country.contains(p) for p in points]
        if was_inside and not inside[0]:  # left exactly where the previous step ended
            crossing = _crossing(from_km, to_km, points, 0, points[0], country, countries, measure)
            if crossing is not None:
                return crossing
        for i in range(len(points) - 1):
            if inside[i] and not inside[i + 1]:
                border = _exit_point(points[i], points[i + 1], country)
                crossing = _crossing(from_km, to_km, points, i, border, country, countries, measure)
                if crossing is not None:
                    return crossing
        was_inside = inside[-1]
    return None


def _crossing(from_km, to_km, points, i, border, country, countries, measure) -> Crossing | None:
    """The crossing on segment i of a section, its distance along the flow and the country beyond it (None when
    no named country lies beyond)."""
    walked = points[: i + 1] + ([border] if border != points[i] else [])
    total = length_km(points, measure)
    share = length_km(walked, measure) / total if total > 0 else 0.0
    # The trace's km may come from LENGTH_KM rather than the drawn line: scale the share of the drawn step.
    km = from_km + (to_km - from_km) * share
    after = points[i + 1]
    beyond = QgsPointXY((border.x() + after.x()) / 2, (border.y() + after.y()) / 2)
    receiving = countries.at(beyond, exclude=country) or countries.at(after, exclude=country)
    if receiving is None:
        return None
    return Crossing(km=km, point=border, receiving=receiving)
