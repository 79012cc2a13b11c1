"""Dock section of the job: "Inventory" (pick a file or layer, check the column mapping, import, score the THI)."""

from __future__ import annotations

import json
import os
from typing import Any

from qgis.core import QgsMapLayerProxyModel, QgsProject, QgsVectorLayer
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox, QgsProjectionSelectionWidget
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.attributes import text
from ..core.geodesy import WGS84
from ..i18n import tr
from ..ui.results import load_result, output_path
from ..ui.section import Section
from .columns import MAPPABLE, detect_mapping
from .readers import InventoryReadError, read_layer, read_source, table_file_of

PATTERNS = "(*.csv *.txt *.tsv *.xlsx *.xls *.ods *.gpkg *.shp *.geojson *.json)"
NOT_MAPPED = "—"


def status_label(status) -> str:
    """A facility status of the legend in the user's language (the layer keeps the canonical English code)."""
    labels = {
        "active": tr("active"),
        "inactive": tr("inactive"),
        "conserved": tr("conserved"),
        "closed": tr("closed"),
        "abandoned": tr("abandoned"),
        "unknown": tr("unknown"),
    }
    return labels.get(status, tr("status not read"))


class InventorySection(Section):
    """Panel section for the job "Inventory"."""

    KEY = "inventory"
    TITLE = "Inventory"

    def __init__(self, iface, workflow, parent=None) -> None:
        super().__init__(iface, workflow, parent)
        # The review between meetings lives in its own module, below the import.
        from .compare_panel import ComparisonBox

        self.comparison = ComparisonBox(self)
        self.layout().addWidget(self.comparison, 2)
        self._fit_narrow_dock()

    def title(self) -> str:
        """Translated title (written out so the translation tools find it)."""
        return tr("Inventory")

    def build(self) -> None:
        """Input choice, detected column mapping, import and hazard-index buttons, progress and the report."""
        self.run = None
        self.table_headers: list[str] = []
        self.facilities_layer: Any = None
        self.report_layer = None
        self.first_row: dict = {}
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_inputs())
        self.source_note = QLabel(tr("Choose an inventory file or layer."), self)
        self.source_note.setObjectName("inv_source_note")
        self.source_note.setWordWrap(True)
        layout.addWidget(self.source_note)
        layout.addWidget(self._build_mapping(), 2)
        self._build_actions(layout)
        layout.addWidget(self._build_report(), 2)
        remembered = self.setting("file", "")
        if remembered and os.path.isfile(remembered):
            self.file.setFilePath(remembered)

    def _build_inputs(self) -> QFormLayout:
        """The inventory file or layer, the CRS of its coordinates, and the country and region polygons."""
        form = QFormLayout()
        self.file = QgsFileWidget(self)
        self.file.setObjectName("inv_file")
        self.file.setFilter(tr("Inventories") + f" {PATTERNS};;" + tr("All files") + " (*)")
        self.file.setStorageMode(QgsFileWidget.StorageMode.GetFile)
        self.file.fileChanged.connect(self._file_changed)
        form.addRow(tr("Inventory file"), self.file)
        self.layer = QgsMapLayerComboBox(self)
        self.layer.setObjectName("inv_layer")
        self.layer.setFilters(QgsMapLayerProxyModel.Filter.VectorLayer)
        self.layer.setAllowEmptyLayer(True)
        self.layer.setLayer(None)
        self.layer.layerChanged.connect(self._layer_changed)
        form.addRow(tr("or a loaded layer"), self.layer)
        self.crs = QgsProjectionSelectionWidget(self)
        self.crs.setObjectName("inv_crs")
        self.crs.setCrs(WGS84)
        self.crs.setToolTip(tr("CRS of the coordinate columns: EPSG:4326 for degrees, or the projected CRS of x/y."))
        form.addRow(tr("Coordinates CRS"), self.crs)
        self.country = self._optional_combo("inv_country", QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.country.setToolTip(tr("Empty: the Natural Earth borders shipped with the plugin."))
        form.addRow(tr("Country polygons"), self.country)
        self.country_name = QLineEdit(self.setting("country_name", "KAZ"), self)
        self.country_name.setObjectName("inv_country_name")
        self.country_name.setToolTip(tr("Name or ISO code of the country whose border the points must be inside; "
                                        "empty: all polygons of the chosen layer, or no check without a layer."))
        form.addRow(tr("Country"), self.country_name)
        self.regions = self._optional_combo("inv_regions", QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.regions.setToolTip(tr("Admin-1 polygons that fill an empty region column."))
        form.addRow(tr("Regions"), self.regions)
        return form

    def _build_mapping(self) -> QTableWidget:
        """The detected column of each canonical field, changeable, with the first value it holds."""
        self.mapping = QTableWidget(len(MAPPABLE), 3, self)
        self.mapping.setObjectName("inv_mapping")
        self.mapping.setHorizontalHeaderLabels([tr("Field"), tr("Column in the file"), tr("First value")])
        self.mapping.verticalHeader().setVisible(False)
        self.mapping.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.mapping.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.mapping.setColumnWidth(1, 200)
        self.column_combos: dict[str, QComboBox] = {}
        for row, key in enumerate(MAPPABLE):
            self.mapping.setItem(row, 0, QTableWidgetItem(key))
            combo = QComboBox(self.mapping)
            combo.setObjectName(f"inv_map_{key}")
            combo.addItem(NOT_MAPPED)
            combo.currentIndexChanged.connect(lambda _index, k=key: self._show_first_value(k))
            self.mapping.setCellWidget(row, 1, combo)
            self.mapping.setItem(row, 2, QTableWidgetItem(""))
            self.column_combos[key] = combo
        return self.mapping

    def _build_actions(self, layout: QVBoxLayout) -> None:
        """Import, hazard index and cancel buttons, the THI score table, the progress bar and the status line."""
        buttons = QHBoxLayout()
        self.run_button = QPushButton(tr("Import"), self)
        self.run_button.setObjectName("inv_run")
        self.run_button.clicked.connect(self.start)
        self.hazard_button = QPushButton(tr("Hazard index"), self)
        self.hazard_button.setObjectName("inv_hazard")
        self.hazard_button.setToolTip(tr("Score the imported facilities with the Tailings Hazard Index (THI)."))
        self.hazard_button.clicked.connect(self.start_hazard)
        self.cancel_button = QPushButton(tr("Cancel"), self)
        self.cancel_button.setObjectName("inv_cancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        for button in (self.run_button, self.hazard_button, self.cancel_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.scores = QgsFileWidget(self)
        self.scores.setObjectName("inv_scores")
        self.scores.setFilter("CSV (*.csv)")
        self.scores.setToolTip(tr("Class-score table of the THI; empty: the table shipped with the plugin."))
        scores_row = QFormLayout()
        scores_row.addRow(tr("THI scores"), self.scores)
        layout.addLayout(scores_row)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        layout.addWidget(self.progress)
        self.status = QLabel("", self)
        self.status.setObjectName("inv_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

    def _build_report(self) -> QTableWidget:
        """The validation report: one row per problem, the problem text widest."""
        self.report = QTableWidget(0, 4, self)
        self.report.setObjectName("inv_report")
        self.report.setHorizontalHeaderLabels([tr("Row"), tr("Field"), tr("Value"), tr("Problem")])
        self.report.verticalHeader().setVisible(False)
        self.report.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.report.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.report.horizontalHeader()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # the problem is what the user reads first
        self.report.setColumnWidth(2, 120)
        self.report.setWordWrap(True)
        return self.report

    # Widgets and settings ----------------------------------------------------------------------------------------

    def _optional_combo(self, name: str, filters) -> QgsMapLayerComboBox:
        combo = QgsMapLayerComboBox(self)
        combo.setObjectName(name)
        combo.setFilters(filters)
        combo.setAllowEmptyLayer(True)
        combo.setLayer(None)
        return combo


    def _remember(self) -> None:
        self.remember(file=self.file.filePath(), country_name=self.country_name.text())

    # Column mapping ----------------------------------------------------------------------------------------------

    def _file_changed(self, path: str) -> None:
        if path:
            self.layer.blockSignals(True)
            self.layer.setLayer(None)
            self.layer.blockSignals(False)
        self.preview()

    def _layer_changed(self, layer) -> None:
        if layer is not None and self.file.filePath():
            self.file.blockSignals(True)
            self.file.setFilePath("")
            self.file.blockSignals(False)
        self.preview()

    def preview(self) -> None:
        """Read the chosen input and show the detected column of each field, ready to be changed."""
        path, layer = self.file.filePath(), self.layer.currentLayer()
        headers, first, note = [], {}, tr("Choose an inventory file or layer.")
        try:
            if path:
                table = read_source(path)
            elif isinstance(layer, QgsVectorLayer):
                behind = table_file_of(layer)  # the import reads a spreadsheet layer from its file, so does this
                table = read_source(behind) if behind else read_layer(layer)
            else:
                table = None
            if table is not None:
                headers = table.headers
                first = table.rows[0].values if table.rows else {}
                note = tr("{rows} rows ({how}); header in row {header}. Check the detected columns below.").format(
                    rows=len(table.rows), how=table.description, header=table.header_row)
        except InventoryReadError as error:
            note = str(error)
        self.table_headers, self.first_row = headers, first
        self.source_note.setText(note)
        detected = detect_mapping(headers)
        for key, combo in self.column_combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(NOT_MAPPED)
            combo.addItems(headers)
            combo.setCurrentIndex(combo.findText(detected[key]) if key in detected else 0)
            combo.blockSignals(False)
            self._show_first_value(key)

    def _show_first_value(self, key: str) -> None:
        column = self.column_combos[key].currentText()
        value = self.first_row.get(column) if column != NOT_MAPPED else None
        self.mapping.item(MAPPABLE.index(key), 2).setText("" if value is None else str(value))

    def set_column(self, key: str, column: str | None) -> None:
        """Map a field to a source column (None: not mapped), as the user does with the combo box."""
        combo = self.column_combos[key]
        combo.setCurrentIndex(combo.findText(column) if column else 0)

    def field_map(self) -> dict[str, str]:
        """The mapping shown in the table, every field explicit ("" when not mapped)."""
        return {key: ("" if combo.currentText() == NOT_MAPPED else combo.currentText())
                for key, combo in self.column_combos.items()}

    # Import ------------------------------------------------------------------------------------------------------

    def parameters(self) -> dict | None:
        """Parameters of tmf:importinventory from the widgets, or None when no input is chosen."""
        path, layer = self.file.filePath(), self.layer.currentLayer()
        if not path and layer is None:
            return None
        params = {"INPUT": path or layer.id(), "SOURCE_CRS": self.crs.crs().authid() or "EPSG:4326",
                  "COUNTRY_NAME": self.country_name.text().strip(),
                  "OUTPUT": output_path("facilities"), "REPORT": output_path("inventory_report")}
        if self.table_headers:
            params["FIELD_MAP"] = json.dumps(self.field_map(), ensure_ascii=False)
        if self.country.currentLayer() is not None:
            params["COUNTRY"] = self.country.currentLayer().id()
        if self.regions.currentLayer() is not None:
            params["REGIONS"] = self.regions.currentLayer().id()
        return params

    def job_buttons(self) -> list:
        """Import, hazard index and the comparison with the previous inventory."""
        comparison = getattr(self, "comparison", None)
        return [self.run_button, self.hazard_button] + ([comparison.compare_button] if comparison else [])

    def start(self) -> None:
        """Import the chosen inventory in the background."""
        params = self.parameters()
        if params is None:
            self.iface.messageBar().pushWarning(self.title(), tr("Choose an inventory file or layer."))
            return
        self._remember()
        self.status.setText(tr("Importing the inventory..."))
        self.start_job("tmf:importinventory", params, self._imported)

    def _imported(self, ok: bool, results: dict, log: list) -> None:
        if not ok:
            self._failed(log)
            return
        self.facilities_layer = load_result(results["OUTPUT"], tr("Facilities"), "facilities", "facilities.qml",
                                            legend=status_label)
        self.report_layer = load_result(results["REPORT"], tr("Import report"), "inventory_report")
        self.workflow.publish("facilities", self.facilities_layer)
        self.fill_report(self.report_layer)
        placed, reported = int(results.get("PLACED", 0)), int(results.get("REPORTED_ROWS", 0))
        summary = tr("{placed} placed, {reported} reported").format(placed=placed, reported=reported)
        not_placed = int(results.get("NOT_PLACED", 0))
        if not_placed:
            summary += " " + tr("({count} rows not placed: see the report)").format(count=not_placed)
        self.status.setText(summary)
        if reported:
            self.iface.messageBar().pushWarning(self.title(), summary)
        else:
            self.iface.messageBar().pushSuccess(self.title(), summary)

    def fill_report(self, layer) -> None:
        """Show the import report: row, field, value, problem."""
        rows = sorted(layer.getFeatures(), key=lambda f: (int(f["row"] or 0), f.id()))
        self.report.setRowCount(len(rows))
        for index, feature in enumerate(rows):
            for column, name in enumerate(("row", "field", "value", "problem")):
                value = feature[name]
                item = QTableWidgetItem(text(value))
                item.setToolTip(item.text())
                self.report.setItem(index, column, item)
        self.report.resizeRowsToContents()

    # Hazard index ------------------------------------------------------------------------------------------------

    def start_hazard(self) -> None:
        """Score the imported (or chosen) facilities with the THI in the background."""
        facilities = self.workflow.layer("facilities") or self.layer.currentLayer()
        if facilities is None:
            self.iface.messageBar().pushWarning(self.title(), tr("Import an inventory first."))
            return
        params = {"INPUT": facilities.id() if facilities.id() in QgsProject.instance().mapLayers()
                  else facilities.source(), "OUTPUT": output_path("facilities_thi")}
        if self.scores.filePath():
            params["SCORES"] = self.scores.filePath()
        self.status.setText(tr("Computing the hazard index..."))
        self.start_job("tmf:hazardindex", params, self._scored)

    def _scored(self, ok: bool, results: dict, log: list) -> None:
        if not ok:
            self._failed(log)
            return
        self.facilities_layer = load_result(results["OUTPUT"], tr("Facilities (THI)"), "facilities",
                                            "facilities_thi.qml")
        self.workflow.publish("facilities", self.facilities_layer)
        incomplete = int(results.get("INCOMPLETE", 0))
        message = tr("Hazard index computed for {count} facilities; {incomplete} incomplete (missing inputs).").format(
            count=self.facilities_layer.featureCount(), incomplete=incomplete)
        self.status.setText(message)
        self.iface.messageBar().pushSuccess(self.title(), message)

    # Shared ------------------------------------------------------------------------------------------------------

    def _failed(self, log: list) -> None:
        message = next((line for line in reversed(log) if line), tr("The run failed or was cancelled."))
        self.status.setText(message)
        self.iface.messageBar().pushCritical(self.title(), message)

