"""Builders shared by the map-sheet tests: the facility layers of tests/data/mapsheets and readers of PDF pages."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from tests.conftest import ROOT

DATA = ROOT / "tests" / "data" / "mapsheets"


FACILITIES = DATA / "facilities.geojson"


IDS = [f"KZ-00{n}" for n in range(1, 8)]


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


def pdf_text(path: Path, page: int | None = None) -> str:
    args = ["pdftotext", "-layout"] + (["-f", str(page), "-l", str(page)] if page else []) + [str(path), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def render_page(pdf: Path, page: int, out: Path) -> Path:
    """Render one PDF page to PNG at 50 dpi with pdftoppm and return the PNG path."""
    stem = out.with_suffix("")
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
                    str(stem)], check=True)
    return stem.with_suffix(".png")


def ink(png: Path) -> tuple[float, int]:
    """Share of non-white pixels and number of distinct colours (sampled) of a rendered page."""
    from qgis.PyQt.QtGui import QImage

    image = QImage(str(png))
    assert not image.isNull(), png
    inked, colours, total = 0, set(), 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            rgb = image.pixel(x, y) & 0xFFFFFF
            total += 1
            colours.add(rgb)
            if rgb != 0xFFFFFF:
                inked += 1
    return inked / total, len(colours)
