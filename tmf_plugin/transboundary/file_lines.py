"""Reaches read straight from a layer's file through GDAL where that is exact: lines of chosen basins, reaches near
the border."""

from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np
from qgis.core import QgsFields, QgsProcessingFeatureSourceDefinition, QgsProviderRegistry, QgsRectangle, QgsVectorLayer

from ..core.geodesy import WGS84

BATCH = 50_000  # features per Arrow batch: columns of this size cost tens of MB, and cancelling waits for one


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


def read_basin_lines(file: LayerFile, basin_field: str, basins: list[int], fields: QgsFields, feedback=None):
    """(WKB of each line, its basin) of the features of the chosen basins, or None when GDAL cannot say.

    Only the basin field and the geometry are read, batch by batch in C; the provider runs the filter.
    """
    if fields.fieldOrigin(fields.lookupField(basin_field)) != QgsFields.FieldOrigin.OriginProvider:
        return None  # a virtual or joined field is not in the file
    dataset, layer = _open(file)
    if layer is None or not hasattr(layer, "GetArrowStreamAsNumPy"):  # GDAL < 3.6
        return None
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    if basin_field not in names:
        return None
    layer.SetIgnoredFields([name for name in names if name != basin_field])
    if layer.SetAttributeFilter(f"{_name(basin_field)} IN ({','.join(str(int(b)) for b in basins)})") != 0:
        return None
    geometry = layer.GetGeometryColumn() or "wkb_geometry"
    wkbs, values = [], []
    try:
        stream = layer.GetArrowStreamAsNumPy(
            options=["INCLUDE_FID=NO", "USE_MASKED_ARRAYS=NO", f"MAX_FEATURES_IN_BATCH={BATCH}"])
        if stream is None:
            return None
        for batch in stream:
            if feedback is not None and feedback.isCanceled():
                break
            wkbs.append(batch[geometry])
            values.append(batch[basin_field])
    except (RuntimeError, KeyError):
        return None
    if not wkbs:
        return [], np.zeros(0, dtype=np.int64)
    wkbs, values = np.concatenate(wkbs), np.concatenate(values)
    present = np.not_equal(wkbs, None)  # type: ignore[call-overload]  # features without geometry; empty ones are whole WKB records
    return list(wkbs[present]), values[present].astype(np.int64)


@dataclass
class BorderCandidate:
    """A feature whose R-tree box meets some of the border boxes: its id, those boxes, and its basin when the file
    holds it as an integer."""

    fid: int
    boxes: list[int]
    basin: int | None


def border_candidates(file: LayerFile, basin_field: str, boxes: list[QgsRectangle]) -> list[BorderCandidate] | None:
    """The features of a GeoPackage layer whose R-tree boxes meet any of the lon/lat boxes, found in one query, in
    the order of the boxes; None when the file is not a GeoPackage with an R-tree and the basin field.

    The R-tree's boxes are rounded outwards, so this is every feature a box request of QGIS returns and a few more;
    the caller keeps those whose geometry meets a box, which is what a box request returns.
    """
    dataset, layer = _open(file)
    if layer is None or dataset.GetDriver().GetName() != "GPKG" or not hasattr(layer, "GetArrowStreamAsNumPy") \
            or not boxes:
        return None
    from osgeo import ogr
    names = [layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(layer.GetLayerDefn().GetFieldCount())]
    if basin_field not in names:
        return None
    table, geometry, fid = layer.GetName(), layer.GetGeometryColumn(), layer.GetFIDColumn() or "fid"
    rtree = f"rtree_{table}_{geometry}"
    found = dataset.ExecuteSQL(f"SELECT name FROM sqlite_master WHERE type = 'table' AND name = {_literal(rtree)}")
    if found is None:
        return None
    exists = found.GetFeatureCount() > 0
    dataset.ReleaseResultSet(found)
    if not exists:
        return None
    # repr() of a float reads back as the same double, so the boxes are compared exactly as QGIS would.
    values = ",".join(f"({n},{b.xMinimum()!r},{b.yMinimum()!r},{b.xMaximum()!r},{b.yMaximum()!r})"
                      for n, b in enumerate(boxes))
    result = dataset.ExecuteSQL(  # a statement starting with SELECT gives a layer even when no row matches
        f"SELECT t.id AS fid_, b.column1 AS box_, r.{_name(basin_field)} AS basin_ FROM (VALUES {values}) AS b "
        f"JOIN {_name(rtree)} t ON t.maxx >= b.column2 AND t.minx <= b.column4 AND t.maxy >= b.column3 "
        f"AND t.miny <= b.column5 JOIN {_name(table)} r ON r.{_name(fid)} = t.id ORDER BY b.column1")
    if result is None:
        return None
    integer = result.GetLayerDefn().GetFieldDefn(2).GetType() in (ogr.OFTInteger, ogr.OFTInteger64)
    columns: dict[str, list] = {"fid_": [], "box_": [], "basin_": []}
    stream = None
    try:
        stream = result.GetArrowStreamAsNumPy(options=["INCLUDE_FID=NO", f"MAX_FEATURES_IN_BATCH={BATCH}"])
        for batch in stream if stream is not None else []:
            for name, column in columns.items():
                column.append(batch[name])
    except (RuntimeError, KeyError):
        stream = None
    finally:
        complete = stream is not None
        del stream  # a stream must not outlive its layer
        dataset.ReleaseResultSet(result)
    if not complete:
        return None
    if not columns["fid_"]:
        return []
    fids, numbers = np.concatenate(columns["fid_"]).tolist(), np.concatenate(columns["box_"]).tolist()
    basins = np.ma.concatenate(columns["basin_"]).tolist() if integer else [None] * len(fids)  # masked: None
    candidates: dict[int, BorderCandidate] = {}
    for fid_value, box, basin in zip(fids, numbers, basins):
        known = candidates.get(fid_value)
        if known is None:
            candidates[fid_value] = BorderCandidate(fid_value, [box], basin)
        else:
            known.boxes.append(box)
    return list(candidates.values())


def _open(file: LayerFile):
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


def _name(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"
