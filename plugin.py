"""Wires the plugin into QGIS: provider, dock, menu, toolbar, translator. No logic here."""

import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .core.dependencies import dependencies_folder, shapely_problem, use_folder
from .core.i18n import set_interface_language, tr
from .resources import icon_path

PLUGIN_DIR = os.path.dirname(__file__)


def locale_code() -> str:
    """QGIS's user-interface locale as a two-letter code (``fr``, ``ar``, ``en``…)."""
    return (QgsApplication.locale() or "en")[:2]


# QGIS 3.22 never sets the layout direction itself: Qt derives it from the installed catalogues'
# QT_LAYOUT_DIRECTION, which QGIS's qgis_ar.qm lacks (Qt's own qtbase_ar.qm, which has it, is often
# missing). agence_urbaine_rtl.qm says only that, and is installed for right-to-left locales.
RIGHT_TO_LEFT = {"ar", "fa", "he", "ur"}


def translation_file(locale: str) -> str:
    return os.path.join(PLUGIN_DIR, "i18n", f"agence_urbaine_{locale}.qm")


def open_algorithm_dialog(name: str) -> None:
    """Open the Processing dialog of algorithm ``name``; without shapely the algorithms are not
    loaded: say so rather than fail."""
    from qgis.core import QgsMessageLog

    import processing

    algorithm_id = f"agenceurbaine:{name}"
    if QgsApplication.processingRegistry().algorithmById(algorithm_id) is None:
        QgsMessageLog.logMessage(shapely_problem() or algorithm_id, "Agence Urbaine")
        return
    processing.execAlgorithmDialog(algorithm_id)


class AgenceUrbainePlugin:
    """The object QGIS creates through ``classFactory``."""

    MENU = "&Agence Urbaine Numérique"

    def __init__(self, iface):
        self.iface = iface
        self.translators = []
        self.provider = None
        self.dock = None
        self.action = None
        self.algorithm_actions = []
        self.installer = None
        # before anything imports shapely: a shapely 2 installed into the profile wins
        use_folder(dependencies_folder(QgsApplication.qgisSettingsDirPath()))
        self._install_translator()

    def _install_translator(self) -> None:
        locale = locale_code()
        # the language, right to left, and corrections to QGIS's own catalogue of the language
        # (QGIS's Arabic lost the names of optional Processing parameters: scripts/i18n_extract.py)
        names = [locale] + (["rtl"] if locale in RIGHT_TO_LEFT else []) + [f"qgis_{locale}"]
        for name in names:
            path = translation_file(name)
            translator = QTranslator()
            if os.path.exists(path) and translator.load(path):
                QCoreApplication.installTranslator(translator)
                self.translators.append(translator)
                if name == locale:  # the engine's messages then write numbers as the language does
                    set_interface_language(locale)

    def initProcessing(self):
        from .processing.provider import AgenceUrbaineProvider

        if self.provider is not None:  # initGui calls this too; qgis_process calls it alone
            return
        self.provider = AgenceUrbaineProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):
        from .ui.dock import AgenceUrbaineDock

        self.initProcessing()
        self.dock = AgenceUrbaineDock(self.iface.mainWindow(), iface=self.iface)
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.action = QAction(QIcon(icon_path()), tr("Agence Urbaine Numérique"), self.iface.mainWindow())
        self.action.setObjectName("AgenceUrbaineToggleDock")
        self.action.setToolTip(tr("Show or hide the Agence Urbaine Numérique panel"))
        self.action.setCheckable(True)
        self.action.setChecked(self.dock.isVisible())
        self.action.toggled.connect(self.dock.setUserVisible)
        self.dock.visibilityChanged.connect(self.action.setChecked)
        self.iface.addPluginToMenu(self.MENU, self.action)
        self.iface.addToolBarIcon(self.action)
        self._add_algorithm_entries()
        problem = shapely_problem()
        if problem:
            from .ui.install import ShapelyInstaller

            self.installer = ShapelyInstaller(self.iface, self.dock.set_status, self._shapely_installed,
                                              self.iface.mainWindow())
            self.installer.offer(problem)

    def _add_algorithm_entries(self) -> None:
        """Menu entries opening the main algorithms' dialogs (the toolbox is not where a planner
        looks first)."""
        entries = (("checkconformity", tr("Check permit conformity…")),
                   ("parcelnote", tr("Parcel information note…")),
                   ("unpermittedbuildings", tr("Urban watch: buildings without permit…")))
        for name, text in entries:
            action = QAction(QIcon(icon_path()), text, self.iface.mainWindow())
            action.setObjectName(f"AgenceUrbaineOpen_{name}")
            action.triggered.connect(lambda _checked=False, name=name: open_algorithm_dialog(name))
            self.iface.addPluginToMenu(self.MENU, action)
            self.algorithm_actions.append(action)

    def _shapely_installed(self) -> None:
        """shapely 2 was just installed: the provider now loads its algorithms."""
        if self.provider is not None:
            self.provider.refreshAlgorithms()

    def unload(self):
        for action in self.algorithm_actions:
            self.iface.removePluginMenu(self.MENU, action)
            action.deleteLater()
        self.algorithm_actions = []
        if self.installer is not None:
            self.installer.deleteLater()
            self.installer = None
        if self.action is not None:
            self.iface.removePluginMenu(self.MENU, self.action)
            self.iface.removeToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None
        if self.dock is not None:
            self.dock.cancel_tasks()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        for translator in self.translators:
            QCoreApplication.removeTranslator(translator)
        self.translators = []
        set_interface_language("")
