"""Starts QGIS headless with Processing and the `tmf` provider, for the command line and the Python API."""

from __future__ import annotations

import os
import sys

_app = None


def ensure_qgis():
    """Return the running QgsApplication, starting a headless one with Processing when there is none."""
    global _app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    if QgsApplication.instance() is None:
        QgsApplication.setPrefixPath(os.environ.get("QGIS_PREFIX_PATH", "/usr"), True)
        _app = QgsApplication([], False)
        _app.initQgis()
    for path in ("/usr/share/qgis/python/plugins", "/usr/lib/qgis/python/plugins"):
        if os.path.isdir(path) and path not in sys.path:
            sys.path.append(path)
    from processing.core.Processing import Processing

    Processing.initialize()
    registry = QgsApplication.processingRegistry()
    if registry.providerById("tmf") is None:
        from .processing.provider import TmfProvider

        registry.addProvider(TmfProvider())
    return QgsApplication.instance()
