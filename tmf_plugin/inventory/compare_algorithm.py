"""tmf:compareinventories: what changed between two facility layers, as points and a table of changed fields."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core.attributes import plain
from ..core.compat import FieldType, make_field
from ..core.facilities import facility_location
from ..core.geodesy import WGS84, distance_area, to_wgs84
from ..i18n import tr
from .algorithms import InventoryAlgorithm, _qt_value, facility_fields
from .columns import FIELD_NAMES
from .compare import (
    ADDED,
    CHANGED,
    CHANGES,
    DEFAULT_TOLERANCE_M,
    REMOVED,
    UNCHANGED,
    UNMATCHED,
    Comparison,
    Record,
    compare,
    parse_fields,
    read_values,
)

HEAD_FIELDS = ("tmf_id", "name", "change", "changed_fields", "moved_m", "layer")
VALUE_FIELDS = [name for name in FIELD_NAMES if name not in ("tmf_id", "name")]


def output_fields() -> QgsFields:
    """OUTPUT: tmf_id, name, change, changed_fields, moved_m, layer (old/new), then the other canonical fields."""
    fields = QgsFields()
    for name in HEAD_FIELDS:
        fields.append(QgsField(name, FieldType.Double if name == "moved_m" else FieldType.String))
    canonical = facility_fields()
    for name in VALUE_FIELDS:
        fields.append(QgsField(canonical.field(name)))
    return fields


def report_fields() -> QgsFields:
    """REPORT: one row per changed field."""
    fields = QgsFields()
    for name in ("tmf_id", "field", "old_value", "new_value"):
        fields.append(make_field(name, FieldType.String))
    return fields


def read_records(source, which: str, messages: list[str], cancelled=lambda: False) -> list[Record]:
    """The facilities of a layer as comparison records; fields are found by their canonical names, in any case."""
    by_lower = {f.name().lower(): f.name() for f in source.fields()}
    if "tmf_id" not in by_lower:
        raise QgsProcessingException(tr("The {which} inventory {layer} has no tmf_id field; import it with "
                                        "tmf:importinventory first.").format(
            which=tr("old") if which == "old" else tr("new"), layer=source.sourceName()))
    present = {name: by_lower[name] for name in FIELD_NAMES if name in by_lower}
    transform = to_wgs84(source.sourceCrs())
    records = []
    for feature in source.getFeatures():
        if cancelled():
            break
        label = tr("{layer}, feature {fid}").format(layer=source.sourceName(), fid=feature.id())
        raw = {name: plain(feature[column]) for name, column in present.items()}
        point = facility_location(feature.geometry(), transform)
        if point is None:
            messages.append(tr("{feature} has no usable point; its location is not compared.").format(feature=label))
        values = read_values(raw, label, messages)
        records.append(Record(label, values.get("tmf_id"), values, point.x() if point else None,
                              point.y() if point else None))
    return records


class CompareInventoriesAlgorithm(InventoryAlgorithm):
    """Compare two facility layers by tmf_id and by value."""

    ID = "compareinventories"

    def displayName(self) -> str:
        return tr("Compare inventories (what changed)")

    def shortHelpString(self) -> str:
        return self.help_file() or tr(
            "Compares the previous and the new facility layer by tmf_id and by value: facilities added, removed, "
            "changed (which fields, and the move in metres) or unchanged.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            "OLD", tr("Previous inventory (facilities with tmf_id)"), [QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "NEW", tr("New inventory (facilities with tmf_id)"), [QgsProcessing.SourceType.TypeVectorPoint]))
        # Metres on the ellipsoid whatever the layers' CRS, so a plain number rather than a CRS-bound distance.
        self.addParameter(QgsProcessingParameterNumber(
            "MOVE_TOLERANCE_M", tr("A move beyond this distance is a change of location (m)"),
            QgsProcessingParameterNumber.Type.Double, DEFAULT_TOLERANCE_M, minValue=0.0))
        self.addParameter(QgsProcessingParameterString(
            "FIELDS", tr("Fields to compare, comma-separated (empty: every canonical field and the location)"),
            optional=True))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "OUTPUT", tr("Inventory changes"), QgsProcessing.SourceType.TypeVectorPoint,
            QgsProcessing.TEMPORARY_OUTPUT))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "REPORT", tr("Changed fields"), QgsProcessing.SourceType.TypeVector, QgsProcessing.TEMPORARY_OUTPUT,
            optional=True))
        for name, label in ((ADDED, tr("Facilities added")), (REMOVED, tr("Facilities removed")),
                            (CHANGED, tr("Facilities changed")), (UNCHANGED, tr("Facilities unchanged")),
                            (UNMATCHED, tr("Facilities without a unique ID"))):
            self.addOutput(QgsProcessingOutputNumber(name.upper(), label))

    def processAlgorithm(self, parameters, context, feedback):
        try:
            fields = parse_fields(self.parameterAsString(parameters, "FIELDS", context))
        except ValueError as error:
            raise QgsProcessingException(str(error)) from error
        sources = {}
        for name in ("OLD", "NEW"):
            sources[name] = self.parameterAsSource(parameters, name, context)
            if sources[name] is None:
                raise QgsProcessingException(self.invalidSourceError(parameters, name))
        tolerance = self.parameterAsDouble(parameters, "MOVE_TOLERANCE_M", context)
        messages: list[str] = []
        old = read_records(sources["OLD"], "old", messages, feedback.isCanceled)
        feedback.setProgress(30)
        new = read_records(sources["NEW"], "new", messages, feedback.isCanceled)
        feedback.setProgress(60)
        measure = distance_area()
        comparison = compare(
            old, new, fields=fields, tolerance_m=tolerance, cancelled=feedback.isCanceled,
            distance=lambda x1, y1, x2, y2: measure.measureLine(QgsPointXY(x1, y1), QgsPointXY(x2, y2)))
        if feedback.isCanceled():
            return {}
        for message in messages + comparison.messages:
            feedback.pushWarning(message)
        self._warn_missing_fields(sources, fields, feedback)
        dest, report_dest = self._write(comparison, parameters, context)
        counts = {change: sum(1 for e in comparison.entries if e.change == change) for change in CHANGES}
        feedback.pushInfo(tr("{added} added, {removed} removed, {changed} changed, {unchanged} unchanged, "
                             "{unmatched} without a unique ID.").format(**counts))
        result = {"OUTPUT": dest, "REPORT": report_dest}
        result.update({change.upper(): count for change, count in counts.items()})
        return result

    @staticmethod
    def _warn_missing_fields(sources: dict, fields: list[str], feedback) -> None:
        """A canonical field that only one layer has makes every facility look changed; say why."""
        names = {key: {f.name().lower() for f in source.fields()} for key, source in sources.items()}
        for name in fields or FIELD_NAMES:
            if name in FIELD_NAMES and (name in names["OLD"]) != (name in names["NEW"]):
                feedback.pushWarning(tr("Only the {which} inventory has the field {field}; its values count as "
                                        "changes from or to NULL.").format(
                    which=tr("old") if name in names["OLD"] else tr("new"), field=name))

    def _write(self, comparison: Comparison, parameters, context):
        fields = output_fields()
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.Point, WGS84)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        kinds = {f.name(): f.type() for f in fields}
        order = {change: rank for rank, change in enumerate(CHANGES)}
        for entry in sorted(comparison.entries, key=lambda e: (order[e.change], e.tmf_id or "", e.record.label)):
            record = entry.record
            feature = QgsFeature(fields)
            values = [entry.tmf_id or record.values.get("tmf_id"), record.values.get("name"), entry.change,
                      ", ".join(entry.changed_fields), entry.moved_m, entry.layer]
            for name in VALUE_FIELDS:
                value = record.values.get(name)
                if isinstance(value, str) and kinds[name] != FieldType.String:
                    value = None  # unreadable; named in the log and compared as text
                values.append(_qt_value(value))
            feature.setAttributes(values)
            if record.lon is not None:
                feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(record.lon, record.lat)))
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        report, report_dest = self.parameterAsSink(parameters, "REPORT", context, report_fields(),
                                                   QgsWkbTypes.Type.NoGeometry, QgsCoordinateReferenceSystem())
        for change in comparison.report if report is not None else []:
            feature = QgsFeature(report_fields())
            feature.setAttributes([change.tmf_id, change.field, change.old_value, change.new_value])
            report.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        return dest, report_dest
