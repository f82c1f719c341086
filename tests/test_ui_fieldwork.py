"""The field-work panel on a real workspace (in-memory server): status line, layers, safety checks."""

import sqlite3

import pytest
from qgis.core import QgsProject
from test_ui_support import MemoryClient

from agence_urbaine.core.sync.workspace import Workspace
from agence_urbaine.processing.connections import Connection, remove_connection, save_connection
from agence_urbaine.ui.fieldwork import is_workspace

pytest_plugins = ["test_ui_support"]


def _square(x, y):
    return {"type": "Polygon", "coordinates": [[[x, y], [x + 10, y], [x + 10, y + 10], [x, y + 10], [x, y]]]}


def _workspace(path):
    client = MemoryClient({"buildings": [
        {"type": "Feature", "id": f"b{i}", "geometry": _square(370000.0 + 20 * i, 375000.0),
         "properties": {"ref": f"B-{i}", "levels": 1, "version": 1}} for i in range(3)]})
    with Workspace(path) as workspace:
        workspace.checkout(client, "buildings")
    return client


def test_status_line_follows_edits_saved_in_qgis(dock, qtbot, tmp_path):
    path = tmp_path / "terrain.gpkg"
    _workspace(path)
    fieldwork = dock.fieldwork
    fieldwork.set_workspace(str(path))
    assert fieldwork.path == str(path)
    assert QgsProject.instance().readEntry("AgenceUrbaine", "workspace", "")[0] == str(path)
    status = fieldwork.status_label
    assert "0 pending change(s) · 0 conflict(s)" in status.text() and "Last sync: " in status.text()
    assert status.isVisibleTo(dock)  # outside the tabs: always shown
    layers = fieldwork.add_layers()
    assert [layer.name() for layer in layers] == ["buildings"]
    assert fieldwork.add_layers() == []  # not twice
    layer = layers[0]
    feature = next(layer.getFeatures())
    layer.startEditing()
    layer.changeAttributeValue(feature.id(), layer.fields().indexOf("levels"), 4)
    qtbot.waitUntil(lambda: "Unsaved edits in buildings" in status.text(), timeout=3000)
    assert layer.commitChanges()
    qtbot.waitUntil(lambda: "1 pending change(s)" in status.text(), timeout=3000)
    assert "Unsaved" not in status.text()


def test_a_plain_geopackage_is_not_taken_for_a_workspace(dock, iface, tmp_path):
    plain = tmp_path / "plain.gpkg"
    db = sqlite3.connect(plain)
    db.execute("CREATE TABLE gpkg_contents (table_name TEXT)")
    db.close()
    assert not is_workspace(str(plain)) and not is_workspace(str(tmp_path / "missing.gpkg"))
    dock.fieldwork.set_workspace(str(plain))
    assert dock.fieldwork.path == ""
    assert "is not a workspace made by a checkout" in iface.messages()[-1]
    db = sqlite3.connect(plain)
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    db.close()
    assert tables == ["gpkg_contents"]  # untouched


def test_opening_a_workspace_chooses_its_server_connection(dock, tmp_path, no_connections):
    path = tmp_path / "terrain.gpkg"
    _workspace(path)
    save_connection(Connection("Autre", "https://other.example/ogcapi"))
    save_connection(Connection("Mémoire", "memory://agency"))
    try:
        dock.connection_bar.reload("Autre")
        dock.fieldwork.set_workspace(str(path))
        assert dock.connection_bar.current_name() == "Mémoire"
        assert dock.fieldwork.sync_button.isEnabled()
    finally:
        remove_connection("Autre")
        remove_connection("Mémoire")


def test_double_clicking_a_conflict_selects_the_feature_on_the_map(dock, tmp_path):
    from test_ui_support import conflicted_workspace

    path = tmp_path / "ws.gpkg"
    conflicted_workspace(path)[1].close()
    fieldwork = dock.fieldwork
    fieldwork.set_workspace(str(path))
    assert fieldwork.conflicts.table.rowCount() == 4
    activated = []
    fieldwork.conflicts.feature_activated.connect(lambda *args: activated.append(args))
    fieldwork.conflicts.table.cellDoubleClicked.emit(1, 2)
    assert activated == [("buildings", "b")]
    assert not fieldwork.show_feature("buildings", "b")  # no layer in the project yet
    layer = fieldwork.add_layers()[0]
    assert fieldwork.show_feature("buildings", "b")
    assert [f["ref"] for f in layer.getSelectedFeatures()] == ["B"]


def test_checkout_area_from_the_canvas_or_selected_polygons(dock, iface, qgis_new_project):
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsGeometry,
        QgsRectangle,
        QgsVectorLayer,
    )

    from agence_urbaine.ui.fieldwork import AREA_CANVAS, AREA_SELECTION, AREA_WHOLE

    fieldwork = dock.fieldwork
    lambert = QgsCoordinateReferenceSystem("EPSG:26191")
    context = QgsCoordinateTransformContext()
    assert fieldwork.area_provider(AREA_WHOLE) is None
    canvas = iface.mapCanvas()
    canvas.setDestinationCrs(lambert)
    canvas.setExtent(QgsRectangle(370000, 375000, 371000, 376000))
    area = fieldwork.area_provider(AREA_CANVAS)
    bbox, polygon = area.in_crs(lambert, context)
    assert polygon is None and bbox[0] <= 370000 and bbox[2] >= 371000
    wgs84_bbox, _ = area.in_crs(QgsCoordinateReferenceSystem("EPSG:4326"), context)
    assert -7.5 < wgs84_bbox[0] < -6 and 33 < wgs84_bbox[1] < 35  # Rabat area, lon/lat

    layer = QgsVectorLayer("Polygon?crs=EPSG:26191", "zone d'étude", "memory")
    QgsProject.instance().addMapLayer(layer)
    iface.setActiveLayer(layer)
    with pytest.raises(ValueError, match="No polygon is selected"):
        fieldwork.area_provider(AREA_SELECTION)
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(370100, 375100, 370200, 375200)))
    layer.dataProvider().addFeatures([feature])
    layer.selectAll()
    area = fieldwork.area_provider(AREA_SELECTION)
    bbox, polygon = area.in_crs(lambert, context)
    assert bbox is None and polygon["type"] == "Polygon"
    assert {tuple(p) for p in polygon["coordinates"][0]} == {
        (370100.0, 375100.0), (370200.0, 375100.0), (370200.0, 375200.0), (370100.0, 375200.0)}


def _point(fid, x):
    return {"type": "Feature", "id": fid, "geometry": {"type": "Point", "coordinates": [x, 375005.0]},
            "properties": {"kind": "well", "version": 1, "updated_at": "2026-12-01T10:00:00Z"}}


def test_workspace_layers_stack_points_over_polygons_and_keep_server_fields_read_only(dock, tmp_path):
    from test_ui_support import _feature

    client = MemoryClient({"buildings": [_feature("a", "A", 1)], "wells": [_point("w1", 370005.0)]})
    path = tmp_path / "ws.gpkg"
    with Workspace(path) as workspace:
        workspace.checkout(client, "buildings")
        workspace.checkout(client, "wells")
    fieldwork = dock.fieldwork
    fieldwork.set_workspace(str(path))
    layers = fieldwork.add_layers(["buildings", "wells"])  # polygons first: must still end below
    group = QgsProject.instance().layerTreeRoot().findLayer(layers[0].id()).parent()
    assert [child.layer().name() for child in group.children()] == ["wells", "buildings"]
    for layer in layers:
        config = layer.editFormConfig()
        read_only = {layer.fields().at(i).name() for i in range(layer.fields().count()) if config.readOnly(i)}
        assert {"id", "version"} <= read_only and "kind" not in read_only and "levels" not in read_only
        assert layer.renderer().symbol().color().alpha() > 0  # a style of ours, not a random colour
    wells = layers[1]
    assert fieldwork.show_feature("wells", "w1")
    canvas = dock.fieldwork.iface.mapCanvas()
    assert canvas.scale() >= 499  # a point: a readable scale, not an endless zoom
    assert canvas.extent().contains(next(wells.getSelectedFeatures()).geometry().boundingBox())


def test_a_live_server_layer_cannot_be_edited():
    from agence_urbaine.core.sync.client import CollectionInfo
    from agence_urbaine.ui.map_layers import collection_layer

    layer = collection_layer(Connection("x", "http://127.0.0.1:9"), CollectionInfo(
        "buildings", "Buildings", None, (), None))
    assert layer.readOnly() and not layer.startEditing()
