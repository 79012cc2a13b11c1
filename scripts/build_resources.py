"""Writes the sheet layout templates (.qpt) and sheet layer styles (.qml) into resources/: run after changing them.

Usage: QT_HASH_SEED=0 python scripts/build_resources.py (from the repository root, with QGIS);
the fixed hash seed keeps XML attribute order stable, so diffs show only real changes.
The templates are the shipped artefact; this module only keeps their geometry reproducible and reviewable.
"""

from __future__ import annotations

import sys
from pathlib import Path

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsFillSymbol,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapGrid,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLegendStyle,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProject,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsScaleBarSettings,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository root, for tmf_plugin

from tmf_plugin.core.compat import set_label_font, set_legend_style_font
from tmf_plugin.mapsheets.coverage import SHEET_CRS_PROJ
from tmf_plugin.mapsheets.sheet_geometry import PAPERS, sheet_boxes
from tmf_plugin.paths import resource

FONT = "DejaVu Sans"
INK = QColor("#1a1a1a")


def _font(size: float, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont(FONT)
    font.setPointSizeF(size)
    font.setBold(bold)
    font.setItalic(italic)
    return font


def _text_format(size: float, bold: bool = False, color: QColor = INK) -> QgsTextFormat:
    fmt = QgsTextFormat()
    fmt.setFont(_font(size, bold))
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    fmt.setColor(color)
    return fmt


def _place(item, box) -> None:
    x, y, w, h = box
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutUnit.LayoutMillimeters))


def _label(layout, item_id: str, box, size: float, bold=False, align=Qt.AlignmentFlag.AlignLeft, color=INK):
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(item_id)
    set_label_font(label, _font(size, bold), color)
    label.setHAlign(align)
    label.setVAlign(Qt.AlignmentFlag.AlignTop)
    label.setMarginX(0.5)
    label.setMarginY(0.3)
    layout.addLayoutItem(label)
    _place(label, box)
    return label


def _initial_extent(item, box) -> None:
    # An extent with the frame's proportions: QGIS keeps the ratio of the current extent when it zooms or follows
    # an atlas, and an empty one would give it 0/0.
    item.setCrs(QgsCoordinateReferenceSystem.fromProj(SHEET_CRS_PROJ))
    width, height = box[2], box[3]
    item.setExtent(QgsRectangle(-width * 10_000, -height * 10_000, width * 10_000, height * 10_000))


def build_template(paper: str, orientation: str) -> QgsPrintLayout:
    """A layout with every sheet item placed and styled but not yet bound to layers or texts."""
    project = QgsProject()
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    width, height = PAPERS[paper]
    if orientation == "landscape":
        width, height = height, width
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(width, height, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    layout.setName(f"TMF sheet {paper} {orientation}")
    boxes = sheet_boxes(paper, orientation)
    f = boxes["font_scale"]

    _label(layout, "title", boxes["title"], 17 * f, bold=True)
    _label(layout, "subtitle", boxes["subtitle"], 10.5 * f, color=QColor("#333333"))
    _label(layout, "heading", boxes["heading"], 9.5 * f, bold=True, color=QColor("#7a1d1d"))
    _label(layout, "sheet_number", boxes["sheet_number"], 9 * f, align=Qt.AlignmentFlag.AlignRight)
    _label(layout, "credits", boxes["credits"], 6 * f, color=QColor("#333333"))
    _label(layout, "disclaimer", boxes["disclaimer"], 6 * f, align=Qt.AlignmentFlag.AlignRight,
           color=QColor("#333333"))
    _label(layout, "table_title", boxes["table_title"], 7.5 * f, bold=True)
    _label(layout, "inset_title", boxes["inset_title"], 7 * f, bold=True)

    main = QgsLayoutItemMap(layout)
    main.setId("map")
    main.setFrameEnabled(True)
    main.setFrameStrokeWidth(QgsLayoutMeasurement(0.35, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    main.setBackgroundColor(QColor("#ffffff"))
    layout.addLayoutItem(main)
    _place(main, boxes["map"])
    _initial_extent(main, boxes["map"])
    grid = QgsLayoutItemMapGrid("graticule", main)
    grid.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))  # a graticule: labels in degrees whatever the map CRS
    grid.setUnits(QgsLayoutItemMapGrid.GridUnit.DynamicPageSizeBased)
    grid.setMinimumIntervalWidth(25 * f)
    grid.setMaximumIntervalWidth(60 * f)
    grid.setStyle(QgsLayoutItemMapGrid.GridStyle.Solid)
    line = QgsLineSymbol.createSimple({"color": "120,120,120,140", "width": "0.12"})
    grid.setLineSymbol(line)
    grid.setAnnotationEnabled(True)
    grid.setAnnotationFormat(QgsLayoutItemMapGrid.AnnotationFormat.DegreeMinute)
    grid.setAnnotationPrecision(0)
    grid.setAnnotationTextFormat(_text_format(6 * f, color=QColor("#444444")))
    for side in (QgsLayoutItemMapGrid.BorderSide.Left, QgsLayoutItemMapGrid.BorderSide.Bottom):
        grid.setAnnotationPosition(QgsLayoutItemMapGrid.AnnotationPosition.OutsideMapFrame, side)
    grid.setAnnotationDirection(QgsLayoutItemMapGrid.AnnotationDirection.Vertical, QgsLayoutItemMapGrid.BorderSide.Left)
    grid.setAnnotationDirection(
        QgsLayoutItemMapGrid.AnnotationDirection.Horizontal, QgsLayoutItemMapGrid.BorderSide.Bottom
    )
    for side in (QgsLayoutItemMapGrid.BorderSide.Top, QgsLayoutItemMapGrid.BorderSide.Right):
        grid.setAnnotationDisplay(QgsLayoutItemMapGrid.DisplayMode.HideAll, side)
    # The graticule is curved in the sheet's conic projection: without this, meridians that leave through the
    # left edge print longitudes over the latitudes there.
    grid.setAnnotationDisplay(QgsLayoutItemMapGrid.DisplayMode.LatitudeOnly, QgsLayoutItemMapGrid.BorderSide.Left)
    grid.setAnnotationDisplay(QgsLayoutItemMapGrid.DisplayMode.LongitudeOnly, QgsLayoutItemMapGrid.BorderSide.Bottom)
    grid.setAnnotationFrameDistance(0.8)
    main.grids().addGrid(grid)

    inset = QgsLayoutItemMap(layout)
    inset.setId("inset")
    inset.setFrameEnabled(True)
    inset.setFrameStrokeWidth(QgsLayoutMeasurement(0.25, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    layout.addLayoutItem(inset)
    _place(inset, boxes["inset"])
    _initial_extent(inset, boxes["inset"])

    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setTitle("legend")
    legend.setResizeToContents(False)
    set_legend_style_font(legend, QgsLegendStyle.Style.Title, _font(8.5 * f, bold=True))
    set_legend_style_font(legend, QgsLegendStyle.Style.Group, _font(7.5 * f, bold=True))
    set_legend_style_font(legend, QgsLegendStyle.Style.Subgroup, _font(7 * f, bold=True))
    set_legend_style_font(legend, QgsLegendStyle.Style.SymbolLabel, _font(7 * f))
    legend.setSymbolWidth(6 * f)
    legend.setSymbolHeight(3.2 * f)
    legend.setWrapString("|")
    legend.setBoxSpace(1.5)
    legend.setColumnCount(boxes["legend_columns"])
    legend.setSplitLayer(True)
    # Tighter than the QGIS defaults so a full legend fits beside the map on A4.
    legend.rstyle(QgsLegendStyle.Style.Symbol).setMargin(QgsLegendStyle.Side.Top, 1.2)
    legend.rstyle(QgsLegendStyle.Style.SymbolLabel).setMargin(QgsLegendStyle.Side.Top, 1.2)
    legend.rstyle(QgsLegendStyle.Style.Group).setMargin(QgsLegendStyle.Side.Top, 2.5)
    legend.rstyle(QgsLegendStyle.Style.Subgroup).setMargin(QgsLegendStyle.Side.Top, 2.5)
    layout.addLayoutItem(legend)
    _place(legend, boxes["legend"])

    north = QgsLayoutItemPicture(layout)
    north.setId("north_arrow")
    north.setBackgroundEnabled(True)
    north.setBackgroundColor(QColor(255, 255, 255, 200))
    layout.addLayoutItem(north)
    _place(north, boxes["north_arrow"])

    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setId("scalebar")
    scalebar.setStyle("Single Box")
    scalebar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
    scalebar.setUnitLabel("km")
    scalebar.setNumberOfSegments(4)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth)
    scalebar.setMinimumBarWidth(25 * f)
    scalebar.setMaximumBarWidth(42 * f)
    scalebar.setHeight(2 * f)
    scalebar.setTextFormat(_text_format(6.5 * f))
    scalebar.setBackgroundEnabled(True)
    scalebar.setBackgroundColor(QColor(255, 255, 255, 210))
    layout.addLayoutItem(scalebar)
    _place(scalebar, boxes["scalebar"])

    table = QgsLayoutItemAttributeTable.create(layout)
    table.setHeaderTextFormat(_text_format(6.5 * f, bold=True))
    table.setContentTextFormat(_text_format(6.5 * f))
    table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
    table.setCellMargin(0.8)
    table.setGridStrokeWidth(0.15)
    table.setGridColor(QColor("#888888"))
    table.setHeaderHAlignment(QgsLayoutTable.HeaderHAlignment.FollowColumn)
    table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.UseExistingFrames)
    table.setEmptyTableBehavior(QgsLayoutTable.EmptyTableMode.ShowMessage)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.setId("table")
    _place(frame, boxes["table"])
    table.addFrame(frame)
    return layout


def write_templates() -> list[str]:
    """Write every paper and orientation template; return the paths."""
    written = []
    for paper in PAPERS:
        for orientation in ("landscape", "portrait"):
            layout = build_template(paper, orientation)
            path = resource("templates", f"sheet_{paper.lower()}_{orientation}.qpt")
            layout.saveAsTemplate(str(path), QgsReadWriteContext())
            written.append(str(path))
    return written


def _labels(expression: str, size: float, color: str, italic=False, placement=None, buffer=True):
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    fmt = QgsTextFormat()
    fmt.setFont(_font(size, italic=italic))
    fmt.setSize(size)
    fmt.setColor(QColor(color))
    if buffer:
        halo = QgsTextBufferSettings()
        halo.setEnabled(True)
        halo.setSize(0.7)
        halo.setColor(QColor(255, 255, 255, 220))
        fmt.setBuffer(halo)
    settings.setFormat(fmt)
    if placement is not None:
        settings.placement = placement
    return QgsVectorLayerSimpleLabeling(settings)


def _save(layer: QgsVectorLayer, name: str) -> str:
    path = resource("styles", name)
    layer.saveNamedStyle(str(path))
    return str(path)


def write_styles() -> list[str]:
    """Write the sheet layer styles: facilities by flag and THI, hydrography, borders, places, paths, corridors."""
    written = []

    facilities = QgsVectorLayer("Point?crs=EPSG:4326&field=tb_flag:string&field=thi:double&field=tmf_id:string",
                                "f", "memory")
    categories = []
    for value, colour in (("high", "#c81e1e"), ("medium", "#f39c12"), ("none", "#2c7bb6"), ("", "#9a9a9a")):
        symbol = QgsMarkerSymbol.createSimple({"name": "circle", "color": colour, "outline_color": "40,40,40",
                                               "outline_width": "0.2", "size": "3"})
        categories.append(QgsRendererCategory(value, symbol, value or "unknown"))
    renderer = QgsCategorizedSymbolRenderer("tb_flag", categories)
    facilities.setRenderer(renderer)
    facilities.setLabeling(_labels('"tmf_id"', 6.5, "#1a1a1a"))
    facilities.setLabelsEnabled(True)
    written.append(_save(facilities, "sheet_facilities.qml"))

    rivers = QgsVectorLayer("LineString?crs=EPSG:4326&field=name:string", "r", "memory")
    rivers.setRenderer(QgsSingleSymbolRenderer(QgsLineSymbol.createSimple(
        {"color": "#3a7fc1", "width": "0.45", "capstyle": "round", "joinstyle": "round"})))
    rivers.setLabeling(_labels('"name"', 6.5, "#1f5a96", italic=True, placement=QgsPalLayerSettings.Placement.Curved))
    rivers.setLabelsEnabled(True)
    written.append(_save(rivers, "sheet_rivers.qml"))

    lakes = QgsVectorLayer("Polygon?crs=EPSG:4326&field=name:string", "l", "memory")
    lakes.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "#bcd9f0", "outline_color": "#3a7fc1", "outline_width": "0.2"})))
    lake_labels = _labels('"name"', 6.5, "#1f5a96", italic=True)
    settings = lake_labels.settings()
    settings.minFeatureSize = 4.0  # mm: name the large lakes only, small ones would crowd the overview
    lake_labels.setSettings(settings)
    lakes.setLabeling(lake_labels)
    lakes.setLabelsEnabled(True)
    written.append(_save(lakes, "sheet_lakes.qml"))

    countries = QgsVectorLayer("Polygon?crs=EPSG:4326&field=NAME:string&field=ISO_A3:string", "c", "memory")
    root = QgsRuleBasedRenderer.Rule(None)
    home = QgsRuleBasedRenderer.Rule(QgsFillSymbol.createSimple(
        {"color": "#fbf8ef", "outline_color": "#5a5a5a", "outline_width": "0.45"}),
        filterExp="\"ISO_A3\" = 'KAZ'", label="Kazakhstan")
    other = QgsRuleBasedRenderer.Rule(QgsFillSymbol.createSimple(
        {"color": "#e9e9e6", "outline_color": "#5a5a5a", "outline_width": "0.45"}),
        filterExp="ELSE", label="other")
    root.appendChild(home)
    root.appendChild(other)
    countries.setRenderer(QgsRuleBasedRenderer(root))
    countries.setLabeling(_labels("upper(\"NAME\")", 7, "#6e6e6e"))
    countries.setLabelsEnabled(True)
    written.append(_save(countries, "sheet_countries.qml"))

    regions = QgsVectorLayer("Polygon?crs=EPSG:4326&field=name:string", "g", "memory")
    regions.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"style": "no", "outline_color": "#8c8c8c", "outline_width": "0.2", "outline_style": "dash"})))
    regions.setLabeling(_labels('"name"', 6, "#7d7d7d"))
    regions.setLabelsEnabled(False)
    written.append(_save(regions, "sheet_regions.qml"))

    places = QgsVectorLayer("Point?crs=EPSG:4326&field=NAME:string", "p", "memory")
    places.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
        {"name": "square", "color": "#333333", "outline_style": "no", "size": "1.1"})))
    places.setLabeling(_labels('"NAME"', 6.5, "#222222"))
    places.setLabelsEnabled(True)
    written.append(_save(places, "sheet_places.qml"))

    paths = QgsVectorLayer("LineString?crs=EPSG:4326&field=tmf_id:string", "d", "memory")
    paths.setRenderer(QgsSingleSymbolRenderer(QgsLineSymbol.createSimple(
        {"color": "#8e1b6b", "width": "0.8", "line_style": "solid", "capstyle": "round"})))
    written.append(_save(paths, "sheet_paths.qml"))

    corridors = QgsVectorLayer("Polygon?crs=EPSG:4326&field=tmf_id:string", "k", "memory")
    corridors.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
        {"color": "243,156,18,90", "outline_color": "#d35400", "outline_width": "0.25"})))
    written.append(_save(corridors, "sheet_corridors.qml"))

    focus = QgsVectorLayer("Polygon?crs=EPSG:4326&field=name:string", "focus", "memory")
    # Only the region of the current atlas page is outlined; the others stay as thin region boundaries.
    symbol = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#7a1d1d", "outline_width": "0.9"})
    focus_root = QgsRuleBasedRenderer.Rule(None)
    focus_root.appendChild(QgsRuleBasedRenderer.Rule(symbol, filterExp="$id = @atlas_featureid", label="focus"))
    focus.setRenderer(QgsRuleBasedRenderer(focus_root))
    written.append(_save(focus, "sheet_focus.qml"))
    return written


def main() -> None:
    from tmf_plugin.standalone import ensure_qgis

    ensure_qgis()
    for path in write_templates() + write_styles():
        print("wrote", path)


if __name__ == "__main__":
    main()
