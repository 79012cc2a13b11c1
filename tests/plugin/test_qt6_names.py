"""QGIS 4 loads plugins with PyQt6: every Qt name the plugin spells must exist in the real PyQt6 (checked statically,
since no Qt6 build of QGIS can be installed here), apart from the aliases QGIS 4 adds itself."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from .qt_names import plugin_name_uses

# Names QGIS 4's own qgis.PyQt modules add on top of PyQt6, so plugins may spell them (python/PyQt/PyQt6/*.py):
# QVariant's short type names, and QLayout.setMargin.
QGIS4_ALIASES = {
    *(f"QtCore.QVariant.{name}" for name in (
        "Invalid", "Bool", "Int", "UInt", "LongLong", "ULongLong", "Double", "Char", "String", "StringList",
        "ByteArray", "Date", "Time", "DateTime", "Map", "List", "Url", "Color",
    )),
    "QtWidgets.QLayout.setMargin",
}

_RESOLVE = r"""
import importlib, json, sys
names = json.loads(sys.stdin.read())
missing = []
for module, chain in names:
    try:
        obj = importlib.import_module("PyQt6." + module)
    except ImportError as error:
        missing.append([module, chain, "no module PyQt6.%s (%s)" % (module, error)])
        continue
    for depth, part in enumerate(chain):
        if not hasattr(obj, part):
            missing.append([module, chain, "PyQt6.%s has no %s" % (".".join([module] + chain[:depth]), part)])
            break
        obj = getattr(obj, part)
print(json.dumps({"missing": missing, "qt": importlib.import_module("PyQt6.QtCore").QT_VERSION_STR,
                  "qgis_loaded": any(name == "qgis" or name.startswith("qgis.") for name in sys.modules)}))
"""


def _pyqt6_python() -> str:
    completed = subprocess.run([sys.executable, "-c", "import PyQt6.QtCore"], capture_output=True, text=True)
    if completed.returncode != 0 and os.environ.get("TMF_QGIS_MATRIX"):
        # The names do not depend on the QGIS version: make test checks them on the host, where the wheel is.
        pytest.skip("PyQt6 is not in the QGIS " + os.environ["TMF_QGIS_MATRIX"] + " chroot; make test on the host "
                    "resolves the Qt names against the PyQt6 wheel")
    if completed.returncode != 0:
        pytest.fail("PyQt6 is not importable by " + sys.executable + " (make setup installs it): "
                    + completed.stderr.strip().splitlines()[-1])
    return sys.executable


def resolve_in_pyqt6(uses) -> dict:
    """Resolve each (module, chain) in the real PyQt6, in a separate process offscreen without QGIS."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    payload = json.dumps(sorted({(use.module, use.chain) for use in uses}))
    completed = subprocess.run([_pyqt6_python(), "-I", "-c", _RESOLVE], input=payload, capture_output=True,
                               text=True, env=env, timeout=120)
    assert completed.returncode == 0, completed.stderr
    return json.loads(completed.stdout)


def test_the_scan_finds_the_qt_names_the_plugin_spells():
    dotted = {use.dotted for use in plugin_name_uses()}
    # A few names known to be in the sources: the scan must see imports, classes and scoped enum members.
    assert "QtCore.Qt.AlignmentFlag.AlignCenter" in dotted
    assert "QtGui.QIcon" in dotted
    assert "QtCore.pyqtSignal" in dotted
    assert len({use.module for use in plugin_name_uses() if not use.module.startswith("qgis.")}) >= 4


def test_every_qt_name_of_the_plugin_exists_in_pyqt6():
    uses = [use for use in plugin_name_uses() if not use.module.startswith("qgis.")]
    result = resolve_in_pyqt6(uses)
    assert result["qt"].startswith("6."), result["qt"]
    assert result["qgis_loaded"] is False
    where: dict[tuple, list[str]] = {}
    for use in uses:
        where.setdefault((use.module, list(use.chain).__repr__()), []).append(use.where)
    problems = []
    for module, chain, reason in result["missing"]:
        dotted = ".".join([module, *chain])
        if dotted in QGIS4_ALIASES:
            continue
        places = ", ".join(where[(module, repr(chain))])
        problems.append(f"{dotted}: {reason} (at {places})")
    assert not problems, "Qt names QGIS 4 (PyQt6) does not have:\n" + "\n".join(problems)


def test_a_name_missing_from_pyqt6_is_reported():
    """The resolver really looks names up: a Qt5-only spelling is found missing."""
    from .qt_names import NameUse

    result = resolve_in_pyqt6([NameUse("QtCore", ("QVariant", "Type", "String"), "here"),
                               NameUse("QtCore", ("Qt", "AlignmentFlag", "AlignLeft"), "here")])
    assert result["missing"] == [["QtCore", ["QVariant", "Type", "String"], "PyQt6.QtCore.QVariant has no Type"]]


def test_no_exec_underscore():
    """exec_ is gone from PyQt6; exec is the spelling both have."""
    from .qt_names import PLUGIN

    hits = [f"{path.relative_to(PLUGIN.parent)}:{number}" for path in sorted(PLUGIN.rglob("*.py"))
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if ".exec_(" in line]
    assert not hits, hits
