"""The sync over WFS-T against the REAL QGIS Server (no versions, no triggers on its tables)."""

import uuid

import pytest
from sync_support import (
    DelegatingClient,
    LocalEdits,
    LosingClient,
    area_bbox,
    building,
    new_area,
    seed_buildings,
)

from agence_urbaine.core.sync.client import VersionConflict
from agence_urbaine.core.sync.session import checkout, sync
from agence_urbaine.core.sync.wfst import QGIS_SERVER, WfsTransactionClient
from agence_urbaine.core.sync.workspace import Workspace

pytest_plugins = ["server_fixture"]


def wfs_rows(wfs_server, origin, table="buildings"):
    """The rows of a test area straight from PostGIS (id → levels, parcel_ref, use, x0)."""
    x0, y0, x1, y1 = area_bbox(origin)
    out = wfs_server.psql(
        f"SELECT id, levels, parcel_ref, use, ST_XMin(geom) FROM {table} "
        f"WHERE geom && ST_MakeEnvelope({x0}, {y0}, {x1}, {y1}, 26191) ORDER BY id;"
    )
    rows = {}
    for line in out.splitlines():
        fid, levels, ref, use, xmin = line.split("|")
        rows[fid] = {
            "levels": int(levels) if levels else None,
            "parcel_ref": ref,
            "use": use,
            "xmin": float(xmin),
        }
    return rows


def _checked_out(client, path, count=4, origin=None):
    origin = origin or new_area(50_000.0)  # away from the OGC API tests' areas (same cluster)
    ids = seed_buildings(client, origin, count)
    workspace = Workspace(path)
    checkout(client, workspace, ["buildings"], bbox=area_bbox(origin))
    return origin, ids, workspace


# -- reading ---------------------------------------------------------------------------------------
def test_capabilities_schema_and_dialect(wfst_client):
    assert wfst_client.dialect == QGIS_SERVER
    names = {c.id for c in wfst_client.collections()}
    assert {"buildings", "parcels"} <= names
    info = wfst_client.collection("parcels")
    assert info.storage_crs == "http://www.opengis.net/def/crs/EPSG/0/26191"
    assert wfst_client.field_types("buildings") == {
        "parcel_ref": "string",
        "levels": "integer",
        "height_m": "number",
        "use": "string",
    }


def test_pages_are_complete_sorted_and_in_the_layer_crs(wfst_client, wfs_server):
    pages = list(wfst_client.iter_pages("parcels", page_size=70))
    ids = [f["id"] for p in pages for f in p.features]
    assert len(pages) == 5 and len(ids) == len(set(ids)) == 300
    assert ids == sorted(ids)
    stored = wfs_server.psql("SELECT id, ST_XMin(geom), area_m2 FROM parcels ORDER BY id LIMIT 1;").split("|")
    first = pages[0].features[0]
    assert first["id"] == stored[0]
    assert first["geometry"]["coordinates"][0][0][0] == float(stored[1])  # EPSG:26191, exact
    assert first["properties"]["area_m2"] == float(stored[2]) and "id" not in first["properties"]


def test_an_area_is_read_in_tiles_each_feature_once(wfst_client, wfs_server):
    # QGIS Server 3.22 ignores SORTBY with a BBOX: paging an area with STARTINDEX could skip and
    # repeat features on a large table; the area is read in tiles of at most page_size instead
    origin = new_area(50_000.0)
    ids = seed_buildings(wfst_client, origin, 12)  # a row 230 m long
    pages = list(wfst_client.iter_pages("buildings", bbox=area_bbox(origin), page_size=3))
    read = [f["id"] for p in pages for f in p.features]
    assert sorted(read) == sorted(ids) and len(pages) >= 4
    assert all(len(p.features) <= 3 for p in pages)  # a tile holds at most a page
    assert pages[-1].offset + len(pages[-1].features) == 12


def test_a_string_that_looks_like_a_number_stays_a_string(wfst_client):
    x, y = new_area(50_000.0)
    feature = building(x, y, "0012")
    feature["geometry"]["coordinates"][0][1][0] = x + 10.123456789  # more digits than 6
    feature["geometry"]["coordinates"][0][2][0] = x + 10.123456789
    wfst_client.create("buildings", feature)
    stored = wfst_client.get("buildings", feature["id"])
    assert stored["properties"]["parcel_ref"] == "0012"
    assert stored["geometry"] == feature["geometry"]


# -- writing ---------------------------------------------------------------------------------------
def test_create_returns_the_id_and_a_retried_create_does_not_duplicate(wfst_client, wfs_server):
    x, y = new_area(50_000.0)
    feature = building(x, y, "R-1")
    assert wfst_client.create("buildings", feature) == feature["id"]
    assert wfst_client.create("buildings", feature) == feature["id"]  # the answer was lost: retried
    assert wfs_server.psql(f"SELECT count(*) FROM buildings WHERE id = '{feature['id']}';").strip() == "1"


def test_a_filtered_update_is_refused_when_the_base_values_changed(wfst_client, wfs_server):
    x, y = new_area(50_000.0)
    feature = building(x, y, "U-1", levels=2)
    wfst_client.create("buildings", feature)
    wfs_server.psql(f"UPDATE buildings SET levels = 7 WHERE id = '{feature['id']}';")  # someone else
    change = {**feature, "properties": {"levels": 3}}
    with pytest.raises(VersionConflict) as caught:
        wfst_client.replace("buildings", change, None, base=feature)
    assert caught.value.server_feature["properties"]["levels"] == 7
    other = {**feature, "properties": {"use": "commerce"}}  # a field nobody else changed
    wfst_client.replace("buildings", other, None, base=feature)
    row = wfs_server.psql(f"SELECT levels, use FROM buildings WHERE id = '{feature['id']}';").strip()
    assert row == "7|commerce"


def test_a_delete_of_a_feature_changed_meanwhile_is_refused(wfst_client, wfs_server):
    x, y = new_area(50_000.0)
    feature = building(x, y, "D-1")
    wfst_client.create("buildings", feature)
    wfs_server.psql(f"UPDATE buildings SET use = 'bureaux' WHERE id = '{feature['id']}';")
    with pytest.raises(VersionConflict):
        wfst_client.delete("buildings", feature["id"], None, base=feature)
    current = wfst_client.get("buildings", feature["id"])
    wfst_client.delete("buildings", feature["id"], None, base=current)
    wfst_client.delete("buildings", feature["id"], None, base=current)  # already gone: fine
    assert wfst_client.get("buildings", feature["id"]) is None


# -- the sync --------------------------------------------------------------------------------------
def test_checkout_offline_edits_sync_gives_the_exact_server_rows(wfst_client, wfs_server, tmp_path):
    origin, ids, workspace = _checked_out(wfst_client, tmp_path / "ws.gpkg")
    assert not workspace.has_versions("buildings")
    edits = LocalEdits(workspace.path)
    edits.set(ids[0], levels=4)
    edits.move(ids[1], 3.5)
    edits.delete(ids[2])
    new = edits.add(origin[0] + 500.0, origin[1] + 50.0, "NEW-1", levels=2)
    wfs_server.psql(f"UPDATE buildings SET use = 'commerce' WHERE id = '{ids[0]}';")  # other field
    report = sync(wfst_client, workspace)
    assert report.ok, report.errors
    assert report.pushed == 4 and report.conflicts == 0
    rows = wfs_rows(wfs_server, origin)
    assert set(rows) == {ids[0], ids[1], ids[3], new}
    assert rows[ids[0]]["levels"] == 4 and rows[ids[0]]["use"] == "commerce"  # both sides kept
    assert rows[ids[1]]["xmin"] == origin[0] + 20.0 + 3.5
    assert rows[new]["parcel_ref"] == "NEW-1" and rows[new]["levels"] == 2
    assert workspace.features("buildings")[ids[0]]["properties"]["use"] == "commerce"
    again = sync(wfst_client, workspace)
    assert again.ok and again.pushed == 0 and again.pulled == 0  # content equal: nothing moves
    workspace.close()


def test_a_deletion_on_the_server_reaches_the_workspace(wfst_client, wfs_server, tmp_path):
    _origin, ids, workspace = _checked_out(wfst_client, tmp_path / "ws.gpkg", count=3)
    wfs_server.psql(f"DELETE FROM buildings WHERE id = '{ids[1]}';")
    report = sync(wfst_client, workspace)
    assert report.ok and report.pulled == 1
    assert set(workspace.features("buildings")) == {ids[0], ids[2]}
    workspace.close()


@pytest.mark.parametrize("policy, levels", [("mine", 5), ("theirs", 9)])
def test_two_workspaces_editing_the_same_feature(wfst_client, wfs_server, tmp_path, policy, levels):
    origin, ids, first = _checked_out(wfst_client, tmp_path / "a.gpkg", count=2)
    second = Workspace(tmp_path / "b.gpkg")
    checkout(wfst_client, second, ["buildings"], bbox=area_bbox(origin))
    LocalEdits(first.path).set(ids[0], levels=9, use="bureaux")
    assert sync(wfst_client, first).ok
    LocalEdits(second.path).set(ids[0], levels=5, parcel_ref="B-side")
    kept = sync(wfst_client, second)  # policy "stop": kept for a person
    assert kept.conflicts == 1 and second.conflicts("buildings")[0]["fields"] == ["levels"]
    report = sync(wfst_client, second, policy=policy)
    assert report.ok
    row = wfs_rows(wfs_server, origin)[ids[0]]
    assert row == {**row, "levels": levels, "use": "bureaux", "parcel_ref": "B-side"}
    assert second.features("buildings")[ids[0]]["properties"]["levels"] == levels
    first.close()
    second.close()


class _RacingClient(DelegatingClient):
    """Another team's edit lands on the server between this sync's pull and its push."""

    def __init__(self, client, wfs_server, fid):
        super().__init__(client)
        self.wfs_server, self.fid, self.raced = wfs_server, fid, False

    def replace(self, collection, feature, expected_version, crs=None, **base):
        if not self.raced:
            self.raced = True
            self.wfs_server.psql(f"UPDATE buildings SET levels = 8 WHERE id = '{self.fid}';")
        return super().replace(collection, feature, expected_version, crs, **base)


def test_a_change_made_between_pull_and_push_is_caught_by_the_filtered_update(
    wfst_client, wfs_server, tmp_path
):
    origin, ids, workspace = _checked_out(wfst_client, tmp_path / "ws.gpkg", count=2)
    LocalEdits(workspace.path).set(ids[0], levels=3)
    report = sync(_RacingClient(wfst_client, wfs_server, ids[0]), workspace)
    assert report.pushed == 0 and len(report.errors) == 1 and "changed on the server" in report.errors[0]
    assert wfs_rows(wfs_server, origin)[ids[0]]["levels"] == 8  # not overwritten
    kept = sync(wfst_client, workspace)  # the next sync merges it as a true conflict
    assert kept.conflicts == 1 and workspace.conflicts("buildings")[0]["fields"] == ["levels"]
    settled = sync(wfst_client, workspace, policy="mine")
    assert settled.ok and wfs_rows(wfs_server, origin)[ids[0]]["levels"] == 3
    workspace.close()


# -- faults ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("lose", [{"create": 1}, {"replace": 1}, {"delete": 1}])
def test_a_lost_answer_neither_loses_nor_duplicates(wfst_client, wfs_server, tmp_path, lose):
    origin, ids, workspace = _checked_out(wfst_client, tmp_path / "ws.gpkg", count=3)
    edits = LocalEdits(workspace.path)
    new = edits.add(origin[0] + 600.0, origin[1] + 50.0, "LOST-1")
    edits.set(ids[0], levels=6)
    edits.delete(ids[1])
    first = sync(LosingClient(wfst_client, lose), workspace)
    assert not first.ok
    second = sync(wfst_client, workspace)
    assert second.ok, second.errors
    rows = wfs_rows(wfs_server, origin)
    assert set(rows) == {ids[0], ids[2], new}
    assert rows[ids[0]]["levels"] == 6
    assert set(workspace.features("buildings")) == set(rows)
    assert sync(wfst_client, workspace).pushed == 0
    workspace.close()


def test_server_killed_mid_sync_then_retried(wfst_client, wfs_server, tmp_path):
    origin, ids, workspace = _checked_out(wfst_client, tmp_path / "ws.gpkg", count=4)
    edits = LocalEdits(workspace.path)
    for index, fid in enumerate(ids):
        edits.set(fid, levels=10 + index)

    class Killer(DelegatingClient):
        calls = 0

        def _after(self, method):
            Killer.calls += 1
            if Killer.calls == 2:
                wfs_server.kill()

    try:
        report = sync(Killer(wfst_client), workspace)
        assert not report.ok
    finally:
        wfs_server.start_mapserver()
    retried = sync(WfsTransactionClient(wfs_server.base_url), workspace)
    assert retried.ok, retried.errors
    rows = wfs_rows(wfs_server, origin)
    assert [rows[fid]["levels"] for fid in ids] == [10, 11, 12, 13] and len(rows) == 4
    workspace.close()


def test_ids_are_uuids_the_workspace_made(wfst_client, tmp_path):
    origin, _ids, workspace = _checked_out(wfst_client, tmp_path / "ws.gpkg", count=1)
    new = LocalEdits(workspace.path).add(origin[0] + 700.0, origin[1] + 50.0, "ID-1")
    assert sync(wfst_client, workspace).ok
    assert str(uuid.UUID(new)) == new and wfst_client.get("buildings", new) is not None
    workspace.close()


# -- one Transaction for many changes --------------------------------------------------------------
def _count_transactions(client):
    """Wrap ``client._transaction``; returns the list of action counts sent, one per Transaction."""
    sent, original = [], client._transaction

    def counting(collection, *actions):
        sent.append(len(actions))
        return original(collection, *actions)

    client._transaction = counting
    return sent


class _RacingBatch(DelegatingClient):
    """Another team edits one feature between the pull and the (batched) push."""

    def __init__(self, client, wfs_server, fid):
        super().__init__(client)
        self.wfs_server, self.fid = wfs_server, fid

    def push(self, collection, changes):
        self.wfs_server.psql(f"UPDATE buildings SET levels = 8 WHERE id = '{self.fid}';")
        return self.client.push(collection, changes)


def test_a_batch_where_one_change_conflicts_applies_the_other(wfst_client, wfs_server, tmp_path):
    origin, ids, workspace = _checked_out(wfst_client, tmp_path / "ws.gpkg", count=2)
    edits = LocalEdits(workspace.path)
    edits.set(ids[0], levels=3)
    edits.set(ids[1], levels=4)
    transactions = _count_transactions(wfst_client)
    report = sync(_RacingBatch(wfst_client, wfs_server, ids[0]), workspace)
    assert transactions == [2]  # both changes in one Transaction
    assert report.pushed == 1 and len(report.errors) == 1 and "changed on the server" in report.errors[0]
    rows = wfs_rows(wfs_server, origin)
    assert (rows[ids[0]]["levels"], rows[ids[1]]["levels"]) == (8, 4)  # the conflict not overwritten
    kept = sync(wfst_client, workspace)
    assert kept.conflicts == 1 and workspace.conflicts("buildings")[0]["fields"] == ["levels"]
    workspace.close()


def test_an_action_the_server_refuses_refuses_only_its_change(wfst_client, wfs_server):
    from agence_urbaine.core.sync.client import Push, ServerError

    x, y = new_area(50_000.0)
    first, second = building(x, y, "A-1"), building(x + 20.0, y, "A-2")
    for feature in (first, second):
        wfst_client.create("buildings", feature)
    third = building(x + 40.0, y, "A-3", levels=2)
    changes = [Push("update", first["id"], {**first, "properties": {"levels": "not a number"}}, None,
                    base=first, versioned=False),
               Push("update", second["id"], {**second, "properties": {"levels": 5}}, None, base=second,
                    versioned=False),
               Push("create", third["id"], third, None, versioned=False)]
    transactions = _count_transactions(wfst_client)
    outcomes = list(wfst_client.push("buildings", changes))
    assert transactions == [3] and [o.sent for o in outcomes] == [3, 3, 3]
    assert isinstance(outcomes[0].error, ServerError) and "conversion" in str(outcomes[0].error)
    assert outcomes[1].error is None and outcomes[2].error is None
    rows = wfs_rows(wfs_server, (x, y - 50.0))
    assert rows[first["id"]]["levels"] == 1 and rows[second["id"]]["levels"] == 5
    assert rows[third["id"]]["levels"] == 2


@pytest.mark.parametrize("when", ["after", "before"])
def test_server_killed_mid_transaction_then_retried_neither_loses_nor_duplicates(
    wfst_client, wfs_server, tmp_path, when
):
    from fault_proxy import FaultProxy

    origin, ids, workspace = _checked_out(wfst_client, tmp_path / "ws.gpkg", count=4)
    edits = LocalEdits(workspace.path)
    x, y = origin
    new = [edits.add(x + 500.0 + 20.0 * i, y + 50.0, f"K-{i}", levels=i + 1) for i in range(2)]
    edits.set(ids[0], levels=6)
    edits.move(ids[1], 1.5)
    edits.delete(ids[2])
    proxy = FaultProxy(wfs_server.base_url)
    proxy.add("POST /ows", "hook", hook=wfs_server.kill, when=when)
    proxied = WfsTransactionClient(proxy.base_url + "/ows/")
    try:
        workspace.db.execute("UPDATE sync_collections SET server_url = ?", (proxied.base_url,))
        workspace.db.commit()
        report = sync(proxied, workspace)
        assert not report.ok and report.pushed == 0
        assert len(workspace.pending_pushes("buildings")) == 5  # the whole Transaction is in doubt
    finally:
        wfs_server.start_mapserver()
    retried = sync(proxied, workspace)
    assert retried.ok, retried.errors
    assert retried.recovered == (5 if when == "after" else 0)
    rows = wfs_rows(wfs_server, origin)
    assert set(rows) == {ids[0], ids[1], ids[3], *new}
    assert rows[ids[0]]["levels"] == 6 and rows[ids[1]]["xmin"] == origin[0] + 20.0 + 1.5
    assert [rows[f]["levels"] for f in new] == [1, 2]
    assert set(workspace.features("buildings")) == set(rows) and workspace.pending_changes() == 0
    assert sync(proxied, workspace).pushed == 0
    proxied.close()
    proxy.close()
    workspace.close()
