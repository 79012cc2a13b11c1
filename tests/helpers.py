"""Helpers every test folder shares: a feedback that keeps what the user is told, and a wait for background jobs."""

from __future__ import annotations

import time

from qgis.core import QgsProcessingFeedback
from qgis.PyQt.QtCore import QCoreApplication


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps every message an algorithm gives the user (information, warnings and errors) in `lines`, in order,
    and the warnings alone in `warnings`."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []
        self.warnings: list[str] = []

    def pushInfo(self, info: str) -> None:
        self.lines.append(info)

    def pushWarning(self, warning: str) -> None:
        self.lines.append(warning)
        self.warnings.append(warning)

    def reportError(self, error: str, fatalError: bool = False) -> None:
        self.lines.append(error)


def wait_for(condition, seconds: float = 60.0, describe=None) -> None:
    """Keep the event loop turning until `condition()` holds (a background job ended); fail after `seconds`,
    saying what `describe()` returns (e.g. the panel's status line) when given."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"the background job did not finish within {seconds:.0f} s" + (
            f": {describe()}" if describe is not None else "")
        QCoreApplication.processEvents()
        time.sleep(0.02)
