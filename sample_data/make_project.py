"""Builds sample_data/hay_al_amal.qgz: every sample layer, styled, with paths relative to the project.

Run with the project venv (``make sample-project``); the project is committed so planners can open
it directly. Zoning is categorised by zone code, servitudes are hatched, applications are outlined.
It opens on the data (its default view extent: QGIS uses it when the project holds no map canvas
state, as a project written without the desktop does), and its labels use a font Debian installs
(Noto Sans, else DejaVu Sans) rather than whatever Qt's default font was where it was built.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsPalLayerSettings,
    QgsProject,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsRendererCategory,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase

HERE = Path(__file__).resolve().parent
GPKG = HERE / "hay_al_amal.gpkg"

ZONE_COLOURS = ["#f4a261", "#e9c46a", "#f6bd60", "#8d99ae", "#90be6d", "#bde0fe", "#cdb4db", "#ffafcc"]
STYLES = {
    "roads": {"color": "#d9d9d9", "outline_color": "#9e9e9e", "outline_width": "0.2"},
    "parcels": {"color": "0,0,0,0", "outline_color": "#404040", "outline_width": "0.3"},
    "applications": {"color": "#457b9d80", "outline_color": "#1d3557", "outline_width": "0.5"},
    "observed_buildings": {"color": "0,0,0,0", "outline_color": "#e63946", "outline_width": "0.5",
                           "outline_style": "dash"},
    "non_aedificandi": {"color": "#6a994e60", "outline_color": "#386641", "outline_width": "0.4",
                        "style": "b_diagonal"},
    "school_site": {"color": "#ffb70360", "outline_color": "#fb8500", "outline_width": "0.4",
                    "style": "f_diagonal"},
    "flood_zone": {"color": "#48cae460", "outline_color": "#0077b6", "outline_width": "0.4",
                   "style": "horizontal"},
    "heritage_zone": {"color": "#9d015960", "outline_color": "#9d0159", "outline_width": "0.4",
                      "style": "cross"},
}
FONTS = ("Noto Sans", "DejaVu Sans")  # fonts-noto-core, fonts-dejavu-core
VIEW_MARGIN = 0.05  # of the data's width and height, around it
ORDER = ["zoning", "roads", "flood_zone", "non_aedificandi", "school_site", "heritage_zone", "hv_line",
         "parcels", "applications", "observed_buildings"]


def zoning_renderer(layer: QgsVectorLayer) -> QgsCategorizedSymbolRenderer:
    codes = sorted({f["zone"] for f in layer.getFeatures()})
    categories = []
    for index, code in enumerate(codes):
        symbol = QgsFillSymbol.createSimple({
            "color": ZONE_COLOURS[index % len(ZONE_COLOURS)], "outline_color": "#6c584c",
            "outline_width": "0.4"})
        categories.append(QgsRendererCategory(code, symbol, code))
    return QgsCategorizedSymbolRenderer("zone", categories)


def label_font() -> QFont:
    installed = set(QFontDatabase().families())
    for family in FONTS:
        if family in installed:
            return QFont(family)
    raise SystemExit(f"none of the fonts {', '.join(FONTS)} is installed (apt install fonts-noto-core)")


def label(layer: QgsVectorLayer, field: str, size: float) -> None:
    settings = QgsPalLayerSettings()
    settings.fieldName = field
    text = QgsTextFormat()
    text.setFont(label_font())
    text.setSize(size)
    text.setColor(QColor("#202020"))
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def build(target: Path) -> None:
    project = QgsProject.instance()
    project.clear()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:26191"))
    project.setTitle("Plan d'aménagement de Hay Al Amal (fictif)")
    for name in ORDER:  # each new layer goes on top of the tree: zoning ends at the bottom
        layer = QgsVectorLayer(f"{GPKG}|layername={name}", name, "ogr")
        if not layer.isValid():
            raise SystemExit(f"layer {name} missing from {GPKG}")
        if name == "zoning":
            layer.setRenderer(zoning_renderer(layer))
            label(layer, "zone", 14)
        elif name == "hv_line":
            layer.renderer().setSymbol(QgsLineSymbol.createSimple(
                {"color": "#d00000", "width": "0.8", "line_style": "dash"}))
        else:
            layer.renderer().setSymbol(QgsFillSymbol.createSimple(STYLES[name]))
        if name == "parcels":
            label(layer, "parcel_id", 7)
        project.addMapLayer(layer)
    extent = QgsRectangle()
    for layer in project.mapLayers().values():
        extent.combineExtentWith(layer.extent())
    extent.grow(VIEW_MARGIN * max(extent.width(), extent.height()))
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, project.crs()))
    project.writeEntry("Paths", "/Absolute", False)
    if not project.write(str(target)):
        raise SystemExit(f"could not write {target}")


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "hay_al_amal.qgz")
    app.exitQgis()
