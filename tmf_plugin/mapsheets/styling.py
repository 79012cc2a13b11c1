"""How the sheet layers look: QML styles, facility symbols by flag and THI, and labels from translated names."""

from __future__ import annotations

from qgis.core import (
    QgsDataDefinedSizeLegend,
    QgsFeatureRequest,
    QgsMarkerSymbol,
    QgsProperty,
    QgsSingleSymbolRenderer,
    QgsSizeScaleTransformer,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

from ..core import attributes
from ..core.gazetteer import LABEL_FIELD, Gazetteer
from ..paths import resource
from .coverage import FLAGS
from .texts import text


def apply_qml(layer: QgsVectorLayer, key: str) -> None:
    """The shipped sheet style of a layer role (sheet_<key>.qml), when there is one."""
    qml = resource("styles", f"sheet_{key}.qml")
    if qml.exists():
        layer.loadNamedStyle(str(qml))


def label_translated(layer: QgsVectorLayer) -> None:
    """Label from the translated name field when the layer has one, so the designer shows a plain field."""
    labeling = layer.labeling()
    if labeling is None or layer.fields().indexOf(LABEL_FIELD) < 0:
        return
    settings = labeling.settings()
    settings.fieldName = LABEL_FIELD
    settings.isExpression = False
    labeling.setSettings(settings)


def style_reference(layer: QgsVectorLayer, key: str) -> None:
    """A reference layer (rivers, lakes, places, regions, paths, ...) in its sheet style, labelled in the sheet
    language."""
    apply_qml(layer, key)
    label_translated(layer)


def style_facilities(layer: QgsVectorLayer, language: str, labels: bool, largest: float = 6.5) -> None:
    """Colour by transboundary flag, size by THI (with a size legend), labels in the sheet language."""
    apply_qml(layer, "facilities")
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
    values = [v for v in (f["thi"] for f in layer.getFeatures()) if attributes.text(v).strip()] \
        if layer.fields().indexOf("thi") >= 0 else []
    values = [float(v) for v in values]
    if values and max(values) > min(values):
        low, high = min(values), max(values)
        transformer = QgsSizeScaleTransformer(QgsSizeScaleTransformer.ScaleType.Linear, low, high, 2.0, largest, 2.0,
                                              1.0)
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


def style_countries(layer: QgsVectorLayer, language: str, gazetteer: Gazetteer) -> None:
    """Borders with the neighbours' names in capitals, in the sheet language."""
    apply_qml(layer, "countries")
    renderer = layer.renderer()
    if hasattr(renderer, "rootRule"):
        for rule in renderer.rootRule().children():
            rule.setLabel(gazetteer.localise("country", "Kazakhstan", language)
                          if "KAZ" in (rule.filterExpression() or "") else text(language, "other_countries"))
    if layer.fields().indexOf(LABEL_FIELD) < 0:
        layer.setLabelsEnabled(False)
        return
    labeling = layer.labeling()
    if labeling is not None:
        settings = labeling.settings()
        settings.fieldName = f'upper("{LABEL_FIELD}")'
        settings.isExpression = True
        labeling.setSettings(settings)


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


def colour(hex_code: str, alpha: int = 255):
    colour = QColor(hex_code)
    colour.setAlpha(alpha)
    return colour
