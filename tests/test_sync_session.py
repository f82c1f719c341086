"""The sync orchestrator (publish, checkout, sync) against the REAL reference server."""

import uuid

import pytest
from sync_support import (
    LocalEdits,
    LosingClient,
    area_bbox,
    building,
    checked_out,
    new_area,
    seed_buildings,
    square,
)

from agence_urbaine.core.sync.client import feature_version
from agence_urbaine.core.sync.session import SyncCanceled, checkout, publish, sync
from agence_urbaine.core.sync.workspace import Workspace

pytest_plugins = ["server_fixture"]


def _zone(x, y, code, **extra):
    return {"type": "Feature", "geometry": square(x, y, 50.0),
            "properties": {"code": code, "label": f"Zone {code}", "max_levels": 3, **extra}}


def _zoning_ids(client, codes):
    return {f["properties"]["code"]: f["id"] for page in client.iter_pages("zoning")
            for f in page.features if f["properties"]["code"] in codes}


# -- publish ---------------------------------------------------------------------------------------
def test_publish_leaves_out_personal_fields_and_invalid_geometries(ogcapi_client):
    x, y = new_area()
    ring = [[x, y], [x + 10, y + 10], [x + 10, y], [x, y + 10], [x, y]]
    bowtie = {"type": "Polygon", "coordinates": [ring]}
    tag = uuid.uuid4().hex[:6]
    features = [_zone(x, y, f"A-{tag}", nom_proprietaire="Alami", colour="red"),
                _zone(x + 100, y, f"B-{tag}", nom_proprietaire="Bennani", colour="blue"),
                {**_zone(x, y, f"C-{tag}"), "geometry": bowtie, "ref": "bowtie"},
                {**_zone(x, y, f"D-{tag}"), "geometry": None, "ref": "nothing"}]
    report = publish(ogcapi_client, "zoning", features)
    assert report.sent == 2 and not report.refused
    assert [ref for ref, _ in report.invalid] == ["bowtie", "nothing"]
    assert report.personal_left_out == ["nom_proprietaire"]
    assert "colour" in report.unknown_fields
    assert "nom_proprietaire" in report.summary()
    stored = _zoning_ids(ogcapi_client, {f"A-{tag}", f"B-{tag}", f"C-{tag}"})
    assert set(stored) == {f"A-{tag}", f"B-{tag}"}
    feature = ogcapi_client.get("zoning", stored[f"A-{tag}"])
    assert "nom_proprietaire" not in feature["properties"]
    assert feature["geometry"] == features[0]["geometry"]


def test_publish_can_include_a_named_personal_field_when_the_server_has_it(ogcapi_client):
    x, y = new_area()
    feature = building(x, y, "P-1")
    feature["properties"]["owner_phone"] = "0600000000"  # not a server column either
    report = publish(ogcapi_client, "buildings", [feature], include_personal=["owner_phone"])
    assert report.personal_included == ["owner_phone"] and report.unknown_fields == ["owner_phone"]
    assert report.sent == 1


def test_publish_replace_leaves_exactly_the_new_features(ogcapi_client):
    x, y = new_area()
    kept_id = str(uuid.uuid4())
    publish(ogcapi_client, "zoning", [_zone(x, y, "OLD-1"), _zone(x + 100, y, "OLD-2"),
                                      {**_zone(x + 200, y, "KEPT"), "id": kept_id}])
    new = [_zone(x, y + 100, f"NEW-{i}") for i in range(3)]
    new.append({**_zone(x + 200, y, "KEPT", max_levels=5), "id": kept_id})  # same id, new content
    report = publish(ogcapi_client, "zoning", new, mode="replace")
    assert report.sent == 4 and report.deleted >= 2 and not report.replace_skipped
    codes = sorted(f["properties"]["code"] for page in ogcapi_client.iter_pages("zoning")
                   for f in page.features)
    assert codes == ["KEPT", "NEW-0", "NEW-1", "NEW-2"]
    assert ogcapi_client.get("zoning", kept_id)["properties"]["max_levels"] == 5
    again = publish(ogcapi_client, "zoning", [{**_zone(x + 200, y, "KEPT"), "id": kept_id}])
    assert again.sent == 1 and not again.refused  # publishing upserts by the feature's stable id
    assert ogcapi_client.get("zoning", kept_id)["properties"]["max_levels"] == 3


def test_publish_retried_with_the_same_ids_does_not_duplicate(ogcapi_client):
    x, y = new_area()
    features = [building(x + 20 * i, y, f"R-{i}") for i in range(3)]
    publish(ogcapi_client, "buildings", features)
    again = publish(ogcapi_client, "buildings", features)
    assert again.sent == 3 and not again.refused
    assert len(list(f for p in ogcapi_client.iter_pages("buildings", bbox=area_bbox((x, y)))
                    for f in p.features)) == 3


# -- checkout --------------------------------------------------------------------------------------
def test_checkout_by_polygon_keeps_only_the_features_inside(sync_client, tmp_path):
    origin = new_area()
    ids = seed_buildings(sync_client, origin, 6)  # x from origin to origin + 110
    x, y = origin
    triangle = {"type": "Polygon", "coordinates": [[[x - 5, y], [x + 45, y], [x - 5, y + 200], [x - 5, y]]]}
    with Workspace(tmp_path / "ws.gpkg") as workspace:
        counts = checkout(sync_client, workspace, ["buildings"], polygon=triangle)
        assert set(workspace.features("buildings")) == set(ids[:2]) and counts == {"buildings": 2}
        assert workspace.info("buildings")["area"] == triangle
        report = sync(sync_client, workspace)
        assert report.ok and report.pulled == 0 and set(workspace.features("buildings")) == set(ids[:2])


def test_cancelled_checkout_raises_and_leaves_nothing(sync_client, tmp_path):
    with Workspace(tmp_path / "ws.gpkg") as workspace:
        with pytest.raises(SyncCanceled):
            checkout(sync_client, workspace, ["parcels"], page_size=50, is_canceled=lambda: True)
        assert workspace.collections() == []


# -- sync ------------------------------------------------------------------------------------------
def test_sync_merges_both_sides_including_different_fields_of_one_feature(
        sync_client, sync_server, tmp_path):
    origin, ids, workspace = checked_out(sync_client, tmp_path)
    edits = LocalEdits(workspace.path)
    moved = edits.move(ids[0], 0.25)  # geometry here, levels on the server: same feature
    edits.delete(ids[1])
    created = edits.add(origin[0] + 500, origin[1] + 500, "NEW")
    theirs = sync_client.get("buildings", ids[0])
    theirs["properties"]["levels"] = 4
    sync_client.replace("buildings", theirs, feature_version(theirs))
    theirs = sync_client.get("buildings", ids[2])
    theirs["properties"]["use"] = "commerce"
    sync_client.replace("buildings", theirs, feature_version(theirs))
    assert workspace.pending_changes() == 3

    report = sync(sync_client, workspace)
    assert report.ok, report.errors
    # received: ids[2], and ids[0]'s levels merged into our geometry edit (issue #14: counted too)
    assert (report.pushed, report.pulled, report.conflicts) == (3, 2, 0)
    rows = sync_server.rows(origin)
    assert set(rows) == {ids[0], ids[2], ids[3], created}
    assert rows[ids[0]]["levels"] == 4 and rows[ids[2]]["use"] == "commerce"
    assert sync_client.get("buildings", ids[0])["geometry"] == moved
    local = workspace.features("buildings")
    assert set(local) == set(rows)
    assert local[ids[0]]["properties"]["levels"] == 4 and local[ids[0]]["geometry"] == moved
    assert local[ids[2]]["properties"]["use"] == "commerce"
    assert all(local[f]["properties"].get("version") == rows[f]["version"] for f in rows)
    assert workspace.pending_changes() == 0 and workspace.last_sync() is not None
    assert sync(sync_client, workspace) == type(report)()  # nothing left to do
    workspace.close()


def test_true_conflict_is_recorded_never_overwritten_then_resolved(sync_client, sync_server, tmp_path):
    origin, ids, workspace = checked_out(sync_client, tmp_path)
    LocalEdits(workspace.path).set(ids[0], levels=2, use="bureau")
    theirs = sync_client.get("buildings", ids[0])
    theirs["properties"]["levels"] = 5
    sync_client.replace("buildings", theirs, feature_version(theirs))

    report = sync(sync_client, workspace, policy="stop")
    assert report.conflicts == 1 and report.pushed == 0
    assert sync_server.rows(origin)[ids[0]]["levels"] == 5
    assert workspace.features("buildings", [ids[0]])[ids[0]]["properties"]["levels"] == 2
    [conflict] = workspace.conflicts("buildings")
    assert conflict["fields"] == ["levels"] and conflict["merged"]["properties"]["use"] == "bureau"
    assert sync(sync_client, workspace).conflicts == 1  # still there, still not overwritten

    workspace.resolve_conflict("buildings", ids[0])  # the working row (levels 2) is the answer
    report = sync(sync_client, workspace)
    assert report.ok and report.pushed == 1 and report.conflicts == 0
    row = sync_server.rows(origin)[ids[0]]
    assert (row["levels"], row["use"]) == (2, "bureau")
    workspace.close()


@pytest.mark.parametrize("policy, levels", [("mine", 2), ("theirs", 5)])
def test_conflict_policy_settles_disputed_fields_and_keeps_the_rest(
        sync_client, sync_server, tmp_path, policy, levels):
    origin, ids, workspace = checked_out(sync_client, tmp_path)
    LocalEdits(workspace.path).set(ids[0], levels=2, use="bureau")
    theirs = sync_client.get("buildings", ids[0])
    theirs["properties"].update(levels=5, parcel_ref="SRV")
    sync_client.replace("buildings", theirs, feature_version(theirs))

    report = sync(sync_client, workspace, policy=policy)
    assert report.ok and report.conflicts == 0 and workspace.conflicts("buildings") == []
    row = sync_server.rows(origin)[ids[0]]
    assert (row["levels"], row["use"], row["parcel_ref"]) == (levels, "bureau", "SRV")
    local = workspace.features("buildings", [ids[0]])[ids[0]]["properties"]
    assert (local["levels"], local["use"], local["parcel_ref"]) == (levels, "bureau", "SRV")
    assert workspace.pending_changes() == 0
    workspace.close()


def test_keeping_mine_over_a_server_delete_publishes_it_again_under_a_new_id(
        sync_client, sync_server, tmp_path):
    origin, ids, workspace = checked_out(sync_client, tmp_path)
    LocalEdits(workspace.path).set(ids[0], levels=7)
    sync_client.delete("buildings", ids[0], None)
    report = sync(sync_client, workspace, policy="mine")
    assert report.ok and report.pushed == 1
    rows = sync_server.rows(origin)
    assert ids[0] not in rows and [r["levels"] for r in rows.values()].count(7) == 1
    assert set(workspace.features("buildings")) == set(rows)
    workspace.close()


@pytest.mark.parametrize("lost", ["create", "replace", "delete"])
def test_sync_interrupted_after_a_push_reached_the_server_neither_duplicates_nor_loses(
        sync_client, sync_server, tmp_path, lost):
    origin, ids, workspace = checked_out(sync_client, tmp_path)
    edits = LocalEdits(workspace.path)
    created = edits.add(origin[0] + 600, origin[1] + 600, "NEW", levels=3)
    edits.set(ids[0], levels=9)
    edits.delete(ids[1])

    report = sync(LosingClient(sync_client, {lost: 1}), workspace)
    assert not report.ok and "test" in report.errors[0]  # the cut is reported
    assert len(workspace.pending_pushes("buildings")) == 1  # the one whose answer was lost

    report = sync(sync_client, workspace)
    assert report.ok, report.errors
    assert report.recovered == 1 and workspace.pending_pushes("buildings") == []
    rows = sync_server.rows(origin)
    assert set(rows) == {ids[0], ids[2], ids[3], created}
    assert rows[ids[0]]["levels"] == 9 and rows[created]["levels"] == 3
    if sync_server.versioned:
        assert rows[ids[0]]["version"] == 2 and rows[created]["version"] == 1
    assert workspace.pending_changes() == 0
    assert sync(sync_client, workspace) == type(report)()
    workspace.close()


def test_push_refused_because_the_server_moved_keeps_the_edit_for_the_next_run(
        sync_client, sync_server, tmp_path):
    origin, ids, workspace = checked_out(sync_client, tmp_path)
    LocalEdits(workspace.path).set(ids[0], levels=6)

    class Racing(LosingClient):  # someone edits the feature between our pull and our push
        def replace(self, collection, feature, expected_version, crs=None, **base):
            theirs = self.client.get(collection, feature["id"])
            theirs["properties"]["use"] = "commerce"
            self.client.replace(collection, theirs, feature_version(theirs))
            return self.client.replace(collection, feature, expected_version, crs, **base)

    report = sync(Racing(sync_client, {}), workspace)
    if sync_server.versioned:  # any change makes a new version: refused, merged by the next run
        assert report.errors and report.pushed == 0
        assert workspace.pending_changes() == 1
        report = sync(sync_client, workspace)
    # without versions the Update is filtered on the base value of the field it changes only:
    # another field changed meanwhile is no conflict
    assert report.ok and report.pushed == 1
    row = sync_server.rows(origin)[ids[0]]
    assert (row["levels"], row["use"]) == (6, "commerce")
    workspace.close()
