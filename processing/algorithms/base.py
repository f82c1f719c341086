"""Shared base of the provider's algorithms: group, icon, translation, instance creation."""

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtGui import QIcon

from ...core.i18n import tr
from ...core.regulation import RegulationError, load_regulation
from ...resources import icon_path


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
