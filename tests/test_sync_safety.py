"""Issue #13, the workspace side: edits saved during a sync, the user's own tables, hostile
collection and property names. Real reference server where the case is real; a loopback stub
for collections no real server would offer (``gpkg_contents``, ``Nom`` beside ``nom``)."""

import json
import sqlite3

import pytest
from osgeo import ogr, osr
from sync_support import DelegatingClient, LocalEdits, checked_out

from agence_urbaine.core.sync import session
from agence_urbaine.core.sync.ogcapi import OgcApiFeaturesClient
from agence_urbaine.core.sync.session import SyncCanceled, checkout, sync
from agence_urbaine.core.sync.workspace import (
    SYSTEM_PREFIXES,
    Workspace,
    WorkspaceError,
    safe_table_name,
)

pytest_plugins = ["server_fixture"]

STORAGE = "http://www.opengis.net/def/crs/EPSG/0/26191"


class HookedClient(DelegatingClient):
    """A real client; ``after[method]`` runs right after that method's first call reached the
    server (as QGIS saving an edit while the sync is pushing)."""

    def __init__(self, client, after):
        super().__init__(client)
        self.after = dict(after)

    def _after(self, method):
        hook = self.after.pop(method, None)
        if hook:
            hook()


def _work_row(path, fid, table="buildings"):
    db = sqlite3.connect(str(path))
    try:
        return db.execute(f'SELECT levels, use FROM "{table}" WHERE id = ?', (fid,)).fetchone()
    finally:
        db.close()


# -- 2. an edit saved while a sync runs is never overwritten ---------------------------------------
def test_an_edit_saved_while_the_push_runs_is_kept_then_sent(sync_client, sync_server, tmp_path):
    origin, ids, workspace = checked_out(sync_client, tmp_path, count=2)
    edits = LocalEdits(tmp_path / "ws.gpkg")
    edits.set(ids[0], levels=5)
    client = HookedClient(sync_client, {"replace": lambda: edits.set(ids[0], use="commerce")})
    report = sync(client, workspace)
    assert report.ok and report.pushed == 1 and report.kept_local == 1
    assert _work_row(tmp_path / "ws.gpkg", ids[0]) == (5, "commerce")  # the newer edit survived
    assert sync_server.rows(origin)[ids[0]]["levels"] == 5
    report = sync(sync_client, workspace)
    assert report.ok and report.conflicts == 0
    row = sync_server.rows(origin)[ids[0]]
    assert (row["levels"], row["use"]) == (5, "commerce")
    assert not workspace.local_changes("buildings")
    workspace.close()


def test_an_edit_saved_while_server_changes_are_applied_is_merged_not_lost(
        sync_client, sync_server, tmp_path, monkeypatch):
    origin, ids, workspace = checked_out(sync_client, tmp_path, count=2)
    sync_server.server.psql(f"UPDATE buildings SET levels = 7 WHERE id = '{ids[1]}';")
    edits = LocalEdits(tmp_path / "ws.gpkg")
    planned = session._plan

    def plan_then_edit(*args, **kwargs):
        plan = planned(*args, **kwargs)  # the working table is read: QGIS saves an edit now
        edits.set(ids[1], use="commerce")
        return plan

    monkeypatch.setattr(session, "_plan", plan_then_edit)
    report = sync(sync_client, workspace)
    monkeypatch.setattr(session, "_plan", planned)
    assert report.ok and report.kept_local == 1
    assert _work_row(tmp_path / "ws.gpkg", ids[1])[1] == "commerce"
    report = sync(sync_client, workspace)
    assert report.ok and report.conflicts == 0
    row = sync_server.rows(origin)[ids[1]]
    assert (row["levels"], row["use"]) == (7, "commerce")  # both sides' changes, field by field
    assert _work_row(tmp_path / "ws.gpkg", ids[1]) == (7, "commerce")
    workspace.close()


def test_a_row_deleted_while_the_push_runs_is_not_brought_back(sync_client, tmp_path):
    _, ids, workspace = checked_out(sync_client, tmp_path, count=2)
    edits = LocalEdits(tmp_path / "ws.gpkg")
    edits.set(ids[0], levels=4)
    report = sync(HookedClient(sync_client, {"replace": lambda: edits.delete(ids[0])}), workspace)
    assert report.kept_local == 1
    assert _work_row(tmp_path / "ws.gpkg", ids[0]) is None
    assert ids[0] in workspace.local_changes("buildings").deleted
    workspace.close()


def test_the_workspace_own_writes_are_not_taken_for_edits(ogcapi_client, tmp_path):
    _, ids, workspace = checked_out(ogcapi_client, tmp_path, count=2)
    mark = workspace.edit_mark()
    workspace.write("buildings", [workspace.features("buildings", [ids[0]])[ids[0]]], ("work",))
    assert workspace.edited_since("buildings", mark) == set()
    LocalEdits(tmp_path / "ws.gpkg").set(ids[1], levels=9)
    assert workspace.edited_since("buildings", mark) == {ids[1]}
    workspace.close()


# -- 3. checkout never adopts or drops a table it did not create -------------------------------------
HOSTILE_IDS = ["gpkg_contents", "gpkg_spatial_ref_sys", "zoning__base", "sync_collections", "sqlite_master",
               "rtree_buildings_geom", "buildings__theirs", "a b", "", "123", "Buildings", "بنايات",
               'x"; DROP TABLE y; --', "GPKG_extensions", "ogr_empty_table"]


@pytest.mark.parametrize("collection", HOSTILE_IDS)
def test_safe_table_names_never_clash(collection):
    taken = ["buildings", "zoning", "zoning__base", "gpkg_contents", "sync_collections", "bina_2"]
    name = safe_table_name(collection, taken)
    assert name and not name.lower().startswith(SYSTEM_PREFIXES)
    assert "__" not in name and name.lower() not in {t.lower() for t in taken}
    assert all(c.isalnum() or c == "_" for c in name)
    assert safe_table_name(collection, [*taken, name]) != name


def _user_gpkg(path, layer_name="buildings", count=3):
    """A GeoPackage made by GDAL, as a user's own data would be."""
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(26191)
    layer = dataset.CreateLayer(layer_name, srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("survey", ogr.OFTString))
    for i in range(count):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("survey", f"mine-{i}")
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({370000 + i} 375000)"))
        layer.CreateFeature(feature)
    dataset = None


def _user_rows(path, layer_name="buildings"):
    dataset = ogr.Open(str(path))
    layer = dataset.GetLayerByName(layer_name)
    return sorted(f.GetField("survey") for f in layer)


def test_checkout_into_a_file_with_the_users_layer_of_the_same_name_keeps_it(ogcapi_client, tmp_path):
    path = tmp_path / "mine.gpkg"
    _user_gpkg(path)
    with Workspace(path) as workspace:
        with pytest.raises(SyncCanceled):  # a failed checkout removes only what it created
            checkout(ogcapi_client, workspace, ["buildings"], is_canceled=lambda: True)
        assert _user_rows(path) == ["mine-0", "mine-1", "mine-2"]
        counts = checkout(ogcapi_client, workspace, ["buildings"])
        table = workspace.table("buildings")
        assert table != "buildings" and counts["buildings"] > 0
        workspace.drop("buildings")
    assert _user_rows(path) == ["mine-0", "mine-1", "mine-2"]
    dataset = ogr.Open(str(path))
    names = [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())]
    assert [n for n in names if not n.startswith("sync_")] == ["buildings"]  # only the user's layer


def _stub_collection(http_stub, cid, features, queryables=None):
    """A server offering one collection ``cid`` (GET collection, items; PUT items answered 204)."""
    from urllib.parse import quote

    info = {"id": cid, "title": cid, "storageCrs": STORAGE, "crs": [STORAGE], "itemType": "feature"}
    base = f"/collections/{quote(cid, safe='')}"
    http_stub.route("/collections", 200, "application/json", json.dumps({"collections": [info]}))
    http_stub.route(base, 200, "application/json", json.dumps(info))

    def items(query):
        offset = int(query.get("offset", 0))
        limit = int(query.get("limit", 10))
        page = features[offset:offset + limit]
        return 200, "application/geo+json", json.dumps({
            "type": "FeatureCollection", "features": page, "numberMatched": len(features)}).encode(), {}

    http_stub.respond(base + "/items", items)
    if queryables is not None:
        http_stub.route(base + "/queryables", 200, "application/schema+json", json.dumps(queryables))
    for feature in features:
        http_stub.route(f"{base}/items/{feature['id']}", 204, "application/json", b"", method="PUT")
    return OgcApiFeaturesClient(http_stub.base_url)


def _point(i, **properties):
    return {"type": "Feature", "id": f"f{i}",
            "geometry": {"type": "Point", "coordinates": [370000.0 + i, 375000.0]},
            "properties": {"version": 1, **properties}}


@pytest.mark.parametrize("collection", ["gpkg_contents", "sync_collections", "zoning__base",
                                        "sqlite_sequence", "rtree_x_geom", "mes bâtiments",
                                        "gpkg_spatial_ref_sys"])
def test_collection_ids_that_name_system_tables_are_checked_out_under_safe_names(
        http_stub, tmp_path, collection):
    client = _stub_collection(http_stub, collection, [_point(1, label="a"), _point(2, label="b")])
    path = tmp_path / "ws.gpkg"
    with Workspace(path) as workspace:
        assert checkout(client, workspace, [collection]) == {collection: 2}
        table = workspace.table(collection)
        assert not table.startswith(SYSTEM_PREFIXES) and "__" not in table
        assert {f["properties"]["label"] for f in workspace.features(collection).values()} == {"a", "b"}
    dataset = ogr.Open(str(path))  # still a valid GeoPackage: the working table and our own ones
    assert dataset is not None
    names = [dataset.GetLayer(i).GetName() for i in range(dataset.GetLayerCount())]
    assert [n for n in names if not n.startswith("sync_") and "__" not in n] == [table]
    assert dataset.GetLayerByName(table).GetFeatureCount() == 2
    client.close()


# -- 13. property names SQLite takes for one column ---------------------------------------------------
CLASHING = {"Nom": "Alaoui street", "nom": "lot 7", "ID": 42, "Geom": "survey", "FID": 3, "fid": 4}


def test_properties_that_clash_in_sqlite_round_trip_and_push_under_their_own_names(http_stub, tmp_path):
    client = _stub_collection(http_stub, "lots", [_point(1, **CLASHING), _point(2, **CLASHING)])
    path = tmp_path / "ws.gpkg"
    with Workspace(path) as workspace:
        checkout(client, workspace, ["lots"])
        stored = workspace.features("lots")["f1"]["properties"]
        assert {k: stored[k] for k in CLASHING} == CLASHING
        db = sqlite3.connect(str(path))
        columns = [r[1] for r in db.execute(f'PRAGMA table_info("{workspace.table("lots")}")')]
        column = columns[[c.casefold() for c in columns].index("nom_2")]
        with db:
            db.execute(f'UPDATE "{workspace.table("lots")}" SET "{column}" = ? WHERE id = ?', ("lot 8", "f1"))
        db.close()
        report = sync(client, workspace)
        assert report.ok and report.pushed == 1
    [(_, _, _, body)] = [r for r in http_stub.requests if r[0] == "PUT"]
    sent = json.loads(body)["properties"]
    assert sent["nom"] == "lot 8" and "nom_2" not in sent  # mapped back to the server's name
    assert all(sent.get(k, v) == v for k, v in CLASHING.items() if k != "nom")
    client.close()


def test_a_locked_workspace_gives_a_clear_error_and_stays_unchanged(ogcapi_client, tmp_path):
    _, ids, workspace = checked_out(ogcapi_client, tmp_path, count=1)
    LocalEdits(tmp_path / "ws.gpkg").set(ids[0], levels=3)
    workspace.db.execute("PRAGMA busy_timeout = 200")
    other = sqlite3.connect(str(tmp_path / "ws.gpkg"))
    other.execute("BEGIN EXCLUSIVE")  # another program holds the file
    try:
        report = sync(ogcapi_client, workspace)
    finally:
        other.rollback()
        other.close()
    assert not report.ok
    assert "ws.gpkg" in report.errors[0] and "unchanged" in report.errors[0]
    assert "OperationalError" not in report.errors[0]
    assert workspace.local_changes("buildings").modified == {ids[0]}
    assert sync(ogcapi_client, workspace).ok
    assert not workspace.local_changes("buildings")
    workspace.close()


def test_a_full_disk_gives_a_clear_error_naming_the_file(ogcapi_client, tmp_path):
    path = tmp_path / "full.gpkg"
    with Workspace(path) as workspace:
        pages = workspace.db.execute("PRAGMA page_count").fetchone()[0]
        workspace.db.execute(f"PRAGMA max_page_count = {pages + 2}")  # the disk fills up
        with pytest.raises(WorkspaceError) as caught:
            checkout(ogcapi_client, workspace, ["parcels"])
        assert "full.gpkg" in str(caught.value)
        assert workspace.collections() == []


# -- 4. a column added on the server is never nulled by an edit ------------------------------------
def _alter_buildings(agency_server, change):
    """Change the table as an agency would: pygeoapi keeps the table's model it read, so it is
    restarted (as an agency restarts its server after a schema change)."""
    agency_server.psql(f"ALTER TABLE buildings {change};")
    agency_server.kill_pygeoapi()
    agency_server.start_pygeoapi()


def _server_value(agency_server, fid, column):
    return agency_server.psql(f"SELECT {column} FROM buildings WHERE id = '{fid}';").strip()


def test_a_column_added_on_the_server_keeps_its_values_and_reaches_the_workspace(
        ogcapi_client, agency_server, tmp_path):
    _, ids, workspace = checked_out(ogcapi_client, tmp_path, count=3)
    _alter_buildings(agency_server, "ADD COLUMN remark text DEFAULT 'from the server'")
    try:
        agency_server.psql(f"UPDATE buildings SET levels = 2 WHERE id = '{ids[0]}';")  # a partial pull
        LocalEdits(tmp_path / "ws.gpkg").set(ids[1], levels=6)
        report = sync(ogcapi_client, workspace)
        assert report.ok, report.errors
        assert _server_value(agency_server, ids[1], "levels") == "6"
        assert _server_value(agency_server, ids[1], "remark") == "from the server"  # not nulled
        remarks = {fid: f["properties"].get("remark") for fid, f in workspace.features("buildings").items()}
        assert remarks == dict.fromkeys(ids, "from the server")  # every row, not only the pulled one
        assert not workspace.local_changes("buildings")
        LocalEdits(tmp_path / "ws.gpkg").set(ids[2], remark="seen on site")
        assert sync(ogcapi_client, workspace).ok
        assert _server_value(agency_server, ids[2], "remark") == "seen on site"
    finally:
        _alter_buildings(agency_server, "DROP COLUMN remark")
        workspace.close()


def test_an_update_sends_only_the_fields_it_changes(sync_client, tmp_path):
    _, ids, workspace = checked_out(sync_client, tmp_path, count=1)
    LocalEdits(tmp_path / "ws.gpkg").set(ids[0], use="commerce")
    sent = []

    class Recording(HookedClient):
        def replace(self, collection, feature, expected_version, crs=None, **base):
            sent.append(feature)
            return super().replace(collection, feature, expected_version, crs, **base)

    assert sync(Recording(sync_client, {}), workspace).ok
    [feature] = sent
    assert set(feature["properties"]) - {"version"} == {"use"} and feature["geometry"]
    workspace.close()


# -- 5. outside the checked-out area is not deleted -------------------------------------------------
@pytest.mark.parametrize("policy", ["mine", "theirs", "stop"])
def test_a_feature_moved_out_of_the_area_is_an_update_not_a_deletion(
        sync_client, sync_server, tmp_path, policy):
    import uuid

    origin, ids, workspace = checked_out(sync_client, tmp_path, count=3)
    marker = f"moved-{uuid.uuid4().hex[:8]}"
    LocalEdits(tmp_path / "ws.gpkg").set(ids[0], parcel_ref=marker)
    sync_server.server.psql(f"UPDATE buildings SET geom = ST_Translate(geom, 0, 2500) WHERE id = '{ids[0]}';"
                       f"DELETE FROM buildings WHERE id = '{ids[1]}';")
    report = sync(sync_client, workspace, policy=policy)
    assert report.ok and report.conflicts == 0, report.errors
    rows = sync_server.server.psql(f"SELECT id, ST_YMin(geom) FROM buildings WHERE parcel_ref = '{marker}';")
    [(fid, ymin)] = [line.split("|") for line in rows.split()]
    assert fid == ids[0] and float(ymin) > origin[1] + 2000  # the edit on the moved feature, once
    assert ids[1] not in workspace.features("buildings")  # a real deletion is still one
    assert workspace.features("buildings")[ids[0]]["properties"]["parcel_ref"] == marker
    workspace.close()


def test_a_feature_moved_out_after_an_incremental_pull_is_not_deleted(ogcapi_client, agency_server, tmp_path):
    _, ids, workspace = checked_out(ogcapi_client, tmp_path, count=2)
    assert sync(ogcapi_client, workspace).ok and workspace.watermark("buildings")
    LocalEdits(tmp_path / "ws.gpkg").set(ids[0], levels=3)
    agency_server.psql(f"UPDATE buildings SET geom = ST_Translate(geom, 3000, 0) WHERE id = '{ids[0]}';")
    report = sync(ogcapi_client, workspace, policy="theirs")
    assert report.ok and report.conflicts == 0
    assert _server_value(agency_server, ids[0], "levels") == "3"
    workspace.close()


# -- 11. refusals a retry cannot fix are named and do not block the rest ---------------------------
def test_values_the_server_cannot_store_are_named_and_the_rest_goes_through(
        sync_client, sync_server, tmp_path):
    origin, ids, workspace = checked_out(sync_client, tmp_path, count=3)
    edits = LocalEdits(tmp_path / "ws.gpkg")
    edits.set(ids[0], levels=2 ** 40)  # the server column is a 32-bit integer
    edits.set(ids[1], parcel_ref="A\x00B")  # PostgreSQL text cannot hold NUL
    edits.set(ids[2], use="commerce")
    for _ in range(2):  # the same, clear answer at every run; never a silent "run again"
        report = sync(sync_client, workspace)
        assert len(report.errors) == 2, report.errors
        overflow, nul = sorted(report.errors, key=lambda e: ids[1] in e)
        assert ids[0] in overflow and "levels" in overflow
        assert ids[1] in nul and "parcel_ref" in nul and "NUL" in nul
        assert sync_server.rows(origin)[ids[2]]["use"] == "commerce"
        assert workspace.local_changes("buildings").modified == {ids[0], ids[1]}
    workspace.close()


def test_a_field_removed_on_the_server_is_named_and_other_changes_are_sent(http_stub, tmp_path):
    features = [_point(1, label="a", old_code="X"), _point(2, label="b", old_code="Y")]
    client = _stub_collection(http_stub, "lots", features,
                              queryables={"properties": {"label": {"type": "string"}}})
    with Workspace(tmp_path / "ws.gpkg") as workspace:
        checkout(client, workspace, ["lots"])
        db = sqlite3.connect(str(tmp_path / "ws.gpkg"))
        with db:
            db.execute("UPDATE lots SET old_code = 'Z' WHERE id = 'f1'")
            db.execute("UPDATE lots SET label = 'c' WHERE id = 'f2'")
        db.close()
        report = sync(client, workspace)
    [error] = report.errors
    assert "f1" in error and "old_code" in error
    [(_, path, _, body)] = [r for r in http_stub.requests if r[0] == "PUT"]
    assert path.endswith("/f2") and json.loads(body)["properties"]["label"] == "c"
    client.close()


def test_a_geometry_collection_is_kept_never_sent_back_as_null(http_stub, tmp_path):
    collection = {"type": "GeometryCollection", "geometries": [
        {"type": "Point", "coordinates": [370000.5, 375000.25]},
        {"type": "LineString", "coordinates": [[370000.0, 375000.0], [370010.0, 375010.0]]}]}
    client = _stub_collection(http_stub, "lots", [{**_point(1, label="a"), "geometry": collection}])
    with Workspace(tmp_path / "ws.gpkg") as workspace:
        checkout(client, workspace, ["lots"])
        assert workspace.features("lots")["f1"]["geometry"] == collection
        db = sqlite3.connect(str(tmp_path / "ws.gpkg"))
        with db:
            db.execute("UPDATE lots SET label = 'b' WHERE id = 'f1'")
        db.close()
        assert sync(client, workspace).ok
    [(_, _, _, body)] = [r for r in http_stub.requests if r[0] == "PUT"]
    assert json.loads(body)["geometry"] == collection
    client.close()


def test_a_server_change_merged_into_a_local_edit_is_counted_as_received(
        sync_client, sync_server, tmp_path):
    _, ids, workspace = checked_out(sync_client, tmp_path, count=1)
    sync_server.server.psql(f"UPDATE buildings SET levels = 4 WHERE id = '{ids[0]}';")
    LocalEdits(tmp_path / "ws.gpkg").set(ids[0], use="bureau")
    report = sync(sync_client, workspace)
    assert report.ok and (report.pulled, report.pushed) == (1, 1)  # issue #14: "0 received" before
    assert _work_row(tmp_path / "ws.gpkg", ids[0]) == (4, "bureau")
    workspace.close()


def test_the_dock_explains_a_locked_workspace_and_a_moved_server_in_plain_words():
    from agence_urbaine.core.sync.client import Moved
    from agence_urbaine.ui.messages import explain

    locked = explain(sqlite3.OperationalError("database is locked"))
    assert "another program" in locked and "unchanged" in locked and "OperationalError" not in locked
    moved = explain(Moved("The server moved to https://new.example/api: update the connection.",
                          "https://new.example/api"))
    assert "https://new.example/api" in moved and "not an OGC API" not in moved.lower()
