"""The sync orchestrator: publish a layer, check collections out, synchronise a workspace.

No HTTP here, only the :class:`AgencyClient` interface, so every protocol gets the same rules:

* **publish** sends features that the caller already transformed to the collection's storage CRS;
  invalid geometries are listed and not sent, schema differences are listed, personal-data fields
  are left out unless named explicitly. ``append`` never overwrites a stored feature (same id,
  other content: refused). ``replace`` stores the new features first (updating those already
  stored under their id) and deletes the others only once every valid feature is stored (the
  server is never left half empty).
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

import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from typing import Any, Optional

from ..i18n import tr
from ..privacy import DEFAULT_POLICY, PrivacyPolicy
from .client import (
    SERVER_FIELDS,
    VERSION_FIELD,
    AgencyClient,
    AlreadyExists,
    BBox,
    Feature,
    Page,
    ServerError,
    SyncCanceled,
    SyncError,
    VersionConflict,
    data_properties,
    feature_version,
    same_content,
)
from .merge import Change, Conflict, build_feature, changed_fields, merge_fields, three_way
from .workspace import WATERMARK_MARGIN_S, Workspace, WorkspaceError

Progress = Callable[[float, str], None]  # percent (0-100), message
CancelCheck = Callable[[], bool]
MODES = ("append", "replace")
POLICIES = ("stop", "mine", "theirs")
FAILING_STATUSES = frozenset({502, 503, 504})  # the server as a whole is failing, not one feature


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


# -- publish -------------------------------------------------------------------------------------
@dataclass
class PublishReport:
    """What a publication did, for the person who asked for it."""

    collection: str
    mode: str
    sent: int = 0
    deleted: int = 0
    refused: list[tuple[str, str]] = field(default_factory=list)  # (feature ref, reason)
    invalid: list[tuple[str, str]] = field(default_factory=list)  # (feature ref, reason)
    unknown_fields: list[str] = field(default_factory=list)  # in the layer, not on the server: left out
    missing_fields: list[str] = field(default_factory=list)  # on the server, not in the layer
    personal_left_out: list[str] = field(default_factory=list)
    personal_included: list[str] = field(default_factory=list)
    replace_skipped: bool = False
    canceled: bool = False

    def summary(self) -> str:
        """A few translated lines saying what was sent, refused and left out."""
        lines = [tr("{sent} feature(s) published to {collection} ({mode}); {refused} refused, "
                    "{invalid} with an invalid geometry not sent.").format(
            sent=self.sent, collection=self.collection, mode=self.mode, refused=len(self.refused),
            invalid=len(self.invalid))]
        if self.mode == "replace":
            lines.append(tr("Old features deleted: {n}.").format(n=self.deleted) if not self.replace_skipped
                         else tr("Old features kept: not every feature could be published."))
        lines += [text.format(fields=", ".join(names)) for text, names in (
            (tr("Personal data left out: {fields}."), self.personal_left_out),
            (tr("Personal data published on request: {fields}."), self.personal_included),
            (tr("Fields unknown to the server, left out: {fields}."), self.unknown_fields),
            (tr("Server fields absent from the layer: {fields}."), self.missing_fields)) if names]
        lines += [tr("Invalid geometry, not sent: {ref} ({reason})").format(ref=r, reason=why)
                  for r, why in self.invalid]
        lines += [tr("Refused by the server: {ref} ({reason})").format(ref=r, reason=why)
                  for r, why in self.refused]
        if self.canceled:
            lines.append(tr("Publication cancelled."))
        return "\n".join(lines)


def geometry_problem(geometry: Optional[Mapping[str, Any]]) -> Optional[str]:
    """Why a GeoJSON geometry cannot be published (None when it can)."""
    if not geometry or not geometry.get("coordinates"):
        return tr("no geometry")
    import shapely
    from shapely.geometry import shape

    try:
        candidate = shape(geometry)
    except (ValueError, TypeError, IndexError, AttributeError) as err:
        return str(err)
    if candidate.is_empty:
        return tr("empty geometry")
    return None if shapely.is_valid(candidate) else shapely.is_valid_reason(candidate)


def _field_names(features: Sequence[Feature]) -> list[str]:
    names: dict[str, None] = {}
    for feature in features:
        names.update(dict.fromkeys(feature.get("properties") or {}))
    return [n for n in names if n not in SERVER_FIELDS and n != "id"]


def _ref(feature: Feature, index: int) -> str:
    return str(feature.get("ref") or feature.get("id") or f"#{index + 1}")


def _check_fields(client: AgencyClient, collection: str, names: list[str], policy: PrivacyPolicy,
                  include: set[str], report: PublishReport) -> set[str]:
    """Fill the report's field lists; return the fields that will be sent."""
    personal = policy.personal_fields(names)
    report.personal_included = [n for n in personal if n in include]
    report.personal_left_out = [n for n in personal if n not in include]
    sent = [n for n in names if n not in report.personal_left_out]
    server = client.schema(collection)
    if server is not None:
        report.unknown_fields = [n for n in sent if n not in server]
        report.missing_fields = [n for n in server if n not in names]
        sent = [n for n in sent if n in server]
    return set(sent)


def publish(client: AgencyClient, collection: str, features: Iterable[Feature], mode: str = "append",
            policy: PrivacyPolicy = DEFAULT_POLICY, include_personal: Iterable[str] = (),
            progress: Optional[Progress] = None, is_canceled: Optional[CancelCheck] = None) -> PublishReport:
    """Publish features (storage CRS, GeoJSON-like dicts) to ``collection``.

    A feature's ``id`` is kept (a retried publication of the same ids does not duplicate); features
    without one get a new UUID. ``feature["ref"]`` (optional) names the feature in the report.
    Unreachable servers and refused credentials raise their :class:`SyncError`.
    """
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}")
    progress, is_canceled = progress or _silent, is_canceled or _never
    features = list(features)
    report = PublishReport(collection, mode)
    client.collection(collection)  # NotFound early, before anything is sent
    kept = _check_fields(client, collection, _field_names(features), policy, set(include_personal), report)
    ready = _prepare(features, kept, report)
    ids = _send_all(client, collection, ready, report, progress, is_canceled)
    if mode == "replace" and not report.canceled:
        _delete_others(client, collection, ids, report, is_canceled)
    return report


def _prepare(features: list[Feature], kept: set[str], report: PublishReport) -> list[tuple[str, Feature]]:
    ready = []
    for index, feature in enumerate(features):
        problem = geometry_problem(feature.get("geometry"))
        if problem:
            report.invalid.append((_ref(feature, index), problem))
            continue
        properties = {k: v for k, v in (feature.get("properties") or {}).items() if k in kept}
        fid = str(feature.get("id") or uuid.uuid4())
        ready.append((_ref(feature, index), {"type": "Feature", "id": fid, "properties": properties,
                                             "geometry": feature["geometry"]}))
    return ready


def _send_all(client: AgencyClient, collection: str, ready: list[tuple[str, Feature]],
              report: PublishReport, progress: Progress, is_canceled: CancelCheck) -> set[str]:
    ids: set[str] = set()
    for index, (ref, feature) in enumerate(ready):
        if is_canceled():
            report.canceled = True
            break
        try:
            ids.add(_publish_one(client, collection, feature, report.mode))
            report.sent += 1
        except (AlreadyExists, VersionConflict) as err:
            report.refused.append((ref, str(err)))
        except ServerError as err:
            if err.status in FAILING_STATUSES:
                raise
            report.refused.append((ref, str(err)))
        progress(100.0 * (index + 1) / max(1, len(ready)),
                 tr("{done} of {total} features sent").format(done=index + 1, total=len(ready)))
    return ids


def _publish_one(client: AgencyClient, collection: str, feature: Feature, mode: str) -> str:
    """Create the feature; in ``replace`` mode a different feature stored under its id is
    replaced (append never overwrites: that is a refusal)."""
    try:
        return client.create(collection, feature)
    except AlreadyExists as err:
        if mode != "replace":
            raise
        client.replace(collection, feature, feature_version(err.server_feature) or 1)
        return str(feature["id"])


def _delete_others(client: AgencyClient, collection: str, ids: set[str], report: PublishReport,
                   is_canceled: CancelCheck) -> None:
    if report.refused:
        report.replace_skipped = True
        return
    old = [f["id"] for page in client.iter_pages(collection) for f in page.features if f["id"] not in ids]
    for fid in old:
        if is_canceled():
            report.canceled = True
            return
        client.delete(collection, str(fid), None)
        report.deleted += 1


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

    def create(self, collection, feature, crs=None):
        return self.client.create(collection, feature, crs)

    def replace(self, collection, feature, expected_version, crs=None):
        return self.client.replace(collection, feature, expected_version, crs)

    def delete(self, collection, fid, expected_version):
        return self.client.delete(collection, fid, expected_version)


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
        workspace.set_area(name, polygon)
    return counts


# -- sync ----------------------------------------------------------------------------------------
@dataclass
class SyncReport:
    """Counts of a sync run; ``errors`` are translated messages (the run can be repeated)."""

    pulled: int = 0
    pushed: int = 0
    conflicts: int = 0
    recovered: int = 0  # pushes of an interrupted run found done on the server
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
            report.errors.append(tr("{name}: {error}").format(name=name, error=err))
    return report


def _sync_collection(client: AgencyClient, workspace: Workspace, name: str, policy: str, step: Progress,
                     is_canceled: CancelCheck, report: SyncReport, page_size: int) -> None:
    step(0.0, tr("{name}: checking unfinished pushes").format(name=name))
    report.recovered += recover_pushes(client, workspace, name)
    started = time.monotonic()
    deleted, listed = _pull(client, workspace, name, step, is_canceled, page_size)
    try:
        plan = _plan(workspace, name, policy, deleted)
        _apply_plan(workspace, name, plan)
        _advance_watermark(workspace, name, plan, time.monotonic() - started, listed)
    finally:
        workspace.discard_theirs(name)
    report.pulled += plan.pulled
    report.conflicts += len(plan.conflicts)
    errors = len(report.errors)
    _push_all(client, workspace, name, plan.to_push, step, is_canceled, report)
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
    if area is not None:  # (those listed unchanged are where the base has them)
        deleted |= {fid for fid in (gone & changed) - listed if not _in_area(client.get(name, fid), area)}
    missing = workspace.unknown_ids(name, kept | changed)
    found = [f for f in (client.get(name, fid) for fid in sorted(missing)) if f is not None]
    if area is not None:
        found = [f for f in found if _in_area(f, area)]
    if found:
        workspace.stage(name, found)
    return deleted


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


def _apply_plan(workspace: Workspace, name: str, plan: _Plan) -> None:
    """Local writes, each a consistent state if the run stops right after it: work before base."""
    workspace.apply(name, plan.applied, plan.deleted)
    workspace.write(name, plan.work, ("work",))
    workspace.write(name, plan.base, ("base",))
    for old, new in plan.renamed:
        workspace.rename(name, old, new)
    workspace.forget_conflicts(name)
    workspace.record_conflicts(name, plan.conflicts)


PUSH_BATCH = 100  # pushes recorded per transaction (a crash leaves at most this many to check)


def _push_all(client: AgencyClient, workspace: Workspace, name: str, changes: list[Change],
              step: Progress, is_canceled: CancelCheck, report: SyncReport) -> None:
    """Send the changes in batches: the batch's intents are committed in one transaction before
    the first is sent, the outcomes (synced state + closed intents + journal) in one after.
    Intents never sent (cancel, failure) are dropped; the one whose answer was lost stays open
    for :func:`recover_pushes`."""
    for start in range(0, len(changes), PUSH_BATCH):
        batch = changes[start:start + PUSH_BATCH]
        if is_canceled():
            raise SyncCanceled(tr("Sync cancelled."))
        seqs = workspace.intend_pushes(name, [(c.kind, c.fid, c.feature, c.expected_version)
                                              for c in batch])
        _push_batch(client, workspace, name, batch, seqs, start, len(changes), step, is_canceled, report)


def _push_batch(client: AgencyClient, workspace: Workspace, name: str, batch: list[Change],
                seqs: list[int], offset: int, total: int, step: Progress, is_canceled: CancelCheck,
                report: SyncReport) -> None:
    written: list[Feature] = []
    deleted: list[str] = []
    done: list[tuple[int, str]] = []
    sent = 0  # changes of the batch whose sending was at least attempted
    try:
        for index, (change, seq) in enumerate(zip(batch, seqs)):
            if is_canceled():
                raise SyncCanceled(tr("Sync cancelled."))
            step(50.0 + 50.0 * (offset + index) / total, tr("{name}: sending {done} of {total} changes")
                 .format(name=name, done=offset + index + 1, total=total))
            sent = index + 1
            try:
                version = _send(client, name, change)
            except (VersionConflict, AlreadyExists) as err:
                done.append((seq, "refused"))
                workspace.set_watermark(name, None)  # the next pull reads everything again
                report.errors.append(tr("{name}: {error} Run the sync again to merge it.").format(
                    name=name, error=err))
                continue
            except ServerError as err:
                if err.status in FAILING_STATUSES:
                    raise
                report.errors.append(tr("{name}: {error}").format(name=name, error=err))
                continue  # stays in the outbox: checked against the server next time
            if change.kind == "delete":
                deleted.append(change.fid)
            else:
                written.append(_with_version(change.feature, version))
            done.append((seq, "pushed"))
            report.pushed += 1
    finally:
        # what the server holds is recorded first; intents never sent are then forgotten
        workspace.record_pushes(name, written, deleted, done)
        if sent < len(seqs):
            workspace.drop_pushes(seqs[sent:])


def _send(client: AgencyClient, name: str, change: Change) -> Optional[int]:
    if change.kind == "create":
        client.create(name, change.feature)
        return 1
    if change.kind == "update":
        return client.replace(name, change.feature, change.expected_version)
    client.delete(name, change.fid, change.expected_version)
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
    return feature_version(stored) == (entry["expected_version"] or 0) + 1 and same_content(sent, stored)


def _adopt(workspace: Workspace, name: str, entry: Mapping[str, Any], stored: Optional[Feature]) -> None:
    if entry["kind"] == "delete":
        workspace.apply(name, deleted=[entry["fid"]], work=False)
        return
    sent = entry["feature"]
    base = stored if same_content(sent, stored) else _with_version(sent, 1)
    workspace.write(name, [base], ("base",))
    workspace.set_version(name, entry["fid"], feature_version(base))
