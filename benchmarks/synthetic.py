"""Reproducible synthetic HydroRIVERS-schema networks and facility sets for the benchmarks.

Each basin is a tree grown upstream from its outlet: a reach continues upstream as one reach or splits into two,
reach lengths are drawn around HydroRIVERS' typical 2-6 km with a vertex about every 500 m, and courses bend at
random while keeping away from the outlet, so a basin of 10,000 reaches has main stems of 150-200 km. Outlets lie on
a grid across a Kazakhstan-sized extent, so some basins cross the national border. Written with OGR in one
transaction to GeoPackage, with the ids in flow order like HydroRIVERS (HYRIV_ID = feature id).
"""

from __future__ import annotations

import math
import random
from collections import deque
from pathlib import Path

from osgeo import gdal, ogr, osr

EXTENT = (47.0, 41.0, 87.0, 55.0)  # lon/lat box around Kazakhstan
KM_PER_DEG_LAT = 111.0
SPLIT_PROBABILITY = 0.2  # share of reaches with two upstream tributaries; sets how far a basin reaches
VERTEX_SPACING_KM = 0.5  # HydroRIVERS is traced on a 15 arc-second grid, about one vertex per 500 m


def _bearing_step(lon: float, lat: float, bearing: float, km: float) -> tuple[float, float]:
    dlat = km * math.cos(bearing) / KM_PER_DEG_LAT
    dlon = km * math.sin(bearing) / (KM_PER_DEG_LAT * math.cos(math.radians(lat)))
    return lon + dlon, lat + dlat


def _new_layer(path: Path, name: str, kind) -> tuple:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        path.unlink()
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = dataset.CreateLayer(name, srs, kind, ["SPATIAL_INDEX=YES"])
    return dataset, layer


def write_network(path: Path, reaches: int, seed: int = 1, basin_size: int = 10_000,
                  extent: tuple[float, float, float, float] = EXTENT) -> int:
    """Write a network of `reaches` reaches over a lon/lat `extent` to a GeoPackage layer `rivers`; return the
    count written."""
    rng = random.Random(seed)
    dataset, layer = _new_layer(path, "rivers", ogr.wkbLineString)
    for name, kind in (("HYRIV_ID", ogr.OFTInteger64), ("NEXT_DOWN", ogr.OFTInteger64),
                       ("MAIN_RIV", ogr.OFTInteger64), ("LENGTH_KM", ogr.OFTReal), ("DIST_DN_KM", ogr.OFTReal),
                       ("ORD_STRA", ogr.OFTInteger)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    definition = layer.GetLayerDefn()
    basins = max(1, math.ceil(reaches / basin_size))
    cols = max(1, round(math.sqrt(basins * 2)))
    rows = max(1, math.ceil(basins / cols))
    next_id = 1
    dataset.StartTransaction()
    for basin in range(basins):
        lon0 = extent[0] + (basin % cols + rng.uniform(0.3, 0.7)) * (extent[2] - extent[0]) / cols
        lat0 = extent[1] + (basin // cols + rng.uniform(0.3, 0.7)) * (extent[3] - extent[1]) / rows
        main_riv = next_id
        # (downstream id, upstream-going start lon/lat, bearing away from the outlet, distance to the outlet)
        queue = deque([(0, lon0, lat0, rng.uniform(0, 2 * math.pi), 0.0)])
        made = 0
        while queue and made < basin_size and next_id <= reaches:
            down, lon, lat, bearing, dist_dn = queue.popleft()
            length = rng.uniform(2.0, 6.0)
            pieces = max(2, round(length / VERTEX_SPACING_KM))
            points = [(lon, lat)]
            for _ in range(pieces):
                bearing += rng.uniform(-0.25, 0.25)
                lon, lat = _bearing_step(lon, lat, bearing, length / pieces)
                points.append((lon, lat))
            # Digitised in flow direction: from the upstream end to the downstream end.
            line = ogr.Geometry(ogr.wkbLineString)
            for x, y in reversed(points):
                line.AddPoint_2D(x, y)
            feature = ogr.Feature(definition)
            feature.SetFID(next_id)
            feature.SetField("HYRIV_ID", next_id)
            feature.SetField("NEXT_DOWN", down)
            feature.SetField("MAIN_RIV", main_riv)
            feature.SetField("LENGTH_KM", round(length, 3))
            feature.SetField("DIST_DN_KM", round(dist_dn, 3))
            feature.SetField("ORD_STRA", 1)
            feature.SetGeometry(line)
            layer.CreateFeature(feature)
            if rng.random() < SPLIT_PROBABILITY:
                for side in (-1, 1):
                    queue.append((next_id, lon, lat, bearing + side * rng.uniform(0.3, 0.9), dist_dn + length))
            else:
                queue.append((next_id, lon, lat, bearing, dist_dn + length))
            next_id += 1
            made += 1
    dataset.CommitTransaction()
    dataset = None
    return next_id - 1


def write_facilities(path: Path, network: Path, count: int, seed: int = 2) -> int:
    """Write `count` facility points within about 2 km of random reaches of `network` (layer `facilities`)."""
    rng = random.Random(seed)
    source = ogr.Open(str(network))
    rivers = source.GetLayer("rivers")
    total = rivers.GetFeatureCount()
    dataset, layer = _new_layer(path, "facilities", ogr.wkbPoint)
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
    dataset = None
    return count


def write_without_topology(path: Path, network: Path) -> None:
    """A copy of a network with its geometry and MAIN_RIV only, as a river layer without HydroRIVERS topology."""
    if path.exists():
        path.unlink()
    gdal.UseExceptions()
    gdal.VectorTranslate(str(path), str(network), format="GPKG", layerName="rivers",
                         SQLStatement="SELECT geom, MAIN_RIV, LENGTH_KM FROM rivers", SQLDialect="SQLITE")
