"""Writes resources/styles/facilities.qml (by status), facilities_thi.qml (by THI) and changes.qml with PyQGIS.

Run from the repository root: `.venv/bin/python tests/data/inventory/make_styles.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

STATUS_COLOURS = [  # (value, legend label, colour): operating sites strongest, unknown faint
    ("active", "active", "#c0392b"),
    ("inactive", "inactive", "#e67e22"),
    ("conserved", "conserved", "#d4ac0d"),
    ("closed", "closed", "#5d6d7e"),
    ("abandoned", "abandoned", "#7d3c98"),
    ("unknown", "unknown", "#aab7b8"),
    ("", "status not read", "#ffffff"),
]
THI_CLASSES = [(0, 10, "< 10", "#fee08b"), (10, 13, "10 – 13", "#fdae61"), (13, 16, "13 – 16", "#f46d43"),
               (16, 19, "16 – 19", "#d73027"), (19, 100, "≥ 19", "#a50026")]
CHANGE_COLOURS = [  # (value, legend label, colour, shape, size): what changed stands out, the rest recedes
    ("added", "added", "#1e8449", "circle", "3.6"),
    ("removed", "removed", "#c0392b", "cross2", "3.6"),
    ("changed", "changed", "#e67e22", "diamond", "3.8"),
    ("unmatched", "unmatched", "#7d3c98", "square", "3.0"),
    ("unchanged", "unchanged", "#aab7b8", "circle", "2.0"),
]
LABEL_SCALE = 1500000  # IDs appear when zoomed in closer than 1:1 500 000 (a region, not the country)


def marker(colour: str, shape: str = "triangle"):
    from qgis.core import QgsMarkerSymbol

    return QgsMarkerSymbol.createSimple({"name": shape, "color": colour, "outline_color": "#1b2631",
                                         "outline_width": "0.3", "size": "3.2"})


def labels(layer, expression: str) -> None:
    from qgis.core import (
        QgsPalLayerSettings,
        QgsTextBufferSettings,
        QgsTextFormat,
        QgsVectorLayerSimpleLabeling,
    )
    from qgis.PyQt.QtGui import QColor, QFont

    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    settings.placement = QgsPalLayerSettings.Placement.OverPoint
    settings.quadOffset = QgsPalLayerSettings.QuadrantPosition.QuadrantAboveRight
    settings.dist = 1.0
    settings.scaleVisibility = True
    settings.maximumScale = 0
    settings.minimumScale = LABEL_SCALE
    text = QgsTextFormat()
    text.setFont(QFont("Sans Serif"))
    text.setSize(8)
    text.setColor(QColor("#1b2631"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor("#ffffff"))
    text.setBuffer(buffer)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def main() -> None:
    from qgis.core import (
        QgsCategorizedSymbolRenderer,
        QgsGraduatedSymbolRenderer,
        QgsRendererCategory,
        QgsRendererRange,
        QgsVectorLayer,
    )

    from tmf_plugin.standalone import ensure_qgis

    ensure_qgis()
    styles = ROOT / "resources" / "styles"
    layer = QgsVectorLayer(str(ROOT / "sample_layers" / "tmf_inventory.gpkg"), "facilities", "ogr")
    categories = [QgsRendererCategory(value, marker(colour), label) for value, label, colour in STATUS_COLOURS]
    layer.setRenderer(QgsCategorizedSymbolRenderer("status", categories))
    labels(layer, '"tmf_id"')
    layer.saveNamedStyle(str(styles / "facilities.qml"))

    ranges = [QgsRendererRange(low, high, marker(colour, "circle"), label) for low, high, label, colour in THI_CLASSES]
    renderer = QgsGraduatedSymbolRenderer("thi", ranges)
    layer.setRenderer(renderer)
    labels(layer, "\"tmf_id\" || CASE WHEN \"thi\" IS NOT NULL THEN ' (' || format_number(\"thi\", 1) || "
                  "CASE WHEN \"thi_complete\" THEN '' ELSE '*' END || ')' ELSE '' END")
    layer.saveNamedStyle(str(styles / "facilities_thi.qml"))

    categories = []
    for value, label, colour, shape, size in CHANGE_COLOURS:
        symbol = marker(colour, shape)
        symbol.setSize(float(size))
        if shape == "cross2":
            symbol.symbolLayer(0).setStrokeColor(symbol.color())
            symbol.symbolLayer(0).setStrokeWidth(0.8)
        categories.append(QgsRendererCategory(value, symbol, label))
    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=tmf_id:string&field=change:string", "changes", "memory")
    layer.setRenderer(QgsCategorizedSymbolRenderer("change", categories))
    labels(layer, "CASE WHEN \"change\" <> 'unchanged' THEN coalesce(\"tmf_id\", '') END")
    layer.saveNamedStyle(str(styles / "changes.qml"))
    print(f"Wrote {styles / 'facilities.qml'}, {styles / 'facilities_thi.qml'} and {styles / 'changes.qml'}")


if __name__ == "__main__":
    main()
