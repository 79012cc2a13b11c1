"""Who is downstream: the receptors (settlements, water intakes, protected areas) near each facility's path."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from qgis.core import (
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
    QgsSpatialIndex,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QTransform

from ..core import attributes
from ..core.compat import FieldType, make_field
from ..core.geodesy import WGS84, distance_area, metres_per_degree, to_wgs84
from ..i18n import tr
from ..paths import sample_layers_dir
from .trace import FacilityTrace, PathStep, field_index

DEFAULT_DISTANCE_M = 5000.0
# Fields that carry a receptor's name in the layers people have (Natural Earth places: NAME, NAMEASCII).
RECEPTOR_NAME_FIELDS = ("name", "receptor", "name_en", "nameascii", "name_ru", "name_kk", "settlement", "place",
                        "locality", "title", "название", "атауы")
POPULATION_FIELDS = ("pop_max", "population", "pop", "pop_est", "население", "халық_саны", "халық")
BOX_MARGIN = 1.05  # the search box must hold every point within the distance, whatever the plane's distortion


@dataclass
class Receptor:
    """One receptor read from the layer: its name, population and geometry in EPSG:4326."""

    fid: int
    name: str
    population: int | None
    geometry: QgsGeometry
    centre: QgsPointXY


@dataclass
class ReceptorHit:
    """A receptor within the distance of one facility's downstream path."""

    tmf_id: str
    receptor: str
    km_downstream: float  # along the flow from the snap point to the receptor's nearest point on the path
    dist_m: float  # ellipsoidal, from the path; 0 when a polygon receptor is crossed
    population: int | None
    point: QgsPointXY  # EPSG:4326: the receptor point, or a polygon's point nearest the path
    fid: int = -1


@dataclass
class ReceptorLayer:
    """The receptors of one layer in EPSG:4326 behind a spatial index, read once for every facility."""

    receptors: dict[int, Receptor] = field(default_factory=dict)
    index: QgsSpatialIndex = field(default_factory=QgsSpatialIndex)
    has_population: bool = False
    problems: list[str] = field(default_factory=list)  # warnings for the log: empty layer, NULL populations
    name_field: str = ""

    @classmethod
    def from_source(cls, source: QgsFeatureSource, name_field: str | None = None,
                    population_field: str | None = None, feedback=None) -> ReceptorLayer:
        """Read every receptor with a geometry; unreadable populations stay NULL and are counted in `problems`."""
        layer = cls()
        fields = source.fields()
        label = source.sourceName()
        i_name = field_index(fields, [name_field] if name_field else RECEPTOR_NAME_FIELDS)
        if name_field and i_name < 0:
            layer.problems.append(tr("The receptor layer {name} has no field {field}; receptors are named by their "
                                     "feature id.").format(name=label, field=name_field))
        i_pop = field_index(fields, [population_field]) if population_field else -1
        if population_field and i_pop < 0:
            layer.problems.append(tr("The receptor layer {name} has no field {field}; population stays empty.")
                                  .format(name=label, field=population_field))
        layer.has_population = i_pop >= 0
        layer.name_field = fields.at(i_name).name() if i_name >= 0 else ""
        to_4326 = to_wgs84(source.sourceCrs()) if source.sourceCrs() != WGS84 else None
        request = QgsFeatureRequest().setSubsetOfAttributes([i for i in (i_name, i_pop) if i >= 0])
        no_geometry, bad_population, total = 0, 0, max(1, source.featureCount())
        for n, feature in enumerate(source.getFeatures(request)):
            if feedback is not None and n % 1000 == 0 and feedback.isCanceled():
                break
            geometry = QgsGeometry(feature.geometry())
            if geometry.isNull() or geometry.isEmpty():
                no_geometry += 1
                continue
            if to_4326 is not None:
                geometry.transform(to_4326)
            if geometry.type() == QgsWkbTypes.GeometryType.PolygonGeometry and not geometry.isGeosValid():
                geometry = geometry.makeValid()
            name = _text(feature.attributes()[i_name]) if i_name >= 0 else ""
            population = None
            if i_pop >= 0:
                population = _population(feature.attributes()[i_pop])
                if population is None:
                    bad_population += 1
            box = geometry.boundingBox()
            receptor = Receptor(feature.id(), name or tr("feature {id}").format(id=feature.id()), population,
                                geometry, box.center())
            layer.receptors[feature.id()] = receptor
            layer.index.addFeature(feature.id(), box)
        if not layer.receptors:
            layer.problems.append(tr("The receptor layer {name} has no features with a geometry; no receptors are "
                                     "listed.").format(name=label))
        elif no_geometry:
            layer.problems.append(tr("{count} of {total} features of the receptor layer {name} have no geometry and "
                                     "were left out.").format(count=no_geometry, total=total, name=label))
        if bad_population:
            layer.problems.append(tr("{count} receptors of {name} have an empty or non-numeric {field}; their "
                                     "population stays NULL.").format(count=bad_population, name=label,
                                                                      field=population_field))
        return layer

    def __len__(self) -> int:
        return len(self.receptors)

    def near_path(self, trace: FacilityTrace, distance_m: float = DEFAULT_DISTANCE_M,
                  measure=None) -> list[ReceptorHit]:
        """Receptors whose nearest point lies within distance_m of the path, in flow order."""
        if not self.receptors or not trace.steps:
            return []
        measure = measure or distance_area()
        steps_of: dict[int, list[PathStep]] = {}
        for step in trace.steps:
            if step.geometry.isEmpty():
                continue
            for fid in self.index.intersects(_grown(step.geometry.boundingBox(), distance_m)):
                steps_of.setdefault(fid, []).append(step)
        hits = []
        for fid, steps in steps_of.items():
            hit = self._nearest(self.receptors[fid], steps, measure)
            if hit is not None and hit[1] <= distance_m:
                km, dist_m, point = hit
                receptor = self.receptors[fid]
                hits.append(ReceptorHit(trace.tmf_id, receptor.name, km, dist_m, receptor.population, point, fid))
        hits.sort(key=lambda h: (h.km_downstream, h.dist_m, h.receptor))
        return hits

    def _nearest(self, receptor: Receptor, steps: list[PathStep], measure) -> tuple[float, float, QgsPointXY] | None:
        """(km along the flow, distance m, receptor point) of the receptor's nearest point on the given steps."""
        geometry = receptor.geometry
        if geometry.type() == QgsWkbTypes.GeometryType.PolygonGeometry:
            for step in steps:  # in flow order: the first step that enters the polygon holds the entry point
                if geometry.intersects(step.geometry):
                    km, point = _entry(step, geometry, measure)
                    return km, 0.0, point
        # The nearest point is found in a plane scaled to metres at the receptor, then measured on the ellipsoid.
        kx, ky = metres_per_degree(receptor.centre.y())
        x0, y0 = receptor.centre.x(), receptor.centre.y()
        to_plane = QTransform(kx, 0.0, 0.0, ky, -kx * x0, -ky * y0)
        plane_receptor = QgsGeometry(geometry)
        plane_receptor.transform(to_plane)
        best = None
        for step in steps:
            plane_step = QgsGeometry(step.geometry)
            plane_step.transform(to_plane)
            line = plane_step.shortestLine(plane_receptor)
            if line.isEmpty():
                continue
            ends = line.asPolyline()
            on_path = QgsPointXY(ends[0].x() / kx + x0, ends[0].y() / ky + y0)
            on_receptor = QgsPointXY(ends[-1].x() / kx + x0, ends[-1].y() / ky + y0)
            dist_m = measure.measureLine(on_path, on_receptor)
            if best is None or dist_m < best[1] - 1e-6:
                _, _, after, _ = plane_step.closestSegmentWithContext(ends[0])
                best = (_km_at(step, after, on_path, measure), dist_m, on_receptor)
        return best


def _grown(box: QgsRectangle, distance_m: float) -> QgsRectangle:
    """A lon/lat box grown by a distance in metres, using the smaller metres per degree of its two latitudes."""
    lat = max(abs(box.yMinimum()), abs(box.yMaximum()))
    kx, ky = metres_per_degree(min(lat, 89.0))
    dx, dy = BOX_MARGIN * distance_m / kx, BOX_MARGIN * distance_m / ky
    return QgsRectangle(box.xMinimum() - dx, box.yMinimum() - dy, box.xMaximum() + dx, box.yMaximum() + dy)


def _km_at(step: PathStep, after_vertex: int, point: QgsPointXY, measure) -> float:
    """Distance along the flow of a point on a step, given the vertex after it."""
    points = step.geometry.asPolyline()
    after_vertex = min(max(after_vertex, 1), len(points) - 1)
    km = sum(measure.measureLine(a, b) for a, b in zip(points[: after_vertex - 1], points[1:after_vertex])) / 1000.0
    km += measure.measureLine(points[after_vertex - 1], point) / 1000.0
    return min(step.from_km + km, step.to_km)


def _entry(step: PathStep, polygon: QgsGeometry, measure) -> tuple[float, QgsPointXY]:
    """Where the path first enters a polygon it crosses: (km along the flow, point)."""
    points = step.geometry.asPolyline()
    if polygon.contains(QgsGeometry.fromPointXY(points[0])):
        return step.from_km, QgsPointXY(points[0])
    best = None
    crossing = step.geometry.intersection(polygon)  # held: vertices() does not keep its geometry alive
    for vertex in crossing.vertices():
        candidate = QgsPointXY(vertex.x(), vertex.y())
        _, _, after, _ = step.geometry.closestSegmentWithContext(candidate)
        km = _km_at(step, after, candidate, measure)
        if best is None or km < best[0]:
            best = (km, candidate)
    return best if best is not None else (step.from_km, QgsPointXY(points[0]))


def _text(value) -> str:
    return attributes.text(value, collapse_spaces=True)


def _population(value) -> int | None:
    """A population count, or None for NULL, text that is not a number, NaN and negative values."""
    if attributes.is_null(value) or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    if math.isnan(number) or math.isinf(number) or number < 0:
        return None
    return int(round(number))


def summary_values(hits: list[ReceptorHit] | None, has_population: bool) -> list:
    """receptors_n, population (sum of the known ones; NULL without a field), first_receptor, first_receptor_km."""
    if hits is None:
        return [None, None, None, None]
    population = sum(h.population for h in hits if h.population is not None) if has_population else None
    first = hits[0] if hits else None
    return [len(hits), population, first.receptor if first else None,
            round(first.km_downstream, 3) if first else None]


# How receptors are labelled on the map and the sheets, in one place (a gazetteer can translate the name here).
LABEL_EXPRESSION = '"receptor"'
# The field a map sheet's copy of the receptors carries with each name in the sheet language (core.gazetteer).
SHEET_NAME_FIELD = "sheet_name"


def bundled_settlements() -> str | None:
    """Path of the Natural Earth settlements shipped in sample_layers (population in POP_MAX), if present."""
    path = sample_layers_dir() / "places.gpkg"
    return str(path) if path.exists() else None


def guess_population_field(fields) -> str:
    """The name of a population field among `fields` (POP_MAX, population, ...), or '' when there is none."""
    index = field_index(fields, POPULATION_FIELDS)
    return fields.at(index).name() if index >= 0 else ""


def receptor_label_expression(language: str) -> str:
    """The label expression of receptors on a map sheet in `language` (the name as the data spells it, for now)."""
    return LABEL_EXPRESSION


def label_receptors(layer, language: str) -> None:
    """Label a styled receptors layer with its names for a sheet in `language`."""
    labeling = layer.labeling()
    if labeling is None:
        return
    settings = labeling.settings()
    if layer.fields().indexOf(SHEET_NAME_FIELD) >= 0:  # translated for the sheet: a plain field for the designer
        settings.fieldName = SHEET_NAME_FIELD
        settings.isExpression = False
    else:
        settings.fieldName = receptor_label_expression(language)
        settings.isExpression = True
    labeling.setSettings(settings)
    layer.setLabelsEnabled(True)


# Fields a sheet's facility table reads, added to the sheet's private copy of the facilities.
SHEET_FIELDS = ("rcp_n", "rcp_population", "rcp_first")


def add_receptor_fields(facilities, receptors) -> None:
    """Add to a (memory) facility layer the receptors downstream of each facility from an OUTPUT_RECEPTORS layer:
    how many, their population (NULL when none is known) and 'first name, km'."""

    per_facility: dict[str, list] = {}
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    name_field = SHEET_NAME_FIELD if receptors.fields().indexOf(SHEET_NAME_FIELD) >= 0 else "receptor"
    for feature in receptors.getFeatures(request):
        per_facility.setdefault(str(feature["tmf_id"]), []).append(
            (feature["km_downstream"], _text(feature[name_field]), _population(feature["population"])))
    provider = facilities.dataProvider()
    provider.addAttributes([make_field("rcp_n", FieldType.Int), make_field("rcp_population", FieldType.LongLong),
                            make_field("rcp_first", FieldType.String)])
    facilities.updateFields()
    index = {name: facilities.fields().lookupField(name) for name in SHEET_FIELDS}
    i_id = facilities.fields().lookupField("tmf_id")
    changes = {}
    for feature in facilities.getFeatures(request):
        found = sorted(per_facility.get(str(feature[i_id]) if i_id >= 0 else "", []),
                       key=lambda item: item[0] if isinstance(item[0], (int, float)) else math.inf)
        known = [p for _, _, p in found if p is not None]
        first = f"{found[0][1]}, {found[0][0]:.1f}" if found and isinstance(found[0][0], (int, float)) else None
        changes[feature.id()] = {index["rcp_n"]: len(found), index["rcp_population"]: sum(known) if known else None,
                                 index["rcp_first"]: first}
    provider.changeAttributeValues(changes)
