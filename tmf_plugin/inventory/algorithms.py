"""Processing algorithms of job 1: tmf:importinventory and tmf:hazardindex."""

from __future__ import annotations

import datetime
import json
import math
import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsMapLayer,
    QgsPoint,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterMapLayer,
    QgsProcessingParameterString,
    QgsSpatialIndex,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate

from ..core.attributes import plain
from ..core.compat import FieldType, make_field
from ..core.countries import feature_keys, lookup_fields, query_keys, region_name_field
from ..core.geodesy import WGS84
from ..i18n import tr
from ..paths import sample_layers_dir
from ..processing.base import TmfAlgorithm, TmfFeatureAlgorithm
from .columns import CANONICAL_FIELDS, FIELD_NAMES, detect_mapping, merge_mapping
from .hazard import OUTPUT_FIELDS, canonical_inputs, hazard_index, load_scores
from .readers import read_features, read_source, table_file_of
from .records import ImportResult

_TYPES = {
    "text": FieldType.String, "status": FieldType.String, "dam_type": FieldType.String,
    "dam_condition": FieldType.String, "consequence": FieldType.String, "real": FieldType.Double,
    "year": FieldType.Int, "class3": FieldType.Int, "bool": FieldType.Bool, "date": FieldType.Date,
}


def facility_fields() -> QgsFields:
    """The canonical fields of SPEC section 3, in order, with their types."""
    fields = QgsFields()
    for name, kind in CANONICAL_FIELDS:
        fields.append(make_field(name, _TYPES[kind]))
    return fields


def report_fields() -> QgsFields:
    """Fields of the validation report: row, field, value, problem, then the source column, the ID and placed."""
    fields = QgsFields()
    fields.append(make_field("row", FieldType.Int))
    for name in ("field", "value", "problem", "column", "tmf_id"):
        fields.append(make_field(name, FieldType.String))
    fields.append(make_field("placed", FieldType.Bool))
    return fields


def _qt_value(value):
    if isinstance(value, datetime.date):
        return QDate(value.year, value.month, value.day)
    return value


def _polygon_in_wgs84(feature, transform, layer_name: str, feedback) -> QgsGeometry | None:
    """A border or region polygon in EPSG:4326, made valid; None (with a warning naming it) when it cannot be used."""
    geometry = QgsGeometry(feature.geometry())
    if geometry.isEmpty():
        return None
    try:
        geometry.transform(transform)
        box = geometry.boundingBox()
        usable = all(math.isfinite(v) for v in (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()))
    except QgsCsException:
        usable = False
    if not usable:  # e.g. coordinates far outside the layer's projection: one broken polygon must not void all
        feedback.pushWarning(tr("Feature {fid} of {layer} cannot be placed in EPSG:4326; it is left out.").format(
            fid=feature.id(), layer=layer_name))
        return None
    # A self-intersecting border would answer point-in-polygon questions wrongly.
    return geometry if geometry.isGeosValid() else geometry.makeValid()


def _some(headers: list[str], limit: int = 40) -> str:
    """Column names for a message; a file with thousands of columns gets the first ones and a count."""
    shown = ", ".join(str(h)[:80] for h in headers[:limit])
    if len(headers) > limit:
        shown += " " + tr("... ({count} columns in all)").format(count=len(headers))
    return shown


class InventoryInput(QgsProcessingParameterMapLayer):
    """The INPUT layer parameter, which takes any existing file without opening it first.

    QGIS checks a layer parameter by opening the value with OGR, before the algorithm runs: that rejects CSV files
    OGR cannot parse (the plugin reads those itself) and waits for ever on a named pipe. Files are checked here by
    what they are; the algorithm's own check then explains anything that is not a regular file.
    """

    def clone(self):
        copy = InventoryInput(self.name(), self.description(), self.defaultValue(), False, self.dataTypes())
        copy.setFlags(self.flags())
        copy.setMetadata(self.metadata())
        copy.setHelp(self.help())
        return copy

    def checkValueIsAcceptable(self, value, context=None):
        plain = value.split("|")[0] if isinstance(value, str) else ""
        if plain and os.path.exists(plain) and not os.path.isdir(plain):
            return True
        return super().checkValueIsAcceptable(value, context)


class InventoryAlgorithm(TmfAlgorithm):
    GROUP_ID = "inventory"

    def group(self) -> str:
        return tr("1. Inventory")


class ImportInventoryAlgorithm(InventoryAlgorithm):
    """Read an inventory file into canonical facility points with a validation report."""

    ID = "importinventory"

    def displayName(self) -> str:
        return tr("Import TMF inventory")

    def shortHelpString(self) -> str:
        return self.help_file() or tr(
            "Reads a TMF inventory (CSV/TXT, XLSX/ODS, GeoPackage, Shapefile, GeoJSON or a loaded layer) into "
            "facility points in EPSG:4326 with the canonical fields, and writes a report of every row that "
            "could not be read as it was.")

    def initAlgorithm(self, config=None):
        self.addParameter(InventoryInput(
            "INPUT", tr("Inventory (spreadsheet, table or layer)"), types=[QgsProcessing.SourceType.TypeVector]))
        self.addParameter(QgsProcessingParameterString(
            "FIELD_MAP", tr('Column mapping as JSON, e.g. {"name": "Site name", "latitude": "N"} (empty: detected)'),
            optional=True))
        self.addParameter(QgsProcessingParameterCrs(
            "SOURCE_CRS", tr("CRS of the coordinate columns"), defaultValue="EPSG:4326", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "COUNTRY", tr("Country polygons to check points against (empty: the shipped Natural Earth borders)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterString(
            "COUNTRY_NAME", tr("Country in that layer (name or ISO code; empty: all polygons, or no check)"),
            defaultValue="KAZ", optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "REGIONS", tr("Admin-1 regions to fill an empty region"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            "REGION_FIELD", tr("Region name field"), defaultValue="name", parentLayerParameterName="REGIONS",
            type=QgsProcessingParameterField.DataType.String, optional=True))
        keep = QgsProcessingParameterBoolean(
            "KEEP_OUTSIDE", tr("Place points outside the country anyway (still reported)"), defaultValue=False)
        keep.setFlags(keep.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(keep)
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", tr("Facilities"), QgsProcessing.SourceType.TypeVectorPoint, QgsProcessing.TEMPORARY_OUTPUT))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "REPORT", tr("Import report"), QgsProcessing.SourceType.TypeVector, QgsProcessing.TEMPORARY_OUTPUT,
            optional=True))
        self.addOutput(QgsProcessingOutputNumber("ROWS", tr("Rows read")))
        self.addOutput(QgsProcessingOutputNumber("PLACED", tr("Facilities placed")))
        self.addOutput(QgsProcessingOutputNumber("NOT_PLACED", tr("Rows not placed")))
        self.addOutput(QgsProcessingOutputNumber("REPORTED_ROWS", tr("Rows with a problem")))

    def checkParameterValues(self, parameters, context):
        """Accept any existing file as INPUT: CSV/TXT are read here, not by OGR, which rejects many of them."""
        raw = parameters.get("INPUT")
        plain = raw.split("|")[0] if isinstance(raw, str) else ""
        if plain and os.path.exists(plain) and not os.path.isfile(plain) and not os.path.isdir(plain):
            # A pipe or a device: opening it to look inside would wait for a writer that never comes.
            return False, tr("{path} is not a regular file (a pipe or a device?); choose the inventory file "
                             "itself.").format(path=plain)
        if isinstance(raw, str) and os.path.isfile(raw.split("|")[0]):
            for definition in self.parameterDefinitions():
                if definition.name() != "INPUT" and not definition.checkValueIsAcceptable(
                        parameters.get(definition.name()), context):
                    return False, tr("Incorrect parameter value for {name}").format(name=definition.name())
            return True, ""
        ok, message = super().checkParameterValues(parameters, context)
        if not ok and isinstance(raw, str) and raw.strip():
            plain = raw.split("|")[0]
            if os.path.isdir(plain):
                return False, tr("{path} is a folder, not an inventory file.").format(path=plain)
            if os.sep in plain and not os.path.exists(plain):
                return False, tr("The file {path} does not exist.").format(path=plain)
        return ok, message

    # Reading ---------------------------------------------------------------------------------------------------

    def _read_input(self, parameters, context):
        raw = parameters.get("INPUT")
        if not isinstance(raw, QgsMapLayer):
            text = self.parameterAsString(parameters, "INPUT", context)
            if text and os.path.isfile(text.split("|")[0]):
                return read_source(text)
        layer = self.parameterAsLayer(parameters, "INPUT", context)
        path = table_file_of(layer) if layer is not None else None
        if path:
            return read_source(path)
        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            raise QgsProcessingException(tr("The inventory {input} is neither a readable file nor a layer.").format(
                input=raw))
        return read_features(source.fields(), source.sourceCrs(), source.wkbType(), source.getFeatures(),
                             source.sourceName(), context.transformContext())

    def _input_name(self, parameters, context) -> str:
        """The inventory as the user named it: its file path, or the layer's name."""
        raw = parameters.get("INPUT")
        if isinstance(raw, QgsMapLayer):
            return raw.name()
        return self.parameterAsString(parameters, "INPUT", context) or str(raw)

    def _country_test(self, parameters, context, feedback):
        """inside(lon, lat) for the chosen country and its name; the shipped borders when no layer is given."""
        written = (self.parameterAsString(parameters, "COUNTRY_NAME", context) or "").strip()
        wanted = query_keys(written)
        source = self.parameterAsSource(parameters, "COUNTRY", context)
        if source is None:
            shipped = sample_layers_dir() / "countries.gpkg"
            if not wanted or not shipped.exists():
                return None, ""
            source = QgsVectorLayer(str(shipped), "countries", "ogr")
            feedback.pushInfo(tr("Points are checked against {name} in the shipped Natural Earth borders "
                                 "(clear the country name to skip the check).").format(name=written))
        transform = QgsCoordinateTransform(source.sourceCrs(), WGS84, context.transformContext())
        chosen, everything, label = [], [], ""
        # The same rule as the transboundary check's, so "Қазақстан", "Kazakhstan" and "KAZ" work in both jobs.
        name_fields, code_fields = lookup_fields(source.fields())
        for feature in source.getFeatures():
            geometry = _polygon_in_wgs84(feature, transform, source.sourceName(), feedback)
            if geometry is None:
                continue
            everything.append(geometry)
            name, keys, _ = feature_keys(feature, name_fields, code_fields)
            if wanted & keys:
                chosen.append(geometry)
                label = label or name
        if wanted and not chosen:
            feedback.pushWarning(tr("No polygon of the country layer is named {name}; all its polygons are used.")
                                 .format(name=written))
        polygons = chosen or everything
        if not polygons:
            return None, ""
        country = QgsGeometry.unaryUnion(polygons)
        engine = QgsGeometry.createGeometryEngine(country.constGet())
        engine.prepareGeometry()
        return (lambda lon, lat: engine.intersects(QgsPoint(lon, lat))), (label or tr("the country"))

    def process(self, parameters, context, feedback):
        table = self._read_input(parameters, context)
        feedback.pushInfo(tr("Read {rows} rows ({how}); header in row {header}.").format(
            rows=len(table.rows), how=table.description, header=table.header_row))

        overrides_text = self.parameterAsString(parameters, "FIELD_MAP", context) or ""
        try:
            overrides = json.loads(overrides_text) if overrides_text.strip() else {}
            if not isinstance(overrides, dict):
                raise ValueError("not an object")
            mapping = merge_mapping(detect_mapping(table.headers), overrides, table.headers)
        except (ValueError, RecursionError) as error:  # RecursionError: JSON nested thousands of levels deep
            raise QgsProcessingException(tr("FIELD_MAP is not a JSON object of field: column ({error}).").format(
                error=str(error)[:200])) from error
        except KeyError as error:
            raise QgsProcessingException(tr("FIELD_MAP: {error}. Columns in the file: {columns}.").format(
                error=error.args[0], columns=_some(table.headers))) from error
        for key, column in mapping.items():
            feedback.pushInfo(f"  {key} <- {column}")
        if not {"latitude", "longitude"} <= set(mapping) and "coordinates" not in mapping and not table.has_geometry:
            if not mapping:
                raise QgsProcessingException(tr(
                    "{input}: no column is recognised as an inventory column (ID, name, latitude, longitude ...); "
                    "map them in FIELD_MAP. Columns in the file: {columns}.").format(
                    input=self._input_name(parameters, context), columns=_some(table.headers)))
            feedback.pushWarning(tr("No latitude/longitude columns were recognised; map them in FIELD_MAP. "
                                    "Columns in the file: {columns}.").format(columns=_some(table.headers)))

        crs = self.parameterAsCrs(parameters, "SOURCE_CRS", context)
        if not crs.isValid():
            crs = WGS84
        xy_to_lonlat = None
        if crs.authid() != "EPSG:4326":
            transform = QgsCoordinateTransform(crs, WGS84, context.transformContext())

            def xy_to_lonlat(x, y):
                point = transform.transform(QgsPointXY(x, y))
                return point.x(), point.y()

        inside, country = self._country_test(parameters, context, feedback)
        result = self._build(table, mapping, crs, xy_to_lonlat, inside, country, parameters, context, feedback)
        if feedback.isCanceled():
            return {}
        self._fill_regions(result, parameters, context, feedback)

        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, facility_fields(),
                                          QgsWkbTypes.Type.Point, WGS84)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        for facility in result.placed:
            feature = QgsFeature(facility_fields())
            feature.setAttributes([_qt_value(facility.attributes.get(name)) for name in FIELD_NAMES])
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(facility.lon, facility.lat)))
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        report, report_dest = self.parameterAsSink(parameters, "REPORT", context, report_fields(),
                                                   QgsWkbTypes.Type.NoGeometry, QgsCoordinateReferenceSystem())
        for problem in result.problems if report is not None else []:
            feature = QgsFeature(report_fields())
            feature.setAttributes([problem.row, problem.field, problem.value, problem.problem, problem.column,
                                   problem.tmf_id, problem.placed])
            report.addFeature(feature, QgsFeatureSink.Flag.FastInsert)

        shown = 200  # the log is for a first look; the REPORT table has every line
        for problem in result.problems[:shown]:
            feedback.pushWarning(tr("Row {row}, {field} \"{value}\": {problem}").format(
                row=problem.row, field=problem.field, value=problem.value, problem=problem.problem))
        if len(result.problems) > shown:
            feedback.pushWarning(tr("... and {count} more problems in the report.").format(
                count=len(result.problems) - shown))
        placed = len(result.placed)
        reported = len(result.reported_rows())
        feedback.pushInfo(tr("{placed} facilities placed, {reported} rows reported, {missing} rows not placed.")
                          .format(placed=placed, reported=reported, missing=len(result.facilities) - placed))
        return {"OUTPUT": dest, "REPORT": report_dest, "ROWS": len(table.rows), "PLACED": placed,
                "NOT_PLACED": len(result.facilities) - placed, "REPORTED_ROWS": reported}

    def _build(self, table, mapping, crs, xy_to_lonlat, inside, country, parameters, context, feedback) -> ImportResult:
        from .records import build_facilities

        return build_facilities(
            table, mapping, projected=not crs.isGeographic(), xy_to_lonlat=xy_to_lonlat, inside=inside, country=country,
            keep_outside=self.parameterAsBoolean(parameters, "KEEP_OUTSIDE", context),
            feedback_cancelled=feedback.isCanceled, progress=lambda f: feedback.setProgress(90 * f))

    def _fill_regions(self, result: ImportResult, parameters, context, feedback) -> None:
        """Region from the admin-1 polygon under each placed facility whose region column was empty."""
        source = self.parameterAsSource(parameters, "REGIONS", context)
        if source is None:
            return
        field_name = region_name_field(source.fields(),
                                       self.parameterAsString(parameters, "REGION_FIELD", context) or "name")
        if field_name is None:
            feedback.pushWarning(tr("The regions layer has no text field; regions are not filled."))
            return
        transform = QgsCoordinateTransform(source.sourceCrs(), WGS84, context.transformContext())
        index, regions = QgsSpatialIndex(), {}
        for feature in source.getFeatures(QgsFeatureRequest().setSubsetOfAttributes([field_name], source.fields())):
            geometry = _polygon_in_wgs84(feature, transform, source.sourceName(), feedback)
            if geometry is None:
                continue
            regions[feature.id()] = (geometry, plain(feature[field_name]))
            index.addFeature(feature.id(), geometry.boundingBox())
        filled = 0
        for facility in result.placed:
            if facility.attributes.get("region"):
                continue
            point = QgsGeometry.fromPointXY(QgsPointXY(facility.lon, facility.lat))
            for fid in index.intersects(point.boundingBox()):
                geometry, name = regions[fid]
                if name and geometry.intersects(point):
                    facility.attributes["region"] = str(name)
                    filled += 1
                    break
        feedback.pushInfo(tr("Region filled from {field} for {count} facilities.").format(field=field_name,
                                                                                          count=filled))


class HazardIndexAlgorithm(TmfFeatureAlgorithm):
    """Tailings Hazard Index (THI) of each facility: one output feature per input feature."""

    ID = "hazardindex"
    GROUP_ID = InventoryAlgorithm.GROUP_ID
    group = InventoryAlgorithm.group

    def displayName(self) -> str:
        return tr("Tailings hazard index (THI)")

    def shortHelpString(self) -> str:
        return self.help_file() or tr("Scores each facility with the Tailings Hazard Index.")

    def inputLayerTypes(self) -> list[int]:
        return [QgsProcessing.SourceType.TypeVector]

    def inputParameterDescription(self) -> str:
        return tr("Facilities")

    def outputName(self) -> str:
        return tr("Facilities with THI")

    def outputLayerType(self):
        return QgsProcessing.SourceType.TypeVectorAnyGeometry

    def flags(self):
        # It adds fields, which editing a layer in place cannot: not offered for in-place editing.
        return QgsProcessingAlgorithm.flags(self)

    def supportInPlaceEdit(self, layer) -> bool:
        return False

    def initParameters(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            "SCORES", tr("Class-score table (CSV; empty: the shipped default)"), extension="csv", optional=True))

    def initAlgorithm(self, config=None):
        super().initAlgorithm(config or {})  # INPUT, initParameters, OUTPUT
        self.parameterDefinition("OUTPUT").setDefaultValue(QgsProcessing.TEMPORARY_OUTPUT)
        self.addOutput(QgsProcessingOutputNumber("INCOMPLETE", tr("Facilities with an incomplete THI")))

    def prepare(self, parameters, context, feedback) -> None:
        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, "INPUT"))
        self._table = load_scores(self.parameterAsFile(parameters, "SCORES", context) or None)
        feedback.pushInfo(tr("Class scores from {path}").format(path=self._table.source))
        self._input_names = source.fields().names()
        for needed in ("volume_m3", "water_hazard_class", "status", "flood_prone", "seismicity", "dam_condition"):
            if needed not in self._input_names:
                feedback.pushWarning(tr("The input has no field {field}; every THI will be incomplete.").format(
                    field=needed))
        self._incomplete = 0

    def outputFields(self, input_fields) -> QgsFields:
        fields = QgsFields()
        self._kept = [f.name() for f in input_fields if f.name() not in OUTPUT_FIELDS]  # a re-run replaces scores
        for name in self._kept:
            fields.append(input_fields.field(name))
        for name in OUTPUT_FIELDS:
            fields.append(make_field(name, FieldType.Bool if name == "thi_complete" else FieldType.Double))
        self._fields = fields
        return fields

    def processFeature(self, feature, context, feedback) -> list[QgsFeature]:
        attributes = canonical_inputs({name: plain(feature[name]) for name in self._input_names})
        scores = hazard_index(attributes, self._table)
        self._incomplete += 0 if scores["thi_complete"] else 1
        out = QgsFeature(self._fields)
        out.setGeometry(feature.geometry())
        out.setAttributes([feature[name] for name in self._kept] + [scores[name] for name in OUTPUT_FIELDS])
        return [out]

    def processAlgorithm(self, parameters, context, feedback):
        results = super().processAlgorithm(parameters, context, feedback)
        feedback.pushInfo(tr("{count} facilities have an incomplete THI (missing inputs).").format(
            count=self._incomplete))
        return {**results, "INCOMPLETE": self._incomplete}
