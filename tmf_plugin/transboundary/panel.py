"""Dock section of the job: "Transboundary"."""

from __future__ import annotations

from qgis.core import QgsMapLayerProxyModel, QgsProject, QgsRectangle
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core import attributes
from ..core import parameters as param
from ..i18n import tr
from ..ui.results import load_result, output_path
from ..ui.section import SETTINGS_SCOPE, Section
from .flags import HIGH, MEDIUM, NONE, SEVERITY
from .names import DEFAULT_NAMES, split_names

RESULT_KEY = "flagged"


def flag_label(flag) -> str:
    """The flag as the legend and the table say it, in the user's language."""
    labels = {
        HIGH: tr("High: runoff leaves the country"),
        MEDIUM: tr("Medium: reaches or is near a transboundary river"),
        NONE: tr("No transboundary flag"),
    }
    return labels.get(flag, tr("Not assessed (no location)"))


def short_flag_label(flag) -> str:
    """The flag in one word, for the table."""
    labels = {HIGH: tr("High"), MEDIUM: tr("Medium"), NONE: tr("None")}
    return labels.get(flag, tr("Not assessed"))


def summary_text(counts: dict) -> str:
    """The summary line under the run button."""
    return tr("{high} high, {medium} medium, {none} none").format(
        high=counts.get(HIGH, 0), medium=counts.get(MEDIUM, 0), none=counts.get(NONE, 0))


class TransboundarySection(Section):
    """Panel section for the job "Transboundary"."""

    KEY = "transboundary"
    TITLE = "Transboundary"

    def title(self) -> str:
        """Translated title (written out so the translation tools find it)."""
        return tr("Transboundary")

    def build(self) -> None:
        """The inputs, the run/cancel buttons with progress, the summary and the table of flagged facilities."""
        self.run = None
        self.result_layer = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.facilities = QgsMapLayerComboBox(self)
        self.facilities.setFilters(QgsMapLayerProxyModel.Filter.PointLayer)
        self.facilities.setObjectName("tb_facilities")
        form.addRow(tr("Facilities"), self.facilities)
        self.rivers = QgsMapLayerComboBox(self)
        self.rivers.setFilters(QgsMapLayerProxyModel.Filter.LineLayer)
        self.rivers.setObjectName("tb_rivers")
        self.rivers.setToolTip(tr("A network with HYRIV_ID and NEXT_DOWN also gives the downstream fields."))
        form.addRow(tr("Rivers"), self.rivers)
        self.countries = QgsMapLayerComboBox(self)
        self.countries.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.countries.setAllowEmptyLayer(True)
        self.countries.setLayer(None)
        self.countries.setObjectName("tb_countries")
        self.countries.setToolTip(tr("Empty: the Natural Earth borders shipped with the plugin."))
        form.addRow(tr("Country borders"), self.countries)
        self.country = QLineEdit(self.setting("country", "KAZ"), self)
        self.country.setObjectName("tb_country")
        self.country.setToolTip(tr("Name or ISO code of the country whose border is watched, e.g. KAZ."))
        form.addRow(tr("Country"), self.country)
        self.names = QPlainTextEdit(self)
        self.names.setObjectName("tb_names")
        self.names.setPlainText("\n".join(part.strip() for part in self.setting("names", DEFAULT_NAMES).split(",")))
        self.names.setToolTip(tr("One river per line; spellings of one river separated by /. Rivers that cross "
                                 "the border are found from the map as well."))
        self.names.setMaximumHeight(110)
        form.addRow(tr("Transboundary rivers"), self.names)
        self.near_km = self._spin("tb_near_km", float(self.setting("near_km", "10")), 0.0, 500.0)
        form.addRow(tr("Near distance (km)"), self.near_km)
        self.max_km = self._spin("tb_max_km", float(self.setting("max_km", "100")), 0.0, 5000.0)
        form.addRow(tr("Maximum distance downstream (km)"), self.max_km)
        self.snap_m = self._spin("tb_snap_m", float(self.setting("snap_m", "5000")), 0.0, 200000.0)
        self.snap_m.setDecimals(0)
        self.snap_m.setSingleStep(1000.0)
        self.snap_m.setToolTip(tr("How far a facility may lie from the river network and still be traced; tens of "
                                  "km for the Natural Earth sample, a few km for HydroRIVERS."))
        form.addRow(tr("Snap distance to the river network (m)"), self.snap_m)
        layout.addLayout(form)

        self.add_run_row(layout, tr("Flag facilities"), self.start, "tb")
        self.summary = QLabel("", self)
        self.summary.setObjectName("tb_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("tb_table")
        self.table.setHorizontalHeaderLabels(
            [tr("Facility"), tr("Flag"), tr("River"), tr("Distance (km)"), tr("Border (km)"), tr("Enters")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.cellDoubleClicked.connect(lambda row, _column: self.zoom_to_row(row))
        layout.addWidget(self.table, 1)
        self.zoom_button = QPushButton(tr("Zoom to facility"), self)
        self.zoom_button.setObjectName("tb_zoom")
        self.zoom_button.clicked.connect(lambda: self.zoom_to_row(self.table.currentRow()))
        layout.addWidget(self.zoom_button)

        self.workflow.changed.connect(self._earlier_result)
        for key in ("facilities", "rivers"):
            if self.workflow.layer(key) is not None:
                self._earlier_result(key)

    def _spin(self, name: str, value: float, low: float, high: float) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setDecimals(1)
        spin.setValue(value)
        return spin


    def _remember(self) -> None:
        self.remember(country=self.country.text().strip(), names=self.names_text(), near_km=self.near_km.value(),
                      max_km=self.max_km.value(), snap_m=self.snap_m.value())

    def _earlier_result(self, key: str) -> None:
        """Take the facilities and the routable network that the earlier sections produced."""
        layer = self.workflow.layer(key)
        if layer is None:
            return
        if key == "facilities":
            self.facilities.setLayer(layer)
        elif key == "rivers":
            self.rivers.setLayer(layer)

    def names_text(self) -> str:
        """The editable list as the algorithm's comma-separated TRANSBOUNDARY_NAMES (spellings kept with /)."""
        lines = [line.strip() for line in self.names.toPlainText().splitlines()]
        return ", ".join(line for line in lines if split_names(line))

    def parameters(self) -> dict:
        """Parameters of tmf:flagtransboundary from the widgets; the output goes to a fresh file."""
        params = {
            param.INPUT: self.facilities.currentLayer().id(),
            param.RIVERS: self.rivers.currentLayer().id(),
            param.COUNTRY: self.country.text().strip() or "KAZ",
            param.TRANSBOUNDARY_NAMES: self.names_text(),
            param.NEAR_DISTANCE_KM: self.near_km.value(),
            param.MAX_DISTANCE_KM: self.max_km.value(),
            param.SNAP_DISTANCE_M: self.snap_m.value(),
            param.OUTPUT: output_path("flagged"),
        }
        if self.countries.currentLayer() is not None:
            params[param.COUNTRIES] = self.countries.currentLayer().id()
        lakes = self.workflow.layer("lakes")
        if lakes is not None:
            params[param.LAKES] = lakes.id()
        params.update(self.receptor_parameters())
        return params

    def receptor_parameters(self) -> dict:
        """RECEPTORS and RECEPTOR_DISTANCE_M as the downstream section last traced with them, so that tb_reason
        names the first receptor across the border; empty when that section used none."""
        receptors = self.workflow.layer("receptors_input")
        if receptors is None:
            return {}
        project = QgsProject.instance()
        # The bundled settlements are read from their file and are not a project layer.
        source = receptors.id() if project.mapLayer(receptors.id()) is not None else receptors.source()
        distance = attributes.as_float(project.readEntry(SETTINGS_SCOPE, "downstream/receptor_m", "5000")[0])
        return {"RECEPTORS": source, "RECEPTOR_DISTANCE_M": 5000.0 if distance is None else distance}

    def start(self) -> None:
        """Run the algorithm in the background."""
        if self.facilities.currentLayer() is None or self.rivers.currentLayer() is None:
            self.iface.messageBar().pushWarning(tr("Transboundary"), tr("Choose a facility layer and a river layer."))
            return
        self._remember()
        params = self.parameters()
        self.output = params[param.OUTPUT]
        self.summary.setText(tr("Flagging facilities..."))
        self.start_job("tmf:flagtransboundary", params, self._finished)

    def _finished(self, ok: bool, results: dict, log: list) -> None:
        if not ok:
            problem = next((line for line in reversed(log) if line), "")
            self.summary.setText(tr("Not flagged: {problem}").format(problem=problem or tr("cancelled")))
            self.iface.messageBar().pushWarning(tr("Transboundary"), self.summary.text())
            return
        layer = load_result(results.get(param.OUTPUT, self.output), tr("Transboundary flags"), RESULT_KEY,
                            "flagged.qml", legend=flag_label)
        self.result_layer = layer
        self.workflow.publish(RESULT_KEY, layer)
        counts = self.fill_table(layer)
        self.summary.setText(summary_text(counts))
        self.iface.messageBar().pushSuccess(tr("Transboundary"), self.summary.text())

    def fill_table(self, layer) -> dict:
        """List the facilities, most severe first (then nearest border, then nearest river); return the counts."""
        rows: list = []
        counts: dict[str, int] = {}
        for feature in layer.getFeatures():
            flag = feature["tb_flag"] if feature["tb_flag"] in SEVERITY else ""
            counts[flag] = counts.get(flag, 0) + 1
            border, dist = attributes.as_float(feature["border_km"]), attributes.as_float(feature["tb_dist_km"])
            label = str(feature["tmf_id"]) if layer.fields().lookupField("tmf_id") >= 0 else str(feature.id())
            rows.append((SEVERITY.get(flag, 3), border if border is not None else 1e12,
                         dist if dist is not None else 1e12, feature.id(), label, flag,
                         attributes.text(feature["tb_river"]), dist, border,
                         attributes.text(feature["receiving_country"]),
                         attributes.text(feature["tb_reason"])))
        rows.sort()
        self.table.setRowCount(len(rows))
        for row, (_, _, _, fid, label, flag, river, dist, border, receiving, reason) in enumerate(rows):
            cells = [label, short_flag_label(flag), river, _km(dist), _km(border), receiving]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(reason)
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, fid)
                self.table.setItem(row, column, item)
        return counts

    def zoom_to_row(self, row: int) -> None:
        """Centre the map on the facility of a table row and select it."""
        if self.result_layer is None or row < 0 or self.table.item(row, 0) is None:
            return
        fid = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        feature = self.result_layer.getFeature(fid)
        if not feature.hasGeometry():
            return
        self.result_layer.selectByIds([fid])
        canvas = self.iface.mapCanvas()
        point = canvas.mapSettings().layerToMapCoordinates(self.result_layer, feature.geometry().asPoint())
        extent = canvas.extent()
        width, height = (extent.width() or 1.0), (extent.height() or 1.0)
        canvas.setExtent(QgsRectangle(point.x() - width / 2, point.y() - height / 2,
                                      point.x() + width / 2, point.y() + height / 2))
        canvas.refresh()


def _km(value) -> str:
    return "" if value is None else f"{value:.1f}"
