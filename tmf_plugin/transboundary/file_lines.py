"""Lines of chosen basins read straight from a layer's file through GDAL's Arrow interface, where that is exact."""

from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np
from qgis.core import QgsFields, QgsProcessingFeatureSourceDefinition, QgsProviderRegistry, QgsVectorLayer

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
    try:
        from osgeo import ogr
    except ImportError:
        return None
    if not hasattr(ogr.Layer, "GetArrowStreamAsNumPy"):  # GDAL < 3.6
        return None
    # GDAL's exception mode is process-wide and other plugins rely on its setting, so failures are checked by value.
    dataset = ogr.Open(file.path)
    layer = None if dataset is None else \
        dataset.GetLayerByName(file.layer_name) if file.layer_name else dataset.GetLayer(file.layer_index)
    if layer is None:
        return None
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    if basin_field not in names:
        return None
    layer.SetIgnoredFields([name for name in names if name != basin_field])
    quoted = '"' + basin_field.replace('"', '""') + '"'
    if layer.SetAttributeFilter(f"{quoted} IN ({','.join(str(int(b)) for b in basins)})") != 0:
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
