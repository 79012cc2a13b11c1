"""Processing algorithm of job 3: tmf:flagtransboundary."""

from __future__ import annotations

from qgis.core import QgsProcessingParameterFeatureSink, QgsProcessingParameterFeatureSource

from ..i18n import tr
from ..processing.base import TmfAlgorithm


class FlagTransboundaryAlgorithm(TmfAlgorithm):
    """Transboundary flags of each facility."""

    ID = "flagtransboundary"
    GROUP_ID = "transboundary"

    def group(self) -> str:
        return tr("3. Transboundary")

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return tr("Flag transboundary risk")

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return self.help_file() or tr("Flags facilities near transboundary rivers or whose runoff leaves the country.")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFeatureSource("INPUT", tr("Facilities")))
        self.addParameter(QgsProcessingParameterFeatureSource("RIVERS", tr("Rivers")))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Flagged facilities")))
