"""Reaches read straight from a layer's file through GDAL where that is exact: lines of chosen basins, reaches near
the border."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from qgis.core import QgsFields, QgsRectangle

from ..core.layer_file import BATCH, LayerFile, open_file, quoted_name, rtree_hits


def read_basin_lines(file: LayerFile, basin_field: str, basins: list[int], fields: QgsFields, feedback=None):
    """(WKB of each line, its basin) of the features of the chosen basins, or None when GDAL cannot say.

    Only the basin field and the geometry are read, batch by batch in C; the provider runs the filter.
    """
    if fields.fieldOrigin(fields.lookupField(basin_field)) != QgsFields.FieldOrigin.OriginProvider:
        return None  # a virtual or joined field is not in the file
    dataset, layer = open_file(file)
    if layer is None or not hasattr(layer, "GetArrowStreamAsNumPy"):  # GDAL < 3.6
        return None
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    if basin_field not in names:
        return None
    layer.SetIgnoredFields([name for name in names if name != basin_field])
    if layer.SetAttributeFilter(f"{quoted_name(basin_field)} IN ({','.join(str(int(b)) for b in basins)})") != 0:
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
    """A feature whose R-tree box meets some of the border boxes: its id, those boxes, and its basin (None when
    unknown)."""

    fid: int
    boxes: list[int]
    basin: int | None


def border_candidates(file: LayerFile, basin_field: str, boxes: list[QgsRectangle],
                      fields: QgsFields) -> list[BorderCandidate] | None:
    """The features of a GeoPackage layer whose R-tree boxes meet any of the lon/lat boxes (see rtree_hits), each
    once, in the order of the boxes; None when the R-tree cannot say."""
    if not boxes:
        return None
    hits = rtree_hits(file, [(b.xMinimum(), b.yMinimum(), b.xMaximum(), b.yMaximum()) for b in boxes],
                      [basin_field], fields)
    if hits is None:
        return None
    candidates: dict[int, BorderCandidate] = {}
    for fid, box, basin in zip(hits.fid, hits.box, hits.values[basin_field]):
        known = candidates.get(fid)
        if known is None:
            candidates[fid] = BorderCandidate(fid, [box], basin)
        else:
            known.boxes.append(box)
    return list(candidates.values())
