"""Measured sketch of tracing without reading the network's topology first: each next reach is found where the
reach above it ends.

HydroRIVERS reaches are digitised in flow direction and the reach NEXT_DOWN names starts at the end of the one above,
so a tiny box at that end, through the provider's spatial index, finds it; its HYRIV_ID confirms it. Snapping
learns the ids of the reaches near the facility the same way. Only the reaches on the paths and near the facilities
are ever read, whatever the size of the network. Paths are compared with the plugin's RiverNetwork.
"""

from __future__ import annotations

from qgis.core import QgsFeatureRequest, QgsPointXY, QgsRectangle

from tmf_plugin.downstream import trace as tracing

END_BOX_DEG = 1e-6  # the next reach starts exactly at this end; the box only absorbs rounding


class _KnownIds(dict):
    """HYRIV_ID -> feature id; a reach named as someone's NEXT_DOWN is looked up in space when first asked for."""

    def __init__(self, network: SpatialRiverNetwork) -> None:
        super().__init__()
        self.network = network

    def __contains__(self, reach_id) -> bool:
        return dict.__contains__(self, reach_id) or self.network.resolve(reach_id)


class SpatialRiverNetwork(tracing.RiverNetwork):
    """A RiverNetwork that learns its topology from the reaches it reads instead of reading it all first."""

    def __init__(self, source) -> None:
        super().__init__(source)
        fields = source.fields()
        self._i_id = tracing.field_index(fields, tracing.ID_FIELD)
        self._i_next = tracing.field_index(fields, tracing.NEXT_FIELD)
        self._i_main = tracing.field_index(fields, tracing.MAIN_FIELD)
        self._i_name = tracing.field_index(fields, tracing.RIVER_NAME_FIELDS)
        self._detail_fields = [i for i in (self._i_main, self._i_name) if i >= 0]
        self.fid_of = _KnownIds(self)
        self.upstream_of: dict[int, int] = {}  # a reach named as NEXT_DOWN -> the reach above it
        self.lookups = 0

    def _learn(self, feature) -> int | None:
        attrs = feature.attributes()
        reach_id, next_id = tracing._as_int(attrs[self._i_id]), tracing._as_int(attrs[self._i_next]) or 0
        if reach_id is None:
            return None
        if not dict.__contains__(self.fid_of, reach_id):
            dict.__setitem__(self.fid_of, reach_id, feature.id())
            self.id_of_fid[feature.id()] = reach_id
            self.next_down[reach_id] = next_id
            if next_id:
                self.upstream_of.setdefault(next_id, reach_id)
        return reach_id

    def _attributes(self) -> list[int]:
        return [self._i_id, self._i_next] + self._detail_fields

    def snap(self, point: QgsPointXY, max_distance_m: float):
        kx, ky = tracing.metres_per_degree(point.y())
        dx, dy = 1.02 * max_distance_m / kx, 1.02 * max_distance_m / ky
        box = QgsRectangle(point.x() - dx, point.y() - dy, point.x() + dx, point.y() + dy)
        request = QgsFeatureRequest().setFilterRect(box).setSubsetOfAttributes(self._attributes())
        for feature in self.source.getFeatures(request):
            reach_id = self._learn(feature)
            if reach_id is not None:
                self._store(reach_id, feature)
        return super().snap(point, max_distance_m)

    def resolve(self, reach_id: int) -> bool:
        """Find the reach `reach_id` at the lower end of the reach above it; True when found."""
        above = self.upstream_of.get(reach_id)
        if above is None or not reach_id:
            return False
        if above not in self._reaches:
            self.prefetch([above])
        points = self._reaches[above].points
        if not points:
            return False
        end = points[-1]
        box = QgsRectangle(end.x() - END_BOX_DEG, end.y() - END_BOX_DEG, end.x() + END_BOX_DEG, end.y() + END_BOX_DEG)
        self.lookups += 1
        request = QgsFeatureRequest().setFilterRect(box).setSubsetOfAttributes(self._attributes())
        for feature in self.source.getFeatures(request):
            found = self._learn(feature)
            if found is not None:
                self._store(found, feature)
        return dict.__contains__(self.fid_of, reach_id)

    def prefetch(self, reach_ids) -> None:
        fids = [dict.get(self.fid_of, r) for r in reach_ids]
        fids = [f for f, r in zip(fids, reach_ids) if f is not None and r not in self._reaches]
        if fids:
            request = QgsFeatureRequest().setFilterFids(fids).setSubsetOfAttributes(self._attributes())
            for feature in self.source.getFeatures(request):
                self._store(self._learn(feature), feature)
        for r in reach_ids:
            self._reaches.setdefault(r, tracing.Reach([], []))

    def walk_ids(self, start: int, count: int = 64) -> list[int]:
        # The walk itself resolves the next reach when it needs it; there is no stretch to fetch ahead.
        return [start]
