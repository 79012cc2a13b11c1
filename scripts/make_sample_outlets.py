"""Write sample_layers/outlets.gpkg: where the sample rivers end (Aral Sea, Balkhash, Caspian, the lower Ob).

Natural Earth's lakes layer has no Caspian Sea and the sample's Ob stops north of the data, so the network builder
needs these terminal water bodies to orient the sample rivers. The Caspian is a coarse hand-drawn outline and the
lower Ob a small marker polygon: good enough to say where the water goes, not for mapping.
"""

from __future__ import annotations

from pathlib import Path

from osgeo import ogr, osr

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_layers"
EXTRA = ROOT / "tests" / "data" / "downstream" / "outlets_extra.geojson"


def main() -> None:
    out = SAMPLE / "outlets.gpkg"
    if out.exists():
        out.unlink()
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    target = ogr.GetDriverByName("GPKG").CreateDataSource(str(out))
    layer = target.CreateLayer("outlets", srs, ogr.wkbMultiPolygon)
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("source", ogr.OFTString))

    def add(name: str, geometry, source: str) -> None:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("name", name)
        feature.SetField("source", source)
        feature.SetGeometry(ogr.ForceToMultiPolygon(geometry.Clone()))
        layer.CreateFeature(feature)

    lakes = ogr.Open(str(SAMPLE / "lakes.gpkg"))  # read-only
    for feature in lakes.GetLayer("lakes"):
        if feature.GetField("name") in ("Aral Sea", "Lake Balkhash"):
            add(feature.GetField("name"), feature.GetGeometryRef(), "Natural Earth 1:10m lakes")
    extra = ogr.Open(str(EXTRA))
    for feature in extra.GetLayer(0):
        add(feature.GetField("name"), feature.GetGeometryRef(), "coarse outline drawn for orientation only")
    target = None
    print(f"Wrote {out}")


if __name__ == "__main__":
    main()
