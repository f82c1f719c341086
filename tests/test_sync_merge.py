"""Three-way, field-level merge of base / ours / theirs."""

from agence_urbaine.core.sync.merge import GEOMETRY, changed_fields, three_way

SQUARE = {"type": "Polygon", "coordinates": [[[0.0, 0.0], [10.0, 0.0], [10.0, 10.0], [0.0, 0.0]]]}
MOVED = {"type": "Polygon", "coordinates": [[[0.5, 0.0], [10.0, 0.0], [10.0, 10.0], [0.5, 0.0]]]}


def feature(version=1, geometry=SQUARE, **properties):
    props = {"zone": "R+2", "levels": 2, **properties, "version": version}
    return {"type": "Feature", "id": "a", "properties": props, "geometry": geometry}


def merge(b, o, t):
    present = lambda f: {"a": f} if f else {}  # noqa: E731
    return three_way(present(b), present(o), present(t))


def test_nothing_changed_means_nothing_to_do():
    result = merge(feature(), feature(), feature())
    assert not (result.to_push or result.to_apply or result.conflicts)


def test_server_fields_are_not_content():
    assert changed_fields(feature(version=1, updated_at="x"), feature(version=7, updated_at="y")) == set()


def test_our_edit_is_pushed_against_the_server_version():
    result = merge(feature(), feature(levels=3), feature())
    [change] = result.to_push
    assert (change.kind, change.expected_version) == ("update", 1)
    assert change.feature["properties"]["levels"] == 3
    assert not result.to_apply and not result.conflicts


def test_their_edit_is_applied():
    result = merge(feature(), feature(), feature(version=2, zone="C"))
    [change] = result.to_apply
    assert change.feature["properties"]["zone"] == "C" and not result.to_push


def test_edits_of_different_fields_merge_without_conflict():
    result = merge(feature(), feature(geometry=MOVED), feature(version=2, zone="C"))
    assert not result.conflicts
    [push] = result.to_push
    assert push.expected_version == 2
    assert push.feature["geometry"] == MOVED and push.feature["properties"]["zone"] == "C"
    assert result.to_apply[0].feature == push.feature


def test_same_field_changed_differently_is_a_conflict():
    result = merge(feature(), feature(zone="D", geometry=MOVED), feature(version=2, zone="C", levels=4))
    [conflict] = result.conflicts
    assert (conflict.kind, conflict.fields) == ("edit/edit", ("zone",))
    merged = conflict.merged["properties"]
    assert (merged["zone"], merged["levels"], conflict.merged[GEOMETRY]) == ("C", 4, MOVED)
    assert not result.to_push and not result.to_apply


def test_same_change_on_both_sides_is_not_a_conflict():
    result = merge(feature(), feature(zone="C"), feature(version=2, zone="C"))
    assert not result.conflicts and not result.to_push
    assert result.to_apply[0].feature["properties"]["version"] == 2


def test_created_on_one_side():
    assert merge(None, feature(), None).to_push[0].kind == "create"
    assert merge(None, None, feature()).to_apply[0].kind == "create"


def test_created_on_both_sides_differently_is_a_conflict():
    assert merge(None, feature(zone="A"), feature(zone="B")).conflicts[0].kind == "create/create"


def test_deletes():
    assert merge(feature(), None, feature()).to_push[0].kind == "delete"
    assert merge(feature(), feature(), None).to_apply[0].kind == "delete"
    assert merge(feature(), None, None).to_apply[0].kind == "delete"


def test_delete_against_edit_is_a_conflict():
    assert merge(feature(), None, feature(version=2, zone="C")).conflicts[0].kind == "delete/edit"
    assert merge(feature(), feature(zone="C"), None).conflicts[0].kind == "edit/delete"


def test_missing_property_equals_null():
    base = feature()
    ours = feature()
    ours["properties"]["note"] = None
    assert not merge(base, ours, feature()).to_push
