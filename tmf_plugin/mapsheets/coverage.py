"""Where each sheet looks: the sheet CRS, the facilities' private copy and the atlas coverage (facility and region)."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsRectangle,
    QgsSpatialIndex,
    QgsVectorLayer,
)

from ..core.compat import FieldType, make_field, null_rectangle
from ..core.countries import HOME_COUNTRY, feature_keys, lookup_fields, query_keys, region_name_field
from ..core.facilities import facility_location
from ..core.gazetteer import LABEL_FIELD
from ..core.geodesy import to_wgs84
from ..i18n import tr

# Lambert conformal conic fitted to Kazakhstan: shapes and km distances stay true across the whole country.
SHEET_CRS_PROJ = "+proj=lcc +lat_0=48 +lon_0=68 +lat_1=45 +lat_2=51 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"
MIN_FACILITY_EXTENT_M = 60_000.0  # a facility sheet shows at least 60 km around the facility
FLAGS = ("high", "medium", "none")


def sheet_crs() -> QgsCoordinateReferenceSystem:
    """The projected CRS every sheet is drawn in."""
    return QgsCoordinateReferenceSystem.fromProj(SHEET_CRS_PROJ)


def facilities_copy(source: QgsVectorLayer, name: str) -> QgsVectorLayer:
    """The facilities as a private point layer in EPSG:4326, plus the field sheet_region filled later."""
    crs = QgsCoordinateReferenceSystem("EPSG:4326")
    copy = QgsVectorLayer(f"Point?crs={crs.authid()}", name, "memory")
    fields = source.fields()
    provider = copy.dataProvider()
    # sheet_flag: tb_flag reduced to high / medium / none / "" so that unflagged facilities (no field, NULL or an
    # unknown word) still have a legend entry, which the legend's map filter drops for a missing attribute.
    provider.addAttributes(list(fields) + [make_field("sheet_region", FieldType.String),
                                           make_field("sheet_flag", FieldType.String)])
    copy.updateFields()
    if fields.indexOf("tmf_id") < 0:
        raise QgsProcessingException(
            tr("The facilities layer {name} has no tmf_id field; export it from the Inventory step first.").format(
                name=source.name()))
    transform = to_wgs84(source.crs())
    flag_index = fields.indexOf("tb_flag")
    features = []
    for feature in source.getFeatures():
        point = facility_location(feature.geometry(), transform)
        if point is None:
            raise QgsProcessingException(tr("Facility {id} in {name} has no location.").format(
                id=feature["tmf_id"], name=source.name()))
        out = QgsFeature(copy.fields())
        out.setGeometry(QgsGeometry.fromPointXY(point))
        flag = str(feature["tb_flag"]).strip().lower() if flag_index >= 0 else ""
        out.setAttributes(list(feature.attributes()) + [None, flag if flag in FLAGS else ""])
        features.append(out)
    provider.addFeatures(features)
    copy.updateExtents()
    return copy


def to_sheet(layer: QgsVectorLayer, crs) -> QgsCoordinateTransform:
    """From a layer's CRS to the sheet CRS."""
    return QgsCoordinateTransform(layer.crs(), crs, layer.transformContext())


def home_extent(countries: QgsVectorLayer | None, facilities: QgsVectorLayer, crs) -> QgsRectangle:
    """Extent of Kazakhstan (and of all facilities) in the sheet CRS."""
    extent = null_rectangle()
    if countries is not None:
        # The countries lookup every job uses: "KAZ", "Kazakhstan" or "Қазақстан", in a code or any name field.
        wanted = query_keys(HOME_COUNTRY)
        name_fields, code_fields = lookup_fields(countries.fields())
        transform = to_sheet(countries, crs)
        for feature in countries.getFeatures():
            if wanted & feature_keys(feature, name_fields, code_fields)[1]:
                geometry = QgsGeometry(feature.geometry())
                geometry.transform(transform)
                extent.combineExtentWith(geometry.boundingBox())
    transform = to_sheet(facilities, crs)
    for feature in facilities.getFeatures():
        geometry = QgsGeometry(feature.geometry())
        geometry.transform(transform)
        extent.combineExtentWith(geometry.boundingBox())
    return extent


def facility_coverage(facilities: QgsVectorLayer, paths: QgsVectorLayer | None, corridors: QgsVectorLayer | None,
                      crs, feedback=None) -> QgsVectorLayer:
    """One rectangle per facility, in the sheet CRS, fitting the facility, its downstream path and its corridor."""
    coverage = QgsVectorLayer(f"Polygon?crs={crs.toWkt()}", "sheet coverage", "memory")
    coverage.setCrs(crs)
    coverage.dataProvider().addAttributes([make_field("tmf_id", FieldType.String),
                                           make_field("name", FieldType.String)])
    coverage.updateFields()
    extents: dict[str, QgsRectangle] = {}
    for layer in (paths, corridors):
        if layer is None or layer.fields().indexOf("tmf_id") < 0:
            continue
        transform = to_sheet(layer, crs)
        for feature in layer.getFeatures():
            geometry = QgsGeometry(feature.geometry())
            if geometry.isEmpty():
                continue
            geometry.transform(transform)
            key = str(feature["tmf_id"])
            box = extents.setdefault(key, QgsRectangle(geometry.boundingBox()))
            box.combineExtentWith(geometry.boundingBox())
    transform = to_sheet(facilities, crs)
    features = []
    for feature in sorted(facilities.getFeatures(), key=lambda f: str(f["tmf_id"])):
        point = QgsGeometry(feature.geometry())
        point.transform(transform)
        box = QgsRectangle(point.boundingBox())
        if str(feature["tmf_id"]) in extents:
            box.combineExtentWith(extents[str(feature["tmf_id"])])
        centre = box.center()
        half_w = max(box.width(), MIN_FACILITY_EXTENT_M) / 2
        half_h = max(box.height(), MIN_FACILITY_EXTENT_M) / 2
        box = QgsRectangle(centre.x() - half_w, centre.y() - half_h, centre.x() + half_w, centre.y() + half_h)
        out = QgsFeature(coverage.fields())
        out.setGeometry(QgsGeometry.fromRect(box))
        name_index = facilities.fields().indexOf("name")
        out.setAttributes([str(feature["tmf_id"]), feature.attributes()[name_index] if name_index >= 0 else None])
        features.append(out)
    coverage.dataProvider().addFeatures(features)
    coverage.updateExtents()
    return coverage


def region_coverage(regions: QgsVectorLayer, facilities: QgsVectorLayer, crs) -> QgsVectorLayer:
    """The regions holding at least one facility, in the sheet CRS, ordered by name; tags each facility's region."""
    # The translated name first (the regions' copy carries it), then the name fields the inventory's region fill uses.
    name_field = region_name_field(regions.fields(), LABEL_FIELD)
    coverage = QgsVectorLayer(f"MultiPolygon?crs={crs.toWkt()}", "sheet regions", "memory")
    coverage.setCrs(crs)
    coverage.dataProvider().addAttributes([make_field("name", FieldType.String),
                                           make_field("facilities", FieldType.Int)])
    coverage.updateFields()
    to_regions = QgsCoordinateTransform(facilities.crs(), regions.crs(), regions.transformContext())
    index = QgsSpatialIndex(regions.getFeatures())
    counts: dict[int, int] = {}
    region_of: dict[int, int] = {}
    for feature in facilities.getFeatures():
        point = QgsGeometry(feature.geometry())
        point.transform(to_regions)
        for candidate in index.intersects(point.boundingBox()):
            region = regions.getFeature(candidate)
            if region.geometry().contains(point):
                counts[candidate] = counts.get(candidate, 0) + 1
                region_of[feature.id()] = candidate
                break
    names = {}
    transform = to_sheet(regions, crs)
    features = []
    for region_id, count in counts.items():
        region = regions.getFeature(region_id)
        name = str(region[name_field]) if name_field else str(region_id)
        names[region_id] = name
        geometry = QgsGeometry(region.geometry())
        geometry.transform(transform)
        out = QgsFeature(coverage.fields())
        out.setGeometry(geometry)
        out.setAttributes([name, count])
        features.append(out)
    features.sort(key=lambda f: f["name"])
    coverage.dataProvider().addFeatures(features)
    coverage.updateExtents()
    column = facilities.fields().indexOf("sheet_region")
    facilities.dataProvider().changeAttributeValues(
        {fid: {column: names[region_id]} for fid, region_id in region_of.items()})
    return coverage


