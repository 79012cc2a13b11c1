"""Measured sketch of the proposed transboundary read: only the reaches near the border and near each facility.

Classification by course needs the geometry of the reaches that can cross the border, which the provider's spatial
index finds from boxes along the border; the nearest transboundary river of a facility lies in a box around it that
grows until it holds a river nearer than its own half-width. Results are compared with the plugin's full read.
"""

from __future__ import annotations

import math
import time

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsPointXY, QgsRectangle

from tmf_plugin.transboundary.measure import distance_area, line_parts
from tmf_plugin.transboundary.names import NameList
from tmf_plugin.transboundary.rivers import (
    River,
    Transboundary,
    _text,
    basin_field,
    crossing_groups,
    name_fields,
)

BORDER_PIECE_KM = 20.0  # short border pieces keep their boxes, and the reaches read from them, few
FIRST_RADIUS_KM = 12.0
GROWTH = 3.0


class RiverReader:
    """Reads River objects from a source in EPSG:4326 by box or by feature id, attributes first."""

    def __init__(self, source) -> None:
        self.source = source
        self.names = name_fields(source)
        self.basin = basin_field(source)
        self.attributes = self.names + ([self.basin] if self.basin else [])
        self.read = 0  # features whose geometry was read

    def _river(self, feature, geometry: QgsGeometry) -> River:
        texts = tuple(text for text in (_text(feature[n]) for n in self.names) if text)
        basin_id = _text(feature[self.basin]) if self.basin else ""
        return River(fid=feature.id(), names=texts, basin=int(float(basin_id)) if basin_id else None,
                     geometry=geometry)

    def in_box(self, box: QgsRectangle, keep=None) -> list[River]:
        """Rivers whose box meets `box`; with `keep`, geometry is read only for rivers it accepts."""
        request = QgsFeatureRequest().setFilterRect(box).setSubsetOfAttributes(self.attributes, self.source.fields())
        if keep is None:
            rivers = [self._river(f, QgsGeometry(f.geometry())) for f in self.source.getFeatures(request)]
            self.read += len(rivers)
            return rivers
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
        wanted = [f.id() for f in self.source.getFeatures(request)
                  if keep(self._river(f, QgsGeometry()))]
        if not wanted:
            return []
        request = QgsFeatureRequest().setFilterFids(wanted).setSubsetOfAttributes(self.attributes,
                                                                                  self.source.fields())
        rivers = [self._river(f, QgsGeometry(f.geometry())) for f in self.source.getFeatures(request)]
        self.read += len(rivers)
        return rivers


def border_boxes(country) -> list[QgsRectangle]:
    """Boxes of at most BORDER_PIECE_KM along the country's border."""
    boxes = []
    for part in line_parts(country.boundary):
        for a, b in zip(part, part[1:]):
            km = math.hypot((b.x() - a.x()) * 111.0 * math.cos(math.radians(a.y())), (b.y() - a.y()) * 111.0)
            steps = max(1, math.ceil(km / BORDER_PIECE_KM))
            for i in range(steps):
                x0 = a.x() + (b.x() - a.x()) * i / steps
                y0 = a.y() + (b.y() - a.y()) * i / steps
                x1 = a.x() + (b.x() - a.x()) * (i + 1) / steps
                y1 = a.y() + (b.y() - a.y()) * (i + 1) / steps
                box = QgsRectangle(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
                box.grow(0.01)
                boxes.append(box)
    return boxes


def transboundary_near_border(reader: RiverReader, country, names: str) -> Transboundary:
    """Groups crossing the border, judged on the reaches near it only."""
    seen, near = set(), []
    for box in border_boxes(country):
        for river in reader.in_box(box):
            if river.fid not in seen:
                seen.add(river.fid)
                near.append(river)
    return Transboundary(by_course=crossing_groups(near, country), by_name=NameList(names))


class BasinIndex:
    """Nearest transboundary reach through a spatial index that QGIS fills in C++ from the provider.

    Only reaches of the transboundary basins are fetched (an attribute filter the provider runs as SQL), projected
    on the fly to the plugin's equidistant conic; nearest candidates in the plane are measured on the ellipsoid,
    and the conic's scale bounds say when no farther candidate can be nearer.
    """

    def __init__(self, source, basin_field_name: str, basins: list[int], extent: QgsRectangle) -> None:
        from qgis.core import QgsCoordinateTransform, QgsCoordinateTransformContext, QgsSpatialIndex

        from tmf_plugin.transboundary.measure import WGS84
        from tmf_plugin.transboundary.nearest import conic_for

        crs = conic_for(extent)
        self.to_plane = QgsCoordinateTransform(WGS84, crs, QgsCoordinateTransformContext())
        self.from_plane = QgsCoordinateTransform(crs, WGS84, QgsCoordinateTransformContext())
        self.measure = distance_area()
        self.high = self._largest_scale(extent)
        request = QgsFeatureRequest().setFilterExpression(
            f'"{basin_field_name}" IN ({",".join(str(b) for b in basins) or "NULL"})')
        request.setDestinationCrs(crs, QgsCoordinateTransformContext())
        self.index = QgsSpatialIndex(source.getFeatures(request), None, QgsSpatialIndex.FlagStoreFeatureGeometries)

    def _largest_scale(self, extent: QgsRectangle) -> float:
        """Largest scale of the conic over the extent's latitudes (plus 5 degrees), with a safety margin."""
        scales = [1.0]
        lon = extent.center().x()
        for i in range(61):
            lat = extent.yMinimum() - 5.0 + (extent.height() + 10.0) * i / 60
            a, b = QgsPointXY(lon, lat), QgsPointXY(lon + 0.01, lat)
            plane = self.to_plane.transform(a).distance(self.to_plane.transform(b))
            scales.append(plane / self.measure.measureLine(a, b))
        return max(scales) * 1.01

    def _km(self, point: QgsPointXY, plane: QgsPointXY, fid: int) -> float:
        _, nearest, _, _ = self.index.geometry(fid).closestSegmentWithContext(plane)
        return self.measure.measureLine(point, self.from_plane.transform(nearest)) / 1000.0

    def nearest(self, point: QgsPointXY) -> tuple[int, float] | None:
        """(feature id, km) of the nearest transboundary reach."""
        plane = self.to_plane.transform(point)
        first = self.index.nearestNeighbor(plane, 1)
        if not first:
            return None
        best = (first[0], self._km(point, plane, first[0]))
        reach = self.high * best[1] * 1000.0 * 1.001 + 1.0
        wanted = 8
        while True:
            candidates = self.index.nearestNeighbor(plane, wanted, reach)
            if len(candidates) < wanted:
                break
            wanted *= 4
        for fid in candidates:
            km = self._km(point, plane, fid)
            if km < best[1]:
                best = (fid, km)
        return best


def basin_label_of(source, reader: RiverReader, fid: int) -> str:
    """The label users read for the reach with this feature id."""
    feature = next(source.getFeatures(QgsFeatureRequest(fid)))
    return reader._river(feature, QgsGeometry()).label


def run(facilities, source, country, names: str) -> dict:
    """Timed proposal: classification near the border, then a growing search per facility."""
    start = time.perf_counter()
    reader = RiverReader(source)
    transboundary = transboundary_near_border(reader, country, names)
    classified = time.perf_counter() - start
    border_read = reader.read
    basins = sorted(int(group.split(":")[1]) for group in transboundary.by_course if group.startswith("basin:"))
    from tmf_plugin.transboundary.nearest import facilities_extent

    extent = facilities_extent(f.point for f in facilities)
    extent.combineExtentWith(country.geometry.boundingBox())
    index = BasinIndex(source, reader.basin, basins, extent)
    indexed = time.perf_counter()
    found = [index.nearest(f.point) if f.point is not None else None for f in facilities]
    hits = [(basin_label_of(source, reader, hit[0]), hit[1]) if hit else None for hit in found]
    return {"seconds": time.perf_counter() - start, "classify_seconds": classified,
            "index_seconds": indexed - start - classified, "border_reaches": border_read,
            "reaches_read": reader.read, "groups": sorted(transboundary.by_course), "hits": hits}
