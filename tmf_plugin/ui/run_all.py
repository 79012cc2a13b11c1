""""Run all on the sample data": the four jobs one after another in the dock, each waiting for the one before."""

from __future__ import annotations

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal

from ..i18n import tr
from ..paths import resource, sample_layers_dir

SAMPLE_GROUP = "Sample data (Natural Earth)"
# Natural Earth carries only large rivers, so facilities sit tens of kilometres from the nearest one.
SAMPLE_SNAP_M = 30000.0


def sample_reference() -> list[tuple[str, str, str]]:
    """(file and layer name, name shown in the user's language, style) of each sample reference layer."""
    return [
        ("countries", tr("Countries (Natural Earth)"), "sheet_countries.qml"),
        ("lakes", tr("Lakes (Natural Earth)"), "sheet_lakes.qml"),
        ("outlets", tr("Outlets: Aral, Balkhash, Caspian, lower Ob"), "outlets.qml"),
        ("rivers", tr("Rivers (Natural Earth)"), "sheet_rivers.qml"),
    ]


def sample_reference_layers(project: QgsProject | None = None) -> dict:
    """The sample reference layers in the project, added (styled, in their own group) when missing."""
    project = project or QgsProject.instance()
    folder = sample_layers_dir()
    group = project.layerTreeRoot().findGroup(SAMPLE_GROUP)
    layers = {}
    for name, title, style in sample_reference():
        path = str(folder / f"{name}.gpkg")
        found = [layer for layer in project.mapLayers().values() if layer.source().split("|")[0] == path]
        if found:
            layers[name] = found[0]
            continue
        layer = QgsVectorLayer(path, title, "ogr")
        if style:
            layer.loadNamedStyle(str(resource("styles", style)))
        if group is None:
            group = project.layerTreeRoot().addGroup(SAMPLE_GROUP)
        project.addMapLayer(layer, False)
        group.insertLayer(0, layer)
        layers[name] = layer
    return layers


class RunAll(QObject):
    """Drives the dock's sections through the whole workflow; stops at the first job that fails."""

    step = pyqtSignal(int, int, str)  # number, count, what is running
    finished = pyqtSignal(bool, str)

    def __init__(self, dock, sheets_folder: str | None = None) -> None:
        super().__init__(dock)
        self.dock = dock
        self.sheets_folder = sheets_folder
        self.steps: list = []
        self.count = 0
        self.current = None

    def start(self) -> None:
        """Load the sample, then start the first job."""
        inventory, downstream, transboundary, sheets = self.dock.sections
        reference = sample_reference_layers()
        sample = sample_layers_dir()

        def import_inventory():
            inventory.file.setFilePath(str(sample / "tmf_inventory_messy.csv"))
            inventory.start()

        def build_network():
            downstream.rivers.setLayer(reference["rivers"])
            downstream.outlets.setLayer(reference["outlets"])
            downstream.lakes.setLayer(reference["lakes"])
            downstream.snap_m.setValue(SAMPLE_SNAP_M)
            downstream.start_build()

        def flag():
            transboundary.snap_m.setValue(SAMPLE_SNAP_M)
            transboundary.start()

        def export():
            sheets.kind.setCurrentIndex(sheets.kind.findData("overview"))
            if not sheets.title_edit.text().strip():
                sheets.title_edit.setText(tr("Tailings management facilities: illustrative sample"))
            if self.sheets_folder:
                sheets.folder.setFilePath(self.sheets_folder)
            sheets.start_export()

        self.steps = [
            (tr("Importing the sample inventory"), inventory, import_inventory),
            (tr("Scoring the hazard index"), inventory, inventory.start_hazard),
            (tr("Building the river network"), downstream, build_network),
            (tr("Tracing downstream"), downstream, downstream.start),
            (tr("Flagging transboundary risk"), transboundary, flag),
            (tr("Exporting the overview sheet"), sheets, export),
        ]
        self.count = len(self.steps)
        self._next()

    def cancel(self) -> None:
        """Stop the running job and the ones after it."""
        self.steps = []
        if self.current is not None and self.current.run is not None:
            self.current.cancel()

    def _next(self) -> None:
        if not self.steps:
            self.current = None
            self.finished.emit(True, tr("The whole workflow ran on the sample data."))
            return
        label, section, action = self.steps.pop(0)
        self.current = section
        self.step.emit(self.count - len(self.steps), self.count, label)
        self.dock.toolbox.setCurrentWidget(section)
        action()
        run = section.run
        if run is None:  # the section refused to start and has told the user why
            self.steps = []
            self.finished.emit(False, tr("Stopped at: {step}").format(step=label))
            return
        # Queued after the section's own handler, which loads and publishes the result first.
        run.finished.connect(lambda ok, _results, label=label: QTimer.singleShot(0, lambda: self._done(ok, label)))

    def _done(self, ok: bool, label: str) -> None:
        if not ok:
            self.steps = []
            self.current = None
            self.finished.emit(False, tr("Stopped at: {step}").format(step=label))
            return
        self._next()
