"""Incremental pulls (only what changed since the watermark) against the REAL reference server."""

from datetime import datetime, timedelta

import pytest
import requests
from sync_support import (
    LocalEdits,
    LosingClient,
    building,
    checked_out,
    new_area,
    seed_buildings,
    server_rows,
)

from agence_urbaine.core.sync import session
from agence_urbaine.core.sync.client import feature_version
from agence_urbaine.core.sync.ogcapi import OgcApiFeaturesClient, _since_filter
from agence_urbaine.core.sync.session import checkout, sync
from agence_urbaine.core.sync.workspace import Workspace

pytest_plugins = ["server_fixture"]


class CountingSession(requests.Session):
    """Records the query strings of the item requests (to tell a partial pull from a full one)."""

    def __init__(self):
        super().__init__()
        self.calls: list[tuple[str, dict]] = []

    def request(self, method, url, **kwargs):
        self.calls.append((method, dict(kwargs.get("params") or {})))
        return super().request(method, url, **kwargs)


def _counting(client):
    """A fresh client on the same server whose item requests are recorded."""
    counted = OgcApiFeaturesClient(client.base_url)
    session = CountingSession()
    session.headers.update(counted._session.headers)
    counted._session = session
    return counted, session


def test_checkout_records_a_watermark(ogcapi_client, tmp_path):
    _, _, workspace = checked_out(ogcapi_client, tmp_path)
    assert workspace.watermark("buildings")
    workspace.close()


def test_partial_pull_sees_a_server_edit_and_a_server_delete(ogcapi_client, agency_server, tmp_path):
    origin, ids, workspace = checked_out(ogcapi_client, tmp_path)
    created = _window_edits(ogcapi_client, workspace, origin, ids)
    counted, session = _counting(ogcapi_client)

    report = sync(counted, workspace)
    assert report.ok, report.errors
    assert any("updated_at >" in str(p.get("filter")) for _, p in session.calls)  # partial pull
    assert not any(m == "GET" and "filter" not in p and "offset" in p for m, p in session.calls)
    local = workspace.features("buildings")
    rows = server_rows(agency_server, origin)
    assert set(local) == set(rows) == {ids[0], ids[2], ids[3], created}
    assert local[ids[0]]["properties"]["levels"] == 8
    assert rows[ids[2]]["levels"] == 5 and local[ids[2]]["properties"]["version"] == rows[ids[2]]["version"]
    assert workspace.pending_changes() == 0
    again = sync(counted, workspace)
    assert again.ok and (again.pulled, again.pushed) == (0, 0)
    counted.close()
    workspace.close()


def test_partial_pull_without_deletion_skips_the_id_listing(ogcapi_client, tmp_path):
    _, ids, workspace = checked_out(ogcapi_client, tmp_path)
    stored = ogcapi_client.get("buildings", ids[3])
    ogcapi_client.replace("buildings", {**stored, "properties": {**stored["properties"], "levels": 6}},
                          feature_version(stored))
    counted, session = _counting(ogcapi_client)
    report = sync(counted, workspace)
    assert report.ok and report.pulled == 1
    assert not any(p.get("skipGeometry") for _, p in session.calls)
    assert workspace.features("buildings", [ids[3]])[ids[3]]["properties"]["levels"] == 6
    counted.close()
    workspace.close()


def test_old_workspace_without_watermark_pulls_everything_then_gets_one(ogcapi_client, agency_server,
                                                                         tmp_path):
    origin, ids, workspace = checked_out(ogcapi_client, tmp_path)
    workspace.set_watermark("buildings", None)
    ogcapi_client.delete("buildings", ids[0], None)
    report = sync(ogcapi_client, workspace)
    assert report.ok and report.pulled == 1
    assert workspace.watermark("buildings")
    assert set(workspace.features("buildings")) == set(server_rows(agency_server, origin))
    workspace.close()


def _create_update_delete(workspace, origin, ids):
    """One local insert, one update (ids[0] → 9 levels), one delete (ids[1]); returns the new id."""
    edits = LocalEdits(workspace.path)
    created = edits.add(origin[0] + 600, origin[1] + 600, "NEW", levels=3)
    edits.set(ids[0], levels=9)
    edits.delete(ids[1])
    return created


def _assert_each_edit_once(server, origin, ids, created):
    """The server (a SyncServer) holds exactly the three edits of _create_update_delete, none lost
    or doubled."""
    rows = server.rows(origin)
    assert set(rows) == {ids[0], ids[2], ids[3], created}
    assert rows[ids[0]]["levels"] == 9 and rows[ids[0]]["version"] == (2 if server.versioned else None)
    assert [r["parcel_ref"] for r in rows.values()].count("NEW") == 1


def test_crash_between_intents_and_sends_neither_loses_nor_duplicates(sync_client, sync_server, tmp_path):
    origin, ids, workspace = checked_out(sync_client, tmp_path)
    created = _create_update_delete(workspace, origin, ids)
    # the intents of the whole batch are committed, then the process dies before any send
    work = workspace.features("buildings", [created, ids[0]])
    version = 1 if sync_server.versioned else None
    workspace.intend_pushes("buildings", [("create", created, work[created], None),
                                          ("update", ids[0], work[ids[0]], version),
                                          ("delete", ids[1], None, version)])
    workspace.close()
    workspace = Workspace(tmp_path / "ws.gpkg")
    assert len(workspace.pending_pushes("buildings")) == 3

    report = sync(sync_client, workspace)
    assert report.ok, report.errors
    assert report.recovered == 0 and report.pushed == 3 and workspace.pending_pushes() == []
    _assert_each_edit_once(sync_server, origin, ids, created)
    assert workspace.pending_changes() == 0
    workspace.close()


def test_crash_after_some_sends_of_a_batch_neither_loses_nor_duplicates(sync_client, sync_server, tmp_path):
    origin, ids, workspace = checked_out(sync_client, tmp_path)
    created = _create_update_delete(workspace, origin, ids)
    report = sync(LosingClient(sync_client, {"replace": 1}), workspace)
    assert not report.ok
    report = sync(sync_client, workspace)
    assert report.ok, report.errors
    _assert_each_edit_once(sync_server, origin, ids, created)
    assert workspace.pending_changes() == 0 and workspace.pending_pushes() == []
    workspace.close()


# -- large windows: listed without geometries, only the changed features downloaded ---------------
def _window_edits(ogcapi_client, workspace, origin, ids):
    """A server edit (ids[0] → 8 levels), a server delete (ids[1]), a server create, a local edit
    (ids[2] → 5 levels); returns the created id."""
    stored = ogcapi_client.get("buildings", ids[0])
    ogcapi_client.replace("buildings", {**stored, "properties": {**stored["properties"], "levels": 8}},
                          feature_version(stored))
    ogcapi_client.delete("buildings", ids[1], None)
    created = ogcapi_client.create("buildings", building(origin[0] + 700, origin[1] + 700, "SRV-NEW"))
    LocalEdits(workspace.path).set(ids[2], levels=5)
    return created


def _assert_window_synced(workspace, agency_server, origin, ids, created):
    local = workspace.features("buildings")
    rows = server_rows(agency_server, origin)
    assert set(local) == set(rows) == {ids[0], ids[2], *ids[3:], created}
    assert local[ids[0]]["properties"]["levels"] == 8
    assert rows[ids[2]]["levels"] == 5 and local[ids[2]]["properties"]["version"] == rows[ids[2]]["version"]
    assert all(local[fid]["properties"]["version"] == row["version"] for fid, row in rows.items())
    assert workspace.pending_changes() == 0


@pytest.mark.parametrize("by_id", [False, True], ids=["stamp-range", "by-id"])
def test_large_window_is_listed_and_only_the_changes_are_downloaded(ogcapi_client, agency_server, tmp_path,
                                                                     monkeypatch, by_id):
    monkeypatch.setattr(session, "LIST_WINDOW_ABOVE", 0)  # the seeded features fall in the margin
    if by_id:
        monkeypatch.setattr(session, "RANGE_SLACK", -1000)
    origin, ids, workspace = checked_out(ogcapi_client, tmp_path, count=6)
    created = _window_edits(ogcapi_client, workspace, origin, ids)
    counted, session_calls = _counting(ogcapi_client)
    whole_window = _since_filter(workspace.watermark("buildings"), True)

    report = sync(counted, workspace)
    assert report.ok, report.errors
    assert (report.pulled, report.pushed) == (3, 1)
    listings = [p for _, p in session_calls.calls if "updated_at" in str(p.get("properties"))]
    assert listings and all(p.get("skipGeometry") == "true" for p in listings)
    with_geometry = [p for m, p in session_calls.calls
                     if m == "GET" and "filter" in p and not p.get("skipGeometry") and "resulttype" not in p]
    assert len(with_geometry) == (0 if by_id else 1)  # a stamp range from the oldest change, or by id
    assert all(p["filter"] != whole_window for p in with_geometry)
    _assert_window_synced(workspace, agency_server, origin, ids, created)
    again = sync(counted, workspace)
    assert again.ok and (again.pulled, again.pushed) == (0, 0)
    counted.close()
    workspace.close()


def test_large_window_moves_the_watermark_even_when_nothing_changed(ogcapi_client, tmp_path, monkeypatch):
    monkeypatch.setattr(session, "LIST_WINDOW_ABOVE", 0)
    _, ids, workspace = checked_out(ogcapi_client, tmp_path)
    before = workspace.watermark("buildings")
    workspace.set_watermark("buildings", "2000-01-01T00:00:00.000Z")  # everything in the window
    report = sync(ogcapi_client, workspace)
    assert report.ok and (report.pulled, report.pushed) == (0, 0)
    moved = datetime.fromisoformat(workspace.watermark("buildings").replace("Z", "+00:00"))
    assert abs(moved - datetime.fromisoformat(before.replace("Z", "+00:00"))) < timedelta(seconds=30)
    assert set(workspace.features("buildings")) == set(ids)
    workspace.close()


def test_large_window_with_a_polygon_area_reads_no_unchanged_feature_one_by_one(
        ogcapi_client, agency_server, tmp_path, monkeypatch):
    monkeypatch.setattr(session, "LIST_WINDOW_ABOVE", 0)
    origin = new_area()
    ids = seed_buildings(ogcapi_client, origin, 6)  # x from origin to origin + 110
    x, y = origin
    box = {"type": "Polygon", "coordinates": [[[x - 5, y], [x + 75, y], [x + 75, y + 200], [x - 5, y + 200],
                                               [x - 5, y]]]}
    workspace = Workspace(tmp_path / "ws.gpkg")
    checkout(ogcapi_client, workspace, ["buildings"], polygon=box)
    assert set(workspace.features("buildings")) == set(ids[:4])
    stored = ogcapi_client.get("buildings", ids[0])
    ogcapi_client.replace("buildings", {**stored, "properties": {**stored["properties"], "levels": 7}},
                          feature_version(stored))
    ogcapi_client.delete("buildings", ids[1], None)
    counted, calls = _counting(ogcapi_client)
    report = sync(counted, workspace)
    assert report.ok and report.pulled == 2
    assert set(workspace.features("buildings")) == {ids[0], ids[2], ids[3]}
    assert workspace.features("buildings", [ids[0]])[ids[0]]["properties"]["levels"] == 7
    single = [p for m, p in calls.calls if m == "GET" and "offset" not in p and "limit" not in p
              and p != {"f": "json"}]  # (the schema, learnt at every sync)
    # never one read per unchanged feature of the window: the collection, and the deleted feature
    # (asked by id: deleted, or only moved out of the area?)
    assert len(single) <= 2
    counted.close()
    workspace.close()
