"""Starts the real QGIS desktop under Xvfb with the packaged plugin in a throw-away profile and runs a script in it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

from tests.conftest import ROOT

# Runs before any plugin loads (PYQGIS_STARTUP): records every message-log entry, so plugin load errors are caught.
STARTUP = """
from qgis.core import QgsApplication
_log = open({log!r}, "a", encoding="utf-8")
def _record(message, tag, level):
    _log.write(f"{{tag}}\\t{{int(level)}}\\t{{message}}\\n".replace("\\n", " ") + "\\n")
    _log.flush()
QgsApplication.messageLog().messageReceived.connect(_record)
"""

# Wraps the test's script: runs it once the window has settled, writes its result as JSON and quits QGIS.
RUNNER = """
import json, traceback
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface

def _main():
    result = {{}}
    try:
{body}
    except Exception:
        result["exception"] = traceback.format_exc()
    with open({out!r}, "w", encoding="utf-8") as handle:
        json.dump(result, handle)
    # Quit the way a user's QGIS survives it: QGIS 3.40+ crashes on quit while layers are still loaded (its own bug,
    # plugin or not), so the project is closed first, as File > Close Project does.
    from qgis.core import QgsProject
    QgsProject.instance().clear()
    QTimer.singleShot(200, QApplication.instance().quit)

QTimer.singleShot(1500, _main)
"""


def install_packaged_plugin(root: Path) -> Path:
    """Build the release zip and unpack it into a fresh profile (root/profiles/default) with the plugin enabled."""
    dist = root / "dist"
    profiles = root / "profiles"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), "--out", str(dist / "tmf_safety.zip")],
                   check=True, cwd=ROOT)
    plugins = profiles / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    zipfile.ZipFile(dist / "tmf_safety.zip").extractall(plugins)
    ini = profiles / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True)
    ini.write_text("[PythonPlugins]\ntmf_safety=true\n\n[qgis]\nshowTips=false\ncheckVersion=false\n"
                   "allowVersionCheck=false\n\n[migration]\nsettings=true\n", encoding="utf-8")
    return plugins / "tmf_safety"


def run_desktop(tmp_path: Path, body: str, timeout: int = 300, env: dict | None = None) -> tuple[dict, list[str]]:
    """Run `body` (Python filling the dict `result`) inside the QGIS desktop; return the result and the log lines."""
    root = tmp_path / "qgis"
    install_packaged_plugin(root)
    log = tmp_path / "messages.log"
    log.touch()
    out = tmp_path / "result.json"
    startup = tmp_path / "startup.py"
    startup.write_text(STARTUP.format(log=str(log)), encoding="utf-8")
    script = tmp_path / "script.py"
    script.write_text(RUNNER.format(body=textwrap.indent(textwrap.dedent(body), " " * 8), out=str(out)),
                      encoding="utf-8")
    environment = dict(os.environ, PYQGIS_STARTUP=str(startup), QT_QPA_PLATFORM="xcb", **(env or {}))
    command = ["qgis", "--nologo", "--noversioncheck", "--profiles-path", str(root), "--code", str(script)]
    if shutil.which("xvfb-run"):
        command = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24", *command]
    completed = subprocess.run(command, env=environment, timeout=timeout, capture_output=True, text=True)
    if not out.exists():
        raise AssertionError(f"QGIS exited ({completed.returncode}) without a result:\n{completed.stderr[-3000:]}")
    if completed.returncode != 0:
        raise AssertionError(f"QGIS exited with status {completed.returncode} after the script ran:\n"
                             f"{completed.stderr[-3000:]}")
    return json.loads(out.read_text(encoding="utf-8")), log.read_text(encoding="utf-8").splitlines()


def python_errors(lines: list[str]) -> list[str]:
    """Message-log lines that report a Python error, or a Python warning raised from the plugin's own code."""
    return [line for line in lines if line.startswith("Python error") or "Traceback" in line
            or (line.startswith("Python warning") and "tmf_safety" in line)]
