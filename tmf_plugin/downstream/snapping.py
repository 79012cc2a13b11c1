"""Many facilities snapped at once from a GeoPackage's R-tree: the snaps box requests give, in three requests."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
from qgis.core import QgsFeatureRequest, QgsPointXY

from ..core.geodesy import degree_box
from ..core.layer_file import LayerFile, RTreeHits, rtree_hits
from ..core.rivers import ID_FIELD, NEXT_FIELD
from .trace import SnapMeasure, field_index, outside, snap_box

if TYPE_CHECKING:
    from .learning import LearningRiverNetwork

FIRST_ROUND = 4  # candidates per facility measured first, the nearest-looking: their best lets most others go


class _Facility:
    """One facility being snapped: its box, its measure, its candidates (reach id, fid, R-tree box) and what the
    candidates measured so far found."""

    def __init__(self, point: QgsPointXY, max_distance_m: float, measure) -> None:
        self.point, self.box = point, snap_box(point, max_distance_m)
        self.measure = SnapMeasure(point, max_distance_m, measure)
        self.candidates: list[tuple[int, int, float, float, float, float]] = []  # id, fid, R-tree box
        self.found: list[tuple] = []

    def best(self):
        return min(self.found, key=lambda found: found[1]) if self.found else None

    def result(self):
        """The snap, None when nothing is within the distance, or False when two reaches are equally near: then
        the first in the provider's order wins, and only a box request knows that order."""
        best = self.best()
        if best is not None and sum(1 for found in self.found if found[1] == best[1]) > 1:
            return False
        return best


def snap_all(network: LearningRiverNetwork, file: LayerFile, points: list[QgsPointXY], max_distance_m: float,
             feedback=None) -> list | None:
    """The snap of each lon/lat point as network.snap gives it, False where only a box request can tell, or None
    when the file's R-tree cannot serve.

    One query finds every reach whose R-tree box meets a facility's snap box, with its HYRIV_ID and NEXT_DOWN, and
    every one is learnt as a box request would learn it. The R-tree's boxes (rounded outwards, so they hold the
    reaches) rank the candidates: the nearest-looking few of every facility are read and measured in one request,
    then in a second request every other candidate not surely farther than the best found. A candidate counts only
    where its line meets the snap box, as in a box request. With 121 facilities on 100k reaches: 5,099
    candidates, of which box requests read every one and this reads about 800.
    """
    fields = network.source.fields()
    names = [fields.at(field_index(fields, name)).name() for name in (ID_FIELD, NEXT_FIELD)]
    facilities = [_Facility(point, max_distance_m, network.measure) for point in points]
    hits = rtree_hits(file, [(f.box.xMinimum(), f.box.yMinimum(), f.box.xMaximum(), f.box.yMaximum())
                             for f in facilities], names, fields)
    if hits is None:
        return None
    for fid, reach_value, next_value in zip(hits.fid, hits.values[names[0]], hits.values[names[1]]):
        network.learn(fid, reach_value, next_value)
    for row in _nearest_looking_first(facilities, hits):
        reach_id = network.id_of_fid.get(hits.fid[row])  # after all is learnt: a duplicate id's stand-in is none
        if reach_id is not None:
            facilities[hits.box[row]].candidates.append(
                (reach_id, hits.fid[row], hits.west[row], hits.south[row], hits.east[row], hits.north[row]))
    _measure(network, facilities, {id(f): f.candidates[:FIRST_ROUND] for f in facilities}, feedback)
    rest = {}
    for facility in facilities:
        best = facility.best()
        around = degree_box(facility.point.x(), facility.point.y(), facility.measure.bound(best) / 1000.0)
        rest[id(facility)] = [c for c in facility.candidates[FIRST_ROUND:] if not outside(around, *c[2:])]
    _measure(network, facilities, rest, feedback)
    if feedback is not None and feedback.isCanceled():
        return None
    return [facility.result() for facility in facilities]


def _nearest_looking_first(facilities: list[_Facility], hits: RTreeHits) -> list[int]:
    """The rows of the hits, facility by facility, each facility's nearest-looking R-tree boxes first (squared
    metres in its plane): only an order in which to try them."""
    box = np.array(hits.box, dtype=np.int64)
    x = np.array([f.point.x() for f in facilities])[box]
    y = np.array([f.point.y() for f in facilities])[box]
    kx = np.array([f.measure.kx for f in facilities])[box]
    ky = np.array([f.measure.ky for f in facilities])[box]
    dx = np.maximum(np.maximum(np.array(hits.west) - x, x - np.array(hits.east)), 0.0) * kx
    dy = np.maximum(np.maximum(np.array(hits.south) - y, y - np.array(hits.north)), 0.0) * ky
    return np.lexsort((dx * dx + dy * dy, box)).tolist()


def _measure(network: LearningRiverNetwork, facilities: list[_Facility], chosen: dict, feedback=None) -> None:
    """Read the chosen candidates of all facilities in one request and measure each against its facility."""
    if feedback is not None and feedback.isCanceled():
        return
    fids = sorted({candidate[1] for candidates in chosen.values() for candidate in candidates})
    if not fids:
        return
    request = QgsFeatureRequest().setFilterFids(fids).setSubsetOfAttributes(network.attributes)
    features = {feature.id(): feature for feature in network.source.getFeatures(request)}
    for facility in facilities:
        for reach_id, fid, *_ in chosen[id(facility)]:
            feature = features.get(fid)
            if feature is None or not feature.geometry().intersects(facility.box):
                continue  # its R-tree box meets the snap box, its line does not: a box request would not return it
            found = facility.measure(reach_id, network.store(reach_id, feature))
            if found is not None:
                facility.found.append(found)
