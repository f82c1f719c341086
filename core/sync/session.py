"""The sync orchestrator: publish a layer, check collections out, synchronise a workspace.

No HTTP here, only the :class:`AgencyClient` interface, so every protocol gets the same rules:

* **publish** (in :mod:`.publish`, its names importable from here) upserts features under stable
  ids (publishing again never duplicates), leaves personal data out, and in ``replace`` mode
  deletes the collection's other features only once every feature was accepted.
* **sync** pulls the server's state into the workspace's staging table (only the features whose
  ``updated_at`` is after the workspace's watermark when the server can filter on it, plus one
  count, and an id listing without geometry only when that count shows deletions; everything
  otherwise; a window of more than ``LIST_WINDOW_ABOVE`` features, e.g. a bulk load within the
  watermark's safety margin, is first listed without geometries and only the features whose
  version differs from the base are downloaded), finds local changes with SQL, merges three-way
  (different fields of one feature merge automatically), records true conflicts (or settles
  them when the policy says ``mine`` / ``theirs``), applies the server's side locally, then
  pushes. Every push is written to the
  workspace's outbox *before* it is sent and closed after (both in batches: one transaction for
  a batch's intents, one for its results); a sync interrupted anywhere is run again safely:
  pending pushes are checked against the server (client UUIDs: a create found with the same
  content, or a replace found one version later with our content, went through) and local edits
  stay in the working table until the server holds them.
"""

from __future__ import annotations

import math
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from typing import Any, Optional

from ..i18n import tr
from .client import (
    SERVER_FIELDS,
    VERSION_FIELD,
    AgencyClient,
    AlreadyExists,
    BBox,
    Feature,
    Forbidden,
    Page,
    Push,
    ServerError,
    SyncCanceled,
    SyncError,
    Unreachable,
    VersionConflict,
    data_properties,
    feature_version,
    same_content,
)
from .merge import GEOMETRY, Change, Conflict, build_feature, changed_fields, merge_fields, three_way
from .publish import (  # noqa: F401 - importable from here
    FAILING_STATUSES,
    MODES,
    PublishInterrupted,
    PublishRefused,
    PublishReport,
    count_to_delete,
    geometry_problem,
    publish,
    stable_id,
    suggest_mapping,
)
from .workspace import WATERMARK_MARGIN_S, Workspace, WorkspaceError, storage_error

Progress = Callable[[float, str], None]  # percent (0-100), message
CancelCheck = Callable[[], bool]
POLICIES = ("stop", "mine", "theirs")


def _never() -> bool:
    return False


def _silent(percent: float, message: str) -> None:
    pass


@contextmanager
def _cancel_while_reading(client: AgencyClient, is_canceled: Optional[CancelCheck]) -> Iterator[None]:
    """Let a client that can (an ``is_canceled`` attribute) stop in the middle of a download: one
    page of a slow server can take minutes. It raises :class:`SyncCanceled` then."""
    if is_canceled is None or not hasattr(client, "is_canceled"):
        yield
        return
    previous, client.is_canceled = client.is_canceled, is_canceled
    try:
        yield
    finally:
        client.is_canceled = previous


# -- checkout ------------------------------------------------------------------------------------
class AreaFilter:
    """Keeps the features of a page that intersect a polygon (GeoJSON, storage CRS)."""

    def __init__(self, polygon: Mapping[str, Any]):
        import shapely
        from shapely.geometry import shape

        self._shapely = shapely
        self.area = shape(polygon)
        shapely.prepare(self.area)

    def bbox(self) -> BBox:
        return tuple(float(v) for v in self.area.bounds)

    def page(self, page: Page) -> Page:
        from shapely.geometry import shape

        shapes = [shape(f["geometry"]) if f.get("geometry") else None for f in page.features]
        keep = [f for f, s in zip(page.features, shapes) if s is not None and self.area.intersects(s)]
        return replace(page, features=keep)


class _AreaClient(AgencyClient):
    """A client whose pages keep only the features of an area (used for a polygon checkout)."""

    def __init__(self, client: AgencyClient, area: AreaFilter):
        self.client, self.area = client, area
        self.base_url = getattr(client, "base_url", None)

    def collections(self, count: bool = True):
        return self.client.collections(count)

    def collection(self, collection: str):
        return self.client.collection(collection)

    def iter_pages(self, collection, bbox=None, crs=None, page_size=5000):
        for page in self.client.iter_pages(collection, bbox=bbox, crs=crs, page_size=page_size):
            yield self.area.page(page)

    def get(self, collection, fid, crs=None):
        return self.client.get(collection, fid, crs)

    def schema(self, collection):
        return self.client.schema(collection)

    def field_types(self, collection):
        return self.client.field_types(collection)

    def create(self, collection, feature, crs=None):
        return self.client.create(collection, feature, crs)

    def replace(self, collection, feature, expected_version, crs=None, **base):
        return self.client.replace(collection, feature, expected_version, crs, **base)

    def delete(self, collection, fid, expected_version, **base):
        return self.client.delete(collection, fid, expected_version, **base)


def _page_percent(page: Page) -> float:
    done = page.offset + len(page.features)
    return 100.0 * done / page.number_matched if page.number_matched else 0.0


def checkout(client: AgencyClient, workspace: Workspace, collections: Sequence[str],
             bbox: Optional[BBox] = None, polygon: Optional[Mapping[str, Any]] = None,
             progress: Optional[Progress] = None, is_canceled: Optional[CancelCheck] = None,
             page_size: int = 5000) -> dict[str, int]:
    """Check collections out into the workspace; returns the feature count per collection.

    ``bbox`` / ``polygon`` are in the collections' storage CRS; a polygon also limits later syncs.
    On cancel the collection being downloaded is removed and :class:`SyncCanceled` is raised.
    """
    with _cancel_while_reading(client, is_canceled):
        return _checkout(client, workspace, collections, bbox, polygon, progress, is_canceled, page_size)


def _checkout(client: AgencyClient, workspace: Workspace, collections: Sequence[str],
              bbox: Optional[BBox], polygon: Optional[Mapping[str, Any]], progress: Optional[Progress],
              is_canceled: Optional[CancelCheck], page_size: int) -> dict[str, int]:
    progress, is_canceled = progress or _silent, is_canceled or _never
    area = AreaFilter(polygon) if polygon else None
    source = _AreaClient(client, area) if area else client
    counts: dict[str, int] = {}
    for index, name in enumerate(collections):
        def on_page(page: Page, index: int = index, name: str = name) -> bool:
            share = (index + _page_percent(page) / 100.0) / len(collections)
            progress(100.0 * share, tr("{name}: {count} features downloaded").format(
                name=name, count=page.offset + len(page.features)))
            return not is_canceled()

        try:
            counts[name] = workspace.checkout(source, name, bbox or (area.bbox() if area else None),
                                              page_size=page_size, on_page=on_page)
        except WorkspaceError:
            if is_canceled():
                raise SyncCanceled(tr("Checkout cancelled.")) from None
            raise
        except sqlite3.Error as err:
            raise storage_error(workspace.path, err) from err
        workspace.set_area(name, polygon)
        types = client.field_types(name)  # a field added on the server later is then noticed
        if types is not None:
            workspace.set_server_fields(name, list(types))
    return counts


# -- sync ----------------------------------------------------------------------------------------
@dataclass
class SyncReport:
    """Counts of a sync run; ``errors`` are translated messages (the run can be repeated)."""

    pulled: int = 0
    pushed: int = 0
    conflicts: int = 0
    recovered: int = 0  # pushes of an interrupted run found done on the server
    kept_local: int = 0  # features edited during the sync: kept as edited, merged at the next sync
    errors: list[str] = field(default_factory=list)
    canceled: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors and not self.canceled


@dataclass
class _Plan:
    """What one collection's merge decided: local writes first, then pushes."""

    to_push: list[Change] = field(default_factory=list)
    applied: list[Feature] = field(default_factory=list)  # server state into work and base
    deleted: list[str] = field(default_factory=list)  # ids removed from work and base
    work: list[Feature] = field(default_factory=list)  # merged rows about to be pushed
    base: list[Feature] = field(default_factory=list)  # the server state those pushes start from
    renamed: list[tuple[str, str]] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    pulled: int = 0

    def push(self, change: Change, theirs: Optional[Feature]) -> None:
        if change.kind == "update" and change.feature is not None and theirs is not None:
            sent = changed_fields(theirs, change.feature) - {GEOMETRY}  # what the server lacks
            change = replace(change, sent=frozenset(sent))
        if change.kind != "create" and theirs is not None:
            change = replace(change, base=theirs)
        self.to_push.append(change)
        if change.kind == "update" and change.feature is not None:
            self.work.append(change.feature)
        if change.kind != "create" and theirs is not None:
            self.base.append(theirs)

    def apply(self, change: Change) -> None:
        self.pulled += 1
        if change.kind == "delete":
            self.deleted.append(change.fid)
        else:
            self.applied.append(change.feature)


def sync(client: AgencyClient, workspace: Workspace, policy: str = "stop",
         progress: Optional[Progress] = None, is_canceled: Optional[CancelCheck] = None,
         page_size: int = 5000) -> SyncReport:
    """Synchronise every collection of the workspace with the server.

    ``policy`` says what happens to true conflicts: ``stop`` records them in the workspace for a
    person (the rest syncs), ``mine`` / ``theirs`` settle the disputed fields for one side (the
    undisputed changes of both sides are kept either way). A failure of one collection is
    reported in ``errors`` and leaves it consistent; running the sync again finishes the work.
    """
    with _cancel_while_reading(client, is_canceled):
        return _sync(client, workspace, policy, progress, is_canceled, page_size)


def _sync(client: AgencyClient, workspace: Workspace, policy: str, progress: Optional[Progress],
          is_canceled: Optional[CancelCheck], page_size: int) -> SyncReport:
    if policy not in POLICIES:
        raise ValueError(f"policy must be one of {POLICIES}")
    progress, is_canceled = progress or _silent, is_canceled or _never
    report = SyncReport()
    names = workspace.collections()
    for index, name in enumerate(names):
        def step(percent: float, message: str, index: int = index) -> None:
            progress(100.0 * (index + percent / 100.0) / len(names), message)

        try:
            _sync_collection(client, workspace, name, policy, step, is_canceled, report, page_size)
        except SyncCanceled:
            report.canceled = True
            break
        except SyncError as err:
            report.errors.append(tr("{name}: {error}").format(name=name, error=err) + _later(err))
        except sqlite3.Error as err:
            report.errors.append(tr("{name}: {error}").format(
                name=name, error=storage_error(workspace.path, err)))
    return report


def _later(error: SyncError) -> str:
    """For a failure a retry can fix (the server busy or out of reach): say so."""
    busy = isinstance(error, ServerError) and error.status in FAILING_STATUSES
    if isinstance(error, Unreachable) or busy:
        return " " + tr("The server is temporarily unavailable: every change is kept; run the sync "
                        "again later.")
    return ""


def _sync_collection(client: AgencyClient, workspace: Workspace, name: str, policy: str, step: Progress,
                     is_canceled: CancelCheck, report: SyncReport, page_size: int) -> None:
    step(0.0, tr("{name}: checking unfinished pushes").format(name=name))
    report.recovered += recover_pushes(client, workspace, name)
    types = _learn_schema(client, workspace, name)
    started = time.monotonic()
    deleted, listed = _pull(client, workspace, name, step, is_canceled, page_size)
    try:
        if deleted is None:  # the whole server state is staged: new fields get their values
            workspace.fill_unfilled(name)
        if types is not None and (deleted is None or workspace.server_fields(name) is None):
            workspace.set_server_fields(name, list(types))
        mark = workspace.edit_mark()  # before the working table is read: later edits are kept
        plan = _plan(workspace, name, policy, deleted)
        kept = _apply_plan(workspace, name, plan, mark)
        if not kept:  # else the watermark stays unknown: the next pull reads everything
            _advance_watermark(workspace, name, plan, time.monotonic() - started, listed)
    finally:
        workspace.discard_theirs(name)
    report.pulled += plan.pulled
    report.conflicts += len(plan.conflicts)
    errors = len(report.errors)
    report.kept_local += len(kept)
    _push_all(client, workspace, name, _checked(name, plan.to_push, types, report), step, is_canceled,
              report, mark)
    if len(report.errors) == errors:
        workspace.mark_synced(name)


# A pull window holding more features than this is first listed without geometries (ids,
# versions, stamps): only the features whose version differs from the base are then downloaded.
LIST_WINDOW_ABOVE = 2000
FETCH_BY_ID_UP_TO = 200  # changed features read one by one when a stamp range would bring many more
RANGE_SLACK = 100  # unchanged features a stamp range may bring beyond twice the changed ones


def _filter_lost() -> str:
    return tr("The server stopped answering filtered requests; run the sync again.")


@dataclass
class _Window:
    """The features of a pull window as listed without geometry, against the base's versions."""

    versions: dict[str, tuple[Optional[int], Optional[datetime]]]  # id -> (version, updated_at)
    base: dict[str, Optional[int]]  # id -> version, the whole base
    changed: list[str]  # listed ids whose version the base does not hold

    def newest(self) -> Optional[datetime]:
        return max((s for _, s in self.versions.values() if s is not None), default=None)

    def unchanged(self) -> set[str]:
        """Listed ids the base holds at the listed version (not downloaded: the base is current)."""
        return set(self.versions).difference(self.changed).intersection(self.base)


def _stamp(value: Optional[str]) -> Optional[datetime]:
    try:
        stamp = datetime.fromisoformat(str(value).replace("Z", "+00:00")) if value else None
    except ValueError:
        return None
    return stamp if stamp is None or stamp.tzinfo else stamp.replace(tzinfo=timezone.utc)


def _iso(stamp: datetime) -> str:
    """UTC, millisecond precision rounded down (as ``Workspace.newest`` writes it)."""
    utc = stamp.astimezone(timezone.utc)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def _pull(client: AgencyClient, workspace: Workspace, name: str, step: Progress,
          is_canceled: CancelCheck, page_size: int) -> tuple[Optional[set[str]], Optional[_Window]]:
    """Stage the server's state in ``<name>__theirs``; on any failure the staging is emptied.

    With a watermark and a server that filters on ``updated_at``, only the features changed
    since are staged and the ids deleted since are returned (a set); otherwise everything is
    staged and None is returned (absent from the staging = deleted). A large window (a bulk
    load just before the checkout falls within the watermark's margin) is listed first without
    geometries, and only the features whose version changed are downloaded; the listing is
    returned too (its stamps move the watermark).
    """
    info = workspace.info(name)
    area = AreaFilter(info["area"]) if info["area"] else None
    bbox = tuple(info["bbox"]) if info["bbox"] else None
    since = workspace.watermark(name)
    try:
        window = _list_window(client, workspace, name, since, bbox) if since else None
        if window is not None:
            source = _fetch_changed(client, name, window, bbox, page_size)
        else:
            source = client.changes_since(name, since, bbox, page_size) if since else None
        partial = source is not None
        if source is None:
            source = client.iter_pages(name, bbox=bbox, page_size=page_size)

        def pages() -> Iterator[Page]:
            for page in source:
                if is_canceled():
                    raise SyncCanceled(tr("Sync cancelled."))
                step(_page_percent(page) / 2, tr("{name}: {count} server features read").format(
                    name=name, count=page.offset + len(page.features)))
                yield area.page(page) if area else page

        workspace.stage_server_pages(name, pages())
        deleted = _deleted_since(client, workspace, name, since, bbox, area, window) if partial else None
        if bbox is not None or area is not None:
            absent = deleted if deleted is not None else workspace.unseen_base_ids(name, set())
            moved = _moved_out(client, workspace, name, absent)
            deleted = deleted - moved if deleted is not None else None
        return deleted, window
    except BaseException:
        workspace.discard_theirs(name)
        raise


def _list_window(client: AgencyClient, workspace: Workspace, name: str, since: str,
                 bbox: Optional[BBox]) -> Optional[_Window]:
    """The window's ids and versions when it is large and the server lists them; else None."""
    size = client.count_changed(name, since, bbox)
    if size is None or size <= LIST_WINDOW_ABOVE:
        return None
    base = workspace.versions(name)
    if base is None:
        return None
    listed = client.versions_since(name, since, bbox)
    if listed is None:
        return None
    versions = {fid: (version, _stamp(stamp)) for fid, (version, stamp) in listed.items()}
    changed = [fid for fid, (version, _) in versions.items() if version is None or base.get(fid) != version]
    return _Window(versions, base, changed)


def _fetch_changed(client: AgencyClient, name: str, window: _Window, bbox: Optional[BBox],
                   page_size: int) -> Iterator[Page]:
    """The current state of the window's changed features: every feature stamped from the
    oldest change on (one filtered read), or the changed ones by id when that range would bring
    many unchanged ones. Features listed as unchanged are not read (their base is current)."""
    if not window.changed:
        return iter(())
    stamps = [window.versions[fid][1] for fid in window.changed]
    if all(s is not None for s in stamps):
        cut = min(stamps) - timedelta(milliseconds=1)
        in_range = sum(1 for _, s in window.versions.values() if s is not None and s > cut)
        if in_range <= 2 * len(window.changed) + RANGE_SLACK or len(window.changed) > FETCH_BY_ID_UP_TO:
            pages = client.changes_since(name, cut.isoformat(), bbox, page_size)
            if pages is None:
                raise ServerError(_filter_lost(), 500)
            return pages
    found = [f for f in (client.get(name, fid) for fid in sorted(window.changed)) if f is not None]
    return iter([Page(features=found, offset=0, number_matched=len(found))])


def _deleted_since(client: AgencyClient, workspace: Workspace, name: str, since: str,
                   bbox: Optional[BBox], area: Optional[AreaFilter],
                   window: Optional[_Window] = None) -> set[str]:
    """Base features deleted on the server, after a partial pull (asked *after* it, so a feature
    edited meanwhile is in one of the listings and never taken for a deleted one).

    Every base feature not staged (nor listed unchanged in ``window``) is either unchanged
    (``updated_at`` at or before the watermark) or deleted: one count tells whether the numbers
    add up; only when they do not are the ids listed (no geometry). A polygon area counts
    features outside it: the ids are listed then. Listed features that the workspace lacks
    (missed by an earlier paged read) are staged."""
    listed = window.unchanged() - set(workspace.features_ids(name, "theirs")) if window else set()
    if area is None:
        unchanged = client.count_unchanged(name, since, bbox)
        seen = workspace.count_theirs_in_base(name) + len(listed)
        if unchanged is not None and workspace.count(name, "base") - seen - unchanged == 0:
            return set()
    kept = client.list_ids(name, since, False, bbox)
    changed = client.list_ids(name, since, True, bbox)
    if kept is None or changed is None:
        raise ServerError(_filter_lost(), 500)
    gone = workspace.unseen_base_ids(name, kept)
    deleted = gone - changed  # changed but not staged: edited during the pull, or out of the area
    if area is not None:  # (those listed unchanged are where the base has them): the caller asks
        deleted |= (gone & changed) - listed
    missing = workspace.unknown_ids(name, kept | changed)
    found = [f for f in (client.get(name, fid) for fid in sorted(missing)) if f is not None]
    if area is not None:
        found = [f for f in found if _in_area(f, area)]
    if found:
        workspace.stage(name, found)
    return deleted


def _moved_out(client: AgencyClient, workspace: Workspace, name: str, absent: set[str]) -> set[str]:
    """Of the base features an area's pull did not bring, those the server still holds: they left
    the area (moved, or the area is a bbox the server filtered on), they were not deleted. Staged
    as the server's state, they merge as an ordinary update (keep-mine must not re-create them
    under a new id, keep-theirs must not drop an edit of a feature that exists). One read by id
    each: only features absent from the pull are asked for."""
    found = [f for f in (client.get(name, fid) for fid in sorted(absent)) if f is not None]
    if found:
        workspace.stage(name, found)
    return {str(f["id"]) for f in found}


def _in_area(feature: Optional[Feature], area: AreaFilter) -> bool:
    return feature is not None and bool(area.page(Page(features=[feature], offset=0,
                                                       number_matched=1)).features)


def _advance_watermark(workspace: Workspace, name: str, plan: _Plan, duration_s: float,
                       window: Optional[_Window] = None) -> None:
    """Once the pull is applied: the newest server stamp seen (staged or listed; minus a margin
    and the time the pull took), but never past a conflict kept for a person (its server side
    must come again)."""
    margin = WATERMARK_MARGIN_S + duration_s
    newest = workspace.newest(name, "theirs", margin_s=margin)
    listed = window.newest() if window is not None else None
    if listed is not None:
        listed_iso = _iso(listed - timedelta(seconds=margin))
        newest = listed_iso if newest is None or _stamp(newest) < _stamp(listed_iso) else newest
    if newest is None:
        return  # nothing staged: the watermark stays (an old workspace keeps pulling everything)
    held = [c.fid for c in plan.conflicts if c.theirs is not None]
    oldest = workspace.newest(name, "theirs", held, oldest=True, margin_s=margin) if held else None
    workspace.set_watermark(name, min(newest, oldest) if oldest else newest)


def _plan(workspace: Workspace, name: str, policy: str, deleted: Optional[set[str]] = None) -> _Plan:
    ids = workspace.local_changes(name).all() | workspace.server_changes(name, deleted).all()
    base, ours, theirs = (workspace.features(name, ids, side) for side in ("base", "work", "theirs"))
    if deleted is not None:  # partial pull: a base feature not staged nor deleted is unchanged
        theirs.update((fid, f) for fid, f in base.items() if fid not in theirs and fid not in deleted)
    result = three_way(base, ours, theirs, ids)
    plan = _Plan()
    pushed = {c.fid for c in result.to_push}
    for change in result.to_push:
        plan.push(change, theirs.get(change.fid))
    for change in result.to_apply:
        if change.fid not in pushed:
            plan.apply(change)
        else:  # the server's change merged into ours: received too, written with the push
            plan.pulled += 1
    for conflict in result.conflicts:
        _settle(conflict, policy, plan)
    return plan


def _settle(conflict: Conflict, policy: str, plan: _Plan) -> None:
    """A true conflict: kept for a person (``stop``) or settled for one side."""
    if policy == "stop":
        plan.conflicts.append(conflict)
    elif policy == "theirs":
        _settle_theirs(conflict, plan)
    else:
        _settle_mine(conflict, plan)


def _settle_theirs(c: Conflict, plan: _Plan) -> None:
    if c.theirs is None:  # we edited, they deleted
        plan.apply(Change("delete", c.fid))
    elif c.kind == "edit/edit":
        merged = build_feature(c.fid, merge_fields(c.base, c.ours, c.theirs, "theirs"),
                               feature_version(c.theirs))
        if changed_fields(c.theirs, merged):  # our undisputed changes still go to the server
            plan.push(Change("update", c.fid, merged, feature_version(c.theirs)), c.theirs)
        else:
            plan.apply(Change("update", c.fid, c.theirs))
    else:  # they edited what we deleted, or both created the same id: the server's wins
        plan.apply(Change("update", c.fid, c.theirs))


def _settle_mine(c: Conflict, plan: _Plan) -> None:
    version = feature_version(c.theirs) if c.theirs else None
    if c.ours is None:  # we deleted what they edited
        plan.push(Change("delete", c.fid, None, version), c.theirs)
    elif c.theirs is None:  # they deleted what we edited: the server refuses a deleted id, new one
        new_id = str(uuid.uuid4())
        plan.renamed.append((c.fid, new_id))
        plan.push(Change("create", new_id, {**c.ours, "id": new_id}), None)
    else:
        values = (merge_fields(c.base, c.ours, c.theirs, "mine") if c.base is not None
                  else {**data_properties(c.ours), "geometry": c.ours.get("geometry")})
        plan.push(Change("update", c.fid, build_feature(c.fid, values, version), version), c.theirs)


def _apply_plan(workspace: Workspace, name: str, plan: _Plan, mark: Optional[int] = None) -> set[str]:
    """Local writes, each a consistent state if the run stops right after it: work before base.

    A working row edited after ``mark`` (QGIS saved it while the sync ran) is not written, and
    nothing is pushed for it this time: the next sync merges that newer edit (returned ids)."""
    kept = workspace.apply(name, plan.applied, plan.deleted, mark=mark)
    kept |= workspace.write(name, plan.work, ("work",), mark=mark)
    workspace.write(name, [f for f in plan.base if f["id"] not in kept], ("base",))
    renamed = {}
    for old, new in plan.renamed:
        if workspace.rename(name, old, new, mark=mark):
            renamed[new] = old
        else:
            kept.add(old)
    plan.to_push = [c for c in plan.to_push if c.fid not in kept and renamed.get(c.fid, c.fid) not in kept]
    workspace.forget_conflicts(name)
    workspace.record_conflicts(name, plan.conflicts)
    return kept


PUSH_BATCH = 100  # pushes recorded per transaction (a crash leaves at most this many to check)


def _push_all(client: AgencyClient, workspace: Workspace, name: str, changes: list[Change],
              step: Progress, is_canceled: CancelCheck, report: SyncReport,
              mark: Optional[int] = None) -> None:
    """Send the changes in batches: the batch's intents are committed in one transaction before
    the first is sent, the outcomes (synced state + closed intents + journal) in one after.
    Intents never sent (cancel, failure) are dropped; the one whose answer was lost stays open
    for :func:`recover_pushes`."""
    for start in range(0, len(changes), PUSH_BATCH):
        batch = changes[start:start + PUSH_BATCH]
        if is_canceled():
            raise SyncCanceled(tr("Sync cancelled."))
        seqs = workspace.intend_pushes(name, [(c.kind, c.fid, _body(c), c.expected_version)
                                              for c in batch])
        _push_batch(client, workspace, name, batch, seqs, start, len(changes), step, is_canceled, report,
                    mark)


def _push_batch(client: AgencyClient, workspace: Workspace, name: str, batch: list[Change],
                seqs: list[int], offset: int, total: int, step: Progress, is_canceled: CancelCheck,
                report: SyncReport, mark: Optional[int] = None) -> None:
    written: list[Feature] = []
    deleted: list[str] = []
    done: list[tuple[int, str]] = []
    versioned = workspace.has_versions(name)
    sent = 0  # changes of the batch whose sending was at least attempted
    outcomes = iter(client.push(name, [Push(c.kind, c.fid, _body(c), c.expected_version,
                                            None if versioned else c.base, versioned) for c in batch]))
    try:
        for index, (change, seq) in enumerate(zip(batch, seqs)):
            if is_canceled():
                raise SyncCanceled(tr("Sync cancelled."))
            step(50.0 + 50.0 * (offset + index) / total, tr("{name}: sending {done} of {total} changes")
                 .format(name=name, done=offset + index + 1, total=total))
            sent = max(sent, index + 1)
            outcome = next(outcomes)
            sent = max(sent, outcome.sent)
            if outcome.error is not None:
                if not _refused(outcome.error, name, change, seq, workspace, report, done):
                    raise outcome.error
                continue
            if change.kind == "delete":
                deleted.append(change.fid)
            else:
                written.append(_with_version(change.feature, outcome.version))
            done.append((seq, "pushed"))
            report.pushed += 1
    finally:
        close = getattr(outcomes, "close", None)
        if close is not None:  # a generator: stop it (nothing more is sent)
            close()
        # what the server holds is recorded first; intents never sent are then forgotten
        report.kept_local += len(workspace.record_pushes(name, written, deleted, done, mark=mark))
        if sent < len(seqs):
            workspace.drop_pushes(seqs[sent:])


def _refused(error: SyncError, name: str, change: Change, seq: int, workspace: Workspace,
             report: SyncReport, done: list[tuple[int, str]]) -> bool:
    """Report a change the server refused (the others go on); False for an error that stops
    the push (the server out of reach or failing: the rest is kept for the next run)."""
    if isinstance(error, (VersionConflict, AlreadyExists)):
        done.append((seq, "refused"))
        workspace.set_watermark(name, None)  # the next pull reads everything again
        report.errors.append(tr("{name}: {error} Run the sync again to merge it.").format(
            name=name, error=error))
        return True
    if isinstance(error, Forbidden):
        report.errors.append(tr("{name}: feature {fid} was not sent: {error} It stays in the "
                                "workspace and is sent by the next sync once the account "
                                "is allowed.").format(name=name, fid=change.fid, error=error))
        return True  # stays in the outbox, like a refusal
    if isinstance(error, ServerError) and error.status not in FAILING_STATUSES:
        fields = ", ".join(sorted(change.sent)) if change.sent else tr("every field")
        report.errors.append(tr("{name}: the server refused feature {fid} ({fields}): {error} "
                                "It stays in the workspace; check those values or ask the "
                                "agency's administrator, then run the sync again.").format(
            name=name, fid=change.fid, fields=fields, error=error))
        return True  # stays in the outbox: checked against the server next time
    return False


def _body(change: Change) -> Optional[Feature]:
    """What a change sends: an update carries the geometry (the server needs it) and only the
    properties it changes (the server merges them into the stored row), so a value the
    workspace does not know is never overwritten with what the workspace holds."""
    if change.feature is None or change.sent is None:
        return change.feature
    properties = change.feature.get("properties") or {}
    return {**change.feature, "properties": {k: v for k, v in properties.items()
                                             if k in change.sent or k in SERVER_FIELDS}}


# -- what the server can store -------------------------------------------------------------------
INT64 = 2 ** 63


def _learn_schema(client: AgencyClient, workspace: Workspace, name: str) -> Optional[dict[str, str]]:
    """The server's fields now. A field the workspace has not seen there before, or one it holds
    only for the rows a partial pull brought, makes this pull read everything once, so that
    every row gets the server's value (a column added with a default is not a change of any
    feature: an incremental pull would never bring it)."""
    types = client.field_types(name)
    known = workspace.server_fields(name)
    grew = types is not None and known is not None and bool(set(types) - set(known))
    if grew or workspace.unfilled(name):
        workspace.set_watermark(name, None)
    return types


def _checked(name: str, changes: list[Change], types: Optional[Mapping[str, str]],
             report: SyncReport) -> list[Change]:
    """The changes the server can store; each other one is named (feature, field, what to do) in
    the report and stays a local edit for a later sync, without blocking the rest."""
    sendable = []
    for change in changes:
        problem = _problem(change, types)
        if problem:
            report.errors.append(tr("{name}: feature {fid} not sent: {problem} It stays in the "
                                    "workspace; correct it, then run the sync again.").format(
                name=name, fid=change.fid, problem=problem))
        else:
            sendable.append(change)
    return sendable


def _problem(change: Change, types: Optional[Mapping[str, str]]) -> Optional[str]:
    body = _body(change)
    if body is None:
        return None
    if not body.get("geometry"):
        return tr("it has no geometry, which the server requires.")
    for key, value in data_properties(body).items():
        problem = _value_problem(key, value, types)
        if problem:
            return problem
    return None


def _value_problem(key: str, value: Any, types: Optional[Mapping[str, str]]) -> Optional[str]:
    if types is not None and key not in types:
        return tr("the field {field} no longer exists on the server (removed or renamed); ask the "
                  "agency which field replaces it.").format(field=key)
    if value is None:
        return None
    if isinstance(value, str) and "\x00" in value:
        return tr("the field {field} holds a NUL character, which the server cannot store.").format(
            field=key)
    kind = (types or {}).get(key, "")
    if isinstance(value, float) and not math.isfinite(value):
        return tr("the field {field} holds {value}, which is not a number the server can store.").format(
            field=key, value=value)
    if kind == "integer" and (isinstance(value, bool) or not isinstance(value, (int, float))
                              or value != int(value) or not -INT64 <= int(value) < INT64):
        return tr("the field {field} holds {value}, which is not a whole number the server can "
                  "store.").format(field=key, value=repr(value)[:40])
    if kind == "number" and (isinstance(value, bool) or not isinstance(value, (int, float))):
        return tr("the field {field} holds {value}, which is not a number.").format(
            field=key, value=repr(value)[:40])
    return None


def _with_version(feature: Feature, version: Optional[int]) -> Feature:
    return {**feature, "properties": {**(feature.get("properties") or {}), VERSION_FIELD: version}}


# -- recovery of an interrupted run ---------------------------------------------------------------
def recover_pushes(client: AgencyClient, workspace: Workspace, name: str) -> int:
    """Close the pushes an interrupted run left open; returns how many had reached the server.

    One that went through becomes the base; one that did not is simply forgotten: the local edit
    is still in the working table and the merge that follows sends it again.
    """
    done = 0
    for entry in workspace.pending_pushes(name):
        stored = client.get(name, entry["fid"])
        applied = _reached_server(entry, stored)
        if applied:
            _adopt(workspace, name, entry, stored)
            done += 1
        workspace.push_done(entry["seq"], "already-applied" if applied else "not-applied")
    return done


def _reached_server(entry: Mapping[str, Any], stored: Optional[Feature]) -> bool:
    kind, sent = entry["kind"], entry["feature"]
    if kind == "delete":
        return stored is None
    if stored is None:
        return False
    if kind == "create":
        return True  # a client UUID: only our create can have stored it
    if entry["expected_version"] is None and feature_version(stored) is None:  # no versions
        return same_content(sent, stored)
    return feature_version(stored) == (entry["expected_version"] or 0) + 1 and same_content(sent, stored)


def _adopt(workspace: Workspace, name: str, entry: Mapping[str, Any], stored: Optional[Feature]) -> None:
    if entry["kind"] == "delete":
        workspace.apply(name, deleted=[entry["fid"]], work=False)
        return
    sent = entry["feature"]
    versioned = workspace.has_versions(name)
    base = stored if same_content(sent, stored) else (_with_version(sent, 1) if versioned else sent)
    workspace.write(name, [base], ("base",))
    if versioned:
        workspace.set_version(name, entry["fid"], feature_version(base))
