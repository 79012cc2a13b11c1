"""The "TMF Safety" dock: the four jobs as sections, one after another, sharing one workflow state."""

from __future__ import annotations

from typing import Any

from qgis.core import Qgis, QgsSettings
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QToolBox, QVBoxLayout, QWidget

from .. import i18n
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
        layout.addLayout(self._run_all_row(body))
        self.toolbox = QToolBox(body)
        self.toolbox.setObjectName("TmfSafetySections")
        layout.addWidget(self.toolbox)
        self.sections = []
        for cls in section_classes():
            section = cls(iface=iface, workflow=self.workflow, parent=self.toolbox)
            self.sections.append(section)
            self.toolbox.addItem(section, section.title())
        layout.addLayout(self._language_row(body))
        self.setWidget(body)

    def _run_all_row(self, parent) -> QVBoxLayout:
        """A button that carries the sample data through the four jobs, and a line saying where it is."""
        box = QVBoxLayout()
        self.run_all_button = QPushButton(tr("Run all on the sample data"), parent)
        self.run_all_button.setObjectName("TmfSafetyRunAll")
        self.run_all_button.setToolTip(tr("Import the illustrative sample inventory, score it, build the Natural "
                                          "Earth river network, trace, flag and export an overview sheet."))
        self.run_all_button.clicked.connect(self.run_all)
        box.addWidget(self.run_all_button)
        self.run_all_status = QLabel("", parent)
        self.run_all_status.setObjectName("TmfSafetyRunAllStatus")
        self.run_all_status.setWordWrap(True)
        self.run_all_status.hide()
        box.addWidget(self.run_all_status)
        self.run_all_job: Any = None
        return box

    def run_all(self, sheets_folder: str | None = None) -> None:
        """Run the whole workflow on the sample data, one section after another."""
        from .run_all import RunAll

        if self.run_all_job is not None:
            self.run_all_job.cancel()
            return
        self.run_all_job = RunAll(self, sheets_folder or None)
        self.run_all_job.step.connect(self._run_all_step)
        self.run_all_job.finished.connect(self._run_all_finished)
        self.run_all_button.setText(tr("Stop"))
        self.run_all_status.show()
        self.run_all_job.start()

    def _run_all_step(self, number: int, count: int, label: str) -> None:
        self.run_all_status.setText(tr("Step {number} of {count}: {step}").format(number=number, count=count,
                                                                                  step=label))

    def _run_all_finished(self, ok: bool, message: str) -> None:
        self.run_all_job = None
        self.run_all_button.setText(tr("Run all on the sample data"))
        self.run_all_status.setText(message)
        level = Qgis.MessageLevel.Success if ok else Qgis.MessageLevel.Warning
        self.iface.messageBar().pushMessage(tr("TMF Safety"), message, level, 8)

    def _language_row(self, parent) -> QHBoxLayout:
        """Panel language: follow QGIS, or a fixed one of the three (map sheets choose their own)."""
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Panel language:"), parent))
        self.language = QComboBox(parent)
        self.language.setObjectName("TmfSafetyLanguage")
        for code, label in (("", tr("As QGIS")), ("en", "English"), ("ru", "Русский"), ("kk", "Қазақша")):
            self.language.addItem(label, code)
        current = QgsSettings().value(i18n.SETTINGS_KEY, "", type=str)
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.currentIndexChanged.connect(self._language_changed)
        row.addWidget(self.language, 1)
        return row

    def _language_changed(self) -> None:
        QgsSettings().setValue(i18n.SETTINGS_KEY, self.language.currentData())
        self.iface.messageBar().pushMessage(
            tr("TMF Safety"), tr("The panel will use the new language the next time QGIS starts."),
            Qgis.MessageLevel.Info, 8,
        )

    def section_titles(self) -> list[str]:
        """Titles of the sections as the user sees them."""
        return [self.toolbox.itemText(i) for i in range(self.toolbox.count())]

    def shutdown(self) -> None:
        """Cancel running work and disconnect the sections before the dock is removed."""
        if self.run_all_job is not None:
            self.run_all_job.cancel()
        for section in self.sections:
            section.shutdown()
