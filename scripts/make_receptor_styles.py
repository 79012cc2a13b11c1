"""Writes the receptor layer styles (panel and map sheet) into resources/styles: run after changing them.

Usage: QT_HASH_SEED=0 QT_QPA_PLATFORM=offscreen /usr/bin/python3 scripts/make_receptor_styles.py (with QGIS installed).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _style(size: float, label_size: float):
    from qgis.core import (
        QgsMarkerSymbol,
        QgsPalLayerSettings,
        QgsSingleSymbolRenderer,
        QgsTextBufferSettings,
        QgsTextFormat,
        QgsVectorLayer,
        QgsVectorLayerSimpleLabeling,
    )
    from qgis.PyQt.QtGui import QColor, QFont

    from tmf_plugin.downstream.receptors import LABEL_EXPRESSION

    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=tmf_id:string&field=receptor:string&field=population:long"
                           "&field=km_downstream:double", "receptors", "memory")
    # A white circle ringed in red: receptors stand out from the black squares of the base map's places.
    symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": "255,255,255,230", "outline_color": "#b2182b",
                                           "outline_width": "0.5", "size": str(size)})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    settings = QgsPalLayerSettings()
    settings.fieldName = LABEL_EXPRESSION
    settings.isExpression = True
    text = QgsTextFormat()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(label_size)
    text.setFont(font)
    text.setSize(label_size)
    text.setColor(QColor("#7a0c1c"))
    halo = QgsTextBufferSettings()
    halo.setEnabled(True)
    halo.setSize(0.7)
    halo.setColor(QColor(255, 255, 255, 220))
    text.setBuffer(halo)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    return layer


def main() -> None:
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    for name, size, label_size in (("receptors.qml", 2.6, 8.0), ("sheet_receptors.qml", 2.0, 6.5)):
        path = ROOT / "resources" / "styles" / name
        _style(size, label_size).saveNamedStyle(str(path))
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
