"""The plugin loads with QGIS's test iface and removes everything it added on unload."""

import pytest
from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDockWidget
from recording_iface import RecordingIface

from agence_urbaine import classFactory
from agence_urbaine.ui.dock import DOCK_OBJECT_NAME

PROVIDER_ID = "agenceurbaine"
MENU = "&Agence Urbaine Numérique"


def _provider():
    return QgsApplication.processingRegistry().providerById(PROVIDER_ID)


@pytest.fixture(scope="module")
def iface(qgis_iface):
    qgis_iface.mainWindow().show()  # docks are only visible in a shown window
    return RecordingIface(qgis_iface)


@pytest.fixture(autouse=True)
def no_registered_provider():
    """Other test modules register the provider in-process; start each test here without it."""
    registry = QgsApplication.processingRegistry()
    if registry.providerById(PROVIDER_ID) is not None:
        registry.removeProvider(PROVIDER_ID)


def _docked(iface):
    window = iface.mainWindow()
    return [
        d
        for d in window.findChildren(QDockWidget, DOCK_OBJECT_NAME)
        if window.dockWidgetArea(d) != Qt.DockWidgetArea.NoDockWidgetArea
    ]


@pytest.mark.parametrize("cycle", [1, 2])
def test_load_and_unload(iface, qgis_new_project, qtbot, cycle):
    assert _provider() is None
    plugin = classFactory(iface)
    plugin.initGui()
    try:
        provider = _provider()
        assert provider is not None
        assert provider.name() == "Agence urbaine"
        assert not provider.icon().isNull()
        assert _docked(iface) == [plugin.dock]
        assert plugin.dock.windowTitle() == "Agence Urbaine Numérique"
        assert plugin.dock.status()
        assert MENU in iface.menu_texts()
        assert plugin.action in iface.toolbar_actions()
        # the menu entry / toolbar button shows and hides the dock
        plugin.action.setChecked(False)
        assert not plugin.dock.isUserVisible()
        plugin.action.setChecked(True)
        assert plugin.dock.isUserVisible()
    finally:
        plugin.unload()
    assert _provider() is None
    assert plugin.dock is None and plugin.action is None
    assert _docked(iface) == []
    assert MENU not in iface.menu_texts()
    assert iface.toolbar_actions() == []


def test_missing_shapely_does_not_break_loading(iface, qgis_new_project, monkeypatch):
    """Without shapely 2 the plugin still loads, says what to install and offers to install it."""
    from qgis.PyQt.QtWidgets import QPushButton

    from agence_urbaine import plugin as plugin_module
    from agence_urbaine.ui.install import INSTALL_BUTTON

    message = "shapely missing, install it"
    monkeypatch.setattr(plugin_module, "shapely_problem", lambda: message)
    bar = iface.messageBar()
    before = len(bar.get_messages(Qgis.MessageLevel.Warning))
    plugin = classFactory(iface)
    plugin.initGui()
    try:
        assert plugin.dock.status() == message
        warnings = bar.get_messages(Qgis.MessageLevel.Warning)[before:]
        assert any(message in text for text in warnings)
        buttons = bar.widgets[-1].findChildren(QPushButton, INSTALL_BUTTON)
        assert len(buttons) == 1 and buttons[0].isEnabled()
        assert _provider() is not None
    finally:
        plugin.unload()
    assert _provider() is None


def test_profile_dependencies_folder_is_on_sys_path(iface, qgis_new_project):
    """What the install button put in the profile is importable from the next start on."""
    import sys

    from agence_urbaine.core.dependencies import dependencies_folder

    plugin = classFactory(iface)
    folder = str(dependencies_folder(QgsApplication.qgisSettingsDirPath()))
    assert sys.path[0] == folder
    plugin.unload()


def test_help_texts_have_no_placeholder_that_html_would_eat(iface, qgis_new_project):
    """The Processing dialog shows the help as HTML: "note_<parcel id>_<language>.pdf" read
    "note__.pdf". No help may hold a <word> that is not an HTML tag."""
    import re

    from agence_urbaine.processing.algorithms import all_algorithms

    for algorithm in all_algorithms():
        text = algorithm.shortHelpString() or ""
        assert not re.search(r"<(?!/?(b|i|p|br|ul|li|code)\b)[a-zA-Z]", text), algorithm.name()


def test_menu_opens_the_main_algorithms_dialogs(iface, qgis_new_project, qgis_processing, monkeypatch):
    import processing
    from agence_urbaine.processing.algorithms import all_algorithms

    opened = []
    monkeypatch.setattr(processing, "execAlgorithmDialog", lambda algorithm, *args: opened.append(algorithm))
    plugin = classFactory(iface)
    plugin.initGui()
    try:
        assert len(all_algorithms()) > 0
        menu = iface._submenu(MENU)
        entries = [a for a in menu.actions() if a.objectName().startswith("AgenceUrbaineOpen_")]
        assert len(entries) == 3 and all(a.text() for a in entries)
        for action in entries:
            action.trigger()
        assert opened == ["agenceurbaine:checkconformity", "agenceurbaine:parcelnote",
                          "agenceurbaine:unpermittedbuildings"]
    finally:
        plugin.unload()
    assert MENU not in iface.menu_texts()


def test_in_a_french_qgis_the_engines_messages_write_french_numbers(iface, qgis_new_project, monkeypatch):
    """The findings read "Hauteur : 7.50 m, au plus 8.50 m autorisé en zone V.": French words
    (QGIS's translator) around English numbers (the engine's messages are written outside a
    document language). The plugin sets the interface's language with its catalogue."""
    from agence_urbaine import plugin as plugin_module
    from agence_urbaine.core.rules import NON_CONFORME, RULE_TYPES

    monkeypatch.setattr(plugin_module, "locale_code", lambda: "fr")
    loaded = classFactory(iface)
    try:
        message = RULE_TYPES["max_height"].message(NON_CONFORME, 7.5, 8.5, zone="V")
    finally:
        loaded.unload()
    assert "7,50 m" in message and "8,50 m" in message and "zone V" in message, message
    assert "7.50 m" in RULE_TYPES["max_height"].message(NON_CONFORME, 7.5, 8.5, zone="V")  # unloaded
