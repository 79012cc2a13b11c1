"""Downstream paths of facilities on a HydroRIVERS-schema network: snap, walk NEXT_DOWN, cut at a distance."""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import accumulate, repeat
from operator import truediv

from qgis.core import (
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QTransform

from ..core.attributes import as_int, text
from ..core.geodesy import (
    WGS84,
    degree_box,
    distance_area,
    line_points,
    metres_per_degree,
    to_wgs84,
    transform,
)
from ..core.rivers import ID_FIELD, MAIN_FIELD, NEXT_FIELD, require_topology
from ..i18n import tr

# Fields that carry a river's name in the layers people have (HydroRIVERS itself has none).
RIVER_NAME_FIELDS = ("name", "river", "river_name", "riv_name", "name_en", "nameascii", "waterway_name")
LAKE_NAME_FIELDS = ("lake_name", "name", "name_en", "nameascii")
LAKE_ID_FIELDS = ("hylak_id", "lake_id", "id")
LINE_STRING = QgsWkbTypes.Type.LineString  # looked up once: a scoped enum member costs microseconds a lookup


# Machine words of FacilityTrace.status (English, stable: other jobs and models compare them).
STATUS_OK = "ok"  # walked the full maximum distance
STATUS_NOT_SNAPPED = "not snapped"  # no reach within the snap distance
STATUS_OUTLET = "reached outlet"  # NEXT_DOWN = 0 before the maximum distance
STATUS_CYCLE = "cycle"  # NEXT_DOWN leads back to a reach already walked
STATUS_DANGLING = "dangling next_down"  # NEXT_DOWN names a reach that is not in the network
STATUS_CANCELED = "canceled"


@dataclass
class PathStep:
    """One reach, or the part of it walked, on a facility's downstream path."""

    reach_id: int  # HYRIV_ID
    river: str  # river name from the network ('' when the network has no names)
    main_riv: int | None  # MAIN_RIV basin id when present
    from_km: float  # distance along the flow from the snap point where this step starts
    to_km: float
    geometry: QgsGeometry  # polyline in EPSG:4326, digitised in flow direction, cut to the part walked


@dataclass
class FacilityTrace:
    """The downstream path of one facility and what it reaches."""

    tmf_id: str
    status: str
    snap_dist_m: float | None = None
    snapped_reach: int | None = None
    snap_point: QgsPointXY | None = None  # EPSG:4326
    steps: list[PathStep] = field(default_factory=list)
    path_km: float = 0.0
    lakes: list[tuple[str, float]] = field(default_factory=list)  # (lake name, km along the flow)
    max_distance_km: float = 0.0  # the limit used for this facility
    lake_geometries: list[QgsGeometry] = field(default_factory=list)  # EPSG:4326, parallel to `lakes`

    def path_geometry(self) -> QgsGeometry:
        """The whole path as one polyline in EPSG:4326, in flow order (empty when nothing was walked)."""
        points: list[QgsPointXY] = []
        for step in self.steps:
            line = step.geometry.asPolyline()
            if points and line and points[-1] == line[0]:
                line = line[1:]
            points.extend(line)
        return QgsGeometry.fromPolylineXY(points) if len(points) > 1 else QgsGeometry()


def field_index(fields, names) -> int:
    """Index of the first of `names` present in `fields` (case-insensitive), or -1."""
    lower = {f.name().lower(): i for i, f in enumerate(fields)}
    for name in (names if isinstance(names, (list, tuple)) else (names,)):
        if name and name.lower() in lower:
            return lower[name.lower()]
    return -1


class Reach:
    """Geometry of one reach in EPSG:4326 with the cumulative ellipsoidal length at each vertex.

    The lengths are measured when first asked for: most reaches read are snap candidates that no path walks.
    """

    __slots__ = ("_points", "_geometry", "_cum_km", "_measure")

    def __init__(self, points: list[QgsPointXY] | None, cum_km: list[float] | None = None, measure=None,
                 geometry: QgsGeometry | None = None) -> None:
        self._points = points
        self._geometry = geometry  # EPSG:4326; the points are listed from it when first asked for
        self._cum_km = cum_km
        self._measure = measure

    @property
    def points(self) -> list[QgsPointXY]:
        if self._points is None:
            self._points = line_points(self._geometry)
        return self._points

    def line(self) -> QgsGeometry | None:
        """A new 2D polyline of the reach (None below two vertices); a stored 2D LineString is copied as it is,
        which is the same line without turning its vertices into Python points."""
        stored = self._geometry
        if self._points is None and stored is not None and stored.wkbType() == LINE_STRING:
            return QgsGeometry(stored) if stored.constGet().numPoints() >= 2 else None
        points = self.points
        return QgsGeometry.fromPolylineXY(points) if len(points) >= 2 else None

    def box(self) -> QgsRectangle | None:
        """The reach's lon/lat bounding box, or None when it has no stored geometry."""
        return self._geometry.boundingBox() if self._geometry is not None and not self._geometry.isEmpty() else None

    @property
    def cum_km(self) -> list[float]:
        if self._cum_km is None:
            points = self.points
            # The running sum of each segment's km, added left to right as a loop would, without the loop's Python.
            self._cum_km = list(accumulate(map(truediv, map(self._measure.measureLine, points[:-1], points[1:]),
                                               repeat(1000.0)), initial=0.0)) if points else []
        return self._cum_km

    @property
    def length_km(self) -> float:
        return self.cum_km[-1] if self.cum_km else 0.0


class RiverNetwork:
    """Topology of a HydroRIVERS-schema layer, read once without geometry and reused for many facilities.

    Geometry is fetched only for the reaches a snap search or a path touches, by feature id, and cached.
    """

    def __init__(self, source: QgsFeatureSource) -> None:
        self.source = source
        self.crs = source.sourceCrs()
        self.next_down: dict[int, int] = {}
        self.fid_of: dict[int, int] = {}
        self.id_of_fid: dict[int, int] = {}
        self.names: dict[int, str] = {}  # filled as reaches are fetched
        self.main_riv: dict[int, int] = {}  # filled as reaches are fetched
        self._detail_fields: list[int] = []  # MAIN_RIV and name, read only with the geometry
        self._i_main = self._i_name = -1
        self.problems: list[str] = []  # duplicate ids and other things a user should know
        self._reaches: dict[int, Reach] = {}
        self._to_wgs84 = to_wgs84(self.crs)
        self.measure = distance_area()

    @classmethod
    def from_source(cls, source: QgsFeatureSource, feedback=None, name_field: str | None = None) -> RiverNetwork:
        """Read HYRIV_ID and NEXT_DOWN of every reach; names and MAIN_RIV come later with the geometry."""
        require_topology(source)
        network = cls(source)
        fields = source.fields()
        i_id, i_next = field_index(fields, ID_FIELD), field_index(fields, NEXT_FIELD)
        network._i_main = field_index(fields, MAIN_FIELD)
        network._i_name = field_index(fields, [name_field] if name_field else RIVER_NAME_FIELDS)
        network._detail_fields = [i for i in (network._i_main, network._i_name) if i >= 0]
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes([i_id, i_next])
        total = max(1, source.featureCount())
        fid_of, id_of_fid, next_down = network.fid_of, network.id_of_fid, network.next_down
        for n, feature in enumerate(source.getFeatures(request)):
            if n % 10000 == 0 and feedback is not None:
                if feedback.isCanceled():
                    break
                feedback.setProgress(100.0 * n / total)
            attrs = feature.attributes()
            reach_id, next_id = attrs[i_id], attrs[i_next]
            if type(reach_id) is not int:
                reach_id = as_int(reach_id)
                if reach_id is None:
                    network.problems.append(
                        tr("Feature {fid} of {name} has no HYRIV_ID; it was left out.").format(
                            fid=feature.id(), name=source.sourceName()
                        )
                    )
                    continue
            if type(next_id) is not int:
                next_id = as_int(next_id) or 0
            if reach_id in fid_of:
                network.problems.append(
                    tr("HYRIV_ID {id} appears more than once; the first was kept.").format(id=reach_id)
                )
                continue
            fid = feature.id()
            fid_of[reach_id] = fid
            id_of_fid[fid] = reach_id
            next_down[reach_id] = next_id
        return network

    def __len__(self) -> int:
        return len(self.fid_of)

    def read_ahead(self, facilities: list[tuple[str, QgsPointXY]], limits: list[float], snap_distance_m: float,
                   feedback=None) -> float:
        """Read what the paths of many facilities will need before they are walked, and return the share of the
        progress bar that took. The whole topology is already read here, and each path fetches its stretch ahead
        as it goes."""
        return 0.0

    def reach(self, reach_id: int) -> Reach:
        """Geometry of one reach; a missing one is fetched together with the reaches below it."""
        if reach_id not in self._reaches:
            self.prefetch(self.walk_ids(reach_id, 8))
        return self._reaches[reach_id]

    def prefetch(self, reach_ids) -> None:
        """Fetch the geometry (with name and MAIN_RIV) of several reaches in one request."""
        fids = [self.fid_of[r] for r in reach_ids if r in self.fid_of and r not in self._reaches]
        if fids:
            request = QgsFeatureRequest().setFilterFids(fids).setSubsetOfAttributes(self._detail_fields)
            for feature in self.source.getFeatures(request):
                self.store(self.id_of_fid[feature.id()], feature)
        for r in reach_ids:  # reaches without geometry still get an (empty) entry, so the walk can report them
            self._reaches.setdefault(r, Reach([], []))

    def store(self, reach_id: int, feature) -> Reach:
        """Keep the reach of a feature read with its geometry and details (once: a kept reach is returned as it is)."""
        if reach_id in self._reaches:
            return self._reaches[reach_id]
        if self._i_main >= 0:
            main = as_int(feature.attributes()[self._i_main])
            if main is not None:
                self.main_riv[reach_id] = main
        if self._i_name >= 0:
            name = feature.attributes()[self._i_name]
            if text(name):
                self.names[reach_id] = text(name, collapse_spaces=True)
        geometry = QgsGeometry(feature.geometry())
        if not geometry.isEmpty() and self._to_wgs84 is not None:
            geometry.transform(self._to_wgs84)
        reach = Reach(None, None, self.measure, geometry)
        self._reaches[reach_id] = reach
        return reach

    def snap(self, point: QgsPointXY, max_distance_m: float):
        """Nearest reach within max_distance_m of a lon/lat point: (reach id, distance m, point, segment) or None.

        Candidates come from a bounding-box request (the provider's spatial index). The nearest point is found in a
        plane scaled to metres at the facility's latitude and its distance is then measured on the ellipsoid.
        """
        box = snap_box(point, max_distance_m)
        if self.crs != WGS84:
            box = transform(WGS84, self.crs).transformBoundingBox(box)
        measure = SnapMeasure(point, max_distance_m, self.measure)
        best = None
        for reach_id, feature in self._snap_candidates(box):
            if farther_than(point, self._candidate_box(reach_id, feature), measure.bound(best)):
                continue  # it cannot be nearer than the best so far, nor within the distance
            found = measure(reach_id, self.store(reach_id, feature))
            if found is not None and (best is None or found[1] < best[1]):
                best = found
        return best

    def _snap_candidates(self, box: QgsRectangle):
        """(reach id, feature) of each reach whose box meets `box` (in the layer's CRS), in the provider's order."""
        id_index = field_index(self.source.fields(), ID_FIELD)
        request = QgsFeatureRequest().setFilterRect(box).setSubsetOfAttributes([id_index] + self._detail_fields)
        for feature in self.source.getFeatures(request):
            reach_id = self.id_of_fid.get(feature.id())
            if reach_id is not None:
                yield reach_id, feature

    def _candidate_box(self, reach_id: int, feature) -> QgsRectangle | None:
        """The lon/lat box of a snap candidate. A lon/lat layer's is the feature's own, so a candidate too far to
        matter is never kept (100k reaches: 4,266 of 5,099 candidates are)."""
        if self._to_wgs84 is not None or reach_id in self._reaches:
            return self.store(reach_id, feature).box()
        geometry = feature.geometry()
        return None if geometry.isEmpty() else geometry.boundingBox()

    def walk_ids(self, start: int, count: int = 64) -> list[int]:
        """Up to `count` reach ids down from `start` without geometry yet (one fetch for a stretch of the path)."""
        ids: list[int] = []
        seen: set[int] = set()
        reach_id = start
        while reach_id in self.fid_of and reach_id not in seen and len(ids) < count:
            seen.add(reach_id)
            if reach_id not in self._reaches:
                ids.append(reach_id)
            reach_id = self.next_down.get(reach_id, 0)
        return ids or [start]


SNAP_BOX_MARGIN = 1.02  # the box must hold every point within the distance, whatever the plane's small distortion


def snap_box(point: QgsPointXY, max_distance_m: float) -> QgsRectangle:
    """The lon/lat box whose reaches are the snap candidates of a point."""
    kx, ky = metres_per_degree(point.y())
    dx, dy = SNAP_BOX_MARGIN * max_distance_m / kx, SNAP_BOX_MARGIN * max_distance_m / ky
    return QgsRectangle(point.x() - dx, point.y() - dy, point.x() + dx, point.y() + dy)


class SnapMeasure:
    """How near a candidate reach comes to one lon/lat point: its nearest point is found in a plane scaled to metres
    at the point's latitude, and the distance to it is measured on the ellipsoid."""

    def __init__(self, point: QgsPointXY, max_distance_m: float, measure) -> None:
        self.point, self.max_distance_m, self.measure = point, max_distance_m, measure
        self.kx, self.ky = metres_per_degree(point.y())
        self.scale = QTransform(self.kx, 0.0, 0.0, self.ky, -self.kx * point.x(), -self.ky * point.y())
        self.origin = QgsPointXY(0.0, 0.0)

    def bound(self, best) -> float:
        """Metres beyond which a candidate cannot matter, given the best (reach id, distance, ...) so far."""
        return min(best[1], self.max_distance_m) if best else self.max_distance_m

    def __call__(self, reach_id: int, reach: Reach):
        """(reach id, distance m, nearest point, segment) when the reach is within the distance, else None."""
        plane = reach.line()
        if plane is None:
            return None
        plane.transform(self.scale)
        _, nearest, after_vertex, _ = plane.closestSegmentWithContext(self.origin)
        point = self.point
        on_reach = QgsPointXY(nearest.x() / self.kx + point.x(), nearest.y() / self.ky + point.y())
        distance = self.measure.measureLine(point, on_reach)
        return (reach_id, distance, on_reach, after_vertex) if distance <= self.max_distance_m else None


def farther_than(point: QgsPointXY, box: QgsRectangle | None, metres: float) -> bool:
    """True when every point of the lon/lat box is surely more than `metres` from the point on the ellipsoid: it
    lies outside the box that holds everything within that distance (degree_box)."""
    if box is None:
        return False
    return outside(degree_box(point.x(), point.y(), metres / 1000.0),
                   box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())


def outside(around: tuple[float, float, float, float], west: float, south: float, east: float, north: float) -> bool:
    """True when the box from (west, south) to (east, north) does not meet `around` (west, south, east, north)."""
    return west > around[2] or east < around[0] or south > around[3] or north < around[1]


def _cut(points: list[QgsPointXY], cum: list[float], start_km: float, end_km: float) -> list[QgsPointXY]:
    """The part of a polyline between two distances along it (km), end points interpolated."""
    out = [_point_at(points, cum, start_km)]
    for point, km in zip(points, cum):
        if start_km < km < end_km:
            out.append(point)
    out.append(_point_at(points, cum, end_km))
    return out


def _point_at(points: list[QgsPointXY], cum: list[float], km: float) -> QgsPointXY:
    """The point at a distance along a polyline; segments are short enough to interpolate in lon/lat."""
    if km <= 0:
        return QgsPointXY(points[0])
    for i in range(1, len(points)):
        if cum[i] >= km:
            span = cum[i] - cum[i - 1]
            f = (km - cum[i - 1]) / span if span > 0 else 0.0
            a, b = points[i - 1], points[i]
            return QgsPointXY(a.x() + f * (b.x() - a.x()), a.y() + f * (b.y() - a.y()))
    return QgsPointXY(points[-1])


def trace_one(
    tmf_id: str, point: QgsPointXY, network: RiverNetwork, snap_distance_m: float, max_km: float
) -> FacilityTrace:
    """Snap one facility and walk NEXT_DOWN until max_km along the flow, an outlet, a cycle or a missing reach."""
    trace = FacilityTrace(tmf_id=tmf_id, status=STATUS_NOT_SNAPPED, max_distance_km=max_km)
    snapped = network.snap(point, snap_distance_m)
    if snapped is None:
        return trace
    reach_id, distance, snap_point, after_vertex = snapped
    trace.snap_dist_m, trace.snapped_reach, trace.snap_point = distance, reach_id, snap_point
    measure = network.measure
    reach = network.reach(reach_id)
    start_km = reach.cum_km[after_vertex - 1] + measure.measureLine(reach.points[after_vertex - 1], snap_point) / 1000.0
    start_km = min(start_km, reach.length_km)
    next_id = network.next_down.get(reach_id, 0)
    if start_km >= reach.length_km - 0.001 and next_id in network.fid_of and len(network.reach(next_id).points) > 1:
        # Snapped onto a reach's lower end, which is where the next reach starts: begin there, not with a 0 km step.
        reach_id, reach, start_km = next_id, network.reach(next_id), 0.0
        trace.snapped_reach = reach_id
    walked, seen, full_km = 0.0, set(), 0.0
    while True:
        seen.add(reach_id)
        full_km += reach.length_km
        available = reach.length_km - start_km
        take = min(available, max_km - walked)
        if take > 0 or not trace.steps:
            geometry = QgsGeometry.fromPolylineXY(_cut(reach.points, reach.cum_km, start_km, start_km + take))
            trace.steps.append(
                PathStep(
                    reach_id=reach_id,
                    river=network.names.get(reach_id, ""),
                    main_riv=network.main_riv.get(reach_id),
                    from_km=walked,
                    to_km=walked + max(take, 0.0),
                    geometry=geometry,
                )
            )
            walked += max(take, 0.0)
        if walked >= max_km - 1e-9:
            trace.status = STATUS_OK
            break
        next_id = network.next_down.get(reach_id, 0)
        if next_id == 0:
            trace.status = STATUS_OUTLET
            break
        if next_id not in network.fid_of:
            trace.status = STATUS_DANGLING
            break
        if next_id in seen:
            trace.status = STATUS_CYCLE
            break
        reach_id, start_km = next_id, 0.0
        if reach_id not in network._reaches:
            # Fetch the stretch still to walk in one request, sized by the mean reach length seen so far.
            mean_km = max(full_km / len(seen), 0.05)
            network.prefetch(network.walk_ids(reach_id, min(500, int((max_km - walked) / mean_km) + 2)))
        reach = network.reach(reach_id)
        if len(reach.points) < 2:
            trace.status = STATUS_DANGLING
            break
    trace.path_km = walked
    return trace


def lakes_on_path(trace: FacilityTrace, lakes: QgsFeatureSource, measure=None) -> list[tuple[str, float, QgsGeometry]]:
    """Lakes the path enters, in flow order: (name, km along the flow where it first reaches them, lake in 4326)."""
    path = trace.path_geometry()
    if path.isEmpty():
        return []
    measure = measure or distance_area()
    lake_crs = lakes.sourceCrs()
    box = path.boundingBox()
    box.grow(1e-5)  # a straight north-south path has a zero-width box, which some providers treat as empty
    box = transform(WGS84, lake_crs).transformBoundingBox(box)
    fields = lakes.fields()
    i_name, i_id = field_index(fields, LAKE_NAME_FIELDS), field_index(fields, LAKE_ID_FIELDS)
    to_4326 = to_wgs84(lake_crs)
    found = []
    for feature in lakes.getFeatures(QgsFeatureRequest().setFilterRect(box)):
        lake = QgsGeometry(feature.geometry())
        if lake.isEmpty():
            continue
        if to_4326 is not None:
            lake.transform(to_4326)
        if not lake.intersects(path):
            continue
        if not lake.isGeosValid():  # HydroLAKES and digitised lakes hold a few self-touching rings
            lake = lake.makeValid()
        if not lake.intersects(path):
            continue
        km = _entry_km(trace, lake, measure)
        if km is None:
            continue
        name = text(feature[i_name]) if i_name >= 0 else ""
        if not name:
            ident = feature[i_id] if i_id >= 0 else feature.id()
            name = tr("lake {id}").format(id=ident)
        found.append((" ".join(name.split()), km, lake))
    found.sort(key=lambda item: item[1])
    return found


def _entry_km(trace: FacilityTrace, lake: QgsGeometry, measure) -> float | None:
    """Distance along the flow at which the path first touches a lake polygon."""
    for step in trace.steps:
        if not step.geometry.intersects(lake):
            continue
        points = step.geometry.asPolyline()
        if lake.contains(QgsGeometry.fromPointXY(points[0])):
            return step.from_km
        crossing = step.geometry.intersection(lake)
        cum = [0.0]
        for a, b in zip(points, points[1:]):
            cum.append(cum[-1] + measure.measureLine(a, b) / 1000.0)
        best = None
        for vertex in crossing.vertices():
            candidate = QgsPointXY(vertex.x(), vertex.y())
            _, _, after, _ = step.geometry.closestSegmentWithContext(candidate)
            km = cum[after - 1] + measure.measureLine(points[after - 1], candidate) / 1000.0
            best = km if best is None else min(best, km)
        if best is not None:
            return step.from_km + min(best, step.to_km - step.from_km)
    return None


def trace_facilities(
    facilities: list[tuple[str, QgsPointXY]],
    network: RiverNetwork,
    snap_distance_m: float,
    max_distance_km: float | list[float],
    lakes: QgsFeatureSource | None = None,
    feedback=None,
) -> list[FacilityTrace]:
    """Snap each (tmf_id, EPSG:4326 point) to the network and walk downstream; one trace per facility, in order."""
    if isinstance(max_distance_km, (int, float)):
        limits = [float(max_distance_km)] * len(facilities)
    else:
        limits = [float(v) for v in max_distance_km]
        if len(limits) != len(facilities):
            raise ValueError("max_distance_km must be one number or one per facility")
    share = network.read_ahead(facilities, limits, snap_distance_m, feedback)
    traces = []
    measure = distance_area()
    for n, ((tmf_id, point), limit) in enumerate(zip(facilities, limits)):
        if feedback is not None:
            if feedback.isCanceled():
                traces.append(FacilityTrace(tmf_id=tmf_id, status=STATUS_CANCELED, max_distance_km=limit))
                continue
            feedback.setProgress(100.0 * (share + (1.0 - share) * n / max(1, len(facilities))))
        trace = trace_one(tmf_id, point, network, snap_distance_m, limit)
        if lakes is not None and trace.steps:
            reached = lakes_on_path(trace, lakes, measure)
            trace.lakes = [(name, km) for name, km, _ in reached]
            trace.lake_geometries = [geometry for _, _, geometry in reached]
        traces.append(trace)
    return traces
