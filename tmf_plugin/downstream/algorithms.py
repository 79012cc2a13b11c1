"""Processing algorithms of job 2: tmf:buildrivernetwork and tmf:tracedownstream."""

from __future__ import annotations

from qgis.core import (
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)

from ..core import parameters as param
from ..core.attributes import text
from ..core.facilities import facility_location
from ..core.geodesy import WGS84, to_wgs84
from ..core.layer_file import whole_file
from ..core.rivers import require_topology
from ..i18n import tr
from ..processing.base import NamedEnumParameter, TmfAlgorithm
from ..processing.receptor_parameters import add_receptor_parameters, read_receptors
from . import runout
from .learning import open_network
from .outputs import (
    corridor_feature,
    corridor_fields,
    path_features,
    path_fields,
    receptor_features,
    receptor_fields,
    summary_feature,
    summary_fields,
)
from .receptors import summary_values
from .trace import field_index, trace_facilities


class DownstreamAlgorithm(TmfAlgorithm):
    GROUP_ID = "downstream"

    def group(self) -> str:
        return tr("2. Downstream water bodies")


class BuildRiverNetworkAlgorithm(DownstreamAlgorithm):
    """Routable HydroRIVERS-schema network from any line layer."""

    ID = "buildrivernetwork"
    ORIENTATIONS = ("digitised", "outlets", "dem")

    def displayName(self) -> str:
        return tr("Build river network")

    def shortHelpString(self) -> str:
        return self.help_file() or tr("Builds a routable river network from a line layer.")

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "INPUT", tr("River lines"), [QgsProcessing.SourceType.TypeVectorLine]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "NAME_FIELD", tr("River name field"), parentLayerParameterName="INPUT", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "SNAP_TOLERANCE_M",
                tr("Join line ends closer than (m)"),
                QgsProcessingParameterNumber.Type.Double,
                defaultValue=100.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            NamedEnumParameter(
                "ORIENTATION",
                tr("Flow direction"),
                self.ORIENTATIONS,
                default="outlets",
                labels=[tr("As digitised"), tr("Toward the outlets"), tr("Downhill on a DEM")],
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "OUTLETS",
                tr("Outlets (points, or polygons such as terminal lakes and seas)"),
                [QgsProcessing.SourceType.TypeVectorAnyGeometry],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                "EDGE_OUTLETS", tr("Rivers leaving the edge of the data flow out there"), defaultValue=True
            )
        )
        self.addParameter(QgsProcessingParameterRasterLayer("DEM", tr("Elevation model"), optional=True))
        self.addParameter(
            QgsProcessingParameterFeatureSink("OUTPUT", tr("River network"), QgsProcessing.SourceType.TypeVectorLine)
        )

    def process(self, parameters, context, feedback):
        from .builder import build_network, network_fields

        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            raise QgsProcessingException(tr("The river line layer could not be opened."))
        name_field = self.parameterAsString(parameters, "NAME_FIELD", context) or None
        orientation = self.enum_name(parameters, "ORIENTATION", context)
        outlets = self.parameterAsSource(parameters, "OUTLETS", context)
        dem = self.parameterAsRasterLayer(parameters, "DEM", context)
        if orientation == "dem" and dem is None:
            raise QgsProcessingException(tr("Flow direction 'Downhill on a DEM' needs an elevation model (DEM)."))
        result = build_network(
            source,
            name_field=name_field,
            tolerance_m=self.parameterAsDouble(parameters, "SNAP_TOLERANCE_M", context),
            orientation=orientation,
            outlets=outlets,
            edge_outlets=self.parameterAsBool(parameters, "EDGE_OUTLETS", context),
            dem=dem,
            feedback=feedback,
        )
        sink, dest = self.parameterAsSink(
            parameters, "OUTPUT", context, network_fields(), QgsWkbTypes.Type.LineString, WGS84
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        for feature in result.features(network_fields()):
            if feedback.isCanceled():
                break
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        for problem in result.problems:
            feedback.pushWarning(problem)
        feedback.pushInfo(
            tr("{reaches} reaches in {components} connected pieces; {issues} need a look (field issue).").format(
                reaches=len(result.edges), components=result.component_count, issues=result.issue_count()
            )
        )
        return {"OUTPUT": dest}


class TraceDownstreamAlgorithm(DownstreamAlgorithm):
    """Downstream paths and water-body corridors of each facility."""

    ID = "tracedownstream"
    RULES = ("fixed", "rico2008", "larrauri2018")

    def displayName(self) -> str:
        return tr("Trace downstream water bodies")

    def shortHelpString(self) -> str:
        return self.help_file() or tr("Follows each facility's runoff down the river network.")

    def initAlgorithm(self, config=None):
        self._add_inputs()
        self._add_distances()
        add_receptor_parameters(self, population=True)
        self._add_outputs()

    def _add_inputs(self) -> None:
        """The facilities, the river network and the lakes the paths run through."""
        self.addParameter(
            QgsProcessingParameterFeatureSource("INPUT", tr("Facilities"), [QgsProcessing.SourceType.TypeVectorPoint])
        )
        self.addParameter(
            QgsProcessingParameterField("ID_FIELD", tr("Facility ID field"), "tmf_id", "INPUT", optional=True)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "RIVERS", tr("River network (HydroRIVERS fields)"), [QgsProcessing.SourceType.TypeVectorLine]
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "LAKES", tr("Lakes and reservoirs"), [QgsProcessing.SourceType.TypeVectorPolygon], optional=True
            )
        )

    def _add_distances(self) -> None:
        """How far a facility snaps to a river, how far its path goes (fixed or by runout) and the corridor width."""
        number = QgsProcessingParameterNumber.Type.Double
        self.addParameter(
            QgsProcessingParameterNumber("SNAP_DISTANCE_M", tr("Snap distance (m)"), number, 5000.0, minValue=0.0)
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "MAX_DISTANCE_KM", tr("Distance along the flow (km)"), number, 100.0, minValue=0.0
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "CORRIDOR_WIDTH_M", tr("Corridor width each side (m)"), number, 1000.0, minValue=0.0
            )
        )
        self.addParameter(
            NamedEnumParameter(
                "RUNOUT",
                tr("Distance per facility"),
                self.RULES,
                default="fixed",
                labels=[
                    tr("The same distance for every facility"),
                    tr("Runout from the dam: Rico et al. 2008"),
                    tr("Runout from the dam: Larrauri and Lall 2018"),
                ],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "VOLUME_FIELD", tr("Tailings volume field (m³)"), "volume_m3", "INPUT",
                QgsProcessingParameterField.DataType.Numeric, optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "HEIGHT_FIELD", tr("Dam height field (m)"), "dam_height_m", "INPUT",
                QgsProcessingParameterField.DataType.Numeric, optional=True,
            )
        )

    def _add_outputs(self) -> None:
        """One summary point per facility; its paths, corridors and receptors."""
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT_SUMMARY", tr("Downstream summary"), QgsProcessing.SourceType.TypeVectorPoint
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT_PATHS", tr("Downstream paths"), QgsProcessing.SourceType.TypeVectorLine, optional=True,
                createByDefault=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT_CORRIDORS", tr("Water-body corridors"), QgsProcessing.SourceType.TypeVectorPolygon,
                optional=True,
                createByDefault=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT_RECEPTORS", tr("Receptors downstream"), QgsProcessing.SourceType.TypeVectorPoint, optional=True,
                createByDefault=True,
            )
        )

    def process(self, parameters, context, feedback):
        facilities = self.parameterAsSource(parameters, "INPUT", context)
        rivers = self.parameterAsSource(parameters, "RIVERS", context)
        lakes = self.parameterAsSource(parameters, "LAKES", context)
        if facilities is None or rivers is None:
            raise QgsProcessingException(tr("The facility layer or the river network could not be opened."))
        require_topology(rivers)
        snap_m = self.parameterAsDouble(parameters, "SNAP_DISTANCE_M", context)
        fixed_km = self.parameterAsDouble(parameters, "MAX_DISTANCE_KM", context)
        width_m = self.parameterAsDouble(parameters, "CORRIDOR_WIDTH_M", context)
        rule = self.enum_name(parameters, "RUNOUT", context)
        rows = self._read_facilities(facilities, parameters, context, rule, fixed_km)

        feedback.pushInfo(tr("Reading the network topology of {name}…").format(name=rivers.sourceName()))
        steps = QgsProcessingMultiStepFeedback(3, feedback)  # read the network, trace, write the outputs
        rivers_file = whole_file(parameters.get("RIVERS"), self.parameterAsVectorLayer(parameters, "RIVERS", context))
        network = open_network(rivers, steps, file=rivers_file)
        located = [(r["tmf_id"], r["point"]) for r in rows if r["point"] is not None]
        limits = [r["max_km"] for r in rows if r["point"] is not None]
        steps.setCurrentStep(1)
        traced = iter(trace_facilities(located, network, snap_m, limits, lakes=lakes, feedback=steps))
        for problem in network.problems[:20]:  # after the walks: a network learnt on the way finds them there
            feedback.pushWarning(problem)
        receptor_layer = read_receptors(self, parameters, context, feedback)
        receptor_m = self.parameterAsDouble(parameters, param.RECEPTOR_DISTANCE_M, context)
        steps.setCurrentStep(2)

        summary, summary_id = self.parameterAsSink(
            parameters, "OUTPUT_SUMMARY", context, summary_fields(), QgsWkbTypes.Type.Point, WGS84
        )
        paths, paths_id = self.parameterAsSink(
            parameters, "OUTPUT_PATHS", context, path_fields(), QgsWkbTypes.Type.LineString, WGS84
        )
        corridors, corridors_id = self.parameterAsSink(
            parameters, "OUTPUT_CORRIDORS", context, corridor_fields(), QgsWkbTypes.Type.MultiPolygon, WGS84
        )
        receptors, receptors_id = self.parameterAsSink(
            parameters, "OUTPUT_RECEPTORS", context, receptor_fields(), QgsWkbTypes.Type.Point, WGS84
        )
        if summary is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT_SUMMARY"))
        for n, row in enumerate(rows):
            if feedback.isCanceled():
                break
            steps.setProgress(100.0 * n / max(1, len(rows)))
            trace = next(traced) if row["point"] is not None else None
            hits = None
            if receptor_layer is not None:
                hits = receptor_layer.near_path(trace, receptor_m) if trace is not None else []
            values = summary_values(hits, receptor_layer is not None and receptor_layer.has_population)
            summary.addFeature(summary_feature(row, trace, values), QgsFeatureSink.Flag.FastInsert)
            if receptors is not None and hits:
                for feature in receptor_features(hits):
                    receptors.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            if trace is None or not trace.steps:
                continue
            if paths is not None:
                for feature in path_features(trace):
                    paths.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
            corridor = corridor_feature(trace, width_m) if corridors is not None else None
            if corridor is not None:
                corridors.addFeature(corridor, QgsFeatureSink.Flag.FastInsert)
        results = {"OUTPUT_SUMMARY": summary_id}
        if paths is not None:
            results["OUTPUT_PATHS"] = paths_id
        if corridors is not None:
            results["OUTPUT_CORRIDORS"] = corridors_id
        if receptors is not None:
            results["OUTPUT_RECEPTORS"] = receptors_id
        return results

    def _read_facilities(self, source, parameters, context, rule, fixed_km) -> list[dict]:
        """tmf_id, EPSG:4326 point and distance limit of each facility, in layer order."""
        id_name = self.parameterAsString(parameters, "ID_FIELD", context) or "tmf_id"
        i_id = field_index(source.fields(), id_name)
        if i_id < 0:
            raise QgsProcessingException(
                tr("The facility layer {name} has no field {field}.").format(name=source.sourceName(), field=id_name)
            )
        volume_name = self.parameterAsString(parameters, "VOLUME_FIELD", context) or "volume_m3"
        height_name = self.parameterAsString(parameters, "HEIGHT_FIELD", context) or "dam_height_m"
        i_vol, i_h = field_index(source.fields(), volume_name), field_index(source.fields(), height_name)
        if rule != "fixed" and (i_vol < 0 or i_h < 0):
            raise QgsProcessingException(
                tr("The runout option needs a tailings volume field and a dam height field in {name}.").format(
                    name=source.sourceName()
                )
            )
        to_4326 = to_wgs84(source.sourceCrs())
        rows = []
        for feature in source.getFeatures():
            point = facility_location(feature.geometry(), to_4326)
            tmf_id = feature[i_id]
            tmf_id = text(tmf_id)
            max_km, used = fixed_km, "fixed"
            if rule != "fixed":
                try:
                    max_km, used = runout.runout_km(rule, float(feature[i_vol]), float(feature[i_h])), rule
                except (TypeError, ValueError):
                    used = "fixed (no volume or dam height)"
            rows.append({"tmf_id": tmf_id, "point": point, "max_km": max_km, "rule": used})
        return rows

