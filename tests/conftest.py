"""Test set-up: the real QGIS (offscreen), Processing with the `tmf` provider, and shared sample-data paths."""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, "/usr/share/qgis/python/plugins")  # Debian's location of the Processing plugin

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_layers"
SHARED_DATA = ROOT.parent / "shared" / "data"
OUTPUT = ROOT / "tests" / "output"  # screenshots and rendered pages kept for people to look at


@pytest.fixture(scope="session")
def tmf_processing(qgis_app, qgis_processing):
    """Processing initialised with the plugin's `tmf` provider registered once for the session."""
    from qgis.core import QgsApplication

    from tmf_plugin.processing.provider import TmfProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("tmf")
    if provider is None:
        provider = TmfProvider()
        registry.addProvider(provider)
    yield provider


@pytest.fixture(autouse=True)
def collect_garbage_between_tests():
    """Widgets and layers a test leaves behind are destroyed on the main thread, before the next test starts
    background work (a collection inside a worker thread would destroy them from the wrong thread)."""
    import gc

    gc.collect()
    yield


@pytest.fixture()
def output_dir() -> Path:
    """Folder under tests/output for files a person should be able to look at after the run."""
    OUTPUT.mkdir(parents=True, exist_ok=True)
    return OUTPUT


@pytest.fixture()
def sample_layer():
    """Open one of the sample GeoPackages as a QgsVectorLayer."""
    from qgis.core import QgsVectorLayer

    def _open(name: str) -> QgsVectorLayer:
        layer = QgsVectorLayer(str(SAMPLE / f"{name}.gpkg"), name, "ogr")
        assert layer.isValid(), f"sample layer {name} did not open"
        return layer

    return _open


def _checksums(folder: Path) -> dict[str, str]:
    import hashlib

    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*")) if p.is_file()}


@pytest.fixture(scope="session", autouse=True)
def sample_layers_stay_untouched():
    """The shipped sample data is an input of almost every test; no test run may change a byte of it."""
    before = _checksums(SAMPLE)
    yield
    changed = sorted(name for name, digest in _checksums(SAMPLE).items() if before.get(name) != digest)
    assert changed == [], f"sample_layers files were modified during the tests: {changed}"


_exit_status = {"code": 0}


def pytest_sessionfinish(session, exitstatus):
    import gc

    # No cyclic collection from here to the exit below: it would destroy leftover Qt objects in arbitrary order.
    gc.disable()
    _exit_status["code"] = int(exitstatus)


@pytest.hookimpl(tryfirst=True)
def pytest_unconfigure(config):
    """Leave without Python's own teardown of Qt and QGIS objects.

    QGIS 3.22 can crash while the interpreter destroys layers, widgets and the application in arbitrary order after
    a long session; every result is reported by now, so the process ends with pytest's own exit status.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(_exit_status["code"])


@contextmanager
def fresh_section(section_class, iface):
    """A dock section on an empty project with its own workflow, shut down and the project emptied afterwards."""
    from qgis.core import QgsProject

    from tmf_plugin.ui.workflow import Workflow

    QgsProject.instance().clear()
    widget = section_class(iface=iface, workflow=Workflow())
    try:
        yield widget
    finally:
        widget.shutdown()
        QgsProject.instance().clear()
