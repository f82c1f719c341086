"""QGIS 3.22 → 4.x from one code base: the names and calls that differ, resolved once, here.

The plugin spells QGIS's current names (those of QGIS 3.44 and 4: ``Qgis.GeometryType.Polygon``,
``Qgis.ProcessingSourceType.VectorPolygon``, ``QMetaType.Type.QString`` for field types…) through
this module. Where the running QGIS has the new name it is the very same object; on an older QGIS
(3.22) it is a stand-in with the same member names holding the old values. A line here that
spells an old name is marked ``# old API``: tests/test_qt6_names.py, which checks that every Qt
and QGIS name of the code exists in PyQt6 and is not a deprecated alias on the running QGIS,
skips those lines.
"""

from __future__ import annotations

from qgis.core import Qgis
from qgis.PyQt.QtCore import QMetaType

QGIS_VERSION = Qgis.QGIS_VERSION_INT


class _Renamed:
    """An old QGIS's enum under the new enum's name: new member name → old value (only the members
    the plugin uses)."""

    def __init__(self, old_enum, **members: str):
        for new, old in members.items():
            setattr(self, new, getattr(old_enum, old))


def _pick(new: str, old: str, **renamed: str):
    """``Qgis.<new>`` where the running QGIS has it, else the old enum ``old`` (``"Class.Enum"`` or
    ``"Enum"`` of qgis.core, spelled as a string: QGIS 4 has none of them), its members renamed
    (new name=old name) when their names changed."""
    if hasattr(Qgis, new):
        return getattr(Qgis, new)
    import qgis.core

    enum = qgis.core
    for part in old.split("."):
        enum = getattr(enum, part)
    return _Renamed(enum, **renamed) if renamed else enum


# QGIS 3.30
GeometryType = _pick("GeometryType", "QgsWkbTypes.GeometryType", Point="PointGeometry",
                     Line="LineGeometry", Polygon="PolygonGeometry", Unknown="UnknownGeometry",
                     Null="NullGeometry")
WkbType = _pick("WkbType", "QgsWkbTypes.Type")
LayerType = _pick("LayerType", "QgsMapLayerType", Vector="VectorLayer")
DistanceUnit = _pick("DistanceUnit", "QgsUnitTypes.DistanceUnit", Meters="DistanceMeters")
RenderUnit = _pick("RenderUnit", "QgsUnitTypes.RenderUnit", Points="RenderPoints")
LabelPlacement = _pick("LabelPlacement", "QgsPalLayerSettings.Placement")
# QGIS 3.32 / 3.34
LegendComponent = _pick("LegendComponent", "QgsLegendStyle.Style")
LayerFilter = _pick("LayerFilter", "QgsMapLayerProxyModel.Filter")
# QGIS 3.36
ProcessingSourceType = _pick("ProcessingSourceType", "QgsProcessing.SourceType", Vector="TypeVector",
                             VectorAnyGeometry="TypeVectorAnyGeometry", VectorPoint="TypeVectorPoint",
                             VectorLine="TypeVectorLine", VectorPolygon="TypeVectorPolygon")
ProcessingAlgorithmFlag = _pick("ProcessingAlgorithmFlag", "QgsProcessingAlgorithm.Flag",
                                NoThreading="FlagNoThreading")
ProcessingFeatureSourceFlag = _pick("ProcessingFeatureSourceFlag", "QgsProcessingFeatureSource.Flag",
                                    SkipGeometryValidityChecks="FlagSkipGeometryValidityChecks")
ProcessingParameterFlag = _pick("ProcessingParameterFlag", "QgsProcessingParameterDefinition.Flag",
                                Advanced="FlagAdvanced")
ProcessingNumberParameterType = _pick("ProcessingNumberParameterType", "QgsProcessingParameterNumber.Type")
FeatureRequestFlag = _pick("FeatureRequestFlag", "QgsFeatureRequest.Flag")
InvalidGeometryCheck = _pick("InvalidGeometryCheck", "QgsFeatureRequest.InvalidGeometryCheck",
                             NoCheck="GeometryNoCheck")
SpatialIndexPresence = _pick("SpatialIndexPresence", "QgsFeatureSource.SpatialIndexPresence",
                             Present="SpatialIndexPresent")
# QGIS 3.38
FieldOrigin = _pick("FieldOrigin", "QgsFields.FieldOrigin", Provider="OriginProvider")

# Field types: QGIS >= 3.38 takes and gives QMetaType.Type (Qt 6 has no QVariant.Type), older ones
# QVariant.Type. ``FieldType.QString`` etc. is what QgsField(name, type) takes and field.type() gives.
if QGIS_VERSION >= 33800:
    FieldType = QMetaType.Type
else:
    from qgis.PyQt.QtCore import QVariant  # old API

    FieldType = _Renamed(QVariant, QString="String", Int="Int", LongLong="LongLong", Double="Double",
                         QDate="Date", Bool="Bool")


def parameter_as_strings(algorithm, parameters, name: str, context) -> list[str]:
    """A field (or string) list parameter's values (``parameterAsFields`` before QGIS 3.32)."""
    if hasattr(algorithm, "parameterAsStrings"):
        return algorithm.parameterAsStrings(parameters, name, context)
    return algorithm.parameterAsFields(parameters, name, context)


def set_label_format(label, text_format) -> None:
    """A layout label's font, size and colour from a QgsTextFormat (its setFont/setFontColor
    before QGIS 3.24)."""
    if hasattr(label, "setTextFormat"):
        label.setTextFormat(text_format)
    else:
        label.setFont(_sized_font(text_format))
        label.setFontColor(text_format.color())


def set_legend_format(legend, component, text_format) -> None:
    """The text of one legend ``component`` (a ``LegendComponent``) from a QgsTextFormat
    (``setStyleFont``, the font only, before QGIS 3.30)."""
    style = legend.rstyle(component)
    if hasattr(style, "setTextFormat"):
        style.setTextFormat(text_format)
    else:
        legend.setStyleFont(component, _sized_font(text_format))


def _sized_font(text_format):
    font = text_format.font()
    font.setPointSizeF(text_format.size())  # sizes are in points (report.py's text formats)
    return font
