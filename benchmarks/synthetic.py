"""Reproducible synthetic HydroRIVERS-schema networks and facility sets for the benchmarks.

Each basin is a tree grown upstream from an outlet: every reach has one or two upstream children, a length drawn
around HydroRIVERS' typical 2-6 km, and a course bending at random. Outlets lie on a grid across a Kazakhstan-sized
extent, so some basins cross the national border. Written with OGR in one transaction to GeoPackage.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

from osgeo import ogr, osr

EXTENT = (47.0, 41.0, 87.0, 55.0)  # lon/lat box around Kazakhstan
KM_PER_DEG_LAT = 111.0


def _bearing_step(lon: float, lat: float, bearing: float, km: float) -> tuple[float, float]:
    dlat = km * math.cos(bearing) / KM_PER_DEG_LAT
    dlon = km * math.sin(bearing) / (KM_PER_DEG_LAT * math.cos(math.radians(lat)))
    return lon + dlon, lat + dlat


def write_network(path: Path, reaches: int, seed: int = 1, basin_size: int = 10_000) -> int:
    """Write a network of about `reaches` reaches to a GeoPackage layer `rivers`; return the count written."""
    rng = random.Random(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        path.unlink()
    driver = ogr.GetDriverByName("GPKG")
    dataset = driver.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    layer = dataset.CreateLayer("rivers", srs, ogr.wkbLineString, ["SPATIAL_INDEX=YES"])
    for name, kind in (("HYRIV_ID", ogr.OFTInteger64), ("NEXT_DOWN", ogr.OFTInteger64),
                       ("MAIN_RIV", ogr.OFTInteger64), ("LENGTH_KM", ogr.OFTReal), ("DIST_DN_KM", ogr.OFTReal),
                       ("ORD_STRA", ogr.OFTInteger)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    definition = layer.GetLayerDefn()
    basins = max(1, reaches // basin_size)
    cols = max(1, int(math.sqrt(basins * 2)))
    rows = max(1, math.ceil(basins / cols))
    next_id = 1
    dataset.StartTransaction()
    for basin in range(basins):
        lon0 = EXTENT[0] + (basin % cols + 0.5) * (EXTENT[2] - EXTENT[0]) / cols
        lat0 = EXTENT[1] + (basin // cols + 0.5) * (EXTENT[3] - EXTENT[1]) / rows
        main_riv = next_id
        # queue of (downstream id, start lon, start lat, bearing upstream, distance to outlet)
        queue = [(0, lon0, lat0, rng.uniform(0, 2 * math.pi), 0.0)]
        made = 0
        while queue and made < basin_size:
            down, lon, lat, bearing, dist_dn = queue.pop(0)
            length = rng.uniform(2.0, 6.0)
            points = [(lon, lat)]
            for _ in range(3):
                bearing += rng.uniform(-0.35, 0.35)
                lon, lat = _bearing_step(lon, lat, bearing, length / 3)
                points.append((lon, lat))
            # Digitised in flow direction: from the upstream end to the downstream end.
            line = ogr.Geometry(ogr.wkbLineString)
            for x, y in reversed(points):
                line.AddPoint_2D(x, y)
            feature = ogr.Feature(definition)
            feature.SetField("HYRIV_ID", next_id)
            feature.SetField("NEXT_DOWN", down)
            feature.SetField("MAIN_RIV", main_riv)
            feature.SetField("LENGTH_KM", round(length, 3))
            feature.SetField("DIST_DN_KM", round(dist_dn, 3))
            feature.SetField("ORD_STRA", 1)
            feature.SetGeometry(line)
            layer.CreateFeature(feature)
            for _ in range(1 if rng.random() < 0.55 else 2):
                queue.append((next_id, lon, lat, bearing + rng.uniform(-0.8, 0.8), dist_dn + length))
            next_id += 1
            made += 1
        if next_id > reaches:
            break
    dataset.CommitTransaction()
    dataset = None
    return next_id - 1


def write_facilities(path: Path, network: Path, count: int, seed: int = 2) -> int:
    """Write `count` facility points within about 2 km of random reaches of `network` (layer `facilities`)."""
    rng = random.Random(seed)
    source = ogr.Open(str(network))
    rivers = source.GetLayer("rivers")
    total = rivers.GetFeatureCount()
    if path.exists():
        path.unlink()
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    layer = dataset.CreateLayer("facilities", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("tmf_id", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    definition = layer.GetLayerDefn()
    dataset.StartTransaction()
    for i in range(count):
        reach = rivers.GetFeature(rng.randint(1, total))
        x, y = reach.GetGeometryRef().GetPoint_2D(1)
        feature = ogr.Feature(definition)
        feature.SetField("tmf_id", f"B{i + 1:05d}")
        feature.SetField("name", f"Synthetic facility {i + 1}")
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(x + rng.uniform(-0.02, 0.02), y + rng.uniform(-0.015, 0.015))
        feature.SetGeometry(point)
        layer.CreateFeature(feature)
    dataset.CommitTransaction()
    return count
