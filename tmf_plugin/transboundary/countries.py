"""Country polygons: find the chosen country by name or code, and the country a point lies in."""

from __future__ import annotations

from dataclasses import dataclass, field

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsPointXY, QgsRectangle, QgsSpatialIndex

from ..core.geodesy import degree_box, distance_area, to_wgs84
from .names import name_key

# Fields that name a country or carry its code, in the order a display name is taken from them.
NAME_FIELDS = ("NAME", "NAME_EN", "ADMIN", "NAME_LONG", "SOVEREIGNT", "COUNTRY", "NAME_0", "CNTRY_NAME", "GEOUNIT")
CODE_FIELDS = ("ISO_A3", "ADM0_A3", "ISO_A2", "ISO3", "ISO2", "ISO", "GID_0", "ADM0_A3_US", "SOV_A3", "GU_A3")
# Local names people type for the default country.
LOCAL_NAMES = {"kazakhstan": ("казахстан", "қазақстан", "kazakstan", "qazaqstan", "respublikakazakhstan")}
NEAREST_KM = 5.0  # a point just outside a generalised border still belongs to the neighbour it touches


@dataclass
class Country:
    """One country polygon in EPSG:4326 with a prepared geometry engine for fast point tests."""

    name: str
    codes: set[str]
    geometry: QgsGeometry
    named: bool = True  # False for polygons without name or code (disputed or leased areas in Natural Earth)
    boundary: QgsGeometry = field(init=False)

    def __post_init__(self) -> None:
        self.boundary = QgsGeometry(self.geometry.constGet().boundary())
        self._engine = QgsGeometry.createGeometryEngine(self.geometry.constGet())
        self._engine.prepareGeometry()

    def contains(self, point: QgsPointXY) -> bool:
        """True when the point lies strictly inside the country."""
        probe = QgsGeometry.fromPointXY(point)  # kept alive while the engine reads it
        return self._engine.contains(probe.constGet())

    def contains_geometry(self, geometry: QgsGeometry) -> bool:
        """True when the geometry lies entirely inside the country."""
        return self._engine.contains(geometry.constGet())

    def intersects_geometry(self, geometry: QgsGeometry) -> bool:
        """True when the geometry touches the country anywhere."""
        return self._engine.intersects(geometry.constGet())


class Countries:
    """The country polygons of a layer (any CRS), with the fields that name them found by their usual names."""

    def __init__(self, source, feedback=None) -> None:
        fields = {f.name().upper(): f.name() for f in source.fields()}
        self.name_fields = [fields[n] for n in NAME_FIELDS if n in fields]
        self.code_fields = [fields[n] for n in CODE_FIELDS if n in fields]
        if not self.name_fields and not self.code_fields:  # an unusual layer: any text field may name it
            self.name_fields = [f.name() for f in source.fields() if f.typeName().lower() in ("string", "text")]
        transform = to_wgs84(source.sourceCrs())
        self.countries: list[Country] = []
        self.index = QgsSpatialIndex()
        request = QgsFeatureRequest()
        for feature in source.getFeatures(request):
            if feedback is not None and feedback.isCanceled():
                break
            geometry = QgsGeometry(feature.geometry())
            if geometry.isEmpty():
                continue
            if transform is not None:
                geometry.transform(transform)
            if not geometry.isGeosValid():
                geometry = geometry.makeValid()
            values = [feature[name] for name in self.name_fields + self.code_fields]
            texts = [str(v) for v in values if v not in (None, "") and str(v) not in ("NULL", "-99")]
            name = next((str(feature[n]) for n in self.name_fields if feature[n] not in (None, "")), "")
            name = name if name and name != "NULL" else (texts[0] if texts else str(feature.id()))
            codes = {name_key(text) for text in texts} | {text.strip().casefold() for text in texts}
            for local in LOCAL_NAMES.get(name_key(name), ()):
                codes.add(local)
            self.index.addFeature(len(self.countries), geometry.boundingBox())
            self.countries.append(Country(name=name, codes=codes, geometry=geometry, named=bool(texts)))
        self.measure = distance_area()

    def find(self, query: str) -> Country | None:
        """The country whose name or code equals the query (case, spaces and accents ignored)."""
        wanted = {query.strip().casefold(), name_key(query)} - {""}
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
