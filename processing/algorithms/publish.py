"""``agenceurbaine:publish``: send a layer's features to a collection of the agency server.

Thin: parameters → the layer read in the collection's storage CRS (GeoJSON-like dicts) →
``core.sync.session.publish`` (validity, schema, personal data, sending) → a summary.
"""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsProject,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

from ...core.i18n import tr
from ...core.sync.client import SyncError
from ...core.sync.session import MODES, publish
from ...core.sync.workspace import epsg_code
from ..connections import feedback_progress, open_client
from ..layers import features, plain
from .base import AgenceUrbaineAlgorithm


def _value(value):
    """A QGIS attribute as a JSON value (NULL → None, dates → ISO 8601)."""
    value = plain(value)
    if isinstance(value, (QDate, QDateTime, QTime)):
        return value.toString("yyyy-MM-dd" if isinstance(value, QDate) else "yyyy-MM-ddTHH:mm:ss")
    return value


def _lists(value):
    return [_lists(v) for v in value] if isinstance(value, (list, tuple)) else value


def geojson_geometry(geometry) -> dict | None:
    """A QgsGeometry as GeoJSON with its coordinates exactly (2D; single-part multis made single)."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    import shapely
    from shapely.geometry import mapping

    shape = shapely.force_2d(shapely.from_wkb(bytes(geometry.asWkb()), on_invalid="ignore"))
    if shape is None:
        return None
    if shape.geom_type.startswith("Multi") and len(shape.geoms) == 1:
        shape = shape.geoms[0]
    return _lists(mapping(shape))


def layer_features(source, crs: QgsCoordinateReferenceSystem, feedback) -> list[dict]:
    """The source's features as GeoJSON-like dicts in ``crs``; a text ``id`` field gives the id."""
    names = source.fields().names()
    request = QgsFeatureRequest().setDestinationCrs(crs, QgsProject.instance().transformContext())
    result = []
    for feature in features(source, request):
        if feedback.isCanceled():
            break
        properties = dict(zip(names, (_value(v) for v in feature.attributes())))
        fid = properties.pop("id", None)
        properties.pop("fid", None)  # the GeoPackage row number, not data
        result.append({"type": "Feature", "id": str(fid) if fid not in (None, "") else None,
                       "ref": tr("feature {fid}").format(fid=feature.id()), "properties": properties,
                       "geometry": geojson_geometry(feature.geometry())})
    return result


class PublishAlgorithm(AgenceUrbaineAlgorithm):
    NAME = "publish"
    GROUP = "server"

    INPUT = "INPUT"
    CONNECTION = "CONNECTION"
    COLLECTION = "COLLECTION"
    MODE = "MODE"
    INCLUDE_PERSONAL = "INCLUDE_PERSONAL"

    def displayName(self):
        return tr("Publish a layer to the agency server")

    def shortHelpString(self):
        return tr(
            "Sends the features of a layer to a collection of the agency server (OGC API - Features).\n\n"
            "Connection: the name of a connection configured in the plugin (its address and, if "
            "needed, a QGIS authentication configuration; no password is ever typed here).\n\n"
            "Mode: append adds the features; replace adds them, then deletes the collection's other "
            "features, only once every valid feature is stored.\n\n"
            "Before sending, features are reprojected to the collection's storage CRS. Features with "
            "an invalid or missing geometry are listed and not sent. Fields the server does not know "
            "are left out and listed. Personal data (names, CIN, phone, e-mail, address…) is never "
            "published unless the field is named in 'Personal fields to publish anyway'. A text field "
            "called id gives the features their ids (publishing again does not duplicate them).\n\n"
            "Outputs: the numbers of features sent, refused, invalid and deleted, and a summary."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Layer to publish"), [QgsProcessing.TypeVectorAnyGeometry]))
        self.addParameter(QgsProcessingParameterString(self.CONNECTION, tr("Connection name")))
        self.addParameter(QgsProcessingParameterString(self.COLLECTION, tr("Collection")))
        self.addParameter(QgsProcessingParameterEnum(
            self.MODE, tr("Mode"), [tr("Append"), tr("Replace the collection's features")], defaultValue=0))
        self.addParameter(QgsProcessingParameterField(
            self.INCLUDE_PERSONAL, tr("Personal fields to publish anyway"),
            parentLayerParameterName=self.INPUT, allowMultiple=True, optional=True))
        for name, label in (("SENT", tr("Features sent")), ("REFUSED", tr("Features refused")),
                            ("INVALID", tr("Features with an invalid geometry")),
                            ("DELETED", tr("Old features deleted"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))
        self.addOutput(QgsProcessingOutputString("SUMMARY", tr("Summary")))

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        collection = self.parameterAsString(parameters, self.COLLECTION, context).strip()
        mode = MODES[self.parameterAsEnum(parameters, self.MODE, context)]
        include = self.parameterAsFields(parameters, self.INCLUDE_PERSONAL, context)
        with open_client(self.parameterAsString(parameters, self.CONNECTION, context).strip()) as client:
            try:
                report = self._publish(client, source, collection, mode, include, feedback)
            except SyncError as err:
                raise QgsProcessingException(str(err)) from err
        for line in report.summary().splitlines():
            feedback.pushInfo(line)
        return {"SENT": report.sent, "REFUSED": len(report.refused), "INVALID": len(report.invalid),
                "DELETED": report.deleted, "SUMMARY": report.summary()}

    def _publish(self, client, source, collection, mode, include, feedback):
        info = client.collection(collection)
        crs = QgsCoordinateReferenceSystem(f"EPSG:{epsg_code(info.storage_crs)}")
        feedback.pushInfo(tr("Reading {n} features in {crs}…").format(n=source.featureCount(),
                                                                      crs=crs.authid()))
        items = layer_features(source, crs, feedback)
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Publication cancelled before anything was sent."))
        return publish(client, collection, items, mode, include_personal=include,
                       progress=feedback_progress(feedback), is_canceled=feedback.isCanceled)
