"""Named connections to agency servers: a chooser with add / edit / remove / test, and its dialog.

Storage is ``processing/connections.py`` (the same connections as the Processing algorithms): the
address in QGIS's settings and, for credentials, only the id of a QGIS authentication
configuration (chosen with ``QgsAuthConfigSelect``; the secret stays in QGIS's encrypted database).
An address with ``user:password@`` is refused, and credentials over plain http outside this
computer need the connection's explicit "allow" box (the rule is Processing's
``security_problem``: the dock and the algorithms apply the same one).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Optional

from qgis.core import Qgis
from qgis.gui import QgsAuthConfigSelect
from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import tr
from ..core.sync.client import AgencyClient
from ..core.sync.ogcapi import OgcApiFeaturesClient
from ..core.sync.protocols import looks_like_wfs
from ..processing.connections import (
    Connection,
    client_for,
    connection_names,
    load_connection,
    remove_connection,
    save_connection,
    security_problem,
)
from .messages import details, explain
from .tasks import ConnectionTestTask, TaskRunner
from .widgets import Notifier, ask, tool_button

FORBIDDEN_IN_NAMES = ("/", "\\")  # settings group separators


def connection_problem(name: str, url: str, existing: list[str], previous: Optional[str],
                       authcfg: str = "", allow_insecure: bool = False) -> Optional[str]:
    """Why a connection cannot be saved as typed (None when it can)."""
    if not name:
        return tr("Give the connection a name.")
    if any(ch in name for ch in FORBIDDEN_IN_NAMES):
        return tr("A connection name cannot contain / or \\.")
    if name != previous and name in existing:
        return tr("A connection called {name} already exists.").format(name=name)
    if not url.startswith(("http://", "https://")):
        return tr("The address must start with http:// or https://.")
    return security_problem(Connection(name, url, authcfg, allow_insecure))


def protocol_labels() -> list[tuple[str, str]]:
    """(protocol, translated label) in the order the dialog offers them."""
    return [("auto", tr("Auto-detect")), ("ogcapi", tr("OGC API – Features")), ("wfs", tr("WFS-T"))]


def make_client(connection: Connection) -> AgencyClient:
    """A client for ``connection`` (refused with the reason when :func:`security_problem` says
    so); credentials are read from QGIS's authentication manager now, on the main thread (QGIS
    may ask for its master password). No request here: ``auto`` picks WFS-T from the address's
    shape (``…/wfs``, ``…/ows``, ``SERVICE=WFS``)."""
    if connection.protocol == "auto":
        connection = replace(connection, protocol="wfs" if looks_like_wfs(connection.url) else "ogcapi")
    return client_for(connection)  # with QGIS's proxy and trusted CAs


class ConnectionDialog(QDialog):
    """Name, address and authentication configuration of one connection."""

    def __init__(self, parent: Optional[QWidget] = None, connection: Optional[Connection] = None,
                 existing: Optional[list[str]] = None):
        super().__init__(parent)
        self.setObjectName("AgenceUrbaineConnectionDialog")
        self.setWindowTitle(tr("Agency server connection") if connection is None
                            else tr("Edit the connection {name}").format(name=connection.name))
        self.previous = connection.name if connection else None
        self.existing = existing if existing is not None else connection_names()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("connectionName")
        self.name_edit.setPlaceholderText(tr("e.g. Agence urbaine de Rabat"))
        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("connectionUrl")
        self.url_edit.setPlaceholderText("https://…/ogcapi")
        self.auth_select = QgsAuthConfigSelect(self)
        self.auth_select.setObjectName("connectionAuth")
        self.protocol_combo = QComboBox(self)
        self.protocol_combo.setObjectName("connectionProtocol")
        for protocol, label in protocol_labels():
            self.protocol_combo.addItem(label, protocol)
        self.protocol_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.protocol_combo.setMinimumContentsLength(8)  # fits a 350 px dock
        self.protocol_combo.setToolTip(tr(
            "Auto-detect asks the server once: an OGC API landing page means OGC API - Features, "
            "a WFS capabilities document means WFS-T (QGIS Server, GeoServer)."))
        form.addRow(tr("Name"), self.name_edit)
        form.addRow(tr("Address (URL)"), self.url_edit)
        form.addRow(tr("Protocol"), self.protocol_combo)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)
        auth_label = QLabel(tr("Authentication"), self)
        auth_label.setBuddy(self.auth_select)
        layout.addWidget(auth_label)
        layout.addWidget(self.auth_select)
        hint = QLabel(tr("Credentials are kept in QGIS's encrypted authentication database: choose or "
                         "create a configuration (Basic: user name and password; API key header on "
                         "QGIS 3.26 and later). Only its id is stored with the connection."), self)
        hint.setWordWrap(True)
        hint.setObjectName("authHint")
        layout.addWidget(hint)
        self.insecure_check = QCheckBox(tr("Allow the credentials over unencrypted http:// (only on a "
                                           "network you trust)"), self)
        self.insecure_check.setObjectName("allowInsecure")
        self.insecure_check.setToolTip(tr("Without it, credentials are only sent over https://, or to "
                                          "a server on this computer."))
        layout.addWidget(self.insecure_check)
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setObjectName("connectionProblem")
        self.problem_label.setStyleSheet("color: #b00020;")
        layout.addWidget(self.problem_label)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setObjectName("connectionTestResult")
        layout.addWidget(self.result_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.test_button = self.buttons.addButton(tr("Test"), QDialogButtonBox.ButtonRole.ActionRole)
        self.test_button.setObjectName("testInDialog")
        self.test_button.setToolTip(tr("Check the address and credentials before saving"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.test_button.clicked.connect(self.test)
        layout.addWidget(self.buttons)
        self.runner = TaskRunner(self)
        self.last_test: Optional[ConnectionTestTask] = None
        if connection is not None:
            self.name_edit.setText(connection.name)
            self.url_edit.setText(connection.url)
            self.auth_select.setConfigId(connection.authcfg)
            self.insecure_check.setChecked(connection.allow_insecure)
            index = self.protocol_combo.findData(connection.protocol)
            self.protocol_combo.setCurrentIndex(max(index, 0))
        self.name_edit.textChanged.connect(self._validate)
        self.url_edit.textChanged.connect(self._validate)
        self.auth_select.selectedConfigIdChanged.connect(self._validate)
        self.insecure_check.toggled.connect(self._validate)
        self._validate()
        self.resize(520, self.sizeHint().height())

    def connection(self) -> Connection:
        return Connection(self.name_edit.text().strip(), self.url_edit.text().strip(),
                          self.auth_select.configId() or "", self.insecure_check.isChecked(),
                          self.protocol_combo.currentData() or "auto")

    def problem(self) -> Optional[str]:
        c = self.connection()
        return connection_problem(c.name, c.url, self.existing, self.previous, c.authcfg, c.allow_insecure)

    def _validate(self) -> None:
        problem = self.problem()
        touched = bool(self.name_edit.text() or self.url_edit.text())
        self.problem_label.setText(problem if problem and touched else "")
        self.problem_label.setVisible(bool(self.problem_label.text()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)
        self.test_button.setEnabled(self.url_edit.text().strip().startswith(("http://", "https://")))
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to show a message that appeared (the window kept the height it opened with and cut
        the authentication help at top and bottom around a two-line test result)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = (layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth()
                  else layout.totalSizeHint().height())
        if self.height() < needed:
            self.resize(self.width(), needed)

    def test(self) -> Optional[ConnectionTestTask]:
        """Try the address and credentials as typed, in a task; the answer shows in the dialog."""
        connection = self.connection()
        if not connection.url.startswith(("http://", "https://")):
            return None
        try:
            client = make_client(connection)
        except Exception as err:
            self._show_result(False, explain(err))
            return None
        self.test_button.setEnabled(False)
        self.result_label.setStyleSheet("")
        self.result_label.setText(tr("Testing…"))
        self.last_test = self.runner.start(ConnectionTestTask(client, connection.name or connection.url),
                                           self._tested)
        return self.last_test

    def _tested(self, task: ConnectionTestTask) -> None:
        self.test_button.setEnabled(True)
        if task.ok:
            self._show_result(True, tr("The server answers: {n} collection(s).").format(n=task.result))
        elif task.canceled:
            self.result_label.setText(tr("Connection test cancelled."))
            self._fit_height()
        else:
            self._show_result(False, explain(task.error))

    def _show_result(self, ok: bool, text: str) -> None:
        self.result_label.setStyleSheet("color: #1b7e2c;" if ok else "color: #b00020;")
        self.result_label.setText(text)
        self._fit_height()

    def done(self, result: int) -> None:
        self.runner.cancel_all()
        super().done(result)

    def accept(self) -> None:
        if self.problem() is not None:
            return
        connection = self.connection()
        if connection.authcfg and connection.url.startswith("http://") and not self._confirm_plain_http():
            return
        if self.previous and self.previous != connection.name:
            remove_connection(self.previous)
        save_connection(connection)
        super().accept()

    def _confirm_plain_http(self) -> bool:
        return ask(self, QMessageBox.Icon.Warning, tr("Credentials over plain HTTP"),
                   tr("This address is not encrypted (http://): the credentials would cross the network "
                      "readable by anyone on the way. Use https:// unless the server is on this computer. "
                      "Save anyway?"), tr("Save anyway"))


class ConnectionBar(QWidget):
    """The connection chooser at the top of the dock."""

    changed = pyqtSignal(str)  # the chosen connection's name ("" when none)

    def __init__(self, runner: TaskRunner, notify: Notifier, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setObjectName("connectionBar")
        self.runner, self.notify = runner, notify
        self.last_test: Optional[ConnectionTestTask] = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(tr("Server"), self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("connectionCombo")
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.combo.setMinimumContentsLength(10)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumWidth(100)  # long connection names elide: the dock stays usable at 350 px
        label.setBuddy(self.combo)
        self.add_button = tool_button("symbologyAdd.svg", tr("Add a connection…"), self, "addConnection")
        self.edit_button = tool_button("symbologyEdit.svg", tr("Edit the connection…"), self,
                                       "editConnection")
        self.remove_button = tool_button("symbologyRemove.svg", tr("Remove the connection"), self,
                                         "removeConnection")
        self.test_button = tool_button("mIconConnect.svg", tr("Test the connection"), self, "testConnection")
        for widget in (label, self.combo, self.add_button, self.edit_button, self.remove_button,
                       self.test_button):
            layout.addWidget(widget)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.test_button.clicked.connect(self.test)
        self.combo.currentIndexChanged.connect(self._changed)
        self.reload()

    # -- list -------------------------------------------------------------------------------------
    def reload(self, select: Optional[str] = None) -> None:
        current = select or self.current_name()
        self.combo.blockSignals(True)
        self.combo.clear()
        names = connection_names()
        self.combo.addItems(names)
        if not names:
            self.combo.setPlaceholderText(tr("No connection: add one"))
        if current in names:
            self.combo.setCurrentIndex(names.index(current))
        self.combo.blockSignals(False)
        self._changed()

    def select_url(self, url: str) -> bool:
        """Choose a connection to ``url`` (the current one if it fits); False when none does."""
        current = self.current()
        if current is not None and current.url.rstrip("/") == url.rstrip("/"):
            return True
        for name in connection_names():
            if load_connection(name, strict=False).url.rstrip("/") == url.rstrip("/"):
                self.reload(name)
                return True
        return False

    def current_name(self) -> str:
        return self.combo.currentText() if self.combo.currentIndex() >= 0 else ""

    def current(self) -> Optional[Connection]:
        """The chosen connection, to show or edit (an address stored with credentials comes
        without them: :meth:`client` refuses to use it)."""
        name = self.current_name()
        return load_connection(name, strict=False) if name else None

    def _changed(self, *args) -> None:
        has = bool(self.current_name())
        for button in (self.edit_button, self.remove_button, self.test_button):
            button.setEnabled(has)
        self.changed.emit(self.current_name())

    # -- add / edit / remove ----------------------------------------------------------------------
    def dialog(self, connection: Optional[Connection] = None) -> ConnectionDialog:
        return ConnectionDialog(self, connection)

    def add(self) -> None:
        dialog = self.dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload(dialog.connection().name)

    def edit(self) -> None:
        connection = self.current()
        if connection is None:
            return
        dialog = self.dialog(connection)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload(dialog.connection().name)

    def remove(self) -> None:
        name = self.current_name()
        if not name:
            return
        if ask(self, QMessageBox.Icon.Question, tr("Remove the connection"), tr(
                "Remove the connection {name}? Its authentication configuration stays in QGIS.").format(
                name=name), tr("Remove")):
            remove_connection(name)
            self.reload()

    # -- test -------------------------------------------------------------------------------------
    def client(self) -> Optional[OgcApiFeaturesClient]:
        """A client for the chosen connection; None (and a message saying why) when there is none."""
        try:
            name = self.current_name()
            if not name:
                self.notify(tr("Choose or add a server connection first."), Qgis.MessageLevel.Warning)
                return None
            return make_client(load_connection(name))
        except Exception as err:
            self.notify(explain(err), Qgis.MessageLevel.Critical, details(err))
            return None

    def test(self) -> Optional[ConnectionTestTask]:
        client = self.client()
        if client is None:
            return None
        name = self.current_name()
        self.test_button.setEnabled(False)
        self.last_test = self.runner.start(ConnectionTestTask(client, name),
                                           lambda task: self._tested(task, name))
        return self.last_test

    def _tested(self, task: ConnectionTestTask, name: str) -> None:
        self.test_button.setEnabled(bool(self.current_name()))
        if task.ok:
            self.notify(tr("Connection {name} works: the server offers {n} collection(s).").format(
                name=name, n=task.result), Qgis.MessageLevel.Success)
        elif task.canceled:
            self.notify(tr("Connection test cancelled."), Qgis.MessageLevel.Info)
        else:
            self.notify(tr("Connection {name} failed. {explanation}").format(
                name=name, explanation=explain(task.error)), Qgis.MessageLevel.Critical, details(task.error))
