"""Applying a person's choices (keep mine / keep theirs, per disputed field) to a recorded conflict.

Plain Python over the workspace API, no widget: the conflicts list only gathers the choices.
(It belongs with ``core/sync`` — merge.py or workspace.py — and can move there as is.)

A recorded conflict (``Workspace.conflicts()``) holds base, ours, theirs and ``merged`` (base with
both sides' undisputed changes, theirs on the disputed fields). Resolving writes the working row
the person chose, then ``Workspace.resolve_conflict`` makes the server state the base, so the next
sync pushes exactly the resolution on top of the server's version.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any, Optional

from ..core.sync.client import feature_version
from ..core.sync.merge import GEOMETRY, build_feature, fields_of
from ..core.sync.workspace import Workspace

MINE, THEIRS = "mine", "theirs"
WHOLE_FEATURE = "*"  # the only "field" of a conflict where one side deleted the feature


def disputed(conflict: Mapping[str, Any]) -> list[str]:
    """What a person must choose for: each disputed field, or the whole feature when one side
    deleted it."""
    if conflict["ours"] is None or conflict["theirs"] is None:
        return [WHOLE_FEATURE]
    return list(conflict["fields"])


def resolved_feature(conflict: Mapping[str, Any], keep: Mapping[str, str]) -> Optional[dict]:
    """The working row after the choices (None: the feature is deleted); ``keep`` maps each
    disputed field (or ``WHOLE_FEATURE``) to ``"mine"`` or ``"theirs"``."""
    ours, theirs = conflict["ours"], conflict["theirs"]
    if ours is None or theirs is None:
        return (ours if keep.get(WHOLE_FEATURE) == MINE else theirs)
    values = fields_of(conflict.get("merged") or theirs)
    mine = fields_of(ours)
    for name in conflict["fields"]:
        if keep.get(name) == MINE:
            values[name] = mine.get(name)
    return build_feature(conflict["fid"], values, feature_version(theirs))


def is_complete(conflict: Mapping[str, Any], keep: Mapping[str, str]) -> bool:
    return all(keep.get(name) in (MINE, THEIRS) for name in disputed(conflict))


def apply_resolution(workspace: Workspace, collection: str, conflict: Mapping[str, Any],
                     keep: Mapping[str, str]) -> str:
    """Write the chosen state into the working table and close the conflict; returns the feature id
    the working row now has (a new one when we keep an edit of a feature the server deleted: the
    server refuses to bring a deleted id back).

    "Mine" is the working row as it is now (edits made since the sync are kept)."""
    fid = conflict["fid"]
    current = workspace.features(collection, [fid], "work").get(fid)
    if current is not None and conflict["ours"] is not None:
        conflict = {**conflict, "ours": current}
    feature = resolved_feature(conflict, keep)
    if conflict["theirs"] is None and feature is not None:  # keep our edit of a feature they deleted
        new_id = str(uuid.uuid4())
        workspace.rename(collection, fid, new_id)
        workspace.resolve_conflict(collection, fid)
        return new_id
    if feature is None:  # keep their deletion, or keep our deletion of what they edited
        if current is not None:
            workspace.apply(collection, deleted=[fid], work=True)
    else:
        workspace.write(collection, [feature], ("work",))
    workspace.resolve_conflict(collection, fid)
    return fid


def describe(value: Any, field: str) -> str:
    """A short text for a field value in the conflicts list (geometries summarised)."""
    if value is None:
        return ""
    if field == GEOMETRY and isinstance(value, Mapping):
        return str(value.get("type", ""))
    return str(value)
