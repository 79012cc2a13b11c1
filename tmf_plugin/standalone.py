"""Starts QGIS headless with Processing and the `tmf` provider, for the command line and the Python API."""

from __future__ import annotations

import atexit
import os
import sys
import tempfile

# Debian's location of the Processing plugin; other installs set QGIS_PLUGINPATH or ship it on sys.path already.
PROCESSING_PLUGIN_DIRS = ("/usr/share/qgis/python/plugins", "/usr/lib/qgis/python/plugins")

_app = None
# The Python provider object must stay referenced: once its wrapper is collected, QGIS keeps a bare C++ provider
# whose algorithms have lost their Python methods.
_provider = None


def _exit_qgis() -> None:
    global _app
    if _app is not None:
        _app.exitQgis()
        _app = None


def ensure_proj_data() -> None:
    """Tell pyproj where PROJ's data is when it could not find it: Debian's pyproj in a virtual environment looks in
    the environment's prefix only (DataDirError on Debian 13 and later). The folder is QGIS's own, else Debian's."""
    if os.environ.get("PROJ_DATA") or os.environ.get("PROJ_LIB"):
        return
    from qgis.core import QgsProjUtils

    # A pyproj wheel ships its own data and prefers it to PROJ_DATA, so setting it never overrides that.
    for folder in [*QgsProjUtils.searchPaths(), os.path.join(sys.base_prefix, "share", "proj"), "/usr/share/proj"]:
        if os.path.isfile(os.path.join(folder, "proj.db")):
            os.environ["PROJ_DATA"] = folder
            return


def ensure_qgis():
    """Return the running QgsApplication, starting a headless one with Processing when there is none."""
    global _app, _provider
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    ensure_proj_data()
    if "XDG_RUNTIME_DIR" not in os.environ:
        # Qt wants a private runtime folder and complains on stderr when none is set (containers, cron, CI).
        runtime = os.path.join(tempfile.gettempdir(), f"runtime-{os.getuid()}")
        os.makedirs(runtime, mode=0o700, exist_ok=True)
        os.environ["XDG_RUNTIME_DIR"] = runtime
    from qgis.core import QgsApplication

    if QgsApplication.instance() is None:
        QgsApplication.setPrefixPath(os.environ.get("QGIS_PREFIX_PATH", "/usr"), True)
        _app = QgsApplication([], False)
        _app.initQgis()
        atexit.register(_exit_qgis)
    for path in PROCESSING_PLUGIN_DIRS:
        if os.path.isdir(path) and path not in sys.path:
            sys.path.append(path)
    from processing.core.Processing import Processing

    Processing.initialize()
    registry = QgsApplication.processingRegistry()
    if registry.providerById("tmf") is None:
        from .processing.provider import TmfProvider, algorithm_classes

        # Import the algorithm modules here first: an error raised inside loadAlgorithms, which QGIS calls from
        # C++, would abort the whole process instead of reaching the caller as a Python exception.
        algorithm_classes()
        _provider = TmfProvider()
        registry.addProvider(_provider)
    return QgsApplication.instance()
