"""The protocol interface between the offline workspace and an agency server.

One adapter per protocol (OGC API - Features in ``ogcapi.py``, WFS-T in ``wfst.py``) implements
:class:`AgencyClient`; nothing above this interface speaks HTTP. Features travel as GeoJSON-like
dicts (``{"type": "Feature", "id": ..., "properties": {...}, "geometry": {...}}``) with
coordinates in the collection's storage CRS, and the optimistic-locking version in
``properties["version"]`` (kept by the server: an update must carry the stored version).
"""

from __future__ import annotations

import abc
import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Optional

from ..i18n import tr

VERSION_FIELD = "version"
# Fields the server keeps itself: never sent as data, never compared as content.
SERVER_FIELDS = frozenset({VERSION_FIELD, "updated_at"})

Feature = dict[str, Any]
BBox = tuple[float, float, float, float]
Versions = dict[str, tuple[Optional[int], Optional[str]]]  # id -> (version, updated_at)


@dataclass(frozen=True)
class CollectionInfo:
    """What a client needs to know about a published layer before checking it out."""

    id: str
    title: str
    feature_count: Optional[int]
    crs: tuple[str, ...]
    storage_crs: Optional[str]
    extent: Optional[BBox] = None  # CRS84 (lon/lat) bounding box
    item_type: str = "feature"


@dataclass
class Page:
    """One page of features as returned by the server."""

    features: list[Feature]
    offset: int
    number_matched: Optional[int] = None
    crs: Optional[str] = None
    byte_size: int = 0


class SyncError(Exception):
    """Base of every error a client raises; ``str()`` is a translated, user-readable message."""


class Unreachable(SyncError):  # noqa: N818 - domain names
    """No answer: wrong address, server down, network cut, timeout."""


class AuthenticationFailed(SyncError):  # noqa: N818 - domain names
    """The server refused the credentials (HTTP 401 / 403)."""


class Forbidden(AuthenticationFailed):
    """The account is known but not allowed to do this (HTTP 403): its role or collections."""

    status = 403


class NotAnOgcApi(SyncError):  # noqa: N818 - domain names
    """The address answers, but not as the expected protocol."""


class TlsError(SyncError):
    """The TLS handshake or certificate verification failed."""


class ServerError(SyncError):
    """The server failed (HTTP 5xx, or a refusal that is not a version conflict)."""

    def __init__(self, message: str, status: Optional[int] = None):
        super().__init__(message)
        self.status = status


class MalformedResponse(SyncError):  # noqa: N818 - domain names
    """The server answered with something unusable: invalid JSON, wrong type, oversize page."""


class Moved(NotAnOgcApi):
    """The server answered with a redirection the client does not follow: any 3xx to a write
    (nothing was stored: the change stays to be sent), or a read sent to another origin (another
    host, port or scheme, https to http included). ``location`` is the new address, if any."""

    def __init__(self, message: str, location: Optional[str] = None):
        super().__init__(message)
        self.location = location


class SyncCanceled(Exception):  # noqa: N818 - domain name
    """The user cancelled; whatever was done is consistent and the run can be repeated.

    Not a :class:`SyncError` (nothing failed). A client raises it when its ``is_canceled`` says so
    while a download is under way; the session raises it between pages and changes.
    """


class NotFound(SyncError):  # noqa: N818 - domain names
    """The collection does not exist on the server."""


class AlreadyExists(SyncError):  # noqa: N818 - domain names
    """A create found a different feature already stored under the same id."""

    def __init__(self, message: str, server_feature: Feature):
        super().__init__(message)
        self.server_feature = server_feature


class VersionConflict(SyncError):  # noqa: N818 - domain names
    """The server holds another version of the feature (or deleted it) than the one expected."""

    def __init__(self, collection: str, fid: str, expected_version: Optional[int],
                 server_feature: Optional[Feature]):
        self.collection = collection
        self.fid = fid
        self.expected_version = expected_version
        self.server_feature = server_feature
        self.server_version = feature_version(server_feature) if server_feature else None
        super().__init__(self._message())

    def _message(self) -> str:
        if self.server_feature is None:
            return tr("Feature {fid} of {collection} was deleted on the server.").format(
                fid=self.fid, collection=self.collection)
        if self.expected_version is None and self.server_version is None:  # no versions (WFS-T)
            return tr("Feature {fid} of {collection} was changed on the server meanwhile.").format(
                fid=self.fid, collection=self.collection)
        return tr("Feature {fid} of {collection} changed on the server (version {theirs}, "
                  "expected {ours}).").format(fid=self.fid, collection=self.collection,
                                               theirs=self.server_version, ours=self.expected_version)


@dataclass(frozen=True)
class Push:
    """One change to send. ``feature``: what it sends (an update carries only the properties it
    changes); ``base``: for a collection without versions, the server state the change starts
    from (the client's conflict check: the server must still hold those values), else None."""

    kind: str  # "create", "update" or "delete"
    fid: str
    feature: Optional[Feature]
    expected_version: Optional[int]
    base: Optional[Feature] = None
    versioned: bool = True


@dataclass(frozen=True)
class Pushed:
    """The outcome of one :class:`Push`: the ``version`` the server now holds (None without
    versions), or the ``error`` that refused the change or stopped the push. ``sent``: how many
    changes of the list have been sent so far, this one included (a batch sent in one request
    counts whole: if the push stops, the changes sent but not settled are checked next time)."""

    version: Optional[int] = None
    error: Optional[SyncError] = None
    sent: int = 0


def feature_version(feature: Mapping[str, Any]) -> Optional[int]:
    """The server version carried by a feature, if any."""
    value = (feature.get("properties") or {}).get(VERSION_FIELD)
    return int(value) if value is not None else None


def data_properties(feature: Mapping[str, Any]) -> dict[str, Any]:
    """The feature's properties without the fields the server keeps."""
    return {k: v for k, v in (feature.get("properties") or {}).items() if k not in SERVER_FIELDS}


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def same_content(sent: Mapping[str, Any], stored: Mapping[str, Any]) -> bool:
    """True when ``stored`` holds what ``sent`` asked for (geometry and every sent property)."""
    if _canonical(sent.get("geometry")) != _canonical(stored.get("geometry")):
        return False
    theirs = data_properties(stored)
    return all(_canonical(theirs.get(k)) == _canonical(v) for k, v in data_properties(sent).items())


class AgencyClient(abc.ABC):
    """A connection to one agency server, whatever its protocol.

    Every method raises a :class:`SyncError` subclass on failure, never a transport exception.
    ``crs`` arguments are CRS URIs (``http://www.opengis.net/def/crs/EPSG/0/26191``); ``None``
    means the collection's storage CRS, which is what a sync must use (no reprojection drift).
    """

    @abc.abstractmethod
    def collections(self, count: bool = True) -> list[CollectionInfo]:
        """The published collections (with their feature count when ``count``)."""

    @abc.abstractmethod
    def collection(self, collection: str) -> CollectionInfo:
        """One collection's description; :class:`NotFound` if absent."""

    @abc.abstractmethod
    def iter_pages(self, collection: str, bbox: Optional[BBox] = None, crs: Optional[str] = None,
                   page_size: int = 5000) -> Iterator[Page]:
        """Stream the collection page by page (``bbox`` is expressed in ``crs``)."""

    @abc.abstractmethod
    def get(self, collection: str, fid: str, crs: Optional[str] = None) -> Optional[Feature]:
        """One feature, or None if the server has no feature with that id."""

    @abc.abstractmethod
    def create(self, collection: str, feature: Feature, crs: Optional[str] = None) -> str:
        """Store a new feature under its client-generated id (idempotent on retry); return the id."""

    @abc.abstractmethod
    def replace(self, collection: str, feature: Feature, expected_version: int,
                crs: Optional[str] = None) -> int:
        """Replace a feature if the server still holds ``expected_version``; return the new version.

        Raises :class:`VersionConflict` when the server holds another version or deleted it.
        A collection without versions (``expected_version`` None) is called with ``base=``, the
        server state the change starts from: a client without versions (WFS-T) applies the
        change only if the server still holds its base values, and returns None.
        """

    @abc.abstractmethod
    def delete(self, collection: str, fid: str, expected_version: Optional[int]) -> None:
        """Delete a feature if the server still holds ``expected_version`` (None: whatever it holds).

        Deleting a feature that is already gone is not an error. Without versions, ``base=`` is
        given as for :meth:`replace`.
        """

    def push(self, collection: str, changes: Sequence[Push]) -> Iterator[Pushed]:
        """Send ``changes`` in order, yielding one :class:`Pushed` per change once it is settled.

        Default: one request per change (:meth:`push_one`), so the caller may stop between two.
        A client that can batch (WFS-T: one Transaction for many changes) overrides it, keeping
        the per-change outcome (a conflict of one change refuses that change only)."""
        for index, change in enumerate(changes):
            try:
                yield Pushed(version=self.push_one(collection, change), sent=index + 1)
            except SyncError as err:
                yield Pushed(error=err, sent=index + 1)

    def push_one(self, collection: str, change: Push) -> Optional[int]:
        """Send one change through :meth:`create`, :meth:`replace` or :meth:`delete`."""
        if change.kind == "create":
            self.create(collection, change.feature)
            return 1 if change.versioned else None
        base = {} if change.versioned else {"base": change.base}
        if change.kind == "update":
            return self.replace(collection, change.feature, change.expected_version, **base)
        self.delete(collection, change.fid, change.expected_version, **base)
        return None

    def schema(self, collection: str) -> Optional[list[str]]:
        """The collection's data fields (without the server-kept ones); None when unknown.

        Default: the properties of its first feature (an empty collection tells nothing).
        """
        pages = self.iter_pages(collection, page_size=1)
        try:
            first = next(iter(pages), None)
        finally:
            close = getattr(pages, "close", None)
            if close is not None:
                close()
        if first is None or not first.features:
            return None
        return [k for k in first.features[0].get("properties") or {} if k not in SERVER_FIELDS]

    def field_types(self, collection: str) -> Optional[dict[str, str]]:
        """The collection's data fields (without the server-kept ones) and their JSON Schema types
        (``string``, ``integer``, ``number``, ``boolean``…; ``""`` when not said); None when the
        server does not describe them. A sync learns the schema with it at every run."""
        return None

    # -- incremental pull (optional: None means "not supported", the caller pulls everything) --
    def changes_since(self, collection: str, since: str, bbox: Optional[BBox] = None,
                      page_size: int = 5000) -> Optional[Iterator[Page]]:
        """Pages of the features whose ``updated_at`` is after ``since`` (ISO timestamp), in the
        storage CRS; None when the server cannot filter on it."""
        return None

    def count_unchanged(self, collection: str, since: str, bbox: Optional[BBox] = None) -> Optional[int]:
        """How many features have an ``updated_at`` at or before ``since`` (or none); None if unknown."""
        return None

    def count_changed(self, collection: str, since: str, bbox: Optional[BBox] = None) -> Optional[int]:
        """How many features have an ``updated_at`` after ``since``; None if unknown."""
        return None

    def versions_since(self, collection: str, since: str,
                       bbox: Optional[BBox] = None) -> Optional[Versions]:
        """``{id: (version, updated_at)}`` of the features changed after ``since``, without their
        geometries (cheaper than the features when most of them are known already); None if
        unsupported."""
        return None

    def list_ids(self, collection: str, since: str, changed: bool,
                 bbox: Optional[BBox] = None) -> Optional[set[str]]:
        """Ids of the features changed after ``since`` (``changed``) or not; None if unsupported."""
        return None

    def close(self) -> None:  # noqa: B027 - optional hook, most adapters hold nothing
        """Release connections."""

    def __enter__(self) -> AgencyClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
