"""Base widget of a dock section: its title, settings remembered per project, the run row and its background job."""

from __future__ import annotations

from typing import Any

from qgis.core import QgsProject
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QWidget,
)

from ..i18n import tr
from .results import show_results
from .tasks import run_in_background

SETTINGS_SCOPE = "tmf_safety"  # project entries: each section's choices are saved with the project


class Section(QWidget):
    """One job in the dock. Subclasses build their widgets in `build()` and keep a running job in `self.run`."""

    TITLE = ""
    KEY = ""  # prefix of the section's entries in the project

    def __init__(self, iface, workflow, parent=None) -> None:
        super().__init__(parent)
        self.iface = iface
        self.workflow = workflow
        self.run: Any = None
        self.setObjectName(type(self).__name__)
        self.build()
        self._fit_narrow_dock()

    def _fit_narrow_dock(self) -> None:
        # A dock shares the screen with the map: long layer names and choices are elided instead of widening it.
        for combo in self.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        # Russian and Kazakh labels are long: in a narrow dock they go above their field instead of beside it.
        for form in self.findChildren(QFormLayout):
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

    def title(self) -> str:
        """Translated title of the section: each section writes tr("...") out, so that the translation tools
        find it."""
        raise NotImplementedError(self.TITLE)

    def build(self) -> None:
        """Create the widgets of the job; each section writes its own."""
        raise NotImplementedError(self.TITLE)

    def setting(self, key: str, default: str) -> str:
        """A choice saved in the current project, or the default."""
        value, found = QgsProject.instance().readEntry(SETTINGS_SCOPE, f"{self.KEY}/{key}", default)
        return value if found and value else default

    def remember(self, **values) -> None:
        """Save choices in the current project, so they come back when it is reopened."""
        project = QgsProject.instance()
        for key, value in values.items():
            project.writeEntry(SETTINGS_SCOPE, f"{self.KEY}/{key}", str(value))

    def add_run_row(self, layout, label: str, start, prefix: str) -> None:
        """The run and cancel buttons and the progress bar every job has (self.run_button, cancel_button, progress)."""
        buttons = QHBoxLayout()
        self.run_button = QPushButton(label, self)
        self.run_button.setObjectName(f"{prefix}_run")
        self.run_button.clicked.connect(start)
        self.cancel_button = QPushButton(tr("Cancel"), self)
        self.cancel_button.setObjectName(f"{prefix}_cancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        layout.addWidget(self.progress)

    def job_buttons(self) -> list:
        """The buttons that start jobs, disabled while one runs."""
        return [self.run_button]

    def set_busy(self, busy: bool) -> None:
        """While a job runs only Cancel can be pressed."""
        for button in self.job_buttons():
            button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)

    def start_job(self, algorithm_id: str, parameters: dict, done) -> None:
        """Run a `tmf` algorithm in the background with the progress bar following it; `done(ok, results, log)`
        reports the outcome once the buttons are back."""
        self.set_busy(True)
        self.progress.setValue(0)
        self.run = run_in_background(
            algorithm_id, parameters, lambda ok, results, log: self._job_ended(ok, results, log, done), self)
        self.run.progress.connect(lambda value: self.progress.setValue(int(value)))

    def _job_ended(self, ok: bool, results: dict, log: list, done) -> None:
        self.run = None
        self.set_busy(False)
        if ok:
            self.progress.setValue(100)
        done(ok, results, log)
        if ok and self.iface is not None:
            # The results, not the whole world: every job ends with the facilities in view.
            show_results(self.iface.mapCanvas())

    def cancel(self) -> None:
        """Ask the running job to stop; it leaves no partial output."""
        if self.run is not None:
            self.run.cancel()

    def shutdown(self) -> None:
        """Stop background work started by this section."""
        self.cancel()
