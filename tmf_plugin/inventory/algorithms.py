"""Processing algorithms of job 1: tmf:importinventory and tmf:hazardindex."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterVectorLayer,
)

from ..i18n import tr
from ..processing.base import TmfAlgorithm


class InventoryAlgorithm(TmfAlgorithm):
    GROUP_ID = "inventory"

    def group(self) -> str:
        return tr("1. Inventory")


class ImportInventoryAlgorithm(InventoryAlgorithm):
    """Read an inventory file into canonical facility points with a validation report."""

    ID = "importinventory"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return tr("Import TMF inventory")

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return self.help_file() or tr("Reads a TMF inventory spreadsheet or layer into facility points.")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterFile("INPUT", tr("Inventory file")))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Facilities")))


class HazardIndexAlgorithm(InventoryAlgorithm):
    """Tailings Hazard Index (THI) of each facility."""

    ID = "hazardindex"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return tr("Tailings hazard index (THI)")

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return self.help_file() or tr("Scores each facility with the Tailings Hazard Index.")

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API
        self.addParameter(QgsProcessingParameterVectorLayer("INPUT", tr("Facilities")))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Facilities with THI")))
