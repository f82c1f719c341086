"""Draw the veille rule for the guide: ``docs/images/veille_rule.png``.

Runs ``agenceurbaine:unpermittedbuildings`` through ``processing.runAndLoadResults`` on a few
hand-made buildings and permits (so the outputs get the algorithm's own styles, as in QGIS), and
renders them offscreen with the permits underneath and a letter on each building:

A  villa built as permitted on its part of a group permit of four villas    → conforming
B  villa built 35 % larger (270 m² on its 200 m² part)                      → exceeds (+70 m²)
C  the two other villas of the group permit, not built                      → dashed, not built
D  a neighbour's building 35 % inside a 900 m² permit (65 m² outside)       → exceeds (+65 m²)
E  the 900 m² permit's own building                                        → conforming
F  a building on a refused application (drawn dotted)                       → no permit
G  a building with no application at all                                   → no permit

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/veille_figure.py [out.png]
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
X0, Y0 = 380_000.0, 370_000.0
VILLAS = [(0, 0, 10, 20), (30, 0, 40, 20), (60, 0, 70, 20), (90, 0, 100, 20)]
PERMITS = [  # (app_id, decision, boxes)
    ("PC-1", "Favorable", VILLAS),
    ("PC-2", "Accordé", [(130, 0, 160, 30)]),
    ("PC-3", "Défavorable", [(185, 0, 200, 15)]),
]
BUILDINGS = [("A", (0, 0, 10, 20)), ("B", (30, 0, 43.5, 20)), ("D", (123.5, 18, 133.5, 28)),
             ("E", (138, 3, 156, 17)), ("F", (185, 0, 200, 15)), ("G", (215, 0, 227, 12))]


def _wkt(boxes) -> str:
    polygons = ", ".join(
        f"(({X0 + x0} {Y0 + y0}, {X0 + x1} {Y0 + y0}, {X0 + x1} {Y0 + y1}, {X0 + x0} {Y0 + y1}, "
        f"{X0 + x0} {Y0 + y0}))" for x0, y0, x1, y1 in boxes)
    return f"MultiPolygon({polygons})"


def _layer(name: str, fields: list[str], rows: list):
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsVectorLayer

    from agence_urbaine.compat import FieldType

    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:26191", name, "memory")
    layer.dataProvider().addAttributes([QgsField(n, FieldType.QString) for n in fields])
    layer.updateFields()
    features = []
    for boxes, values in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(_wkt(boxes)))
        feature.setAttributes(values)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _permit_style(layer) -> None:
    from qgis.core import QgsFillSymbol, QgsRuleBasedRenderer

    granted = QgsFillSymbol.createSimple({"color": "255,255,255,255", "outline_color": "60,60,60",
                                          "outline_width": "0.5"})
    refused = QgsFillSymbol.createSimple({"color": "230,230,230,255", "outline_color": "120,120,120",
                                          "outline_style": "dot", "outline_width": "0.5"})
    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(refused, 0, 0, "\"decision\" = 'Défavorable'"))
    root.appendChild(QgsRuleBasedRenderer.Rule(granted, 0, 0, "ELSE"))
    layer.setRenderer(QgsRuleBasedRenderer(root))


def _labels(layer, expression: str, size: float = 11) -> None:
    from qgis.core import QgsPalLayerSettings, QgsTextFormat, QgsVectorLayerSimpleLabeling
    from qgis.PyQt.QtGui import QFont

    from agence_urbaine.compat import LabelPlacement

    settings = QgsPalLayerSettings()
    settings.fieldName, settings.isExpression = expression, True
    settings.placement = LabelPlacement.OverPoint
    text = QgsTextFormat()
    text.setFont(QFont("DejaVu Sans", 10, QFont.Weight.Bold))
    text.setSize(size)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def render(out: Path) -> None:
    sys.path.insert(0, str(REPO / ".build" / "plugins"))
    from qgis.core import (
        QgsApplication,
        QgsMapRendererParallelJob,
        QgsMapSettings,
        QgsProject,
        QgsRectangle,
    )
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QColor

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    import processing
    from agence_urbaine.processing.provider import AgenceUrbaineProvider

    Processing.initialize()
    provider = AgenceUrbaineProvider()
    QgsApplication.processingRegistry().addProvider(provider)

    permits = _layer("permits", ["app_id", "decision"], [(b, [a, d]) for a, d, b in PERMITS])
    buildings = _layer("observed", ["obs_id"], [([b], [k]) for k, b in BUILDINGS])
    result = processing.runAndLoadResults("agenceurbaine:unpermittedbuildings", {
        "OBSERVED": buildings, "PERMITTED": permits, "OUTPUT": "TEMPORARY_OUTPUT",
        "EXCESS": "TEMPORARY_OUTPUT", "NOT_BUILT": "TEMPORARY_OUTPUT"})
    project = QgsProject.instance()
    output, excess, not_built = (project.mapLayer(result[k]) for k in ("OUTPUT", "EXCESS", "NOT_BUILT"))
    _permit_style(permits)
    _labels(output, "\"obs_id\"")
    _labels(not_built, "'C'")
    settings = QgsMapSettings()
    settings.setLayers([output, excess, not_built, permits])  # top first
    settings.setDestinationCrs(output.crs())
    settings.setExtent(QgsRectangle(X0 - 5, Y0 - 6, X0 + 232, Y0 + 34))
    settings.setOutputSize(QSize(1000, 170))
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(str(out), "png")
    for feature in output.getFeatures():
        print(feature["obs_id"], feature["vu_status"], feature["vu_in_m2"], feature["vu_exc_m2"])
    app.exitQgis()


if __name__ == "__main__":
    render(Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "docs" / "images" / "veille_rule.png")
