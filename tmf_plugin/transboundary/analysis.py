"""The whole job for a set of facilities: straight-line nearest transboundary river, downstream path, border."""

from __future__ import annotations

from dataclasses import dataclass, field

from qgis.core import QgsFeature, QgsPointXY

from ..core.countries import Countries, Country
from ..core.errors import CountryNotFoundError
from ..core.facilities import facility_location
from ..core.geodesy import distance_area, to_wgs84
from ..core.layer_file import LayerFile
from ..core.rivers import has_topology
from ..downstream.learning import boxes_are_cheap, open_network
from ..downstream.summary import status_label
from ..downstream.trace import trace_facilities
from ..i18n import tr
from .border import first_exit, first_transboundary
from .flags import Evidence, Flag, judge
from .names import DEFAULT_NAMES, NameList
from .nearest import NearestBasinReach, NearestLine, facilities_extent
from .rivers import (
    Crossing,
    Transboundary,
    basin_field,
    basin_label,
    crossing_groups,
    name_fields,
    read_border_rivers,
    read_rivers,
)


@dataclass
class Settings:
    """The parameters of a run, with the defaults of the public contract."""

    country: str = "KAZ"
    names: str = DEFAULT_NAMES
    near_km: float = 10.0
    max_km: float = 100.0
    snap_m: float = 5000.0
    receptor_m: float = 5000.0  # receptors within this distance of the path (RECEPTOR_DISTANCE_M)


@dataclass
class Facility:
    """One input facility: its id, location in EPSG:4326 (None when it has no usable geometry) and feature."""

    tmf_id: str
    point: QgsPointXY | None
    feature: QgsFeature | None = None  # kept so the output is written without reading the layer again


@dataclass
class Outcome:
    """Flags of every facility, in input order, and notes for the log."""

    flags: list[Flag]
    transboundary_rivers: list[str] = field(default_factory=list)
    log: list[str] = field(default_factory=list)


def facility_points(source, id_field: str | None = "tmf_id") -> list[Facility]:
    """The facilities of a point layer (any CRS) with their ids, in EPSG:4326."""
    transform = to_wgs84(source.sourceCrs())
    index = source.fields().lookupField(id_field) if id_field is not None else -1
    facilities = []
    for feature in source.getFeatures():
        value = feature.attribute(index) if index >= 0 else None
        tmf_id = str(value) if index >= 0 and value not in (None, "") else str(feature.id())
        facilities.append(Facility(tmf_id, facility_location(feature.geometry(), transform), feature))
    return facilities


def find_country(countries: Countries, query: str, layer_name: str) -> Country:
    """The chosen country, or a clear error naming what was looked for and where."""
    country = countries.find(query)
    if country is None:
        fields = ", ".join(countries.name_fields + countries.code_fields)
        raise CountryNotFoundError(
            tr("The country {country} was not found in {layer} (fields searched: {fields}).").format(
                country=query, layer=layer_name, fields=fields))
    return country


def classify_rivers(rivers, country: Country, countries: Countries, settings: Settings,
                    feedback=None) -> Transboundary:
    """The rivers or basins that cross the border, united with the names on the user's list."""
    return Transboundary(by_course=crossing_groups(rivers, country, countries, feedback),
                         by_name=NameList(settings.names))


def flag_facilities(facilities: list[Facility], rivers_source, countries: Countries, country: Country,
                    settings: Settings, tracer=None, feedback=None, rivers_file: LayerFile | None = None,
                    receptors=None) -> Outcome:
    """Flags of each facility.

    `tracer(facilities)` returns (FacilityTrace list in the same order, '') or (None, why not); without it the
    downstream fields stay empty. `rivers_file`, when given, is the file `rivers_source` reads in full.
    `receptors`, a downstream.receptors.ReceptorLayer, names the first receptor across the border in tb_reason.
    """
    log: list[str] = []
    extent = facilities_extent(f.point for f in facilities)
    points = [f.point for f in facilities]
    transboundary, labels, nearest = _transboundary_rivers(rivers_source, countries, country, settings, extent,
                                                           feedback, rivers_file, points)
    log.append(tr("Transboundary rivers: {rivers}.").format(rivers=", ".join(labels) if labels else "-"))
    river_hits = nearest.nearest_all(points, feedback)
    reach_km, in_reach = _within_reach(points, river_hits, rivers_source, country, settings, extent,
                                       tracer is not None, feedback)
    traces, why = [None] * len(facilities), tr("no downstream tracing was asked for.")
    if tracer is not None:
        subset = [f for f, keep in zip(facilities, in_reach) if keep]
        traced, why = tracer(subset)
        if traced is not None:
            found = iter(traced)
            traces = [next(found) if keep else None for keep in in_reach]
        else:
            tracer = None
    if tracer is not None:
        log.append(tr("{traced} of {total} facilities are within {km} km of a transboundary river or the border and "
                      "were traced downstream.").format(traced=sum(in_reach), total=len(facilities),
                                                         km=f"{reach_km:.0f}"))

    measure = distance_area()
    flags = []
    for number, facility in enumerate(facilities):
        if feedback is not None:
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * number / max(1, len(facilities)))
        if facility.point is None:
            flags.append(Flag(tb_reason=tr("The facility has no location.")))
            continue
        evidence = Evidence(country=country.name, near_km=settings.near_km, nearest=river_hits[number],
                            not_traced_why=why)
        if tracer is not None and not in_reach[number]:
            evidence.out_of_reach_km = settings.max_km
        else:
            _add_trace(evidence, traces[number], transboundary, country, countries, measure, settings, receptors)
        flags.append(judge(evidence))
    return Outcome(flags=flags, transboundary_rivers=labels, log=log)


def first_receptor_across(trace, receptors, distance_m: float, border_km: float, country: Country,
                          measure) -> tuple[str, float] | None:
    """(name, km along the flow) of the first receptor near the path below the border crossing and outside the
    country, or None."""
    for hit in receptors.near_path(trace, distance_m, measure):
        if hit.km_downstream >= border_km and not country.contains(hit.point):
            return hit.receptor, hit.km_downstream
    return None


def _transboundary_rivers(rivers_source, countries: Countries, country: Country, settings: Settings, extent,
                          feedback, rivers_file: LayerFile | None, points):
    """(the transboundary rivers, their labels, the nearest-river search over them for the points) of a river
    layer."""
    basin = basin_field(rivers_source)
    if basin and not name_fields(rivers_source) and boxes_are_cheap(rivers_source):
        # An unnamed HydroRIVERS-schema network: its transboundary rivers are basins, which cross the border only
        # through reaches touching it, and only the reaches of those basins are read for the nearest search, as
        # arrays, so the national network is never copied into Python objects (1M reaches: 27 s -> 5 s).
        # Each reach is judged as it is read, and a reach of a basin already seen on both sides is skipped.
        crossing = Crossing(country, countries)
        read_border_rivers(rivers_source, country, feedback, crossing, rivers_file)
        transboundary = Transboundary(by_course=crossing.groups(), by_name=NameList(settings.names))
        basins = [int(group.split(":", 1)[1]) for group in transboundary.by_course if group.startswith("basin:")]
        labels = sorted({basin_label(b) for b in basins})
        nearest: NearestBasinReach | NearestLine = NearestBasinReach(
            rivers_source, basin, basins, basin_label, extent, feedback, rivers_file, points)
        return transboundary, labels, nearest
    rivers = read_rivers(rivers_source, feedback)
    transboundary = classify_rivers(rivers, country, countries, settings, feedback)
    chosen = [river for river in rivers if transboundary.is_transboundary(river)]
    labels = sorted({river.label for river in chosen})
    return transboundary, labels, NearestLine([(river.label, river.geometry) for river in chosen], extent)


def _within_reach(points, river_hits, rivers_source, country: Country, settings: Settings, extent, tracing: bool,
                  feedback) -> tuple[float, list[bool]]:
    """(the reach in km, whether each facility is within it of a transboundary river or, when tracing, the border).

    A path of at most max_km from a snap point at most snap_m away cannot reach anything farther than their sum in
    a straight line, so only facilities within that reach are traced. The border distance decides nothing else: it
    is measured only where no transboundary river is within reach.
    """
    reach_km = (settings.max_km + settings.snap_m / 1000.0) * 1.01 + 0.1
    in_reach = [hit is not None and hit[1] <= reach_km for hit in river_hits]
    if tracing and has_topology(rivers_source):
        border = NearestLine([(country.name, country.boundary)], extent)
        others = [n for n, (point, near) in enumerate(zip(points, in_reach)) if point is not None and not near]
        for number, hit in zip(others, border.nearest_all([points[n] for n in others], feedback)):
            in_reach[number] = hit is not None and hit[1] <= reach_km
    return reach_km, in_reach


def _add_trace(evidence: Evidence, trace, transboundary, country: Country, countries: Countries, measure,
               settings: Settings, receptors=None) -> None:
    """What the downstream path of one facility says: the first transboundary river, the first border exit and
    the first receptor across it."""
    if trace is not None and trace.steps:
        evidence.traced = True
        evidence.traced_km = float(trace.path_km)
        reached = first_transboundary(trace, transboundary)
        if reached is not None:
            evidence.reached = (reached.river, reached.km)
        crossing = first_exit(trace, country, countries, measure)
        if crossing is not None:
            evidence.border = (crossing.km, crossing.receiving.name if crossing.receiving else "")
            if receptors is not None:
                evidence.across = first_receptor_across(trace, receptors, settings.receptor_m, crossing.km,
                                                        country, measure)
    elif trace is not None:
        evidence.not_traced_why = tr("it is farther than {snap} m from any river.").format(
            snap=f"{settings.snap_m:.0f}") if trace.snap_point is None else tr(
            "its downstream path is empty ({status}).").format(status=status_label(trace.status))


def trace_downstream(
    facilities: list[Facility], rivers_source, settings: Settings, feedback=None, rivers_file: LayerFile | None = None
) -> tuple[list | None, str]:
    """Downstream paths of the facilities from the shared tracing of job 2, or None and the reason why not.
    `rivers_file` is the file `rivers_source` reads in full."""
    if not has_topology(rivers_source):
        return None, tr("the river layer has no HYRIV_ID / NEXT_DOWN topology; run Build river network first.")
    if not facilities:
        return [], ""
    network = open_network(rivers_source, feedback, file=rivers_file)
    located = [(number, facility) for number, facility in enumerate(facilities) if facility.point is not None]
    results = trace_facilities([(f.tmf_id, f.point) for _, f in located], network, settings.snap_m,
                               settings.max_km, lakes=None, feedback=feedback)  # lakes do not change a flag
    traces: list = [None] * len(facilities)
    for (number, _), result in zip(located, results):
        traces[number] = result
    return traces, ""
