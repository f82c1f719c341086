"""The dock builds, and connections keep only a name, an address and an authcfg id."""

from pathlib import Path

from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsSettings
from qgis.PyQt.QtWidgets import QDialogButtonBox

from agence_urbaine.processing.connections import SETTINGS_ROOT, connection_names, load_connection
from agence_urbaine.ui.connections import ConnectionDialog
from agence_urbaine.ui.dock import DOCK_OBJECT_NAME, AgenceUrbaineDock

pytest_plugins = ["server_fixture", "test_ui_support"]

SECRET = "s3cret-Pa55-7f1c"
MASTER = "master-for-tests-only"


def test_dock_builds_without_iface(qtbot, qgis_new_project):
    dock = AgenceUrbaineDock(None)
    qtbot.addWidget(dock)
    assert dock.objectName() == DOCK_OBJECT_NAME
    assert dock.windowTitle() == "Agence Urbaine Numérique"
    assert dock.status() == "Ready."
    dock.set_status("Working")
    assert dock.status() == "Working"
    assert [dock.tabs.tabText(i) for i in range(dock.tabs.count())] == ["Server", "Field work"]
    assert "no workspace open" in dock.fieldwork.status_label.text()


def test_dock_with_iface_and_no_connection(no_connections, dock, iface):
    bar = dock.connection_bar
    assert bar.current_name() == ""
    assert not bar.test_button.isEnabled() and not bar.edit_button.isEnabled()
    assert not dock.collections.refresh_button.isEnabled()
    assert not dock.fieldwork.sync_button.isEnabled()
    assert bar.test() is None
    assert "Choose or add a server connection first." in iface.messages()[-1]


def _basic_auth_config() -> str:
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword(MASTER, True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("agency test account")
    config.setConfig("username", "technicien")
    config.setConfig("password", SECRET)
    stored = manager.storeAuthenticationConfig(config)
    ok = stored[0] if isinstance(stored, tuple) else stored
    assert ok
    config_id = (stored[1] if isinstance(stored, tuple) else config).id()
    assert config_id
    return config_id


def _all_settings_text(settings: QgsSettings) -> str:
    parts = [f"{key}={settings.value(key)}" for key in settings.allKeys()]
    settings.sync()
    path = Path(settings.fileName())
    if path.exists():
        parts.append(path.read_text(encoding="utf-8", errors="replace"))
    return "\n".join(parts)


def test_adding_a_connection_stores_only_name_url_and_authcfg(qtbot, monkeypatch, no_connections):
    authcfg = _basic_auth_config()
    dialog = ConnectionDialog(None, existing=[])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nothing typed yet
    dialog.name_edit.setText("Agence de test")
    dialog.url_edit.setText("ftp://nowhere")
    assert not ok.isEnabled() and "http" in dialog.problem_label.text()
    dialog.url_edit.setText("http://127.0.0.1:9/ogcapi")
    dialog.auth_select.setConfigId(authcfg)
    assert ok.isEnabled()
    asked = []
    monkeypatch.setattr(dialog, "_confirm_plain_http", lambda: asked.append(True) or True)
    dialog.accept()
    assert asked, "credentials over plain http must be confirmed"
    assert connection_names() == ["Agence de test"]
    connection = load_connection("Agence de test")
    assert (connection.url, connection.authcfg) == ("http://127.0.0.1:9/ogcapi", authcfg)
    settings = QgsSettings()
    settings.beginGroup(f"{SETTINGS_ROOT}/Agence de test")
    assert sorted(settings.allKeys()) == ["authcfg", "url"]
    settings.endGroup()
    text = _all_settings_text(settings)
    assert SECRET not in text and "technicien" not in text


def test_editing_renames_and_refuses_duplicates(qtbot, no_connections):
    from agence_urbaine.processing.connections import Connection, save_connection

    save_connection(Connection("A", "https://a.example/ogcapi"))
    save_connection(Connection("B", "https://b.example/ogcapi"))
    dialog = ConnectionDialog(None, load_connection("A"))
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("B")
    assert "already exists" in dialog.problem_label.text()
    dialog.name_edit.setText("C/D")
    assert "/" in dialog.problem_label.text()
    dialog.name_edit.setText("A2")
    dialog.accept()
    assert connection_names() == ["A2", "B"]
    assert load_connection("A2").url == "https://a.example/ogcapi"


def test_connection_bar_lists_saved_connections(no_connections, dock):
    from agence_urbaine.processing.connections import Connection, save_connection

    save_connection(Connection("Rabat", "https://rabat.example/ogcapi"))
    dock.connection_bar.reload("Rabat")
    assert dock.connection_bar.current_name() == "Rabat"
    assert dock.connection_bar.test_button.isEnabled()
    assert dock.collections.refresh_button.isEnabled()


def test_features_convert_exactly_without_shapely():
    from qgis.core import QgsGeometry

    from agence_urbaine.processing.features import geojson_geometry, json_value

    x, y = 370000.123456789, 375000.987654321
    ring = f"{x} {y} 5, {x + 1} {y} 5, {x + 1} {y + 1} 5, {x} {y} 5"
    polygon = QgsGeometry.fromWkt(f"MultiPolygonZ((({ring})))")
    assert geojson_geometry(polygon) == {"type": "Polygon", "coordinates": [
        [[x, y], [x + 1, y], [x + 1, y + 1], [x, y]]]}
    two = QgsGeometry.fromWkt("MultiPoint((1 2), (3 4))")
    assert geojson_geometry(two) == {"type": "MultiPoint", "coordinates": [[1.0, 2.0], [3.0, 4.0]]}
    assert geojson_geometry(QgsGeometry.fromWkt("CircularString(0 0, 1 1, 2 0)"))["type"] == "LineString"
    assert geojson_geometry(QgsGeometry()) is None
    from qgis.PyQt.QtCore import QDate, QVariant

    assert json_value(QVariant()) is None
    assert json_value(QDate(2026, 11, 25)) == "2026-11-25"


def test_the_dialog_saves_and_reloads_the_chosen_protocol(qtbot, no_connections):
    from agence_urbaine.processing.connections import Connection, save_connection

    dialog = ConnectionDialog(None, existing=[])
    qtbot.addWidget(dialog)
    labels = [dialog.protocol_combo.itemText(i) for i in range(dialog.protocol_combo.count())]
    assert labels == ["Auto-detect", "OGC API – Features", "WFS-T"]
    assert dialog.protocol_combo.currentData() == "auto"
    dialog.name_edit.setText("QGIS Server")
    dialog.url_edit.setText("https://sig.example/ows/")
    dialog.protocol_combo.setCurrentIndex(dialog.protocol_combo.findData("wfs"))
    dialog.accept()
    assert load_connection("QGIS Server").protocol == "wfs"
    again = ConnectionDialog(None, load_connection("QGIS Server"))
    qtbot.addWidget(again)
    assert again.protocol_combo.currentData() == "wfs"
    again.protocol_combo.setCurrentIndex(again.protocol_combo.findData("auto"))
    again.accept()  # auto is the default: nothing stored
    settings = QgsSettings()
    assert settings.value(f"{SETTINGS_ROOT}/QGIS Server/protocol") is None
    assert load_connection("QGIS Server").protocol == "auto"
    save_connection(Connection("Pygeoapi", "https://a.example/ogcapi", protocol="ogcapi"))
    edited = ConnectionDialog(None, load_connection("Pygeoapi"))
    qtbot.addWidget(edited)
    edited.resize(350, edited.sizeHint().height())  # usable in a narrow dock
    assert edited.protocol_combo.currentData() == "ogcapi"
    assert edited.protocol_combo.minimumSizeHint().width() < 250
    edited.name_edit.setText("Pygeoapi 2")
    edited.accept()  # editing another field keeps the protocol
    assert load_connection("Pygeoapi 2").protocol == "ogcapi"
