"""Faults between the workspace and the REAL server: killed server, cut streams, 5xx, timeouts,
malformed answers. Correctness only: no edit lost, none duplicated, the workspace unchanged by a
failed run, and the next run finishing the work."""

import sqlite3

import pytest
from fault_proxy import http_response
from server_fixture import SyncServer
from sync_support import LocalEdits, area_bbox, new_area, seed_buildings

from agence_urbaine.core.sync.client import SyncError, feature_version
from agence_urbaine.core.sync.ogcapi import OgcApiFeaturesClient
from agence_urbaine.core.sync.session import checkout, sync
from agence_urbaine.core.sync.workspace import Workspace

pytest_plugins = ["server_fixture"]

ITEMS = "/collections/buildings/items"
PAGES = f"GET {ITEMS}?crs="  # page requests (not the count that describing a collection makes)
STATE_TABLES = ("buildings", "buildings__base", "sync_outbox", "sync_conflicts", "sync_collections",
                "sync_journal")


@pytest.fixture
def impatient(proxy):
    """A client that gives up waiting for an answer after 2 s."""
    client = OgcApiFeaturesClient(proxy.base_url, timeout=(5.0, 2.0))
    yield client
    client.close()


@pytest.fixture
def server_back(agency_server):
    """Whatever a test does to gunicorn, the session's server answers again afterwards."""
    yield agency_server
    if not agency_server._gunicorn_running():
        agency_server.start_pygeoapi()


def snapshot(path) -> dict:
    """Every row of the workspace's state tables (what a failed run must not change)."""
    db = sqlite3.connect(str(path))
    try:
        return {t: sorted(db.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in STATE_TABLES}
    finally:
        db.close()


class Scenario:
    """Six buildings checked out (through the proxy's address), then local edits of every kind
    and one server edit. ``expected`` is the server state once everything is synced."""

    def __init__(self, client, server, tmp_path):
        self.origin = new_area()
        self.server = server  # a SyncServer (tests/server_fixture.py)
        ids = self.ids = seed_buildings(client, self.origin, 6)
        self.path = tmp_path / "ws.gpkg"
        self.workspace = Workspace(self.path)
        checkout(client, self.workspace, ["buildings"], bbox=area_bbox(self.origin), page_size=2)
        edits = LocalEdits(self.path)
        x, y = self.origin
        self.created = [edits.add(x + 400 + 20 * i, y + 400, f"NEW-{i}", levels=i + 1) for i in range(3)]
        edits.set(ids[0], levels=7)
        edits.set(ids[1], use="commerce")
        edits.delete(ids[2])
        theirs = client.get("buildings", ids[3])
        theirs["properties"]["parcel_ref"] = "SRV"
        client.replace("buildings", theirs, feature_version(theirs))

    def check_done(self, client) -> None:
        rows = self.server.rows(self.origin)
        ids = self.ids
        assert set(rows) == {ids[0], ids[1], ids[3], ids[4], ids[5], *self.created}
        assert [rows[f]["levels"] for f in self.created] == [1, 2, 3]
        assert (rows[ids[0]]["levels"], rows[ids[1]]["use"]) == (7, "commerce")
        assert rows[ids[3]]["parcel_ref"] == "SRV"
        if self.server.versioned:
            assert rows[ids[0]]["version"] == 2 and rows[ids[1]]["version"] == 2
            assert all(rows[f]["version"] == 1 for f in self.created)
        local = self.workspace.features("buildings")
        assert set(local) == set(rows)
        assert all(local[f]["properties"].get("version") == rows[f]["version"] for f in rows)
        assert local[ids[3]]["properties"]["parcel_ref"] == "SRV"
        assert self.workspace.pending_changes() == 0 and self.workspace.pending_pushes() == []
        again = sync(client, self.workspace)
        assert again.ok and (again.pulled, again.pushed) == (0, 0)


@pytest.fixture
def scenario(ogcapi_client, agency_server, tmp_path):
    scenario = Scenario(ogcapi_client, SyncServer("ogcapi", agency_server), tmp_path)
    yield scenario
    scenario.workspace.close()


@pytest.fixture
def any_scenario(sync_client, sync_server, tmp_path):
    """The scenario on each reference server in turn (OGC API - Features, then WFS-T)."""
    scenario = Scenario(sync_client, sync_server, tmp_path)
    yield scenario
    scenario.workspace.close()


# -- the server dies in the middle of a push -------------------------------------------------------
def _in_doubt(server) -> int:
    """Pushes whose answer one lost write leaves in doubt: one request, or the WFS Transaction
    holding the scenario's six changes."""
    return 1 if server.versioned else 6


@pytest.mark.parametrize("when", ["after", "before"])
def test_server_killed_mid_push_then_restarted_loses_and_duplicates_nothing(
        any_scenario, sync_server, sync_proxy, sync_proxied, sync_client, when):
    # "after" = stored by the database, answer never sent; "before" = never arrives. OGC API: the
    # 2nd create; WFS-T: the Transaction
    rule = f"POST {ITEMS}" if sync_server.versioned else sync_server.writes
    sync_proxy.add(rule, "hook", skip=1 if sync_server.versioned else 0, hook=sync_server.kill, when=when)
    report = sync(sync_proxied, any_scenario.workspace)
    assert not report.ok and "cannot be reached" in report.errors[0]
    assert len(any_scenario.workspace.pending_pushes()) == _in_doubt(sync_server)

    before = snapshot(any_scenario.path)
    down = sync(sync_proxied, any_scenario.workspace)  # server still down: nothing changes locally
    assert not down.ok and snapshot(any_scenario.path) == before

    sync_server.restart()
    report = sync(sync_proxied, any_scenario.workspace)
    assert report.ok, report.errors
    assert report.recovered == (_in_doubt(sync_server) if when == "after" else 0)
    any_scenario.check_done(sync_client)


def test_server_killed_while_answering_a_replace(scenario, proxy, proxied, ogcapi_client, server_back):
    proxy.add(f"PUT {ITEMS}/", "hook", hook=server_back.kill_pygeoapi, when="after")
    assert not sync(proxied, scenario.workspace).ok
    server_back.start_pygeoapi()
    report = sync(proxied, scenario.workspace)
    assert report.ok and report.recovered == 1  # our replace went through: not sent twice
    scenario.check_done(ogcapi_client)


# -- downloads cut, failing or malformed -----------------------------------------------------------
@pytest.mark.parametrize("fault, message", [
    ({"action": "cut", "nbytes": 400, "skip": 1}, None),  # the server's cut_message
    ({"action": "respond", "response": http_response(503, "busy", "text/plain")}, "503"),
    ({"action": "respond", "response": http_response(500, "<html>oops</html>", "text/html")}, "500"),
], ids=["cut-mid-body", "503", "500"])
def test_failed_download_is_a_clear_error_and_leaves_the_workspace_unchanged(
        any_scenario, sync_server, sync_proxy, sync_proxied, sync_client, fault, message):
    before = snapshot(any_scenario.path)
    sync_proxy.add(sync_server.pages, **fault)
    report = sync(sync_proxied, any_scenario.workspace, page_size=2)
    assert not report.ok and (message or sync_server.cut_message) in report.errors[0], report.errors
    assert (report.pulled, report.pushed) == (0, 0)
    assert snapshot(any_scenario.path) == before
    report = sync(sync_proxied, any_scenario.workspace, page_size=2)
    assert report.ok, report.errors
    any_scenario.check_done(sync_client)


@pytest.mark.parametrize("fault, message", [
    ({"action": "cut", "nbytes": 20}, "instead of JSON"),  # cut inside the headers: no length to check
    ({"action": "respond", "response": http_response(200, '{"type": "FeatureCollection", "feat')},
     "invalid JSON"),
    ({"action": "respond", "response": http_response(200, "<html>portal</html>", "text/html")},
     "instead of JSON"),
    ({"action": "respond", "response": http_response(200, '{"type": "FeatureCollection"}')},
     "did not return a feature collection"),
], ids=["cut-in-headers", "truncated-json", "html", "no-features"])
def test_malformed_json_download_is_a_clear_error_and_leaves_the_workspace_unchanged(
        scenario, proxy, proxied, ogcapi_client, fault, message):
    before = snapshot(scenario.path)
    proxy.add(PAGES, **fault)
    report = sync(proxied, scenario.workspace, page_size=2)
    assert not report.ok and message in report.errors[0], report.errors
    assert (report.pulled, report.pushed) == (0, 0)
    assert snapshot(scenario.path) == before
    report = sync(proxied, scenario.workspace, page_size=2)
    assert report.ok, report.errors
    scenario.check_done(ogcapi_client)


def test_cut_checkout_leaves_no_half_collection_and_can_be_repeated(sync_server, sync_proxy, sync_proxied,
                                                                    sync_client, tmp_path):
    origin = new_area()
    ids = seed_buildings(sync_client, origin, 5)
    sync_proxy.add(sync_server.pages, "cut", nbytes=300, skip=1)
    with Workspace(tmp_path / "ws.gpkg") as workspace:
        with pytest.raises(SyncError, match=sync_server.cut_message):
            checkout(sync_proxied, workspace, ["buildings"], bbox=area_bbox(origin), page_size=2)
        assert workspace.collections() == []
        assert checkout(sync_proxied, workspace, ["buildings"], bbox=area_bbox(origin), page_size=2) == {
            "buildings": 5}
        assert set(workspace.features("buildings")) == set(ids)


# -- pushes answered 500 / 503 / too late ----------------------------------------------------------
def test_a_write_answered_500_without_being_stored_is_not_lost(
        any_scenario, sync_server, sync_proxy, sync_proxied, sync_client):
    error = http_response(500, "<html>error</html>", "text/html")
    sync_proxy.add(sync_server.writes, "respond", response=error)
    report = sync(sync_proxied, any_scenario.workspace)
    if sync_server.versioned:  # that one change refused, the other changes went through
        assert not report.ok and "500" in report.errors[0] and report.pushed == 5
        report = sync(sync_proxied, any_scenario.workspace)
        assert report.ok and report.pushed == 1
    else:  # the Transaction stored nothing: its changes were sent again one by one
        assert report.ok and report.pushed == 6
    any_scenario.check_done(sync_client)


def test_a_write_answered_503_stops_the_push_and_the_rerun_finishes(
        any_scenario, sync_server, sync_proxy, sync_proxied, sync_client):
    sync_proxy.add(sync_server.writes, "respond", response=http_response(503, "maintenance", "text/plain"))
    report = sync(sync_proxied, any_scenario.workspace)
    assert not report.ok and "503" in report.errors[0]
    report = sync(sync_proxied, any_scenario.workspace)
    assert report.ok, report.errors
    any_scenario.check_done(sync_client)


def test_a_write_timing_out_after_the_server_stored_it_is_not_sent_twice(
        any_scenario, sync_server, sync_proxy, sync_proxied, sync_client):
    sync_proxy.add(sync_server.writes, "delay", delay=4.0)  # the client gives up after 2 s; it is stored
    impatient = sync_server.client(sync_proxy.base_url, timeout=(5.0, 2.0))
    report = sync(impatient, any_scenario.workspace)
    impatient.close()
    assert not report.ok and "cannot be reached" in report.errors[0]
    report = sync(sync_proxied, any_scenario.workspace)
    assert report.ok and report.recovered == _in_doubt(sync_server)
    any_scenario.check_done(sync_client)


def test_malformed_answer_to_a_single_feature_read_keeps_the_push_pending(
        scenario, proxy, proxied, ogcapi_client):
    proxy.add(f"PUT {ITEMS}/", "cut", nbytes=0)  # stored, answer lost
    assert not sync(proxied, scenario.workspace).ok
    proxy.add(f"GET {ITEMS}/", "respond", response=http_response(200, "{nope"))  # recovery read broken
    before = snapshot(scenario.path)
    report = sync(proxied, scenario.workspace)
    assert not report.ok and "invalid JSON" in report.errors[0]
    assert snapshot(scenario.path) == before
    report = sync(proxied, scenario.workspace)
    assert report.ok and report.recovered == 1
    scenario.check_done(ogcapi_client)
