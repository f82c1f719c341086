"""The offline GeoPackage workspace: exact geometry blobs, checkout, SQL diffs, a full sync."""

import sqlite3
import uuid

import pytest
from osgeo import ogr

from agence_urbaine.core.sync.client import feature_version
from agence_urbaine.core.sync.gpkg_geometry import geometry_to_gpkg, gpkg_to_geometry
from agence_urbaine.core.sync.merge import three_way
from agence_urbaine.core.sync.workspace import Workspace, WorkspaceError

pytest_plugins = ["server_fixture"]

GEOMETRIES = [
    {"type": "Point", "coordinates": [370000.123456789, 375000.987654321]},
    {"type": "Polygon", "coordinates": [[[370000.1, 375000.2], [370020.3, 375000.4],
                                         [370020.5, 375030.6], [370000.1, 375000.2]]]},
    {"type": "MultiPolygon", "coordinates": [[[[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 0.0]]],
                                             [[[5.0, 5.0], [6.0, 5.0], [6.0, 6.0], [5.0, 5.0]]]]},
    {"type": "LineString", "coordinates": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]},
]


@pytest.mark.parametrize("geometry", GEOMETRIES, ids=lambda g: g["type"])
def test_geometry_blobs_round_trip_exactly_and_gdal_reads_them(geometry):
    blob = geometry_to_gpkg(geometry, 26191)
    assert gpkg_to_geometry(blob) == geometry
    wkb = blob[8 + 32:]  # GP header + XY envelope
    parsed = ogr.CreateGeometryFromWkb(wkb)
    assert parsed is not None and parsed.GetGeometryName().replace(" ", "").startswith(
        geometry["type"].upper()[:5])


def _make_local_edits(path, fid_moved, fid_deleted):
    db = sqlite3.connect(path)
    with db:
        blob = db.execute("SELECT geom FROM parcels WHERE id = ?", (fid_moved,)).fetchone()[0]
        geometry = gpkg_to_geometry(blob)
        geometry["coordinates"][0][0][0] += 0.5
        geometry["coordinates"][0][-1][0] += 0.5
        db.execute("UPDATE parcels SET geom = ? WHERE id = ?", (geometry_to_gpkg(geometry, 26191), fid_moved))
        db.execute("DELETE FROM parcels WHERE id = ?", (fid_deleted,))
        db.execute("INSERT INTO parcels (geom, ref, zone) VALUES (?, 'NEW-1', 'R+2')",
                   (geometry_to_gpkg(GEOMETRIES[1], 26191),))
    db.close()
    return geometry


def test_checkout_writes_work_and_base_and_gdal_opens_it(ogcapi_client, tmp_path):
    path = tmp_path / "ws.gpkg"
    with Workspace(path) as workspace:
        count = workspace.checkout(ogcapi_client, "buildings", page_size=100)
        assert count == ogcapi_client._count("buildings")
        assert workspace.features("buildings") == workspace.features("buildings", side="base")
        assert not workspace.local_changes("buildings")
        assert workspace.journal_entries("buildings")[0]["action"] == "checkout"
    dataset = ogr.Open(str(path))
    layer = dataset.GetLayerByName("buildings")
    assert layer.GetFeatureCount() == count
    assert layer.GetSpatialRef().GetAuthorityCode(None) == "26191"


def test_local_edits_are_found_by_sql_and_new_features_get_a_uuid(ogcapi_client, tmp_path):
    path = tmp_path / "ws.gpkg"
    with Workspace(path) as workspace:
        workspace.checkout(ogcapi_client, "parcels", bbox=(369_700, 374_800, 369_800, 374_900))
        moved, deleted = sorted(workspace.features("parcels"))[:2]
        _make_local_edits(path, moved, deleted)
        changes = workspace.local_changes("parcels")
        assert changes.modified == {moved} and changes.deleted == {deleted}
        [created] = changes.created
        assert uuid.UUID(created).version == 4


def test_full_sync_merges_field_edits_from_both_sides(ogcapi_client, tmp_path):
    path = tmp_path / "ws.gpkg"
    bbox = (369_900, 374_900, 370_000, 375_000)
    with Workspace(path) as workspace:
        workspace.checkout(ogcapi_client, "parcels", bbox=bbox)
        fid, other = sorted(workspace.features("parcels"))[:2]
        moved_geometry = _make_local_edits(path, fid, other)
        theirs_before = ogcapi_client.get("parcels", fid)
        theirs_before["properties"]["zone"] = "ZM"
        ogcapi_client.replace("parcels", theirs_before, feature_version(theirs_before))

        workspace.stage_server_pages("parcels", ogcapi_client.iter_pages("parcels", bbox=bbox))
        ids = workspace.local_changes("parcels").all() | workspace.server_changes("parcels").all()
        result = three_way(workspace.features("parcels", ids, "base"), workspace.features("parcels", ids),
                           workspace.features("parcels", ids, "theirs"), ids)
        assert not result.conflicts
        kinds = sorted(c.kind for c in result.to_push)
        assert kinds == ["create", "delete", "update"]
        for change in result.to_push:
            if change.kind == "create":
                ogcapi_client.create("parcels", change.feature)
            elif change.kind == "update":
                new_version = ogcapi_client.replace("parcels", change.feature, change.expected_version)
            else:
                ogcapi_client.delete("parcels", change.fid, change.expected_version)
        workspace.apply("parcels", [c.feature for c in result.to_apply])
        workspace.set_version("parcels", fid, new_version)

        server = ogcapi_client.get("parcels", fid)
        assert server["properties"]["zone"] == "ZM" and server["geometry"] == moved_geometry
        assert ogcapi_client.get("parcels", other) is None
        assert workspace.features("parcels", [fid])[fid]["properties"]["zone"] == "ZM"


def test_conflicts_are_kept_until_resolved(tmp_path):
    from agence_urbaine.core.sync.merge import Conflict

    ours = {"type": "Feature", "id": "a", "properties": {"zone": "D"}, "geometry": GEOMETRIES[1]}
    theirs = {"type": "Feature", "id": "a", "properties": {"zone": "C", "version": 2}, "geometry": None}
    with Workspace(tmp_path / "ws.gpkg") as workspace:
        workspace.record_conflicts("parcels", [Conflict("a", "edit/edit", ("zone",), None, ours, theirs)])
        [kept] = workspace.conflicts("parcels")
        assert (kept["fid"], kept["fields"], kept["ours"], kept["base"]) == ("a", ["zone"], ours, None)
        workspace.resolve_conflict("parcels", "a")
        assert workspace.conflicts("parcels") == []
        assert [e["action"] for e in workspace.journal_entries("parcels")] == ["conflict", "resolved"]


def test_cancelled_checkout_leaves_nothing_behind(ogcapi_client, tmp_path):
    with Workspace(tmp_path / "ws.gpkg") as workspace:
        with pytest.raises(WorkspaceError):
            workspace.checkout(ogcapi_client, "parcels", page_size=50, on_page=lambda page: False)
        assert workspace.collections() == []
        assert workspace.checkout(ogcapi_client, "parcels", page_size=1000) == ogcapi_client._count("parcels")
