"""Dock section of the job: "Downstream water bodies"."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsMapLayerProxyModel,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.attributes import is_null
from ..core.compat import layer_filters
from ..core.rivers import has_topology
from ..i18n import tr
from ..ui.results import load_result, output_path
from ..ui.section import Section
from .receptors import bundled_settlements, guess_population_field
from .summary import status_label

SUMMARY_COLUMNS = ("tmf_id", "status", "snap_dist_m", "first_water_body", "first_water_body_km", "path_km",
                   "first_receptor", "first_receptor_km", "population")


class DownstreamSection(Section):
    """Panel section for the job "Downstream water bodies"."""

    KEY = "downstream"
    TITLE = "Downstream water bodies"

    def title(self) -> str:
        """Translated title (written out so the translation tools find it)."""
        return tr("Downstream water bodies")

    def build(self) -> None:
        """Inputs, the optional network-building step, the run/cancel buttons and the summary table."""
        self.run = None
        self.layers: dict = {}
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.facilities = self._combo("ds_facilities", QgsMapLayerProxyModel.Filter.PointLayer)
        form.addRow(tr("Facilities"), self.facilities)
        self.rivers = self._combo("ds_rivers", QgsMapLayerProxyModel.Filter.LineLayer)
        self.rivers.layerChanged.connect(self._rivers_changed)
        form.addRow(tr("River network"), self.rivers)
        self.network_note = QLabel("", self)
        self.network_note.setObjectName("ds_network_note")
        self.network_note.setWordWrap(True)
        form.addRow("", self.network_note)
        self.outlets = self._combo("ds_outlets", QgsMapLayerProxyModel.Filter.VectorLayer, optional=True)
        self.outlets.setToolTip(tr("Terminal lakes and seas (Aral Sea, Balkhash, Caspian) or outlet points."))
        form.addRow(tr("Outlets (to build a network)"), self.outlets)
        self.tolerance_m = self._spin("ds_tolerance_m", "tolerance_m", 1000.0, 0.0, 1e5, 0)
        self.tolerance_m.setToolTip(tr("Line ends closer than this are joined when the network is built."))
        form.addRow(tr("Join line ends closer than (m)"), self.tolerance_m)
        self.build_button = QPushButton(tr("Build network from lines"), self)
        self.build_button.setObjectName("ds_build")
        self.build_button.clicked.connect(self.start_build)
        form.addRow("", self.build_button)
        self.lakes = self._combo("ds_lakes", QgsMapLayerProxyModel.Filter.PolygonLayer, optional=True)
        form.addRow(tr("Lakes and reservoirs"), self.lakes)
        self.snap_m = self._spin("ds_snap_m", "snap_m", 5000.0, 0.0, 1e6, 0)
        form.addRow(tr("Snap distance (m)"), self.snap_m)
        self.max_km = self._spin("ds_max_km", "max_km", 100.0, 0.0, 1e4, 1)
        form.addRow(tr("Distance along the flow (km)"), self.max_km)
        self.width_m = self._spin("ds_width_m", "width_m", 1000.0, 0.0, 1e5, 0)
        form.addRow(tr("Corridor width each side (m)"), self.width_m)
        self.rule = QComboBox(self)
        self.rule.setObjectName("ds_rule")
        self.rule.addItems([tr("The same distance for every facility"), tr("Runout from the dam: Rico et al. 2008"),
                            tr("Runout from the dam: Larrauri and Lall 2018")])
        self.rule.setToolTip(tr("Runout uses the fields volume_m3 and dam_height_m; facilities without them "
                                "keep the distance above."))
        self.rule.setCurrentIndex(int(self.setting("rule", "0")))
        form.addRow(tr("Distance per facility"), self.rule)
        self._build_receptors(form)
        layout.addLayout(form)

        self.add_run_row(layout, tr("Trace downstream"), self.start, "ds")
        self.status = QLabel("", self)
        self.status.setObjectName("ds_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.table = QTableWidget(0, len(SUMMARY_COLUMNS), self)
        self.table.setObjectName("ds_table")
        self.table.setHorizontalHeaderLabels([tr("Facility"), tr("Status"), tr("Snap (m)"), tr("First water body"),
                                              tr("at (km)"), tr("Path (km)"), tr("First receptor"), tr("at (km)"),
                                              tr("Population downstream")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setToolTip(tr("Double-click a facility to zoom to its downstream path."))
        self.table.cellDoubleClicked.connect(lambda row, _column: self.zoom_to_row(row))
        layout.addWidget(self.table, 1)

        self.workflow.changed.connect(self._earlier_result)
        for key in ("facilities", "rivers", "lakes"):
            self._earlier_result(key)
        self._rivers_changed(self.rivers.currentLayer())

    def _build_receptors(self, form: QFormLayout) -> None:
        """Receptors layer (the bundled Natural Earth settlements unless another is chosen), population, distance."""
        self.receptors = self._combo("ds_receptors", layer_filters(QgsMapLayerProxyModel.Filter.PointLayer,
                                                                   QgsMapLayerProxyModel.Filter.PolygonLayer),
                                     optional=True)
        self.bundled_text = tr("Natural Earth settlements (bundled)")
        self.receptors.setAdditionalItems([self.bundled_text])
        if self.setting("receptors", "bundled") == "bundled":
            self.receptors.setCurrentIndex(self.receptors.findText(self.bundled_text))
        self.receptors.setToolTip(tr("Settlements, water intakes or protected areas near the downstream paths; "
                                     "leave empty to list none."))
        form.addRow(tr("Receptors downstream"), self.receptors)
        self.population = QgsFieldComboBox(self)
        self.population.setObjectName("ds_population")
        self.population.setAllowEmptyFieldName(True)
        form.addRow(tr("Population field"), self.population)
        self.receptor_m = self._spin("ds_receptor_m", "receptor_m", 5000.0, 0.0, 1e6, 0)
        form.addRow(tr("Receptors within (m) of the path"), self.receptor_m)
        self.receptors.currentIndexChanged.connect(lambda _index: self._receptors_changed())
        self._receptors_changed()

    def receptor_source(self):
        """The chosen receptor layer, the bundled settlements' file path, or None when no receptors are wanted."""
        layer = self.receptors.currentLayer()
        if layer is not None:
            return layer
        return bundled_settlements() if self.receptors.currentText() == self.bundled_text else None

    def _receptors_changed(self) -> None:
        """Offer the chosen layer's fields for the population, guessing it; the bundled places carry POP_MAX."""
        source = self.receptor_source()
        layer = source if not isinstance(source, str) else QgsVectorLayer(source, "places", "ogr")
        self._receptor_fields_layer = layer  # the combo does not keep its layer alive
        self.population.setLayer(layer)
        self.population.setField(guess_population_field(layer.fields()) if layer is not None else "")
        self.population.setEnabled(layer is not None)

    def _combo(self, name: str, filters, optional: bool = False) -> QgsMapLayerComboBox:
        combo = QgsMapLayerComboBox(self)
        combo.setObjectName(name)
        combo.setFilters(filters)
        if optional:
            combo.setAllowEmptyLayer(True)
            combo.setLayer(None)
        return combo

    def _spin(self, name: str, key: str, default: float, low: float, high: float, decimals: int) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setDecimals(decimals)
        spin.setValue(float(self.setting(key, str(default))))
        return spin


    def _remember(self) -> None:
        self.remember(snap_m=self.snap_m.value(), max_km=self.max_km.value(), width_m=self.width_m.value(),
                      rule=self.rule.currentIndex(), tolerance_m=self.tolerance_m.value(),
                      receptor_m=self.receptor_m.value(),
                      receptors="bundled" if self.receptors.currentText() == self.bundled_text else "layer")

    def _earlier_result(self, key: str) -> None:
        """Take the facilities, network and lakes that other sections published."""
        layer = self.workflow.layer(key)
        combo = {"facilities": self.facilities, "rivers": self.rivers, "lakes": self.lakes}.get(key)
        if layer is not None and combo is not None and combo.currentLayer() is not layer:
            combo.setLayer(layer)

    def _rivers_changed(self, layer) -> None:
        """Say whether the chosen lines are routable; offer the build step when they are not."""
        routable = layer is not None and has_topology(layer)
        if layer is None:
            self.network_note.setText(tr("Choose a river layer."))
        elif routable:
            self.network_note.setText(tr("Routable: HYRIV_ID and NEXT_DOWN found."))
        else:
            self.network_note.setText(tr("Plain lines: build a network from them first (choose outlets below)."))
        self.build_button.setEnabled(layer is not None and self.run is None)

    def set_busy(self, busy: bool) -> None:
        """Trace and build wait for the running job; build also for a river layer."""
        super().set_busy(busy)
        self.build_button.setEnabled(not busy and self.rivers.currentLayer() is not None)

    def start_build(self) -> None:
        """Run tmf:buildrivernetwork on the chosen lines, toward the chosen outlets."""
        lines = self.rivers.currentLayer()
        if lines is None:
            self.iface.messageBar().pushWarning(self.title(), tr("Choose a river layer."))
            return
        self._remember()
        params = {"INPUT": lines.id(), "SNAP_TOLERANCE_M": self.tolerance_m.value(),
                  "ORIENTATION": 1 if self.outlets.currentLayer() else 0, "OUTPUT": output_path("network")}
        if self.outlets.currentLayer() is not None:
            params["OUTLETS"] = self.outlets.currentLayer().id()
        self.status.setText(tr("Building the river network..."))
        self.start_job("tmf:buildrivernetwork", params, self._built)

    def _built(self, ok: bool, results: dict, log: list) -> None:
        if not ok:
            self._failed(log)
            return
        layer = load_result(results["OUTPUT"], tr("River network"), "rivers", "network.qml", legend=network_label)
        self.workflow.publish("rivers", layer)
        self.rivers.setLayer(layer)
        warnings = [line for line in log if line]
        self.status.setText(warnings[-1] if warnings else tr("River network built."))
        self.iface.messageBar().pushSuccess(self.title(), tr("River network built."))

    def parameters(self) -> dict:
        """Parameters of tmf:tracedownstream from the widgets; outputs go to fresh files."""
        params = {
            "INPUT": self.facilities.currentLayer().id(),
            "RIVERS": self.rivers.currentLayer().id(),
            "SNAP_DISTANCE_M": self.snap_m.value(),
            "MAX_DISTANCE_KM": self.max_km.value(),
            "CORRIDOR_WIDTH_M": self.width_m.value(),
            "RUNOUT": self.rule.currentIndex(),
            "OUTPUT_SUMMARY": output_path("downstream_summary"),
            "OUTPUT_PATHS": output_path("downstream_paths"),
            "OUTPUT_CORRIDORS": output_path("downstream_corridors"),
        }
        if self.lakes.currentLayer() is not None:
            params["LAKES"] = self.lakes.currentLayer().id()
        receptors = self.receptor_source()
        if receptors is not None:
            params["RECEPTORS"] = receptors if isinstance(receptors, str) else receptors.id()
            params["RECEPTOR_DISTANCE_M"] = self.receptor_m.value()
            params["OUTPUT_RECEPTORS"] = output_path("downstream_receptors")
            if self.population.currentField():
                params["POPULATION_FIELD"] = self.population.currentField()
        return params

    def start(self) -> None:
        """Trace every facility in the background."""
        facilities, rivers = self.facilities.currentLayer(), self.rivers.currentLayer()
        if facilities is None or rivers is None:
            self.iface.messageBar().pushWarning(self.title(), tr("Choose a facility layer and a river network."))
            return
        if not has_topology(rivers):
            self.iface.messageBar().pushWarning(
                self.title(), tr("The river layer has no HYRIV_ID and NEXT_DOWN: build a network from it first.")
            )
            return
        self._remember()
        # Later sections (transboundary flags) trace on the same network and lakes.
        if self.workflow.layer("rivers") is not rivers:
            self.workflow.publish("rivers", rivers)
        if self.lakes.currentLayer() is not None and self.workflow.layer("lakes") is not self.lakes.currentLayer():
            self.workflow.publish("lakes", self.lakes.currentLayer())
        # ... and name the first receptor across the border from the same receptors (None: no receptors wanted).
        if self.workflow.layer("receptors_input") is not self._receptor_fields_layer:
            self.workflow.publish("receptors_input", self._receptor_fields_layer)
        self.outputs = self.parameters()
        self.status.setText(tr("Tracing downstream..."))
        self.start_job("tmf:tracedownstream", self.outputs, self._traced)

    def _failed(self, log: list) -> None:
        problem = next((line for line in reversed(log) if line), "") or tr("cancelled")
        self.status.setText(tr("Stopped: {problem}").format(problem=problem))
        self.iface.messageBar().pushWarning(self.title(), self.status.text())

    def _traced(self, ok: bool, results: dict, log: list) -> None:
        if not ok:
            self._failed(log)
            return
        for key, output, name, style in (
            ("corridors", "OUTPUT_CORRIDORS", tr("Water-body corridors"), "corridors.qml"),
            ("paths", "OUTPUT_PATHS", tr("Downstream paths"), "paths.qml"),
            ("receptors", "OUTPUT_RECEPTORS", tr("Receptors downstream"), "receptors.qml"),
            ("summary", "OUTPUT_SUMMARY", tr("Downstream summary"), "summary.qml"),
        ):
            if output not in self.outputs:
                continue
            layer = load_result(results.get(output, self.outputs[output]), name, key, style,
                                legend=status_label if key == "summary" else None)
            self.layers[key] = layer
            self.workflow.publish(key, layer)
        counts = self.fill_table(self.layers["summary"])
        self.status.setText(
            tr("{ok} traced in full, {short} stopped early, {missed} not snapped.").format(
                ok=counts.get("ok", 0), missed=counts.get("not snapped", 0),
                short=sum(v for k, v in counts.items() if k not in ("ok", "not snapped")),
            )
        )
        self.iface.messageBar().pushSuccess(self.title(), self.status.text())

    def fill_table(self, layer) -> dict:
        """One row per facility of the summary; returns how many facilities have each status."""
        features = list(layer.getFeatures())
        self.table.setRowCount(len(features))
        counts: dict = {}
        for row, feature in enumerate(features):
            counts[feature["status"]] = counts.get(feature["status"], 0) + 1
            for column, name in enumerate(SUMMARY_COLUMNS):
                value = feature[name]
                text = "" if is_null(value) else (
                    f"{value:.1f}" if isinstance(value, float) else
                    f"{value:,}".replace(",", "\u202f") if isinstance(value, int) and name == "population" else
                    str(value))
                item = QTableWidgetItem(status_label(text) if name == "status" else text)
                item.setData(Qt.ItemDataRole.UserRole, value)  # the machine value, e.g. the status word
                self.table.setItem(row, column, item)
        return counts

    def zoom_to_row(self, row: int) -> None:
        """Zoom the map to the downstream path of the facility in a table row."""
        paths = self.layers.get("paths")
        item = self.table.item(row, 0) if row >= 0 else None
        if paths is None or item is None:
            return
        tmf_id = item.text().replace("'", "''")
        request = QgsFeatureRequest().setFilterExpression(f"\"tmf_id\" = '{tmf_id}'")
        box, ids = None, []
        for feature in paths.getFeatures(request):
            ids.append(feature.id())
            if box is None:
                box = QgsRectangle(feature.geometry().boundingBox())
            else:
                box.combineExtentWith(feature.geometry().boundingBox())
        if not ids:
            self.iface.messageBar().pushInfo(self.title(), tr("No downstream path for {id}.").format(id=item.text()))
            return
        paths.selectByIds(ids)
        canvas = self.iface.mapCanvas()
        to_map = QgsCoordinateTransform(paths.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance())
        extent = to_map.transformBoundingBox(box)
        # A straight path has a zero-width box; pad both ways so the canvas can show it.
        pad = max(extent.width(), extent.height()) * 0.1 or 1000.0
        extent = QgsRectangle(extent.xMinimum() - pad, extent.yMinimum() - pad, extent.xMaximum() + pad,
                              extent.yMaximum() + pad)
        canvas.setExtent(extent)
        canvas.refresh()


def network_label(value) -> str:
    """A category of the river network's legend in the user's language."""
    return tr("Needs a look (see field issue)") if value == "issue" else tr("Routable reach")
