"""What differs between the QGIS and Qt versions the plugin runs on (3.22 to 4.x), in one place."""

from __future__ import annotations

from typing import Any

from qgis.core import Qgis, QgsField, QgsLayoutItemLabel, QgsLegendStyle, QgsRectangle, QgsTextFormat, QgsUnitTypes
from qgis.PyQt.QtCore import QMetaType, QVariant
from qgis.PyQt.QtGui import QColor, QFont

# Re-exported for the modules that make actions: Qt6 (QGIS 4) moved QAction from QtWidgets to QtGui.
try:
    from qgis.PyQt.QtGui import QAction
except ImportError:
    from qgis.PyQt.QtWidgets import QAction  # noqa: F401

QGIS_VERSION_INT: int = Qgis.QGIS_VERSION_INT

# QgsField takes and returns QMetaType.Type from 3.38 on; its QVariant.Type constructor is deprecated there and
# QVariant.Type does not exist in PyQt6 (QGIS 4).
FIELDS_USE_QMETATYPE = QGIS_VERSION_INT >= 33800
# Layout labels carry a QgsTextFormat from 3.24 on (font() / setFont() / setFontColor() deprecated).
LABELS_USE_TEXT_FORMAT = QGIS_VERSION_INT >= 32400
# Legend styles carry a QgsTextFormat from 3.30 on (QgsLegendStyle.font() and setStyleFont() deprecated).
LEGENDS_USE_TEXT_FORMAT = QGIS_VERSION_INT >= 33000
# QgsRectangle.setNull() replaces setMinimal() from 3.34 on.
RECTANGLE_HAS_SET_NULL = QGIS_VERSION_INT >= 33400

FieldKind = Any  # QMetaType.Type or QVariant.Type, whichever this QGIS uses for field types


class FieldType:
    """Field types as this QGIS's QgsField expects them; compare QgsField.type() with these."""

    if FIELDS_USE_QMETATYPE:
        String = QMetaType.Type.QString
        Int = QMetaType.Type.Int
        UInt = QMetaType.Type.UInt
        LongLong = QMetaType.Type.LongLong
        ULongLong = QMetaType.Type.ULongLong
        Double = QMetaType.Type.Double
        Bool = QMetaType.Type.Bool
        Date = QMetaType.Type.QDate
        DateTime = QMetaType.Type.QDateTime
        Time = QMetaType.Type.QTime
    else:
        # Qt5 only (QGIS < 3.38). QVariant's short names: QGIS 4 keeps these as aliases, QVariant.Type it does not.
        String = QVariant.String
        Int = QVariant.Int
        UInt = QVariant.UInt
        LongLong = QVariant.LongLong
        ULongLong = QVariant.ULongLong
        Double = QVariant.Double
        Bool = QVariant.Bool
        Date = QVariant.Date
        DateTime = QVariant.DateTime
        Time = QVariant.Time


INTEGER_TYPES = frozenset({FieldType.Int, FieldType.UInt, FieldType.LongLong, FieldType.ULongLong})


# Layer filters of the layer combo boxes are Qgis.LayerFilters from 3.34 on; an OR of two filters is a plain int
# there, which only the deprecated setFilters() overload accepts.
LAYER_FILTERS_TYPE = getattr(Qgis, "LayerFilters", None)


def layer_filters(*filters: Any) -> Any:
    """The filters of a QgsMapLayerComboBox allowing any of the given QgsMapLayerProxyModel.Filter members."""
    combined = LAYER_FILTERS_TYPE(filters[0]) if LAYER_FILTERS_TYPE is not None else filters[0]
    for member in filters[1:]:
        combined = combined | member
    return combined


def make_field(name: str, kind: FieldKind) -> QgsField:
    """A QgsField of one of the FieldType kinds."""
    return QgsField(name, kind)


def field_type_code(kind: FieldKind) -> int:
    """The number of a field type (the same under QVariant and QMetaType), e.g. to remember it in a dict."""
    value: Any = getattr(kind, "value", kind)
    return int(value)


def field_type_from_code(code: int) -> FieldKind:
    """The FieldType kind with that number (inverse of field_type_code)."""
    return type(FieldType.String)(int(code))


def null_rectangle() -> QgsRectangle:
    """An empty rectangle that combineExtentWith() grows from nothing."""
    rectangle = QgsRectangle()
    if RECTANGLE_HAS_SET_NULL:
        rectangle.setNull()
    else:
        rectangle.setMinimal()
    return rectangle


def _point_font(text_format: QgsTextFormat) -> QFont:
    font = QFont(text_format.font())
    font.setPointSizeF(text_format.size())
    return font


def _format_with(text_format: QgsTextFormat, font: QFont, color: QColor | None) -> QgsTextFormat:
    text_format.setFont(font)
    text_format.setSize(font.pointSizeF())
    text_format.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
    if color is not None:
        text_format.setColor(color)
    return text_format


def label_font(label: QgsLayoutItemLabel) -> QFont:
    """The font of a layout label, its size in points."""
    if LABELS_USE_TEXT_FORMAT:
        return _point_font(label.textFormat())
    return label.font()


def set_label_font(label: QgsLayoutItemLabel, font: QFont, color: QColor | None = None) -> None:
    """Give a layout label this font (size in points) and, when given, this colour."""
    if LABELS_USE_TEXT_FORMAT:
        label.setTextFormat(_format_with(label.textFormat(), font, color))
        return
    label.setFont(font)
    if color is not None:
        label.setFontColor(color)


def copy_label_style(source: QgsLayoutItemLabel, target: QgsLayoutItemLabel) -> None:
    """Give a layout label the font and colour of another."""
    if LABELS_USE_TEXT_FORMAT:
        target.setTextFormat(QgsTextFormat(source.textFormat()))
        return
    target.setFont(source.font())
    target.setFontColor(source.fontColor())


def legend_style_font(legend, style: QgsLegendStyle.Style) -> QFont:
    """The font of one component of a layout legend (title, group, symbol label...), its size in points."""
    if LEGENDS_USE_TEXT_FORMAT:
        return _point_font(legend.style(style).textFormat())
    return legend.style(style).font()


def set_legend_style_font(legend, style: QgsLegendStyle.Style, font: QFont) -> None:
    """Give one component of a layout legend this font (size in points)."""
    if LEGENDS_USE_TEXT_FORMAT:
        component = legend.style(style)
        component.setTextFormat(_format_with(component.textFormat(), font, None))
        legend.setStyle(style, component)
        return
    legend.setStyleFont(style, font)
