"""The river network learnt on the way: reaches read where the paths go, many paths read ahead together."""

from __future__ import annotations

import weakref
from collections import Counter
from dataclasses import dataclass, field

from qgis.core import QgsFeatureRequest, QgsFeatureSource, QgsGeometry, QgsPointXY, QgsRectangle

from ..core.attributes import as_int
from ..core.geodesy import WGS84, transform
from ..core.layer_file import LayerFile
from ..core.rivers import ID_FIELD, MAIN_FIELD, NEXT_FIELD, has_topology
from .snapping import snap_all
from .trace import RIVER_NAME_FIELDS, Reach, RiverNetwork, field_index

SNAP_SHARE = 0.9  # of the progress bar: snapping is most of the reading ahead, the walks after it take little
SMALL_LAYER = 10_000  # reaches a provider without a spatial index may scan for every box request


def boxes_are_cheap(source: QgsFeatureSource) -> bool:
    """True when box requests on the layer are served by a spatial index, or the layer is small enough to scan."""
    indexed = source.hasSpatialIndex() == QgsFeatureSource.SpatialIndexPresence.SpatialIndexPresent
    return indexed or source.featureCount() <= SMALL_LAYER


def open_network(source: QgsFeatureSource, feedback=None, name_field: str | None = None,
                 file: LayerFile | None = None) -> RiverNetwork:
    """The network both tracing jobs walk: learnt on the way where box requests are cheap, else read whole first.

    On an indexed national network a few hundred paths read a few thousand reaches instead of every id (1M reaches:
    3.9 s of reading ids saved); the paths are the same either way. `file` is the file `source` reads in full.
    """
    if boxes_are_cheap(source):
        if not has_topology(source):
            return RiverNetwork.from_source(source, feedback, name_field)  # raises with the message users get
        return LearningRiverNetwork(source, name_field, file)
    return RiverNetwork.from_source(source, feedback, name_field)



class _LearntIds(dict):
    """HYRIV_ID -> feature id; a reach first asked for is looked up where the reach above it ends."""

    def __init__(self, network: LearningRiverNetwork) -> None:
        super().__init__()
        self.network = weakref.ref(network)  # no reference cycle: the network is freed where it was built

    def __contains__(self, reach_id) -> bool:
        network = self.network()
        return dict.__contains__(self, reach_id) or (network is not None and network.resolve(reach_id))


class LearningRiverNetwork(RiverNetwork):
    """A RiverNetwork that learns HYRIV_ID and NEXT_DOWN from the reaches it reads instead of reading them all.

    HydroRIVERS reaches are digitised in flow direction and the reach NEXT_DOWN names starts where the one above
    ends, so a tiny box there finds it through the provider's spatial index: a few paths on a national network read
    a few thousand reaches, not millions. The first time a box does not find the reach asked for, the whole topology
    is read as from_source does, so the paths are the same either way.
    """

    END_BOX_DEG = 1e-6  # the next reach starts exactly at the end of the one above; the box absorbs rounding

    def __init__(self, source: QgsFeatureSource, name_field: str | None = None, file: LayerFile | None = None) -> None:
        """`file`, the file `source` reads in full (see whole_file), lets a GeoPackage's R-tree serve the snaps."""
        super().__init__(source)
        self.file = file
        fields = source.fields()
        self._i_id, self._i_next = field_index(fields, ID_FIELD), field_index(fields, NEXT_FIELD)
        self._i_main = field_index(fields, MAIN_FIELD)
        self._i_name = field_index(fields, [name_field] if name_field else RIVER_NAME_FIELDS)
        self._detail_fields = [i for i in (self._i_main, self._i_name) if i >= 0]
        self.attributes = [self._i_id, self._i_next] + self._detail_fields  # what every request of a reach reads
        self._from_wgs84 = transform(WGS84, self.crs) if self.crs != WGS84 else None
        self.fid_of = _LearntIds(self)
        self.upstream_of: dict[int, int] = {}  # a reach named as NEXT_DOWN -> a reach above it
        self.complete = False  # True once the whole topology has been read
        self._snapped: dict[tuple[float, float, float], tuple | None] = {}  # snaps done by read_ahead, used once

    def _learn(self, feature) -> int | None:
        attrs = feature.attributes()
        return self.learn(feature.id(), attrs[self._i_id], attrs[self._i_next])

    def learn(self, fid: int, reach_value, next_value) -> int | None:
        """Learn the HYRIV_ID and NEXT_DOWN values of feature `fid`; its reach id when it is the one standing."""
        # HydroRIVERS ids are integers already: only other values go through as_int
        reach_id = reach_value if type(reach_value) is int else as_int(reach_value)
        next_id = next_value if type(next_value) is int else as_int(next_value) or 0
        if reach_id is None:
            return None
        if not dict.__contains__(self.fid_of, reach_id):
            dict.__setitem__(self.fid_of, reach_id, fid)
            self.id_of_fid[fid] = reach_id
            self.next_down[reach_id] = next_id
            if next_id:
                self.upstream_of.setdefault(next_id, reach_id)
        elif dict.__getitem__(self.fid_of, reach_id) != fid:
            # A duplicate HYRIV_ID: which one stands must not depend on where a walk met it first, so the whole
            # topology is read and its choice (the first in the layer) wins, with the warning from_source gives.
            if not self.complete:
                self._read_all()
            return reach_id if dict.__getitem__(self.fid_of, reach_id) == fid else None
        return reach_id

    def _read_box(self, box: QgsRectangle) -> None:
        """Learn and keep every reach whose box meets `box` (lon/lat)."""
        if self._from_wgs84 is not None:
            box = self._from_wgs84.transformBoundingBox(box)
        request = QgsFeatureRequest().setFilterRect(box).setSubsetOfAttributes(self.attributes)
        for feature in self.source.getFeatures(request):
            reach_id = self._learn(feature)
            if reach_id is not None:
                self.store(reach_id, feature)

    def _snap_candidates(self, box: QgsRectangle):
        # One read of the box: every id in it is learnt before any candidate is taken, then each is offered.
        request = QgsFeatureRequest().setFilterRect(box).setSubsetOfAttributes(self.attributes)
        features = list(self.source.getFeatures(request))
        for feature in features:
            self._learn(feature)
        for feature in features:
            reach_id = self.id_of_fid.get(feature.id())
            if reach_id is not None:
                yield reach_id, feature

    def resolve(self, reach_id: int) -> bool:
        """Find reach `reach_id` at the lower end of the reach above it; True when it is in the network."""
        if self.complete or not reach_id:
            return False
        above = self.upstream_of.get(reach_id)
        if above is not None:
            points = self.reach(above).points
            if points:
                end = points[-1]
                d = self.END_BOX_DEG
                self._read_box(QgsRectangle(end.x() - d, end.y() - d, end.x() + d, end.y() + d))
                if dict.__contains__(self.fid_of, reach_id):
                    return True
        self._read_all()
        return dict.__contains__(self.fid_of, reach_id)

    def _read_all(self) -> None:
        """Read the whole topology as from_source does; where it chose another feature for an id, its choice wins."""
        whole = RiverNetwork.from_source(self.source)
        self.complete = True
        for reach_id, fid in whole.fid_of.items():
            known = dict.get(self.fid_of, reach_id)
            if known == fid:
                continue
            if known is not None:  # learnt from a duplicate: forget it and the geometry kept with it
                self.id_of_fid.pop(known, None)
                self._reaches.pop(reach_id, None)
                self.names.pop(reach_id, None)
                self.main_riv.pop(reach_id, None)
            dict.__setitem__(self.fid_of, reach_id, fid)
            self.id_of_fid[fid] = reach_id
            self.next_down[reach_id] = whole.next_down[reach_id]
        self.problems.extend(whole.problems)

    def prefetch(self, reach_ids) -> None:
        pairs = [(r, dict.get(self.fid_of, r)) for r in reach_ids if r not in self._reaches]
        fids = [fid for _, fid in pairs if fid is not None]
        if fids:
            request = QgsFeatureRequest().setFilterFids(fids).setSubsetOfAttributes(self.attributes)
            for feature in self.source.getFeatures(request):
                self.store(self.id_of_fid[feature.id()], feature)
        for r in reach_ids:
            self._reaches.setdefault(r, Reach([], []))

    def walk_ids(self, start: int, count: int = 64) -> list[int]:
        # Reaches below are found one at a time as the walk reaches them; there is no stretch to fetch ahead.
        return [start]

    def snap(self, point: QgsPointXY, max_distance_m: float):
        snapped = self._snapped.pop((point.x(), point.y(), max_distance_m), False)
        return super().snap(point, max_distance_m) if snapped is False else snapped

    def read_ahead(self, facilities: list[tuple[str, QgsPointXY]], limits: list[float], snap_distance_m: float,
                   feedback=None) -> float:
        """Snap every facility, then walk all the paths down together, reading the next reach of every path in
        one request a round (1M reaches: one request of 121 reaches instead of 121 box requests of 0.3-0.7 ms).

        Only what is read changes: the walks that follow find it in memory, and read the rest as they always did.
        """
        if len(facilities) < 2:
            return 0.0
        paths = []
        from_file = snap_all(self, self.file, [point for _, point in facilities], snap_distance_m, feedback) \
            if self.file is not None and self.crs == WGS84 else None
        for number, ((_, point), limit) in enumerate(zip(facilities, limits)):
            if feedback is not None:
                if feedback.isCanceled():
                    return SNAP_SHARE
                feedback.setProgress(100.0 * SNAP_SHARE * number / len(facilities))
            snapped = from_file[number] if from_file is not None and from_file[number] is not False \
                else super().snap(point, snap_distance_m)
            self._snapped[(point.x(), point.y(), snap_distance_m)] = snapped
            if snapped is not None:  # the snapped reach is walked from part of the way down: it is not counted
                paths.append(_Ahead(snapped[0], limit + self._reaches[snapped[0]].length_km))
        offset = self._fid_offset()
        while paths and not (feedback is not None and feedback.isCanceled()):
            needed = [(path, reach_id) for path in paths if (reach_id := self._advance(path))]
            paths = [path for path, _ in needed]
            self.prefetch([reach_id for _, reach_id in needed if dict.__contains__(self.fid_of, reach_id)])
            unknown = [reach_id for _, reach_id in needed if not dict.__contains__(self.fid_of, reach_id)]
            if unknown and offset is not None:
                self._read_guessed(unknown, offset)
            for path, reach_id in needed:
                if reach_id not in self.fid_of:  # looked up where the reach above ends, as a walk would
                    path.reach_id = 0
        return SNAP_SHARE

    def _advance(self, path: _Ahead) -> int:
        """Walk a path through the reaches already read; the id of the next reach it needs, or 0 when it is done."""
        while path.km_left > 0 and path.reach_id and path.reach_id not in path.seen:
            reach = self._reaches.get(path.reach_id)
            if reach is None:
                return path.reach_id
            path.seen.add(path.reach_id)
            path.km_left -= reach.length_km
            path.reach_id = self.next_down.get(path.reach_id, 0)
        return 0

    def _fid_offset(self) -> int | None:
        """HYRIV_ID minus feature id, when the reaches read so far agree on one: HydroRIVERS files hold their
        reaches in HYRIV_ID order, so a reach's feature id can be guessed from its id."""
        offsets = Counter(reach_id - fid for fid, reach_id in self.id_of_fid.items())
        if not offsets:
            return None
        offset, count = offsets.most_common(1)[0]
        return offset if count * 2 > len(self.id_of_fid) else None

    def _read_guessed(self, reach_ids: list[int], offset: int) -> None:
        """Read reaches by their guessed feature ids in one request; a reach is learnt only when it has the id and
        starts where the reach above it ends, which is exactly where a box request would have found it."""
        guesses = {reach_id - offset: reach_id for reach_id in set(reach_ids)}
        request = QgsFeatureRequest().setFilterFids(list(guesses)).setSubsetOfAttributes(self.attributes)
        for feature in self.source.getFeatures(request):
            reach_id = guesses[feature.id()]
            if as_int(feature.attributes()[self._i_id]) != reach_id or not self._starts_below(feature, reach_id):
                continue
            if self._learn(feature) == reach_id:
                self.store(reach_id, feature)

    def _starts_below(self, feature, reach_id: int) -> bool:
        """True when the feature's first vertex lies in the box `resolve` would read for `reach_id`."""
        above = self.upstream_of.get(reach_id)
        points = self.reach(above).points if above is not None else []
        geometry = feature.geometry()
        if not points or geometry.isEmpty():
            return False
        if self._to_wgs84 is not None:
            geometry = QgsGeometry(geometry)
            geometry.transform(self._to_wgs84)
        start, end, d = geometry.vertexAt(0), points[-1], self.END_BOX_DEG
        return abs(start.x() - end.x()) <= d and abs(start.y() - end.y()) <= d


@dataclass
class _Ahead:
    """A path being read ahead: the next reach to walk, the km still to cover, the reaches walked."""

    reach_id: int
    km_left: float
    seen: set[int] = field(default_factory=set)
