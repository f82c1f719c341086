"""Three-way merge of a collection: base (last synced state), ours (working table), theirs (server).

Field-level: the geometry and every data property are merged independently, so a planner changing
``zone`` on the server and a field team redrawing the geometry offline do not conflict. Only the
ids that changed on one side are merged (the workspace finds them with SQL joins).

Result: changes to *push* to the server (each with the server version it is based on), changes to
*apply* to the workspace (the server's state, or the merge of both sides), and conflicts for a
person to resolve. Server-kept fields (``version``, ``updated_at``) are never merged as content.

Order for the caller: apply ``to_apply`` first, then push ``to_push``; a ``VersionConflict`` while
pushing means the server moved again since theirs was read: re-run the sync for that feature.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Optional

from .client import VERSION_FIELD, Feature, data_properties, feature_version

GEOMETRY = "geometry"  # the geometry's name among merged fields


@dataclass(frozen=True)
class Change:
    """One change to send to the server (``to_push``) or to write locally (``to_apply``)."""

    kind: str  # "create" | "update" | "delete"
    fid: str
    feature: Optional[Feature] = None  # None for a delete
    expected_version: Optional[int] = None  # the server version a pushed change is based on
    # Properties an update sends (None: all): only those whose value differs from the server's,
    # so that a value the workspace does not know (a column added on the server) is never sent.
    sent: Optional[frozenset[str]] = None
    # The server state the change starts from: what a server without versions (WFS-T) must still
    # hold for the change to apply (its filter carries these values).
    base: Optional[Feature] = None


@dataclass(frozen=True)
class Conflict:
    """Both sides changed the same thing; ``merged`` proposes theirs for the disputed fields."""

    fid: str
    kind: str  # "edit/edit" | "delete/edit" (we deleted, they edited) | "edit/delete" | "create/create"
    fields: tuple[str, ...]
    base: Optional[Feature]
    ours: Optional[Feature]
    theirs: Optional[Feature]
    merged: Optional[Feature] = None


@dataclass
class MergeResult:
    to_push: list[Change] = field(default_factory=list)
    to_apply: list[Change] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def fields_of(feature: Feature) -> dict[str, Any]:
    """The mergeable fields of a feature: its data properties and its geometry."""
    return {**data_properties(feature), GEOMETRY: feature.get("geometry")}


def changed_fields(before: Feature, after: Feature) -> set[str]:
    """Fields whose value differs (a missing property equals null)."""
    old, new = fields_of(before), fields_of(after)
    return {k for k in old.keys() | new.keys() if _canonical(old.get(k)) != _canonical(new.get(k))}


def build_feature(fid: str, values: Mapping[str, Any], version: Optional[int]) -> Feature:
    """A feature from merged field values (``fields_of`` shape) carrying the server ``version``."""
    properties = {k: v for k, v in values.items() if k != GEOMETRY}
    if version is not None:
        properties[VERSION_FIELD] = version
    return {"type": "Feature", "id": fid, "properties": properties, "geometry": values.get(GEOMETRY)}


def merge_fields(base: Feature, ours: Feature, theirs: Feature, prefer: str = "theirs") -> dict[str, Any]:
    """Base with both sides' changes; where both changed a field, ``prefer`` wins."""
    mine, yours = changed_fields(base, ours), changed_fields(base, theirs)
    values = fields_of(base)
    first, second = (ours, theirs) if prefer == "theirs" else (theirs, ours)
    first_changes = mine if prefer == "theirs" else yours
    second_changes = yours if prefer == "theirs" else mine
    values.update({k: fields_of(first).get(k) for k in first_changes})
    values.update({k: fields_of(second).get(k) for k in second_changes})
    return values


def three_way(base: Mapping[str, Feature], ours: Mapping[str, Feature], theirs: Mapping[str, Feature],
              ids: Optional[Iterable[str]] = None) -> MergeResult:
    """Merge the features of ``ids`` (default: every id of the three sides); absent = deleted."""
    result = MergeResult()
    wanted = ids if ids is not None else set(base) | set(ours) | set(theirs)
    for fid in sorted(wanted):
        _merge_one(fid, base.get(fid), ours.get(fid), theirs.get(fid), result)
    return result


def _merge_one(fid: str, b: Optional[Feature], o: Optional[Feature], t: Optional[Feature],
               result: MergeResult) -> None:
    if b is None:
        _merge_created(fid, o, t, result)
    elif o is None or t is None:
        _merge_deleted(fid, b, o, t, result)
    else:
        _merge_edited(fid, b, o, t, result)


def _merge_created(fid: str, o: Optional[Feature], t: Optional[Feature], result: MergeResult) -> None:
    if o is not None and t is None:
        result.to_push.append(Change("create", fid, o))
    elif t is not None and o is None:
        result.to_apply.append(Change("create", fid, t))
    elif o is not None and t is not None:
        disputed = changed_fields(o, t)
        if disputed:
            result.conflicts.append(Conflict(fid, "create/create", tuple(sorted(disputed)), None, o, t, t))
        else:
            result.to_apply.append(Change("update", fid, t))


def _merge_deleted(fid: str, b: Feature, o: Optional[Feature], t: Optional[Feature],
                   result: MergeResult) -> None:
    if o is None and t is None:
        result.to_apply.append(Change("delete", fid))
    elif o is None:
        edited = changed_fields(b, t)
        if edited:
            result.conflicts.append(Conflict(fid, "delete/edit", tuple(sorted(edited)), b, None, t, t))
        else:
            result.to_push.append(Change("delete", fid, None, feature_version(t)))
    else:
        edited = changed_fields(b, o)
        if edited:
            result.conflicts.append(Conflict(fid, "edit/delete", tuple(sorted(edited)), b, o, None, None))
        else:
            result.to_apply.append(Change("delete", fid))


def _merge_edited(fid: str, b: Feature, o: Feature, t: Feature, result: MergeResult) -> None:
    mine, yours = changed_fields(b, o), changed_fields(b, t)
    version = feature_version(t)
    disputed = {k for k in mine & yours if _canonical(fields_of(o).get(k)) != _canonical(fields_of(t).get(k))}
    if disputed:
        merged = build_feature(fid, merge_fields(b, o, t, prefer="theirs"), version)
        result.conflicts.append(Conflict(fid, "edit/edit", tuple(sorted(disputed)), b, o, t, merged))
    elif mine - yours:
        merged = build_feature(fid, merge_fields(b, o, t), version)
        result.to_push.append(Change("update", fid, merged, version))
        if yours:
            result.to_apply.append(Change("update", fid, merged))
    elif yours or version != feature_version(b):
        result.to_apply.append(Change("update", fid, t))
