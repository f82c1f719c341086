"""The plugin's dock panel. A shell for now: title and the plugin's status line."""

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..core.i18n import tr

DOCK_OBJECT_NAME = "AgenceUrbaineDock"


class AgenceUrbaineDock(QgsDockWidget):
    """Dock holding the plugin's panels; shows a one-line status at the bottom."""

    def __init__(self, parent=None):
        super().__init__(tr("Agence Urbaine Numérique"), parent)
        self.setObjectName(DOCK_OBJECT_NAME)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        heading = QLabel(tr("Permit conformity, publishing and offline field work"), body)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        layout.addStretch(1)
        self.status_label = QLabel(body)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.status_label)
        self.setWidget(body)
        self.set_status(tr("Ready."))

    def set_status(self, text: str) -> None:
        self.status_label.setText(text)

    def status(self) -> str:
        return self.status_label.text()
