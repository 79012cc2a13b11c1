"""Binds a sheet layout loaded from its .qpt template: maps' extents, texts, legend, north arrow and scale bar."""

from __future__ import annotations

import re

from qgis.core import (
    QgsLayerTreeLayer,
    QgsLayoutItemMapGrid,
    QgsLayoutUtils,
    QgsLegendStyle,
    QgsPathResolver,
    QgsPrintLayout,
    QgsProcessingException,
    QgsReadWriteContext,
    QgsRectangle,
    QgsSymbolLayerUtils,
)
from qgis.PyQt.QtXml import QDomDocument

from ..core.compat import label_font, legend_style_font, set_label_font
from ..i18n import tr
from ..paths import resource
from .layers import SheetLayer, is_hydrosheds, is_natural_earth
from .texts import date_text, text

# Draw order, top first: points over lines over areas.
DRAW_ORDER = ("facilities", "receptors", "places", "paths", "rivers", "lakes", "corridors", "focus", "regions",
              "countries")
LEGEND_ORDER = ("facilities", "paths", "receptors", "corridors", "rivers", "lakes", "places", "regions", "countries")


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


def picture_path(name: str) -> str:
    return QgsSymbolLayerUtils.svgSymbolNameToPath(name, QgsPathResolver())


def localise_graticule(main, language: str) -> None:
    """Degrees on the main map's graticule with the hemisphere in the sheet language (76° в.д., 48°30′ с.ш.)."""
    if language == "en" or not main.grids().size():
        return
    east = text(language, "longitude_east").replace("'", "''")
    north = text(language, "latitude_north").replace("'", "''")
    minutes = "round((abs(@grid_number) - floor(abs(@grid_number))) * 60)"
    expression = (f"floor(abs(@grid_number)) || '°' || CASE WHEN {minutes} >= 1 AND {minutes} <= 59 THEN "
                  f"lpad({minutes}, 2, '0') || '′' ELSE '' END || ' ' || "
                  f"CASE WHEN @grid_axis = 'x' THEN '{east}' ELSE '{north}' END")
    for grid in main.grids().asList():
        grid.setAnnotationFormat(QgsLayoutItemMapGrid.AnnotationFormat.CustomFormat)
        grid.setAnnotationExpression(expression)


def fit_extent(item, extent: QgsRectangle) -> None:
    """Show `extent` whole in a map item, widened to the item's proportions so the item keeps its size."""
    ratio = item.rect().width() / item.rect().height()
    centre = extent.center()
    width = max(extent.width(), extent.height() * ratio)
    height = width / ratio
    item.setExtent(QgsRectangle(centre.x() - width / 2, centre.y() - height / 2,
                                centre.x() + width / 2, centre.y() + height / 2))


def atlas_value(name: str) -> str:
    return f"[% attribute(@atlas_feature, '{name}') %]"


def fill_texts(layout, options, facilities, count: int, sheet_layers, source_name: str) -> None:
    lang = options.language
    fit_label(layout.itemById("title"), options.title.strip() or text(lang, "default_title"))
    fit_label(layout.itemById("subtitle"), options.subtitle.strip())
    if options.kind == "overview":
        heading = text(lang, "overview_heading", count=facilities.featureCount())
        sheet_number = text(lang, "sheet_n_of_m", n=1, m=1)
    else:
        if options.kind == "facility":
            heading = text(lang, "facility_heading", id=atlas_value("tmf_id"), name=atlas_value("name"))
        else:
            heading = text(lang, "region_heading", name=atlas_value("name"))
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


def _printable_name(language: str, name: str) -> bool:
    # A layer or file name in Latin letters ("flagged", "rivers_kz") is not in the meeting's language: Russian and
    # Kazakh sheets then say what kind of data it is instead of printing the name; English sheets print it.
    return language == "en" or not re.search(r"[A-Za-z]", name or "")


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
        elif key not in ("paths", "corridors", "receptors"):
            if _printable_name(language, sheet_layer.source_name):
                others.append(text(language, "other_source", layers=text(language, key),
                                   name=sheet_layer.source_name))
            else:
                others.append(text(language, "other_source_unnamed", layers=text(language, key)))
    inventory = text(language, "inventory_source", name=facilities_name) if _printable_name(
        language, facilities_name) else text(language, "inventory_source_unnamed")
    lines = [text(language, "sources") + ": " + inventory]
    if natural_earth:
        lines.append(text(language, "natural_earth", layers=", ".join(natural_earth)))
    if hydrosheds:
        lines.append(text(language, "hydrosheds", layers=", ".join(hydrosheds)))
    if others:
        lines.append("; ".join(others))
    return "\n".join(lines)


def bind_legend(layout, main, layers: dict, language: str) -> None:
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
