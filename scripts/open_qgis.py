"""`make qgis`: deploy the plugin into a development profile, enable it and open QGIS on the sample project."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / ".qgis-dev"


def main() -> None:
    package = ROOT / "dist" / "tmf_safety.zip"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "package.py"), "--out", str(package)], check=True)
    plugins = DEV / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True, exist_ok=True)
    zipfile.ZipFile(package).extractall(plugins)
    ini = DEV / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    if not ini.exists() or "tmf_safety=true" not in ini.read_text(encoding="utf-8"):
        with ini.open("a", encoding="utf-8") as handle:
            handle.write("\n[PythonPlugins]\ntmf_safety=true\n")
    project = ROOT / "sample_layers" / "tmf_safety_sample.qgz"
    command = ["qgis", "--noversioncheck", "--profiles-path", str(DEV)]
    if project.exists():
        command += ["--project", str(project)]
    if not os.environ.get("DISPLAY"):
        command = ["xvfb-run", "-a", *command]
        print("No DISPLAY: starting QGIS on a virtual screen (xvfb-run).")
    sys.exit(subprocess.call(command))


if __name__ == "__main__":
    main()
