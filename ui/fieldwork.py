"""Field work: check collections out into a GeoPackage workspace, see what is pending, sync,
resolve conflicts.

The workspace in use is remembered in the project (so reopening the project brings it back); its
status line always shows the pending changes, the last sync and the conflicts left.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Callable, Optional

from qgis.core import Qgis, QgsExpression, QgsGeometry, QgsProject, QgsVectorLayer
from qgis.gui import QgsCollapsibleGroupBox, QgsFileWidget
from qgis.PyQt.QtCore import QDateTime, QLocale, Qt, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..compat import GeometryType
from ..core.i18n import tr
from ..core.sync.client import CollectionInfo
from ..core.sync.workspace import Workspace
from .conflicts import ConflictsWidget
from .connections import ConnectionBar
from .map_layers import (
    add_workspace_layers,
    reload_layers,
    show_selection,
    workspace_layers,
    workspace_tables,
)
from .messages import details, explain
from .tasks import Area, CheckoutTask, SyncTask, TaskRunner
from .widgets import Notifier, WrappingRow, ask, theme_icon

PROJECT_SCOPE = "AgenceUrbaine"
PROJECT_KEY = "workspace"
AREA_CANVAS, AREA_SELECTION, AREA_WHOLE = "canvas", "selection", "whole"


def is_workspace(path: str) -> bool:
    """True when ``path`` is a GeoPackage made by a checkout (read-only look: opening a
    ``Workspace`` would add the sync tables to any GeoPackage)."""
    if not path or not Path(path).is_file():
        return False
    try:
        db = sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True)
        try:
            row = db.execute("SELECT 1 FROM sqlite_master WHERE name = 'sync_collections'").fetchone()
            return row is not None
        finally:
            db.close()
    except sqlite3.Error:
        return False


def when(iso: Optional[str]) -> str:
    """An ISO 8601 UTC time in the user's locale and time zone."""
    if not iso:
        return tr("never")
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


class FieldWorkPanel(QWidget):
    """Checkout, workspace status, sync and conflicts."""

    workspace_changed = pyqtSignal(str)

    def __init__(self, bar: ConnectionBar, runner: TaskRunner, notify: Notifier, iface=None,
                 parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setObjectName("fieldWorkPanel")
        self.bar, self.runner, self.notify, self.iface = bar, runner, notify, iface
        self.path = ""
        self.last_task = None
        self.area_provider: Callable[[str], Optional[Area]] = self._area
        self._locked: list[QgsVectorLayer] = []
        self._watched: set[str] = set()  # ids of the workspace layers whose edits refresh the status
        self._status_timer = QTimer(self)  # edits arrive in bursts: refresh once they pause
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(400)
        self._status_timer.timeout.connect(self.refresh_status)
        layout = QVBoxLayout(self)

        # -- checkout ------------------------------------------------------------------------------
        self.checkout_box = QgsCollapsibleGroupBox(tr("Check out for field work"), self)
        self.checkout_box.setObjectName("checkoutBox")
        checkout_layout = QVBoxLayout(self.checkout_box)
        self.collection_list = QListWidget(self.checkout_box)
        self.collection_list.setObjectName("checkoutCollections")
        self.collection_list.setMaximumHeight(96)
        self.no_collections = QLabel(tr("Refresh the server's collections (Server tab) to choose them here."),
                                     self.checkout_box)
        self.no_collections.setWordWrap(True)
        form = QFormLayout()
        # labels above their fields in a narrow dock
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.area_combo = QComboBox(self.checkout_box)
        self.area_combo.setObjectName("checkoutArea")
        self.area_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.area_combo.setMinimumContentsLength(12)
        self.area_combo.addItem(theme_icon("mActionZoomToLayer.svg"), tr("Map canvas extent"), AREA_CANVAS)
        self.area_combo.addItem(theme_icon("mActionCapturePolygon.svg"),
                                tr("Selected polygons (active layer)"), AREA_SELECTION)
        self.area_combo.addItem(tr("Whole collections"), AREA_WHOLE)
        self.target_widget = QgsFileWidget(self.checkout_box)
        self.target_widget.setObjectName("checkoutTarget")
        self.target_widget.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.target_widget.setFilter(tr("GeoPackage (*.gpkg)"))
        self.target_widget.setDialogTitle(tr("Workspace GeoPackage"))
        form.addRow(tr("Work area"), self.area_combo)
        form.addRow(tr("Workspace"), self.target_widget)
        self.checkout_button = QPushButton(theme_icon("mActionNewGeoPackageLayer.svg"), tr("Check out"),
                                           self.checkout_box)
        self.checkout_button.setObjectName("checkoutButton")
        checkout_layout.addWidget(QLabel(tr("Collections"), self.checkout_box))
        checkout_layout.addWidget(self.no_collections)
        checkout_layout.addWidget(self.collection_list)
        checkout_layout.addLayout(form)
        checkout_layout.addWidget(self.checkout_button)
        layout.addWidget(self.checkout_box)

        # -- workspace -----------------------------------------------------------------------------
        self.workspace_box = QgsCollapsibleGroupBox(tr("Workspace"), self)
        self.workspace_box.setObjectName("workspaceBox")
        workspace_layout = QVBoxLayout(self.workspace_box)
        self.workspace_widget = QgsFileWidget(self.workspace_box)
        self.workspace_widget.setObjectName("workspaceFile")
        self.workspace_widget.setStorageMode(QgsFileWidget.StorageMode.GetFile)
        self.workspace_widget.setFilter(tr("GeoPackage (*.gpkg)"))
        self.workspace_widget.setDialogTitle(tr("Open a workspace"))
        self.status_label = QLabel()  # placed by the dock, always visible whatever the tab
        self.status_label.setObjectName("workspaceStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = WrappingRow()
        self.sync_button = QPushButton(theme_icon("mActionRefresh.svg"), tr("Sync"), self.workspace_box)
        self.sync_button.setObjectName("syncButton")
        self.sync_button.setToolTip(tr("Send the workspace's edits and bring the server's changes; "
                                       "conflicting edits are listed below, nothing is overwritten"))
        self.layers_button = QPushButton(theme_icon("mActionAddLayer.svg"), tr("Add layers to map"),
                                         self.workspace_box)
        self.layers_button.setObjectName("addWorkspaceLayers")
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.layers_button)
        workspace_layout.addWidget(self.workspace_widget)
        workspace_layout.addLayout(buttons)
        layout.addWidget(self.workspace_box)

        # -- conflicts -----------------------------------------------------------------------------
        self.conflicts_box = QgsCollapsibleGroupBox(tr("Conflicts"), self)
        self.conflicts_box.setObjectName("conflictsBox")
        self.conflicts = ConflictsWidget(self.conflicts_box)
        self.conflicts.before_write = self._release_layers
        QVBoxLayout(self.conflicts_box).addWidget(self.conflicts)
        layout.addWidget(self.conflicts_box, 1)

        self.checkout_button.clicked.connect(self.checkout)
        self.sync_button.clicked.connect(self.sync)
        self.layers_button.clicked.connect(self.add_layers)
        self.workspace_widget.fileChanged.connect(self.set_workspace)
        self.conflicts.resolved.connect(self._resolved)
        self.conflicts.feature_activated.connect(self.show_feature)
        self.collection_list.itemChanged.connect(lambda *args: self._update_buttons())
        self.target_widget.fileChanged.connect(lambda *args: self._update_buttons())
        bar.changed.connect(lambda *args: self._update_buttons())
        self.set_collections([])
        self.set_workspace("")

    # -- collections offered for checkout ---------------------------------------------------------
    def set_collections(self, infos: list[CollectionInfo]) -> None:
        ticked = set(self.ticked())
        self.collection_list.blockSignals(True)
        self.collection_list.clear()
        for info in infos:
            count = "" if info.feature_count is None else f" ({info.feature_count})"
            item = QListWidgetItem(f"{info.title or info.id}{count}", self.collection_list)
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked if info.id in ticked else Qt.CheckState.Unchecked)
        self.collection_list.blockSignals(False)
        self.collection_list.setVisible(bool(infos))
        self.no_collections.setVisible(not infos)
        self._update_buttons()

    def tick(self, ids: list[str]) -> None:
        for index in range(self.collection_list.count()):
            item = self.collection_list.item(index)
            checked = item.data(Qt.ItemDataRole.UserRole) in ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.checkout_box.setCollapsed(False)

    def ticked(self) -> list[str]:
        items = (self.collection_list.item(i) for i in range(self.collection_list.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def _update_buttons(self) -> None:
        busy = bool(self.runner.running())
        connected = bool(self.bar.current_name())
        self.checkout_button.setEnabled(connected and not busy and bool(self.ticked())
                                        and bool(self.target_widget.filePath()))
        has_workspace = bool(self.path)
        self.sync_button.setEnabled(connected and not busy and has_workspace)
        self.layers_button.setEnabled(has_workspace)

    # -- area -------------------------------------------------------------------------------------
    def _area(self, kind: str) -> Optional[Area]:
        """The area chosen (None: whole collections); raises ValueError with a message if unusable."""
        if kind == AREA_WHOLE:
            return None
        if self.iface is None:
            raise ValueError(tr("No map canvas here: check out whole collections."))
        if kind == AREA_CANVAS:
            canvas = self.iface.mapCanvas()
            return Area(QgsGeometry.fromRect(canvas.extent()), canvas.mapSettings().destinationCrs())
        layer = self.iface.activeLayer()
        if not isinstance(layer, QgsVectorLayer) or layer.geometryType() != GeometryType.Polygon:
            raise ValueError(tr("Select polygons in a polygon layer and make it the active layer."))
        geometries = [f.geometry() for f in layer.getSelectedFeatures() if f.hasGeometry()]
        if not geometries:
            raise ValueError(tr("No polygon is selected in {layer}.").format(layer=layer.name()))
        return Area(QgsGeometry.unaryUnion(geometries), layer.crs(), polygon=True)

    # -- checkout ---------------------------------------------------------------------------------
    def checkout(self) -> Optional[CheckoutTask]:
        path = self.target_widget.filePath()
        if path and not path.lower().endswith(".gpkg"):
            path += ".gpkg"
        names = self.ticked()
        if not path or not names:
            return None
        if Path(path).exists() and not is_workspace(path):
            self.notify(tr("{path} already exists and is not a workspace: choose another file name.").format(
                path=path), Qgis.MessageLevel.Warning)
            return None
        try:
            area = self.area_provider(self.area_combo.currentData())
        except ValueError as err:
            self.notify(str(err), Qgis.MessageLevel.Warning)
            return None
        client = self.bar.client()
        if client is None:
            return None
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.last_task = self.runner.start(
            CheckoutTask(client, path, names, area, QgsProject.instance().transformContext()),
            lambda task: self._checked_out(task, path))
        self._update_buttons()
        return self.last_task

    def _checked_out(self, task: CheckoutTask, path: str) -> None:
        self._update_buttons()
        if task.error is not None:
            self.notify(tr("Checkout failed. {explanation}").format(explanation=explain(task.error)),
                        Qgis.MessageLevel.Critical, details(task.error))
            return
        result = task.result
        if result is None or not result.counts:
            errors = result.errors if result is not None else []
            self.notify(tr("Nothing was checked out."), Qgis.MessageLevel.Warning, "\n".join(errors))
            return
        self.set_workspace(path)
        self.add_layers(list(result.counts))
        text = tr("{n} feature(s) checked out into {path}; the layers are in the project.").format(
            n=sum(result.counts.values()), path=Path(path).name)
        if result.canceled:
            text += " " + tr("Cancelled before the other collections.")
        level = Qgis.MessageLevel.Warning if result.errors or result.canceled else Qgis.MessageLevel.Success
        self.notify(text, level, "\n".join(result.errors))

    # -- workspace --------------------------------------------------------------------------------
    def set_workspace(self, path: str) -> None:
        """Use the workspace at ``path`` ("" for none); non-workspace files are refused."""
        path = str(path or "")
        if path and not is_workspace(path):
            self.notify(tr("{path} is not a workspace made by a checkout.").format(path=path),
                        Qgis.MessageLevel.Warning)
            path = ""
        changed = path != self.path
        self.path = path
        self.workspace_widget.blockSignals(True)
        self.workspace_widget.setFilePath(path)
        self.workspace_widget.blockSignals(False)
        if path:
            self.checkout_box.setCollapsed(True)
            QgsProject.instance().writeEntry(PROJECT_SCOPE, PROJECT_KEY, path)
        if changed and path:
            self._select_connection(path)
        self.watch_layers()
        self.refresh_status()
        self.conflicts.load(path or None)
        self._update_buttons()
        if changed:
            self.workspace_changed.emit(path)

    def _select_connection(self, path: str) -> None:
        """Choose the connection of the server the workspace was checked out from, if there is one."""
        with Workspace(path) as workspace:
            urls = {workspace.info(name)["server_url"] for name in workspace.collections()} - {None, ""}
        if len(urls) == 1:
            self.bar.select_url(urls.pop())

    def layers(self) -> list[QgsVectorLayer]:
        return workspace_layers(self.path) if self.path else []

    def watch_layers(self) -> None:
        """Refresh the status line whenever an edit of a workspace layer is saved or abandoned."""
        for layer in self.layers():
            if layer.id() in self._watched:
                continue
            self._watched.add(layer.id())
            for signal in (layer.afterCommitChanges, layer.afterRollBack, layer.editingStarted,
                           layer.layerModified):
                signal.connect(self._status_timer.start)

    def status_text(self) -> str:
        if not self.path:
            return tr("Field work: no workspace open.")
        with Workspace(self.path) as workspace:
            pending, conflicts = workspace.pending_changes(), workspace.conflict_count()
            last = workspace.last_sync()
            names = workspace.collections()
        text = tr("Field work: {pending} pending change(s) · {conflicts} conflict(s)").format(
            pending=pending, conflicts=conflicts) + "\n" + tr("Last sync: {when}").format(when=when(last))
        unsaved = [layer.name() for layer in self.layers() if layer.isEditable() and layer.isModified()]
        if unsaved:
            text += "\n" + tr("Unsaved edits in {layers}: save them to count and sync them.").format(
                layers=", ".join(unsaved))
        self.status_label.setToolTip(tr("Workspace {path}\nCollections: {names}").format(
            path=self.path, names=", ".join(names) or "—"))
        return text

    def refresh_status(self, *args) -> None:
        if any(getattr(task, "path", None) == self.path for task in self.runner.running()):
            self.status_label.setText(tr("The workspace is being synchronised…"))
            return
        try:
            self.status_label.setText(self.status_text())
        except sqlite3.Error as err:
            self.status_label.setText(tr("The workspace cannot be read: {error}").format(error=err))

    def add_layers(self, collections: Optional[list[str]] = None) -> list:
        if not self.path:
            return []
        if not collections:
            with Workspace(self.path) as workspace:
                collections = workspace.collections()
        added = add_workspace_layers(self.path, collections, tr("Field work — {name}").format(
            name=Path(self.path).stem))
        self.watch_layers()
        return added

    def show_feature(self, collection: str, fid: str) -> bool:
        """Select a workspace feature and zoom the map to it (when its layer is in the project)."""
        table = workspace_tables(self.path, [collection])[collection]
        layer = next((layer for layer in self.layers() if layer.source().endswith(f"layername={table}")),
                     None)
        if layer is None:
            self.notify(tr("Add the workspace's layers to the map to see the feature."),
                        Qgis.MessageLevel.Info)
            return False
        expression = QgsExpression.createFieldEqualityExpression("id", fid)
        layer.selectByExpression(expression)
        if not layer.selectedFeatureCount():
            self.notify(tr("The feature is no longer in the workspace (deleted here)."),
                        Qgis.MessageLevel.Info)
            return False
        if self.iface is not None:
            show_selection(self.iface.mapCanvas(), layer)
        return True

    # -- sync -------------------------------------------------------------------------------------
    def _release_layers(self) -> bool:
        """The GeoPackage is about to be written outside QGIS: unsaved edits must be saved first."""
        editing = [layer for layer in self.layers() if layer.isEditable()]
        modified = [layer for layer in editing if layer.isModified()]
        if modified and not self.confirm_save(modified):
            return False
        for layer in editing:
            if not layer.commitChanges():
                self.notify(tr("The edits of {layer} could not be saved: {errors}").format(
                    layer=layer.name(), errors="; ".join(layer.commitErrors())), Qgis.MessageLevel.Critical)
                return False
        return True

    def confirm_save(self, layers: list[QgsVectorLayer]) -> bool:
        return ask(self, QMessageBox.Icon.Question, tr("Unsaved edits"),
                   tr("Save the edits of {layers} first? The sync only sends saved edits.").format(
                       layers=", ".join(layer.name() for layer in layers)),
                   tr("Save and synchronise"), default_accept=True)

    def sync(self) -> Optional[SyncTask]:
        if not self.path or not self._release_layers():
            return None
        client = self.bar.client()
        if client is None:
            return None
        self._locked = [layer for layer in self.layers() if not layer.readOnly()]
        for layer in self._locked:  # no edit while the sync rewrites the tables
            layer.setReadOnly(True)
        self.last_task = self.runner.start(SyncTask(client, self.path), self._synced)
        self._update_buttons()
        return self.last_task

    def _synced(self, task: SyncTask) -> None:
        for layer in self._locked:
            layer.setReadOnly(False)
        self._locked = []
        reload_layers(self.layers())
        self.refresh_status()
        self.conflicts.load(self.path)
        self._update_buttons()
        if task.error is not None:
            self.notify(tr("Sync failed. {explanation}").format(explanation=explain(task.error)),
                        Qgis.MessageLevel.Critical, details(task.error))
            return
        outcome = task.result
        if outcome is None:
            self.notify(tr("Sync cancelled: the workspace is consistent, run the sync again."),
                        Qgis.MessageLevel.Info)
            return
        report = outcome.report
        text = tr("{pulled} change(s) received, {pushed} sent, {conflicts} conflict(s), {pending} edit(s) "
                  "pending.").format(pulled=report.pulled, pushed=report.pushed, conflicts=outcome.conflicts,
                                     pending=outcome.pending)
        if report.kept_local:
            text += " " + tr("{n} feature(s) edited during the sync kept as edited: the next sync sends "
                             "them.").format(n=report.kept_local)
        if report.errors:
            self.notify(text + " " + tr("Some changes could not be sent (see the details); nothing was "
                                        "lost."), Qgis.MessageLevel.Warning, "\n".join(report.errors))
        elif report.canceled:
            self.notify(text + " " + tr("Sync cancelled: run it again to finish."), Qgis.MessageLevel.Info)
        elif outcome.conflicts:
            self.conflicts_box.setCollapsed(False)
            self.notify(text + " " + tr("Resolve the conflicts in the list, then sync again."),
                        Qgis.MessageLevel.Warning)
        else:
            self.notify(text, Qgis.MessageLevel.Success)

    def _resolved(self, count: int) -> None:
        reload_layers(self.layers())
        self.refresh_status()
        if count:
            self.notify(tr("{n} conflict(s) resolved: sync to send the resolutions.").format(n=count),
                        Qgis.MessageLevel.Success)
