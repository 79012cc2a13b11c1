"""Processing algorithms of job 2: tmf:buildrivernetwork and tmf:tracedownstream."""

from __future__ import annotations

from qgis.core import QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource

from ..i18n import tr
from ..processing.base import TmfAlgorithm


class DownstreamAlgorithm(TmfAlgorithm):
    GROUP_ID = "downstream"

    def group(self) -> str:
        return tr("2. Downstream water bodies")


class BuildRiverNetworkAlgorithm(DownstreamAlgorithm):
    """Routable HydroRIVERS-schema network from any line layer."""

    ID = "buildrivernetwork"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return tr("Build river network")

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return self.help_file() or tr("Builds a routable river network from a line layer.")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFeatureSource("INPUT", tr("River lines")))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("River network")))


class TraceDownstreamAlgorithm(DownstreamAlgorithm):
    """Downstream paths and water-body corridors of each facility."""

    ID = "tracedownstream"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return tr("Trace downstream water bodies")

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return self.help_file() or tr("Follows each facility's runoff down the river network.")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFeatureSource("INPUT", tr("Facilities")))
        self.addParameter(QgsProcessingParameterFeatureSource("RIVERS", tr("River network")))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT_SUMMARY", tr("Downstream summary")))
