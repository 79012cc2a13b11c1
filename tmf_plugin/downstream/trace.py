"""Downstream paths of facilities on a HydroRIVERS-schema network: snap, walk NEXT_DOWN, cut at a distance."""

from __future__ import annotations

from dataclasses import dataclass, field

from qgis.core import QgsFeatureSource, QgsGeometry, QgsPointXY, QgsProcessingException

from ..i18n import tr

ID_FIELD = "HYRIV_ID"
NEXT_FIELD = "NEXT_DOWN"

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

    def path_geometry(self) -> QgsGeometry:
        """The whole path as one polyline in EPSG:4326, in flow order (empty when nothing was walked)."""
        points: list[QgsPointXY] = []
        for step in self.steps:
            line = step.geometry.asPolyline()
            if points and line and points[-1] == line[0]:
                line = line[1:]
            points.extend(line)
        return QgsGeometry.fromPolylineXY(points) if len(points) > 1 else QgsGeometry()


def has_topology(source: QgsFeatureSource) -> bool:
    """True when the layer has the HydroRIVERS topology fields HYRIV_ID and NEXT_DOWN."""
    names = {f.name().upper() for f in source.fields()}
    return ID_FIELD in names and NEXT_FIELD in names


class RiverNetwork:
    """Topology of a HydroRIVERS-schema layer, read once without geometry and reused for many facilities."""

    @classmethod
    def from_source(cls, source: QgsFeatureSource, feedback=None) -> RiverNetwork:
        """Read HYRIV_ID/NEXT_DOWN (and names, MAIN_RIV, LENGTH_KM when present) from a line layer."""
        if not has_topology(source):
            raise QgsProcessingException(
                tr("The river layer {name} has no HYRIV_ID and NEXT_DOWN fields; build a network first.").format(
                    name=source.sourceName()
                )
            )
        raise NotImplementedError


def trace_facilities(
    facilities: list[tuple[str, QgsPointXY]],
    network: RiverNetwork,
    snap_distance_m: float,
    max_distance_km: float | list[float],
    lakes: QgsFeatureSource | None = None,
    feedback=None,
) -> list[FacilityTrace]:
    """Snap each (tmf_id, EPSG:4326 point) to the network and walk downstream; one trace per facility, in order."""
    raise NotImplementedError
