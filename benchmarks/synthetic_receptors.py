"""Reproducible synthetic receptors (settlements) for the receptors benchmark: half beside rivers, half anywhere.

Kept apart from synthetic.py so that adding them does not regenerate the networks (their stamp hashes that file).
"""

from __future__ import annotations

import random
from pathlib import Path

from osgeo import ogr
from synthetic import EXTENT, _new_layer


def write_receptors(path: Path, network: Path, count: int = 10_000, seed: int = 3) -> int:
    """Write `count` points with a name and a population (layer `receptors`); half within about 3 km of a reach."""
    rng = random.Random(seed)
    source = ogr.Open(str(network))
    rivers = source.GetLayer("rivers")
    total = rivers.GetFeatureCount()
    dataset, layer = _new_layer(path, "receptors", ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("population", ogr.OFTInteger64))
    definition = layer.GetLayerDefn()
    dataset.StartTransaction()
    for i in range(count):
        if i % 2:
            x, y = rng.uniform(EXTENT[0], EXTENT[2]), rng.uniform(EXTENT[1], EXTENT[3])
        else:
            reach = rivers.GetFeature(rng.randint(1, total))  # held: the geometry is a reference into it
            x, y = reach.GetGeometryRef().GetPoint_2D(0)
            x, y = x + rng.uniform(-0.04, 0.04), y + rng.uniform(-0.027, 0.027)
        feature = ogr.Feature(definition)
        feature.SetField("name", f"Settlement {i + 1}")
        feature.SetField("population", rng.randint(50, 200_000))
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(x, y)
        feature.SetGeometry(point)
        layer.CreateFeature(feature)
    dataset.CommitTransaction()
    dataset = None
    return count
