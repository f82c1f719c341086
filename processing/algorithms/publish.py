"""``agenceurbaine:publish``: send a layer's features to a collection of the agency server.

Thin: parameters → the layer's CRS checked (``crs_problem``) and read in the collection's storage
CRS (GeoJSON-like dicts) → ``core.sync.session.publish`` (stable ids, validity, schema, personal
data, sending) → a summary. The default mode is append; replace logs the number of features it
will delete before deleting them.
"""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
)

from ...compat import ProcessingSourceType, parameter_as_strings
from ...core.i18n import tr
from ...core.sync.client import SyncError
from ...core.sync.session import MODES, publish
from ...core.sync.workspace import epsg_code
from ..connections import feedback_progress
from ..features import crs_problem, layer_features, source_identity
from .base import AgenceUrbaineAlgorithm


class PublishAlgorithm(AgenceUrbaineAlgorithm):
    NAME = "publish"
    GROUP = "server"

    INPUT = "INPUT"
    COLLECTION = "COLLECTION"
    MODE = "MODE"
    INCLUDE_PERSONAL = "INCLUDE_PERSONAL"
    KEY_FIELD = "KEY_FIELD"

    def displayName(self):
        return tr("Publish a layer to the agency server")

    def shortHelpString(self):
        return tr(
            "Sends the features of a layer to a collection of the agency server (OGC API - Features).\n\n"
            "Connection: the name of a connection configured in the plugin (its address and, if "
            "needed, a QGIS authentication configuration; no password is ever typed here).\n\n"
            "Mode (default: append): append adds the features and updates those published before; "
            "replace does the same, then deletes the collection's other features, only if every feature "
            "was accepted (the number to delete is logged first).\n\n"
            "Publishing again, or after a failure, never duplicates: each feature keeps a stable id "
            "(a text field called id, else the key field, else the layer and the feature's id in it).\n\n"
            "A layer without a coordinate reference system, or whose coordinates are impossible in it, "
            "is refused. Features are reprojected to the collection's storage CRS. Features with an "
            "invalid or missing geometry are listed and not sent. Fields the server does not know are "
            "left out and listed. Personal data (names, CIN, phone, e-mail, address… recognised by the "
            "field's name or by values that look like CIN or phone numbers or e-mail addresses) is never "
            "published unless the field is named in 'Personal fields to publish anyway'.\n\n"
            "Outputs: the numbers of features sent, refused, invalid and deleted, and a summary."
        ) + "\n\n" + self.server_help()

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.INPUT, tr("Layer to publish"), [ProcessingSourceType.VectorAnyGeometry]))
        self.add_server_parameters()
        self.addParameter(QgsProcessingParameterString(self.COLLECTION, tr("Collection")))
        self.addParameter(QgsProcessingParameterEnum(
            self.MODE, tr("Mode"), [tr("Append"), tr("Replace the collection's features")], defaultValue=0))
        self.addParameter(QgsProcessingParameterField(
            self.INCLUDE_PERSONAL, tr("Personal fields to publish anyway"),
            parentLayerParameterName=self.INPUT, allowMultiple=True, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.KEY_FIELD, tr("Key field (identifies a feature when publishing again)"),
            parentLayerParameterName=self.INPUT, optional=True))
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
        include = parameter_as_strings(self, parameters, self.INCLUDE_PERSONAL, context)
        with self.open_server(parameters, context) as client:
            try:
                report = self._publish(client, source, collection, mode, include, parameters, context,
                                       feedback)
            except SyncError as err:
                raise QgsProcessingException(str(err)) from err
        for line in report.summary().splitlines():
            feedback.pushInfo(line)
        return {"SENT": report.sent, "REFUSED": len(report.refused), "INVALID": len(report.invalid),
                "DELETED": report.deleted, "SUMMARY": report.summary()}

    def _identity(self, parameters, context) -> str:
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        return source_identity(layer.providerType(), layer.source()) if layer is not None else ""

    def _publish(self, client, source, collection, mode, include, parameters, context, feedback):
        info = client.collection(collection)
        problem = crs_problem(source.sourceName(), source.sourceCrs(), source.sourceExtent(),
                              context.transformContext())
        if problem:
            raise QgsProcessingException(problem)
        crs = QgsCoordinateReferenceSystem(f"EPSG:{epsg_code(info.storage_crs)}")
        feedback.pushInfo(tr("Reading {n} features in {crs}…").format(n=source.featureCount(),
                                                                      crs=crs.authid()))
        items = layer_features(source, crs, context.transformContext(), feedback.isCanceled)
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Publication cancelled before anything was sent."))
        key = (parameter_as_strings(self, parameters, self.KEY_FIELD, context) or [""])[0]

        def announce(count: int) -> bool:
            feedback.pushInfo(tr("Replace: {n} feature(s) of {collection} not in the layer will now be "
                                 "deleted.").format(n=count, collection=collection))
            return not feedback.isCanceled()

        report = publish(client, collection, items, mode, include_personal=include,
                         progress=feedback_progress(feedback), is_canceled=feedback.isCanceled,
                         source=self._identity(parameters, context), key_field=key, confirm_delete=announce)
        for name in report.personal_left_out:
            feedback.pushWarning(tr("Left out: {field} ({reason}).").format(
                field=name, reason=report.personal_reasons.get(name, "")))
        return report
