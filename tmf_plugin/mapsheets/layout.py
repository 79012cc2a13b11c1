"""Builds a sheet layout from its .qpt template for one kind of sheet: layers, names, maps, texts, table and atlas."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from qgis.core import (
    QgsFeatureRequest,
    QgsLayoutItemMap,
    QgsLayoutItemMapOverview,
    QgsLayoutItemPicture,
    QgsPrintLayout,
    QgsProcessingException,
    QgsRectangle,
    QgsVectorLayer,
)

from ..core.gazetteer import Gazetteer, GazetteerError, load_gazetteer
from ..downstream.receptors import add_receptor_fields, label_receptors
from ..i18n import tr
from .binding import (
    DRAW_ORDER,
    LEGEND_ORDER,
    bind_legend,
    credits_text,
    fill_texts,
    fit_extent,
    load_template,
    localise_graticule,
    picture_path,
    wrap_words,
)
from .coverage import SHEET_CRS_PROJ, facilities_copy, facility_coverage, home_extent, region_coverage, sheet_crs
from .layers import SheetLayer
from .names import localise_facilities, localise_layers
from .sheet_geometry import sheet_boxes
from .styling import apply_qml, colour, inset_layers, style_countries, style_facilities, style_reference
from .table import bind_table
from .texts import text

KINDS = ("overview", "facility", "region", "changes")
# Kept importable from here: the templates' builder and existing scripts use these names.
__all__ = ["DRAW_ORDER", "KINDS", "LEGEND_ORDER", "SHEET_CRS_PROJ", "SheetOptions", "SheetSet", "build_sheets",
           "credits_text", "wrap_words"]


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
    gazetteer: str = ""  # a gazetteer CSV of the user's; empty: the shipped resources/gazetteer.csv

    def layout_name(self) -> str:
        """Name of the layout in the project's layout manager (replaced on re-export)."""
        return f"TMF Safety sheets: {self.kind} ({self.language}, {self.paper} {self.orientation})"


@dataclass
class SheetSet:
    """A built layout and what the export needs to know about it."""

    layout: QgsPrintLayout
    kind: str
    count: int
    layers: list = field(default_factory=list)
    coverage: QgsVectorLayer | None = None
    notes: list[str] = field(default_factory=list)  # for the export log: names printed untranslated


def sheet_gazetteer(options: SheetOptions) -> Gazetteer:
    """A fresh gazetteer for one export (its list of untranslated names starts empty)."""
    try:
        return load_gazetteer(options.gazetteer or None)
    except GazetteerError as error:
        raise QgsProcessingException(str(error)) from error


def _large_places(places: QgsVectorLayer) -> QgsVectorLayer:
    # The whole country at once: only its large towns, or their names would bury the facilities. Filtered into a
    # memory copy, not with a subset string: a subset makes OGR open a GeoPackage for update (WAL journal), which
    # would touch the shipped sample files.
    home_only = ' AND "ADM0_A3" = \'KAZ\'' if places.fields().indexOf("ADM0_A3") >= 0 else ""
    large = places.materialize(QgsFeatureRequest().setFilterExpression(f'"POP_MAX" >= 150000{home_only}'))
    large.setName(places.name())
    large.setRenderer(places.renderer().clone())
    large.setLabeling(places.labeling().clone() if places.labeling() else None)
    large.setLabelsEnabled(places.labelsEnabled())
    return large


def sheet_layers_styled(sheet_layers: dict[str, SheetLayer], facilities: QgsVectorLayer, options: SheetOptions,
                        gazetteer: Gazetteer, crs) -> dict[str, QgsVectorLayer]:
    """The sheet's layers by key, named, styled and labelled in the sheet language."""
    lang = options.language
    layers: dict[str, QgsVectorLayer] = {"facilities": facilities}
    for key, sheet_layer in sheet_layers.items():
        layers[key] = sheet_layer.layer
    # Names are checked where a sheet can look: Kazakhstan and its facilities, with a margin into the neighbours.
    area = home_extent(layers.get("countries"), facilities, crs)
    area.scale(1.15)
    localise_layers(layers, lang, gazetteer, area, crs)
    localise_facilities(facilities, lang, gazetteer)
    for key, layer in layers.items():
        if key == "facilities":
            continue
        layer.setName(text(lang, key))
        if key == "countries":
            style_countries(layer, lang, gazetteer)
        else:
            style_reference(layer, key)
        if key == "receptors":
            label_receptors(layer, lang)
            add_receptor_fields(facilities, layer)
    # The whole country holds a hundred facilities: smaller symbols there, or they hide each other and the rivers.
    style_facilities(facilities, lang, labels=options.kind != "overview",
                     largest=4.5 if options.kind == "overview" else 6.5)
    if options.kind == "overview" and "places" in layers and layers["places"].fields().indexOf("POP_MAX") >= 0:
        layers["places"] = _large_places(layers["places"])
    return layers


def _coverage(options: SheetOptions, layers: dict, sheet_layers: dict, facilities, crs):
    if options.kind == "facility":
        return facility_coverage(facilities, layers.get("paths"), layers.get("corridors"), crs)
    if options.kind != "region":
        return None
    if "regions" not in layers:
        raise QgsProcessingException(tr("Region sheets need a regions layer (REGIONS)."))
    coverage = region_coverage(layers["regions"], facilities, crs)
    if coverage.featureCount() == 0:
        raise QgsProcessingException(tr("No facility lies inside any region of {name}.").format(
            name=sheet_layers["regions"].source_name))
    apply_qml(coverage, "focus")
    coverage.setName(text(options.language, "regions"))
    layers["focus"] = coverage
    return coverage


def _bind_maps(layout, project, layers: dict, facilities, options: SheetOptions, crs):
    main = layout.itemById("map")
    main.setCrs(crs)
    main.setLayers([layers[key] for key in DRAW_ORDER if key in layers])
    main.setKeepLayerSet(True)
    main.setKeepLayerStyles(False)
    home = home_extent(layers.get("countries"), facilities, crs)
    home.scale(1.04)
    fit_extent(main, home)
    localise_graticule(main, options.language)

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
        frame.frameSymbol().setColor(colour("#c81e1e", 110))
        frame.frameSymbol().symbolLayer(0).setStrokeColor(colour("#c81e1e"))
        # A thick outline keeps a facility sheet's 40 km frame visible as a red square on the country map.
        frame.frameSymbol().symbolLayer(0).setStrokeWidth(0.8)
        inset.overviews().addOverview(frame)
    layout.itemById("inset_title").setText(text(options.language, "location"))
    return main


def _bind_atlas(layout, main, coverage, kind: str) -> int:
    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setHideCoverage(kind == "facility")
    key = '"tmf_id"' if kind == "facility" else '"name"'
    atlas.setPageNameExpression(key)
    atlas.setFilenameExpression(key)
    atlas.setSortFeatures(True)
    atlas.setSortExpression(key)
    atlas.setEnabled(True)
    main.setAtlasDriven(True)
    main.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Auto)
    main.setAtlasMargin(0.22 if kind == "facility" else 0.08)
    return coverage.featureCount()


def build_sheets(project, sheet_layers: dict[str, SheetLayer], facilities_source: QgsVectorLayer,
                 options: SheetOptions, continue_table: bool = True) -> SheetSet:
    """Put the sheet's layers into `project` and return the bound layout (with its atlas for facility / region).

    `continue_table` False keeps an overview's facility table on its first page, for a sheet that lists other rows.
    """
    if options.kind == "changes":  # the inventory review has a module of its own
        from .changes import build_changes_sheet

        return build_changes_sheet(project, sheet_layers, facilities_source, options)
    lang = options.language
    crs = sheet_crs()
    gazetteer = sheet_gazetteer(options)
    facilities = facilities_copy(facilities_source, text(lang, "facilities"))
    if facilities.featureCount() == 0:
        raise QgsProcessingException(tr("The facilities layer {name} has no features; there is nothing to map.")
                                     .format(name=facilities_source.name()))
    layers = sheet_layers_styled(sheet_layers, facilities, options, gazetteer, crs)
    coverage = _coverage(options, layers, sheet_layers, facilities, crs)
    project.addMapLayers(list(layers.values()) + ([coverage] if coverage and "focus" not in layers else []))

    layout = load_template(project, options.paper, options.orientation)
    layout.setName(options.layout_name())
    boxes = sheet_boxes(options.paper, options.orientation)
    main = _bind_maps(layout, project, layers, facilities, options, crs)
    count = _bind_atlas(layout, main, coverage, options.kind) if coverage is not None else 1

    fill_texts(layout, options, facilities, count, sheet_layers, facilities_source.name())
    bind_legend(layout, main, layers, lang)
    north = layout.itemById("north_arrow")
    north.setPicturePath(picture_path("arrows/NorthArrow_02.svg"))
    north.setLinkedMap(main)
    north.setNorthMode(QgsLayoutItemPicture.NorthMode.TrueNorth)
    scalebar = layout.itemById("scalebar")
    scalebar.setLinkedMap(main)
    scalebar.setUnitLabel(text(lang, "km"))
    scalebar.update()
    pages = bind_table(layout, facilities, main, options, boxes, continue_table)
    if options.kind == "overview":
        layout.itemById("sheet_number").setText(text(lang, "sheet_n_of_m", n=1, m=pages))
    notes = [message for message in (gazetteer.missing_message(lang),) if message]
    return SheetSet(layout, options.kind, count, list(layers.values()), coverage, notes)
