"""Every geographic name a sheet prints, in the sheet's language: reference layer labels and facility table values."""

from __future__ import annotations

from qgis.core import QgsCoordinateTransform, QgsCsException, QgsRectangle, QgsVectorLayer

from ..core import attributes
from ..core.gazetteer import NAME_FIELDS, Gazetteer, add_label_field

# The kind of name each reference layer holds, for the gazetteer.
LAYER_KINDS = {"countries": "country", "regions": "region", "rivers": "river", "lakes": "lake", "places": "place",
               "receptors": "place"}
# Facility fields that hold geographic names (written by the inventory, transboundary and downstream jobs).
FACILITY_FIELDS = {"region": "region", "tb_river": "river", "receiving_country": "country",
                   "first_water_body": "river"}


def localise_layers(layers: dict[str, QgsVectorLayer], language: str, gazetteer: Gazetteer,
                    area: QgsRectangle, crs) -> None:
    """Replace each named reference layer by a copy carrying its names in `language` (field sheet_name).

    `area` (in the sheet CRS `crs`) is what the sheets can show: untranslated names there go to the export log.
    """
    for key, kind in LAYER_KINDS.items():
        layer = layers.get(key)
        if layer is None or not any(layer.fields().indexOf(name) >= 0 for name in NAME_FIELDS):
            continue
        back = QgsCoordinateTransform(crs, layer.crs(), layer.transformContext())
        try:
            within = back.transformBoundingBox(area)
        except QgsCsException:  # an area outside the layer CRS's valid range: check every feature
            within = None
        layers[key] = add_label_field(layer, kind, language, gazetteer, within)


def localise_facilities(facilities: QgsVectorLayer, language: str, gazetteer: Gazetteer) -> None:
    """Region, transboundary river, receiving country and first water body of the sheets' private facility copy,
    in `language`; a name the table lacks keeps its data spelling and is noted for the log."""
    fields = facilities.fields()
    columns = {fields.indexOf(name): kind for name, kind in FACILITY_FIELDS.items() if fields.indexOf(name) >= 0}
    if not columns:
        return
    changes = {}
    for feature in facilities.getFeatures():
        values = {}
        for column, kind in columns.items():
            value = feature.attributes()[column]
            if attributes.text(value).strip():
                values[column] = gazetteer.localise(kind, value, language)
        if values:
            changes[feature.id()] = values
    facilities.dataProvider().changeAttributeValues(changes)
