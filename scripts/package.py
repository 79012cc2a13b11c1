"""Write the plugin zip the official QGIS plugin repository accepts: one top folder, no tests, no bytecode."""

from __future__ import annotations

import argparse
import os
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SKIP_DIRS = {"__pycache__", ".pytest_cache", ".mypy_cache"}
SKIP_SUFFIXES = {".pyc", ".pyo", ".ts", ".pro", ".bak", ".orig"}


def plugin_files() -> list[tuple[Path, str]]:
    """(source path, path inside the plugin folder) of every file the installed plugin needs."""
    pairs: list[tuple[Path, str]] = []

    def walk(folder: Path, prefix: str) -> None:
        for path in sorted(folder.rglob("*")):
            rel = path.relative_to(folder)
            if path.is_dir() or SKIP_DIRS.intersection(rel.parts) or path.suffix in SKIP_SUFFIXES:
                continue
            pairs.append((path, f"{prefix}{rel.as_posix()}"))

    walk(ROOT / "tmf_plugin", "")
    walk(ROOT / "resources", "resources/")
    walk(ROOT / "sample_layers", "sample_layers/")
    for qm in sorted((ROOT / "i18n").glob("*.qm")):
        pairs.append((qm, f"i18n/{qm.name}"))
    for name in ("metadata.txt", "LICENSE", "README.md"):
        pairs.append((ROOT / name, name))
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--name", default="tmf_safety", help="plugin folder name inside the zip")
    parser.add_argument("--out", default="dist/tmf_safety.zip")
    args = parser.parse_args()
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not list((ROOT / "i18n").glob("*.qm")):
        raise SystemExit("No compiled translations in i18n/: run `make qm` first.")
    # Written under a temporary name and moved into place, so a failed build never leaves half a zip.
    fd, tmp = tempfile.mkstemp(suffix=".zip", dir=out.parent)
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
            for source, inside in plugin_files():
                archive.write(source, f"{args.name}/{inside}")
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    print(f"Wrote {out} ({out.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
