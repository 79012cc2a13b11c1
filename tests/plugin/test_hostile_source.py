"""What the plugin's code may not do with hostile data: evaluate it, reach the network, parse XML unsafely, or keep
Python objects in pickles. Checked on the syntax tree of every module of tmf_plugin, so a new module is covered too.

XML: the only XML the plugin reads is its own layout templates (resources/templates/*.qpt), through Qt's
QDomDocument, which does not fetch external entities; no Python XML parser (xml.etree, minidom, lxml, sax) is used.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

PACKAGE = ROOT / "tmf_plugin"
MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)

FORBIDDEN_CALLS = {"eval", "exec", "compile", "__import__", "input"}
FORBIDDEN_MODULES = {
    "pickle", "marshal", "shelve", "dill", "yaml",  # objects rebuilt from data
    "urllib", "urllib2", "urllib3", "http", "httplib", "requests", "socket", "ftplib", "smtplib", "telnetlib",
    "xmlrpc", "aiohttp",  # network
    "xml", "lxml", "defusedxml",  # XML parsers (the plugin reads its own templates with QDomDocument)
    "subprocess", "pty", "ctypes",  # processes and raw memory
}
FORBIDDEN_NAMES = {"QNetworkAccessManager", "QgsNetworkAccessManager", "QgsBlockingNetworkRequest", "QNetworkRequest",
                   "QgsFileDownloader", "QTcpSocket", "QUdpSocket"}
OS_PROCESS_CALLS = {"system", "popen", "startfile", "execv", "execve", "execl", "execlp", "execvp", "spawnl", "spawnv",
                    "posix_spawn", "fork"}


def _findings(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        where = f"{path.name}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in FORBIDDEN_CALLS:
            found.append(f"{where} calls {node.func.id}()")
        if isinstance(node, ast.Import):
            found += [f"{where} imports {a.name}" for a in node.names if a.name.split(".")[0] in FORBIDDEN_MODULES]
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module.split(".")[0] in FORBIDDEN_MODULES:
                found.append(f"{where} imports from {node.module}")
            found += [f"{where} imports {a.name}" for a in node.names if a.name in FORBIDDEN_NAMES]
        if isinstance(node, ast.Attribute) and node.attr in FORBIDDEN_NAMES:
            found.append(f"{where} uses .{node.attr}")
        if (isinstance(node, ast.Attribute) and node.attr in OS_PROCESS_CALLS and isinstance(node.value, ast.Name)
                and node.value.id == "os"):
            found.append(f"{where} uses os.{node.attr}")
    return found


def test_the_scan_sees_the_whole_package():
    assert len(MODULES) > 30
    assert PACKAGE / "inventory" / "readers.py" in MODULES


@pytest.mark.parametrize("path", MODULES,
                         ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_eval_network_pickle_or_python_xml_parser(path):
    assert _findings(path) == []


def test_the_scan_finds_what_it_looks_for(tmp_path):
    """The checker itself catches each kind of finding (so an empty result above means something)."""
    sample = tmp_path / "bad.py"
    sample.write_text("\n".join([
        "import pickle", "from xml.etree import ElementTree", "from qgis.core import QgsNetworkAccessManager",
        "import os", "value = eval(text)", "os.system('x')", "locale = QLocale.system()  # allowed"]), encoding="utf-8")
    assert len(_findings(sample)) == 5, _findings(sample)


def test_xml_is_read_only_from_the_plugins_own_templates():
    """QDomDocument.setContent is given the text of a shipped resource, never a user's file."""
    uses = []
    for path in MODULES:
        text = path.read_text(encoding="utf-8")
        for number, line in enumerate(text.splitlines(), 1):
            if "setContent(" in line:
                uses.append((path, number))
    assert uses, "the templates are expected to be read with QDomDocument"
    for path, number in uses:
        before = "\n".join(path.read_text(encoding="utf-8").splitlines()[max(0, number - 6):number])
        assert "resource(" in before, f"{path}:{number} parses XML that is not a shipped resource"
