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
    QgsFeatureRenderer,
    QgsFillSymbol,
    QgsProcessingLayerPostProcessorInterface,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
)

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


class _Styler(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, renderer: Callable[[], QgsFeatureRenderer]) -> None:
        super().__init__()
        self.renderer = renderer

    def postProcessLayer(self, layer, context, feedback):
        layer.setRenderer(self.renderer())
        layer.triggerRepaint()
        _ALIVE.discard(self)


def style_on_load(context, destination: str, renderer: Callable[[], QgsFeatureRenderer]) -> None:
    """Give the output ``destination`` the renderer made by ``renderer()`` once it is loaded, if it is."""
    if not destination or not context.willLoadLayerOnCompletion(destination):
        return
    styler = _Styler(renderer)
    _ALIVE.add(styler)
    context.layerToLoadOnCompletionDetails(destination).setPostProcessor(styler)
