"""The conflicts list: feature, field, mine, theirs; keep mine / keep theirs per field; apply."""

from __future__ import annotations

from typing import Any, Callable, Optional

from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import tr
from ..core.sync.merge import GEOMETRY
from ..core.sync.workspace import Workspace
from .resolution import MINE, THEIRS, WHOLE_FEATURE, apply_resolution, describe, disputed, is_complete
from .widgets import WrappingRow, theme_icon

# the choice next to the feature, its menu naming both values: in a narrow dock (300 px) the
# feature and the choice stay in view; the columns of values scroll
COLUMNS = ("feature", "keep", "field", "mine", "theirs")
CHOICE_CHARS = 24  # a value longer than this is cut in the choice menu (the table shows it whole)
MAX_VISIBLE_ROWS = 8
LABEL_FIELDS = ("ref", "parcel_ref", "name", "nom", "code", "label")  # a readable feature label, if any


def feature_label(conflict: dict[str, Any]) -> str:
    """A short name for the feature: a reference-like property, else the start of its id."""
    for side in ("theirs", "ours", "base"):
        properties = (conflict.get(side) or {}).get("properties") or {}
        for name in LABEL_FIELDS:
            if properties.get(name) not in (None, ""):
                return str(properties[name])
    return str(conflict["fid"])[:8]


def field_label(name: str) -> str:
    if name == WHOLE_FEATURE:
        return tr("(whole feature)")
    if name == GEOMETRY:
        return tr("(geometry)")
    return name


def side_text(conflict: dict[str, Any], side: str, name: str) -> str:
    feature = conflict[side]
    if name == WHOLE_FEATURE:
        return tr("deleted") if feature is None else tr("edited")
    if feature is None:
        return tr("deleted")
    if name == GEOMETRY:
        return describe(feature.get("geometry"), GEOMETRY)
    return describe((feature.get("properties") or {}).get(name), name)


class ConflictsWidget(QWidget):
    """Lists a workspace's recorded conflicts and applies the chosen side per field."""

    resolved = pyqtSignal(int)  # number of conflicts resolved by "apply"
    feature_activated = pyqtSignal(str, str)  # collection, feature id (a row was double-clicked)

    def __init__(self, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setObjectName("conflictsWidget")
        self.path: Optional[str] = None
        self.rows: list[tuple[str, dict, str]] = []  # (collection, conflict, field) per table row
        self.before_write: Callable[[], bool] = lambda: True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.empty_label = QLabel(tr("No conflict."), self)
        self.empty_label.setObjectName("noConflict")
        layout.addWidget(self.empty_label)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("conflictsTable")
        titles = {"feature": tr("Feature"), "field": tr("Field"), "keep": tr("Keep"), "mine": tr("Mine"),
                  "theirs": tr("Theirs")}
        self.table.setHorizontalHeaderLabels([titles[name] for name in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # every column as wide as its header and contents ("Version du serveur" and feature
        # references like "PC-2024-000123" were cut when a column took what the others left):
        # in a narrow dock the table scrolls, nothing is cut
        header.setSectionResizeMode(COLUMNS.index("keep"), QHeaderView.ResizeMode.Fixed)
        layout.addWidget(self.table, 1)
        row = WrappingRow()
        self.all_mine = QPushButton(tr("All mine"), self)
        self.all_mine.setObjectName("allMine")
        self.all_theirs = QPushButton(tr("All theirs"), self)
        self.all_theirs.setObjectName("allTheirs")
        self.apply_button = QPushButton(theme_icon("mActionSaveEdits.svg"), tr("Apply resolutions"), self)
        self.apply_button.setObjectName("applyResolutions")
        self.apply_button.setToolTip(tr("Write the chosen values into the workspace; the next sync sends "
                                        "them"))
        row.addWidget(self.all_mine)
        row.addWidget(self.all_theirs)
        row.addWidget(self.apply_button)
        layout.addLayout(row)
        self.table.setToolTip(tr("Double-click a row to show the feature on the map"))
        self.table.cellDoubleClicked.connect(self._activated)
        self.all_mine.clicked.connect(lambda: self.choose_all(MINE))
        self.all_theirs.clicked.connect(lambda: self.choose_all(THEIRS))
        self.apply_button.clicked.connect(self.apply)
        self._update()

    # -- loading ----------------------------------------------------------------------------------
    def load(self, path: Optional[str]) -> int:
        """Show the conflicts of the workspace at ``path`` (None: nothing); returns their number."""
        self.path = path
        conflicts: list[tuple[str, dict]] = []
        if path:
            with Workspace(path) as workspace:
                for collection in workspace.collections():
                    conflicts += [(collection, c) for c in workspace.conflicts(collection)]
        self._fill(conflicts)
        return len(conflicts)

    def _fill(self, conflicts: list[tuple[str, dict]]) -> None:
        self.table.setRowCount(0)
        self.rows = [(collection, conflict, name) for collection, conflict in conflicts
                     for name in disputed(conflict)]
        self.table.setRowCount(len(self.rows))
        several = len({collection for collection, _ in conflicts}) > 1  # else the layer is implied
        for index, (collection, conflict, name) in enumerate(self.rows):
            label = feature_label(conflict)
            values = {"feature": tr("{layer}: {feature}").format(layer=collection, feature=label)
                      if several else label, "field": field_label(name),
                      "mine": side_text(conflict, "ours", name),
                      "theirs": side_text(conflict, "theirs", name)}
            for key, text in values.items():
                item = QTableWidgetItem(text)
                item.setToolTip(tr("{layer}, feature id {id}").format(layer=collection, id=conflict["fid"])
                                if key == "feature" else text)
                self.table.setItem(index, COLUMNS.index(key), item)
            combo = QComboBox(self.table)
            combo.setToolTip(tr("Keep my value or the server's"))
            combo.addItem(tr("Choose…"), "")
            for side, key, template in ((MINE, "mine", tr("Mine: {value}")),
                                        (THEIRS, "theirs", tr("Theirs: {value}"))):
                value = values[key]
                if len(value) > CHOICE_CHARS:
                    value = value[:CHOICE_CHARS - 1] + "…"
                combo.addItem(template.format(value=value), side)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            combo.currentIndexChanged.connect(self._update)
            self.table.setCellWidget(index, COLUMNS.index("keep"), combo)
        self._fit()
        self._update()

    def _fit(self) -> None:
        """Room for the choice menus and for every row (up to a screenful), without inner scrolling."""
        keep = COLUMNS.index("keep")
        if self.rows:
            self.table.setColumnWidth(keep, self.table.cellWidget(0, keep).sizeHint().width() + 4)
            self.table.resizeRowsToContents()
        visible = min(len(self.rows), MAX_VISIBLE_ROWS)
        rows = sum(self.table.rowHeight(r) for r in range(visible))
        frame = 2 * self.table.frameWidth() + self.table.horizontalHeader().sizeHint().height()
        scrollbar = self.table.horizontalScrollBar().sizeHint().height()
        self.table.setMinimumHeight(frame + rows + scrollbar)

    def _combo(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, COLUMNS.index("keep"))

    def _activated(self, row: int, column: int) -> None:
        collection, conflict, _ = self.rows[row]
        self.feature_activated.emit(collection, conflict["fid"])

    # -- choices ----------------------------------------------------------------------------------
    def choose(self, row: int, side: str) -> None:
        combo = self._combo(row)
        combo.setCurrentIndex(combo.findData(side))

    def choose_all(self, side: str) -> None:
        for row in range(self.table.rowCount()):
            self.choose(row, side)

    def choices(self) -> list[tuple[str, dict, dict[str, str]]]:
        """(collection, conflict, {field: side}) per conflict, in the list's order."""
        grouped: dict[tuple[str, str], tuple[str, dict, dict[str, str]]] = {}
        for row, (collection, conflict, name) in enumerate(self.rows):
            entry = grouped.setdefault((collection, conflict["fid"]), (collection, conflict, {}))
            side = self._combo(row).currentData()
            if side:
                entry[2][name] = side
        return list(grouped.values())

    def _update(self, *args) -> None:
        has = bool(self.rows)
        self.table.setVisible(has)
        self.empty_label.setVisible(not has)
        for button in (self.all_mine, self.all_theirs):
            button.setEnabled(has)
        complete = [c for c in self.choices() if is_complete(c[1], c[2])] if has else []
        self.apply_button.setEnabled(bool(complete))

    # -- apply ------------------------------------------------------------------------------------
    def apply(self) -> int:
        """Resolve every conflict whose fields all have a choice; the others stay listed."""
        if not self.path or not self.before_write():
            return 0
        done = 0
        with Workspace(self.path) as workspace:
            for collection, conflict, keep in self.choices():
                if is_complete(conflict, keep):
                    apply_resolution(workspace, collection, conflict, keep)
                    done += 1
        self.load(self.path)
        self.resolved.emit(done)
        return done
