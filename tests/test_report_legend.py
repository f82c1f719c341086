"""The legend of reports and notes, measured on the rendered page in every QGIS version the
matrix runs: each label centred on its symbol, room under a layer's heading, the heading on the
reading side. On QGIS 3.40 the Arabic labels stood 0.65 mm above their symbols and the zoning
heading 1.1 mm over its first item; in every version the Arabic heading sat on the left."""

import numpy
import pytest
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutItemLegend,
    QgsProject,
    QgsRectangle,
    QgsRendererCategory,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor, QImage

from agence_urbaine.core import report

DPI = 400
PX_PER_MM = DPI / 25.4
ZONES = {  # code: (fill, French label, Arabic label)
    "R+4": ("#f5d7ae", "R+4 — Zone d'immeubles", "منطقة العمارات — R+4"),
    "V": ("#c8e3b8", "V — Zone de villas", "منطقة الفيلات — V"),
}


def _legend_image(language: str) -> numpy.ndarray:
    """The legend of a report map with a categorised zoning layer, as an RGB array."""
    project = QgsProject()
    layer = QgsVectorLayer("Polygon?crs=EPSG:26191&field=zone:string",
                           "التنطيق" if language == "ar" else "Zonage", "memory")
    features = []
    for index, code in enumerate(ZONES):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([code])
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(index * 50, 0, index * 50 + 50, 50)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.setRenderer(QgsCategorizedSymbolRenderer("zone", [
        QgsRendererCategory(code, QgsFillSymbol.createSimple({"color": fill, "outline_color": "#777777"}),
                            arabic if language == "ar" else french)
        for code, (fill, french, arabic) in ZONES.items()]))
    project.addMapLayer(layer)
    page = report._Page(project, language)
    page.map(project, [layer], QgsRectangle(0, 0, 100, 50), QgsCoordinateReferenceSystem("EPSG:26191"), 60.0)
    [legend] = [item for item in page.layout.items() if isinstance(item, QgsLayoutItemLegend)]
    image = QgsLayoutExporter(page.layout).renderPageToImage(0, dpi=DPI)
    box = legend.sceneBoundingRect()
    image = image.copy(int(box.x() * PX_PER_MM), int(box.y() * PX_PER_MM), int(box.width() * PX_PER_MM),
                       int(box.height() * PX_PER_MM)).convertToFormat(QImage.Format.Format_RGB888)
    pointer = image.constBits()
    pointer.setsize(image.sizeInBytes())
    rows = numpy.frombuffer(pointer, numpy.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, :image.width() * 3].reshape(image.height(), image.width(), 3).copy()


def _runs(rows: numpy.ndarray) -> list[tuple[int, int]]:
    """Runs of consecutive row numbers (gaps under 0.4 mm join): the lines of text."""
    runs = []
    for row in rows:
        if runs and row - runs[-1][1] <= 0.4 * PX_PER_MM:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


def _measure(pixels: numpy.ndarray) -> dict:
    ink = pixels.max(axis=2) < 100  # dark text
    symbols = {}
    for code, (fill, _, _) in ZONES.items():
        colour = QColor(fill)
        mask = (numpy.abs(pixels.astype(int) - [colour.red(), colour.green(), colour.blue()]).max(axis=2) < 6)
        ys, xs = numpy.nonzero(mask)
        symbols[code] = (ys.min(), ys.max(), xs.min(), xs.max())
    lines = {}
    for code, (top, bottom, left, right) in symbols.items():
        outside = ink.copy()
        outside[:, max(0, left - 8):right + 9] = False  # the symbol's outline is dark too
        runs = _runs(numpy.nonzero(outside.any(axis=1))[0])
        centre = (top + bottom) / 2
        first, last = min(runs, key=lambda run: abs((run[0] + run[1]) / 2 - centre))
        lines[code] = ((first + last) / 2 - centre) / PX_PER_MM
    first_top = min(top for top, _, _, _ in symbols.values())
    heading = [run for run in _runs(numpy.nonzero(ink.any(axis=1))[0]) if run[1] < first_top][-1]
    columns = numpy.nonzero(ink[heading[0]:heading[1] + 1].any(axis=0))[0]
    return {"label_offsets_mm": lines, "heading_gap_mm": (first_top - heading[1]) / PX_PER_MM,
            "heading_margins_mm": (columns.min() / PX_PER_MM, (pixels.shape[1] - columns.max()) / PX_PER_MM)}


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_legend_labels_sit_on_their_symbols_under_a_spaced_heading_on_the_reading_side(qgis_app, language):
    measured = _measure(_legend_image(language))
    for code, offset in measured["label_offsets_mm"].items():
        assert abs(offset) <= 0.45, (code, measured)
    assert measured["heading_gap_mm"] >= 1.5, measured
    left, right = measured["heading_margins_mm"]
    assert (right < left) if language == "ar" else (left < right), measured
