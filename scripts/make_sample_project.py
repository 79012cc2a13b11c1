"""Write sample_layers/tmf_safety_sample.qgz: the sample layers styled, with relative paths, opening on Kazakhstan."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_layers"
STYLES = ROOT / "resources" / "styles"

# (file, layer name shown, style) from bottom to top of the layer tree
LAYERS = [
    ("countries", "Countries (Natural Earth)", "sheet_countries.qml"),
    ("regions", "Regions (Natural Earth, before 2022)", "sheet_regions.qml"),
    ("lakes", "Lakes (Natural Earth)", "sheet_lakes.qml"),
    ("rivers", "Rivers (Natural Earth)", "sheet_rivers.qml"),
    ("places", "Settlements (Natural Earth)", "sheet_places.qml"),
    ("tmf_inventory", "TMF inventory (illustrative)", "facilities.qml"),
]


def main() -> None:
    from qgis.core import (
        QgsApplication,
        QgsCoordinateReferenceSystem,
        QgsProject,
        QgsRectangle,
        QgsReferencedRectangle,
        QgsVectorLayer,
    )

    app = QgsApplication([], False)
    app.initQgis()
    project = QgsProject.instance()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    project.setTitle("TMF Safety sample (illustrative inventory, Natural Earth reference layers)")
    out = SAMPLE / "tmf_safety_sample.qgz"
    for name, title, style in LAYERS:
        layer = QgsVectorLayer(str(SAMPLE / f"{name}.gpkg"), title, "ogr")
        if not layer.isValid():
            sys.exit(f"{name}.gpkg did not open")
        if (STYLES / style).exists():
            layer.loadNamedStyle(str(STYLES / style))
        project.addMapLayer(layer, False)
        project.layerTreeRoot().insertLayer(0, layer)
    extent = QgsReferencedRectangle(QgsRectangle(45.0, 39.5, 88.5, 56.5), project.crs())
    project.viewSettings().setDefaultViewExtent(extent)
    project.writeEntryBool("Paths", "/Absolute", False)
    if not project.write(str(out)):
        sys.exit(f"could not write {out}")
    print(f"Wrote {out}")
    app.exitQgis()


if __name__ == "__main__":
    main()
