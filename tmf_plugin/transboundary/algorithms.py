"""Processing algorithm of job 3: tmf:flagtransboundary."""

from __future__ import annotations

from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsVectorLayer,
)

from ..i18n import tr
from ..paths import sample_layers_dir
from ..processing.base import TmfAlgorithm
from .analysis import Settings, facility_points, find_country, flag_facilities, trace_downstream
from .countries import Countries
from .file_lines import whole_file
from .flags import HIGH, MEDIUM, NONE, output_fields
from .names import DEFAULT_NAMES


def default_countries() -> QgsVectorLayer:
    """The Natural Earth country borders shipped in sample_layers, used when COUNTRIES is not given."""
    path = sample_layers_dir() / "countries.gpkg"
    return QgsVectorLayer(f"{path}|layername=countries", "countries", "ogr")


class FlagTransboundaryAlgorithm(TmfAlgorithm):
    """Transboundary flags of each facility."""

    ID = "flagtransboundary"
    GROUP_ID = "transboundary"

    def group(self) -> str:
        return tr("3. Transboundary")

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return tr("Flag transboundary risk")

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return self.help_file() or tr(
            "Flags facilities near transboundary rivers or whose runoff reaches one or leaves the country "
            "(tb_flag high / medium / none, with the reason in tb_reason)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", tr("Facilities"), [QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "RIVERS", tr("Rivers"), [QgsProcessing.SourceType.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "LAKES", tr("Lakes and reservoirs"), [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            "COUNTRIES", tr("Country borders (default: the Natural Earth sample)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterString("COUNTRY", tr("Country (name or ISO code)"), "KAZ"))
        self.addParameter(QgsProcessingParameterString(
            "TRANSBOUNDARY_NAMES", tr("Transboundary river names (comma-separated)"), DEFAULT_NAMES, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "NEAR_DISTANCE_KM", tr("Near distance (km)"), QgsProcessingParameterNumber.Type.Double, 10.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            "MAX_DISTANCE_KM", tr("Maximum distance downstream (km)"), QgsProcessingParameterNumber.Type.Double, 100.0,
            minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            "SNAP_DISTANCE_M", tr("Snap distance to the river network (m)"), QgsProcessingParameterNumber.Type.Double,
            5000.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Flagged facilities")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API
        facilities_source = self.parameterAsSource(parameters, "INPUT", context)
        rivers = self.parameterAsSource(parameters, "RIVERS", context)
        if facilities_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, "INPUT"))
        if rivers is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, "RIVERS"))
        countries_source = self.parameterAsSource(parameters, "COUNTRIES", context)
        countries_name = countries_source.sourceName() if countries_source is not None else ""
        if countries_source is None:
            countries_source = default_countries()
            countries_name = countries_source.source()
            if not countries_source.isValid():
                raise QgsProcessingException(tr("No COUNTRIES layer was given and the sample {path} did not open.")
                                             .format(path=countries_name))
        settings = Settings(
            country=(self.parameterAsString(parameters, "COUNTRY", context) or "KAZ").strip(),
            names=self.parameterAsString(parameters, "TRANSBOUNDARY_NAMES", context) or "",
            near_km=self.parameterAsDouble(parameters, "NEAR_DISTANCE_KM", context),
            max_km=self.parameterAsDouble(parameters, "MAX_DISTANCE_KM", context),
            snap_m=self.parameterAsDouble(parameters, "SNAP_DISTANCE_M", context),
        )
        steps = QgsProcessingMultiStepFeedback(3, feedback)

        countries = Countries(countries_source, steps)
        try:
            country = find_country(countries, settings.country, str(countries_name))
        except ValueError as error:
            raise QgsProcessingException(str(error)) from error
        facilities = facility_points(facilities_source)
        for number, facility in enumerate(facilities):
            if facility.point is None:
                feedback.reportError(tr("Facility {id} (feature {n}) has no location; it is not flagged.").format(
                    id=facility.tmf_id, n=number + 1))

        def tracer(subset):
            traces, why = trace_downstream(subset, rivers, settings, steps)
            if traces is None:
                feedback.pushInfo(tr("Downstream fields are left empty: {why}").format(why=why))
            steps.setCurrentStep(1)
            return traces, why

        rivers_file = whole_file(parameters.get("RIVERS"), self.parameterAsVectorLayer(parameters, "RIVERS", context))
        outcome = flag_facilities(facilities, rivers, countries, country, settings, tracer, steps, rivers_file)
        for line in outcome.log:
            feedback.pushInfo(line)
        if feedback.isCanceled():
            return {}
        steps.setCurrentStep(2)

        fields = output_fields(facilities_source.fields())
        sink, dest_id = self.parameterAsSink(parameters, "OUTPUT", context, fields, facilities_source.wkbType(),
                                             facilities_source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        kept = [i for i, field in enumerate(facilities_source.fields()) if fields.lookupField(field.name()) >= 0]
        counts = {HIGH: 0, MEDIUM: 0, NONE: 0}
        for facility, flag in zip(facilities, outcome.flags):
            feature = facility.feature  # read once by facility_points; its geometry is the input's, untouched
            attributes = feature.attributes()
            feature.setFields(fields, False)
            feature.setAttributes([attributes[i] for i in kept] + flag.values())
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            if flag.tb_flag in counts:
                counts[flag.tb_flag] += 1
        feedback.pushInfo(tr("Flags: {high} high, {medium} medium, {none} none.").format(
            high=counts[HIGH], medium=counts[MEDIUM], none=counts[NONE]))
        return {"OUTPUT": dest_id}
