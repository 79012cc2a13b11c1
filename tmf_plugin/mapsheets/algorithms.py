"""Processing algorithm of job 4: tmf:exportmapsheets."""

from __future__ import annotations

from qgis.core import QgsProcessingParameterFeatureSource, QgsProcessingParameterFolderDestination

from ..i18n import tr
from ..processing.base import TmfAlgorithm


class ExportMapSheetsAlgorithm(TmfAlgorithm):
    """Map sheets for working-group meetings."""

    ID = "exportmapsheets"
    GROUP_ID = "mapsheets"

    def group(self) -> str:
        return tr("4. Map sheets")

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return tr("Export map sheets")

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return self.help_file() or tr("Exports map sheets for working-group meetings.")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFeatureSource("INPUT", tr("Flagged facilities")))
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", tr("Output folder")))
