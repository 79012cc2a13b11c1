"""Output rows of tmf:tracedownstream: the summary, the path lines and the corridor polygons, keyed by tmf_id."""

from __future__ import annotations

from qgis.core import QgsFeature, QgsFields, QgsGeometry

from ..core.compat import FieldType, make_field
from .corridor import area_km2, corridor_geometry
from .summary import first_water_body, listing, water_bodies


def _fields(spec) -> QgsFields:
    fields = QgsFields()
    for name, kind in spec:
        fields.append(make_field(name, kind))
    return fields


def summary_fields() -> QgsFields:
    """Fields of OUTPUT_SUMMARY."""
    return _fields([
        ("tmf_id", FieldType.String), ("snap_dist_m", FieldType.Double), ("snapped_reach", FieldType.LongLong),
        ("first_water_body", FieldType.String), ("first_water_body_km", FieldType.Double),
        ("rivers_reached", FieldType.String), ("lakes_reached", FieldType.String), ("path_km", FieldType.Double),
        ("max_km", FieldType.Double), ("distance_rule", FieldType.String), ("status", FieldType.String),
        ("receptors_n", FieldType.Int), ("population", FieldType.LongLong), ("first_receptor", FieldType.String),
        ("first_receptor_km", FieldType.Double),
    ])


def path_fields() -> QgsFields:
    """Fields of OUTPUT_PATHS: one line per reach walked."""
    return _fields([
        ("tmf_id", FieldType.String), ("step", FieldType.Int), ("reach_id", FieldType.LongLong),
        ("river", FieldType.String), ("main_riv", FieldType.LongLong), ("from_km", FieldType.Double),
        ("to_km", FieldType.Double),
    ])


def corridor_fields() -> QgsFields:
    """Fields of OUTPUT_CORRIDORS: one dissolved polygon per facility."""
    return _fields([
        ("tmf_id", FieldType.String), ("width_m", FieldType.Double), ("area_km2", FieldType.Double),
        ("water_bodies", FieldType.String),
    ])


def receptor_fields() -> QgsFields:
    """Fields of OUTPUT_RECEPTORS: one point per (facility, receptor)."""
    return _fields([
        ("tmf_id", FieldType.String), ("receptor", FieldType.String), ("km_downstream", FieldType.Double),
        ("dist_m", FieldType.Double), ("population", FieldType.LongLong),
    ])


def receptor_features(hits) -> list[QgsFeature]:
    """The receptors of one facility as points, in flow order."""
    features = []
    for hit in hits:
        feature = QgsFeature(receptor_fields())
        feature.setGeometry(QgsGeometry.fromPointXY(hit.point))
        feature.setAttributes([hit.tmf_id, hit.receptor, round(hit.km_downstream, 3), round(hit.dist_m, 1),
                               hit.population])
        features.append(feature)
    return features


def summary_feature(row: dict, trace, receptors: list | None = None) -> QgsFeature:
    """One summary row; facilities without a location or a snap keep their row with the reason in status.

    `receptors` is receptors.summary_values(...), or None when no receptor layer was given.
    """
    feature = QgsFeature(summary_fields())
    receptors = receptors or [None, None, None, None]
    if row["point"] is not None:
        feature.setGeometry(QgsGeometry.fromPointXY(row["point"]))
    if trace is None:
        feature.setAttributes([row["tmf_id"], None, None, None, None, None, None, 0.0, row["max_km"], row["rule"],
                               "no location", *receptors])
        return feature
    first, first_km = first_water_body(trace)
    rivers = [(name, km) for name, km, kind in water_bodies(trace) if kind == "river"]
    feature.setAttributes([
        trace.tmf_id, _round(trace.snap_dist_m, 1), trace.snapped_reach, first, _round(first_km, 3),
        listing(rivers), listing(trace.lakes), round(trace.path_km, 3), round(trace.max_distance_km, 3), row["rule"],
        trace.status, *receptors,
    ])
    return feature


def path_features(trace) -> list[QgsFeature]:
    """The path as one line per reach walked, in flow order."""
    features = []
    for n, step in enumerate(trace.steps, start=1):
        feature = QgsFeature(path_fields())
        feature.setGeometry(step.geometry)
        feature.setAttributes([trace.tmf_id, n, step.reach_id, step.river, step.main_riv, round(step.from_km, 3),
                               round(step.to_km, 3)])
        features.append(feature)
    return features


def corridor_feature(trace, width_m: float) -> QgsFeature | None:
    """The dissolved corridor polygon of one facility, or None when nothing was walked."""
    geometry = corridor_geometry(trace, width_m)
    if geometry.isEmpty():
        return None
    geometry.convertToMultiType()
    feature = QgsFeature(corridor_fields())
    feature.setGeometry(geometry)
    names = ", ".join(dict.fromkeys(name for name, _, _ in water_bodies(trace)))
    feature.setAttributes([trace.tmf_id, width_m, round(area_km2(geometry), 3), names])
    return feature


def _round(value, digits):
    return None if value is None else round(value, digits)
