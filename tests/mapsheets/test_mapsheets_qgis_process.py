"""A new user's first try: qgis_process with only the flagged facilities and the sheet options gives a real atlas."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests import qgis_process
from tests.mapsheets.conftest import FACILITIES, IDS, ink, pdf_pages, pdf_text, render_page

pytestmark = pytest.mark.skipif(
    not os.path.exists(qgis_process.QGIS_PROCESS) or shutil.which("pdftotext") is None,
    reason="qgis_process or poppler-utils not installed")

TITLE = "Рабочая группа по безопасности хвостохранилищ"


def test_russian_facility_atlas_from_qgis_process_with_only_input(tmp_path, output_dir):
    root = qgis_process.profile_with_plugin(tmp_path / "qgis")
    out = tmp_path / "sheets"
    code, payload, log = qgis_process.run_algorithm(
        root, "tmf:exportmapsheets", INPUT=str(FACILITIES), SHEETS="facility", LANGUAGE="ru", FORMAT="pdf",
        TITLE=TITLE, SUBTITLE="Заседание 25 ноября 2026 г.", DPI=100, OUTPUT_FOLDER=str(out))
    assert code == 0, log[-3000:]
    files = payload["results"]["FILES"].split(";")
    assert files == [str(out / "facility_sheets_ru.pdf")]
    pdf = Path(files[0])
    assert pdf_pages(pdf) == len(IDS)
    for n, tmf_id in enumerate(IDS, start=1):
        page = pdf_text(pdf, n)
        assert TITLE in page
        assert f"Лист {n} из {len(IDS)}" in page
        assert tmf_id in page
        assert "Natural Earth" in page  # the bundled reference layers filled the map
    for n in (1, len(IDS)):
        png = render_page(pdf, n, output_dir / f"mapsheet_qgis_process_ru_{n}.png")
        share, colours = ink(png)
        assert share > 0.25 and colours > 40, (n, share, colours)
