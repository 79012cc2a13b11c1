"""The "TMF Safety" dock: the four jobs as sections, one after another, sharing one workflow state."""

from __future__ import annotations

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtWidgets import QToolBox, QVBoxLayout, QWidget

from ..i18n import tr
from .workflow import Workflow


def section_classes() -> list:
    """The section widget classes in the order of the jobs."""
    from ..downstream.panel import DownstreamSection
    from ..inventory.panel import InventorySection
    from ..mapsheets.panel import MapSheetsSection
    from ..transboundary.panel import TransboundarySection

    return [InventorySection, DownstreamSection, TransboundarySection, MapSheetsSection]


class TmfSafetyDock(QgsDockWidget):
    """Dock widget holding one section per job in a tool box."""

    def __init__(self, iface, parent=None) -> None:
        super().__init__(tr("TMF Safety"), parent)
        self.setObjectName("TmfSafetyDock")
        self.iface = iface
        self.workflow = Workflow(self)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.toolbox = QToolBox(body)
        self.toolbox.setObjectName("TmfSafetySections")
        layout.addWidget(self.toolbox)
        self.sections = []
        for cls in section_classes():
            section = cls(iface=iface, workflow=self.workflow, parent=self.toolbox)
            self.sections.append(section)
            self.toolbox.addItem(section, section.title())
        self.setWidget(body)

    def section_titles(self) -> list[str]:
        """Titles of the sections as the user sees them."""
        return [self.toolbox.itemText(i) for i in range(self.toolbox.count())]

    def shutdown(self) -> None:
        """Cancel running work and disconnect the sections before the dock is removed."""
        for section in self.sections:
            section.shutdown()
