"""The sheets' facility table: columns sized to their longest word, sorted by flag and THI, continued over pages."""

from __future__ import annotations

from qgis.core import (
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemPage,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLayoutUtils,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt

from ..core import attributes
from ..core.compat import copy_label_style
from .coverage import FLAGS
from .sheet_geometry import table_rows
from .texts import text

TABLE_COLUMNS = (  # field, heading key, share of the table width, expression template
    # Shares are a starting point: each column then grows to its longest word (see column_widths).
    ("tmf_id", "col_id", 0.085, '"tmf_id"'),
    ("name", "col_name", 0.14, 'coalesce("name", \'\')'),
    ("operator", "col_operator", 0.12, 'coalesce("operator", \'\')'),
    ("region", "col_region", 0.125, 'coalesce("region", \'\')'),
    ("thi", "col_thi", 0.045, 'format_number("thi", 1)'),
    ("tb_flag", "col_flag", 0.08, None),
    ("tb_river", "col_river", 0.08, 'coalesce("tb_river", \'\')'),
    ("tb_dist_km", "col_dist", 0.075, 'format_number("tb_dist_km", 1)'),
    ("tb_downstream_km", "col_downstream", 0.08, 'format_number("tb_downstream_km", 1)'),
    ("border_km", "col_border", 0.08, 'format_number("border_km", 1)'),
    ("receiving_country", "col_country", 0.10, 'coalesce("receiving_country", \'\')'),
    # Only with a receptors layer (tmf:tracedownstream OUTPUT_RECEPTORS): downstream.receptors adds these fields.
    ("rcp_n", "col_receptors", 0.09,
     'CASE WHEN "rcp_population" IS NULL THEN to_string("rcp_n") '
     'ELSE format(\'%1 (%2)\', "rcp_n", format_number("rcp_population", 0)) END'),
    ("rcp_first", "col_first_receptor", 0.11, 'coalesce("rcp_first", \'\')'),
)
FLAG_RANK = "CASE WHEN \"tb_flag\" = 'high' THEN 0 WHEN \"tb_flag\" = 'medium' THEN 1 ELSE 2 END"
# Columns of free text that wraps between words, and of names that should stay on one line.
TEXT_FIELDS = {"name", "operator", "rcp_first"}
# Who is downstream is a facility sheet's question: on the overview and region sheets these two columns would squeeze
# the region and name columns below their longest word.
FACILITY_SHEET_FIELDS = {"rcp_n", "rcp_first"}
NAME_FIELDS = {"tmf_id", "region", "tb_river", "receiving_country"}


def _longest_word_mm(font, words) -> float:
    return max((QgsLayoutUtils.textWidthMM(font, word) for word in words if word), default=0.0)


def column_widths(table, facilities: QgsVectorLayer, present: list, headings: list[str], usable: float) -> list:
    """Widths (mm) sharing `usable` by each column's share, but never narrower than the column's longest word,
    so that "Северо-Казахстанская" or "Шекараға" is never cut."""
    header, content = table.headerTextFormat(), table.contentTextFormat()
    header_font, content_font = header.font(), content.font()
    header_font.setPointSizeF(header.size())
    content_font.setPointSizeF(content.size())
    fields = facilities.fields()
    total_share = sum(c[2] for c in present)
    minimum = []
    for (field_name, _key, share, _expression), heading in zip(present, headings):
        need = _longest_word_mm(header_font, heading.split())
        if field_name in TEXT_FIELDS | NAME_FIELDS:
            values = [str(v) for v in facilities.uniqueValues(fields.indexOf(field_name))
                      if attributes.text(v).strip()]
            words = _longest_word_mm(content_font, [w for v in values for w in v.split()])
            whole = _longest_word_mm(content_font, values)
            # IDs, regions, rivers and countries stay on one line when that costs at most 60 % more than their
            # share: QGIS 3.22 sizes an atlas table's rows for one line when a name only just overflows, and then
            # cuts its second line. Names and operators (sentences) only grow to their longest word.
            one_line = field_name in NAME_FIELDS and whole <= 1.6 * usable * share / total_share
            need = max(need, whole if one_line else words)
        minimum.append(need + 0.5)
    widths = [max(usable * c[2] / total_share, low) for c, low in zip(present, minimum)]
    excess = sum(widths) - usable
    if excess > 0:
        # Take the room back from the columns wider than their longest word, in proportion to their slack.
        slack = [w - low for w, low in zip(widths, minimum)]
        total_slack = sum(s for s in slack if s > 0)
        if total_slack > excess:
            widths = [w - excess * max(s, 0) / total_slack for w, s in zip(widths, slack)]
        else:
            widths = [usable * c[2] / total_share for c in present]
    return widths


def _columns(table, facilities: QgsVectorLayer, language: str, table_width: float, kind: str) -> list:
    names = {f.name() for f in facilities.fields()}
    present = [c for c in TABLE_COLUMNS if c[0] in names and (kind == "facility" or c[0] not in FACILITY_SHEET_FIELDS)]
    usable = table_width - len(present) * 2 * table.cellMargin() - 1
    headings = [text(language, key) for _f, key, _s, _e in present]
    widths = column_widths(table, facilities, present, headings, usable)
    columns = []
    for (_field_name, _key, _share, expression), heading, width in zip(present, headings, widths):
        if expression is None:
            flags = " ".join(f"WHEN \"tb_flag\" = '{flag}' THEN '{text(language, 'flag_' + flag)}'" for flag in FLAGS)
            expression = f'CASE {flags} ELSE "tb_flag" END'
        column = QgsLayoutTableColumn(heading)
        column.setAttribute(expression)
        column.setWidth(width)
        columns.append(column)
    return columns


def _sort_columns(names: set[str]) -> list:
    sort_rank = QgsLayoutTableColumn()
    sort_rank.setAttribute(FLAG_RANK)
    sort_thi = QgsLayoutTableColumn()
    sort_thi.setAttribute('coalesce("thi", -1)')
    sort_thi.setSortOrder(Qt.SortOrder.DescendingOrder)
    sort_id = QgsLayoutTableColumn()
    sort_id.setAttribute('"tmf_id"')
    return ([sort_rank] if "tb_flag" in names else []) + ([sort_thi] if "thi" in names else []) + [sort_id]


def bind_table(layout, facilities: QgsVectorLayer, main, options, boxes: dict, continue_table: bool = True) -> int:
    """Fill the table frame: every facility on the overview (over as many pages as it takes), those in the map on a
    facility sheet, those of the region on a region sheet; returns the pages the layout now has."""
    lang = options.language
    frame = layout.itemById("table")
    table = frame.multiFrame()
    table.setVectorLayer(facilities)
    names = {f.name() for f in facilities.fields()}
    table.setColumns(_columns(table, facilities, lang, boxes["table"][2], options.kind))
    sort = _sort_columns(names)
    # Facility sheets are too many to measure each page: their rows are assumed to wrap onto two lines. The other
    # kinds start from one-line rows and measure what fits.
    rows = table_rows(options.paper, options.orientation, lines=2 if options.kind == "facility" else 1)
    table.setMaximumNumberOfFeatures(rows)
    title = layout.itemById("table_title")
    if options.kind == "facility":
        current = QgsLayoutTableColumn()
        current.setAttribute("CASE WHEN \"tmf_id\" = attribute(@atlas_feature, 'tmf_id') THEN 0 ELSE 1 END")
        table.setMap(main)
        table.setDisplayOnlyVisibleFeatures(True)
        table.setSortColumns([current] + sort)
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
        total = facilities.featureCount()
        table.setMaximumNumberOfFeatures(total)
        title.setText(text(lang, "table_title_all", total=total))
        table.refreshAttributes()
        if continue_table:
            return continue_on_pages(layout, table, boxes, options, text(lang, "overview_continued"))
    table.refreshAttributes()
    return 1


def continue_on_pages(layout, table, boxes: dict, options, continued: str) -> int:
    """Let a sheet's table run on over further pages, one full-page frame each, with the header repeated and each
    page named (`continued` is the heading of the further pages); returns the number of pages."""
    table.setHeaderMode(QgsLayoutTable.HeaderMode.AllFrames)
    table.refreshAttributes()
    if table.frameCount() and table.totalSize().height() <= table.frame(0).rect().height() + 0.1:
        return 1
    pages = layout.pageCollection()
    page = QgsLayoutItemPage(layout)
    page.setPageSize(pages.page(0).pageSize())
    pages.addPage(page)
    x, y, width, _h = boxes["heading"]
    top = y + boxes["heading"][3] + 2
    bottom = boxes["credits"][1] - 2
    frame = QgsLayoutFrame(layout, table)
    frame.attemptResize(QgsLayoutSize(width, bottom - top, QgsUnitTypes.LayoutUnit.LayoutMillimeters))
    frame.attemptMove(QgsLayoutPoint(x, top, QgsUnitTypes.LayoutUnit.LayoutMillimeters), page=1)
    table.addFrame(frame)
    # Further pages repeat the frame of the second one until every facility is listed.
    table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.RepeatUntilFinished)
    table.recalculateFrameSizes()
    count = pages.pageCount()
    for number in range(2, count + 1):
        # Each further sheet is named like the first: title, "Sheet n of m", what it continues, the disclaimer.
        for item_id, value in (("title", None), ("heading", continued),
                               ("sheet_number", text(options.language, "sheet_n_of_m", n=number, m=count)),
                               ("disclaimer", None)):
            copy_label(layout, layout.itemById(item_id), value, number - 1)
    return count


def copy_label(layout, label, value: str | None, page: int) -> QgsLayoutItemLabel:
    """A copy of a page-1 label (same box, font and alignment) on another page, with its own text if given."""
    copy = QgsLayoutItemLabel(layout)
    copy.setText(label.text() if value is None else value)
    copy_label_style(label, copy)
    copy.setHAlign(label.hAlign())
    copy.setVAlign(label.vAlign())
    copy.setMarginX(label.marginX())
    copy.setMarginY(label.marginY())
    layout.addLayoutItem(copy)
    copy.attemptResize(label.sizeWithUnits())
    position = label.pagePositionWithUnits()
    copy.attemptMove(QgsLayoutPoint(position.x(), position.y(), position.units()), page=page)
    return copy


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
