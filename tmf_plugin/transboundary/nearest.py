"""Nearest line to a point on the ellipsoid: a spatial index in a conic projection proposes, the ellipsoid decides."""

from __future__ import annotations

import math
import weakref

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
    QgsSpatialIndex,
)

from ..downstream.geodesy import distance_area
from ..facilities import WGS84
from .measure import line_parts, nearest_on_polyline

LABELS_ONE_BY_ONE = 256  # label lookups by feature id before one pass reads the labels of every indexed reach
CHUNK_VERTICES = 16  # vertices per indexed piece: small pieces keep the candidates few and cheap to measure


def conic_for(extent: QgsRectangle) -> QgsCoordinateReferenceSystem:
    """An equidistant conic projection fitted to a lon/lat extent: true along meridians, within a few per cent
    along parallels, the same everywhere along a parallel (so its scale bounds hold for any longitude)."""
    y0, y1 = max(-85.0, extent.yMinimum()), min(85.0, extent.yMaximum())
    span = y1 - y0
    lat_1, lat_2 = y0 + span / 6, y1 - span / 6
    if abs(lat_1 + lat_2) < 1e-6:  # standard parallels symmetric about the equator are not allowed
        lat_2 += 0.5
    return QgsCoordinateReferenceSystem.fromProj(
        f"+proj=eqdc +lat_0={(y0 + y1) / 2:.6f} +lon_0={extent.center().x():.6f} +lat_1={lat_1:.6f} "
        f"+lat_2={lat_2:.6f} +datum=WGS84 +units=m +no_defs"
    )


class NearestLine:
    """Labelled lon/lat lines; `nearest(point)` gives the label and ellipsoidal km of the nearest one.

    The index works in metres of the conic projection. Where its largest scale around a point is `high`, a line at
    true distance t lies at most high*t away in the plane: after the projected nearest line gives an upper bound d,
    only lines within high*d in the plane can be nearer, and those few are measured on the ellipsoid.
    """

    def __init__(self, lines: list[tuple[str, QgsGeometry]], extent: QgsRectangle | None = None) -> None:
        self.measure = distance_area()
        self.pieces: list[list[tuple[float, float]]] = []
        self.labels: list[str] = []
        for label, geometry in lines:
            for part in line_parts(geometry):
                coords = [(p.x(), p.y()) for p in part]
                for start in range(0, len(coords) - 1, CHUNK_VERTICES - 1):
                    self.pieces.append(coords[start:start + CHUNK_VERTICES])
                    self.labels.append(label)
        self.index = QgsSpatialIndex(QgsSpatialIndex.FlagStoreFeatureGeometries)
        if not self.pieces:
            return
        bounds = QgsRectangle(extent) if extent is not None and not extent.isNull() else None
        for piece in self.pieces:
            xs, ys = [c[0] for c in piece], [c[1] for c in piece]
            box = QgsRectangle(min(xs), min(ys), max(xs), max(ys))
            bounds = box if bounds is None else bounds
            bounds.combineExtentWith(box)
        self.to_plane = QgsCoordinateTransform(WGS84, conic_for(bounds), QgsCoordinateTransformContext())
        self._scale_table(bounds.center().x(), bounds.yMinimum() - 5.0, bounds.yMaximum() + 5.0)
        for number, piece in enumerate(self.pieces):
            geometry = QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in piece])
            geometry.transform(self.to_plane)
            feature = QgsFeature(number)
            feature.setGeometry(geometry)
            self.index.addFeature(feature)

    def _scale_table(self, lon: float, y0: float, y1: float) -> None:
        """Scale of the projection along parallels every 0.1° of latitude (it depends on latitude only)."""
        self.table_start = math.floor(max(-89.0, y0) * 10) / 10
        count = int((min(89.0, y1) - self.table_start) * 10) + 2
        self.scales = []
        for i in range(count):
            lat = self.table_start + i / 10
            a, b = QgsPointXY(lon, lat), QgsPointXY(lon + 0.01, lat)
            plane = self.to_plane.transform(a).distance(self.to_plane.transform(b))
            self.scales.append(plane / self.measure.measureLine(a, b))

    def _highest_scale(self, lat: float, km: float) -> float:
        """The largest scale between the latitudes a point `km` away could have (meridians have scale 1)."""
        band = km / 110.0 + 0.3  # degrees; the margin covers the poleward bulge of geodesics
        first = max(0, int((lat - band - self.table_start) * 10))
        last = min(len(self.scales), int((lat + band - self.table_start) * 10) + 2)
        inside = self.scales[first:last]
        if first == 0 or last == len(self.scales):  # beyond the table: fall back to its extremes
            inside = self.scales
        return max([1.0, *inside]) * 1.001

    def __bool__(self) -> bool:
        return bool(self.pieces)

    def nearest(self, point: QgsPointXY) -> tuple[str, float] | None:
        """(label, km) of the nearest line to a lon/lat point, or None when there are no lines."""
        if not self.pieces:
            return None
        plane = self.to_plane.transform(point)
        first = self.index.nearestNeighbor(plane, 1)
        if not first:
            return None
        best_index, best_km = first[0], self._km(point, first[0])
        reach = self._highest_scale(point.y(), best_km) * best_km * 1000.0 + 1.0
        wanted = 8
        while True:
            candidates = self.index.nearestNeighbor(plane, wanted, reach)
            if len(candidates) < wanted:
                break
            wanted *= 4
        for index in candidates:
            if index == first[0]:
                continue
            km = self._km(point, index)
            if km < best_km:
                best_index, best_km = index, km
        return self.labels[best_index], best_km

    def _km(self, point: QgsPointXY, index: int) -> float:
        _, x, y = nearest_on_polyline(point.x(), point.y(), self.pieces[index])
        return self.measure.measureLine(point, QgsPointXY(x, y)) / 1000.0


class NearestBasinReach(NearestLine):
    """The nearest reach of the chosen basins of a HydroRIVERS-schema layer, labelled by `label(basin)`.

    QGIS fills the index in C++ straight from the layer: only the chosen basins' reaches (an attribute filter the
    provider runs), projected on the way, so a million reaches never become Python objects. The search is the
    same as NearestLine's; candidates are measured from the index's copy of their geometry.
    """

    def __init__(self, source, basin_field: str, basins, label, extent: QgsRectangle | None = None,
                 feedback=None) -> None:
        self.measure = distance_area()
        self.source, self.basin_field, self.label = source, basin_field, label
        self._labels: dict[int, str] = {}
        self.pieces = []
        self.index = QgsSpatialIndex(QgsSpatialIndex.FlagStoreFeatureGeometries)
        basins = sorted(basins)
        if not basins:
            return
        bounds = QgsCoordinateTransform(source.sourceCrs(), WGS84, QgsCoordinateTransformContext()) \
            .transformBoundingBox(source.sourceExtent()) if source.sourceCrs() != WGS84 else source.sourceExtent()
        if extent is not None and not extent.isNull():
            bounds.combineExtentWith(extent)
        crs = conic_for(bounds)
        self.to_plane = QgsCoordinateTransform(WGS84, crs, QgsCoordinateTransformContext())
        self.from_plane = QgsCoordinateTransform(crs, WGS84, QgsCoordinateTransformContext())
        self._scale_table(bounds.center().x(), bounds.yMinimum() - 5.0, bounds.yMaximum() + 5.0)
        wanted = ",".join(str(int(b)) for b in basins)
        request = QgsFeatureRequest().setFilterExpression(
            f"{QgsExpression.quotedColumnRef(basin_field)} IN ({wanted})")
        request.setDestinationCrs(crs, QgsCoordinateTransformContext())
        request.setNoAttributes()  # the filter still reads its field; the index needs none
        self.index = QgsSpatialIndex(source.getFeatures(request), feedback,
                                     QgsSpatialIndex.FlagStoreFeatureGeometries)
        self.pieces = [True]  # NearestLine.nearest only asks whether there is anything to search
        self.labels = _Labels(self, request)

    def _km(self, point: QgsPointXY, index: int) -> float:
        geometry = QgsGeometry(self.index.geometry(index))
        geometry.transform(self.from_plane)
        best = math.inf
        for part in line_parts(geometry):
            _, x, y = nearest_on_polyline(point.x(), point.y(), [(p.x(), p.y()) for p in part])
            best = min(best, self.measure.measureLine(point, QgsPointXY(x, y)) / 1000.0)
        return best


class _Labels:
    """Labels of indexed reaches by feature id, read from the layer when first asked for.

    One request per reach is cheap for a few facilities; past LABELS_ONE_BY_ONE misses, one attribute-only pass
    over the indexed basins reads them all.
    """

    def __init__(self, owner: NearestBasinReach, request: QgsFeatureRequest) -> None:
        self.owner = weakref.ref(owner)  # no reference cycle: the index is freed where it was built
        self.request = request
        self.misses = 0

    def _label(self, value) -> str:
        return self.owner().label(int(value)) if value not in (None, "") and str(value) != "NULL" else ""

    def __getitem__(self, fid: int) -> str:
        owner = self.owner()
        labels = owner._labels
        if fid in labels:
            return labels[fid]
        self.misses += 1
        fields = owner.source.fields()
        if self.misses > LABELS_ONE_BY_ONE:
            request = QgsFeatureRequest(self.request).setFlags(QgsFeatureRequest.Flag.NoGeometry)
            request.setSubsetOfAttributes([owner.basin_field], fields)
            for feature in owner.source.getFeatures(request):
                labels[feature.id()] = self._label(feature[owner.basin_field])
        else:
            request = QgsFeatureRequest(fid).setFlags(QgsFeatureRequest.Flag.NoGeometry)
            request.setSubsetOfAttributes([owner.basin_field], fields)
            feature = next(owner.source.getFeatures(request), None)
            labels[fid] = self._label(feature[owner.basin_field]) if feature is not None else ""
        return labels.setdefault(fid, "")


def facilities_extent(points) -> QgsRectangle | None:
    """The lon/lat extent of the facility points, so the projection's scale bounds cover them too."""
    located = [p for p in points if p is not None]
    if not located:
        return None
    xs, ys = [p.x() for p in located], [p.y() for p in located]
    return QgsRectangle(min(xs), min(ys), max(xs), max(ys))

