"""The dock against the REAL reference server: test connection, collections, add to map, publish,
check out and sync (every network step runs in a QgsTask the test waits for)."""

import uuid

from qgis.core import (
    Qgis,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from sync_support import LocalEdits, area_bbox, new_area, seed_buildings
from test_ui_support import closed_port, wait_task

from agence_urbaine.compat import FieldType
from agence_urbaine.processing.connections import Connection, remove_connection, save_connection
from agence_urbaine.ui.conflicts import COLUMNS
from agence_urbaine.ui.tasks import Area

pytest_plugins = ["server_fixture", "test_ui_support"]


def _use(dock, connection: Connection) -> None:
    dock.connection_bar.reload(connection.name)
    assert dock.connection_bar.current_name() == connection.name


def _temporary_connection(url: str) -> Connection:
    connection = Connection(f"tmp-{uuid.uuid4().hex[:6]}", url, "")
    save_connection(connection)
    return connection


# -- test connection --------------------------------------------------------------------------------
def test_test_connection_succeeds_against_the_real_server(dock, iface, qtbot, connection):
    _use(dock, connection)
    task = wait_task(qtbot, dock, dock.connection_bar.test)
    assert task.ok and task.result >= 3
    assert f"Connection {connection.name} works" in iface.messages(Qgis.MessageLevel.Success)[-1]
    assert "works" in dock.status()


def test_test_connection_to_a_closed_port_says_unreachable(dock, iface, qtbot):
    connection = _temporary_connection(f"http://127.0.0.1:{closed_port()}/ogcapi")
    try:
        _use(dock, connection)
        task = wait_task(qtbot, dock, dock.connection_bar.test)
        assert not task.ok
        message = iface.messages(Qgis.MessageLevel.Critical)[-1]
        assert "Unreachable" in message and connection.name in message
    finally:
        remove_connection(connection.name)


def test_test_connection_explains_refused_credentials_and_wrong_addresses(dock, iface, qtbot, http_stub):
    http_stub.route("/denied/collections", 401, "application/json", b'{"detail": "no"}')
    http_stub.route("/web/collections", 200, "text/html", b"<html>a web page</html>")
    for path, expected in (("denied", "Access refused (HTTP 401/403)"),
                           ("web", "Not an OGC API - Features server")):
        connection = _temporary_connection(f"{http_stub.base_url}/{path}")
        try:
            _use(dock, connection)
            wait_task(qtbot, dock, dock.connection_bar.test)
            assert expected in iface.messages(Qgis.MessageLevel.Critical)[-1]
        finally:
            remove_connection(connection.name)


def test_the_connection_dialog_tests_before_saving(qtbot, agency_server, no_connections):
    from agence_urbaine.processing.connections import connection_names
    from agence_urbaine.ui.connections import ConnectionDialog

    dialog = ConnectionDialog(None, existing=[])
    qtbot.addWidget(dialog)
    assert not dialog.test_button.isEnabled()
    dialog.url_edit.setText(agency_server.base_url)
    wait_task(qtbot, dialog.runner, dialog.test)
    assert "The server answers: " in dialog.result_label.text()
    dialog.url_edit.setText(f"http://127.0.0.1:{closed_port()}/ogcapi")
    wait_task(qtbot, dialog.runner, dialog.test)
    assert dialog.result_label.text().startswith("Unreachable")
    assert connection_names() == []  # testing saves nothing


def test_a_cancelled_test_says_so(dock, iface, qtbot, http_stub):
    import time

    def slow(query):
        time.sleep(1.5)
        return 200, "application/json", b'{"collections": []}', {}

    http_stub.respond("/slow/collections", slow)
    connection = _temporary_connection(f"{http_stub.base_url}/slow")
    try:
        _use(dock, connection)

        def start_then_cancel():
            task = dock.connection_bar.test()
            assert dock.progress.isVisibleTo(dock) and dock.progress.task is task
            dock.progress.cancel()  # the Cancel button of the dock's progress bar
            return task

        task = wait_task(qtbot, dock, start_then_cancel)
        assert task.canceled and not task.ok
        assert iface.messages()[-1].endswith("Connection test cancelled.")
    finally:
        remove_connection(connection.name)


# -- collections ----------------------------------------------------------------------------------
def test_collections_list_fills_from_the_real_server(dock, qtbot, connection, ogcapi_client):
    _use(dock, connection)
    wait_task(qtbot, dock, dock.collections.refresh)
    tree = dock.collections.tree
    rows = {tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 1): tree.topLevelItem(i)
            for i in range(tree.topLevelItemCount())}
    assert {"parcels", "buildings", "zoning"} <= set(rows)
    parcels = rows["parcels"]
    assert parcels.text(0) == "Parcels"
    assert int(parcels.data(1, Qt.ItemDataRole.DisplayRole)) == ogcapi_client._count("parcels") > 0
    assert parcels.text(2) == "EPSG:26191"
    assert parcels.text(3)  # the CRS84 extent
    assert not dock.collections.placeholder.isVisible()
    # the field-work tab offers the same collections for checkout
    offered = [dock.fieldwork.collection_list.item(i).data(Qt.ItemDataRole.UserRole)
               for i in range(dock.fieldwork.collection_list.count())]
    assert set(offered) == set(rows)


def test_add_to_map_adds_a_live_read_only_oapif_layer(dock, qtbot, connection):
    _use(dock, connection)
    wait_task(qtbot, dock, dock.collections.refresh)
    dock.collections.select(["zoning"])
    layers = dock.collections.add_selected_to_map()
    assert len(layers) == 1
    layer = layers[0]
    assert layer.isValid() and layer.providerType() == "OAPIF"
    assert "typename='zoning'" in layer.source() or "typename=zoning" in layer.source()
    assert QgsProject.instance().mapLayer(layer.id()) is layer
    # a view: QGIS 3.22's provider cannot write, 3.34 and later can: the layer itself is read-only
    assert layer.readOnly() and not layer.startEditing()


# -- publish --------------------------------------------------------------------------------------
def _layer_to_publish(origin) -> QgsVectorLayer:
    layer = QgsVectorLayer("Polygon?crs=EPSG:26191", "permis terrain", "memory")
    fields = [QgsField("parcel_ref", FieldType.QString), QgsField("levels", FieldType.Int),
              QgsField("nom_proprietaire", FieldType.QString), QgsField("cin", FieldType.QString),
              QgsField("colour", FieldType.QString)]
    layer.dataProvider().addAttributes(fields)
    layer.updateFields()
    x, y = origin
    good = QgsFeature(layer.fields())
    good.setGeometry(QgsGeometry.fromRect(QgsRectangle(x, y, x + 10, y + 10)))
    good.setAttributes(["UI-1", 2, "Alami", "AB123456", "red"])
    bowtie = QgsFeature(layer.fields())
    ring = f"{x} {y},{x + 10} {y + 10},{x + 10} {y},{x} {y + 10},{x} {y}"
    bowtie.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({ring}))"))
    bowtie.setAttributes(["UI-2", 1, "Bennani", "CD654321", "blue"])
    layer.dataProvider().addFeatures([good, bowtie])
    return layer


def test_publish_dialog_lists_personal_fields_unchecked_then_publishes_without_them(
        dock, iface, qtbot, connection, agency_server, qgis_new_project):
    _use(dock, connection)
    wait_task(qtbot, dock, dock.collections.refresh)
    origin = new_area()
    layer = _layer_to_publish(origin)
    QgsProject.instance().addMapLayer(layer)
    dialog = dock.open_publish("buildings")
    qtbot.addWidget(dialog)
    dialog.layer_combo.setLayer(layer)
    assert dialog.collection() == "buildings"
    personal = [dialog.personal_list.item(i) for i in range(dialog.personal_list.count())]
    assert [item.data(Qt.ItemDataRole.UserRole) for item in personal] == ["nom_proprietaire", "cin"]
    assert "the field name looks like" in personal[1].text()  # the reason is shown
    assert all(item.checkState() == Qt.CheckState.Unchecked for item in personal)
    assert dialog.included_personal() == []
    assert not dialog.publish_button.isEnabled()  # not checked yet

    wait_task(qtbot, dialog.runner, dialog.check)
    assert dialog.preflight is not None and dialog.publish_button.isEnabled()
    invalid = [dialog.invalid_list.item(i).text() for i in range(dialog.invalid_list.count())]
    assert len(invalid) == 1 and "feature 2" in invalid[0]
    schema = [dialog.schema_list.item(i).text() for i in range(dialog.schema_list.count())]
    assert "Not on the server, left out: colour" in schema
    assert any("height_m" in line for line in schema)
    assert all(item.checkState() == Qt.CheckState.Unchecked for item in
               (dialog.personal_list.item(i) for i in range(dialog.personal_list.count())))

    task = wait_task(qtbot, dialog.runner, dialog.publish)
    report = task.result
    assert report.sent == 1 and len(report.invalid) == 1 and not report.refused
    assert report.personal_left_out == ["nom_proprietaire", "cin"]
    assert "1 feature(s) sent to Buildings, 1 refused or not sent." in \
        iface.messages(Qgis.MessageLevel.Warning)[-1]
    rows = agency_server.psql(
        "SELECT parcel_ref FROM buildings WHERE parcel_ref IN ('UI-1', 'UI-2') AND "
        f"geom && ST_MakeEnvelope({origin[0] - 1}, {origin[1] - 1}, {origin[0] + 11}, {origin[1] + 11}, "
        "26191);")
    assert rows.split() == ["UI-1"]
    assert "sent" in dialog.summary.text()
    dialog.close()


# -- field work -----------------------------------------------------------------------------------
def test_checkout_sync_and_conflict_resolution_through_the_dock(
        dock, iface, qtbot, connection, ogcapi_client, tmp_path, qgis_new_project):
    origin = new_area()
    ids = seed_buildings(ogcapi_client, origin, 3)
    _use(dock, connection)
    wait_task(qtbot, dock, dock.collections.refresh)
    fieldwork = dock.fieldwork
    fieldwork.tick(["buildings"])
    path = tmp_path / "terrain.gpkg"
    fieldwork.target_widget.setFilePath(str(path))
    box = QgsRectangle(*area_bbox(origin))
    fieldwork.area_provider = lambda kind: Area(QgsGeometry.fromRect(box),
                                                QgsCoordinateReferenceSystem("EPSG:26191"))
    assert fieldwork.checkout_button.isEnabled()
    wait_task(qtbot, dock, fieldwork.checkout)
    assert fieldwork.path == str(path)
    layers = fieldwork.layers()
    assert [layer.name() for layer in layers] == ["buildings"] and layers[0].featureCount() == 3
    assert "0 pending change(s)" in fieldwork.status_label.text()
    assert "3 feature(s) checked out" in iface.messages(Qgis.MessageLevel.Success)[-1]

    edits = LocalEdits(path)
    edits.set(ids[0], levels=4)  # only we change this one: pushed
    edits.set(ids[1], levels=7)  # both change this field: a conflict
    ogcapi_client.replace("buildings", {**ogcapi_client.get("buildings", ids[1]),
                                        "properties": {**ogcapi_client.get("buildings", ids[1])["properties"],
                                                       "levels": 9}}, 1)
    fieldwork.refresh_status()
    assert "2 pending change(s)" in fieldwork.status_label.text()

    wait_task(qtbot, dock, fieldwork.sync)
    assert "1 sent, 1 conflict(s)" in iface.messages(Qgis.MessageLevel.Warning)[-1]
    assert "1 conflict(s)" in fieldwork.status_label.text()
    table = fieldwork.conflicts.table
    assert table.rowCount() == 1
    columns = [COLUMNS.index(name) for name in ("feature", "field", "mine", "theirs")]
    assert [table.item(0, c).text() for c in columns] == ["T-1", "levels", "7", "9"]
    fieldwork.conflicts.choose(0, "theirs")
    assert fieldwork.conflicts.apply() == 1
    assert table.rowCount() == 0 and fieldwork.conflicts.empty_label.isVisibleTo(fieldwork.conflicts)
    assert "0 conflict(s)" in fieldwork.status_label.text()
    assert {f["levels"] for f in layers[0].getFeatures() if f["id"] == ids[1]} == {9}

    wait_task(qtbot, dock, fieldwork.sync)
    assert "0 edit(s) pending" in iface.messages(Qgis.MessageLevel.Success)[-1]
    assert ogcapi_client.get("buildings", ids[0])["properties"]["levels"] == 4
    assert ogcapi_client.get("buildings", ids[1])["properties"]["levels"] == 9
