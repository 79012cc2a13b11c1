"""The `tmf` Processing provider: the algorithms of the four jobs, for the toolbox, models and qgis_process."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from ..paths import icon_path


def algorithm_classes() -> list:
    """The algorithm classes, in the order of the jobs."""
    from ..downstream.algorithms import BuildRiverNetworkAlgorithm, TraceDownstreamAlgorithm
    from ..inventory.algorithms import HazardIndexAlgorithm, ImportInventoryAlgorithm
    from ..inventory.compare_algorithm import CompareInventoriesAlgorithm
    from ..mapsheets.algorithms import ExportMapSheetsAlgorithm
    from ..transboundary.algorithms import FlagTransboundaryAlgorithm

    return [
        ImportInventoryAlgorithm,
        HazardIndexAlgorithm,
        CompareInventoriesAlgorithm,
        BuildRiverNetworkAlgorithm,
        TraceDownstreamAlgorithm,
        FlagTransboundaryAlgorithm,
        ExportMapSheetsAlgorithm,
    ]


class TmfProvider(QgsProcessingProvider):
    """Processing provider with id `tmf`."""

    def id(self) -> str:
        return "tmf"

    def name(self) -> str:
        return tr("TMF Safety")

    def longName(self) -> str:
        return tr("TMF Safety: tailings management facilities and transboundary water risk")

    def icon(self) -> QIcon:
        return QIcon(icon_path())

    def loadAlgorithms(self) -> None:
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
