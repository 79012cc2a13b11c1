"""Readers for the inventory files people have: delimited text, spreadsheets, GIS files and loaded layers."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

from ..i18n import tr
from .columns import count_recognised
from .records import SourceRow, SourceTable

DELIMITED = {".csv", ".txt", ".tsv", ".tab", ".dat"}
SPREADSHEETS = {".xlsx", ".xls", ".ods"}
DELIMITERS = (";", "\t", ",", "|")
HEADER_SEARCH_ROWS = 15  # titles above the header row are common in agency exports
# A national inventory is a few hundred rows; a text file of this size is a wrong choice, read whole into memory.
MAX_TEXT_BYTES = 256 * 2**20


class InventoryReadError(Exception):
    """The file cannot be read as an inventory; the message names the file and says why."""


def read_source(path: str) -> SourceTable:
    """Read an inventory file of any supported kind (CSV/TXT, XLSX/ODS, GeoPackage, Shapefile, GeoJSON ...)."""
    plain = path.split("|")[0]
    suffix = Path(plain).suffix.lower()
    if not Path(plain).exists():
        raise InventoryReadError(tr("The file {path} does not exist.").format(path=plain))
    if not Path(plain).is_file() and not Path(plain).is_dir():  # a pipe: reading it would wait for ever
        raise InventoryReadError(tr("{path} is not a regular file; choose the inventory file itself.").format(
            path=plain))
    if Path(plain).is_dir() and suffix in DELIMITED | SPREADSHEETS:
        raise InventoryReadError(tr("{path} is a folder, not an inventory file.").format(path=plain))
    if suffix in DELIMITED:
        return read_delimited(plain)
    if suffix in SPREADSHEETS:
        return read_spreadsheet(plain)
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(path, Path(plain).stem, "ogr")
    if not layer.isValid():
        raise InventoryReadError(tr("{path} is not a table or vector file QGIS can open.").format(path=plain))
    return read_layer(layer)


def decode(data: bytes) -> tuple[str, str]:
    """Text of a file and the encoding found: UTF-8 (with or without BOM), UTF-16, else Windows-1251.

    Raises ValueError for binary data (NUL bytes outside UTF-16): decoding it as Windows-1251 would "succeed" and
    turn a spreadsheet or an image saved under a .csv name into hundreds of rows of noise.
    """
    if data.startswith(codecs.BOM_UTF8):
        data, bom = data[len(codecs.BOM_UTF8):], True
    else:
        bom = False
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return data.decode("utf-16", errors="replace"), "UTF-16"
    utf16 = _utf16_without_bom(data)
    if utf16:
        return data.decode(utf16, errors="replace"), "UTF-16"
    if b"\x00" in data:
        raise ValueError("NUL bytes")
    if bom:
        return data.decode("utf-8", errors="replace"), "UTF-8 with BOM"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace"), "Windows-1251"


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when NUL bytes sit in every other byte, as in UTF-16 text of mostly ASCII."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    odd, even = sample[1::2], sample[0::2]
    if odd.count(0) > 0.6 * len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) > 0.6 * len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most columns most consistently."""
    sample = text.splitlines()[:60]
    best, best_score = ";", (-1.0, 0)
    for delimiter in DELIMITERS:
        try:
            rows = [r for r in csv.reader(sample, delimiter=delimiter) if any(c.strip() for c in r)]
        except csv.Error:  # e.g. a cell beyond the csv module's size limit; read_delimited names the line
            continue
        if not rows:
            continue
        counts = [len(r) for r in rows]
        width = max(set(counts), key=counts.count)
        if width < 2:
            continue
        consistency = counts.count(width) / len(counts)
        score = (round(consistency, 2), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_delimited(path: str) -> SourceTable:
    """Read CSV/TXT: encoding and delimiter detected, quoted fields, a header row found under any title rows."""
    try:
        size = Path(path).stat().st_size
        if size > MAX_TEXT_BYTES:
            raise InventoryReadError(tr("{path} is {size} MB: too large for an inventory table (at most {limit} MB). "
                                        "Is it the right file?").format(path=path, size=size // 2**20,
                                                                         limit=MAX_TEXT_BYTES // 2**20))
        data = Path(path).read_bytes()
    except OSError as error:
        raise InventoryReadError(tr("Cannot read {path}: {error}").format(path=path, error=error)) from error
    try:
        text, encoding = decode(data)
    except ValueError as error:
        raise InventoryReadError(tr("{path} holds binary data (NUL bytes), not text: it is not a CSV/TXT file. "
                                    "Is it a spreadsheet or another file saved under this name?").format(
            path=path)) from error
    delimiter = sniff_delimiter(text)
    # newline="" lets csv see \r\n, \n and old \r endings, and line breaks inside quoted cells.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    grid = []
    try:
        for number, cells in enumerate(reader, 1):
            grid.append((number, cells))
    except csv.Error as error:
        # The usual cause is a quote opened and never closed, which swallows the rest of the file into one cell.
        raise InventoryReadError(tr("{path}, line {line}: the file cannot be read as a table ({error}). A cell "
                                    "this long usually comes from a quote that is opened and never closed.").format(
            path=path, line=reader.line_num, error=error)) from error
    names = {";": ";", "\t": "tab", ",": ",", "|": "|"}
    description = tr("{encoding}, delimiter {delimiter}").format(encoding=encoding, delimiter=names[delimiter])
    return table_from_grid(grid, path, description)


def read_spreadsheet(path: str) -> SourceTable:
    """Read the sheet of an XLSX/ODS workbook that looks most like an inventory, through OGR, as text cells."""
    from osgeo import gdal

    # Every cell as text and no header guessing by OGR: the header row is found here, under any title rows.
    options = {f"OGR_{driver}_{name}": value for driver in ("XLSX", "ODS", "XLS")
               for name, value in (("HEADERS", "DISABLE"), ("FIELD_TYPES", "STRING"))}
    previous = {key: gdal.GetConfigOption(key) for key in options}
    for key, value in options.items():
        gdal.SetConfigOption(key, value)
    try:
        best = _best_sheet(gdal, path)
    finally:
        for key, value in previous.items():
            gdal.SetConfigOption(key, value)
    if best is None or not best[2]:
        raise InventoryReadError(tr("The workbook {path} has no rows.").format(path=path))
    return table_from_grid(best[2], path, tr("sheet {sheet}").format(sheet=best[1]))


def _best_sheet(gdal, path: str):
    """(score, sheet name, numbered rows) of the sheet whose first rows look most like an inventory header."""
    try:
        dataset = gdal.OpenEx(path, gdal.OF_VECTOR)
    except RuntimeError as error:
        raise InventoryReadError(tr("Cannot open the workbook {path}: {error}").format(path=path, error=error)) \
            from error
    if dataset is None:
        raise InventoryReadError(tr("Cannot open the workbook {path}.").format(path=path))
    best = None
    for index in range(dataset.GetLayerCount()):
        sheet = dataset.GetLayer(index)
        width = sheet.GetLayerDefn().GetFieldCount()
        grid = []
        for feature in sheet:
            cells = [feature.GetField(i) if feature.IsFieldSetAndNotNull(i) else "" for i in range(width)]
            grid.append((int(feature.GetFID()), cells))  # OGR numbers spreadsheet features by their sheet row
        score = max((count_recognised(cells) for _, cells in grid[:HEADER_SEARCH_ROWS]), default=0)
        if best is None or score > best[0]:
            best = (score, sheet.GetName(), grid)
    return best


def table_from_grid(grid: list[tuple[int, list]], path: str, description: str) -> SourceTable:
    """Find the header row among the first rows and turn the rows below it into SourceRows."""
    grid = [(number, [("" if c is None else str(c)) for c in cells]) for number, cells in grid]
    filled = [(number, cells) for number, cells in grid if any(c.strip() for c in cells)]
    if not filled:
        raise InventoryReadError(tr("{path} has no rows.").format(path=path))
    header_index, best = 0, -1
    for index, (_, cells) in enumerate(filled[:HEADER_SEARCH_ROWS]):
        score = count_recognised(cells)
        if score > best:
            header_index, best = index, score
    header_number, header_cells = filled[header_index]
    if header_index + 1 >= len(filled):
        raise InventoryReadError(tr("{path} has a header row (row {row}) but no data rows.").format(
            path=path, row=header_number))
    headers = _unique_headers(header_cells)
    rows = []
    for number, cells in filled[header_index + 1:]:
        row_values = {headers[i]: cells[i] if i < len(cells) else "" for i in range(len(headers))}
        for extra, cell in enumerate(cells[len(headers):], len(headers) + 1):
            if cell.strip():
                row_values[tr("column {n}").format(n=extra)] = cell
        rows.append(SourceRow(number, row_values))
    return SourceTable(headers, rows, header_number, description)


def _unique_headers(cells: list[str]) -> list[str]:
    """Header names, with blanks named "column N" and repeats numbered, so that every column can be mapped."""
    headers, seen = [], {}
    for index, cell in enumerate(cells, 1):
        name = cell.replace("\ufeff", "").strip() or tr("column {n}").format(n=index)
        if name in seen:
            seen[name] += 1
            name = f"{name} ({seen[name]})"
        else:
            seen[name] = 1
        headers.append(name)
    return headers


def table_file_of(layer) -> str | None:
    """The CSV/TXT/XLSX/ODS file behind a loaded layer, read better here (encoding, title rows) than by OGR."""
    from qgis.core import QgsProviderRegistry
    from qgis.PyQt.QtCore import QUrl

    try:
        provider = layer.providerType()
        if provider == "ogr":
            path = QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("path") or ""
        elif provider == "delimitedtext":
            path = QUrl(layer.source()).toLocalFile()
        else:
            return None
        if layer.isModified():  # unsaved edits live in the layer only
            return None
    except (AttributeError, RuntimeError):
        return None
    suffix = Path(path).suffix.lower()
    return path if suffix in DELIMITED | SPREADSHEETS and Path(path).is_file() else None


def read_layer(layer) -> SourceTable:
    """Read a vector layer (from a file or already in the project)."""
    return read_features(layer.fields(), layer.crs(), layer.wkbType(), layer.getFeatures(), layer.name())


def read_features(fields, crs, wkb_type, features, name: str, transform_context=None) -> SourceTable:
    """Rows of a layer or Processing feature source; point geometries give positions in EPSG:4326."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsCsException,
        QgsProject,
        QgsWkbTypes,
    )

    transform_context = transform_context or QgsProject.instance().transformContext()

    headers = [f.name() for f in fields]
    has_geometry = QgsWkbTypes.geometryType(wkb_type) not in (
        QgsWkbTypes.GeometryType.NullGeometry, QgsWkbTypes.GeometryType.UnknownGeometry)
    transform = None
    if has_geometry:
        transform = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem("EPSG:4326"), transform_context)
    rows = []
    outlines = 0
    for number, feature in enumerate(features, 1):
        cells = {header: _python_value(feature[header]) for header in headers}
        point, problem = None, ""
        geometry = feature.geometry()
        if has_geometry and geometry is not None and not geometry.isEmpty():
            single_point = geometry.type() == QgsWkbTypes.GeometryType.PointGeometry and not geometry.isMultipart()
            # Outlines and multipoints are placed at a point guaranteed to be on them.
            located = geometry if single_point else geometry.pointOnSurface()
            outlines += 0 if single_point else 1
            try:
                if located.isEmpty():
                    raise ValueError(tr("no point on it"))
                located.transform(transform)
                where = located.asPoint()
                point = (where.x(), where.y())
            except (QgsCsException, ValueError) as error:  # e.g. 1e300 metres, far outside the projection
                reason = " ".join(str(error).split())[:160]
                problem = tr("the geometry cannot be placed in EPSG:4326 ({error}); the row is not placed").format(
                    error=reason)
        elif has_geometry:
            problem = tr("no geometry and no coordinate columns; the row is not placed")
        rows.append(SourceRow(number, cells, point, problem))
    if not rows:
        raise InventoryReadError(tr("The layer {name} has no features.").format(name=name))
    description = tr("layer {name}").format(name=name)
    if outlines:
        description += tr(", {count} outlines or lines placed at a point on each").format(count=outlines)
    return SourceTable(headers, rows, 0, description, has_geometry)


def _python_value(value):
    """An attribute as a plain Python value (None for NULL, ISO text for dates)."""
    from qgis.PyQt.QtCore import QDate, QDateTime

    from ..core.compat import is_null

    if is_null(value):
        return None
    if isinstance(value, QDateTime):
        return value.date().toString("yyyy-MM-dd") if value.isValid() else None
    if isinstance(value, QDate):
        return value.toString("yyyy-MM-dd") if value.isValid() else None
    return value
