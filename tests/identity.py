"""Outputs of the tracing jobs reduced to comparable rows, and their golden copies (the results must never change).

Set TMF_WRITE_GOLDEN=1 to rewrite the golden files from the code as it is; otherwise they are compared.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_layers"
SYNTHETIC_REACHES, SYNTHETIC_BASIN, SYNTHETIC_FACILITIES = 20_000, 2_000, 60


def _value(value):
    """A JSON-safe attribute: NULL and QDate/QDateTime become text the golden file can hold."""
    if value is None or str(value) == "NULL":
        return None
    if isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def geometry_digest(geometry) -> dict:
    """Fingerprint of a geometry with its size, so a difference is easy to read.

    Points and lines (snap points, downstream paths) are the plugin's own arithmetic: their WKB must not change by a
    bit. Polygons (corridors) are GEOS buffers and unions, whose last digits differ between the GEOS versions of QGIS
    3.22, 3.40 and 3.44 (up to half a metre seen): check_golden compares their vertex count, area and box within
    POLYGON_TOLERANCE."""
    from qgis.core import QgsWkbTypes

    if geometry is None or geometry.isEmpty():
        return {"empty": True}
    vertices = geometry.constGet().nCoordinates()
    if geometry.type() == QgsWkbTypes.GeometryType.PolygonGeometry:
        box = geometry.boundingBox()
        return {"vertices": vertices, "area": geometry.area(),
                "box": [box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()]}
    wkb = bytes(geometry.asWkb())
    return {"vertices": vertices, "sha256": hashlib.sha256(wkb).hexdigest()[:20]}


# Corridors from another GEOS: vertex count within 1 %, area within 0.01 %, box within 2e-5 degrees (about 2 m).
POLYGON_TOLERANCE = {"vertices": 0.01, "area": 1e-4, "box_deg": 2e-5}


def same_geometry(row_digest, golden_digest) -> bool:
    """Whether two fingerprints agree: exactly, or for polygons within POLYGON_TOLERANCE."""
    if not (isinstance(row_digest, dict) and isinstance(golden_digest, dict) and "area" in golden_digest
            and "area" in row_digest):
        return row_digest == golden_digest
    vertices = abs(row_digest["vertices"] - golden_digest["vertices"]) <= POLYGON_TOLERANCE["vertices"] * max(
        1, golden_digest["vertices"])
    area = math.isclose(row_digest["area"], golden_digest["area"], rel_tol=POLYGON_TOLERANCE["area"])
    box = all(abs(a - b) <= POLYGON_TOLERANCE["box_deg"] for a, b in zip(row_digest["box"], golden_digest["box"]))
    return vertices and area and box


def layer_rows(layer) -> list[dict]:
    """Every feature of an output layer: each attribute by field name, and the geometry's fingerprint."""
    names = layer.fields().names()
    rows = []
    for feature in layer.getFeatures():
        row = {name: _value(value) for name, value in zip(names, feature.attributes())}
        row["__geometry__"] = geometry_digest(feature.geometry())
        rows.append(row)
    return rows


def synthetic_network(folder: Path) -> tuple[Path, Path]:
    """A small benchmark-like network (20,000 reaches in 10 basins) and 60 facilities, both reproducible."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import synthetic

    rivers, facilities = folder / "rivers.gpkg", folder / "facilities.gpkg"
    assert synthetic.write_network(rivers, SYNTHETIC_REACHES, seed=11, basin_size=SYNTHETIC_BASIN) == SYNTHETIC_REACHES
    synthetic.write_facilities(facilities, rivers, SYNTHETIC_FACILITIES, seed=12)
    return rivers, facilities


def sample_network():
    """The sample rivers built into a network toward the sample outlets, as the demo does."""
    import processing

    from tmf_plugin.api.demo import NETWORK_SNAP_TOLERANCE_M

    return processing.run("tmf:buildrivernetwork", {
        "INPUT": str(SAMPLE / "rivers.gpkg"), "ORIENTATION": 1, "OUTLETS": str(SAMPLE / "outlets.gpkg"),
        "SNAP_TOLERANCE_M": NETWORK_SNAP_TOLERANCE_M, "OUTPUT": "memory:"})["OUTPUT"]


def check_golden(path: Path, outputs: dict[str, list[dict]]) -> None:
    """Compare outputs with the golden file row by row and field by field (or write it when asked)."""
    if os.environ.get("TMF_WRITE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        # One row a line: small, and a changed row shows as one changed line in a diff.
        lines = ["{"]
        for number, name in enumerate(sorted(outputs)):
            rows = ",\n".join(json.dumps(row, sort_keys=True, separators=(",", ":")) for row in outputs[name])
            lines.append(f"{json.dumps(name)}: [\n{rows}\n]" + ("," if number < len(outputs) - 1 else ""))
        path.write_text("\n".join(lines) + "\n}\n")
        return
    golden = json.loads(path.read_text())
    assert sorted(outputs) == sorted(golden), f"{path.name}: outputs {sorted(outputs)}"
    for name, rows in outputs.items():
        expected = golden[name]
        assert len(rows) == len(expected), f"{path.name} {name}: {len(rows)} rows, golden {len(expected)}"
        # A round trip through JSON makes tuples lists and keeps floats exact (repr is shortest round-trip).
        rows = json.loads(json.dumps(rows))
        for number, (row, want) in enumerate(zip(rows, expected)):
            for key in sorted(set(row) | set(want)):
                if key == "__geometry__":
                    assert same_geometry(row.get(key), want.get(key)), (
                        f"{path.name} {name} row {number + 1} geometry: {row.get(key)!r}, golden {want.get(key)!r}")
                    continue
                assert row.get(key) == want.get(key), (
                    f"{path.name} {name} row {number + 1} field {key}: {row.get(key)!r}, golden {want.get(key)!r}")
