"""Conversion between GeoDataFrames and QGIS vector layers through WKB, keeping CRS, field types and NULLs."""

from __future__ import annotations

import datetime
import math
from pathlib import Path
from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

from ..core.attributes import plain
from ..core.compat import INTEGER_TYPES, FieldKind, FieldType, field_type_code, field_type_from_code, make_field
from ..i18n import tr

# Attribute on a GeoDataFrame (gdf.attrs) remembering the QGIS type of each field, so that a layer converted to a
# GeoDataFrame and back keeps Int vs LongLong, Date vs DateTime exactly.
FIELD_TYPES_ATTR = "qgis_field_types"
# Attribute with the layer's name, which QGIS shows in legends and map-sheet source lines; set it to name a frame.
LAYER_NAME_ATTR = "layer_name"

_INTEGER_TYPES = INTEGER_TYPES


# --- QGIS layer -> GeoDataFrame -----------------------------------------------------------------------------------

def _column(values: list, field: QgsField):
    """A pandas Series for one field: numbers with NaN or nullable dtypes, dates as datetime.date objects."""
    import pandas as pd

    kind = field.type()
    has_null = any(v is None for v in values)
    if kind in _INTEGER_TYPES:
        return pd.Series(values, dtype="Int64" if has_null else "int64")
    if kind == FieldType.Double:
        return pd.Series([math.nan if v is None else float(v) for v in values], dtype="float64")
    if kind == FieldType.Bool:
        return pd.Series(values, dtype="boolean" if has_null else "bool")
    if kind == FieldType.DateTime:
        return pd.Series(pd.to_datetime(values))
    return pd.Series(values, dtype="object")


def _shapely_geometry(geometry: QgsGeometry):
    """A shapely geometry from a QGIS one through WKB; curves are segmentised, M values dropped."""
    import shapely

    if geometry is None or geometry.isNull():
        return None
    abstract = geometry.constGet().clone()
    if QgsWkbTypes.isCurvedType(abstract.wkbType()):
        abstract = abstract.segmentize()
    if QgsWkbTypes.hasM(abstract.wkbType()):
        abstract.dropMValue()
    return shapely.from_wkb(bytes(QgsGeometry(abstract).asWkb()))


def crs_for_pandas(crs: QgsCoordinateReferenceSystem):
    """The CRS as geopandas understands it: 'EPSG:n' when QGIS knows the code, else WKT; None when unset."""
    if not crs.isValid():
        return None
    authid = crs.authid()
    if authid.upper().startswith("EPSG:"):
        return authid
    return crs.toWkt(QgsCoordinateReferenceSystem.WktVariant.WKT_PREFERRED)


def to_geodataframe(layer: QgsVectorLayer):
    """Read every feature of a layer into a GeoDataFrame (a DataFrame for a table without geometry)."""
    import geopandas as gpd
    import pandas as pd
    import shapely

    fields = layer.fields()
    rows: list[list] = [[] for _ in range(fields.count())]
    wkbs: list[bytes | None] = []
    spatial = layer.wkbType() != QgsWkbTypes.Type.NoGeometry
    # Curves and M values need a per-geometry rewrite; plain geometries go to shapely as WKB in one call.
    plain_geometries = not (QgsWkbTypes.isCurvedType(layer.wkbType()) or QgsWkbTypes.hasM(layer.wkbType()))
    for feature in layer.getFeatures():
        for index, value in enumerate(feature.attributes()):
            rows[index].append(plain(value))
        if spatial:
            geometry = feature.geometry()
            if geometry.isNull():
                wkbs.append(None)
            elif plain_geometries:
                wkbs.append(bytes(geometry.asWkb()))
            else:
                wkbs.append(_shapely_geometry(geometry).wkb)
    geometries = shapely.from_wkb(wkbs) if wkbs else []
    data = {field.name(): _column(rows[index], field) for index, field in enumerate(fields)}
    types = {field.name(): field_type_code(field.type()) for field in fields}
    if not spatial:
        frame = pd.DataFrame(data)
    else:
        frame = gpd.GeoDataFrame(data, geometry=gpd.GeoSeries(geometries, crs=crs_for_pandas(layer.crs())))
    frame.attrs[FIELD_TYPES_ATTR] = types
    frame.attrs[LAYER_NAME_ATTR] = layer.name()
    return frame


# --- GeoDataFrame -> QGIS layer -----------------------------------------------------------------------------------

def _is_missing(value) -> bool:
    """True for None, NaN, NaT and pandas.NA: the cells that become NULL."""
    import numpy as np
    import pandas as pd

    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, (float, np.floating)):
        return bool(np.isnan(value))
    if isinstance(value, np.datetime64):
        return bool(np.isnat(value))
    return False


def _field_type(series, hint: int | None) -> FieldKind:
    """The QGIS field type for a column: the remembered one when it still fits, else from dtype and values.

    Without a remembered type, whole numbers that fit in 32 bits become Int and timestamps that are all at
    midnight become Date, as GDAL's GeoPackage and Shapefile readers give them to QGIS; geopandas reads both
    as int64 and datetime64.
    """
    from pandas.api import types as ptypes

    if ptypes.is_bool_dtype(series.dtype):
        guess = FieldType.Bool
    elif ptypes.is_integer_dtype(series.dtype):
        values = series.dropna()
        fits = values.empty or (values.min() >= -(2**31) and values.max() < 2**31)
        guess = FieldType.Int if fits else FieldType.LongLong
    elif ptypes.is_float_dtype(series.dtype):
        guess = FieldType.Double
    elif ptypes.is_datetime64_any_dtype(series.dtype):
        values = series.dropna()
        midnight = getattr(series.dt, "tz", None) is None and bool((values == values.dt.normalize()).all())
        guess = FieldType.Date if midnight and not values.empty else FieldType.DateTime
    else:
        import pandas as pd

        guess = _object_field_type(series[~pd.isna(series)].tolist())
    if hint is not None:
        hint = field_type_from_code(hint)
        families = (_INTEGER_TYPES | {FieldType.Double}, {FieldType.Date, FieldType.DateTime})
        same_family = any(hint in family and guess in family for family in families)
        if hint == guess or (same_family and not (guess == FieldType.Double and hint in _INTEGER_TYPES)):
            return hint
    return guess


def _object_field_type(values: list) -> FieldKind:
    """The field type that holds every value of an object column."""
    import numpy as np

    if not values:
        return FieldType.String
    if all(isinstance(v, (bool, np.bool_)) for v in values):
        return FieldType.Bool
    if all(isinstance(v, (int, np.integer)) and not isinstance(v, (bool, np.bool_)) for v in values):
        return FieldType.LongLong
    if all(isinstance(v, (int, float, np.integer, np.floating)) and not isinstance(v, (bool, np.bool_))
           for v in values):
        return FieldType.Double
    if all(isinstance(v, datetime.datetime) for v in values):
        return FieldType.DateTime
    if all(isinstance(v, datetime.date) for v in values):
        return FieldType.Date
    if all(isinstance(v, datetime.time) for v in values):
        return FieldType.Time
    return FieldType.String


def _qgis_value(value, kind: FieldKind):
    """The value to store in a QgsFeature for one cell (None becomes NULL)."""
    if _is_missing(value):
        return None
    if kind == FieldType.DateTime:
        if hasattr(value, "to_pydatetime"):
            value = value.to_pydatetime()
        return QDateTime(value)
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()  # numpy scalar to Python
    if kind == FieldType.Bool:
        return bool(value)
    if kind in _INTEGER_TYPES:
        return int(value)
    if kind == FieldType.Double:
        return float(value)
    if kind == FieldType.Date:
        if isinstance(value, datetime.datetime):
            value = value.date()
        return QDate(value.year, value.month, value.day)
    if kind == FieldType.Time:
        return QTime(value.hour, value.minute, value.second)
    return str(value)


def _cell_values(series, kind: FieldKind) -> list:
    """The values of one column ready for QgsFeature.setAttributes; numbers converted in one pass."""
    import pandas as pd
    from pandas.api import types as ptypes

    missing = pd.isna(series).tolist()
    if kind == FieldType.Double and ptypes.is_numeric_dtype(series.dtype) and not ptypes.is_bool_dtype(series.dtype):
        return [None if m else v for v, m in zip(series.astype("float64").tolist(), missing)]
    if kind in _INTEGER_TYPES and ptypes.is_integer_dtype(series.dtype):
        return [None if m else int(v) for v, m in zip(series.astype(object).tolist(), missing)]
    if kind == FieldType.String and series.dtype == object:
        return [None if m else (v if isinstance(v, str) else str(v)) for v, m in zip(series.tolist(), missing)]
    return [None if m else _qgis_value(v, kind) for v, m in zip(series.tolist(), missing)]


_TYPE_NAMES = {0: "Point", 1: "LineString", 2: "LineString", 3: "Polygon", 4: "MultiPoint", 5: "MultiLineString",
               6: "MultiPolygon", 7: "GeometryCollection"}


def _layer_geometry_type(geometries, present) -> str:
    """The memory-provider geometry name that holds every geometry of a column (Multi when singles are mixed in)."""
    import shapely

    kinds = {_TYPE_NAMES[int(t)] for t in set(shapely.get_type_id(geometries[present]).tolist())}
    if not kinds:
        return "None"
    families = {kind.replace("Multi", "") for kind in kinds}
    if len(families) > 1 or "GeometryCollection" in families:
        raise ValueError(
            tr("A layer cannot mix {kinds} geometries; split the GeoDataFrame by geometry type first.").format(
                kinds=", ".join(sorted(kinds))
            )
        )
    family = families.pop()
    name = f"Multi{family}" if any(kind.startswith("Multi") for kind in kinds) else family
    if shapely.has_z(geometries[present]).any():
        name += "Z"
    return name


def _qgis_crs(crs) -> QgsCoordinateReferenceSystem:
    if crs is None:
        return QgsCoordinateReferenceSystem()
    epsg = crs.to_epsg()
    if epsg:
        return QgsCoordinateReferenceSystem(f"EPSG:{epsg}")
    return QgsCoordinateReferenceSystem.fromWkt(crs.to_wkt())


def to_layer(frame, name: str = "layer") -> QgsVectorLayer:
    """A memory layer holding a GeoDataFrame (or a plain DataFrame as a table), geometries copied as WKB.

    The layer is named after frame.attrs["layer_name"] when the frame has one, else `name`.
    """
    import shapely

    name = frame.attrs.get(LAYER_NAME_ATTR) or name
    hints = frame.attrs.get(FIELD_TYPES_ATTR, {})
    geometry_name = _geometry_column(frame)
    columns = [c for c in frame.columns if c != geometry_name]
    if geometry_name:
        import numpy as np

        geometries: Any = np.asarray(frame.geometry.values, dtype=object)
        present = ~(shapely.is_missing(geometries) | shapely.is_empty(geometries))
        kind = _layer_geometry_type(geometries, present)
        layer = QgsVectorLayer(kind, name, "memory")
        if kind != "None":
            layer.setCrs(_qgis_crs(frame.crs))
    else:
        geometries, present = [], []
        layer = QgsVectorLayer("None", name, "memory")
    fields = QgsFields()
    kinds = []
    for column in columns:
        field_type = _field_type(frame[column], hints.get(str(column)))
        kinds.append(field_type)
        fields.append(make_field(str(column), field_type))
    provider = layer.dataProvider()
    provider.addAttributes(fields.toList())
    layer.updateFields()
    with_z = layer.wkbType() != QgsWkbTypes.Type.NoGeometry and QgsWkbTypes.hasZ(layer.wkbType())
    multi = QgsWkbTypes.isMultiType(layer.wkbType())
    wkbs = shapely.to_wkb(geometries, output_dimension=3 if with_z else 2) if geometry_name else []
    features = []
    values = [_cell_values(frame[column], kinds[i]) for i, column in enumerate(columns)]
    layer_fields = layer.fields()
    for row, attributes in enumerate(zip(*values) if columns else ([] for _ in range(len(frame)))):
        feature = QgsFeature(layer_fields)
        feature.setAttributes(list(attributes))
        if geometry_name and present[row]:
            geometry = QgsGeometry()
            geometry.fromWkb(bytes(wkbs[row]))
            if geometry.isEmpty():
                # POINT (NaN NaN) is how WKB writes an empty point: QGIS 3.40 reads it as one, 3.22 as nothing.
                features.append(feature)
                continue
            if multi:
                geometry.convertToMultiType()  # the memory provider would store a Point in a MultiPoint layer
            feature.setGeometry(geometry)
        features.append(feature)
    provider.addFeatures(features)
    layer.updateExtents()
    return layer


def _geometry_column(frame) -> str | None:
    """The active geometry column of a GeoDataFrame; None for a plain DataFrame or one without geometry."""
    import geopandas as gpd

    if not isinstance(frame, gpd.GeoDataFrame):
        return None
    try:
        return frame.geometry.name
    except AttributeError:  # a GeoDataFrame whose active geometry column was dropped
        return None


def write_gpkg(layers: dict, path: Path) -> Path:
    """Write GeoDataFrames/DataFrames as named layers of one GeoPackage with QGIS's writer (types kept).

    The layers go into a partial file that replaces `path` only when all are written; on any error the partial
    file is removed and an earlier file at `path` is left as it was.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial.gpkg")
    _remove_gpkg(partial)
    try:
        for index, (layer_name, frame) in enumerate(layers.items()):
            layer = frame if isinstance(frame, QgsVectorLayer) else to_layer(frame, layer_name)
            options = QgsVectorFileWriter.SaveVectorOptions()
            options.driverName = "GPKG"
            options.layerName = layer_name
            options.fileEncoding = "UTF-8"
            if index:
                options.actionOnExistingFile = QgsVectorFileWriter.ActionOnExistingFile.CreateOrOverwriteLayer
            error, message, *_ = QgsVectorFileWriter.writeAsVectorFormatV3(
                layer, str(partial), QgsCoordinateTransformContext(), options
            )
            if error != QgsVectorFileWriter.WriterError.NoError:
                raise OSError(tr("Could not write layer {layer} to {path}: {message}").format(
                    layer=layer_name, path=path, message=message))
        partial.replace(path)  # readers never see a half-written GeoPackage
    except BaseException:
        _remove_gpkg(partial)
        raise
    return path


def _remove_gpkg(path: Path) -> None:
    """Remove a GeoPackage with the journal files SQLite may keep next to it."""
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
                     path.with_name(path.name + "-journal")):
        if leftover.is_file():
            leftover.unlink()


def write_csv(frame, path: Path) -> Path:
    """A table as CSV with a BOM, so that spreadsheet programs show Cyrillic text; written atomically."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    frame.to_csv(partial, index=False, encoding="utf-8-sig")
    partial.replace(path)
    return path
