"""The server's collections: title, feature count, CRS and extent; add to map, publish, check out."""

from __future__ import annotations

from typing import Optional

from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import tr
from ..core.sync.client import CollectionInfo
from ..core.sync.workspace import epsg_code
from .connections import ConnectionBar
from .map_layers import collection_layer
from .messages import details, explain
from .tasks import CollectionsTask, TaskRunner
from .widgets import Notifier, WrappingRow, theme_icon

INFO_ROLE = Qt.ItemDataRole.UserRole + 1
LTR_EMBEDDING, POP_DIRECTION = "\u202a", "\u202c"  # keeps "-6.8, 33.9 — -6.7, 34.0" in order in RTL


def crs_label(info: CollectionInfo) -> str:
    """``EPSG:26191`` for the storage CRS (the one a checkout keeps), else the first offered CRS."""
    uri = info.storage_crs or (info.crs[0] if info.crs else "")
    if not uri:
        return ""
    return "CRS84" if uri.endswith("CRS84") else f"EPSG:{epsg_code(uri)}"


def extent_label(info: CollectionInfo) -> str:
    if info.extent is None:
        return ""
    return LTR_EMBEDDING + "{:.4f}, {:.4f} — {:.4f}, {:.4f}".format(*info.extent) + POP_DIRECTION


def count_label(info: CollectionInfo) -> str:
    return tr("unknown") if info.feature_count is None else str(info.feature_count)


class CollectionsPanel(QWidget):
    """The collections of the chosen server, and what can be done with them."""

    loaded = pyqtSignal(list)  # list[CollectionInfo]
    publish_requested = pyqtSignal(str)  # collection id ("" when none is selected)
    checkout_requested = pyqtSignal(list)  # collection ids

    def __init__(self, bar: ConnectionBar, runner: TaskRunner, notify: Notifier, iface=None,
                 parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setObjectName("collectionsPanel")
        self.bar, self.runner, self.notify, self.iface = bar, runner, notify, iface
        self.infos: list[CollectionInfo] = []
        self.last_task: Optional[CollectionsTask] = None
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("collectionsTree")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([tr("Collection"), tr("Features"), tr("CRS"), tr("Extent (lon/lat)")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.tree.header()
        for column in (0, 1, 2):  # the title whole; the extent (least needed) takes what is left
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.placeholder = QLabel(tr("Choose a server connection, then refresh to see its collections."),
                                  self)
        self.placeholder.setWordWrap(True)
        self.placeholder.setObjectName("collectionsPlaceholder")
        layout.addWidget(self.placeholder)
        layout.addWidget(self.tree, 1)
        buttons = WrappingRow()  # wraps: the dock stays usable at 350 px in every language
        self.refresh_button = QPushButton(theme_icon("mActionRefresh.svg"), tr("Refresh"), self)
        self.refresh_button.setObjectName("refreshCollections")
        self.add_button = QPushButton(theme_icon("mActionAddLayer.svg"), tr("Add to map"), self)
        self.add_button.setObjectName("addToMap")
        self.add_button.setToolTip(tr("Adds the selected collections as live, read-only layers (QGIS's OGC "
                                      "API - Features provider loads what the map shows). To edit, check "
                                      "them out for field work."))
        self.publish_button = QPushButton(theme_icon("mActionSharingExport.svg"), tr("Publish a layer…"),
                                          self)
        self.publish_button.setObjectName("publishLayer")
        self.checkout_button = QPushButton(theme_icon("mActionNewGeoPackageLayer.svg"), tr("Check out…"),
                                           self)
        self.checkout_button.setObjectName("checkoutCollections")
        self.checkout_button.setToolTip(tr("Copy the selected collections into a GeoPackage for offline "
                                           "field work"))
        for button in (self.refresh_button, self.add_button, self.publish_button, self.checkout_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.refresh_button.clicked.connect(self.refresh)
        self.add_button.clicked.connect(self.add_selected_to_map)
        self.publish_button.clicked.connect(lambda: self.publish_requested.emit(self._first_selected_id()))
        self.checkout_button.clicked.connect(lambda: self.checkout_requested.emit(self.selected_ids()))
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *args: self.add_selected_to_map())
        bar.changed.connect(self._connection_changed)
        self._connection_changed(bar.current_name())

    def _show(self, has_rows: bool) -> None:
        self.placeholder.setVisible(not has_rows)

    def _connection_changed(self, name: str) -> None:
        self.tree.clear()
        self.infos = []
        self._show(False)
        self.refresh_button.setEnabled(bool(name))
        self._update_buttons()
        self.loaded.emit([])

    def _update_buttons(self) -> None:
        selected = bool(self.tree.selectedItems())
        self.add_button.setEnabled(selected)
        self.checkout_button.setEnabled(selected)
        self.publish_button.setEnabled(bool(self.infos))

    # -- loading ----------------------------------------------------------------------------------
    def refresh(self) -> Optional[CollectionsTask]:
        client = self.bar.client()
        if client is None:
            return None
        self.refresh_button.setEnabled(False)
        self.placeholder.setText(tr("Reading the collections…"))
        self.last_task = self.runner.start(CollectionsTask(client, self.bar.current_name()), self._loaded)
        return self.last_task

    def _loaded(self, task: CollectionsTask) -> None:
        self.refresh_button.setEnabled(bool(self.bar.current_name()))
        if not task.ok:
            self.placeholder.setText(tr("Choose a server connection, then refresh to see its collections."))
            if not task.canceled:
                self.notify(tr("The collections could not be listed. {explanation}").format(
                    explanation=explain(task.error)), Qgis.MessageLevel.Critical, details(task.error))
            return
        self.set_collections(task.result)
        self.notify(tr("{n} collection(s) on the server.").format(n=len(task.result)), Qgis.MessageLevel.Info,
                    duration=3)

    def set_collections(self, infos: list[CollectionInfo]) -> None:
        self.infos = [info for info in infos if info.item_type == "feature"]
        self.tree.setSortingEnabled(False)
        self.tree.clear()
        for info in self.infos:
            item = QTreeWidgetItem([info.title or info.id, count_label(info), crs_label(info),
                                    extent_label(info)])
            item.setData(0, INFO_ROLE, info.id)
            item.setToolTip(0, tr("Id: {id}").format(id=info.id))
            item.setToolTip(2, "\n".join(info.crs))
            item.setToolTip(3, extent_label(info))
            if info.feature_count is not None:
                item.setData(1, Qt.ItemDataRole.DisplayRole, info.feature_count)
            self.tree.addTopLevelItem(item)
        self.tree.setSortingEnabled(True)
        self._show(bool(self.infos))
        if not self.infos:
            self.placeholder.setText(tr("The server publishes no feature collection."))
        self._update_buttons()
        self.loaded.emit(list(self.infos))

    # -- selection and actions --------------------------------------------------------------------
    def info(self, collection_id: str) -> Optional[CollectionInfo]:
        return next((info for info in self.infos if info.id == collection_id), None)

    def selected_ids(self) -> list[str]:
        return [item.data(0, INFO_ROLE) for item in self.tree.selectedItems()]

    def _first_selected_id(self) -> str:
        ids = self.selected_ids()
        return ids[0] if ids else ""

    def select(self, ids: list[str]) -> None:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            item.setSelected(item.data(0, INFO_ROLE) in ids)

    def add_selected_to_map(self) -> list:
        connection = self.bar.current()
        if connection is None:
            return []
        added = []
        for collection_id in self.selected_ids():
            info = self.info(collection_id)
            layer = collection_layer(connection, info)
            if not layer.isValid():
                error = layer.dataProvider().error().summary() if layer.dataProvider() else ""
                self.notify(tr("{title} could not be added to the map: the server's OGC API - Features "
                               "service did not answer as QGIS expects.").format(title=info.title),
                            Qgis.MessageLevel.Warning, error)
                continue
            QgsProject.instance().addMapLayer(layer)
            added.append(layer)
        if added:
            self.notify(tr("{n} layer(s) added.").format(n=len(added)),
                        Qgis.MessageLevel.Success)
        return added
