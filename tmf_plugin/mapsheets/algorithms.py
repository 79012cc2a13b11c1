"""Processing algorithm of job 4: tmf:exportmapsheets."""

from __future__ import annotations

import os
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsDataProvider,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProject,
    QgsVectorFileWriter,
)

from ..core.errors import TmfError
from ..i18n import tr
from ..processing.base import NamedEnumParameter, TmfAlgorithm
from .export import FORMATS, export_sheets, safe_file_stem
from .layers import LAYER_KEYS, SheetLayer, private_copy, project_layer, resolve
from .layout import KINDS, SheetOptions, build_sheets
from .texts import LANGUAGES

PAPERS = ("A4", "A3")
ORIENTATIONS = ("landscape", "portrait")
LAYOUT_GROUP = "TMF Safety map sheets"


class ExportMapSheetsAlgorithm(TmfAlgorithm):
    """Map sheets for working-group meetings: overview, one per facility, or one per region."""

    ID = "exportmapsheets"
    GROUP_ID = "mapsheets"

    def group(self) -> str:
        return tr("4. Map sheets")

    def displayName(self) -> str:
        return tr("Export map sheets")

    def shortHelpString(self) -> str:
        return self.help_file() or tr(
            "Exports print-ready map sheets for working-group meetings: an overview of all facilities, one sheet "
            "per facility (atlas) or one per region, on A4 or A3, in English, Russian or Kazakh, as one PDF, one "
            "PDF per sheet or PNG images. Layers not given are taken from the project, else from the bundled "
            "Natural Earth layers. The layout is also added to the project for editing in the layout designer.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", tr("Flagged facilities"), [QgsProcessing.SourceType.TypeVectorPoint]))
        labels = {
            "rivers": tr("Rivers"),
            "lakes": tr("Lakes and reservoirs"),
            "countries": tr("Countries (borders)"),
            "regions": tr("Regions (admin-1)"),
            "places": tr("Settlements"),
            "paths": tr("Downstream paths"),
            "corridors": tr("Downstream corridors"),
            "receptors": tr("Receptors downstream"),
        }
        for key in LAYER_KEYS:
            self.addParameter(QgsProcessingParameterVectorLayer(
                key.upper(), labels[key], [QgsProcessing.SourceType.TypeVectorAnyGeometry], optional=True))
        # Each by name or index: scripts and qgis_process pass readable values (SHEETS=facility, LANGUAGE=ru).
        self.addParameter(NamedEnumParameter("SHEETS", tr("Sheets"), KINDS, default="facility"))
        self.addParameter(NamedEnumParameter("PAPER", tr("Paper"), PAPERS, default="A4"))
        self.addParameter(NamedEnumParameter("ORIENTATION", tr("Orientation"), ORIENTATIONS, default="landscape"))
        self.addParameter(NamedEnumParameter("LANGUAGE", tr("Sheet language"), LANGUAGES, default="en"))
        self.addParameter(QgsProcessingParameterString("TITLE", tr("Title"), optional=True))
        self.addParameter(QgsProcessingParameterString("SUBTITLE", tr("Subtitle (e.g. meeting and date)"),
                                                       optional=True))
        self.addParameter(NamedEnumParameter("FORMAT", tr("Format"), FORMATS, default="pdf"))
        self.addParameter(QgsProcessingParameterNumber(
            "DPI", tr("Resolution (dpi)"), QgsProcessingParameterNumber.Type.Integer, 200, minValue=50, maxValue=600))
        self.addParameter(QgsProcessingParameterFile(
            "GAZETTEER", tr("Gazetteer: names in en / ru / kk (CSV; empty: the shipped default)"),
            extension="csv", optional=True))
        first = QgsProcessingParameterNumber("MAX_SHEETS", tr("Only the first sheets (0 = all; pdfs and png)"),
                                             QgsProcessingParameterNumber.Type.Integer, 0, optional=True, minValue=0)
        first.setFlags(first.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced)
        self.addParameter(first)
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", tr("Output folder")))
        self.addOutput(QgsProcessingOutputString("FILES", tr("Files written (separated by ';')")))
        self.addOutput(QgsProcessingOutputNumber("SHEET_COUNT", tr("Number of sheets")))

    def options(self, parameters, context) -> SheetOptions:
        """The sheet options from the parameters."""
        return SheetOptions(
            kind=self.enum_name(parameters, "SHEETS", context),
            paper=self.enum_name(parameters, "PAPER", context),
            orientation=self.enum_name(parameters, "ORIENTATION", context),
            language=self.enum_name(parameters, "LANGUAGE", context),
            title=self.parameterAsString(parameters, "TITLE", context) or "",
            subtitle=self.parameterAsString(parameters, "SUBTITLE", context) or "",
            gazetteer=self.parameterAsFile(parameters, "GAZETTEER", context) or "",
        )

    def sheet_inputs(self, parameters, context):
        """The facilities (a private copy) and every other sheet layer, resolved parameter > project > sample."""
        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is None:
            raise QgsProcessingException(tr("The facilities layer (INPUT) could not be opened."))
        facilities = source.materialize(QgsFeatureRequest())
        facilities.setName(source.sourceName())
        layers = {}
        for key, (copy, name) in getattr(self, "_from_project", {}).items():
            # A fresh copy each time: the sheets' private project deletes the layers it was given when cleared.
            layers[key] = SheetLayer(key, private_copy(copy, key), "project", name)
        for key in LAYER_KEYS:
            if key in layers:
                continue
            given = self.parameterAsVectorLayer(parameters, key.upper(), context)
            resolved = resolve(key, given, None)  # the project was read in prepareAlgorithm
            if resolved is not None:
                layers[key] = resolved
        return facilities, layers

    def prepareAlgorithm(self, parameters, context, feedback):
        # Runs on the main thread, also when the export is a background task: the only safe moment to read the
        # user's project. The worker thread then draws from private copies made here.
        self._from_project = {}
        project = context.project()
        for key in LAYER_KEYS:
            if parameters.get(key.upper()) in (None, ""):
                found = project_layer(project, key)
                if found is not None:
                    self._from_project[key] = (private_copy(found, key), found.name())
        return True

    def process(self, parameters, context, feedback):
        options = self.options(parameters, context)
        folder = self.parameterAsString(parameters, "OUTPUT_FOLDER", context)
        fmt = self.enum_name(parameters, "FORMAT", context)
        dpi = self.parameterAsInt(parameters, "DPI", context)
        facilities, layers = self.sheet_inputs(parameters, context)
        feedback.pushInfo(tr("Layers on the sheets: {layers}").format(layers=", ".join(
            f"{key} ({layer.origin})" for key, layer in layers.items())))
        # The sheets are drawn from a private project: the user's layers and styles are never touched, and the
        # export can run in a background thread.
        project = QgsProject()
        sheets = build_sheets(project, layers, facilities, options)
        for note in sheets.notes:
            feedback.pushWarning(note)
        feedback.pushInfo(tr("{count} sheets to export").format(count=sheets.count))
        limit = self.parameterAsInt(parameters, "MAX_SHEETS", context) if parameters.get("MAX_SHEETS") else 0
        files = export_sheets(sheets, folder, fmt, dpi, options.language, feedback, limit)
        if feedback.isCanceled():
            feedback.reportError(tr("Export canceled after {count} files.").format(count=len(files)))
        # A preview (only the first sheets) leaves the project alone; a full export adds its editable layout.
        self._layout_request = (dict(parameters), options, folder) if not limit else None
        del sheets
        project.clear()
        return {"OUTPUT_FOLDER": folder, "FILES": ";".join(files), "SHEET_COUNT": len(files)}

    def postProcessAlgorithm(self, context, feedback):
        # Runs on the main thread: the place to add the editable layout to the user's project.
        request = getattr(self, "_layout_request", None)
        project = context.project()
        if request is None or project is None:
            return {}
        parameters, options, folder = request
        try:
            add_layout_to_project(self, parameters, context, options, project, folder)
        except (TmfError, QgsProcessingException, OSError) as error:
            feedback.reportError(tr("The layout could not be added to the project: {error}").format(error=error))
        return {}


def add_layout_to_project(algorithm, parameters, context, options: SheetOptions, project, folder: str) -> None:
    """Build the same layout in the project, replacing one of the same name, with its layers in a hidden group."""
    facilities, layers = algorithm.sheet_inputs(parameters, context)
    manager = project.layoutManager()
    name = options.layout_name()
    old = manager.layoutByName(name)
    if old is not None:
        manager.removeLayout(old)
    root = project.layerTreeRoot()
    old_group = root.findGroup(name)
    if old_group is not None:
        for layer_id in old_group.findLayerIds():
            project.removeMapLayer(layer_id)
        root.removeChildNode(old_group)
    before = set(project.mapLayers())
    sheets = build_sheets(project, layers, facilities, options)
    added = [layer for layer_id, layer in project.mapLayers().items() if layer_id not in before]
    # build_sheets added the layers at the root; move them into one collapsed, hidden group.
    group = root.addGroup(name)
    for layer in added:
        node = root.findLayer(layer.id())
        if node is not None:
            clone = node.clone()
            group.addChildNode(clone)
            node.parent().removeChildNode(node)
    group.setItemVisibilityChecked(False)
    group.setExpanded(False)
    manager.addLayout(sheets.layout)
    # Only where the project can be saved (the desktop, or a project with a file): qgis_process and scripts get
    # their sheets without an extra GeoPackage in the folder.
    if QgsApplication.platform() == "desktop" or project.fileName():
        stem = f"sheet_layers_{options.kind}_{options.language}_{options.paper}_{options.orientation}"
        persist_memory_layers(added, Path(folder) / f"{stem}.gpkg", project)


def persist_memory_layers(layers: list, path: Path, project) -> None:
    """Write the layout's in-memory layers to one GeoPackage and switch them to it, so it survives a project save."""
    memory = [layer for layer in layers if layer.providerType() == "memory"]
    if not memory:
        return
    temporary = path.with_name(f"{path.stem}.part{os.getpid()}.gpkg")
    names = [f"{safe_file_stem(layer.name())[:40]}_{index}" for index, layer in enumerate(memory)]
    try:
        for index, layer in enumerate(memory):
            options = QgsVectorFileWriter.SaveVectorOptions()
            options.driverName = "GPKG"
            options.layerName = names[index]
            options.layerOptions = ["FID=sheet_fid"]  # copied layers may carry a "fid" field of their own
            options.actionOnExistingFile = (QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer if index
                                            else QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteFile)
            error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(temporary), project.transformContext(),
                                                              options)
            if error[0] != QgsVectorFileWriter.WriterError.NoError:
                raise QgsProcessingException(tr("Could not write {path}: {error}").format(path=path, error=error[1]))
        os.replace(temporary, path)
    finally:
        if temporary.exists():
            temporary.unlink()
    for layer, layer_name in zip(memory, names):
        layer.setDataSource(f"{path}|layername={layer_name}", layer.name(), "ogr", QgsDataProvider.ProviderOptions())
