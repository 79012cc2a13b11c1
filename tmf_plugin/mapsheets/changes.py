"""The "changes" sheet: one overview of what changed in the inventory since the last meeting, map and table."""

from __future__ import annotations

import dataclasses

from qgis.core import QgsLayoutTableColumn, QgsProcessingException
from qgis.PyQt.QtCore import Qt

from ..i18n import translate_to
from ..paths import resource
from .binding import wrap_words
from .layout import SheetOptions, SheetSet, build_sheets
from .sheet_geometry import sheet_boxes
from .table import continue_on_pages
from .texts import LANGUAGES, text, tr

CHANGE_TEXTS: dict[str, str] = {
    "changes_facilities": tr("Inventory changes since the previous meeting"),
    "changes_heading": tr("Changes: {added} added, {removed} removed, {changed} changed, {unchanged} unchanged"),
    "changes_table_title": tr("All {total} changes, added and removed first"),
    "changes_continued": tr("Inventory changes, continued"),
    "col_change": tr("Change"),
    "col_fields": tr("Changed fields"),
    "col_moved": tr("Moved, m"),
    "no_change_field": tr("Changes sheets need the output of tmf:compareinventories as INPUT; {name} has no field "
                          "change."),
}
# The values of the change field, as the legend and the table print them (the same words as the panel's list).
CHANGE_WORDS = {"added": tr("added"), "removed": tr("removed"), "changed": tr("changed"),
                "unchanged": tr("unchanged"), "unmatched": tr("unmatched")}
LISTED = ("added", "removed", "changed", "unmatched")  # unchanged facilities stay on the map, not in the table


def change_text(language: str, key: str, **values) -> str:
    """A text of the changes sheet in the sheet language."""
    source = CHANGE_TEXTS.get(key) or CHANGE_WORDS[key]
    template = translate_to(language, source) if language in LANGUAGES else source
    return template.format(**values) if values else template


def _quoted(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def build_changes_sheet(project, sheet_layers: dict, changes_source, options: SheetOptions) -> SheetSet:
    """The country overview drawn from the changes layer, restyled by change, with a table of what changed that
    runs on over further pages until every change is listed."""
    lang = options.language
    if changes_source.fields().indexOf("change") < 0:
        raise QgsProcessingException(change_text("en", "no_change_field", name=changes_source.name()))
    counts = {word: 0 for word in CHANGE_WORDS}
    for feature in changes_source.getFeatures():
        counts[str(feature["change"])] = counts.get(str(feature["change"]), 0) + 1
    # The facility table stays on page 1: it becomes the table of changes, which then continues on its own pages.
    sheets = build_sheets(project, sheet_layers, changes_source, dataclasses.replace(options, kind="overview"),
                          continue_table=False)
    layout = sheets.layout
    layout.setName(options.layout_name())
    facilities = sheets.layers[0]  # build_sheets puts its private copy of the input first
    facilities.setName(change_text(lang, "changes_facilities"))
    facilities.loadNamedStyle(str(resource("styles", "changes.qml")))
    renderer = facilities.renderer()
    for index, category in enumerate(renderer.categories()):
        renderer.updateCategoryLabel(index, change_text(lang, category.value()))

    legend = layout.itemById("legend")
    node = legend.model().rootGroup().findLayer(facilities.id())
    if node is not None:
        node.setName(wrap_words(facilities.name(), 40))
        legend.model().refreshLayerLegend(node)
    legend.updateLegend()
    layout.itemById("heading").setText(change_text(lang, "changes_heading", **{
        key: counts.get(key, 0) for key in ("added", "removed", "changed", "unchanged")}))
    pages = _bind_changes_table(layout, facilities, options, sum(counts.get(key, 0) for key in LISTED))
    layout.itemById("sheet_number").setText(text(lang, "sheet_n_of_m", n=1, m=pages))
    return SheetSet(layout, "changes", 1, sheets.layers, None)


def _bind_changes_table(layout, facilities, options: SheetOptions, total: int) -> int:
    """Every added, removed, changed and unmatched facility in the table, over as many pages as it takes; returns
    the pages the layout now has."""
    lang = options.language
    frame = layout.itemById("table")
    table = frame.multiFrame()
    words = " ".join(f"WHEN \"change\" = '{key}' THEN {_quoted(change_text(lang, key))}" for key in CHANGE_WORDS)
    columns = (  # heading, share of the width, expression
        (text(lang, "col_id"), 0.10, 'coalesce("tmf_id", \'\')'),
        (text(lang, "col_name"), 0.30, 'coalesce("name", \'\')'),
        (change_text(lang, "col_change"), 0.13, f'CASE {words} ELSE "change" END'),
        (change_text(lang, "col_fields"), 0.35, 'coalesce("changed_fields", \'\')'),
        # The move only where it counts as a change: DMS rounding moves every point a few centimetres.
        (change_text(lang, "col_moved"), 0.12, 'CASE WHEN "changed_fields" LIKE \'%location%\' '
                                               'THEN format_number("moved_m", 1) ELSE \'\' END'),
    )
    usable = frame.rect().width() - len(columns) * 2 * table.cellMargin() - 1
    built = []
    for heading, share, expression in columns:
        column = QgsLayoutTableColumn(heading)
        column.setAttribute(expression)
        column.setWidth(usable * share)
        built.append(column)
    table.setColumns(built)
    rank = QgsLayoutTableColumn()
    rank.setAttribute("CASE " + " ".join(f"WHEN \"change\" = '{key}' THEN {i}" for i, key in enumerate(LISTED))
                      + " ELSE 9 END")
    by_id = QgsLayoutTableColumn()
    by_id.setAttribute('coalesce("tmf_id", \'\')')
    by_id.setSortOrder(Qt.SortOrder.AscendingOrder)
    table.setSortColumns([rank, by_id])
    table.setFilterFeatures(True)
    table.setFeatureFilter("\"change\" <> 'unchanged'")
    table.setMaximumNumberOfFeatures(max(total, 1))
    layout.itemById("table_title").setText(change_text(lang, "changes_table_title", total=total))
    table.refreshAttributes()
    return continue_on_pages(layout, table, sheet_boxes(options.paper, options.orientation), options,
                             change_text(lang, "changes_continued"))
