"""The dock's publish dialog against the REAL server: CRS refused before reading, field mapping
suggested whatever the case, replace confirmation giving the number of features deleted."""

from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsRectangle, QgsVectorLayer
from sync_support import new_area
from test_ui_server import _use
from test_ui_support import wait_task

pytest_plugins = ["server_fixture", "test_ui_support"]


def _layer(crs, origin, count=2):
    layer = QgsVectorLayer(f"Polygon?crs={crs}&field=Parcel_Ref:string&field=LEVELS:integer"
                           "&field=contact:string", "a publier", "memory")
    x, y = origin
    features = []
    for i in range(count):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(x + 20 * i, y, x + 20 * i + 10, y + 10)))
        feature.setAttributes([f"D-{x:.0f}-{i}", 2, f"+212 6 61 22 33 {i:02d}"])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _dialog(dock, qtbot, connection, layer, collection="buildings"):
    _use(dock, connection)
    wait_task(qtbot, dock, dock.collections.refresh)
    QgsProject.instance().addMapLayer(layer)
    dialog = dock.open_publish(collection)
    qtbot.addWidget(dialog)
    dialog.layer_combo.setLayer(layer)
    return dialog


def test_a_layer_with_impossible_coordinates_is_refused_before_reading(dock, qtbot, connection,
                                                                       qgis_new_project):
    dialog = _dialog(dock, qtbot, connection, _layer("EPSG:26191", (-6.84, 34.0)))
    assert dialog.check() is None and dialog.preflight is None
    assert "a publier" in dialog.summary.text() and "impossible" in dialog.summary.text()


def test_mapping_is_suggested_and_replace_says_how_many_it_deletes(dock, qtbot, connection, ogcapi_client,
                                                                   qgis_new_project):
    layer = _layer("EPSG:26191", new_area())
    dialog = _dialog(dock, qtbot, connection, layer)
    personal = dialog.personal_list.item(0)
    assert personal.text() == "contact (personal data: values look like phone numbers)"
    dialog.replace_radio.setChecked(True)
    wait_task(qtbot, dialog.runner, dialog.check)
    table = dialog.mapping_table
    rows = {table.item(r, 0).text(): table.cellWidget(r, 1).currentData() for r in range(table.rowCount())}
    assert rows == {"Parcel_Ref": "parcel_ref", "LEVELS": "levels"}
    assert dialog.field_map() == {"Parcel_Ref": "parcel_ref", "LEVELS": "levels"}
    server = sum(len(p.features) for p in ogcapi_client.iter_pages("buildings"))
    assert dialog.preflight.to_delete == server
    assert f"{server} feature(s) of the server will be deleted" in dialog.replace_question()
    dialog.close()


def test_publishing_refreshes_the_docks_feature_counts(dock, qtbot, connection, qgis_new_project):
    """After 45 features were published the Field work tab still listed "Buildings (253)"."""
    dialog = _dialog(dock, qtbot, connection, _layer("EPSG:26191", new_area()))

    def count():
        return {info.id: info.feature_count for info in dock.collections.infos}["buildings"]

    before = count()
    wait_task(qtbot, dialog.runner, dialog.check)
    wait_task(qtbot, dialog.runner, dialog.publish)
    qtbot.waitUntil(lambda: count() == before + 2, timeout=30_000)
    dialog.close()


def test_the_collection_is_the_one_asked_for_or_named_like_the_layer_else_none(dock, qtbot, connection,
                                                                             qgis_new_project):
    """For the layer "applications" the dialog chose "Parcels" (the first collection): publishing
    there adds to the wrong data. It takes the collection asked for, or the one named like the
    layer, else none, and Check waits for a choice."""
    asked = _dialog(dock, qtbot, connection, _layer("EPSG:26191", new_area()))  # "buildings" asked
    assert asked.collection() == "buildings"
    asked.close()
    layer = _layer("EPSG:26191", new_area())
    QgsProject.instance().addMapLayer(layer)
    dialog = dock.open_publish("")
    qtbot.addWidget(dialog)
    dialog.layer_combo.setLayer(layer)  # "a publier": no collection of that name
    assert dialog.collection() == "" and not dialog.check_button.isEnabled()
    named = QgsVectorLayer("Polygon?crs=EPSG:26191&field=ref:string", "Parcels", "memory")
    QgsProject.instance().addMapLayer(named)
    dialog.layer_combo.setLayer(named)
    assert dialog.collection() == "parcels" and dialog.check_button.isEnabled()
    dialog.collection_combo.setCurrentIndex(dialog.collection_combo.findData("zoning"))
    dialog.collection_combo.activated.emit(dialog.collection_combo.currentIndex())  # the person's choice
    dialog.layer_combo.setLayer(layer)
    assert dialog.collection() == "zoning"  # kept once chosen
    dialog.close()
