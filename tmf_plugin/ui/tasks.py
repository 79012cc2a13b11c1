"""Runs a `tmf` Processing algorithm as a QGIS background task, with progress, cancel and a result callback."""

from __future__ import annotations

import gc
from typing import Callable

from qgis.core import (
    QgsApplication,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal


class AlgorithmRun(QObject):
    """One background run of a Processing algorithm.

    Outputs should be file paths (not TEMPORARY_OUTPUT memory layers) so that the main thread can load them
    after the task ends without touching objects created in the worker thread.
    """

    progress = pyqtSignal(float)
    finished = pyqtSignal(bool, dict)  # succeeded, results

    def __init__(self, algorithm_id: str, parameters: dict, parent=None) -> None:
        super().__init__(parent)
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
        if algorithm is None:
            raise ValueError(f"Processing algorithm {algorithm_id} is not registered")
        project = QgsProject.instance()
        self.context = QgsProcessingContext()
        self.context.setProject(project)
        # Processing fills an empty expression context with the project's scope from the worker thread, and
        # QgsProject builds that scope lazily into a shared cache: racing the map canvas, which does the same on the
        # main thread, crashes QGIS. Built here, on the main thread, the worker receives a copy.
        scopes = QgsExpressionContext()
        scopes.appendScope(QgsExpressionContextUtils.globalScope())
        scopes.appendScope(QgsExpressionContextUtils.projectScope(project))
        self.context.setExpressionContext(scopes)
        self.feedback = _Feedback()
        self.feedback.progressChanged.connect(self.progress)
        parameters, self.private_layers = private_layers(parameters)
        self.task = QgsProcessingAlgRunnerTask(algorithm, parameters, self.context, self.feedback)
        self.task.executed.connect(self._executed)
        self.running = False

    def start(self) -> None:
        """Hand the task to the QGIS task manager."""
        self.running = True
        _hold_garbage_collection()
        # The task refers to this run's context and feedback until QGIS deletes it, some time after it finished:
        # keep them alive until then, whatever happens to the section that started it.
        _alive.add(self)
        self.task.destroyed.connect(lambda *_: QTimer.singleShot(0, lambda: _alive.discard(self)))
        QgsApplication.taskManager().addTask(self.task)

    def cancel(self) -> None:
        """Ask the algorithm to stop at its next check of the feedback."""
        if self.running:
            self.feedback.cancel()
            self.task.cancel()

    def _executed(self, succeeded: bool, results: dict) -> None:
        self.running = False
        _release_garbage_collection()
        self.finished.emit(bool(succeeded) and not self.feedback.isCanceled(), dict(results or {}))


_running = [0]
_alive: set = set()  # runs whose task QGIS has not deleted yet


def _hold_garbage_collection() -> None:
    """Collect Python's cyclic garbage now, on the main thread, and pause the collector while jobs run.

    Left to itself the collector may run inside the worker thread and destroy widgets or layers that belong to the
    main thread (or the reverse), which crashes Qt. Reference counting still frees memory meanwhile.
    """
    if _running[0] == 0:
        gc.collect()
        gc.disable()
    _running[0] += 1


def _release_garbage_collection() -> None:
    _running[0] = max(0, _running[0] - 1)
    if _running[0] == 0:
        gc.enable()


def private_layers(parameters: dict) -> tuple[dict, list]:
    """Parameters with project layer ids replaced by layer objects, file-backed ones private to the worker.

    Given a layer id, or even a file path, Processing looks the layer up in the project from the worker thread while
    the main thread may be adding, styling or removing layers: a race that crashes QGIS. A file-backed layer is
    reopened on the same file, for the worker alone. A layer held in memory or with unsaved edits is handed over as
    the project's object itself: only it has those features, and its feature ids stay the ones the user sees in the
    attribute table. Returns the parameters and the layers to keep alive until the job ends.
    """
    project = QgsProject.instance()
    safe, keep = dict(parameters), []
    for key, value in parameters.items():
        layer = project.mapLayer(value) if isinstance(value, str) else None
        if not isinstance(layer, QgsVectorLayer):
            continue
        safe[key] = layer
        if layer.providerType() == "ogr" and not layer.isEditable() and not layer.isModified():
            copy = QgsVectorLayer(layer.source(), layer.name(), "ogr")
            if copy.isValid():
                safe[key] = copy
                keep.append(copy)
    return safe, keep


class _Feedback(QgsProcessingFeedback):
    """Feedback that forwards pushed messages to the run, for the panel's status line."""

    def __init__(self) -> None:
        super().__init__()
        self.log: list[str] = []

    def reportError(self, error, fatalError=False):
        self.log.append(error)
        super().reportError(error, fatalError)

    def pushInfo(self, info):
        self.log.append(info)
        super().pushInfo(info)


def run_in_background(
    algorithm_id: str, parameters: dict, on_finished: Callable[[bool, dict, list], None], parent=None
) -> AlgorithmRun:
    """Start an algorithm in the background; `on_finished(ok, results, log)` runs on the main thread."""
    run = AlgorithmRun(algorithm_id, parameters, parent)
    run.finished.connect(lambda ok, results: on_finished(ok, results, list(run.feedback.log)))
    run.start()
    return run
