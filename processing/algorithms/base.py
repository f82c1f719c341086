"""Shared base of the provider's algorithms: group, icon, translation, instance creation."""

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtGui import QIcon

from ...core.i18n import tr
from ...core.regulation import RegulationError, load_regulation
from ...core.sync.protocols import PROTOCOLS
from ...resources import icon_path
from ..connections import open_client


def group_names() -> dict:
    """Translated names of the provider's groups, by group id."""
    return {
        "conformity": tr("Permit conformity"),
        "veille": tr("Urban watch (veille urbaine)"),
        "server": tr("Agency server"),
    }


class AgenceUrbaineAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``NAME`` and ``GROUP`` (a key of ``group_names()``) and write
    ``displayName`` and ``shortHelpString`` with literal ``tr()`` calls (so they are extracted)."""

    NAME = ""
    GROUP = "conformity"

    def tr(self, text: str) -> str:
        return tr(text)

    def createInstance(self):
        return type(self)()

    def name(self):
        return self.NAME

    def group(self):
        return group_names()[self.GROUP]

    def groupId(self):
        return self.GROUP

    def icon(self):
        return QIcon(icon_path())

    CONNECTION = "CONNECTION"
    PROTOCOL = "PROTOCOL"

    def add_server_parameters(self) -> None:
        """CONNECTION (a saved connection's name or a server address) and PROTOCOL (Auto-detect,
        OGC API - Features, WFS-T; index into ``PROTOCOLS``, default auto)."""
        self.addParameter(QgsProcessingParameterString(
            self.CONNECTION, tr("Connection (name of a saved connection, or server address)")))
        self.addParameter(QgsProcessingParameterEnum(
            self.PROTOCOL, tr("Protocol"), [tr("Auto-detect (the connection's choice)"),
                                            tr("OGC API – Features"), tr("WFS-T")],
            defaultValue=0))

    def server_help(self) -> str:
        """The help paragraph of CONNECTION and PROTOCOL, shared by the server algorithms."""
        return tr(
            "Connection: the name of a connection configured in the plugin, or a server address "
            "(without credentials: a server asking for them needs a saved connection). Protocol: "
            "Auto-detect keeps the connection's choice or asks the server (OGC API - Features or "
            "WFS-T); choose one to force it, e.g. for a WFS-T address of QGIS Server or GeoServer.")

    def open_server(self, parameters, context, **options):
        """A client for the CONNECTION and PROTOCOL parameters (see ``add_server_parameters``)."""
        index = self.parameterAsEnum(parameters, self.PROTOCOL, context)
        return open_client(self.parameterAsString(parameters, self.CONNECTION, context),
                           protocol=PROTOCOLS[index], **options)

    def regulation(self, parameters, name, context):
        """The regulation file of parameter ``name``, loaded and validated (every problem listed)."""
        path = self.parameterAsFile(parameters, name, context)
        try:
            return load_regulation(path)
        except RegulationError as error:
            raise QgsProcessingException(str(error)) from error

    def source(self, parameters, name, context, label, optional=False):
        """A feature source, or a clear error naming ``label`` when a required one cannot be opened."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None and not optional:
            raise QgsProcessingException(tr("The layer for {what} could not be opened.").format(what=label))
        return source
