"""Publishing is idempotent against the REAL reference server: twice, again after a failure
mid-way (tests/fault_proxy.py), again after an edit or after a replace removed the layer: the
server holds each feature of the layer exactly once."""

import uuid

import pytest
from fault_proxy import http_response
from sync_support import new_area, server_rows, square

from agence_urbaine.core.sync.session import PublishInterrupted, publish

pytest_plugins = ["server_fixture"]

POSTS = "POST /collections/buildings/items"


def layer(origin, count=6, levels=1, source=True):
    """A layer without an id field, as the dock and Processing read it: ``fid`` is the feature's id
    in the layer, ``source`` (passed to publish) the layer's identity."""
    x, y = origin
    tag = f"{x:.0f}-{y:.0f}"  # parcel refs unique to the test's area
    return [{"type": "Feature", "fid": i + 1, "ref": f"feature {i + 1}", "geometry": square(x + 20.0 * i, y),
             "properties": {"parcel_ref": f"L-{tag}-{i}", "levels": levels, "height_m": 3.0,
                            "use": "habitat"}}
            for i in range(count)]


@pytest.mark.parametrize("source", [f"memory?uid={uuid.uuid4()}", ""])
def test_a_layer_without_ids_published_twice_is_stored_once(ogcapi_client, agency_server, source):
    origin = new_area()
    features = layer(origin)
    first = publish(ogcapi_client, "buildings", features, source=source)
    again = publish(ogcapi_client, "buildings", features, source=source)
    assert first.sent == again.sent == 6 and not again.refused
    assert len(server_rows(agency_server, origin)) == 6


@pytest.mark.parametrize("fault", [
    {"action": "respond", "response": http_response(502, '{"detail": "bad gateway"}')},
    {"action": "respond", "response": http_response(503, '{"detail": "unavailable"}')},
    {"action": "cut", "nbytes": 0},  # stored by the server, the answer lost: Unreachable
])
def test_publishing_again_after_a_failure_mid_way_completes_without_duplicates(
        proxy, proxied, ogcapi_client, agency_server, fault):
    origin = new_area()
    features = layer(origin)
    source = f"memory?uid={uuid.uuid4()}"
    proxy.add(POSTS, skip=3, **fault)
    with pytest.raises(PublishInterrupted) as failure:
        publish(proxied, "buildings", features, source=source)
    assert failure.value.report.sent == 3 and failure.value.total == 6
    assert "3 of 6 feature(s) stored before the failure; publishing again completes it without " \
           "duplicates." in str(failure.value)
    proxy.clear()
    again = publish(proxied, "buildings", features, source=source)
    assert again.sent == 6 and not again.refused
    assert len(server_rows(agency_server, origin)) == 6


def test_publishing_again_after_an_edit_updates_the_stored_features(ogcapi_client, agency_server):
    origin, source = new_area(), f"memory?uid={uuid.uuid4()}"
    publish(ogcapi_client, "buildings", layer(origin, levels=1), source=source)
    report = publish(ogcapi_client, "buildings", layer(origin, levels=4), source=source)
    assert report.sent == 6 and not report.refused
    rows = server_rows(agency_server, origin)
    assert len(rows) == 6 and {r["levels"] for r in rows.values()} == {4}
    assert {r["version"] for r in rows.values()} == {2}


def test_a_key_field_identifies_features_whatever_layer_they_come_from(ogcapi_client, agency_server):
    origin = new_area()
    publish(ogcapi_client, "buildings", layer(origin), source=f"copy-{uuid.uuid4()}", key_field="parcel_ref")
    moved = [{**f, "fid": f["fid"] + 100} for f in layer(origin, levels=2)]  # another copy, other fids
    report = publish(ogcapi_client, "buildings", moved, source=f"copy-{uuid.uuid4()}", key_field="parcel_ref")
    assert report.sent == 6 and not report.refused
    rows = server_rows(agency_server, origin)
    assert len(rows) == 6 and {r["levels"] for r in rows.values()} == {2}


def test_two_features_with_the_same_key_are_not_both_sent(ogcapi_client, agency_server):
    origin = new_area()
    features = layer(origin, count=3)
    features[2]["properties"]["parcel_ref"] = features[0]["properties"]["parcel_ref"]
    report = publish(ogcapi_client, "buildings", features, source=str(uuid.uuid4()), key_field="parcel_ref")
    assert report.sent == 2 and report.invalid == [("feature 3", "same key as feature 1")]
    assert len(server_rows(agency_server, origin)) == 2
