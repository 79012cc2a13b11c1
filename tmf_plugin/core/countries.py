"""Country and region polygons: one rule for naming and finding them in any job, and the country a point lies in."""

from __future__ import annotations

from dataclasses import dataclass, field

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsGeometryEngine, QgsPointXY, QgsRectangle, QgsSpatialIndex

from .attributes import text
from .compat import FieldType
from .geodesy import degree_box, distance_area, geometry_in_wgs84, to_wgs84
from .names import name_key

# Fields that name a country or carry its code, in the order a display name is taken from them.
NAME_FIELDS = ("NAME", "NAME_EN", "ADMIN", "NAME_LONG", "SOVEREIGNT", "COUNTRY", "NAME_0", "CNTRY_NAME", "GEOUNIT")
CODE_FIELDS = ("ISO_A3", "ADM0_A3", "ISO_A2", "ISO3", "ISO2", "ISO", "GID_0", "ADM0_A3_US", "SOV_A3", "GU_A3")
# Local names and the code people type for the default country; any one of them finds a layer spelling another.
LOCAL_NAMES = {"kazakhstan": ("казахстан", "қазақстан", "kazakstan", "qazaqstan", "respublikakazakhstan", "kaz")}
HOME_COUNTRY = "KAZ"  # the country the sheets and the checks are about when nobody names another
# Region (admin-1) name fields of Natural Earth, GADM / geoBoundaries and national layers, in the order tried.
REGION_ADMIN_FIELDS = ("NAME_1", "ADM1_EN", "shapeName", "region", "oblast")
REGION_NAME_FIELDS = ("name", "NAME", "name_en", *REGION_ADMIN_FIELDS)
NEAREST_KM = 5.0  # a point just outside a generalised border still belongs to the neighbour it touches


def lookup_fields(fields) -> tuple[list[str], list[str]]:
    """(name fields, code fields) of a countries or regions layer, found by their usual names.

    Name fields also take every NAME_xx field (NAME_RU, NAME_KK, ...) so local spellings are found; a layer with none
    of the usual fields is named by any of its text fields.
    """
    upper = {f.name().upper(): f.name() for f in fields}
    names = [upper[n] for n in NAME_FIELDS if n in upper]
    names += [name for key, name in upper.items() if key.startswith("NAME_") and name not in names]
    codes = [upper[n] for n in CODE_FIELDS if n in upper]
    if not names and not codes:
        names = [f.name() for f in fields if f.typeName().lower() in ("string", "text")]
    return names, codes


def feature_keys(feature, name_fields: list[str], code_fields: list[str]) -> tuple[str, set[str], bool]:
    """(display name, keys a query may match, whether the feature is named at all) of one country or region."""
    texts = [t for t in (text(feature[n]).strip() for n in name_fields + code_fields) if t and t != "-99"]
    name = next((t for t in (text(feature[n]).strip() for n in name_fields) if t), "")
    name = name or (texts[0] if texts else str(feature.id()))
    keys = _with_local_names({name_key(t) for t in texts} | {t.casefold() for t in texts})
    return name, keys - {""}, bool(texts)


def query_keys(query: str | None) -> set[str]:
    """What a typed country name or code is compared with: its case-folded text and its name key, so that case,
    spaces, accents and Cyrillic or Latin script do not matter ("Қазақстан", "kazakhstan", "KAZ")."""
    written = (query or "").strip()
    return _with_local_names({written.casefold(), name_key(written)}) - {""}


def _with_local_names(keys: set[str]) -> set[str]:
    """The keys plus every other spelling of a country one of them names, so a query in one script finds a layer
    written in another."""
    for canonical, local in LOCAL_NAMES.items():
        spellings = {canonical, *local}
        if keys & spellings:
            keys = keys | spellings
    return keys


def region_name_field(fields, preferred: str | None = None) -> str | None:
    """The field a regions layer names its regions in: `preferred` when present, else the first usual region name
    field, else its first text field; None when it has no text at all."""
    names = fields.names()
    for candidate in ((preferred,) if preferred else ()) + REGION_NAME_FIELDS:
        if candidate in names:
            return candidate
    return next((f.name() for f in fields if f.type() == FieldType.String), None)


@dataclass
class Country:
    """One country polygon in EPSG:4326 with a prepared geometry engine for fast point tests."""

    name: str
    codes: set[str]
    shape: QgsGeometry  # as the layer holds it, in EPSG:4326; `geometry` is it made valid where it is not
    named: bool = True  # False for polygons without name or code (disputed or leased areas in Natural Earth)
    # Made when first needed: a job asks about the chosen country and its neighbours, not the whole world
    # (checking the validity of all 18 sample countries took 20 ms of every job).
    _geometry: QgsGeometry | None = field(default=None, init=False, repr=False, compare=False)
    _boundary: QgsGeometry | None = field(default=None, init=False, repr=False, compare=False)
    _engine: QgsGeometryEngine | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def geometry(self) -> QgsGeometry:
        """The country's polygon, valid."""
        if self._geometry is None:
            self._geometry = self.shape if self.shape.isGeosValid() else self.shape.makeValid()
        return self._geometry

    @property
    def boundary(self) -> QgsGeometry:
        """The country's outline as lines."""
        if self._boundary is None:
            self._boundary = QgsGeometry(self.geometry.constGet().boundary())
        return self._boundary

    def _prepared(self) -> QgsGeometryEngine:
        if self._engine is None:
            self._engine = QgsGeometry.createGeometryEngine(self.geometry.constGet())
            self._engine.prepareGeometry()
        return self._engine

    def contains(self, point: QgsPointXY) -> bool:
        """True when the point lies strictly inside the country."""
        probe = QgsGeometry.fromPointXY(point)  # kept alive while the engine reads it
        return self._prepared().contains(probe.constGet())

    def contains_geometry(self, geometry: QgsGeometry) -> bool:
        """True when the geometry lies entirely inside the country."""
        return self._prepared().contains(geometry.constGet())

    def intersects_geometry(self, geometry: QgsGeometry) -> bool:
        """True when the geometry touches the country anywhere."""
        return self._prepared().intersects(geometry.constGet())


class Countries:
    """The country polygons of a layer (any CRS), with the fields that name them found by their usual names."""

    def __init__(self, source, feedback=None) -> None:
        self.name_fields, self.code_fields = lookup_fields(source.fields())
        transform = to_wgs84(source.sourceCrs())
        self.countries: list[Country] = []
        self.index = QgsSpatialIndex()
        request = QgsFeatureRequest()
        for feature in source.getFeatures(request):
            if feedback is not None and feedback.isCanceled():
                break
            geometry = geometry_in_wgs84(feature, transform)
            if geometry is None:
                continue
            name, codes, named = feature_keys(feature, self.name_fields, self.code_fields)
            # Made valid when first used: the valid polygon lies within the box of the outline it is made from.
            self.index.addFeature(len(self.countries), geometry.boundingBox())
            self.countries.append(Country(name=name, codes=codes, shape=geometry, named=named))
        self.measure = distance_area()

    def find(self, query: str) -> Country | None:
        """The country whose name or code matches the query (see query_keys), or None."""
        wanted = query_keys(query)
        for country in self.countries:
            if wanted & country.codes:
                return country
        return None

    def other_country_touches(self, geometry: QgsGeometry, exclude: Country) -> bool:
        """True when the geometry reaches into a named country other than `exclude` (not the sea, not a gap)."""
        for index in self.index.intersects(geometry.boundingBox()):
            other = self.countries[index]
            if other is not exclude and other.named and other.intersects_geometry(geometry):
                return True
        return False

    def at(self, point: QgsPointXY, exclude: Country | None = None) -> Country | None:
        """The named country containing a lon/lat point, else the nearest within a few km, never `exclude`."""
        box = QgsRectangle(*degree_box(point.x(), point.y(), NEAREST_KM))
        best, best_km = None, NEAREST_KM
        for index in self.index.intersects(box):
            country = self.countries[index]
            if country is exclude or not country.named:
                continue
            if country.contains(point):
                return country
            nearest = country.geometry.nearestPoint(QgsGeometry.fromPointXY(point))
            km = self.measure.measureLine(point, nearest.asPoint()) / 1000.0
            if km < best_km:
                best, best_km = country, km
        return best
