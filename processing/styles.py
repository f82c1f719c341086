"""Styles given to an algorithm's output layers when they are loaded (dialog, models, scripts, dock).

An algorithm calls :func:`style_on_load` for an output in ``processAlgorithm``; QGIS runs the
post-processor in the main thread once the layer is loaded into the project, whoever started the
algorithm. The renderer is built there, not in the algorithm's worker thread. Colours say the
verdict the same way in every output: green for what is fine, orange for what is over a tolerance,
red for what has no right to be there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsEditorWidgetSetup,
    QgsFeatureRenderer,
    QgsFillSymbol,
    QgsLinePatternFillSymbolLayer,
    QgsLineSymbol,
    QgsPalLayerSettings,
    QgsProcessingLayerPostProcessorInterface,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor

GREEN, ORANGE, RED, BLUE = "#33a02c", "#ff7f00", "#e31a1c", "#1f78b4"

_ALIVE: set = set()
"""Post-processors waiting for their layer: QGIS holds them by a plain pointer, so Python must."""


def fill(color: str, opacity: float = 0.6) -> QgsFillSymbol:
    """A polygon fill of ``color`` (see-through by ``opacity``) with a darker outline."""
    symbol = QgsFillSymbol.createSimple({"color": color, "outline_color": color, "outline_width": "0.4"})
    fill_color = symbol.color()
    fill_color.setAlphaF(opacity)
    symbol.setColor(fill_color)
    symbol.symbolLayer(0).setStrokeColor(fill_color.darker(150))
    return symbol


def outline(color: str) -> QgsFillSymbol:
    """No fill, a dashed outline: for something expected but not (yet) there."""
    return QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": color, "outline_style": "dash",
                                       "outline_width": "0.8"})


def categorized(field: str,
                categories: Sequence[tuple[str, str, QgsFillSymbol]]) -> QgsCategorizedSymbolRenderer:
    """One category per (value, translated label, symbol) of ``field``; other values are not drawn."""
    return QgsCategorizedSymbolRenderer(field, [QgsRendererCategory(value, symbol, label)
                                                for value, label, symbol in categories])


def single(symbol: QgsFillSymbol) -> QgsSingleSymbolRenderer:
    return QgsSingleSymbolRenderer(symbol)


def hatched(color: str) -> QgsFillSymbol:
    """A light fill of ``color`` crossed by diagonal lines: a part that breaks a rule."""
    symbol = fill(color, 0.25)
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(45)
    hatch.setDistance(1.2)
    hatch.setSubSymbol(QgsLineSymbol.createSimple({"color": color, "width": "0.35"}))
    symbol.appendSymbolLayer(hatch)
    return symbol


def label_with(layer, field: str, size: float = 8.0) -> None:
    """Label ``layer``'s features with ``field``, dark text on a white halo (readable on any fill)."""
    if layer.fields().indexOf(field) < 0:
        return
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    text = QgsTextFormat()
    text.setSize(size)
    text.setColor(QColor("#111111"))
    halo = QgsTextBufferSettings()
    halo.setEnabled(True)
    halo.setSize(0.8)
    text.setBuffer(halo)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def describe_fields(layer, aliases: dict[str, str], decimals: dict[str, int] | None = None) -> None:
    """Translated aliases (the attribute table and forms show them), and numbers shown with
    ``decimals`` digits in the user's locale (0,57 in French, not 0.5714285714)."""
    fields = layer.fields()
    for name, alias in aliases.items():
        index = fields.indexOf(name)
        if index >= 0:
            layer.setFieldAlias(index, alias)
    for name, digits in (decimals or {}).items():
        index = fields.indexOf(name)
        if index >= 0:
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("Range", {
                "Precision": digits, "Style": "SpinBox", "AllowNull": True,
                "Min": -1e15, "Max": 1e15, "Step": 10 ** -digits}))


class _Styler(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, apply: Callable) -> None:
        super().__init__()
        self.apply = apply

    def postProcessLayer(self, layer, context, feedback):
        self.apply(layer)
        layer.triggerRepaint()
        _ALIVE.discard(self)


def apply_on_load(context, destination: str, apply: Callable) -> None:
    """Call ``apply(layer)`` on the output ``destination`` once it is loaded, if it is (in the main
    thread, whoever started the algorithm: dialog, model, script or the dock)."""
    if not destination or not context.willLoadLayerOnCompletion(destination):
        return
    styler = _Styler(apply)
    _ALIVE.add(styler)
    context.layerToLoadOnCompletionDetails(destination).setPostProcessor(styler)


def style_on_load(context, destination: str, renderer: Callable[[], QgsFeatureRenderer]) -> None:
    """Give the output ``destination`` the renderer made by ``renderer()`` once it is loaded, if it is."""
    apply_on_load(context, destination, lambda layer: layer.setRenderer(renderer()))
