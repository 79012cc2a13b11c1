"""Builders shared by the inventory tests: the catalogue of hostile inventory files, and checksums of inputs."""

from __future__ import annotations

import hashlib
import json
import math
import random
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import ROOT

FORMATS = ROOT / "tests" / "data" / "inventory" / "formats"


GOOD_ROWS = [("H-1", "Alpha", "49.95", "82.6"), ("H-2", "Beta", "47.8", "67.7")]  # Ust-Kamenogorsk, Zhezkazgan


HEADER = ("tmf_id", "name", "latitude", "longitude")


@dataclass
class Case:
    """One hostile file and what a correct import does with it."""

    name: str
    placed: int | None  # facilities placed when the import succeeds; None when it must fail
    says: tuple[str, ...]  # words the error message or the report must contain (the problem, named)


def _csv(rows, delimiter=",") -> str:
    return "\n".join(delimiter.join(r) for r in [HEADER, *rows]) + "\n"


def _geojson(features, crs: str | None = None) -> str:
    collection = {"type": "FeatureCollection", "features": features}
    if crs:
        collection["crs"] = {"type": "name", "properties": {"name": crs}}
    return json.dumps(collection, allow_nan=True)


def _point_feature(tmf_id, name, geometry):
    return {"type": "Feature", "properties": {"tmf_id": tmf_id, "name": name}, "geometry": geometry}


def _mercator(lon: float, lat: float) -> list[float]:
    radius = 6378137.0
    return [math.radians(lon) * radius, math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) * radius]


def catalogue() -> list[tuple[Case, str | bytes | None]]:
    """Every hostile inventory file (content None: a folder with a file's name) and what must happen to it."""
    noise = random.Random(10)
    cases: list[tuple[Case, str | bytes | None]] = []

    def add(name: str, content, placed, *says):
        cases.append((Case(name, placed, says), content))

    add("empty.csv", b"", None, "empty.csv", "no rows")
    add("header_only.csv", _csv([]), None, "header_only.csv", "no data rows")
    add("random_bytes.csv", bytes(noise.randrange(256) for _ in range(65536)), None, "random_bytes.csv",
        "binary data")
    wide_header = list(HEADER) + [f"extra_{n}" for n in range(4996)]
    wide_rows = [list(r) + [str(n) for n in range(4996)] for r in GOOD_ROWS]
    add("wide_5000_columns.csv", "\n".join(",".join(r) for r in [wide_header, *wide_rows]) + "\n", 2)
    add("one_megabyte_cell.csv", _csv([GOOD_ROWS[0], ("H-2", "B" * 1_048_576, "47.8", "67.7")]), None,
        "one_megabyte_cell.csv", "line 3")
    add("unclosed_quote.csv", _csv([GOOD_ROWS[0]]) + 'H-2,"Beta,47.8,67.7\nH-3,Gamma,48.0,68.0\n', 1, "missing")
    add("utf16_bom.csv", _csv(GOOD_ROWS, ";").encode("utf-16"), 2)
    add("utf16le_no_bom.csv", _csv(GOOD_ROWS, ";").encode("utf-16-le"), 2)
    add("nul_bytes.csv", _csv(GOOD_ROWS).encode() + b"H-3,Ga\x00mma,48.0,68.0\n", None, "nul_bytes.csv",
        "binary data")
    add("text_named.xlsx", _csv(GOOD_ROWS), None, "text_named.xlsx")
    add("zip_garbage.xlsx", b"PK\x03\x04" + bytes(noise.randrange(256) for _ in range(4096)), None,
        "zip_garbage.xlsx")
    good = _geojson([_point_feature("H-1", "Alpha", {"type": "Point", "coordinates": [82.6, 49.95]})])
    add("truncated.geojson", good[: len(good) // 2], None, "truncated.geojson")
    add("random_bytes.gpkg", bytes(noise.randrange(256) for _ in range(8192)), None, "random_bytes.gpkg")
    add("folder_named.csv", None, None, "folder_named.csv")
    add("nan_inf_coordinates.csv", _csv([
        GOOD_ROWS[0], ("N-1", "NaN text", "NaN", "82.6"), ("N-2", "inf", "inf", "82.6"),
        ("N-3", "minus inf", "49.9", "-inf"), ("N-4", "overflow", "1e309", "82.6"),
        ("N-5", "huge", "49.9", "9" * 400), ("N-6", "exponent", "4.99e1", "8.26e1")]), 2, "not a coordinate")
    add("nan_coordinates.geojson", _geojson([
        _point_feature("H-1", "Alpha", {"type": "Point", "coordinates": [82.6, 49.95]}),
        _point_feature("N-1", "NaN", {"type": "Point", "coordinates": [float("nan"), 49.9]}),
        _point_feature("N-2", "overflow", {"type": "Point", "coordinates": [82.6, 1e308 * 10]})]), 1,
        "out of range")
    add("null_geometries.geojson", _geojson([
        _point_feature("H-1", "Alpha", {"type": "Point", "coordinates": [82.6, 49.95]}),
        _point_feature("G-1", "No geometry", None), _point_feature("G-2", "Also none", None)]), 1, "no geometry")
    add("polygons_not_points.geojson", _geojson([
        _point_feature("P-1", "Square", {"type": "Polygon", "coordinates": [
            [[82.5, 49.9], [82.7, 49.9], [82.7, 50.0], [82.5, 50.0], [82.5, 49.9]]]}),
        _point_feature("P-2", "Bowtie", {"type": "Polygon", "coordinates": [
            [[67.6, 47.7], [67.8, 47.9], [67.8, 47.7], [67.6, 47.9], [67.6, 47.7]]]}),
        _point_feature("P-3", "Line", {"type": "LineString", "coordinates": [[70.0, 45.0], [70.2, 45.1]]})]), 3,
        "3 outlines or lines placed")
    add("web_mercator.geojson", _geojson([
        _point_feature(tmf_id, name, {"type": "Point", "coordinates": _mercator(float(lon), float(lat))})
        for tmf_id, name, lat, lon in GOOD_ROWS], crs="urn:ogc:def:crs:EPSG::3857"), 2)
    add("utm_far_away.geojson", _geojson([
        _point_feature("U-1", "In Kazakhstan", {"type": "Point", "coordinates": [500000.0, 5500000.0]}),
        _point_feature("U-2", "Beyond the projection", {"type": "Point", "coordinates": [1e300, -1e300]})],
        crs="urn:ogc:def:crs:EPSG::32643"), 1, "cannot be placed in EPSG:4326")
    add("formula_cells.csv", _csv([("H-1", '=HYPERLINK("http://example.invalid";"x")', "49.95", "82.6"),
                                   ("H-2", "@SUM(1+1)*cmd|' /C calc'!A0", "47.8", "67.7")]), 2)
    add("no_features.geojson", _geojson([]), None, "no_features", "no features")
    add("lonely.shp", (FORMATS / "inventory.shp").read_bytes(), None, "lonely.shp")  # without .shx and .dbf
    add("duplicate_headers.csv", "name,name,latitude,longitude\nAlpha,Beta,49.95,82.6\n", 1, "missing ID")
    add("whitespace_only.csv", "   \n\t\n ; ; \n", None, "whitespace_only.csv", "no rows")
    rows = [(f"R-{i}", f"Site {i}", f"{47 + (i % 200) / 100:.4f}", f"{66 + (i % 1000) / 100:.4f}")
            for i in range(20000)]
    add("twenty_thousand_rows.csv", _csv(rows), 20000)
    # Good GIS files whose bytes must not change: OGR may write to a GeoPackage it opens for update.
    add("geopackage_input.gpkg", (FORMATS / "inventory.gpkg").read_bytes(), 6)
    add("unknown_columns.csv", "alpha,beta,gamma\n1,2,3\n4,5,6\n", None, "unknown_columns.csv", "alpha")
    return cases


CATALOGUE = catalogue()


CASES = {case.name: case for case, _ in CATALOGUE}


def write_catalogue(folder: Path) -> Path:
    """Write every hostile file of the catalogue into folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for case, content in CATALOGUE:
        path = folder / case.name
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        elif content is None:
            path.mkdir()
        else:
            path.write_bytes(content)
    return folder


def checksums(folder: Path) -> dict[str, str]:
    """sha256 of every file under folder, by relative path."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def plugin_files(root: Path) -> set[str]:
    """Files of the installed plugin folder; Python's own bytecode cache is left out (the interpreter writes it)."""
    folder = root / "profiles" / "default" / "python" / "plugins" / "tmf_safety"
    assert folder.is_dir()
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if "__pycache__" not in p.parts}
