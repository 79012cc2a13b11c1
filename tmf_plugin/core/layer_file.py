"""A layer's file read straight through GDAL where that gives exactly the features QGIS reads from the layer."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import numpy as np
from qgis.core import QgsFields, QgsProcessingFeatureSourceDefinition, QgsProviderRegistry, QgsVectorLayer

from .geodesy import WGS84

BATCH = 50_000  # features per Arrow batch: columns of this size cost tens of MB, and cancelling waits for one
BOXES_PER_QUERY = 2_000  # boxes in one R-tree query: the statement stays well below SQLite's limits


@dataclass(frozen=True)
class LayerFile:
    """A file layer whose features are exactly what QGIS shows: its path, and its layer by name or else by index."""

    path: str
    layer_name: str | None
    layer_index: int = 0


def whole_file(parameter_value, layer: QgsVectorLayer | None) -> LayerFile | None:
    """The file of a source parameter when reading the file gives the same features as reading the layer.

    Not when only selected features or a limited number are asked for, the layer is filtered, has unsaved edits,
    is not read by OGR, or is not in EPSG:4326 (the lines are measured in lon/lat): those are read through QGIS.
    """
    if isinstance(parameter_value, QgsProcessingFeatureSourceDefinition):
        if parameter_value.selectedFeaturesOnly or parameter_value.featureLimit != -1 \
                or getattr(parameter_value, "filterExpression", ""):
            return None
    if layer is None or not layer.isValid() or layer.providerType() != "ogr" or layer.subsetString() \
            or layer.isModified() or layer.crs() != WGS84:
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path", "")
    if not path or not os.path.isfile(path) or parts.get("subset"):
        return None
    layer_id = parts.get("layerId")
    return LayerFile(path, parts.get("layerName") or None, layer_id if isinstance(layer_id, int) else 0)


@dataclass
class RTreeHits:
    """Rows of an R-tree query, one per feature and box met, in the order of the boxes: the box's number, the
    feature id, the R-tree's box of the feature (rounded outwards: it holds the feature's own) and chosen fields."""

    box: list[int] = field(default_factory=list)
    fid: list[int] = field(default_factory=list)
    west: list[float] = field(default_factory=list)
    south: list[float] = field(default_factory=list)
    east: list[float] = field(default_factory=list)
    north: list[float] = field(default_factory=list)
    values: dict[str, list] = field(default_factory=dict)  # integer fields; None where a value is null


def rtree_hits(file: LayerFile, boxes: list[tuple[float, float, float, float]], fields: list[str],
               layer_fields: QgsFields) -> RTreeHits | None:
    """Every feature of a GeoPackage layer whose R-tree box meets one of the (west, south, east, north) boxes, with
    the integer fields asked for; None when the file is not a GeoPackage with an R-tree, or a field is not an
    integer field of the file.

    The R-tree's boxes are rounded outwards, so this is every feature a box request of QGIS returns and a few more:
    the caller keeps those whose geometry meets the box, which is what a box request returns.
    """
    for name in fields:
        index = layer_fields.lookupField(name)
        if index < 0 or layer_fields.fieldOrigin(index) != QgsFields.FieldOrigin.OriginProvider:
            return None  # a virtual or joined field is not in the file
    dataset, layer = open_file(file)
    if layer is None or dataset.GetDriver().GetName() != "GPKG" or not hasattr(layer, "GetArrowStreamAsNumPy"):
        return None
    from osgeo import ogr

    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    if any(name not in names for name in fields):
        return None
    table, geometry, fid = layer.GetName(), layer.GetGeometryColumn(), layer.GetFIDColumn() or "fid"
    if not layer.TestCapability(ogr.OLCFastSpatialFilter):  # a GeoPackage layer has it with its R-tree
        return None
    rtree = f"rtree_{table}_{geometry}"  # the name the GeoPackage standard gives a layer's R-tree
    hits = RTreeHits(values={name: [] for name in fields})
    chosen = "".join(f", r.{quoted_name(name)} AS v{number}_" for number, name in enumerate(fields))
    for start in range(0, len(boxes), BOXES_PER_QUERY):
        # repr() of a float reads back as the same double, so the boxes are compared exactly as QGIS would.
        values = ",".join(f"({number},{west!r},{south!r},{east!r},{north!r})" for number, (west, south, east, north)
                          in enumerate(boxes[start:start + BOXES_PER_QUERY], start))
        # Only numbers written by repr() and the file's own table and field names, quoted, go into the statement.
        # CROSS JOIN keeps this order of the loops: with many boxes SQLite would otherwise scan the whole R-tree once
        # per box. A statement starting with SELECT gives a layer even when no row matches.
        statement = (
            f"SELECT b.column1 AS box_, t.id AS fid_, t.minx AS west_, t.miny AS south_, t.maxx AS east_, "  # nosec B608
            f"t.maxy AS north_{chosen} FROM (VALUES {values}) AS b "
            f"CROSS JOIN {quoted_name(rtree)} t ON t.maxx >= b.column2 AND t.minx <= b.column4 "
            f"AND t.maxy >= b.column3 AND t.miny <= b.column5 "
            f"CROSS JOIN {quoted_name(table)} r ON r.{quoted_name(fid)} = t.id ORDER BY b.column1")
        result = dataset.ExecuteSQL(statement)
        if result is None:
            return None
        kinds = [result.GetLayerDefn().GetFieldDefn(6 + i).GetType() for i in range(len(fields))]
        if any(kind not in (ogr.OFTInteger, ogr.OFTInteger64) for kind in kinds):
            dataset.ReleaseResultSet(result)
            return None
        columns: dict[str, list] = {}
        stream = None
        try:
            stream = result.GetArrowStreamAsNumPy(options=["INCLUDE_FID=NO", f"MAX_FEATURES_IN_BATCH={BATCH}"])
            for batch in stream if stream is not None else []:
                for name, column in batch.items():
                    columns.setdefault(name, []).append(column)
        except (RuntimeError, KeyError):
            stream = None
        finally:
            complete = stream is not None
            del stream  # a stream must not outlive its layer
            dataset.ReleaseResultSet(result)
        if not complete:
            return None
        if not columns:
            continue
        for key, target in (("box_", hits.box), ("fid_", hits.fid), ("west_", hits.west), ("south_", hits.south),
                            ("east_", hits.east), ("north_", hits.north)):
            target.extend(np.concatenate(columns[key]).tolist())
        for number, name in enumerate(fields):
            hits.values[name].extend(np.ma.concatenate(columns[f"v{number}_"]).tolist())  # masked: None
    return hits


def open_file(file: LayerFile):
    """(dataset, layer) of a layer file through GDAL, or (None, None)."""
    try:
        from osgeo import ogr
    except ImportError:
        return None, None
    # GDAL's exception mode is process-wide and other plugins rely on its setting, so failures are checked by value.
    dataset = ogr.Open(file.path)
    layer = None if dataset is None else \
        dataset.GetLayerByName(file.layer_name) if file.layer_name else dataset.GetLayer(file.layer_index)
    return (dataset, layer) if layer is not None else (None, None)


def quoted_name(identifier: str) -> str:
    """An SQL identifier in double quotes."""
    return '"' + identifier.replace('"', '""') + '"'
