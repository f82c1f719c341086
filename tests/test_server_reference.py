"""The reference agency server itself: it starts, publishes the sample data, keeps versions."""

import json
import os
import shutil
import tempfile
import urllib.request
from pathlib import Path

import pytest

pytest_plugins = ["server_fixture"]

EPSG_26191 = "http://www.opengis.net/def/crs/EPSG/0/26191"
PART4 = "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/create-replace-delete"


def _get_json(url: str) -> dict:
    request = urllib.request.Request(url, headers={"Accept": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


def test_server_publishes_both_collections_in_storage_crs(agency_server):
    document = _get_json(f"{agency_server.base_url}/collections")
    by_id = {c["id"]: c for c in document["collections"]}
    assert {"parcels", "buildings"} <= set(by_id)
    for collection in by_id.values():
        assert collection["storageCrs"] == EPSG_26191
        assert EPSG_26191 in collection["crs"]


def test_server_conforms_to_part4(agency_server):
    assert PART4 in _get_json(f"{agency_server.base_url}/conformance")["conformsTo"]


def test_sample_data_is_around_the_demo_area(agency_server):
    row = agency_server.psql("SELECT count(*), ST_X(ST_Centroid(ST_Extent(geom))), "
                             "ST_Y(ST_Centroid(ST_Extent(geom))), min(version) FROM parcels;")
    count, x, y, version = row.strip().split("|")
    assert int(count) >= 100
    assert abs(float(x) - 370_000) < 2_000 and abs(float(y) - 375_000) < 2_000
    assert int(version) == 1
    assert int(agency_server.psql("SELECT count(*) FROM buildings;")) >= 100


def test_trigger_increments_version_and_refuses_stale_updates(agency_server):
    fid = agency_server.psql("SELECT id FROM buildings ORDER BY id LIMIT 1;").strip()
    # the version it has now: other tests of the session may have edited this building
    version = int(agency_server.psql(f"SELECT version FROM buildings WHERE id = '{fid}';").strip())
    agency_server.psql(f"UPDATE buildings SET levels = 3, version = {version} WHERE id = '{fid}';")
    now = agency_server.psql(f"SELECT version FROM buildings WHERE id = '{fid}';").strip()
    assert now == str(version + 1)
    with pytest.raises(Exception, match="version conflict"):
        agency_server.psql(f"UPDATE buildings SET levels = 4, version = {version} WHERE id = '{fid}';")


def test_deleted_ids_cannot_come_back(agency_server):
    fid = agency_server.psql("SELECT id FROM buildings ORDER BY id DESC LIMIT 1;").strip()
    agency_server.psql(f"DELETE FROM buildings WHERE id = '{fid}';")
    with pytest.raises(Exception, match="version conflict"):
        agency_server.psql(f"INSERT INTO buildings (id, geom) VALUES ('{fid}', "
                           "'SRID=26191;POLYGON((0 0,1 0,1 1,0 0))');")


def test_sample_geopackage_parcels_are_published_as_versioned_features(agency_server_module):
    module = agency_server_module
    gpkg = module.SAMPLE_GPKG
    if not gpkg.exists():
        pytest.skip("sample_data/hay_al_amal.gpkg not generated")
    folder = Path(tempfile.mkdtemp(prefix="agency-server-gpkg-"))
    os.chmod(folder, 0o755)
    server = module.AgencyServer(folder, sample_gpkg=gpkg)
    try:
        server.start()
        expected = int(module._run(["ogrinfo", "-q", "-sql", "SELECT count(*) AS n FROM parcels",
                                    str(gpkg)]).stdout.split("=")[-1])
        hits = _get_json(f"{server.base_url}/collections/parcels/items?resulttype=hits")
        assert hits["numberMatched"] == expected
        columns = server.psql("SELECT column_name FROM information_schema.columns "
                              "WHERE table_name = 'parcels';").split()
        assert {"id", "version", "updated_at", "geom"} <= set(columns)
        assert server.psql("SELECT DISTINCT version FROM parcels;").strip() == "1"
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
