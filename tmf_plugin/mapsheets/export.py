"""Writes a built sheet layout to PDF or PNG files, atomically, page by page with progress and cancel."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from qgis.core import Qgis, QgsLayoutExporter

from ..core.errors import CanceledError, InputError, OutputError
from ..i18n import tr
from .layout import SheetSet

FORMATS = ("pdf", "pdfs", "png")


MAX_STEM_BYTES = 120  # leaves room for the folder, a "-2" and the extension


def safe_file_stem(name: str) -> str:
    """A file name from a facility ID or region name: letters of any script, digits, '-', '_' and '.' only."""
    stem = re.sub(r"[^\w.\-]+", "_", str(name), flags=re.UNICODE).strip("._")
    if len(stem.encode("utf-8")) > MAX_STEM_BYTES:
        # File systems stop at 255 bytes; a shortened name keeps its start and a digest of the whole, so it stays
        # recognisable and unique.
        digest = hashlib.sha1(stem.encode("utf-8"), usedforsecurity=False).hexdigest()[:8]
        stem = stem.encode("utf-8")[:MAX_STEM_BYTES - 9].decode("utf-8", "ignore") + "-" + digest
    return stem or "sheet"


def _unique(stem: str, taken: set[str]) -> str:
    candidate, number = stem, 2
    while candidate.lower() in taken:
        candidate, number = f"{stem}-{number}", number + 1
    taken.add(candidate.lower())
    return candidate


def _pdf_settings(dpi: int) -> QgsLayoutExporter.PdfExportSettings:
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = False
    settings.appendGeoreference = True
    settings.simplifyGeometries = True
    # Text stays text in the PDF: searchable, copyable, and sharp at any zoom.
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
    return settings


def _image_settings(dpi: int) -> QgsLayoutExporter.ImageExportSettings:
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    settings.generateWorldFile = False
    return settings


def _replace_into(temporary: Path, final: Path) -> str:
    os.replace(temporary, final)
    return str(final)


def _check(result, error: str, path: Path) -> None:
    if result == QgsLayoutExporter.ExportResult.Canceled:
        raise CanceledError(tr("Export canceled; {path} was not written.").format(path=path))
    if result != QgsLayoutExporter.ExportResult.Success:
        raise OutputError(tr("Could not write {path}: {error}").format(path=path, error=error or result))


def export_sheets(sheets: SheetSet, folder: str, fmt: str, dpi: int, language: str, feedback=None,
                  limit: int = 0) -> list[str]:
    """Export every sheet (or the first `limit` of pdfs / png); return the files written, each complete or absent."""
    if fmt not in FORMATS:
        raise InputError(tr("Unknown sheet format {fmt}; use pdf, pdfs or png.").format(fmt=fmt))
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    layout = sheets.layout
    atlas = layout.atlas() if sheets.coverage is not None else None
    base = f"{sheets.kind}_sheets_{language}" if atlas else f"{sheets.kind}_{language}"
    tag = f".part{os.getpid()}"

    if fmt == "pdf" and atlas is not None:
        final = out / f"{base}.pdf"
        temporary = out / f"{base}{tag}.pdf"
        try:
            result, error = QgsLayoutExporter.exportToPdf(atlas, str(temporary), _pdf_settings(dpi), feedback)
            _check(result, error, final)
            return [_replace_into(temporary, final)]
        finally:
            temporary.unlink(missing_ok=True)

    if atlas is None:
        suffix = ".png" if fmt == "png" else ".pdf"
        final = out / f"{base}{suffix}"
        temporary = out / f"{base}{tag}{suffix}"
        try:
            _export_page(layout, temporary, fmt, dpi)
            _check(QgsLayoutExporter.ExportResult.Success, "", final)
            if feedback is not None:
                feedback.setProgress(100)
            # An overview whose table runs over several pages: QGIS writes page n as <name>_n.png beside the first.
            more = sorted(out.glob(f"{base}{tag}_*{suffix}")) if fmt == "png" else []
            return [_replace_into(temporary, final)] + [
                _replace_into(page, out / f"{base}{page.stem[len(base + tag):]}{suffix}") for page in more]
        finally:
            temporary.unlink(missing_ok=True)
            for page in out.glob(f"{base}{tag}_*{suffix}"):
                page.unlink(missing_ok=True)

    written: list[str] = []
    taken: set[str] = set()
    if not atlas.beginRender():
        raise OutputError(tr("The sheet atlas could not start."))
    try:
        total = min(atlas.count(), limit) if limit > 0 else atlas.count()
        for index in range(total):
            if feedback is not None and feedback.isCanceled():
                break
            atlas.seekTo(index)
            stem = _unique(safe_file_stem(atlas.nameForPage(index)), taken)
            suffix = ".png" if fmt == "png" else ".pdf"
            final = out / f"{stem}{suffix}"
            temporary = out / f"{stem}{tag}{suffix}"
            try:
                _export_page(layout, temporary, fmt, dpi)
                written.append(_replace_into(temporary, final))
            finally:
                temporary.unlink(missing_ok=True)
            if feedback is not None:
                feedback.setProgress(100.0 * (index + 1) / total)
    finally:
        atlas.endRender()
    return written


def _export_page(layout, path: Path, fmt: str, dpi: int) -> None:
    exporter = QgsLayoutExporter(layout)
    if fmt == "png":
        result = exporter.exportToImage(str(path), _image_settings(dpi))
        error = ""
    else:
        result = exporter.exportToPdf(str(path), _pdf_settings(dpi))
        error = exporter.errorMessage() if hasattr(exporter, "errorMessage") else ""
    _check(result, error, path)
