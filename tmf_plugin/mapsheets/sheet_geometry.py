"""Where each item of a map sheet sits on A4 / A3 paper in either orientation, in millimetres."""

from __future__ import annotations

PAPERS = {"A4": (210.0, 297.0), "A3": (297.0, 420.0)}  # portrait width, height


def page_size(paper: str, orientation: str) -> tuple[float, float]:
    """Page width and height in mm."""
    width, height = PAPERS[paper]
    return (height, width) if orientation == "landscape" else (width, height)


def sheet_boxes(paper: str, orientation: str) -> dict:
    """(x, y, width, height) of every sheet item, plus the font scale and legend column count."""
    width, height = page_size(paper, orientation)
    s = 1.0 if paper == "A4" else 1.414  # lengths grow with the paper
    f = 1.0 if paper == "A4" else 1.25  # text grows less, so A3 shows more rather than just bigger
    m = 8 * s
    ann = 6 * f  # room for the graticule labels left of and below the map
    boxes: dict = {"font_scale": f}
    boxes["title"] = (m, m - 1, width - 2 * m - 60 * s, 9 * s)
    boxes["sheet_number"] = (width - m - 58 * s, m, 58 * s, 6 * s)
    boxes["subtitle"] = (m, m + 8.5 * s, width - 2 * m, 6 * s)
    boxes["heading"] = (m, m + 14.5 * s, width - 2 * m, 6 * s)
    top = m + 21 * s
    footer_h = 10 * f  # four lines of 6 pt: sources, credits, disclaimer and date
    footer_y = height - m - footer_h
    credits_w = (width - 2 * m) * (0.6 if orientation == "landscape" else 0.56)
    boxes["credits"] = (m, footer_y, credits_w, footer_h)
    boxes["disclaimer"] = (m + credits_w + 3, footer_y, width - 2 * m - credits_w - 3, footer_h)
    if orientation == "landscape":
        side_w = 0.27 * (width - 2 * m)
        side_x = width - m - side_w
        table_h = 40 * s
        table_y = footer_y - 2 - table_h
        boxes["table"] = (m, table_y, side_x - 4 - m, table_h)
        boxes["table_title"] = (m, table_y - 5 * f, side_x - 4 - m, 4.8 * f)
        map_x, map_y = m + ann, top + 1
        map_w = side_x - 4 - map_x
        map_h = table_y - 5 * f - ann - 1 - map_y
        boxes["inset_title"] = (side_x, top + 1, side_w, 4.8 * f)
        inset_h = side_w * 0.5
        boxes["inset"] = (side_x, top + 1 + 5 * f, side_w, inset_h)
        legend_y = top + 1 + 5 * f + inset_h + 3
        boxes["legend"] = (side_x, legend_y, side_w, footer_y - 2 - legend_y)
        boxes["legend_columns"] = 1
    else:
        map_x, map_y = m + ann, top + 1
        map_w = width - m - map_x
        map_h = 0.42 * height
        row_y = map_y + map_h + ann + 2
        inset_w = 0.42 * (width - 2 * m)
        row_h = 55 * s
        boxes["inset_title"] = (m, row_y, inset_w, 4.8 * f)
        boxes["inset"] = (m, row_y + 5 * f, inset_w, row_h - 5 * f)
        boxes["legend"] = (m + inset_w + 4, row_y, width - 2 * m - inset_w - 4, row_h)
        boxes["legend_columns"] = 2
        table_y = row_y + row_h + 3 + 5 * f
        boxes["table_title"] = (m, table_y - 5 * f, width - 2 * m, 4.8 * f)
        boxes["table"] = (m, table_y, width - 2 * m, footer_y - 2 - table_y)
    boxes["map"] = (map_x, map_y, map_w, map_h)
    boxes["north_arrow"] = (map_x + map_w - 11 * s, map_y + 2 * s, 9 * s, 13 * s)
    boxes["scalebar"] = (map_x + 2 * s, map_y + map_h - 10 * f, 50 * f, 8 * f)
    return boxes


def table_rows(paper: str, orientation: str, lines: int = 1) -> int:
    """How many facility rows of `lines` text lines fit in the sheet's table frame, below a three-line header."""
    boxes = sheet_boxes(paper, orientation)
    f = boxes["font_scale"]
    return max(1, int((boxes["table"][3] - 9 * f) / ((1.3 + 2.5 * lines) * f)))
