"""Small widgets shared by the dock and its dialogs."""

from __future__ import annotations

from typing import Optional

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt.QtCore import QPoint, QRect, QSize, Qt
from qgis.PyQt.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QProgressBar,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.i18n import tr
from .tasks import LOG_TAG, AgencyTask, TaskRunner


def theme_icon(name: str):
    """An icon of QGIS's current theme (``mActionRefresh.svg``…)."""
    return QgsApplication.getThemeIcon(f"/{name}")


def tool_button(icon: str, tooltip: str, parent: QWidget, name: str) -> QToolButton:
    button = QToolButton(parent)
    button.setIcon(theme_icon(icon))
    button.setToolTip(tooltip)
    button.setAutoRaise(True)
    button.setIconSize(QSize(18, 18))
    button.setObjectName(name)
    return button


def question_box(parent: Optional[QWidget], icon, title: str, text: str, accept: str,
                 reject: Optional[str] = None, default_accept: bool = False) -> QMessageBox:
    """A question whose buttons say what they do, in the plugin's words ("Write the 45 files",
    "Cancel"): Qt's standard Yes / No / Save are translated by Qt's own catalogues, which many
    installations lack (they read "Yes" / "No" in a French QGIS)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(reject or tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes if default_accept else no)
    box.setEscapeButton(no)
    box.accept_button = yes
    return box


def ask(parent: Optional[QWidget], icon, title: str, text: str, accept: str, reject: Optional[str] = None,
        default_accept: bool = False) -> bool:
    """Show :func:`question_box`; True when the person chose ``accept``."""
    box = question_box(parent, icon, title, text, accept, reject, default_accept)
    box.exec()
    return box.clickedButton() is box.accept_button


class Section(QWidget):
    """A titled part of a dialog whose title wraps: a long translated ``QGroupBox`` title cannot,
    and set the whole dialog's minimum width ("Champs envoyés (champ de la couche → champ du
    serveur)": 546 px). ``body`` is the layout its contents go in."""

    def __init__(self, title: str = "", parent: Optional[QWidget] = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.heading = QLabel(title, self)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.body = QVBoxLayout()
        layout.addLayout(self.body)

    def setTitle(self, title: str) -> None:
        self.heading.setText(title)

    def title(self) -> str:
        return self.heading.text()


class TaskProgress(QWidget):
    """Shows the running task: what it does, a progress bar and a Cancel button; hidden when idle."""

    def __init__(self, runner: TaskRunner, parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.setObjectName("taskProgress")
        self.runner = runner
        self.task: Optional[AgencyTask] = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setObjectName("taskMessage")
        row = QHBoxLayout()
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.cancel_button = tool_button("mTaskCancel.svg", tr("Cancel"), self, "cancelTask")
        self.cancel_button.setText(tr("Cancel"))
        self.cancel_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.bar)
        row.addWidget(self.cancel_button)
        layout.addWidget(self.label)
        layout.addLayout(row)
        runner.started.connect(self._started)
        runner.stopped.connect(self._stopped)
        self.setVisible(False)

    def _started(self, task: AgencyTask) -> None:
        self.task = task
        self.label.setText(task.description())
        self.bar.setValue(0)
        task.progressChanged.connect(self.set_progress)
        task.message.connect(self.set_message)
        self.setVisible(True)

    def _stopped(self, task: AgencyTask) -> None:
        if task is self.task:
            self.task = None
        running = self.runner.running()
        if running:
            self._started(running[-1])
        else:
            self.setVisible(False)

    def set_progress(self, value: float) -> None:
        self.bar.setValue(int(value))

    def set_message(self, text: str) -> None:
        self.label.setText(text)

    def cancel(self) -> None:
        if self.task is not None:
            self.label.setText(tr("Cancelling…"))
            self.task.cancel()


class Notifier:
    """Sends results to QGIS's message bar (or, without an iface, to the log) and the status line."""

    def __init__(self, iface=None, status=None):
        self.iface = iface
        self.status = status  # callable(text)
        self._shown = []  # this notifier's items still in the bar

    def _withdraw(self, bar) -> None:
        """Take this notifier's earlier messages off the bar: a new result supersedes them (a
        sync's "1 conflict" warning, which stays until closed, came back once the next sync's
        success message timed out, although the conflict was resolved)."""
        for item in self._shown:
            try:
                if item in bar.items():
                    bar.popWidget(item)
            except RuntimeError:  # already deleted by the bar (timed out or closed)
                pass
        self._shown = []

    def __call__(self, text: str, level=Qgis.MessageLevel.Info, details: str = "",
                 duration: Optional[int] = None) -> None:
        if self.status is not None:
            self.status(text)
        title = tr("Agency server")
        if duration is None:
            duration = {Qgis.MessageLevel.Success: 6, Qgis.MessageLevel.Info: 8}.get(level, 0)
        bar = self.iface.messageBar() if self.iface is not None else None
        if bar is not None:
            self._withdraw(bar)
            if details and details != text:
                bar.pushMessage(title, text, details, level, duration)
            else:
                bar.pushMessage(title, text, level, duration)
            current = getattr(bar, "currentItem", None)
            if current is not None and current() is not None:
                self._shown.append(current())
        QgsMessageLog.logMessage("\n".join(t for t in (text, details) if t), LOG_TAG, level)


class WrappingRow(QLayout):
    """A row of buttons that wraps onto more lines when the dock is narrow (Qt has no such layout).

    Its minimum width is the widest button's, so a dock holding translated buttons ("Ajouter les
    couches à la carte") stays usable at 350 px instead of forcing the whole row's width."""

    def __init__(self, parent: Optional[QWidget] = None, spacing: int = 6):
        super().__init__(parent)
        self._items: list = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self):
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        hints = [item.sizeHint() for item in self._items if not item.isEmpty()]
        width = sum(h.width() for h in hints) + self.spacing() * max(0, len(hints) - 1)
        return QSize(width, max((h.height() for h in hints), default=0))

    def minimumSize(self) -> QSize:
        sizes = [item.minimumSize().expandedTo(item.sizeHint()) for item in self._items if not item.isEmpty()]
        return QSize(max((s.width() for s in sizes), default=0), max((s.height() for s in sizes), default=0))

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Lay the items out left to right (right to left in Arabic), wrapping; the height used."""
        x, y, line = 0, 0, 0
        parent = self.parentWidget()
        rtl = parent is not None and parent.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for item in (i for i in self._items if not i.isEmpty()):
            hint = item.sizeHint()
            if x and x + hint.width() > rect.width():
                x, y, line = 0, y + line + self.spacing(), 0
            if move:
                left = rect.right() - x - hint.width() + 1 if rtl else rect.x() + x
                item.setGeometry(QRect(QPoint(left, rect.y() + y), hint))
            x += hint.width() + self.spacing()
            line = max(line, hint.height())
        return y + line
