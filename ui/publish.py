"""Publishing a local layer to a collection, with a pre-flight check the person reviews first.

The check (a task) reads the layer in the collection's storage CRS and lists what would not be
sent as is: invalid geometries (never sent), the field mapping (layer field → server field,
suggested by name whatever the case), and personal-data fields (by name or by values), unticked
with their reason, so left out unless the person ticks them. A layer without a CRS or with
impossible coordinates is refused before reading. Publishing (another task) then sends exactly
what was checked; a replace first says how many server features it will delete.
"""

from __future__ import annotations

import unicodedata
from typing import Callable, Optional

from qgis.core import Qgis, QgsFeatureRequest
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..compat import FeatureRequestFlag, LayerFilter
from ..core.i18n import tr
from ..core.privacy import DEFAULT_POLICY
from ..core.sync.client import SERVER_FIELDS, AgencyClient, CollectionInfo
from ..core.sync.session import PublishInterrupted, PublishRefused, PublishReport
from ..processing.features import crs_problem
from .messages import details, explain
from .tasks import RESERVED_FIELDS, LayerSource, Preflight, PreflightTask, PublishTask, TaskRunner
from .widgets import Notifier, Section, TaskProgress, ask, theme_icon


def _list(parent: QWidget, name: str) -> QListWidget:
    widget = QListWidget(parent)
    widget.setObjectName(name)
    widget.setAlternatingRowColors(True)
    widget.setMaximumHeight(110)
    return widget


class PublishDialog(QDialog):
    """Layer → collection (append or replace), with the pre-flight lists and a summary."""

    published = pyqtSignal(str)  # a collection's content changed (its id): lists to refresh

    def __init__(self, make_client: Callable[[], Optional[AgencyClient]], collections: list[CollectionInfo],
                 notify: Notifier, collection: str = "", parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setObjectName("AgenceUrbainePublishDialog")
        self.setWindowTitle(tr("Publish a layer to the agency server"))
        self.make_client, self.notify = make_client, notify
        self.client: Optional[AgencyClient] = None
        self.preflight: Optional[Preflight] = None
        self.report: Optional[PublishReport] = None
        self.runner = TaskRunner(self)
        self.last_task = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.layer_combo = QgsMapLayerComboBox(self)
        self.layer_combo.setObjectName("publishLayerCombo")
        self.layer_combo.setFilters(LayerFilter.HasGeometry)
        self.selected_only = QCheckBox(tr("Selected features only"), self)
        self.selected_only.setObjectName("selectedOnly")
        self.collection_combo = QComboBox(self)
        self.collection_combo.setObjectName("publishCollectionCombo")
        for info in collections:
            self.collection_combo.addItem(info.title or info.id, info.id)
        # no collection chosen for the person: the one asked for, else the one the layer is named
        # after (set in _inputs_changed), else none ("applications" went to Parcels, the first)
        self.collection_combo.setPlaceholderText(tr("Choose a collection…"))
        self.collection_combo.setCurrentIndex(self.collection_combo.findData(collection))
        self.collection_asked = self.collection_combo.currentIndex() >= 0
        self.collection_combo.activated.connect(lambda *args: setattr(self, "collection_asked", True))
        mode_box = QWidget(self)
        mode_layout = QVBoxLayout(mode_box)
        mode_layout.setContentsMargins(0, 0, 0, 0)
        self.append_radio = QRadioButton(tr("Append"), mode_box)
        self.replace_radio = QRadioButton(tr("Replace the collection's features"), mode_box)
        self.append_radio.setChecked(True)
        self.mode_group = QButtonGroup(self)
        for radio in (self.append_radio, self.replace_radio):
            self.mode_group.addButton(radio)
            mode_layout.addWidget(radio)
        # under the form, full width: a wrapped label inside a form row got one line's height
        self.mode_note = QLabel(self)
        self.mode_note.setWordWrap(True)
        self.mode_note.setObjectName("modeNote")
        self.replace_radio.toggled.connect(self._mode_changed)
        self._mode_changed()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(tr("Layer"), self.layer_combo)
        form.addRow("", self.selected_only)
        form.addRow(tr("Collection"), self.collection_combo)
        form.addRow(tr("Mode"), mode_box)
        layout.addLayout(form)
        layout.addWidget(self.mode_note)

        # the check's results scroll when the dialog is short: the explanations above and the
        # summary below keep the height their text needs
        results = QWidget(self)
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        self.results_scroll = scroll = QScrollArea(self)
        scroll.setObjectName("checkResults")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(results)
        self.personal_box = Section(parent=results)
        personal_layout = self.personal_box.body
        note = QLabel(tr("Personal data is not published: tick a field only if publishing it is lawful "
                         "and intended."), self.personal_box)
        note.setWordWrap(True)
        self.personal_list = _list(self.personal_box, "personalFields")
        self.personal_list.setWordWrap(True)  # the reason stays readable in a narrow dock
        self.personal_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        personal_layout.addWidget(note)
        personal_layout.addWidget(self.personal_list)
        self.invalid_box = Section(parent=results)
        self.invalid_list = _list(self.invalid_box, "invalidGeometries")
        self.invalid_box.body.addWidget(self.invalid_list)
        self.schema_box = Section(parent=results)
        self.schema_list = _list(self.schema_box, "schemaDifferences")
        self.schema_box.body.addWidget(self.schema_list)
        self.mapping_box = Section(tr("Fields sent (layer field → server field)"), results)
        self.mapping_table = QTableWidget(0, 2, self.mapping_box)
        self.mapping_table.setObjectName("fieldMapping")
        self.mapping_table.setHorizontalHeaderLabels([tr("Layer field"), tr("Server field")])
        # the layer's field names whole; the server field's menu takes the rest
        self.mapping_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.mapping_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.verticalHeader().setDefaultSectionSize(24)
        self.mapping_table.setMinimumHeight(100)
        self.mapping_table.setMaximumHeight(150)
        self.mapping_box.body.addWidget(self.mapping_table)
        self.mapping_box.setVisible(False)
        for box in (self.personal_box, self.invalid_box, self.mapping_box, self.schema_box):
            results_layout.addWidget(box)
        results_layout.addStretch(1)
        layout.addWidget(scroll, 1)

        self.summary = QLabel(self)
        self.summary.setObjectName("publishSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.progress = TaskProgress(self.runner, self)
        layout.addWidget(self.progress)
        buttons = QHBoxLayout()
        self.check_button = QPushButton(theme_icon("mIconSuccess.svg"), tr("Check"), self)
        self.check_button.setObjectName("checkButton")
        self.check_button.setToolTip(tr("Read the layer and compare it with the collection before sending"))
        self.publish_button = QPushButton(theme_icon("mActionSharingExport.svg"), tr("Publish"), self)
        self.publish_button.setObjectName("publishButton")
        self.publish_button.setDefault(True)
        close = QPushButton(tr("Close"), self)
        close.setObjectName("closeButton")
        close.clicked.connect(self.reject)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.publish_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)

        self.check_button.clicked.connect(self.check)
        self.publish_button.clicked.connect(self.publish)
        self.layer_combo.layerChanged.connect(self._layer_changed)
        self.selected_only.toggled.connect(self._inputs_changed)
        self.collection_combo.currentIndexChanged.connect(self._inputs_changed)
        self._layer_changed()
        self.resize(520, 660)

    # -- inputs -----------------------------------------------------------------------------------
    def layer(self):
        return self.layer_combo.currentLayer()

    def collection(self) -> str:
        return self.collection_combo.currentData() or ""

    def mode(self) -> str:
        return "replace" if self.replace_radio.isChecked() else "append"

    def field_map(self) -> Optional[dict[str, str]]:
        """Layer field → server field as the person left it (None before a check knew the server's
        fields: then fields go under their own names)."""
        if self.preflight is None or not self.preflight.schema_known:
            return None
        mapping = {}
        for row in range(self.mapping_table.rowCount()):
            target = self.mapping_table.cellWidget(row, 1).currentData()
            if target:
                mapping[self.mapping_table.item(row, 0).text()] = target
        return mapping

    def included_personal(self) -> list[str]:
        items = (self.personal_list.item(i) for i in range(self.personal_list.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def _mode_changed(self, *args) -> None:
        if getattr(self, "preflight", None) is not None and self.replace_radio.isChecked():
            self.preflight = None  # a replace needs the number of features it deletes: check again
            self.summary.setText(tr("Check again: a replace first counts the server features it deletes."))
            self._update_buttons()
        self.mode_note.setText(
            tr("The collection will hold exactly these features: the others are deleted once every "
               "valid feature is stored.") if self.replace_radio.isChecked() else
            tr("Adds the features; those already published under the same id are kept."))

    def _inputs_changed(self, *args) -> None:
        """A new layer, selection or collection: the previous check no longer holds."""
        self.preflight = None
        layer = self.layer()
        self.selected_only.setEnabled(layer is not None and layer.selectedFeatureCount() > 0)
        if layer is None or layer.selectedFeatureCount() == 0:
            self.selected_only.setChecked(False)
        self._fill_personal(self._sampled_personal(layer))
        self.mapping_box.setVisible(False)
        self._fill(self.invalid_box, self.invalid_list, tr("Invalid geometries: not sent"), None)
        self._fill(self.schema_box, self.schema_list, tr("Differences with the server's fields"), None)
        self.summary.setText(tr("Check the layer against the collection before publishing.")
                             if layer is not None else tr("Choose a layer with geometries."))
        self._update_buttons()

    def _layer_changed(self, *args) -> None:
        layer = self.layer()
        if layer is not None and not self.collection_asked:
            self._guess_collection(layer.name())
        self._inputs_changed()

    def _guess_collection(self, layer_name: str) -> None:
        """The collection whose id or title is the layer's name (case, accents, spaces, a plural
        s aside), else none: publishing into an unintended collection adds to the wrong data."""
        def key(text: str) -> str:
            folded = unicodedata.normalize("NFKD", text.casefold())
            letters = "".join(c for c in folded if c.isalnum())
            return letters[:-1] if letters.endswith("s") else letters

        wanted = key(layer_name)
        matches = [index for index in range(self.collection_combo.count())
                   if wanted and wanted in (key(self.collection_combo.itemText(index)),
                                            key(str(self.collection_combo.itemData(index))))]
        self.collection_combo.blockSignals(True)
        self.collection_combo.setCurrentIndex(matches[0] if len(matches) == 1 else -1)
        self.collection_combo.blockSignals(False)

    def _update_buttons(self) -> None:
        busy = bool(self.runner.running())
        ready = self.layer() is not None and bool(self.collection())
        self.check_button.setEnabled(ready and not busy)
        self.publish_button.setEnabled(ready and not busy and self.preflight is not None)
        for widget in (self.layer_combo, self.selected_only, self.collection_combo, self.append_radio,
                       self.replace_radio, self.personal_list):
            widget.setEnabled(not busy and (widget is not self.selected_only or self._has_selection()))

    def _has_selection(self) -> bool:
        layer = self.layer()
        return layer is not None and layer.selectedFeatureCount() > 0

    @staticmethod
    def _sampled_personal(layer) -> dict[str, str]:
        """Personal fields by name, or by the values of the layer's first features (the check
        looks at every feature)."""
        if layer is None:
            return {}
        names = [f.name() for f in layer.fields() if f.name() not in RESERVED_FIELDS
                 and f.name() not in SERVER_FIELDS]
        request = QgsFeatureRequest().setLimit(200).setFlags(FeatureRequestFlag.NoGeometry)
        rows = [dict(zip(layer.fields().names(), f.attributes())) for f in layer.getFeatures(request)]
        return {p.field: p.reason for p in DEFAULT_POLICY.detect(names, rows)}

    def _fill_personal(self, fields: dict[str, str]) -> None:
        self.personal_list.clear()
        for name, reason in fields.items():
            text = tr("{field} ({reason})").format(field=name, reason=reason)
            item = QListWidgetItem(text, self.personal_list)
            item.setToolTip(reason)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.personal_box.setTitle(tr("Personal data ({n} field(s))").format(n=len(fields)))
        self.personal_box.setVisible(bool(fields))

    def _fill_mapping(self, preflight: Preflight) -> None:
        self.mapping_table.setRowCount(0)
        names = [n for n in self.layer_fields() if n not in preflight.personal_fields]
        for row, name in enumerate(names):
            self.mapping_table.insertRow(row)
            self.mapping_table.setItem(row, 0, QTableWidgetItem(name))
            combo = QComboBox(self.mapping_table)
            combo.addItem(tr("(not sent)"), "")
            for target in preflight.server_fields:
                combo.addItem(target, target)
            combo.setCurrentIndex(max(0, combo.findData(preflight.mapping.get(name, ""))))
            self.mapping_table.setCellWidget(row, 1, combo)
        table = self.mapping_table
        header = table.horizontalHeader()
        table.setMinimumWidth(sum(max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in (0, 1))
                              + 2 * table.frameWidth())
        self.mapping_box.setVisible(preflight.schema_known and bool(names))
        self._fit_results()

    def _fit_results(self) -> None:
        """The results scroll up and down only: the dialog is at least as wide as they need."""
        scroll = self.results_scroll
        scroll.setMinimumWidth(scroll.widget().minimumSizeHint().width() + 2 * scroll.frameWidth()
                               + scroll.verticalScrollBar().sizeHint().width())

    def layer_fields(self) -> list[str]:
        layer = self.layer()
        return [f.name() for f in layer.fields() if f.name() not in RESERVED_FIELDS
                and f.name() not in SERVER_FIELDS] if layer is not None else []

    def _fill(self, box: Section, widget: QListWidget, title: str, lines: Optional[list[str]]) -> None:
        widget.clear()
        if lines is None:
            box.setTitle(title)
            widget.addItem(tr("Not checked yet."))
            return
        box.setTitle(tr("{title} ({n})").format(title=title, n=len(lines)))
        widget.addItems(lines or [tr("None.")])

    # -- client -----------------------------------------------------------------------------------
    def _client(self) -> Optional[AgencyClient]:
        if self.client is None:
            self.client = self.make_client()
        return self.client

    def done(self, result: int) -> None:
        self.runner.cancel_all()
        if self.client is not None and not self.runner.running():
            self.client.close()
            self.client = None
        super().done(result)

    # -- check ------------------------------------------------------------------------------------
    def check(self) -> Optional[PreflightTask]:
        client, layer = self._client(), self.layer()
        if client is None or layer is None:
            return None
        selected = self.selected_only.isChecked()
        problem = crs_problem(layer.name(), layer.crs(), layer.boundingBoxOfSelected() if selected
                              else layer.extent(), layer.transformContext())
        if problem:
            self.summary.setText(problem)
            self.notify(problem, Qgis.MessageLevel.Critical, "")
            return None
        source = LayerSource(layer, selected)
        self.summary.setText(tr("Checking…"))
        task = PreflightTask(client, self.collection(), source, replace=self.mode() == "replace")
        self.last_task = self.runner.start(task, self._checked)
        self._update_buttons()
        return self.last_task

    def _checked(self, task: PreflightTask) -> None:
        self._update_buttons()
        if not task.ok:
            self.summary.setText(tr("Check cancelled.") if task.canceled else tr(
                "The check failed. {explanation}").format(explanation=explain(task.error)))
            if task.error is not None:
                self.notify(self.summary.text(), Qgis.MessageLevel.Critical, details(task.error))
            return
        preflight: Preflight = task.result
        included = set(self.included_personal())
        self._fill_personal(preflight.personal_reasons)
        for i in range(self.personal_list.count()):
            item = self.personal_list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in included:
                item.setCheckState(Qt.CheckState.Checked)
        self._fill(self.invalid_box, self.invalid_list, tr("Invalid geometries: not sent"),
                   [tr("{ref}: {reason}").format(ref=ref, reason=why) for ref, why in preflight.invalid])
        schema = [tr("Not on the server, left out: {field}").format(field=n)
                  for n in preflight.unknown_fields]
        schema += [tr("On the server, absent from the layer: {field}").format(field=n)
                   for n in preflight.missing_fields]
        if not preflight.schema_known:
            schema.append(tr("The server does not describe its fields (empty collection): not compared."))
        self._fill(self.schema_box, self.schema_list, tr("Differences with the server's fields"), schema)
        self._fill_mapping(preflight)
        valid = len(preflight.features) - len(preflight.invalid)
        self.summary.setText(tr("{valid} feature(s) ready to publish in {crs}; {invalid} with an invalid "
                                "geometry will not be sent.").format(
            valid=valid, crs=preflight.crs, invalid=len(preflight.invalid)))
        self.preflight = preflight
        self._update_buttons()

    # -- publish ----------------------------------------------------------------------------------
    def replace_question(self) -> str:
        return tr("The collection {collection} will hold only the features of this layer: {n} feature(s) "
                  "of the server will be deleted, once every feature is stored (if one is refused, none "
                  "is deleted). Continue?").format(collection=self.collection(), n=self.preflight.to_delete)

    def confirm_replace(self) -> bool:
        return ask(self, QMessageBox.Icon.Warning, tr("Replace the collection's features"),
                   self.replace_question(), tr("Delete {n} and publish").format(n=self.preflight.to_delete))

    def publish(self) -> Optional[PublishTask]:
        client = self._client()
        if client is None or self.preflight is None:
            return None
        if self.mode() == "replace" and not self.confirm_replace():
            return None
        self.summary.setText(tr("Publishing…"))
        task = PublishTask(client, self.preflight, self.mode(), self.included_personal(), self.field_map())
        self.last_task = self.runner.start(task, self._published)
        self._update_buttons()
        return self.last_task

    def _published(self, task: PublishTask) -> None:
        self.preflight = None  # publishing again needs a fresh check
        self._update_buttons()
        if task.error is not None:
            text = tr("Publication failed. {explanation}").format(explanation=self._explain(task.error))
            self.summary.setText(text)
            self.notify(text, Qgis.MessageLevel.Critical, details(task.error))
            return
        report: Optional[PublishReport] = task.result
        if report is None:
            self.summary.setText(tr("Publication cancelled before anything was sent."))
            return
        self.report = report
        self.summary.setText(report.summary())
        refused = len(report.refused) + len(report.invalid)
        text = tr("{sent} feature(s) sent to {collection}, {refused} refused or not sent.").format(
            sent=report.sent, collection=report.title or report.collection, refused=refused)
        if report.sent or report.deleted:
            self.published.emit(report.collection)  # the dock's feature counts are stale now
        failed = refused or report.canceled or report.replace_skipped
        level = Qgis.MessageLevel.Warning if failed else Qgis.MessageLevel.Success
        self.notify(text, level, report.summary())

    @staticmethod
    def _explain(error: BaseException) -> str:
        """What went wrong; for an interrupted publication, also how much is stored."""
        if isinstance(error, PublishInterrupted):
            return f"{error.progress_text()} {explain(error.cause)}"
        if isinstance(error, PublishRefused):
            return str(error)
        return explain(error)
