"""Runs a Processing algorithm with GeoDataFrames, file paths or layers as inputs and GeoDataFrames as outputs."""

from __future__ import annotations

import json
import sys
import tempfile
import warnings
from pathlib import Path

from qgis.core import QgsProcessingException, QgsProcessingFeedback

from ..core.errors import TmfError
from ..i18n import tr

# Processing parameter classes, by their type() name, whose value is a layer or a file of features.
_LAYER_PARAMETERS = {"source", "vector", "layer", "multilayer", "raster"}
_SINK_PARAMETERS = {"sink", "vectorDestination"}
_warned_desktop = False

# Attribute on returned frames (frame.attrs) with the algorithm's other outputs, e.g. {"PLACED": 118}.
OUTPUTS_ATTR = "tmf_outputs"


class JobError(TmfError, QgsProcessingException):
    """A `tmf` algorithm stopped with a message naming what to fix.

    Still a QgsProcessingException, as processing.run raises it, so scripts that caught that keep working.
    """


class ConsoleFeedback(QgsProcessingFeedback):
    """Feedback for scripts and the command line: warnings and errors go to stderr, information when verbose."""

    def __init__(self, verbose: bool = False):
        super().__init__()
        self.verbose = verbose

    def reportError(self, error: str, fatalError: bool = False) -> None:
        print(error, file=sys.stderr, flush=True)

    def pushWarning(self, warning: str) -> None:
        print(warning, file=sys.stderr, flush=True)

    def pushInfo(self, info: str) -> None:
        if self.verbose:
            print(info, file=sys.stderr, flush=True)


def _is_frame(value) -> bool:
    """True for a pandas DataFrame or GeoDataFrame, without importing pandas for other values."""
    return type(value).__module__.split(".")[0] in {"geopandas", "pandas"} and hasattr(value, "columns")


def start_qgis():
    """The running QGIS, started headless when needed; warns once when that is the QGIS desktop application."""
    global _warned_desktop
    from ..standalone import ensure_qgis

    app = ensure_qgis()
    if app.platform() == "desktop" and not _warned_desktop:
        _warned_desktop = True
        # Measured on Linux: pip wheels of shapely bind to QGIS's own GEOS inside the desktop and fail on WKB.
        warnings.warn(tr("The TMF Safety Python API is meant for a standalone Python process; inside the QGIS "
                         "desktop, run the tmf Processing algorithms instead."), RuntimeWarning, stacklevel=3)
    return app


def _algorithm(algorithm_id: str):
    from qgis.core import QgsApplication

    start_qgis()
    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    if algorithm is None:
        raise LookupError(tr("Processing algorithm {id} is not available.").format(id=algorithm_id))
    return algorithm


def _enum_value(definition, value):
    """An enum goes in by its option name (ORIENTATION="outlets"), which the algorithms' NamedEnumParameter takes,
    or by index; a name it does not know is refused here, with the names it knows."""
    index_of = getattr(definition, "index_of", None)
    if index_of is None or not isinstance(value, str) or index_of(value) is not None:
        return value
    raise ValueError(tr("{name} has no option {value}; the options are: {options}.").format(
        name=definition.name(), value=value, options=", ".join(definition.names)))


def _input_value(definition, value, scratch: Path):
    """The value Processing accepts for one parameter, converting frames to layers or files."""
    from .convert import to_layer, write_gpkg

    kind = definition.type()
    if isinstance(value, Path):
        return str(value)
    if _is_frame(value):
        name = definition.name().lower()
        if kind == "file" and definition.extension().lower() == "csv":
            path = scratch / f"{name}.csv"  # e.g. a THI score table edited in pandas
            value.to_csv(path, index=False, encoding="utf-8")
            return str(path)
        if kind == "file":
            return str(write_gpkg({name: value}, scratch / f"{name}.gpkg"))
        if kind in _LAYER_PARAMETERS:
            return to_layer(value, name)
    if kind == "multilayer" and isinstance(value, (list, tuple)):
        return [_input_value(definition, item, scratch) for item in value]
    if kind == "enum":
        if isinstance(value, (list, tuple)):
            return [_enum_value(definition, item) for item in value]
        return _enum_value(definition, value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def processing_context(feedback):
    """A context like the panel's (tmf_plugin.ui.tasks) and qgis_process's: the current project, and invalid
    geometries passed to the algorithm rather than stopping it (Python's processing.run default stops)."""
    from qgis.core import QgsFeatureRequest, QgsProcessingContext, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    context.setFeedback(feedback)
    return context


def run_algorithm(algorithm_id: str, parameters: dict, *, feedback=None) -> dict:
    """Run a Processing algorithm; frames become layers, and layer outputs come back as (Geo)DataFrames.

    Parameters set to None are left out so the algorithm's defaults apply. Feature outputs that are not given
    go to memory layers; give a file path to keep one as a file (the path is then returned as it is). Messages
    go to `feedback` (a QgsProcessingFeedback; by default warnings and errors are printed to stderr).
    """
    algorithm = _algorithm(algorithm_id)  # starts QGIS first: `processing` is importable only then
    import processing
    from qgis.core import QgsVectorLayer

    from .convert import LAYER_NAME_ATTR, to_geodataframe

    definitions = {d.name(): d for d in algorithm.parameterDefinitions()}
    unknown = sorted(name for name, value in parameters.items() if value is not None and name not in definitions)
    if unknown:
        raise KeyError(tr("{id} has no parameter {names}; it takes {known}.").format(
            id=algorithm_id, names=", ".join(unknown), known=", ".join(definitions)))
    with tempfile.TemporaryDirectory(prefix="tmf_api_") as folder:
        scratch = Path(folder)
        values = {}
        for name, value in parameters.items():
            if value is not None:
                values[name] = _input_value(definitions[name], value, scratch)
        for name, definition in definitions.items():
            if definition.type() in _SINK_PARAMETERS and name not in values:
                values[name] = "memory:"
        feedback = feedback or ConsoleFeedback()
        try:
            results = processing.run(algorithm_id, values, feedback=feedback, context=processing_context(feedback))
        except QgsProcessingException as error:
            raise JobError(str(error)) from error
        outputs = {}
        for name, result in results.items():
            outputs[name] = result
            if isinstance(result, QgsVectorLayer):
                outputs[name] = to_geodataframe(result)
                # Named like the layer QGIS adds to a project, e.g. "Flagged facilities" rather than "output".
                definition = algorithm.outputDefinition(name)
                if definition is not None and definition.description():
                    outputs[name].attrs[LAYER_NAME_ATTR] = definition.description()
    # Numbers an algorithm reports (rows read, facilities placed, ...) travel with each returned frame too.
    reported = {name: value for name, value in outputs.items() if isinstance(value, (int, float, str))}
    for value in outputs.values():
        if hasattr(value, "attrs"):
            value.attrs[OUTPUTS_ATTR] = reported
    return outputs
