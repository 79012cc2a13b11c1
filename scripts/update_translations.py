"""Refresh the .ts translation sources from every Python and .ui file of the plugin with pylupdate5.

pylupdate5 puts module-level `tr("...")` calls into the "@default" context; the plugin translates in its own
context "TmfSafety" so that another plugin's translations can never answer for ours. The .ts files are therefore
switched to "@default" for pylupdate5 and back afterwards, which keeps every existing translation.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OURS = "<name>TmfSafety</name>"
PYLUPDATE = "<name>@default</name>"


def sources() -> list[str]:
    """Every Python and Designer file of the plugin package."""
    files = sorted(ROOT.glob("tmf_plugin/**/*.py")) + sorted(ROOT.glob("tmf_plugin/**/*.ui"))
    return [str(f.relative_to(ROOT)) for f in files if "__pycache__" not in f.parts]


def main(ts_files: list[str]) -> None:
    for ts in ts_files:
        path = ROOT / ts
        if path.exists():
            path.write_text(path.read_text(encoding="utf-8").replace(OURS, PYLUPDATE), encoding="utf-8")
    try:
        subprocess.run(["pylupdate5", "-noobsolete", *sources(), "-ts", *ts_files], cwd=ROOT, check=True)
    finally:
        for ts in ts_files:
            path = ROOT / ts
            if path.exists():
                text = path.read_text(encoding="utf-8").replace(PYLUPDATE, OURS)
                language = path.stem.rsplit("_", 1)[-1]
                text = text.replace('<TS version="2.1">', f'<TS version="2.1" language="{language}">')
                path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:] or ["i18n/tmf_safety_ru.ts", "i18n/tmf_safety_kk.ts"])
