"""Replace deletes nothing unless every feature was accepted, and says how many it will delete
first (REAL reference server, collection ``zoning``, which replace empties of others' features)."""

import uuid

import pytest
from sync_support import new_area, square

from agence_urbaine.core.sync.session import PublishRefused, publish

pytest_plugins = ["server_fixture"]


def _zone(x, y, code, **extra):
    return {"type": "Feature", "geometry": square(x, y, 50.0),
            "properties": {"code": code, "label": f"Zone {code}", "max_levels": 3, **extra}}


def _codes(client):
    return sorted(f["properties"]["code"] for page in client.iter_pages("zoning") for f in page.features)


@pytest.fixture
def seeded(ogcapi_client):
    """The zoning collection holding exactly three known zones."""
    x, y = new_area()
    tag = uuid.uuid4().hex[:6]
    publish(ogcapi_client, "zoning", [_zone(x + 100 * i, y, f"S{i}-{tag}") for i in range(3)], mode="replace")
    before = _codes(ogcapi_client)
    assert len(before) == 3
    return x, y, before


def _bowtie(x, y):
    ring = [[x, y], [x + 10, y + 10], [x + 10, y], [x, y + 10], [x, y]]
    return {**_zone(x, y, "BAD"), "geometry": {"type": "Polygon", "coordinates": [ring]}, "ref": "bowtie"}


@pytest.mark.parametrize("kind", ["no feature", "only invalid", "one invalid", "one refused"])
def test_replace_deletes_nothing_unless_every_feature_was_accepted(ogcapi_client, seeded, kind):
    x, y, before = seeded
    features = {"no feature": [],
                "only invalid": [_bowtie(x, y + 300)],
                "one invalid": [_zone(x, y + 300, "NEW"), _bowtie(x, y + 300)],
                "one refused": [_zone(x, y + 300, "NEW"), _zone(x, y + 400, "BAD", max_levels="many")],
                }[kind]
    asked = []
    report = publish(ogcapi_client, "zoning", features, mode="replace", confirm_delete=asked.append)
    assert report.replace_skipped and report.deleted == 0 and asked == []
    assert set(before) <= set(_codes(ogcapi_client))
    assert "Old features kept" in report.summary()


def test_replace_tells_the_number_it_will_delete_and_keeps_them_when_declined(ogcapi_client, seeded):
    x, y, before = seeded
    new = [_zone(x, y + 300, f"N{i}") for i in range(2)]
    asked = []
    declined = publish(ogcapi_client, "zoning", new, mode="replace", confirm_delete=lambda n: asked.append(n))
    assert asked == [3] and declined.replace_skipped and declined.deleted == 0
    assert "deleting 3 feature(s) was not confirmed" in declined.summary()
    assert _codes(ogcapi_client) == sorted([*before, "N0", "N1"])
    done = publish(ogcapi_client, "zoning", new, mode="replace",
                   confirm_delete=lambda n: asked.append(n) or True)
    assert asked == [3, 3] and done.deleted == 3 and _codes(ogcapi_client) == ["N0", "N1"]


def test_replace_with_features_carrying_none_of_the_collection_fields_is_refused(ogcapi_client, seeded):
    x, y, before = seeded
    stranger = {"type": "Feature", "geometry": square(x, y + 300), "properties": {"colour": "red"}}
    with pytest.raises(PublishRefused, match="none of the fields of zoning"):
        publish(ogcapi_client, "zoning", [stranger], mode="replace")
    assert _codes(ogcapi_client) == before
    mapped = publish(ogcapi_client, "zoning", [stranger], mode="replace", field_map={"colour": "code"})
    assert mapped.deleted == 3 and _codes(ogcapi_client) == ["red"]


def test_a_layer_published_again_after_a_replace_removed_it_is_stored_again(ogcapi_client, seeded):
    x, y, _ = seeded
    layer_a = [{**_zone(x + 100 * i, y + 500, f"A{i}"), "fid": i + 1} for i in range(2)]
    layer_b = [{**_zone(x, y + 700, "B0"), "fid": 1}]
    publish(ogcapi_client, "zoning", layer_a, mode="replace", source="layer-a")
    publish(ogcapi_client, "zoning", layer_b, mode="replace", source="layer-b")  # deletes A's ids
    report = publish(ogcapi_client, "zoning", layer_a, mode="replace", source="layer-a")
    assert report.sent == 2 and not report.refused and report.deleted == 1
    assert _codes(ogcapi_client) == ["A0", "A1"]
    again = publish(ogcapi_client, "zoning", layer_a, mode="replace", source="layer-a")
    assert again.sent == 2 and again.deleted == 0 and _codes(ogcapi_client) == ["A0", "A1"]
