"""Small widgets shared by the dock and its dialogs."""

from __future__ import annotations

from typing import Optional

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtWidgets import (
    QHBoxLayout,
    QLabel,
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
        self.bar.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.cancel_button = tool_button("mTaskCancel.svg", tr("Cancel"), self, "cancelTask")
        self.cancel_button.setText(tr("Cancel"))
        self.cancel_button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
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

    def __call__(self, text: str, level=Qgis.Info, details: str = "", duration: Optional[int] = None) -> None:
        if self.status is not None:
            self.status(text)
        title = tr("Agency server")
        if duration is None:
            duration = {Qgis.Success: 6, Qgis.Info: 8}.get(level, 0)
        bar = self.iface.messageBar() if self.iface is not None else None
        if bar is not None:
            if details and details != text:
                bar.pushMessage(title, text, details, level, duration)
            else:
                bar.pushMessage(title, text, level, duration)
        QgsMessageLog.logMessage("\n".join(t for t in (text, details) if t), LOG_TAG, level)
