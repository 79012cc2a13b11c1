"""The layers a sheet shows: each taken from its parameter, else from the project, else from the sample layers."""

from __future__ import annotations

from dataclasses import dataclass

from qgis.core import QgsFeatureRequest, QgsVectorLayer

from ..core.errors import InputError
from ..i18n import tr
from ..paths import sample_layers_dir

# Reference layers a sheet is never without: Natural Earth copies ship in sample_layers/.
SAMPLE_KEYS = ("rivers", "lakes", "countries", "regions", "places")
# Results of the earlier jobs: shown only when given or present in the project.
RESULT_KEYS = ("paths", "corridors", "receptors")
LAYER_KEYS = SAMPLE_KEYS + RESULT_KEYS
RESULT_PROPERTY = "tmf_safety/result"  # set by ui.results on every layer the panel adds
FILE_PROVIDERS = {"ogr", "spatialite", "postgres", "delimitedtext", "gpx", "mssql", "oracle", "wfs", "virtual"}


@dataclass
class SheetLayer:
    """One layer of the sheet: a private copy safe to restyle, and where it came from (for the credits)."""

    key: str
    layer: QgsVectorLayer
    origin: str  # "parameter", "project" or "sample"
    source_name: str


def private_copy(layer: QgsVectorLayer, name: str) -> QgsVectorLayer:
    """A new layer object on the same data, so restyling it never touches the user's layer.

    File and database layers are reopened from their source (cheap even for large river networks); memory and
    other in-process layers are copied feature by feature.
    """
    if layer.providerType() in FILE_PROVIDERS:
        copy = QgsVectorLayer(layer.source(), name, layer.providerType())
        if copy.isValid():
            if layer.subsetString():
                copy.setSubsetString(layer.subsetString())
            return copy
    copy = layer.materialize(QgsFeatureRequest())
    copy.setName(name)
    return copy


def sample_layer(key: str) -> QgsVectorLayer | None:
    """The bundled Natural Earth layer for a key, or None when the sample folder lacks it."""
    path = sample_layers_dir() / f"{key}.gpkg"
    if not path.exists():
        return None
    layer = QgsVectorLayer(f"{path}|layername={key}", key, "ogr")
    return layer if layer.isValid() else None


def project_layer(project, key: str) -> QgsVectorLayer | None:
    """A layer of the project that plays the role `key`: a TMF Safety result of that key, else one named so."""
    if project is None:
        return None
    layers = [layer for layer in project.mapLayers().values() if isinstance(layer, QgsVectorLayer)]
    for layer in layers:
        if layer.customProperty(RESULT_PROPERTY) == key and layer.isValid():
            return layer
    for layer in layers:
        if layer.name().strip().lower() == key and layer.isValid():
            return layer
    return None


def resolve(key: str, given: QgsVectorLayer | None, project) -> SheetLayer | None:
    """The sheet layer for a key following the order parameter, project, sample layers."""
    if given is not None:
        if not given.isValid():
            raise InputError(tr("The layer {name} given as {parameter} could not be opened.").format(
                parameter=key.upper(), name=given.name()))
        return SheetLayer(key, private_copy(given, key), "parameter", given.name())
    found = project_layer(project, key)
    if found is not None:
        return SheetLayer(key, private_copy(found, key), "project", found.name())
    if key in SAMPLE_KEYS:
        sample = sample_layer(key)
        if sample is not None:
            return SheetLayer(key, sample, "sample", f"{key}.gpkg")
    return None


# Fields only the HydroSHEDS products carry. HYRIV_ID / NEXT_DOWN alone do not count: tmf:buildrivernetwork writes
# them on networks built from any lines (Natural Earth, national data), which must not be credited to HydroSHEDS.
HYDROSHEDS_FIELDS = {"hybas_l12", "upland_skm", "dis_av_cms", "ord_flow", "lake_type", "vol_total", "dis_avg"}


def is_hydrosheds(layer: QgsVectorLayer) -> bool:
    """Whether a layer is HydroRIVERS / HydroLAKES data, which must be credited on the sheet."""
    names = {field.name().lower() for field in layer.fields()}
    source = layer.source().lower()
    return bool(names & HYDROSHEDS_FIELDS) or "hydrorivers" in source or "hydrolakes" in source


def is_natural_earth(sheet_layer: SheetLayer) -> bool:
    """Whether the layer is (a copy of) the bundled Natural Earth data."""
    if sheet_layer.origin == "sample":
        return True
    source = sheet_layer.layer.source().replace("\\", "/")
    return str(sample_layers_dir()).replace("\\", "/") in source
