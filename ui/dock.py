"""The plugin's dock panel: agency server connection, its collections, publishing and field work.

Widgets only gather inputs, start tasks (``ui/tasks.py``) and show results; the work is done by
``core/`` (client, session, workspace). Results go to QGIS's message bar and to the status line
at the bottom of the dock.
"""

from __future__ import annotations

from typing import Optional

from qgis.core import Qgis, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QFrame, QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from ..core.i18n import tr
from .collections import CollectionsPanel
from .connections import ConnectionBar
from .fieldwork import PROJECT_KEY, PROJECT_SCOPE, FieldWorkPanel
from .publish import PublishDialog
from .tasks import TaskRunner
from .widgets import Notifier, TaskProgress

DOCK_OBJECT_NAME = "AgenceUrbaineDock"


class AgenceUrbaineDock(QgsDockWidget):
    """Dock holding the plugin's panels; shows a one-line status at the bottom.

    ``iface`` (optional) gives the message bar, the map canvas and the active layer; without it
    messages go to the status line and QGIS's log, and checkouts take whole collections.
    """

    def __init__(self, parent=None, iface=None):
        super().__init__(tr("Agence Urbaine Numérique"), parent)
        self.setObjectName(DOCK_OBJECT_NAME)
        self.iface = iface
        self.runner = TaskRunner(self)
        self.notify = Notifier(iface, self.set_status)
        self.publish_dialog: Optional[PublishDialog] = None

        body = QWidget(self)
        layout = QVBoxLayout(body)
        heading = QLabel(tr("Permit conformity, publishing and offline field work"), body)
        heading.setWordWrap(True)
        heading.setObjectName("heading")
        layout.addWidget(heading)
        self.connection_bar = ConnectionBar(self.runner, self.notify, body)
        layout.addWidget(self.connection_bar)

        self.tabs = QTabWidget(body)
        self.tabs.setObjectName("dockTabs")
        self.tabs.setDocumentMode(True)
        self.collections = CollectionsPanel(self.connection_bar, self.runner, self.notify, iface)
        self.fieldwork = FieldWorkPanel(self.connection_bar, self.runner, self.notify, iface)
        self.tabs.addTab(self.collections, tr("Server"))
        self.tabs.addTab(_scrolling(self.fieldwork), tr("Field work"))
        layout.addWidget(self.tabs, 1)

        layout.addWidget(self.fieldwork.status_label)
        self.progress = TaskProgress(self.runner, body)
        layout.addWidget(self.progress)
        self.status_label = QLabel(body)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status_label)
        self.setWidget(body)

        self.collections.loaded.connect(self.fieldwork.set_collections)
        self.collections.publish_requested.connect(self.open_publish)
        self.collections.checkout_requested.connect(self._checkout_requested)
        self.runner.started.connect(self._tasks_changed)
        self.runner.stopped.connect(self._tasks_changed)
        # bound methods of this QObject: PyQt disconnects them when the dock is deleted
        project = QgsProject.instance()
        project.readProject.connect(self.restore_from_project)
        project.cleared.connect(self._project_cleared)
        project.layersAdded.connect(self._layers_added)
        self.restore_from_project()
        self.set_status(tr("Ready."))

    def set_status(self, text: str) -> None:
        self.status_label.setText(text)

    def status(self) -> str:
        return self.status_label.text()

    # -- wiring between panels ------------------------------------------------------------------------
    def _tasks_changed(self, *args) -> None:
        self.fieldwork._update_buttons()

    def _project_cleared(self) -> None:
        self.fieldwork.set_workspace("")

    def _layers_added(self, *args) -> None:
        self.fieldwork.watch_layers()

    def _checkout_requested(self, ids: list[str]) -> None:
        self.fieldwork.tick(ids)
        self.tabs.setCurrentIndex(1)

    def open_publish(self, collection: str = "") -> Optional[PublishDialog]:
        if not self.collections.infos:
            self.notify(tr("Refresh the server's collections first."), Qgis.MessageLevel.Warning)
            return None
        if self.publish_dialog is not None:
            self.publish_dialog.close()
        self.publish_dialog = PublishDialog(self.connection_bar.client, self.collections.infos, self.notify,
                                            collection, self)
        self.publish_dialog.published.connect(lambda _collection: self.collections.refresh())
        self.publish_dialog.show()
        return self.publish_dialog

    def restore_from_project(self, *args) -> None:
        path, found = QgsProject.instance().readEntry(PROJECT_SCOPE, PROJECT_KEY, "")
        if found and path and path != self.fieldwork.path:
            self.fieldwork.set_workspace(path)

    def cancel_tasks(self) -> None:
        """Cancel what is running (the plugin calls this when it unloads)."""
        self.runner.cancel_all()


def _scrolling(widget: QWidget) -> QScrollArea:
    """A tab whose content scrolls when the dock is short, rather than squeezing its lists."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    # content wraps to the dock's width
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area
