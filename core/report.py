"""PDF reports drawn with QGIS print layouts: conformity pages, batch summary, parcel notes.

Why print layouts and not HTML: the pages carry a real map (zoning, parcel, footprint, offending
parts) and must print at a known size; QgsLayoutItemManualTable gives per-cell colours and text
wrapping without QtWebKit. Text is exported as text (``TextFormatAlwaysText``) so the PDFs can be
searched, copied and tested with ``pdftotext``.

Privacy: pages show only the application id, parcel, zones, rules and verdicts. Nothing here reads
applicant fields (name, CIN, phone…): the engine's result does not carry them, and the context
layers are only drawn, never labelled, except the zoning with its zone code.

Language: every page is built inside :func:`i18n.use_language`, so rule labels, verdicts and
headings come from the French or Arabic catalogue whatever QGIS's locale. Arabic pages are laid
out right to left (tables mirrored, text right-aligned, a right-to-left mark leading each text)
in a font that has the Arabic glyphs. Messages of findings were worded by the engine when the
check ran and are printed as they are.

Files are written under a temporary name and renamed when complete: a cancelled or failed run
leaves no half-written PDF.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import shapely
from qgis.core import (
    Qgis,
    QgsBasicNumericFormat,
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItem,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLayoutUtils,
    QgsLegendStyle,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsTableCell,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase
from qgis.PyQt.QtWidgets import QGraphicsScene

from ..compat import (
    DistanceUnit,
    GeometryType,
    LegendComponent,
    RenderUnit,
    set_label_format,
    set_legend_format,
)
from .conformity import ApplicationResult, ConformityResult, Finding, feature_key
from .i18n import date_text, joined, number, percent, tr, unit, use_language
from .parcel_note import ParcelNote, rule_text, servitude_rule_text, servitude_text
from .regulation import Regulation
from .rules import A_VERIFIER, CONFORME, NON_CONFORME, RULE_TYPES, SERVITUDE_RULES, verdict_label

__all__ = ["ReportError", "ReportFiles", "write_conformity_reports", "write_parcel_notes"]

PAGE_W, PAGE_H, MARGIN = 210.0, 297.0, 12.0
CELL_MARGIN, GRID, FOOTER, TITLE_SIZE = 1.0, 0.2, 6.0, 10.5
LEGEND_CHARS = 32
BODY_W = PAGE_W - 2 * MARGIN
RLM = "\u200f"
VERDICT_COLOURS = {  # text, background
    CONFORME: ("#146c2e", "#dcf1e2"),
    NON_CONFORME: ("#a4161a", "#fbdcdc"),
    A_VERIFIER: ("#8a4b00", "#fdeccb"),
}
ZONE_PALETTE = ("#f6d8ae", "#c9e4b4", "#b9d7f0", "#e8c1e0", "#f3f0a8", "#c6e8e3", "#e2d1bd",
                "#d3d3f3", "#f1c4b8", "#d8e8a8")
FONTS = {
    # Noto Sans Arabic first: Noto Naskh Arabic declares no cap height (0), and QGIS 3.40's
    # legend, which centres labels on their symbols from the font's metrics, put every Arabic
    # label 0.65 mm above its symbol (measured: tests/test_report_legend.py)
    "ar": ("Noto Sans Arabic", "Noto Naskh Arabic", "DejaVu Sans"),
    "": ("Noto Sans", "DejaVu Sans", "Liberation Sans"),
}


class ReportError(RuntimeError):
    """A PDF could not be written (the message names the file)."""


@dataclass
class ReportFiles:
    """Paths of the PDFs written: one page per application, and the batch summary.

    ``summary`` is empty when the run was cancelled before the summary was written.
    """

    pages: list[str] = field(default_factory=list)
    summary: str = ""


# --------------------------------------------------------------------------- small helpers


def safe_name(value: Any) -> str:
    """A file-name-safe form of an id (letters, digits, '-', '_', '.' kept)."""
    text = re.sub(r"[^\w.\-]+", "_", str(value), flags=re.UNICODE).strip("._")
    return text or "sans_id"




def _wrap(text: str, width: int) -> str:
    """``text`` broken into lines of at most ``width`` characters at spaces (legend labels)."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join([*lines, line]) if line else text


def _unique(path: str, taken: list[str]) -> str:
    """``path``, or ``<stem>_2.pdf``… when two ids give the same file name in this run."""
    stem, extension = os.path.splitext(path)
    candidate, number = path, 1
    while candidate in taken:
        number += 1
        candidate = f"{stem}_{number}{extension}"
    return candidate


def _font_family(language: str) -> str:
    families = set(QFontDatabase().families())
    for name in FONTS.get(language, FONTS[""]):
        if name in families:
            return name
    return QFont().defaultFamily()


def _qgs_geometry(geometry: Any) -> QgsGeometry:
    """QgsGeometry from a shapely one via 2-D WKB. Two dimensions explicitly: under qgis_process,
    shapely's default (3, or 4 with GEOS 3.12+) reaches QGIS's older GEOS, which rejects it."""
    result = QgsGeometry()
    result.fromWkb(shapely.to_wkb(geometry, output_dimension=2))
    return result


def _shapely(geometry: QgsGeometry) -> Any:
    return None if geometry is None or geometry.isNull() else shapely.from_wkb(bytes(geometry.asWkb()))


def _write_pdf(layout: QgsPrintLayout, path: str) -> str:
    """Export ``layout`` to ``path`` through a temporary file renamed when complete."""
    folder, name = os.path.split(path)
    temporary = os.path.join(folder, f".{name}.{os.getpid()}.part")
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
    settings.dpi = 150
    settings.forceVectorOutput = True
    try:
        outcome = QgsLayoutExporter(layout).exportToPdf(temporary, settings)
        if outcome != QgsLayoutExporter.ExportResult.Success:
            raise ReportError(tr("Could not write the PDF {path} (layout export error {code}).").format(
                path=path, code=int(outcome)))
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
    return path


# --------------------------------------------------------------------------- page building


class _Page:
    """A print layout filled top-down (A4 portrait, millimetres), left to right or right to left."""

    def __init__(self, project: QgsProject, language: str) -> None:
        self.layout = QgsPrintLayout(project)
        self.layout.initializeDefaults()
        self.layout.pageCollection().page(0).setPageSize("A4", QgsLayoutItemPage.Orientation.Portrait)
        # no item index: QGraphicsScene builds it from queued calls, which a background task's
        # thread (no event loop) never runs, and the page would be exported blank
        self.layout.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.rtl = language == "ar"
        self.family = _font_family(language)
        self.y = MARGIN
        self.page = 0

    # text ------------------------------------------------------------------------------------

    def text(self, value: str) -> str:
        """In Arabic, text holding Arabic letters starts with a right-to-left mark so that Qt lays
        the whole line out right to left; Latin-only text (ids, French labels) is left as is."""
        if self.rtl and any("\u0600" <= ch <= "\u06ff" for ch in value):
            return RLM + value
        return value

    def font(self, size: float, bold: bool = False) -> QFont:
        font = QFont(self.family)
        font.setPointSizeF(size)
        font.setBold(bold)
        return font

    def text_format(self, size: float, bold: bool = False, colour: str = "#1b1b1b") -> QgsTextFormat:
        text_format = QgsTextFormat()
        text_format.setFont(self.font(size, bold))
        text_format.setSize(size)
        text_format.setSizeUnit(RenderUnit.Points)
        text_format.setColor(QColor(colour))
        return text_format

    def x(self, left: float, width: float) -> float:
        """``left`` measured from the reading start of the page (the right edge in Arabic)."""
        return PAGE_W - left - width if self.rtl else left

    def label(self, value: str, size: float = 9, bold: bool = False, colour: str = "#1b1b1b",
              height: float | None = None, background: str | None = None, left: float = MARGIN,
              width: float = BODY_W, advance: bool = True) -> QgsLayoutItemLabel:
        item = QgsLayoutItemLabel(self.layout)
        item.setText(self.text(value))
        set_label_format(item, self.text_format(size, bold, colour))
        item.setHAlign(Qt.AlignmentFlag.AlignRight if self.rtl else Qt.AlignmentFlag.AlignLeft)
        item.setVAlign(Qt.AlignmentFlag.AlignVCenter if background else Qt.AlignmentFlag.AlignTop)
        item.setMarginX(2.0 if background else 0.0)
        item.setMarginY(1.0 if background else 0.0)
        if background:
            item.setBackgroundEnabled(True)
            item.setBackgroundColor(QColor(background))
        height = height or self._text_height(value, size, width)
        if height > self.remaining():
            self.new_page()
        self.layout.addLayoutItem(item)
        item.attemptMove(QgsLayoutPoint(self.x(left, width), self.y), page=self.page)
        item.attemptResize(QgsLayoutSize(width, height))
        if advance:
            self.y += height
        return item

    def _text_height(self, value: str, size: float, width: float) -> float:
        """Height of ``value`` wrapped at word boundaries in ``width`` mm, measured with the font."""
        font = self.font(size)
        lines = 0
        for paragraph in value.split("\n"):
            line, lines = "", lines + 1
            for word in paragraph.split():
                candidate = f"{line} {word}" if line else word
                if line and QgsLayoutUtils.textWidthMM(font, candidate) > width - 1.0:
                    line, lines = word, lines + 1
                else:
                    line = candidate
        return QgsLayoutUtils.textHeightMM(font, "\n".join(["Ag"] * max(lines, 1))) + 1.0

    def heading(self, value: str, room: float = 28.0) -> None:
        """A section heading, moved to a new page with its section when less than ``room`` is left."""
        if self.remaining() < room:
            self.new_page()
        self.label(value, size=TITLE_SIZE, bold=True)
        self.space(1.0)

    def space(self, height: float) -> None:
        self.y += height

    def new_page(self) -> None:
        page = QgsLayoutItemPage(self.layout)
        page.setPageSize("A4", QgsLayoutItemPage.Orientation.Portrait)
        self.layout.pageCollection().addPage(page)
        self.page += 1
        self.y = MARGIN

    def remaining(self) -> float:
        return PAGE_H - MARGIN - FOOTER - self.y

    # tables ----------------------------------------------------------------------------------

    def table(self, headers: list[str], rows: list[list[Any]], widths: list[float], size: float = 7.5,
              extend: bool = False, title: str = "") -> None:
        """A table of ``rows`` (each cell text, or (text, verdict) for a coloured cell), under an
        optional ``title`` kept on the same page as the table."""
        if self.rtl:
            headers, widths = headers[::-1], widths[::-1]
            rows = [row[::-1] for row in rows]
        table = QgsLayoutItemManualTable.create(self.layout)
        self.layout.addMultiFrame(table)
        table.setContentTextFormat(self.text_format(size))
        table.setHeaderTextFormat(self.text_format(size, bold=True))
        alignment = QgsLayoutTable.HeaderHAlignment
        table.setHeaderHAlignment(alignment.HeaderRight if self.rtl else alignment.HeaderLeft)
        table.setWrapBehavior(QgsLayoutTable.WrapBehavior.WrapText)
        table.setCellMargin(CELL_MARGIN)
        table.setGridStrokeWidth(GRID)
        table.setGridColor(QColor("#9a9a9a"))
        table.setIncludeTableHeader(True)
        # QGIS adds the cell margins and the grid to each column's width: take them off.
        inner = [width - 2 * CELL_MARGIN - GRID for width in widths]
        columns = []
        for heading, width in zip(headers, inner):
            column = QgsLayoutTableColumn(self.text(heading))
            column.setWidth(width)
            column.setHAlignment(Qt.AlignmentFlag.AlignRight if self.rtl else Qt.AlignmentFlag.AlignLeft)
            columns.append(column)
        table.setHeaders(columns)
        table.setColumnWidths(inner)
        table.setTableContents([[self._cell(value, size) for value in row] for row in rows])
        frame = QgsLayoutFrame(self.layout, table)
        table.addFrame(frame)
        needed = _table_height(self.layout, table, len(rows), PAGE_H)
        title_height = self._text_height(title, TITLE_SIZE, BODY_W) + 1.0 if title else 0.0
        whole = needed + title_height
        fits_on_a_page = whole <= PAGE_H - 2 * MARGIN - FOOTER
        if whole > self.remaining() and ((fits_on_a_page and not extend) or self.remaining() < 40):
            self.new_page()
        if title:
            self.label(title, size=TITLE_SIZE, bold=True)
            self.space(1.0)
        height = min(needed, self.remaining())
        frame.attemptMove(QgsLayoutPoint(self.x(MARGIN, sum(widths)), self.y), page=self.page)
        frame.attemptResize(QgsLayoutSize(sum(widths) + GRID, height))
        if needed > height:
            table.setResizeMode(QgsLayoutMultiFrame.ResizeMode.ExtendToNextPage)
            table.recalculateFrameSizes()
            self._place_continuation_frames(table, sum(widths) + GRID)
            self.page = self.layout.pageCollection().pageCount() - 1
            self.y = PAGE_H  # the table ran over: what follows starts on a new page
        else:
            self.y += height
        self.y += 3.0

    def _place_continuation_frames(self, table: QgsLayoutTable, width: float) -> None:
        """Frames QGIS added on new pages start at the page's top edge: move them inside the margins."""
        collection = self.layout.pageCollection()
        for index in range(1, table.frameCount()):
            frame = table.frame(index)
            page = collection.pageNumberForPoint(frame.pos())
            frame.attemptMove(QgsLayoutPoint(self.x(MARGIN, width), MARGIN), page=page)
            frame.attemptResize(QgsLayoutSize(width, PAGE_H - 2 * MARGIN - FOOTER))

    def _cell(self, value: Any, size: float) -> QgsTableCell:
        verdict = None
        if isinstance(value, tuple):
            value, verdict = value
        cell = QgsTableCell(self.text(str(value)))
        cell.setHorizontalAlignment(Qt.AlignmentFlag.AlignRight if self.rtl else Qt.AlignmentFlag.AlignLeft)
        cell.setVerticalAlignment(Qt.AlignmentFlag.AlignVCenter)
        if verdict in VERDICT_COLOURS:
            foreground, background = VERDICT_COLOURS[verdict]
            cell.setBackgroundColor(QColor(background))
            cell.setTextFormat(self.text_format(size, bold=True, colour=foreground))
        return cell

    # map -------------------------------------------------------------------------------------

    def map(self, project: QgsProject, layers: list[QgsVectorLayer], extent: QgsRectangle,
            crs: QgsCoordinateReferenceSystem, height: float, map_width: float = 128.0) -> None:
        """Map of ``layers`` (top first) at ``extent``, with legend and scale bar beside it."""
        item = QgsLayoutItemMap(self.layout)
        item.setCrs(crs)
        item.setFrameEnabled(True)
        item.setFrameStrokeWidth(QgsLayoutMeasurement(0.3))
        self.layout.addLayoutItem(item)
        item.attemptMove(QgsLayoutPoint(self.x(MARGIN, map_width), self.y), page=self.page)
        item.attemptResize(QgsLayoutSize(map_width, height))
        item.setLayers(layers)
        item.setKeepLayerSet(True)
        item.setExtent(_fit(extent, map_width / height))
        side_left = MARGIN + map_width + 4.0
        self._legend(item, layers, side_left)
        self._scale_bar(item, self.x(MARGIN, map_width), map_width, height)
        self.y += height + 4.0

    def _legend(self, item: QgsLayoutItemMap, layers: list[QgsVectorLayer], left: float) -> None:
        legend = QgsLayoutItemLegend(self.layout)
        legend.setTitle(self.text(tr("Legend")))
        legend.setLinkedMap(item)
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        root.removeAllChildren()
        for layer in layers:
            root.addLayer(layer).setName(self.text(_wrap(layer.name(), LEGEND_CHARS)))
        legend.setLegendFilterByMapEnabled(True)
        for component in (LegendComponent.Title, LegendComponent.SymbolLabel, LegendComponent.Subgroup):
            set_legend_format(legend, component, self.text_format(
                9 if component == LegendComponent.Title else 7, component != LegendComponent.SymbolLabel,
                colour="#000000"))
        if self.rtl:
            legend.setSymbolAlignment(Qt.AlignmentFlag.AlignRight)
            legend.setTitleAlignment(Qt.AlignmentFlag.AlignRight)
            for component in (LegendComponent.Group, LegendComponent.Subgroup):  # a layer's heading
                legend.rstyle(component).setAlignment(Qt.AlignmentFlag.AlignRight)
        # room under a layer's heading: QGIS 3.40 measures text lower than 3.22 and left 1.1 mm
        legend.rstyle(LegendComponent.Subgroup).setMargin(QgsLegendStyle.Side.Bottom, 0.8)
        legend.setSymbolHeight(3.5)
        legend.setSymbolWidth(6.0)
        legend.setResizeToContents(True)
        legend.setWrapString("\n")
        self.layout.addLayoutItem(legend)
        if self.rtl:  # anchored at its right edge, next to the map, growing towards the margin
            legend.rstyle(LegendComponent.SymbolLabel).setAlignment(Qt.AlignmentFlag.AlignRight)
            legend.setReferencePoint(QgsLayoutItem.ReferencePoint.UpperRight)
            legend.attemptMove(QgsLayoutPoint(PAGE_W - left, self.y), page=self.page)
        else:
            legend.attemptMove(QgsLayoutPoint(left, self.y), page=self.page)
        legend.adjustBoxSize()

    def _scale_bar(self, item: QgsLayoutItemMap, map_x: float, map_width: float, height: float) -> None:
        """Scale bar in the map's bottom corner on the reading-start side, on a white box."""
        bar = QgsLayoutItemScaleBar(self.layout)
        bar.setStyle("Single Box")
        bar.setLinkedMap(item)
        bar.setUnits(DistanceUnit.Meters)
        bar.setNumberOfSegments(2)
        bar.setNumberOfSegmentsLeft(0)
        bar.setUnitsPerSegment(10.0)
        bar.setTextFormat(self.text_format(7))
        # whole metres, no thousands separator: the default format, with an Arabic QGIS locale,
        # wrote "0٫000000 10٫000000 20٫000000" (six decimals kept, labels running into each other)
        numbers = QgsBasicNumericFormat()
        numbers.setNumberDecimalPlaces(0)
        numbers.setShowTrailingZeros(False)
        numbers.setShowThousandsSeparator(False)
        bar.setNumericFormat(numbers)
        bar.setBackgroundEnabled(True)
        bar.setBackgroundColor(QColor(255, 255, 255, 220))
        bar.setBoxContentSpace(1.0)
        self.layout.addLayoutItem(bar)
        bar.applyDefaultSize()
        bar.setUnitLabel(unit("m"))  # after applyDefaultSize, which resets it to "m"
        bar.resizeToMinimumWidth()
        size = bar.sizeWithUnits()
        x = map_x + map_width - size.width() - 2.0 if self.rtl else map_x + 2.0
        bar.attemptMove(QgsLayoutPoint(x, self.y + height - size.height() - 2.0), page=self.page)

    def footer(self, value: str) -> None:
        for index in range(self.layout.pageCollection().pageCount()):
            item = QgsLayoutItemLabel(self.layout)
            item.setText(self.text(value))
            set_label_format(item, self.text_format(6.5, colour="#6b6b6b"))
            item.setHAlign(Qt.AlignmentFlag.AlignRight if self.rtl else Qt.AlignmentFlag.AlignLeft)
            self.layout.addLayoutItem(item)
            item.attemptMove(QgsLayoutPoint(MARGIN, PAGE_H - MARGIN - 3.5), page=index)
            item.attemptResize(QgsLayoutSize(BODY_W, 4.0))

def _table_height(layout: QgsPrintLayout, table: QgsLayoutTable, rows: int, limit: float) -> float:
    """Smallest frame height (mm, to 0.25 mm) showing the header and all ``rows``, as QGIS lays
    them out (wrapped text included); ``limit`` when even that is too small."""
    context = QgsLayoutUtils.createRenderContextForLayout(layout, None)

    def fits(height: float) -> bool:
        return table.rowsVisible(context, height, 0, True, False) >= rows

    if not fits(limit):
        return limit
    low, high = 0.0, limit
    while high - low > 0.25:
        middle = (low + high) / 2
        low, high = (low, middle) if fits(middle) else (middle, high)
    return high + 0.3


# --------------------------------------------------------------------------- map layers


def _fill(colour: str, outline: str, width: float = 0.2, alpha: int = 255, style: str = "solid",
          outline_style: str = "solid") -> QgsFillSymbol:
    fill = QColor(colour)
    fill.setAlpha(alpha)
    return QgsFillSymbol.createSimple({
        "color": ",".join(str(c) for c in fill.getRgb()), "outline_color": outline,
        "outline_width": str(width), "style": style, "outline_style": outline_style,
    })


def _memory_layer(name: str, crs: str, geometries: Iterable[Any]) -> list[QgsVectorLayer]:
    """Memory layers (one per geometry dimension present) of shapely ``geometries`` via WKB."""
    by_kind: dict[str, list[QgsGeometry]] = {}
    for geometry in geometries:
        if geometry is None or shapely.is_empty(geometry):
            continue
        kind = {0: "MultiPoint", 1: "MultiLineString"}.get(shapely.get_dimensions(geometry), "MultiPolygon")
        qgs = _qgs_geometry(geometry)
        qgs.convertToMultiType()
        by_kind.setdefault(kind, []).append(qgs)
    layers = []
    for kind, items in by_kind.items():
        layer = QgsVectorLayer(f"{kind}?crs={crs}", name, "memory")
        features = []
        for qgs in items:
            feature = QgsFeature()
            feature.setGeometry(qgs)
            features.append(feature)
        layer.dataProvider().addFeatures(features)
        layer.updateExtents()
        layers.append(layer)
    return layers


def _style(layer: QgsVectorLayer, fill: str, outline: str, width: float = 0.3, alpha: int = 255,
           style: str = "solid", outline_style: str = "solid") -> QgsVectorLayer:
    geometry = layer.geometryType()
    if geometry == GeometryType.Polygon:
        symbol = _fill(fill, outline, width, alpha, style, outline_style)
    elif geometry == GeometryType.Line:
        symbol = QgsLineSymbol.createSimple({"line_color": outline, "line_width": str(max(width, 0.5)),
                                             "line_style": outline_style})
    else:
        symbol = QgsMarkerSymbol.createSimple({"color": fill, "outline_color": outline, "size": "2.5"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


def _zone_field(layer: QgsVectorLayer, wanted: str) -> str | None:
    names = layer.fields().names()
    if wanted in names:
        return wanted
    lowered = {name.lower(): name for name in names}
    for candidate in ("zone", "code", "zonage", "zone_code"):
        if candidate in lowered:
            return lowered[candidate]
    return None


def _zone_legend_label(code: str, regulation: Regulation) -> str:
    """``code — label`` in the current language, wrapped for the legend; the code alone if undeclared."""
    zone = regulation.zones.get(code)
    return _wrap(f"{code} — {zone.label_text()}" if zone else code, LEGEND_CHARS)


def _style_zoning(layer: QgsVectorLayer, regulation: Regulation, zone_field: str) -> QgsVectorLayer:
    name = _zone_field(layer, zone_field)
    if name is None:
        return _style(layer, "#eeeeee", "#8c8c8c", 0.2)
    codes = list(regulation.zones)
    codes += sorted(str(v) for v in layer.uniqueValues(layer.fields().indexOf(name))
                    if v is not None and str(v) not in codes and not _is_null(v))
    categories = []
    for index, code in enumerate(codes):
        symbol = _fill(ZONE_PALETTE[index % len(ZONE_PALETTE)], "#7a7a7a", 0.2)
        categories.append(QgsRendererCategory(code, symbol, _zone_legend_label(code, regulation)))
    layer.setRenderer(QgsCategorizedSymbolRenderer(name, categories))
    settings = QgsPalLayerSettings()
    settings.fieldName = name
    settings.enabled = True
    text_format = QgsTextFormat()
    text_format.setFont(QFont(_font_family("")))
    text_format.setSize(8)
    text_format.setColor(QColor("#5a5a5a"))
    settings.setFormat(text_format)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    return layer


def _is_null(value: Any) -> bool:
    return hasattr(value, "isNull") and value.isNull()


class _Context:
    """The context layers copied into a private project, in the plan CRS, restricted to ``area``."""

    def __init__(self, regulation: Regulation, layers: dict[str, QgsVectorLayer], area: QgsRectangle,
                 zone_field: str, parcel_field: str) -> None:
        self.project = QgsProject()
        self.crs = QgsCoordinateReferenceSystem(regulation.crs)
        self.project.setCrs(self.crs)
        self.regulation = regulation
        self.parcel_field = parcel_field
        copies = {key: self._copy(layer, area) for key, layer in layers.items() if layer is not None}
        self.zoning = copies.pop("zoning", None)
        self.parcels = copies.pop("parcels", None)
        self.roads = copies.pop("roads", None)
        self.servitudes = {k: v for k, v in copies.items() if k in regulation.servitudes}
        if self.zoning is not None:
            _style_zoning(self.zoning, regulation, zone_field)
        if self.roads is not None:
            _style(self.roads, "#ffffff", "#b0b0b0", 0.2)
        if self.parcels is not None:
            _style(self.parcels, "#ffffff", "#6f6f6f", 0.15, alpha=0)
        self.name_layers()
        for index, (_, layer) in enumerate(sorted(self.servitudes.items())):
            colour = ("#6a3d9a", "#1f78b4", "#b15928", "#33a02c", "#e31a8c")[index % 5]
            _style(layer, colour, colour, 0.4, alpha=60, style="b_diagonal", outline_style="dash")
        for layer in self._all():
            self.project.addMapLayer(layer, False)
        self._parcel_geometries: dict[str, Any] | None = None
        self._by_location: list[Any] = []

    def name_layers(self) -> None:
        """Legend names in the current language (call again after switching language): layer
        names, servitude labels and the zones' labels."""
        for layer, name in ((self.zoning, tr("Zoning")), (self.roads, tr("Roads")),
                            (self.parcels, tr("Parcels"))):
            if layer is not None:
                layer.setName(name)
        for sid, layer in self.servitudes.items():
            layer.setName(self.regulation.servitudes[sid].label_text())
        renderer = self.zoning.renderer() if self.zoning is not None else None
        if isinstance(renderer, QgsCategorizedSymbolRenderer):
            for index, category in enumerate(renderer.categories()):
                label = _zone_legend_label(str(category.value()), self.regulation)
                renderer.updateCategoryLabel(index, label)

    def _copy(self, layer: QgsVectorLayer, area: QgsRectangle) -> QgsVectorLayer | None:
        if layer is None or not layer.isValid():
            return None
        request = QgsFeatureRequest().setDestinationCrs(self.crs, QgsProject.instance().transformContext())
        if not area.isEmpty():
            request.setFilterRect(self._to_layer(layer, area))
        copy = layer.materialize(request)
        if copy is None or not copy.isValid():
            return None
        copy.updateExtents()
        return copy

    def _to_layer(self, layer: QgsVectorLayer, area: QgsRectangle) -> QgsRectangle:
        if layer.crs() == self.crs or not layer.crs().isValid():
            return area
        transform = QgsCoordinateTransform(self.crs, layer.crs(), QgsProject.instance().transformContext())
        return transform.transformBoundingBox(area)

    def _all(self) -> list[QgsVectorLayer]:
        layers = [self.zoning, self.roads, self.parcels, *self.servitudes.values()]
        return [layer for layer in layers if layer is not None]

    def parcel(self, parcel_id: Any, near: Any = None) -> Any:
        """The parcel's shapely geometry: by id field, else the parcel under ``near``."""
        if self.parcels is None:
            return None
        if self._parcel_geometries is None:
            names = self.parcels.fields().names()
            index = names.index(self.parcel_field) if self.parcel_field in names else -1
            self._parcel_geometries = {}
            for feature in self.parcels.getFeatures():
                geometry = _shapely(feature.geometry())
                if geometry is None:
                    continue
                self._by_location.append(geometry)
                if index >= 0:
                    self._parcel_geometries.setdefault(feature_key(feature.attributes()[index]), geometry)
        found = self._parcel_geometries.get(feature_key(parcel_id))
        if found is None and near is not None and self._by_location:
            overlaps = [shapely.area(shapely.intersection(g, near)) for g in self._by_location]
            best = max(range(len(overlaps)), key=overlaps.__getitem__)
            found = self._by_location[best] if overlaps[best] > 0 else None
        return found

    def context_layers(self) -> list[QgsVectorLayer]:
        """Layers drawn under the page's own layers, top first."""
        layers = [*self.servitudes.values(), self.parcels, self.roads, self.zoning]
        return [layer for layer in layers if layer is not None]

    def add(self, layers: list[QgsVectorLayer]) -> None:
        for layer in layers:
            self.project.addMapLayer(layer, False)

    def remove(self, layers: list[QgsVectorLayer]) -> None:
        for layer in layers:
            self.project.removeMapLayer(layer.id())


def _extent(geometries: Iterable[Any], margin_ratio: float = 0.35, minimum: float = 40.0) -> QgsRectangle:
    present = [g for g in geometries if g is not None and not shapely.is_empty(g)]
    if not present:
        return QgsRectangle()
    xmin, ymin, xmax, ymax = shapely.total_bounds(present)
    pad = max(max(xmax - xmin, ymax - ymin) * margin_ratio, minimum / 2)
    return QgsRectangle(xmin - pad, ymin - pad, xmax + pad, ymax + pad)


def _fit(extent: QgsRectangle, ratio: float) -> QgsRectangle:
    """``extent`` grown around its centre to the width / height ``ratio`` of the map item."""
    width, height = extent.width(), extent.height()
    if width / height < ratio:
        width = height * ratio
    else:
        height = width / ratio
    centre = extent.center()
    return QgsRectangle(centre.x() - width / 2, centre.y() - height / 2,
                        centre.x() + width / 2, centre.y() + height / 2)


def _area_of_interest(geometries: Iterable[Any]) -> QgsRectangle:
    return _extent(geometries, 0.0, 400.0)


# --------------------------------------------------------------------------- conformity pages


def _format(finding: Finding, value: Any, regulation: Regulation | None = None) -> str:
    if finding.rule == "use" and isinstance(value, str) and regulation is not None:
        return _uses_text(value, regulation)
    if finding.rule == "zoning":
        return percent(value) if isinstance(value, float) else ("" if value is None else str(value))
    rule = RULE_TYPES.get(finding.rule)
    return rule.format_value(value) if rule is not None else ("—" if value is None else str(value))


def _uses_text(value: str, regulation: Regulation) -> str:
    """The engine's list of uses ("habitat, commerce") named in the report's language; a text that
    is not a list of the plan's uses (e.g. "any use not forbidden") is left as it is."""
    uses = value.split(", ")
    known = set(regulation.uses) | set(regulation.use_labels)
    if not all(use in known for use in uses):
        return value
    return joined(regulation.use_text(use) for use in uses)


def _finding_label(finding: Finding, regulation: Regulation) -> str:
    rule = RULE_TYPES.get(finding.rule)
    label = rule.label if rule is not None else finding.label
    if finding.rule in SERVITUDE_RULES and finding.subject in regulation.servitudes:
        return regulation.servitudes[finding.subject].label_text()
    return label


def _zones_text(zones: list[tuple[str, float]], regulation: Regulation) -> str:
    if not zones:
        return tr("no zone of the plan")
    parts = []
    for code, share in zones:
        label = regulation.zones[code].label_text() if code in regulation.zones else ""
        parts.append(f"{code} ({percent(share)})" + (f" — {label}" if label else ""))
    return " / ".join(parts)


def _verdict_line(application: ApplicationResult) -> str:
    text = tr("Verdict: {verdict}").format(verdict=verdict_label(application.verdict))
    counts = tr("{fail} rule(s) not compliant, {check} to be checked").format(
        fail=application.fail_count, check=application.check_count)
    return f"{text} — {counts}"


def _application_page(context: _Context, application: ApplicationResult, result: ConformityResult,
                      regulation: Regulation, language: str, today: str,
                      index: int) -> tuple[QgsPrintLayout, list[QgsVectorLayer]]:
    context.name_layers()
    page = _Page(context.project, language)
    page.label(tr("Permit conformity check — application {application}").format(
        application=application.application_id), size=15, bold=True)
    page.space(1.0)
    page.label(tr("Parcel {parcel} · {plan} · {date}").format(
        parcel=application.parcel_id if application.parcel_id is not None else "—",
        plan=regulation.name_text(), date=date_text(today)), size=8.5, colour="#444444")
    page.space(2.0)
    foreground, background = VERDICT_COLOURS[application.verdict]
    page.label(_verdict_line(application), size=11.5, bold=True, colour=foreground, height=9.0,
               background=background)
    page.space(1.5)
    page.label(tr("Zones: {zones}").format(zones=_zones_text(application.zones, regulation)), size=8.5)
    page.space(2.0)
    parcel = context.parcel(application.parcel_id, application.geometry)
    parts = result.offending_of(index)
    own = _page_layers(context.crs.authid(), parcel, application.geometry, [p.geometry for p in parts])
    context.add(own)
    extent = _extent([parcel, application.geometry])
    if not extent.isEmpty():
        page.map(context.project, own + context.context_layers(), extent, context.crs, 74.0)
    findings = result.findings_of(index)
    headers = [tr("Rule"), tr("Measured"), tr("Allowed"), tr("Verdict"), tr("Message")]
    rows = [[_finding_label(f, regulation), _format(f, f.measured), _format(f, f.allowed, regulation),
             (verdict_label(f.verdict), f.verdict), f.message] for f in findings]
    page.table(headers, rows, [34.0, 18.0, 20.0, 20.0, BODY_W - 92.0], size=7.0, extend=True)
    page.footer(tr("Agence Urbaine Numérique — automatic check against the regulation of {plan}; "
                   "the planner's review prevails.").format(plan=regulation.name_text()))
    return page.layout, own


def _page_layers(crs: str, parcel: Any, footprint: Any, offending: list[Any]) -> list[QgsVectorLayer]:
    layers = []
    for layer in _memory_layer(tr("Offending part"), crs, offending):
        layers.append(_style(layer, "#e0201b", "#a4161a", 0.5, alpha=170))
    for layer in _memory_layer(tr("Planned footprint"), crs, [footprint]):
        layers.append(_style(layer, "#4d4d4d", "#1b1b1b", 0.35, alpha=120))
    for layer in _memory_layer(tr("Parcel"), crs, [parcel]):
        layers.append(_style(layer, "#ffffff", "#0b4f9c", 0.8, alpha=0))
    return layers


def _summary_layout(context: _Context, result: ConformityResult, regulation: Regulation, language: str,
                    today: str) -> QgsPrintLayout:
    page = _Page(context.project, language)
    page.label(tr("Permit conformity check — summary"), size=15, bold=True)
    page.space(1.0)
    page.label(tr("{plan} · {date}").format(plan=regulation.name_text(), date=date_text(today)), size=8.5,
               colour="#444444")
    page.space(4.0)
    counts = {code: 0 for code in (CONFORME, NON_CONFORME, A_VERIFIER)}
    for application in result.applications:
        counts[application.verdict] = counts.get(application.verdict, 0) + 1
    rows = [[(verdict_label(code), code), str(count)] for code, count in counts.items()]
    rows.append([tr("Applications checked"), str(len(result.applications))])
    page.table([tr("Verdict"), tr("Applications")], rows, [45.0, 25.0], size=9)
    page.space(2.0)
    rows = []
    for index, application in enumerate(result.applications):
        findings = result.findings_of(index)
        failing = [_finding_label(f, regulation) for f in findings if f.verdict == NON_CONFORME]
        checking = [_finding_label(f, regulation) for f in findings if f.verdict == A_VERIFIER]
        rows.append([str(application.application_id),
                     "—" if application.parcel_id is None else str(application.parcel_id),
                     ", ".join(f"{c} ({percent(s)})" for c, s in application.zones) or "—",
                     (verdict_label(application.verdict), application.verdict),
                     ", ".join(dict.fromkeys(failing)) or "—", ", ".join(dict.fromkeys(checking)) or "—"])
    headers = [tr("Application"), tr("Parcel"), tr("Zones"), tr("Verdict"), tr("Rules not compliant"),
               tr("To be checked")]
    page.table(headers, rows, [22.0, 20.0, 30.0, 24.0, 45.0, BODY_W - 141.0], size=7.5, extend=True)
    if result.warnings:
        page.label(tr("Warnings"), size=9, bold=True)
        page.label("\n".join(result.warnings), size=7.5)
    page.footer(tr("Agence Urbaine Numérique — automatic check against the regulation of {plan}; "
                   "the planner's review prevails.").format(plan=regulation.name_text()))
    return page.layout


def write_conformity_reports(
    result: ConformityResult,
    regulation: Regulation,
    context_layers: dict[str, QgsVectorLayer],
    folder: str,
    language: str = "fr",
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
    zone_field: str = "zone",
    parcel_field: str = "parcel_id",
) -> ReportFiles:
    """One PDF page per application (``<application id>.pdf``) and ``summary.pdf`` in ``folder``.

    ``context_layers``: "zoning", "parcels", "roads" and servitude ids → layers, any missing.
    A cancel (``is_canceled()`` true) stops between pages and returns what was written (complete
    files only; no summary). Must run in the main thread (print layouts): algorithms calling it
    should declare ``FlagNoThreading``.
    """
    os.makedirs(folder, exist_ok=True)
    files = ReportFiles()
    today = date.today().isoformat()
    total = len(result.applications) + 1
    with use_language(language):
        area = _area_of_interest([a.geometry for a in result.applications])
        context = _Context(regulation, context_layers, area, zone_field, parcel_field)
        for index, application in enumerate(result.applications):
            if is_canceled is not None and is_canceled():
                return files
            layout, own = _application_page(context, application, result, regulation, language, today, index)
            path = _unique(os.path.join(folder, f"{safe_name(application.application_id)}.pdf"), files.pages)
            try:
                files.pages.append(_write_pdf(layout, path))
            finally:
                context.remove(own)
            if progress is not None:
                progress((index + 1) / total)
        if is_canceled is not None and is_canceled():
            return files
        layout = _summary_layout(context, result, regulation, language, today)
        files.summary = _write_pdf(layout, os.path.join(folder, "summary.pdf"))
    if progress is not None:
        progress(1.0)
    return files


# --------------------------------------------------------------------------- parcel notes


def _note_layout(context: _Context, note: ParcelNote, regulation: Regulation, language: str,
                 today: str) -> tuple[QgsPrintLayout, list[QgsVectorLayer]]:
    context.name_layers()
    page = _Page(context.project, language)
    page.label(tr("Urban planning information note"), size=15, bold=True)
    page.space(1.0)
    municipality = regulation.municipality_text()
    plan = regulation.name_text() + (f" — {municipality}" if municipality else "")
    page.label(tr("{plan} · approved {approved} · issued {date}").format(
        plan=plan, approved=date_text(regulation.approved) or "—", date=date_text(today)), size=8.5,
        colour="#444444")
    page.space(3.0)
    heading = tr("Parcel {parcel} — area {area} m²").format(parcel=note.parcel_id, area=number(note.area_m2))
    page.label(heading, size=11.5, bold=True, height=8.0, background="#e6eef7", colour="#0b3d73")
    page.space(3.0)
    own = _page_layers(context.crs.authid(), note.geometry, None, [])
    context.add(own)
    extent = _extent([note.geometry])
    if not extent.isEmpty():
        page.map(context.project, own + context.context_layers(), extent, context.crs, 72.0)
    _note_zones(page, note)
    _note_rules(page, note)
    _note_servitudes(page, note)
    page.space(2.0)
    page.label(tr("This note states the rules of the plan d'aménagement that apply to the parcel on the "
                  "date of issue. It is not a building permit; the regulation's text prevails."),
               size=7.5, colour="#444444")
    page.footer(tr("Agence Urbaine Numérique — {plan}").format(plan=regulation.name_text()))
    return page.layout, own


def _note_zones(page: _Page, note: ParcelNote) -> None:
    if not note.zones:
        page.heading(tr("Zoning"))
        page.label(tr("The parcel is not covered by any zone of the plan."), size=8.5)
        return
    rows = [[z.code, z.label_text() or tr("(not declared by the regulation)"), percent(z.share),
             f"{number(z.area_m2)} {unit('m²')}"] for z in note.zones]
    page.table([tr("Zone"), tr("Zone label"), tr("Share"), tr("Area")], rows, [22.0, 108.0, 24.0, 32.0],
               size=8, title=tr("Zoning"))
    if note.straddling:
        page.label(tr("The parcel straddles several zones: the rules of each zone apply to its part; "
                      "the agency must be consulted."), size=8, colour=VERDICT_COLOURS[A_VERIFIER][0])
        page.space(2.0)


def _note_rules(page: _Page, note: ParcelNote) -> None:
    for code, lines in note.rules.items():
        rows = [[line.label, rule_text(line), RULE_TYPES[line.rule].measure] for line in lines]
        page.table([tr("Rule"), tr("Requirement"), tr("How it is measured")], rows,
                   [40.0, 78.0, BODY_W - 118.0], size=7.5, title=tr("Rules of zone {zone}").format(zone=code))


def _note_servitudes(page: _Page, note: ParcelNote) -> None:
    if not note.servitudes:
        page.heading(tr("Servitudes"))
        page.label(tr("No servitude of the plan affects the parcel."), size=8.5)
        page.space(2.0)
        return
    rows = [[hit.label_text(), hit.legal_basis_text() or "—", servitude_rule_text(hit), servitude_text(hit)]
            for hit in note.servitudes]
    page.table([tr("Servitude"), tr("Legal basis"), tr("Requirement"), tr("On this parcel")], rows,
               [52.0, 40.0, 48.0, BODY_W - 140.0], size=7.5, title=tr("Servitudes"))


def write_parcel_notes(
    notes: list[ParcelNote],
    regulation: Regulation,
    context_layers: dict[str, QgsVectorLayer],
    folder: str,
    languages: Iterable[str] = ("fr", "ar"),
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
    zone_field: str = "zone",
) -> list[str]:
    """A PDF note per parcel and language (``note_<parcel>_<language>.pdf``) in ``folder``.

    Cancel stops between files and returns the complete files written so far. Main thread only.
    """
    os.makedirs(folder, exist_ok=True)
    languages = list(languages)
    written: list[str] = []
    today = date.today().isoformat()
    total = max(len(notes) * len(languages), 1)
    area = _area_of_interest([note.geometry for note in notes])
    context = _Context(regulation, context_layers, area, zone_field, "")
    for index, note in enumerate(notes):
        for offset, language in enumerate(languages):
            if is_canceled is not None and is_canceled():
                return written
            with use_language(language):
                layout, own = _note_layout(context, note, regulation, language, today)
                name = f"note_{safe_name(note.parcel_id)}_{language}.pdf"
                path = _unique(os.path.join(folder, name), written)
                try:
                    written.append(_write_pdf(layout, path))
                finally:
                    context.remove(own)
            if progress is not None:
                progress((index * len(languages) + offset + 1) / total)
    return written
