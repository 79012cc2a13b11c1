"""Builds a sheet layout from its .qpt template: binds layers, fills texts, table and atlas for one kind of sheet."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDataDefinedSizeLegend,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsLayerTreeLayer,
    QgsLayoutItemMap,
    QgsLayoutItemMapOverview,
    QgsLayoutItemPicture,
    QgsLayoutTableColumn,
    QgsLayoutUtils,
    QgsLegendStyle,
    QgsMarkerSymbol,
    QgsPathResolver,
    QgsPrintLayout,
    QgsProcessingException,
    QgsProperty,
    QgsReadWriteContext,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsSizeScaleTransformer,
    QgsSpatialIndex,
    QgsSymbolLayerUtils,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtXml import QDomDocument

from ..core.compat import FieldType, label_font, legend_style_font, make_field, null_rectangle, set_label_font
from ..facilities import facility_location, transform_to_wgs84
from ..i18n import tr
from ..paths import resource
from .layers import SheetLayer, is_hydrosheds, is_natural_earth
from .sheet_geometry import sheet_boxes, table_rows
from .texts import country_name, date_text, text

KINDS = ("overview", "facility", "region")
# Lambert conformal conic fitted to Kazakhstan: shapes and km distances stay true across the whole country.
SHEET_CRS_PROJ = "+proj=lcc +lat_0=48 +lon_0=68 +lat_1=45 +lat_2=51 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"
HOME_ISO = "KAZ"
MIN_FACILITY_EXTENT_M = 60_000.0  # a facility sheet shows at least 60 km around the facility
# Draw order, top first: points over lines over areas.
DRAW_ORDER = ("facilities", "places", "paths", "rivers", "lakes", "corridors", "focus", "regions", "countries")
LEGEND_ORDER = ("facilities", "paths", "corridors", "rivers", "lakes", "places", "regions", "countries")
FLAGS = ("high", "medium", "none")


@dataclass
class SheetOptions:
    """What the user chose for the export."""

    kind: str = "facility"
    paper: str = "A4"
    orientation: str = "landscape"
    language: str = "en"
    title: str = ""
    subtitle: str = ""
    made: datetime.date = field(default_factory=datetime.date.today)

    def layout_name(self) -> str:
        """Name of the layout in the project's layout manager (replaced on re-export)."""
        return f"TMF Safety sheets: {self.kind} ({self.language}, {self.paper} {self.orientation})"


def sheet_crs() -> QgsCoordinateReferenceSystem:
    """The projected CRS every sheet is drawn in."""
    return QgsCoordinateReferenceSystem.fromProj(SHEET_CRS_PROJ)


def load_template(project, paper: str, orientation: str) -> QgsPrintLayout:
    """A print layout of `project` made from the shipped template for the paper and orientation."""
    path = resource("templates", f"sheet_{paper.lower()}_{orientation}.qpt")
    document = QDomDocument()
    if not path.exists() or not document.setContent(path.read_text(encoding="utf-8")):
        raise QgsProcessingException(tr("The layout template {path} is missing or unreadable.").format(path=path))
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    _items, ok = layout.loadFromTemplate(document, QgsReadWriteContext())
    if not ok:
        raise QgsProcessingException(tr("The layout template {path} could not be loaded.").format(path=path))
    return layout


def facilities_copy(source: QgsVectorLayer, name: str) -> QgsVectorLayer:
    """The facilities as a private point layer in EPSG:4326, plus the field sheet_region filled later."""
    crs = QgsCoordinateReferenceSystem("EPSG:4326")
    copy = QgsVectorLayer(f"Point?crs={crs.authid()}", name, "memory")
    fields = source.fields()
    provider = copy.dataProvider()
    # sheet_flag: tb_flag reduced to high / medium / none / "" so that unflagged facilities (no field, NULL or an
    # unknown word) still have a legend entry, which the legend's map filter drops for a missing attribute.
    provider.addAttributes(list(fields) + [make_field("sheet_region", FieldType.String),
                                           make_field("sheet_flag", FieldType.String)])
    copy.updateFields()
    if fields.indexOf("tmf_id") < 0:
        raise QgsProcessingException(
            tr("The facilities layer {name} has no tmf_id field; export it from the Inventory step first.").format(
                name=source.name()))
    transform = transform_to_wgs84(source.crs())
    flag_index = fields.indexOf("tb_flag")
    features = []
    for feature in source.getFeatures():
        point = facility_location(feature.geometry(), transform)
        if point is None:
            raise QgsProcessingException(tr("Facility {id} in {name} has no location.").format(
                id=feature["tmf_id"], name=source.name()))
        out = QgsFeature(copy.fields())
        out.setGeometry(QgsGeometry.fromPointXY(point))
        flag = str(feature["tb_flag"]).strip().lower() if flag_index >= 0 else ""
        out.setAttributes(list(feature.attributes()) + [None, flag if flag in FLAGS else ""])
        features.append(out)
    provider.addFeatures(features)
    copy.updateExtents()
    return copy


def _to_sheet(layer: QgsVectorLayer, crs) -> QgsCoordinateTransform:
    return QgsCoordinateTransform(layer.crs(), crs, layer.transformContext())


def home_extent(countries: QgsVectorLayer | None, facilities: QgsVectorLayer, crs) -> QgsRectangle:
    """Extent of Kazakhstan (and of all facilities) in the sheet CRS."""
    extent = null_rectangle()
    if countries is not None:
        iso = countries.fields().indexOf("ISO_A3")
        name = countries.fields().indexOf("NAME")
        transform = _to_sheet(countries, crs)
        for feature in countries.getFeatures():
            attrs = feature.attributes()
            if (iso >= 0 and attrs[iso] == HOME_ISO) or (name >= 0 and attrs[name] == "Kazakhstan"):
                geometry = QgsGeometry(feature.geometry())
                geometry.transform(transform)
                extent.combineExtentWith(geometry.boundingBox())
    transform = _to_sheet(facilities, crs)
    for feature in facilities.getFeatures():
        geometry = QgsGeometry(feature.geometry())
        geometry.transform(transform)
        extent.combineExtentWith(geometry.boundingBox())
    return extent


def facility_coverage(facilities: QgsVectorLayer, paths: QgsVectorLayer | None, corridors: QgsVectorLayer | None,
                      crs, feedback=None) -> QgsVectorLayer:
    """One rectangle per facility, in the sheet CRS, fitting the facility, its downstream path and its corridor."""
    coverage = QgsVectorLayer(f"Polygon?crs={crs.toWkt()}", "sheet coverage", "memory")
    coverage.setCrs(crs)
    coverage.dataProvider().addAttributes([make_field("tmf_id", FieldType.String),
                                           make_field("name", FieldType.String)])
    coverage.updateFields()
    extents: dict[str, QgsRectangle] = {}
    for layer in (paths, corridors):
        if layer is None or layer.fields().indexOf("tmf_id") < 0:
            continue
        transform = _to_sheet(layer, crs)
        for feature in layer.getFeatures():
            geometry = QgsGeometry(feature.geometry())
            if geometry.isEmpty():
                continue
            geometry.transform(transform)
            key = str(feature["tmf_id"])
            box = extents.setdefault(key, QgsRectangle(geometry.boundingBox()))
            box.combineExtentWith(geometry.boundingBox())
    transform = _to_sheet(facilities, crs)
    features = []
    for feature in sorted(facilities.getFeatures(), key=lambda f: str(f["tmf_id"])):
        point = QgsGeometry(feature.geometry())
        point.transform(transform)
        box = QgsRectangle(point.boundingBox())
        if str(feature["tmf_id"]) in extents:
            box.combineExtentWith(extents[str(feature["tmf_id"])])
        centre = box.center()
        half_w = max(box.width(), MIN_FACILITY_EXTENT_M) / 2
        half_h = max(box.height(), MIN_FACILITY_EXTENT_M) / 2
        box = QgsRectangle(centre.x() - half_w, centre.y() - half_h, centre.x() + half_w, centre.y() + half_h)
        out = QgsFeature(coverage.fields())
        out.setGeometry(QgsGeometry.fromRect(box))
        name_index = facilities.fields().indexOf("name")
        out.setAttributes([str(feature["tmf_id"]), feature.attributes()[name_index] if name_index >= 0 else None])
        features.append(out)
    coverage.dataProvider().addFeatures(features)
    coverage.updateExtents()
    return coverage


def region_coverage(regions: QgsVectorLayer, facilities: QgsVectorLayer, crs) -> QgsVectorLayer:
    """The regions holding at least one facility, in the sheet CRS, ordered by name; tags each facility's region."""
    # Natural Earth, GADM / geoBoundaries and national layers name their regions differently.
    candidates = ("name", "NAME", "name_en", "NAME_1", "ADM1_EN", "shapeName", "region", "oblast")
    name_field = next((n for n in candidates if regions.fields().indexOf(n) >= 0), None)
    coverage = QgsVectorLayer(f"MultiPolygon?crs={crs.toWkt()}", "sheet regions", "memory")
    coverage.setCrs(crs)
    coverage.dataProvider().addAttributes([make_field("name", FieldType.String),
                                           make_field("facilities", FieldType.Int)])
    coverage.updateFields()
    to_regions = QgsCoordinateTransform(facilities.crs(), regions.crs(), regions.transformContext())
    index = QgsSpatialIndex(regions.getFeatures())
    counts: dict[int, int] = {}
    region_of: dict[int, int] = {}
    for feature in facilities.getFeatures():
        point = QgsGeometry(feature.geometry())
        point.transform(to_regions)
        for candidate in index.intersects(point.boundingBox()):
            region = regions.getFeature(candidate)
            if region.geometry().contains(point):
                counts[candidate] = counts.get(candidate, 0) + 1
                region_of[feature.id()] = candidate
                break
    names = {}
    transform = _to_sheet(regions, crs)
    features = []
    for region_id, count in counts.items():
        region = regions.getFeature(region_id)
        name = str(region[name_field]) if name_field else str(region_id)
        names[region_id] = name
        geometry = QgsGeometry(region.geometry())
        geometry.transform(transform)
        out = QgsFeature(coverage.fields())
        out.setGeometry(geometry)
        out.setAttributes([name, count])
        features.append(out)
    features.sort(key=lambda f: f["name"])
    coverage.dataProvider().addFeatures(features)
    coverage.updateExtents()
    column = facilities.fields().indexOf("sheet_region")
    facilities.dataProvider().changeAttributeValues(
        {fid: {column: names[region_id]} for fid, region_id in region_of.items()})
    return coverage


def _style(layer: QgsVectorLayer, key: str) -> None:
    qml = resource("styles", f"sheet_{key}.qml")
    if qml.exists():
        layer.loadNamedStyle(str(qml))


def style_facilities(layer: QgsVectorLayer, language: str, labels: bool, largest: float = 6.5) -> None:
    """Colour by transboundary flag, size by THI (with a size legend), labels in the sheet language."""
    _style(layer, "facilities")
    renderer = layer.renderer()
    # High flags are drawn last, on top of the many unflagged facilities around them.
    renderer.setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause(
        "CASE WHEN \"sheet_flag\" = 'high' THEN 3 WHEN \"sheet_flag\" = 'medium' THEN 2 "
        "WHEN \"sheet_flag\" = 'none' THEN 1 ELSE 0 END", True)]))
    renderer.setOrderByEnabled(True)
    renderer.setClassAttribute("sheet_flag")
    labels_by_value = {flag: text(language, f"flag_{flag}") for flag in FLAGS}
    present = set(layer.uniqueValues(layer.fields().indexOf("sheet_flag")))
    for index in reversed(range(len(renderer.categories()))):
        # A flag no facility has would only be noise in the legend.
        value = renderer.categories()[index].value()
        if (value if value in FLAGS else "") not in present and len(renderer.categories()) > 1:
            renderer.deleteCategory(index)
    for index, category in enumerate(renderer.categories()):
        renderer.updateCategoryLabel(index, labels_by_value.get(category.value(), text(language, "flag_unknown")))
    values = [v for v in (f["thi"] for f in layer.getFeatures()) if v not in (None, "") and str(v) != "NULL"] \
        if layer.fields().indexOf("thi") >= 0 else []
    values = [float(v) for v in values]
    if values and max(values) > min(values):
        low, high = min(values), max(values)
        transformer = QgsSizeScaleTransformer(
            QgsSizeScaleTransformer.ScaleType.Linear, low, high, 2.0, largest, 2.0, 1.0
        )
        size = QgsProperty.fromField("thi")
        size.setTransformer(transformer)
        categories = renderer.categories()  # keep the copies alive while their symbols are used
        for index, category in enumerate(categories):
            symbol = category.symbol().clone()
            symbol.setDataDefinedSize(size)
            renderer.updateCategorySymbol(index, symbol)
        # The size legend draws this symbol: the colour of "none", so the sizes read as sizes, not as flags.
        source = categories[2].symbol().clone() if len(categories) > 2 else categories[0].symbol().clone()
        source.setDataDefinedSize(size)
        renderer.setSourceSymbol(source)
        legend = QgsDataDefinedSizeLegend()
        legend.setLegendType(QgsDataDefinedSizeLegend.LegendType.LegendSeparated)
        legend.setTitle(text(language, "size_by_thi"))
        step = (high - low) / 2
        legend.setClasses([QgsDataDefinedSizeLegend.SizeClass(round(v, 1), f"{v:.1f}")
                           for v in (low, low + step, high)])
        renderer.setDataDefinedSizeLegend(legend)
    layer.setLabelsEnabled(labels)


def style_countries(layer: QgsVectorLayer, language: str) -> None:
    """Borders with the neighbours' names in the sheet language."""
    _style(layer, "countries")
    renderer = layer.renderer()
    if hasattr(renderer, "rootRule"):
        for rule in renderer.rootRule().children():
            rule.setLabel(country_name(language, "Kazakhstan") if "KAZ" in (rule.filterExpression() or "")
                          else text(language, "other_countries"))
    if layer.fields().indexOf("NAME") < 0:
        layer.setLabelsEnabled(False)
        return
    cases = " ".join(
        "WHEN \"NAME\" = '{src}' THEN '{dst}'".format(src=name.replace("'", "''"),
                                           dst=country_name(language, name).replace("'", "''"))
        for name in _country_names(layer))
    expression = f'upper(CASE {cases} ELSE "NAME" END)' if cases else 'upper("NAME")'
    labeling = layer.labeling()
    if labeling is not None:
        settings = labeling.settings()
        settings.fieldName = expression
        settings.isExpression = True
        labeling.setSettings(settings)


def _country_names(layer: QgsVectorLayer) -> list[str]:
    index = layer.fields().indexOf("NAME")
    return sorted({str(v) for v in layer.uniqueValues(index) if v not in (None, "") and str(v) != "NULL"})


def _picture_path(name: str) -> str:
    return QgsSymbolLayerUtils.svgSymbolNameToPath(name, QgsPathResolver())


@dataclass
class SheetSet:
    """A built layout and what the export needs to know about it."""

    layout: QgsPrintLayout
    kind: str
    count: int
    layers: list = field(default_factory=list)
    coverage: QgsVectorLayer | None = None


def build_sheets(project, sheet_layers: dict[str, SheetLayer], facilities_source: QgsVectorLayer,
                 options: SheetOptions) -> SheetSet:
    """Put the sheet's layers into `project` and return the bound layout (with its atlas for facility / region)."""
    lang = options.language
    crs = sheet_crs()
    facilities = facilities_copy(facilities_source, text(lang, "facilities"))
    if facilities.featureCount() == 0:
        raise QgsProcessingException(tr("The facilities layer {name} has no features; there is nothing to map.")
                                     .format(name=facilities_source.name()))
    layers: dict[str, QgsVectorLayer] = {"facilities": facilities}
    for key, sheet_layer in sheet_layers.items():
        layer = sheet_layer.layer
        layer.setName(text(lang, key))
        if key == "countries":
            style_countries(layer, lang)
        else:
            _style(layer, key)
        layers[key] = layer
    # The whole country holds a hundred facilities: smaller symbols there, or they hide each other and the rivers.
    style_facilities(facilities, lang, labels=options.kind != "overview",
                     largest=4.5 if options.kind == "overview" else 6.5)
    if options.kind == "overview" and "places" in layers and layers["places"].fields().indexOf("POP_MAX") >= 0:
        # The whole country at once: only its large towns, or their names would bury the facilities.
        # Filtered into a memory copy, not with a subset string: a subset makes OGR open a GeoPackage for update
        # (WAL journal), which would touch the shipped sample files.
        places = layers["places"]
        home_only = ' AND "ADM0_A3" = \'KAZ\'' if places.fields().indexOf("ADM0_A3") >= 0 else ""
        large = places.materialize(QgsFeatureRequest().setFilterExpression(f'"POP_MAX" >= 150000{home_only}'))
        large.setName(places.name())
        large.setRenderer(places.renderer().clone())
        large.setLabeling(places.labeling().clone() if places.labeling() else None)
        large.setLabelsEnabled(places.labelsEnabled())
        layers["places"] = large

    coverage = None
    if options.kind == "facility":
        coverage = facility_coverage(facilities, layers.get("paths"), layers.get("corridors"), crs)
    elif options.kind == "region":
        if "regions" not in layers:
            raise QgsProcessingException(tr("Region sheets need a regions layer (REGIONS)."))
        coverage = region_coverage(layers["regions"], facilities, crs)
        if coverage.featureCount() == 0:
            raise QgsProcessingException(tr("No facility lies inside any region of {name}.").format(
                name=sheet_layers["regions"].source_name))
        _style(coverage, "focus")
        coverage.setName(text(lang, "regions"))
        layers["focus"] = coverage
    project.addMapLayers(list(layers.values()) + ([coverage] if coverage and "focus" not in layers else []))

    layout = load_template(project, options.paper, options.orientation)
    layout.setName(options.layout_name())
    boxes = sheet_boxes(options.paper, options.orientation)
    main = layout.itemById("map")
    main.setCrs(crs)
    main.setLayers([layers[key] for key in DRAW_ORDER if key in layers])
    main.setKeepLayerSet(True)
    main.setKeepLayerStyles(False)
    home = home_extent(layers.get("countries"), facilities, crs)
    home.scale(1.04)
    fit_extent(main, home)

    inset = layout.itemById("inset")
    inset.setCrs(crs)
    inset.setLayers(inset_layers(project, layers))
    inset.setKeepLayerSet(True)
    inset_extent = QgsRectangle(home)
    # The overview already shows the whole country: its inset places Kazakhstan in Central Asia instead.
    inset_extent.scale(1.1 if options.kind != "overview" else 1.8)
    fit_extent(inset, inset_extent)
    if options.kind != "overview":
        frame = QgsLayoutItemMapOverview("sheet extent", inset)
        frame.setLinkedMap(main)
        frame.frameSymbol().setColor(_colour("#c81e1e", 110))
        frame.frameSymbol().symbolLayer(0).setStrokeColor(_colour("#c81e1e"))
        # A thick outline keeps a facility sheet's 40 km frame visible as a red square on the country map.
        frame.frameSymbol().symbolLayer(0).setStrokeWidth(0.8)
        inset.overviews().addOverview(frame)
    layout.itemById("inset_title").setText(text(lang, "location"))

    count = 1
    if coverage is not None:
        atlas = layout.atlas()
        atlas.setCoverageLayer(coverage)
        atlas.setHideCoverage(options.kind == "facility")
        atlas.setPageNameExpression('"tmf_id"' if options.kind == "facility" else '"name"')
        atlas.setFilenameExpression('"tmf_id"' if options.kind == "facility" else '"name"')
        atlas.setSortFeatures(True)
        atlas.setSortExpression('"tmf_id"' if options.kind == "facility" else '"name"')
        atlas.setEnabled(True)
        main.setAtlasDriven(True)
        main.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
        main.setAtlasMargin(0.22 if options.kind == "facility" else 0.08)
        count = coverage.featureCount()

    _fill_texts(layout, options, facilities, count, sheet_layers, facilities_source.name())
    _bind_legend(layout, main, layers, lang)
    north = layout.itemById("north_arrow")
    north.setPicturePath(_picture_path("arrows/NorthArrow_02.svg"))
    north.setLinkedMap(main)
    north.setNorthMode(QgsLayoutItemPicture.NorthMode.TrueNorth)
    scalebar = layout.itemById("scalebar")
    scalebar.setLinkedMap(main)
    scalebar.setUnitLabel(text(lang, "km"))
    scalebar.update()
    _bind_table(layout, facilities, main, options, boxes)
    return SheetSet(layout, options.kind, count, list(layers.values()), coverage)


def inset_layers(project, layers: dict) -> list:
    """Unlabelled copies of the borders (and facilities as dots) for the small locator map."""
    result = []
    for key in ("facilities", "countries"):
        if key in layers:
            copy = layers[key].clone()
            copy.setLabelsEnabled(False)
            if key == "facilities":
                copy.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
                    {"name": "circle", "color": "#555555", "outline_style": "no", "size": "0.8"})))
            project.addMapLayer(copy, False)
            result.append(copy)
    return result


def fit_extent(item, extent: QgsRectangle) -> None:
    """Show `extent` whole in a map item, widened to the item's proportions so the item keeps its size."""
    ratio = item.rect().width() / item.rect().height()
    centre = extent.center()
    width = max(extent.width(), extent.height() * ratio)
    height = width / ratio
    item.setExtent(QgsRectangle(centre.x() - width / 2, centre.y() - height / 2,
                                centre.x() + width / 2, centre.y() + height / 2))


def _colour(hex_code: str, alpha: int = 255):
    from qgis.PyQt.QtGui import QColor

    colour = QColor(hex_code)
    colour.setAlpha(alpha)
    return colour


def _atlas_value(name: str) -> str:
    return f"[% attribute(@atlas_feature, '{name}') %]"


def _fill_texts(layout, options: SheetOptions, facilities, count: int, sheet_layers, source_name: str) -> None:
    lang = options.language
    fit_label(layout.itemById("title"), options.title.strip() or text(lang, "default_title"))
    fit_label(layout.itemById("subtitle"), options.subtitle.strip())
    if options.kind == "overview":
        heading = text(lang, "overview_heading", count=facilities.featureCount())
        sheet_number = text(lang, "sheet_n_of_m", n=1, m=1)
    else:
        if options.kind == "facility":
            heading = text(lang, "facility_heading", id=_atlas_value("tmf_id"), name=_atlas_value("name"))
        else:
            heading = text(lang, "region_heading", name=_atlas_value("name"))
        sheet_number = text(lang, "sheet_n_of_m", n="[% @atlas_featurenumber %]", m="[% @atlas_totalfeatures %]")
    heading_item = layout.itemById("heading")
    heading_item.setText(heading)
    if not options.subtitle.strip():
        # No subtitle typed: the heading moves up instead of leaving a gap under the title.
        heading_item.attemptMove(layout.itemById("subtitle").positionWithUnits())
    layout.itemById("sheet_number").setText(sheet_number)
    layout.itemById("credits").setText(credits_text(lang, source_name, sheet_layers))
    layout.itemById("disclaimer").setText(text(lang, "disclaimer") + "\n" + date_text(lang, options.made))


def fit_label(label, value: str, smallest: float = 8.0) -> None:
    """Set a one-line label's text, shrinking its font until the text fits the frame (a long typed title)."""
    label.setText(value)
    font = label_font(label)
    available = label.rect().width() - 2 * label.marginX() - 1
    while font.pointSizeF() > smallest and QgsLayoutUtils.textWidthMM(font, value) > available:
        font.setPointSizeF(font.pointSizeF() - 0.5)
    set_label_font(label, font)


def credits_text(language: str, facilities_name: str, sheet_layers: dict[str, SheetLayer]) -> str:
    """Data sources of the sheet, one line per source, naming the layers each one supplied."""
    natural_earth, hydrosheds, others = [], [], []
    for key in LEGEND_ORDER:
        sheet_layer = sheet_layers.get(key)
        if sheet_layer is None:
            continue
        label = text(language, key).lower() if language != "en" else text(language, key).lower()
        if is_hydrosheds(sheet_layer.layer):
            hydrosheds.append(label)
        elif is_natural_earth(sheet_layer):
            natural_earth.append(label)
        elif key not in ("paths", "corridors"):
            others.append(text(language, "other_source", layers=text(language, key), name=sheet_layer.source_name))
    lines = [text(language, "sources") + ": " + text(language, "inventory_source", name=facilities_name)]
    if natural_earth:
        lines.append(text(language, "natural_earth", layers=", ".join(natural_earth)))
    if hydrosheds:
        lines.append(text(language, "hydrosheds", layers=", ".join(hydrosheds)))
    if others:
        lines.append("; ".join(others))
    return "\n".join(lines)


def _bind_legend(layout, main, layers: dict, language: str) -> None:
    legend = layout.itemById("legend")
    legend.setTitle(text(language, "legend"))
    legend.setLinkedMap(main)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    width = legend.rect().width() / sheet_boxes_columns(layout)
    size = legend_style_font(legend, QgsLegendStyle.Style.Group).pointSizeF()
    # Long names (Kazakh ones especially) are broken onto lines the legend frame can hold.
    chars = max(12, int((width - legend.symbolWidth() - 4) / (0.62 * size * 0.3528)))
    legend.setWrapString(WRAP)
    for key in LEGEND_ORDER:
        if key in layers:
            # Named before it joins the tree: a single-symbol layer copies its label when the node is added.
            node = QgsLayerTreeLayer(layers[key])
            node.setUseLayerName(False)
            node.setName(wrap_words(layers[key].name(), chars))
            root.addChildNode(node)
    # Only what the sheet shows: on atlas sheets, symbols without a feature in the map frame drop out page by
    # page. The overview shows the whole country, and there the filter would also drop the THI size legend.
    legend.setLegendFilterByMapEnabled(layout.atlas().enabled())
    legend.setColumnCount(sheet_boxes_columns(layout))
    legend.setSplitLayer(True)  # the facilities' long entry may continue in the next column
    legend.updateLegend()


WRAP = "|"


def wrap_words(label: str, width: int) -> str:
    """Break a legend label into lines of at most `width` characters, at spaces, with the legend's wrap mark."""
    lines, line = [], ""
    for word in label.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return WRAP.join(lines)


def sheet_boxes_columns(layout) -> int:
    """Legend columns: two on portrait sheets, where the legend is wide and low."""
    page = layout.pageCollection().page(0).pageSize()
    return 2 if page.height() > page.width() else 1


TABLE_COLUMNS = (  # field, heading key, share of the table width, expression template
    # Distance columns are wide enough for the longest Kazakh heading word ("Шекараға", "бойымен,").
    ("tmf_id", "col_id", 0.085, '"tmf_id"'),
    ("name", "col_name", 0.14, 'coalesce("name", \'\')'),
    ("operator", "col_operator", 0.12, 'coalesce("operator", \'\')'),
    ("region", "col_region", 0.115, 'coalesce("region", \'\')'),
    ("thi", "col_thi", 0.045, 'format_number("thi", 1)'),
    ("tb_flag", "col_flag", 0.08, None),
    ("tb_river", "col_river", 0.08, 'coalesce("tb_river", \'\')'),
    ("tb_dist_km", "col_dist", 0.075, 'format_number("tb_dist_km", 1)'),
    ("tb_downstream_km", "col_downstream", 0.08, 'format_number("tb_downstream_km", 1)'),
    ("border_km", "col_border", 0.08, 'format_number("border_km", 1)'),
    ("receiving_country", "col_country", 0.10, 'coalesce("receiving_country", \'\')'),
)
FLAG_RANK = "CASE WHEN \"tb_flag\" = 'high' THEN 0 WHEN \"tb_flag\" = 'medium' THEN 1 ELSE 2 END"


def _bind_table(layout, facilities: QgsVectorLayer, main, options: SheetOptions, boxes: dict) -> None:
    lang = options.language
    frame = layout.itemById("table")
    table = frame.multiFrame()
    table.setVectorLayer(facilities)
    names = {f.name() for f in facilities.fields()}
    present = [c for c in TABLE_COLUMNS if c[0] in names]
    total_share = sum(c[2] for c in present)
    usable = boxes["table"][2] - len(present) * 2 * table.cellMargin() - 1
    columns = []
    for _field_name, heading, share, expression in present:
        if expression is None:
            flags = " ".join(f"WHEN \"tb_flag\" = '{flag}' THEN '{text(lang, 'flag_' + flag)}'" for flag in FLAGS)
            expression = f'CASE {flags} ELSE "tb_flag" END'
        column = QgsLayoutTableColumn(text(lang, heading))
        column.setAttribute(expression)
        column.setWidth(usable * share / total_share)
        columns.append(column)
    table.setColumns(columns)
    sort_rank = QgsLayoutTableColumn()
    sort_rank.setAttribute(FLAG_RANK)
    sort_thi = QgsLayoutTableColumn()
    sort_thi.setAttribute('coalesce("thi", -1)')
    sort_thi.setSortOrder(Qt.SortOrder.DescendingOrder)
    sort_id = QgsLayoutTableColumn()
    sort_id.setAttribute('"tmf_id"')
    sort = ([sort_rank] if "tb_flag" in names else []) + ([sort_thi] if "thi" in names else []) + [sort_id]
    # Facility sheets are too many to measure each page: their rows are assumed to wrap onto two lines. The other
    # kinds start from one-line rows and measure what fits.
    rows = table_rows(options.paper, options.orientation, lines=2 if options.kind == "facility" else 1)
    table.setMaximumNumberOfFeatures(rows)
    title = layout.itemById("table_title")
    if options.kind == "facility":
        current = QgsLayoutTableColumn()
        current.setAttribute("CASE WHEN \"tmf_id\" = attribute(@atlas_feature, 'tmf_id') THEN 0 ELSE 1 END")
        sort = [current] + sort
        table.setMap(main)
        table.setDisplayOnlyVisibleFeatures(True)
        table.setSortColumns(sort)
        title.setText(text(lang, "table_title"))
    elif options.kind == "region":
        table.setFilterFeatures(True)
        table.setFeatureFilter("\"sheet_region\" = attribute(@atlas_feature, 'name')")
        table.setSortColumns(sort)
        rows = fit_table_rows(layout, table, frame.rect().height(), rows)
        # A region may hold more facilities than the table has rows: say how many are listed, page by page.
        total = "attribute(@atlas_feature, 'facilities')"
        title.setText(text(lang, "table_title_top", shown=f"[% min({total}, {rows}) %]", total=f"[% {total} %]"))
    else:
        table.setSortColumns(sort)
        rows = fit_table_rows(layout, table, frame.rect().height(), rows)
        total = facilities.featureCount()
        title.setText(text(lang, "table_title_top", shown=min(rows, total), total=total))
    table.refreshAttributes()


def fit_table_rows(layout, table, height: float, rows: int) -> int:
    """The most rows (at most `rows`) whose wrapped text fits the frame height, on every atlas page.

    Long Russian and Kazakh names wrap onto two or three lines, so the count is measured rather than guessed.
    """
    atlas = layout.atlas()
    pages = range(atlas.count()) if atlas.enabled() and atlas.beginRender() else [None]
    try:
        for page in pages:
            if page is not None:
                atlas.seekTo(page)
            while rows > 1:
                table.setMaximumNumberOfFeatures(rows)
                table.refreshAttributes()
                if table.totalSize().height() <= height + 0.1:
                    break
                rows -= 1
    finally:
        if pages != [None]:
            atlas.endRender()
    table.setMaximumNumberOfFeatures(rows)
    return rows
