"""Installing shapely 2 from QGIS's message bar, in a task: QGIS stays usable while pip runs.

The plugin loads without shapely; the message bar then says what is missing and offers an
"Install shapely" button that runs pip with QGIS's Python into the profile's dependencies folder
(``core.dependencies``). Once installed, the algorithms are loaded without restarting QGIS, unless
an older shapely was already imported (then only a restart can replace it).
"""

from __future__ import annotations

import sys
from typing import Callable, Optional

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsTask
from qgis.gui import QgsMessageBar
from qgis.PyQt.QtCore import QObject, pyqtSignal
from qgis.PyQt.QtWidgets import QPushButton

from ..core import dependencies
from ..core.i18n import tr

LOG_TAG = "Agence Urbaine"
INSTALL_BUTTON = "AgenceUrbaineInstallShapely"


class PipTask(QgsTask):
    """Runs one pip command in QGIS's task manager; ``done`` gives (exit code, output)."""

    done = pyqtSignal(int, str)

    def __init__(self, command: list[str]):
        super().__init__(tr("Installing shapely 2"), QgsTask.Flag.CanCancel)
        self.command = command
        self.code = -3
        self.output = ""

    def run(self) -> bool:
        try:
            self.code, self.output = dependencies.run_pip(self.command, self.isCanceled)
        except OSError as error:  # the interpreter could not be started
            self.code, self.output = -3, str(error)
        return self.code == 0

    def finished(self, result: bool) -> None:
        self.done.emit(self.code, self.output)


class ShapelyInstaller(QObject):
    """Offers the one-click install in the message bar and reports its outcome.

    ``status`` shows a line in the dock; ``installed`` is called once shapely 2 is importable
    (the plugin reloads its algorithms there).
    """

    def __init__(self, iface, status: Callable[[str], None], installed: Callable[[], None], parent=None):
        super().__init__(parent)
        self.iface = iface
        self.status = status
        self.installed = installed
        self.task: Optional[PipTask] = None
        self.button: Optional[QPushButton] = None

    def offer(self, problem: str) -> None:
        """Show ``problem`` in the dock and the message bar, with the install button when pip can run."""
        self.status(problem)
        bar = self.iface.messageBar()
        item = QgsMessageBar.createMessage(tr("Agence Urbaine Numérique"), problem)
        if self.command() is not None:
            self.button = QPushButton(tr("Install shapely"), item)
            self.button.setObjectName(INSTALL_BUTTON)
            self.button.clicked.connect(self.install)
            item.layout().addWidget(self.button)
        bar.pushWidget(item, Qgis.MessageLevel.Warning, 0)

    def command(self) -> Optional[list[str]]:
        python = dependencies.python_executable()
        folder = dependencies.installed_folder()
        if python is None or folder is None:
            return None
        return dependencies.pip_command(python, folder)

    def install(self) -> Optional[PipTask]:
        """Start pip in a task (once at a time); the outcome comes back in :meth:`_done`."""
        command = self.command()
        if command is None or self.task is not None:
            return self.task
        if self.button is not None:
            self.button.setEnabled(False)
        dependencies.installed_folder().mkdir(parents=True, exist_ok=True)
        self.status(tr("Installing shapely 2 into {folder}…").format(folder=dependencies.installed_folder()))
        self.task = PipTask(command)
        self.task.done.connect(self._done)
        QgsApplication.taskManager().addTask(self.task)
        return self.task

    def _done(self, code: int, output: str) -> None:
        self.task = None
        QgsMessageLog.logMessage(output, LOG_TAG, Qgis.MessageLevel.Info)
        if code != 0:
            self._failed(output)
            return
        dependencies.use_folder(dependencies.installed_folder())
        if "shapely" in sys.modules:  # an older shapely is loaded: only a restart replaces it
            self._report(tr("shapely 2 is installed: restart QGIS to enable the conformity checks."),
                         Qgis.MessageLevel.Success)
            return
        problem = dependencies.shapely_problem()
        if problem:
            self._failed(problem)
            return
        self.installed()
        self._report(tr("shapely {version} is installed: the conformity checks are enabled.").format(
            version=dependencies.shapely_version()), Qgis.MessageLevel.Success)

    def _failed(self, output: str) -> None:
        if self.button is not None:
            self.button.setEnabled(True)
        last = output.strip().splitlines()[-1] if output.strip() else ""
        self._report(tr("Installing shapely failed ({detail}). Run the command shown, or see the "
                        "Agence Urbaine log.").format(detail=last), Qgis.MessageLevel.Critical)

    def _report(self, text: str, level) -> None:
        self.status(text)
        self.iface.messageBar().pushMessage(tr("Agence Urbaine Numérique"), text, level=level, duration=0)
