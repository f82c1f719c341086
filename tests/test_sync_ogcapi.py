"""The OGC API - Features client against the REAL reference server (pygeoapi over PostGIS)."""

import uuid

import pytest

from agence_urbaine.core.sync.client import AlreadyExists, VersionConflict, feature_version
from agence_urbaine.core.sync.ogcapi import OgcApiFeaturesClient

pytest_plugins = ["server_fixture"]

EPSG_26191 = "http://www.opengis.net/def/crs/EPSG/0/26191"


def _parcel(fid: str, x: float = 370_000.123, y: float = 375_000.456, zone: str = "R+4") -> dict:
    ring = [[x, y], [x + 20.789, y + 0.001], [x + 20.5, y + 30.25], [x - 0.017, y + 29.993], [x, y]]
    return {"type": "Feature", "id": fid,
            "properties": {"ref": "T-" + fid[:4], "zone": zone, "land_use": "habitat",
                           "area_m2": 612.375},
            "geometry": {"type": "Polygon", "coordinates": [ring]}}


def _count(client: OgcApiFeaturesClient, collection: str = "parcels") -> int:
    return client._count(collection)


def test_collections_listed_with_storage_crs_and_counts(ogcapi_client):
    infos = {info.id: info for info in ogcapi_client.collections()}
    parcels = infos["parcels"]
    assert parcels.storage_crs == EPSG_26191
    assert EPSG_26191 in parcels.crs
    assert parcels.feature_count and parcels.feature_count >= 100
    assert parcels.extent is not None and -7.5 < parcels.extent[0] < -6.0


def test_pages_stream_every_feature_once_in_storage_crs(ogcapi_client):
    total = _count(ogcapi_client, "buildings")
    pages = list(ogcapi_client.iter_pages("buildings", page_size=70))
    ids = [f["id"] for page in pages for f in page.features]
    assert len(ids) == total == len(set(ids))
    assert len(pages) == -(-total // 70)
    assert [p.offset for p in pages] == sorted(p.offset for p in pages)
    # storage CRS (Lambert metres), not CRS84 degrees; other tests may have added features elsewhere
    # in the zone to the shared server, so every feature is checked, not only the seeded ones
    firsts = [f["geometry"]["coordinates"][0][0] for page in pages for f in page.features]
    assert all(100_000 < x < 900_000 and 100_000 < y < 700_000 for x, y in firsts)


def test_bbox_selects_the_features_inside(ogcapi_client):
    bbox = (369_700.0, 374_800.0, 369_739.0, 374_859.0)  # 2 x 2 lots in the corner of the grid
    features = [f for page in ogcapi_client.iter_pages("parcels", bbox=bbox) for f in page.features]
    assert 1 <= len(features) <= 16


def test_create_then_read_back_identical(ogcapi_client):
    feature = _parcel(str(uuid.uuid4()))
    assert ogcapi_client.create("parcels", feature) == feature["id"]
    stored = ogcapi_client.get("parcels", feature["id"])
    assert stored["geometry"] == feature["geometry"]  # exact coordinates in EPSG:26191
    assert {k: stored["properties"][k] for k in feature["properties"]} == feature["properties"]
    assert feature_version(stored) == 1


def test_retrying_a_create_does_not_duplicate(ogcapi_client):
    feature = _parcel(str(uuid.uuid4()))
    ogcapi_client.create("parcels", feature)
    before = _count(ogcapi_client)
    assert ogcapi_client.create("parcels", feature) == feature["id"]
    assert _count(ogcapi_client) == before


def test_create_over_a_different_feature_is_refused(ogcapi_client):
    feature = _parcel(str(uuid.uuid4()))
    ogcapi_client.create("parcels", feature)
    with pytest.raises(AlreadyExists):
        ogcapi_client.create("parcels", _parcel(feature["id"], zone="ZI"))


def test_replace_with_right_version_increments_it(ogcapi_client):
    feature = _parcel(str(uuid.uuid4()))
    ogcapi_client.create("parcels", feature)
    changed = _parcel(feature["id"], x=370_001.5, zone="R+6")
    assert ogcapi_client.replace("parcels", changed, expected_version=1) == 2
    stored = ogcapi_client.get("parcels", feature["id"])
    assert feature_version(stored) == 2
    assert stored["properties"]["zone"] == "R+6"
    assert stored["geometry"] == changed["geometry"]


def test_replace_with_stale_version_is_a_conflict(ogcapi_client):
    feature = _parcel(str(uuid.uuid4()))
    ogcapi_client.create("parcels", feature)
    ogcapi_client.replace("parcels", _parcel(feature["id"], zone="R+6"), expected_version=1)
    with pytest.raises(VersionConflict) as caught:
        ogcapi_client.replace("parcels", _parcel(feature["id"], zone="ZI"), expected_version=1)
    assert caught.value.server_version == 2
    assert caught.value.server_feature["properties"]["zone"] == "R+6"
    assert ogcapi_client.get("parcels", feature["id"])["properties"]["zone"] == "R+6"


def test_replace_of_a_deleted_feature_is_a_conflict_not_a_resurrection(ogcapi_client):
    feature = _parcel(str(uuid.uuid4()))
    ogcapi_client.create("parcels", feature)
    ogcapi_client.delete("parcels", feature["id"], expected_version=1)
    with pytest.raises(VersionConflict) as caught:
        ogcapi_client.replace("parcels", feature, expected_version=1)
    assert caught.value.server_feature is None
    assert ogcapi_client.get("parcels", feature["id"]) is None


def test_delete_checks_the_version_and_is_idempotent(ogcapi_client):
    feature = _parcel(str(uuid.uuid4()))
    ogcapi_client.create("parcels", feature)
    ogcapi_client.replace("parcels", feature, expected_version=1)
    with pytest.raises(VersionConflict):
        ogcapi_client.delete("parcels", feature["id"], expected_version=1)
    ogcapi_client.delete("parcels", feature["id"], expected_version=2)
    assert ogcapi_client.get("parcels", feature["id"]) is None
    ogcapi_client.delete("parcels", feature["id"], expected_version=2)


def test_auth_callable_decorates_every_request(agency_server):
    seen = []

    def auth(request):
        request.headers["Authorization"] = "Bearer test"
        seen.append(request.url)
        return request

    with OgcApiFeaturesClient(agency_server.base_url, auth=auth) as client:
        client.collections(count=False)
    assert seen and seen[0].endswith("/collections")


def test_writes_in_another_crs_are_refused_before_sending(ogcapi_client):
    with pytest.raises(ValueError, match="storage CRS"):
        ogcapi_client.create("parcels", _parcel(str(uuid.uuid4())),
                             crs="http://www.opengis.net/def/crs/OGC/1.3/CRS84")
