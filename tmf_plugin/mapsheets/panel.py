"""Dock section of the job: "Map sheets"."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from qgis.core import QgsMapLayerProxyModel, QgsProject
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices, QPixmap
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from ..i18n import tr
from ..ui.section import Section

ALGORITHM = "tmf:exportmapsheets"
# Layers other sections publish on the workflow and the parameter each one feeds.
WORKFLOW_LAYERS = {"rivers": "RIVERS", "lakes": "LAKES", "paths": "PATHS", "corridors": "CORRIDORS",
                   "receptors": "RECEPTORS"}


class MapSheetsSection(Section):
    """Panel section for the job "Map sheets": choose the sheets, preview the first one, export them all."""

    KEY = "mapsheets"
    TITLE = "Map sheets"

    def title(self) -> str:
        """Translated title (written out so the translation tools find it)."""
        return tr("Map sheets")

    def build(self) -> None:
        """The sheet options, preview/export/cancel buttons, progress, status, preview image and open-folder."""
        self.run = None
        self.files: list[str] = []
        self.preview_path: str | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_options())
        self._build_actions(layout)
        self.workflow.changed.connect(self._earlier_result)
        for key in ("flagged", "facilities"):
            self._earlier_result(key)

    def _build_options(self) -> QFormLayout:
        """The facilities, the kind of sheets, paper, language, titles, format and the output folder."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.facilities = QgsMapLayerComboBox(self)
        self.facilities.setObjectName("ms_facilities")
        self.facilities.setFilters(QgsMapLayerProxyModel.Filter.PointLayer)
        form.addRow(tr("Flagged facilities"), self.facilities)
        self.kind = self._choice("ms_kind", "kind", [
            ("overview", tr("Overview of the country")),
            ("facility", tr("One sheet per facility")),
            ("region", tr("One sheet per region")),
            ("changes", tr("What changed since the previous inventory")),
        ], "facility")
        form.addRow(tr("Sheets"), self.kind)
        self.paper = self._choice("ms_paper", "paper", [("A4", "A4"), ("A3", "A3")], "A4")
        form.addRow(tr("Paper"), self.paper)
        self.orientation = self._choice("ms_orientation", "orientation", [
            ("landscape", tr("Landscape")), ("portrait", tr("Portrait"))], "landscape")
        form.addRow(tr("Orientation"), self.orientation)
        # Language names are written in their own language: whoever prints a Kazakh sheet reads "Қазақша".
        self.language = self._choice("ms_language", "language", [
            ("en", "English"), ("ru", "Русский"), ("kk", "Қазақша")], "ru")
        form.addRow(tr("Sheet language"), self.language)
        self.title_edit = QLineEdit(self.setting("title", ""), self)
        self.title_edit.setObjectName("ms_title")
        self.title_edit.setPlaceholderText(tr("e.g. Working group on tailings safety"))
        form.addRow(tr("Title"), self.title_edit)
        self.subtitle_edit = QLineEdit(self.setting("subtitle", ""), self)
        self.subtitle_edit.setObjectName("ms_subtitle")
        self.subtitle_edit.setPlaceholderText(tr("e.g. Meeting of 25 November 2026, Astana"))
        form.addRow(tr("Subtitle"), self.subtitle_edit)
        self.format = self._choice("ms_format", "format", [
            ("pdf", tr("One PDF with all sheets")),
            ("pdfs", tr("One PDF per sheet")),
            ("png", tr("PNG images")),
        ], "pdf")
        form.addRow(tr("Format"), self.format)
        self.dpi = QSpinBox(self)
        self.dpi.setObjectName("ms_dpi")
        self.dpi.setRange(50, 600)
        self.dpi.setValue(int(self.setting("dpi", "200")))
        form.addRow(tr("Resolution (dpi)"), self.dpi)
        self.folder = QgsFileWidget(self)
        self.folder.setObjectName("ms_folder")
        self.folder.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.folder.setFilePath(self.setting("folder", str(Path.home() / "tmf_map_sheets")))
        form.addRow(tr("Output folder"), self.folder)
        return form

    def _build_actions(self, layout: QVBoxLayout) -> None:
        """Preview, export and cancel, the progress bar, the status line, open-folder and the preview image."""
        buttons = QHBoxLayout()
        self.preview_button = self._button("ms_preview", tr("Preview first sheet"), self.start_preview)
        self.export_button = self._button("ms_export", tr("Export sheets"), self.start_export)
        self.cancel_button = self._button("ms_cancel", tr("Cancel"), self.cancel)
        self.cancel_button.setEnabled(False)
        for button in (self.preview_button, self.export_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        running = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel_button)
        layout.addLayout(running)
        self.status = QLabel("", self)
        self.status.setObjectName("ms_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.open_button = self._button("ms_open", tr("Open output folder"), self.open_folder)
        self.open_button.setEnabled(False)
        layout.addWidget(self.open_button)
        self.preview = QLabel(self)
        self.preview.setObjectName("ms_preview_image")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(120)
        layout.addWidget(self.preview, 1)

    # -- widgets and remembered choices -------------------------------------------------------------------------

    def _button(self, name: str, label: str, slot) -> QPushButton:
        button = QPushButton(label, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _choice(self, name: str, key: str, items: list[tuple[str, str]], default: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        # The dock is narrow: let long choices be elided rather than widen the whole panel.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(10)
        for value, label in items:
            combo.addItem(label, value)
        index = combo.findData(self.setting(key, default))
        combo.setCurrentIndex(max(index, 0))
        return combo


    def _remember(self) -> None:
        self.remember(kind=self.kind.currentData(), paper=self.paper.currentData(),
                      orientation=self.orientation.currentData(), language=self.language.currentData(),
                      title=self.title_edit.text(), subtitle=self.subtitle_edit.text(),
                      format=self.format.currentData(), dpi=self.dpi.value(), folder=self.folder.filePath())

    def _earlier_result(self, key: str) -> None:
        """Take the flagged facilities (else the plain inventory) that earlier sections published."""
        if key not in ("flagged", "facilities"):
            return
        layer = self.workflow.layer("flagged") or self.workflow.layer("facilities")
        if layer is not None:
            self.facilities.setLayer(layer)

    # -- running ------------------------------------------------------------------------------------------------

    def parameters(self, folder: str, fmt: str, dpi: int, limit: int = 0) -> dict:
        """Algorithm parameters from the widgets; workflow layers of the earlier jobs go on the sheets."""
        layer = self.facilities.currentLayer()
        if self.kind.currentData() == "changes" and self.workflow.layer("changes") is not None:
            layer = self.workflow.layer("changes")  # the changes sheet is drawn from the comparison's output
        parameters = {
            "INPUT": layer.id() if layer is not None else None,
            "SHEETS": self.kind.currentData(), "PAPER": self.paper.currentData(),
            "ORIENTATION": self.orientation.currentData(), "LANGUAGE": self.language.currentData(),
            "TITLE": self.title_edit.text(), "SUBTITLE": self.subtitle_edit.text(),
            "FORMAT": fmt, "DPI": dpi, "OUTPUT_FOLDER": folder, "MAX_SHEETS": limit,
        }
        for key, name in WORKFLOW_LAYERS.items():
            published = self.workflow.layer(key)
            if published is not None and QgsProject.instance().mapLayer(published.id()) is not None:
                parameters[name] = published.id()
        return parameters

    def start_preview(self) -> None:
        """Render only the first sheet as a small PNG and show it here."""
        folder = Path(tempfile.gettempdir()) / "tmf_safety" / f"preview_{time.monotonic_ns()}"
        self._start(self.parameters(str(folder), "png", 60, limit=1), self._preview_finished,
                    tr("Rendering the first sheet…"))

    def start_export(self) -> None:
        """Export every sheet into the output folder."""
        folder = self.folder.filePath().strip()
        if not folder:
            self.iface.messageBar().pushWarning(tr("Map sheets"), tr("Choose an output folder first."))
            return
        self._remember()
        self._start(self.parameters(folder, self.format.currentData(), self.dpi.value()), self._export_finished,
                    tr("Exporting map sheets…"))

    def _start(self, parameters: dict, finished, message: str) -> None:
        if parameters["INPUT"] is None:
            self.iface.messageBar().pushWarning(tr("Map sheets"), tr("Choose the flagged facilities layer first."))
            return
        self.status.setText(message)
        self.start_job(ALGORITHM, parameters, finished)

    def job_buttons(self) -> list:
        """Preview and export."""
        return [self.preview_button, self.export_button]

    def cancel(self) -> None:
        """Stop the running export after the sheet it is drawing."""
        if self.run is not None:
            self.run.cancel()
            self.status.setText(tr("Cancelling…"))

    def _preview_finished(self, ok: bool, results: dict, log: list) -> None:
        files = [f for f in str(results.get("FILES") or "").split(";") if f]
        if not ok or not files:
            self.status.setText(tr("The preview failed: {error}").format(error=(log or [""])[-1]))
            return
        self.preview_path = files[0]
        pixmap = QPixmap(self.preview_path)
        self.preview.setPixmap(pixmap.scaledToWidth(max(200, self.preview.width() - 8),
                                                    Qt.TransformationMode.SmoothTransformation))
        self.status.setText(tr("Preview of the first sheet. Export writes all of them."))

    def _export_finished(self, ok: bool, results: dict, log: list) -> None:
        self.files = [f for f in str(results.get("FILES") or "").split(";") if f]
        if not ok:
            self.status.setText(tr("Export stopped; {count} files were written.").format(count=len(self.files)))
            self.iface.messageBar().pushWarning(tr("Map sheets"), (log or [tr("Export failed.")])[-1])
            return
        folder = results.get("OUTPUT_FOLDER") or self.folder.filePath()
        self.output_folder = folder
        self.open_button.setEnabled(True)
        message = tr("Sheets exported: {count} file(s) in {folder}. The layout is in the project's layout "
                     "manager.")
        # The panel is narrow: it names the folder only (a long path cannot wrap); the message bar has it whole.
        self.status.setText(message.format(count=len(self.files), folder=Path(folder).name))
        self.status.setToolTip(folder)
        self.iface.messageBar().pushSuccess(tr("Map sheets"), message.format(count=len(self.files), folder=folder))

    def open_folder(self) -> None:
        """Show the exported sheets in the system's file manager."""
        folder = getattr(self, "output_folder", None) or self.folder.filePath()
        QDesktopServices.openUrl(QUrl.fromLocalFile(folder))
