"""The Inventory section's "Compare with the previous inventory" box: run the comparison, list the changes, zoom."""

from __future__ import annotations

from qgis.core import QgsCoordinateTransform, QgsMapLayerProxyModel, QgsProject, QgsRectangle, QgsVectorLayer
from qgis.gui import QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core import attributes
from ..i18n import tr
from ..ui.results import load_result, output_path
from .compare import needs_import

PATTERNS = "(*.csv *.txt *.tsv *.xlsx *.xls *.ods *.gpkg *.shp *.geojson *.json)"
ZOOM_HALF_SIZE_DEG = 0.05  # about 5 km around the facility: its surroundings, not just the dot
SHOWN = ("added", "removed", "changed", "unmatched")  # the list leaves out what did not change


def change_label(change) -> str:
    """A value of the `change` field in the user's language (the layer keeps the English code)."""
    labels = {"added": tr("added"), "removed": tr("removed"), "changed": tr("changed"),
              "unchanged": tr("unchanged"), "unmatched": tr("unmatched")}
    return labels.get(change, str(change))


class ComparisonBox(QGroupBox):
    """Widgets and background runs of the comparison; the section lends its progress bar, Cancel and workflow."""

    def __init__(self, section) -> None:
        super().__init__(tr("Compare with the previous inventory"), section)
        self.section = section
        self.changes_layer = None
        self.changes_report = None
        self._new = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.file = QgsFileWidget(self)
        self.file.setObjectName("inv_previous_file")
        self.file.setFilter(tr("Inventories") + f" {PATTERNS};;" + tr("All files") + " (*)")
        self.file.setStorageMode(QgsFileWidget.StorageMode.GetFile)
        form.addRow(tr("Previous inventory file"), self.file)
        self.layer = QgsMapLayerComboBox(self)
        self.layer.setObjectName("inv_previous_layer")
        self.layer.setFilters(QgsMapLayerProxyModel.Filter.PointLayer)
        self.layer.setAllowEmptyLayer(True)
        self.file.fileChanged.connect(lambda path: path and self.layer.setLayer(None))
        self.layer.setLayer(None)
        form.addRow(tr("or a loaded layer"), self.layer)
        layout.addLayout(form)
        self.compare_button = QPushButton(tr("Compare"), self)
        self.compare_button.setObjectName("inv_compare")
        self.compare_button.setToolTip(tr("Compare the imported inventory with the previous one by tmf_id and by "
                                          "value: added, removed, changed and unchanged facilities."))
        self.compare_button.clicked.connect(self.start)
        layout.addWidget(self.compare_button)
        self.status = QLabel("", self)
        self.status.setObjectName("inv_changes_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("inv_changes")
        self.table.setHorizontalHeaderLabels([tr("ID"), tr("Name"), tr("Change"), tr("Fields")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setToolTip(tr("Click a change to zoom to it."))
        header = self.table.horizontalHeader()
        for column in (0, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.cellClicked.connect(lambda row, _column: self.zoom_to(row))
        layout.addWidget(self.table, 1)
        remembered = section.setting("previous_file", "")
        if remembered:
            self.file.setFilePath(remembered)

    # Running -----------------------------------------------------------------------------------------------------

    def start(self) -> None:
        """Import the previous inventory when it is a table, then compare it with the new one, in the background."""
        section = self.section
        new = section.workflow.layer("facilities") or section.layer.currentLayer()
        path, layer = self.file.filePath(), self.layer.currentLayer()
        if new is None:
            section.iface.messageBar().pushWarning(section.title(), tr("Import the new inventory first."))
            return
        if not path and layer is None:
            section.iface.messageBar().pushWarning(section.title(), tr("Choose the previous inventory."))
            return
        section.remember(previous_file=path)
        self._new = new.id() if new.id() in QgsProject.instance().mapLayers() else new.source()
        old = path or layer.id()
        if path:  # a table is imported; a GIS file is used as it is when it already has tmf_id
            must_import = needs_import(path) or needs_import(path, QgsVectorLayer(path, "previous", "ogr").fields()
                                                             .names())
        else:
            must_import = needs_import(layer.source(), layer.fields().names())
        if must_import:
            self.status.setText(tr("Importing the previous inventory..."))
            section.start_job("tmf:importinventory", {
                "INPUT": old, "COUNTRY_NAME": section.country_name.text().strip(),
                "OUTPUT": output_path("previous_facilities"), "REPORT": "TEMPORARY_OUTPUT"}, self._imported)
        else:
            self._compare(old)

    def _imported(self, ok: bool, results: dict, log: list) -> None:
        if not ok:
            self._failed(log)
            return
        self._compare(results["OUTPUT"])

    def _compare(self, old) -> None:
        self.status.setText(tr("Comparing the inventories..."))
        self.section.start_job("tmf:compareinventories", {
            "OLD": old, "NEW": self._new, "OUTPUT": output_path("inventory_changes"),
            "REPORT": output_path("changed_fields")}, self._compared)

    def _compared(self, ok: bool, results: dict, log: list) -> None:
        if not ok:
            self._failed(log)
            return
        self.changes_report = load_result(results["REPORT"], tr("Changed fields"), "changed_fields")
        self.changes_layer = load_result(results["OUTPUT"], tr("Inventory changes"), "inventory_changes",
                                         "changes.qml", legend=change_label)
        self.section.workflow.publish("changes", self.changes_layer)
        self.fill(self.changes_layer)
        message = tr("{added} added, {removed} removed, {changed} changed, {unchanged} unchanged, "
                     "{unmatched} without a unique ID.").format(**{
                         key: int(results.get(key.upper(), 0))
                         for key in ("added", "removed", "changed", "unchanged", "unmatched")})
        self.status.setText(message)
        self.section.iface.messageBar().pushSuccess(self.section.title(), message)

    def _failed(self, log: list) -> None:
        message = next((line for line in reversed(log) if line), tr("The run failed or was cancelled."))
        self.status.setText(message)
        self.section.iface.messageBar().pushCritical(self.section.title(), message)

    # The list of changes -----------------------------------------------------------------------------------------

    def fill(self, layer) -> None:
        """One row per facility that is not unchanged, added first; each row keeps its feature id for the zoom."""
        order = {change: rank for rank, change in enumerate(SHOWN)}
        features = [f for f in layer.getFeatures() if f["change"] in order]
        features.sort(key=lambda f: (order[f["change"]], str(f["tmf_id"] or "")))
        self.table.setRowCount(len(features))
        for row, feature in enumerate(features):
            texts = [feature["tmf_id"], feature["name"], change_label(feature["change"]), feature["changed_fields"]]
            for column, value in enumerate(texts):
                item = QTableWidgetItem(attributes.text(value))
                item.setToolTip(item.text())
                if column == 0:
                    item.setData(Qt.ItemDataRole.UserRole, feature.id())
                self.table.setItem(row, column, item)

    def zoom_to(self, row: int) -> None:
        """Centre the map on the facility of a row and select it in the changes layer."""
        layer, item = self.changes_layer, self.table.item(row, 0)
        if layer is None or item is None:
            return
        fid = item.data(Qt.ItemDataRole.UserRole)
        feature = layer.getFeature(fid)
        if not feature.hasGeometry():
            return
        point = feature.geometry().asPoint()
        box = QgsRectangle(point.x() - ZOOM_HALF_SIZE_DEG, point.y() - ZOOM_HALF_SIZE_DEG,
                           point.x() + ZOOM_HALF_SIZE_DEG, point.y() + ZOOM_HALF_SIZE_DEG)
        canvas = self.section.iface.mapCanvas()
        target = canvas.mapSettings().destinationCrs()
        if target.isValid() and target != layer.crs():
            box = QgsCoordinateTransform(layer.crs(), target, QgsProject.instance()).transformBoundingBox(box)
        layer.selectByIds([fid])
        canvas.setExtent(box)
        canvas.refresh()
