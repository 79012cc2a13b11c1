"""Runs Debian's `qgis_process.bin` against the packaged plugin installed in a throw-away profile."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from tests.desktop import install_packaged_plugin

QGIS_PROCESS = "/usr/bin/qgis_process.bin"  # the /usr/bin/qgis_process wrapper passes an option 3.22 rejects


def profile_with_plugin(root: Path) -> Path:
    """Install the packaged plugin into root/profiles/default and enable it for qgis_process."""
    install_packaged_plugin(root)
    run(root, "plugins", "enable", "tmf_safety")
    return root


def run(root: Path, *args: str, timeout: int = 600) -> subprocess.CompletedProcess:
    """Run qgis_process with the profile under root (QGIS_CUSTOM_CONFIG_PATH), capturing its output."""
    env = dict(os.environ, QGIS_CUSTOM_CONFIG_PATH=str(root), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True, timeout=timeout)


def run_algorithm(root: Path, algorithm: str, **parameters) -> tuple[int, dict, str]:
    """Run one algorithm with --json; return the exit code, the parsed JSON (or {}) and stderr."""
    args = ["run", algorithm, "--json", "--"] + [f"{key}={value}" for key, value in parameters.items()]
    completed = run(root, *args)
    try:
        payload = json.loads(completed.stdout[completed.stdout.index("{"):])
    except ValueError:
        payload = {}
    return completed.returncode, payload, completed.stderr + completed.stdout
