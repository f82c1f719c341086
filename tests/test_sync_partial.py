"""Incremental pulls (only what changed since the watermark) against the REAL reference server."""

import requests
from sync_support import (
    LocalEdits,
    LosingClient,
    building,
    checked_out,
    server_rows,
)

from agence_urbaine.core.sync.client import feature_version
from agence_urbaine.core.sync.ogcapi import OgcApiFeaturesClient
from agence_urbaine.core.sync.session import sync
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
    stored = ogcapi_client.get("buildings", ids[0])
    ogcapi_client.replace("buildings", {**stored, "properties": {**stored["properties"], "levels": 8}},
                          feature_version(stored))
    ogcapi_client.delete("buildings", ids[1], None)
    created = ogcapi_client.create("buildings", building(origin[0] + 700, origin[1] + 700, "SRV-NEW"))
    LocalEdits(workspace.path).set(ids[2], levels=5)
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


def _assert_each_edit_once(agency_server, origin, ids, created):
    """The server holds exactly the three edits of _create_update_delete, none lost or doubled."""
    rows = server_rows(agency_server, origin)
    assert set(rows) == {ids[0], ids[2], ids[3], created}
    assert rows[ids[0]]["levels"] == 9 and rows[ids[0]]["version"] == 2
    assert [r["parcel_ref"] for r in rows.values()].count("NEW") == 1


def test_crash_between_intents_and_sends_neither_loses_nor_duplicates(ogcapi_client, agency_server,
                                                                      tmp_path):
    origin, ids, workspace = checked_out(ogcapi_client, tmp_path)
    created = _create_update_delete(workspace, origin, ids)
    # the intents of the whole batch are committed, then the process dies before any send
    work = workspace.features("buildings", [created, ids[0]])
    workspace.intend_pushes("buildings", [("create", created, work[created], None),
                                          ("update", ids[0], work[ids[0]], 1), ("delete", ids[1], None, 1)])
    workspace.close()
    workspace = Workspace(tmp_path / "ws.gpkg")
    assert len(workspace.pending_pushes("buildings")) == 3

    report = sync(ogcapi_client, workspace)
    assert report.ok, report.errors
    assert report.recovered == 0 and report.pushed == 3 and workspace.pending_pushes() == []
    _assert_each_edit_once(agency_server, origin, ids, created)
    assert workspace.pending_changes() == 0
    workspace.close()


def test_crash_after_some_sends_of_a_batch_neither_loses_nor_duplicates(ogcapi_client, agency_server,
                                                                        tmp_path):
    origin, ids, workspace = checked_out(ogcapi_client, tmp_path)
    created = _create_update_delete(workspace, origin, ids)
    report = sync(LosingClient(ogcapi_client, {"replace": 1}), workspace)
    assert not report.ok
    report = sync(ogcapi_client, workspace)
    assert report.ok, report.errors
    _assert_each_edit_once(agency_server, origin, ids, created)
    assert workspace.pending_changes() == 0 and workspace.pending_pushes() == []
    workspace.close()
