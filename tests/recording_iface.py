"""A QGIS interface for tests that really adds menus, toolbar buttons and docks to a main window.

pytest-qgis's ``qgis_iface`` accepts these calls but does nothing with them, so a plugin that
forgot to remove its menu entry would pass. This wrapper makes the main window hold what the
plugin added, the way QGIS does, so the tests can look for it afterwards.
"""

from qgis.PyQt.QtWidgets import QMenu, QToolBar


class RecordingIface:
    def __init__(self, iface):
        self._iface = iface
        window = iface.mainWindow()
        self.plugin_menu = QMenu("&Plugins", window)
        window.menuBar().addMenu(self.plugin_menu)
        self.plugin_toolbar = QToolBar("Plugins", window)
        window.addToolBar(self.plugin_toolbar)
        self.message_bar = RecordingMessageBar(iface.messageBar())

    def messageBar(self):
        return self.message_bar

    def __getattr__(self, name):
        return getattr(self._iface, name)

    def _submenu(self, name):
        for action in self.plugin_menu.actions():
            if action.menu() is not None and action.text() == name:
                return action.menu()
        return None

    def addPluginToMenu(self, name, action):
        menu = self._submenu(name) or self.plugin_menu.addMenu(name)
        menu.addAction(action)

    def removePluginMenu(self, name, action):
        menu = self._submenu(name)
        if menu is None:
            return
        menu.removeAction(action)
        if not menu.actions():
            self.plugin_menu.removeAction(menu.menuAction())

    def addToolBarIcon(self, action):
        self.plugin_toolbar.addAction(action)

    def removeToolBarIcon(self, action):
        self.plugin_toolbar.removeAction(action)

    def addDockWidget(self, area, dock):
        self._iface.mainWindow().addDockWidget(area, dock)

    def removeDockWidget(self, dock):
        self._iface.mainWindow().removeDockWidget(dock)

    def menu_texts(self):
        return [a.text() for a in self.plugin_menu.actions()]

    def toolbar_actions(self):
        return self.plugin_toolbar.actions()


class RecordingMessageBar:
    """pytest-qgis's message bar, plus ``pushWidget`` (a message with buttons), kept in ``widgets``."""

    def __init__(self, bar):
        self._bar = bar
        self.widgets = []

    def __getattr__(self, name):
        return getattr(self._bar, name)

    def pushWidget(self, widget, level=0, duration=0):
        self.widgets.append(widget)
        self._bar.get_messages(level).append(f"{widget.title()}:{widget.text()}")
