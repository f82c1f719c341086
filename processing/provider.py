"""The plugin's Processing provider (id ``agenceurbaine``)."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..core.i18n import tr
from ..resources import icon_path
from .algorithms import all_algorithms


class AgenceUrbaineProvider(QgsProcessingProvider):
    """Groups the agency's algorithms under "Agence urbaine" in the toolbox."""

    def id(self):
        return "agenceurbaine"

    def name(self):
        return tr("Agence urbaine")

    def longName(self):
        return tr("Agence Urbaine Numérique")

    def icon(self):
        return QIcon(icon_path())

    def svgIconPath(self):
        return icon_path()

    def loadAlgorithms(self):
        for algorithm in all_algorithms():
            self.addAlgorithm(algorithm)
