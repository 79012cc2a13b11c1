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

from ..core import parameters as param
from ..core.countries import Countries
from ..core.layer_file import whole_file
from ..i18n import tr
from ..paths import sample_layers_dir
from ..processing.base import TmfAlgorithm
from ..processing.receptor_parameters import add_receptor_parameters, read_receptors
from .analysis import Settings, facility_points, find_country, flag_facilities, trace_downstream
from .flags import HIGH, MEDIUM, NONE, output_fields
from .names import DEFAULT_NAMES


def default_countries() -> QgsVectorLayer:
    """The Natural Earth country borders shipped in sample_layers, used when COUNTRIES is not given."""
    path = sample_layers_dir() / "countries.gpkg"
    return QgsVectorLayer(f"{path}|layername=countries", "countries", "ogr")

DOUBLE = QgsProcessingParameterNumber.Type.Double


class FlagTransboundaryAlgorithm(TmfAlgorithm):
    """Transboundary flags of each facility."""

    ID = "flagtransboundary"
    GROUP_ID = "transboundary"

    def group(self) -> str:
        return tr("3. Transboundary")

    def displayName(self) -> str:
        return tr("Flag transboundary risk")

    def shortHelpString(self) -> str:
        return self.help_file() or tr(
            "Flags facilities near transboundary rivers or whose runoff reaches one or leaves the country "
            "(tb_flag high / medium / none, with the reason in tb_reason)."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            param.INPUT, tr("Facilities"), [QgsProcessing.SourceType.TypeVectorPoint]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            param.RIVERS, tr("Rivers"), [QgsProcessing.SourceType.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterFeatureSource(
            param.LAKES, tr("Lakes and reservoirs"), [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            param.COUNTRIES, tr("Country borders (default: the Natural Earth sample)"),
            [QgsProcessing.SourceType.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterString(param.COUNTRY, tr("Country (name or ISO code)"), "KAZ"))
        self.addParameter(QgsProcessingParameterString(
            param.TRANSBOUNDARY_NAMES, tr("Transboundary river names (comma-separated)"), DEFAULT_NAMES, optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            param.NEAR_DISTANCE_KM, tr("Near distance (km)"), DOUBLE, 10.0, minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            param.MAX_DISTANCE_KM, tr("Maximum distance downstream (km)"), DOUBLE, 100.0,
            minValue=0.0))
        self.addParameter(QgsProcessingParameterNumber(
            param.SNAP_DISTANCE_M, tr("Snap distance to the river network (m)"), DOUBLE,
            5000.0, minValue=0.0))
        add_receptor_parameters(self, population=False)
        self.addParameter(QgsProcessingParameterFeatureSink(param.OUTPUT, tr("Flagged facilities")))

    def process(self, parameters, context, feedback):
        facilities_source = self.parameterAsSource(parameters, param.INPUT, context)
        rivers = self.parameterAsSource(parameters, param.RIVERS, context)
        if facilities_source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, param.INPUT))
        if rivers is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, param.RIVERS))
        countries_source = self.parameterAsSource(parameters, param.COUNTRIES, context)
        countries_name = countries_source.sourceName() if countries_source is not None else ""
        if countries_source is None:
            countries_source = default_countries()
            countries_name = countries_source.source()
            if not countries_source.isValid():
                raise QgsProcessingException(tr("No COUNTRIES layer was given and the sample {path} did not open.")
                                             .format(path=countries_name))
        settings = Settings(
            country=(self.parameterAsString(parameters, param.COUNTRY, context) or "KAZ").strip(),
            names=self.parameterAsString(parameters, param.TRANSBOUNDARY_NAMES, context) or "",
            near_km=self.parameterAsDouble(parameters, param.NEAR_DISTANCE_KM, context),
            max_km=self.parameterAsDouble(parameters, param.MAX_DISTANCE_KM, context),
            snap_m=self.parameterAsDouble(parameters, param.SNAP_DISTANCE_M, context),
            receptor_m=self.parameterAsDouble(parameters, param.RECEPTOR_DISTANCE_M, context),
        )
        steps = QgsProcessingMultiStepFeedback(3, feedback)

        countries = Countries(countries_source, steps)
        country = find_country(countries, settings.country, str(countries_name))
        facilities = facility_points(facilities_source)
        for number, facility in enumerate(facilities):
            if facility.point is None:
                feedback.reportError(tr("Facility {id} (feature {n}) has no location; it is not flagged.").format(
                    id=facility.tmf_id, n=number + 1))

        rivers_file = whole_file(parameters.get(param.RIVERS),
                                 self.parameterAsVectorLayer(parameters, param.RIVERS, context))

        def tracer(subset):
            traces, why = trace_downstream(subset, rivers, settings, steps, rivers_file)
            if traces is None:
                feedback.pushInfo(tr("Downstream fields are left empty: {why}").format(why=why))
            steps.setCurrentStep(1)
            return traces, why

        receptors = read_receptors(self, parameters, context, feedback)
        outcome = flag_facilities(facilities, rivers, countries, country, settings, tracer, steps, rivers_file,
                                  receptors)
        for line in outcome.log:
            feedback.pushInfo(line)
        if feedback.isCanceled():
            return {}
        steps.setCurrentStep(2)

        fields = output_fields(facilities_source.fields())
        sink, dest_id = self.parameterAsSink(parameters, param.OUTPUT, context, fields, facilities_source.wkbType(),
                                             facilities_source.sourceCrs())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, param.OUTPUT))
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
        return {param.OUTPUT: dest_id}
