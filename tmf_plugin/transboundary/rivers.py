"""Which rivers are transboundary (by course or by name), and the nearest of them to a facility."""

from __future__ import annotations

import math
from dataclasses import dataclass

from qgis.core import (
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsGeometry,
    QgsRectangle,
)

from ..core import attributes
from ..core.countries import Countries, Country
from ..core.geodesy import KM_PER_DEG_LAT, KM_PER_DEG_LON, WGS84, geometry_in_wgs84, line_parts, to_wgs84
from ..core.layer_file import LayerFile
from ..i18n import tr
from .file_lines import BorderCandidate, border_candidates
from .names import NameList, river_group

# Fields that name a river, the first non-empty one gives the name shown to users.
NAME_FIELDS = ("name", "name_en", "river_name", "rivername", "river", "riv_name", "name_alt", "nameascii", "gnis_name")
BASIN_FIELD = "MAIN_RIV"
CROSSING_TOLERANCE_DEG = 0.005  # about 0.5 km: a river merely touching the border does not cross it
BORDER_PIECE_KM = 40.0  # border per box: fewer boxes mean fewer requests, smaller ones fewer reaches read
CANDIDATE_BATCH = 256  # border candidates read per request: a request costs about as much as twenty reaches


@dataclass
class River:
    """One river feature in EPSG:4326 with the names and the group (one river or basin) it belongs to."""

    fid: int
    names: tuple[str, ...]
    basin: int | None
    geometry: QgsGeometry

    @property
    def group(self) -> str:
        """One river whatever its spelling ("name:Irtysh"), else its basin ("basin:42"), else the feature."""
        if self.names:
            return "name:" + river_group(self.names[0])
        if self.basin is not None:
            return f"basin:{self.basin}"
        return f"feature:{self.fid}"

    @property
    def label(self) -> str:
        """The river's name as users read it; unnamed networks are named by basin."""
        if self.names:
            return self.names[0]
        if self.basin is not None:
            return basin_label(self.basin)
        return tr("unnamed river {id}").format(id=self.fid)


def basin_label(basin: int) -> str:
    """How a basin of an unnamed network is named in the output."""
    return tr("river of basin {basin}").format(basin=basin)


def name_fields(source) -> list[str]:
    """The fields of a river layer that carry names, in order of preference."""
    by_lower = {f.name().lower(): f.name() for f in source.fields()}
    return [by_lower[n] for n in NAME_FIELDS if n in by_lower]


def basin_field(source) -> str | None:
    """The HydroRIVERS basin field when present."""
    return next((f.name() for f in source.fields() if f.name().upper() == BASIN_FIELD), None)


def read_rivers(source, feedback=None) -> list[River]:
    """The line features of a river layer in EPSG:4326 with their names and basins."""
    names = name_fields(source)
    basin = basin_field(source)
    transform = to_wgs84(source.sourceCrs())
    request = QgsFeatureRequest().setSubsetOfAttributes(names + ([basin] if basin else []), source.fields())
    rivers: list[River] = []
    for feature in source.getFeatures(request):
        if feedback is not None and feedback.isCanceled():
            break
        river = _river(feature, transform, names, basin)
        if river is not None:
            rivers.append(river)
    return rivers


def _river(feature, transform, names: list[str], basin: str | None) -> River | None:
    """One line feature as a River in EPSG:4326, or None when it has no geometry."""
    geometry = geometry_in_wgs84(feature, transform)
    if geometry is None:
        return None
    texts = tuple(text for text in (attributes.text(feature[n], collapse_spaces=True) for n in names) if text)
    basin_id = attributes.text(feature[basin], collapse_spaces=True) if basin else ""
    return River(fid=feature.id(), names=texts, basin=int(float(basin_id)) if basin_id else None, geometry=geometry)


def read_border_rivers(source, country: Country, feedback=None, decided: Crossing | None = None,
                       file: LayerFile | None = None) -> list[River]:
    """The rivers whose bounding box meets the country's border, in EPSG:4326, each once.

    A basin crosses the border only through reaches that touch it, and the provider's spatial index finds those
    from boxes along the border, so the rest of a national network is never read. With `decided(group)`, a
    river of a group already decided is not made into a River (its geometry is never copied), and each River made
    is added to it. `file`, the file `source` reads in full, lets a GeoPackage's R-tree find them in one query.
    """
    names = name_fields(source)
    basin = basin_field(source)
    boxes = border_boxes(country)
    if file is not None and basin and not names and decided is not None:
        candidates = border_candidates(file, basin, boxes, source.fields())
        if candidates is not None:
            return _read_candidates(source, candidates, boxes, basin, decided, feedback)
    transform = to_wgs84(source.sourceCrs())
    to_source = QgsCoordinateTransform(WGS84, source.sourceCrs(), QgsCoordinateTransformContext()) \
        if transform is not None else None
    seen: set[int] = set()
    rivers: list[River] = []
    for number, box in enumerate(boxes):
        if feedback is not None:
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * number / len(boxes))
        if to_source is not None:
            box = to_source.transformBoundingBox(box)
        request = QgsFeatureRequest().setFilterRect(box).setSubsetOfAttributes(
            names + ([basin] if basin else []), source.fields())
        for feature in source.getFeatures(request):
            if feature.id() in seen:
                continue
            seen.add(feature.id())
            if decided is not None and not names and decided(_unnamed_group(feature, basin)):
                continue
            river = _river(feature, transform, names, basin)
            if river is not None:
                rivers.append(river)
                if decided is not None:
                    decided.add(river)
    return rivers


def _read_candidates(source, candidates: list[BorderCandidate], boxes: list[QgsRectangle], basin: str,
                     decided: Crossing, feedback=None) -> list[River]:
    """The rivers of an unnamed lon/lat layer among the border candidates that a box request would return, read
    batch by batch and only while their basin is undecided (100k reaches: 8,067 candidates in 7 basins)."""
    rivers: list[River] = []
    for start in range(0, len(candidates), CANDIDATE_BATCH):
        if feedback is not None:
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * start / len(candidates))
        batch = {c.fid: c.boxes for c in candidates[start:start + CANDIDATE_BATCH]
                 if c.basin is None or not decided(f"basin:{c.basin}")}
        if not batch:
            continue
        request = QgsFeatureRequest().setFilterFids(list(batch)).setSubsetOfAttributes([basin], source.fields())
        features = {feature.id(): feature for feature in source.getFeatures(request)}
        for fid, near in batch.items():
            feature = features.get(fid)
            if feature is None or decided(_unnamed_group(feature, basin)):
                continue
            geometry = feature.geometry()
            if not any(geometry.intersects(boxes[n]) for n in near):
                continue  # its R-tree box meets a border box, its line does not
            river = _river(feature, None, [], basin)
            if river is not None:
                rivers.append(river)
                decided.add(river)
    return rivers


def _unnamed_group(feature, basin: str | None) -> str:
    """The group of a feature of a network without names, as River.group gives it, without reading its geometry."""
    value = feature[basin] if basin else None
    if type(value) is int:  # HydroRIVERS' MAIN_RIV: no text to parse
        return f"basin:{value}"
    basin_id = attributes.text(value, collapse_spaces=True) if basin else ""
    return f"basin:{int(float(basin_id))}" if basin_id else f"feature:{feature.id()}"


def border_boxes(country: Country) -> list[QgsRectangle]:
    """Lon/lat boxes along the country's border, each over at most BORDER_PIECE_KM of it, grown a little.

    Consecutive short segments share a box: every box is one request to the provider, and a request costs about
    as much as reading twenty reaches (Kazakhstan's border: 1,587 boxes one per segment, 419 merged).
    """
    boxes = []

    def close(run):
        box = QgsRectangle(min(p[0] for p in run), min(p[1] for p in run), max(p[0] for p in run),
                           max(p[1] for p in run))
        box.grow(2 * CROSSING_TOLERANCE_DEG)
        boxes.append(box)

    for part in line_parts(country.boundary):
        run, run_km = [(part[0].x(), part[0].y())], 0.0
        for a, b in zip(part, part[1:]):
            km = math.hypot((b.x() - a.x()) * KM_PER_DEG_LON * math.cos(math.radians(a.y())),
                            (b.y() - a.y()) * KM_PER_DEG_LAT)
            steps = max(1, math.ceil(km / BORDER_PIECE_KM))
            for i in range(1, steps + 1):
                point = (a.x() + (b.x() - a.x()) * i / steps, a.y() + (b.y() - a.y()) * i / steps)
                if run_km + km / steps > BORDER_PIECE_KM and len(run) > 1:
                    close(run)
                    run, run_km = [run[-1]], 0.0
                run.append(point)
                run_km += km / steps
        if len(run) > 1:
            close(run)
    return boxes


def crossing_groups(rivers: list[River], country: Country, countries: Countries | None = None,
                    feedback=None) -> set[str]:
    """Groups (rivers or basins) whose course lies partly inside the country and partly in another country.

    With `countries`, a part outside counts only where it reaches another named country, so a river that ends just
    off the coast in the sea or runs through an unnamed enclave does not count as crossing the border.
    """
    crossing = Crossing(country, countries)
    for number, river in enumerate(rivers):
        if feedback is not None and feedback.isCanceled():
            break
        crossing.add(river)
        if feedback is not None and number % 500 == 0:
            feedback.setProgress(100.0 * number / max(1, len(rivers)))
    return crossing.groups()


class Crossing:
    """The groups seen inside and outside the country, river by river (see crossing_groups); a group seen on both
    sides is decided, and more of its rivers change nothing."""

    def __init__(self, country: Country, countries: Countries | None = None) -> None:
        self.country, self.countries = country, countries
        self.inside: set[str] = set()
        self.outside: set[str] = set()

    def __call__(self, group: str) -> bool:
        """True when the group is decided."""
        return group in self.inside and group in self.outside

    def groups(self) -> set[str]:
        return self.inside & self.outside

    def _abroad(self, geometry: QgsGeometry) -> bool:
        return self.countries is None or self.countries.other_country_touches(geometry, self.country)

    def add(self, river: River) -> None:
        group, country = river.group, self.country
        inside, outside = group in self.inside, group in self.outside
        if inside and outside:
            return
        if country.contains_geometry(river.geometry):
            self.inside.add(group)
        elif not country.intersects_geometry(river.geometry):
            if not outside and self._abroad(river.geometry):
                self.outside.add(group)
        else:  # straddles the border: count only parts longer than the tolerance, on a side not yet seen
            if not inside and river.geometry.intersection(country.geometry).length() > CROSSING_TOLERANCE_DEG:
                self.inside.add(group)
            if not outside:
                beyond = river.geometry.difference(country.geometry)
                if beyond.length() > CROSSING_TOLERANCE_DEG and self._abroad(beyond):
                    self.outside.add(group)


@dataclass
class Transboundary:
    """The transboundary river groups of one run and how each was recognised."""

    by_course: set[str]
    by_name: NameList

    def group_of(self, names: tuple[str, ...] | list[str], basin: int | None = None) -> str | None:
        """The transboundary group a river with these names or this basin belongs to, else None."""
        named = [n for n in names if n]
        if named:
            group = "name:" + river_group(named[0])
            if group in self.by_course or self.by_name.matches(*named):
                return group
        if basin is not None and f"basin:{basin}" in self.by_course:
            return f"basin:{basin}"
        return None

    def is_transboundary(self, river: River) -> bool:
        """True when the river crosses the border or is on the list of names."""
        return river.group in self.by_course or self.group_of(river.names, river.basin) is not None
