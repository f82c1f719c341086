"""OGC API - Features (Parts 1, 2 and 4) adapter of :class:`AgencyClient`, over ``requests``.

What the reference server (pygeoapi 0.21 over PostGIS) really does, and how this copes with it:

* a write's ``Content-Type`` must be exactly ``application/geo+json`` (anything else: 400);
* coordinates are stored as sent, as if in the storage CRS, whatever ``Content-Crs`` says (it is
  ignored; a ``charset`` parameter in the Content-Type gives a 400): writes are refused in any
  other CRS, ``Content-Crs`` is sent for servers that honour it, and reads ask ``crs=<storage>``;
* PUT needs the id in the body and merges the properties it receives: we send them all;
* PUT is an upsert and there is no ETag: the version check is a database trigger whose refusal
  comes back as a bare HTTP 500, so after a 5xx/409/404 we re-read the feature to tell a version
  conflict from a failure. ETag / If-Match / 412 are used when a server offers them;
* a duplicate POST is a 500 too: a create is retried safely by re-reading the id;
* pages larger than ``server.limits.max_items`` are silently shortened: paging follows
  ``numberMatched`` and the page size the server really returned.

The transport (redirects, credentials, deadlines, cancel) is :mod:`.http`'s, shared with WFS-T.
What a hostile or broken server cannot do here besides:

* make paging run for ever or count a feature twice: a page whose features were all read
  already (a server ignoring ``offset``) stops the listing, an id seen twice is refused
  (:class:`MalformedResponse` naming the collection), an empty page ends it, and a listing stops
  at ``max_features`` (default ``MAX_FEATURES``);
* slip NaN / Infinity into a feature: such literals are refused, naming the feature.
"""

from __future__ import annotations

import json
import math
import uuid
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
from operator import itemgetter
from typing import Any, Optional, Union
from urllib.parse import quote

import requests

from ..i18n import tr
from .client import (
    SERVER_FIELDS,
    VERSION_FIELD,
    AgencyClient,
    AlreadyExists,
    BBox,
    CollectionInfo,
    Feature,
    MalformedResponse,
    NotAnOgcApi,
    NotFound,
    Page,
    ServerError,
    VersionConflict,
    Versions,
    data_properties,
    feature_version,
    same_content,
)
from .http import (
    DEFAULT_DEADLINE_S,
    DEFAULT_MAX_PAGE_BYTES,
    Auth,
    HttpClient,
    _media_type,
    _without_query,
)

GEOJSON = "application/geo+json"
JSON_TYPES = frozenset({"application/json", GEOJSON, "application/schema+json"})
ACCEPT = "application/geo+json, application/json;q=0.9"
CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
# The most features one listing reads: far beyond a field workspace or an agency's layer (a few
# hundred thousand), small enough to stop a server that makes up features for ever.
MAX_FEATURES = 10_000_000
_feature_id = itemgetter("id")



class OgcApiFeaturesClient(HttpClient, AgencyClient):
    """An agency server speaking OGC API - Features with Part 4 (create, replace, delete).

    ``auth`` is a ``requests`` auth object or callable that decorates each request (the QGIS side
    fills it from the authentication manager; credentials are never stored here); ``headers``
    are added to every request. Both only ever reach ``base_url``'s origin. ``sort_by`` keeps
    paging stable while others edit the data.

    ``timeout`` is (connect, read) per socket operation; ``deadline_s`` bounds a whole request,
    answer included; ``is_canceled`` (a callable, may be set later: the session does during a
    sync) is checked while a read's answer arrives and stops it with :class:`SyncCanceled`.
    ``max_features`` bounds one listing. ``base_url`` must not carry credentials, and ``auth``
    over plain http is refused outside loopback unless ``allow_insecure`` (see
    :func:`address_problem`): ``ValueError``.
    """

    def __init__(self, base_url: str, auth: Optional[Auth] = None,
                 headers: Optional[Mapping[str, str]] = None,
                 timeout: tuple[float, float] = (10.0, 120.0), verify: Union[bool, str] = True,
                 max_page_bytes: int = DEFAULT_MAX_PAGE_BYTES, concurrency: int = 2,
                 sort_by: Optional[str] = "id", deadline_s: float = DEFAULT_DEADLINE_S,
                 max_features: int = MAX_FEATURES, allow_insecure: bool = False,
                 is_canceled: Optional[Callable[[], bool]] = None,
                 proxies: Optional[Mapping[str, str]] = None):
        super().__init__(base_url, auth, {"Accept": ACCEPT, **(headers or {})}, timeout, verify,
                         max_page_bytes, deadline_s, allow_insecure, is_canceled, proxies)
        self.max_features = max_features
        self.concurrency = max(1, concurrency)
        self.sort_by = sort_by
        self._collections: dict[str, CollectionInfo] = {}
        self._etags: dict[tuple[str, str], str] = {}
        self._no_filter: set[str] = set()  # collections whose server refused an updated_at filter

    # -- transport ----------------------------------------------------------------------------
    def _url(self, *parts: str) -> str:
        return "/".join([self.base_url, *(quote(str(p), safe="") for p in parts)])


    def _json(self, response: requests.Response, error: type = MalformedResponse) -> Any:
        """The JSON body of a successful response, else ``error`` (or a transport-level error)."""
        if response.status_code >= 500:
            raise self._server_error(response)
        if _media_type(response) not in JSON_TYPES:
            raise error(tr("{url} answered with {type} instead of JSON (HTTP {status}).").format(
                url=response.url, type=_media_type(response) or "?", status=response.status_code))
        constants: list[str] = []
        try:
            document = json.loads(response.content, parse_constant=lambda name: (
                constants.append(name), float(name))[1])
        except ValueError as err:
            raise error(tr("{url} answered with invalid JSON: {error}").format(
                url=response.url, error=err)) from err
        if constants:
            _refuse_non_numbers(document, response.url)
        return document

    def _server_error(self, response: requests.Response) -> ServerError:
        return ServerError(tr("The server failed (HTTP {status}) on {url}.").format(
            status=response.status_code, url=response.url), response.status_code)

    def _refused(self, response: requests.Response) -> ServerError:
        detail = response.text[:300] if _media_type(response) in JSON_TYPES else ""
        return ServerError(tr("The server refused the request (HTTP {status}) on {url}. {detail}")
                           .format(status=response.status_code, url=response.url, detail=detail),
                           response.status_code)

    # -- collections --------------------------------------------------------------------------
    def collections(self, count: bool = True) -> list[CollectionInfo]:
        response = self._request("GET", self._url("collections"))
        if response.status_code >= 500:
            raise self._server_error(response)
        if response.status_code != 200:
            raise self._not_ogcapi()
        document = self._json(response, NotAnOgcApi)
        if not isinstance(document, dict) or not isinstance(document.get("collections"), list):
            raise self._not_ogcapi()
        infos = [self._collection_info(c, count) for c in document["collections"]]
        self._collections.update((info.id, info) for info in infos)
        return infos

    def collection(self, collection: str) -> CollectionInfo:
        if collection not in self._collections:
            response = self._request("GET", self._url("collections", collection))
            if response.status_code == 404:
                raise NotFound(tr("The server has no collection {name}.").format(name=collection))
            self._collections[collection] = self._collection_info(self._json(response), True)
        return self._collections[collection]

    def _not_ogcapi(self) -> NotAnOgcApi:
        return NotAnOgcApi(tr("{url} is not an OGC API - Features server.").format(url=self.base_url))

    def _collection_info(self, document: Mapping[str, Any], count: bool) -> CollectionInfo:
        if not isinstance(document, Mapping) or "id" not in document:
            raise MalformedResponse(tr("A collection description has no id."))
        cid, item_type = str(document["id"]), str(document.get("itemType", "feature"))
        return CollectionInfo(
            id=cid, title=str(document.get("title") or cid),
            feature_count=self._count(cid) if count and item_type == "feature" else None,
            crs=tuple(document.get("crs") or (CRS84,)), storage_crs=document.get("storageCrs"),
            extent=_extent(document), item_type=item_type)

    def _count(self, collection: str) -> Optional[int]:
        """``numberMatched`` of a one-feature page (pygeoapi: ``resulttype=hits``); None if unknown."""
        response = self._request("GET", self._url("collections", collection, "items"),
                                 params={"limit": 1, "resulttype": "hits"})
        if response.status_code != 200 or _media_type(response) not in JSON_TYPES:
            return None
        document = self._json(response)
        matched = document.get("numberMatched") if isinstance(document, dict) else None
        return int(matched) if isinstance(matched, (int, float, str)) and str(matched).isdigit() else None

    def schema(self, collection: str) -> Optional[list[str]]:
        """The data fields from ``/queryables`` (Part 3; pygeoapi lists every column), else the
        first feature's properties. A server refuses a write carrying a field it does not know."""
        types = self.field_types(collection)
        return list(types) if types is not None else super().schema(collection)

    def field_types(self, collection: str) -> Optional[dict[str, str]]:
        """The data fields and their JSON types from ``/queryables``; None when not offered."""
        response = self._request("GET", self._url("collections", collection, "queryables"),
                                 params={"f": "json"})
        if response.status_code == 200 and _media_type(response) in JSON_TYPES:
            document = self._json(response)
            properties = document.get("properties") if isinstance(document, dict) else None
            if isinstance(properties, dict):
                return {name: str(spec.get("type") or "") for name, spec in properties.items()
                        if _is_data_field(name, spec)}
        return None

    def _crs(self, collection: str, crs: Optional[str]) -> str:
        return crs or self.collection(collection).storage_crs or CRS84

    # -- reading ------------------------------------------------------------------------------
    def iter_pages(self, collection: str, bbox: Optional[BBox] = None, crs: Optional[str] = None,
                   page_size: int = 5000) -> Iterator[Page]:
        params = self._page_params(collection, bbox, self._crs(collection, crs))
        yield from self._pages_after(collection, params, self._page(collection, params, 0, page_size),
                                     page_size)

    def _pages_after(self, collection: str, params: dict, first: Page, page_size: int) -> Iterator[Page]:
        """``first`` then the next pages: concurrently when the server says how many features
        match, one after the other until an empty page otherwise.

        Every feature id is checked once (one set): a page of features all read already (a
        server that ignores ``offset``) or an id seen twice stops the listing with
        :class:`MalformedResponse`, rather than loop for ever or count a feature twice; an empty
        page ends it (the collection shrank, or ``numberMatched`` was wrong); more than
        ``max_features`` features stop it too."""
        seen: set[Any] = set()
        self._check_ids(collection, first, seen)
        yield first
        step, matched = len(first.features), first.number_matched
        if step == 0 or (matched is not None and step >= matched):
            return
        if matched is None:
            pages = self._sequential_pages(collection, params, step, page_size)
        else:
            if matched > self.max_features:
                raise self._too_many(collection)
            pages = self._parallel_pages(collection, params, range(step, matched, step), step)
        try:
            for page in pages:
                if not page.features:
                    return
                self._check_ids(collection, page, seen)
                yield page
        finally:
            pages.close()

    def _check_ids(self, collection: str, page: Page, seen: set[Any]) -> None:
        """Add the page's ids to ``seen``; refuse a page read already or an id seen twice."""
        features = page.features
        try:
            if seen.isdisjoint(map(_feature_id, features)):
                before = len(seen)
                seen.update(map(_feature_id, features))
                if len(seen) - before == len(features):
                    if len(seen) > self.max_features:
                        raise self._too_many(collection)
                    return
                fid = _first_repeated(map(_feature_id, features))  # twice within the page
            elif all(f["id"] in seen for f in features):
                raise MalformedResponse(tr(
                    "The server sent features of {collection} it had already sent (at offset {offset}): "
                    "it does not page (it ignores offset), so the collection cannot be read completely. "
                    "Tell the server's administrator.").format(collection=collection, offset=page.offset))
            else:
                fid = next(f["id"] for f in features if f["id"] in seen)
        except TypeError:  # an id that is a list or an object
            raise MalformedResponse(tr("A feature of {collection} has an id that is neither a string "
                                       "nor a number.").format(collection=collection)) from None
        if fid is None:
            raise MalformedResponse(tr("Features of {collection} have no id: they cannot be synchronised.")
                                    .format(collection=collection))
        raise MalformedResponse(tr(
            "Feature {fid} of {collection} came twice while the pages were read (the data changed on "
            "the server meanwhile, or its paging order is not stable): the download stopped, try "
            "again.").format(fid=fid, collection=collection))

    def _too_many(self, collection: str) -> MalformedResponse:
        return MalformedResponse(tr("{collection} has more than {limit} features: more than one listing "
                                    "reads (max_features). Check out a smaller area.").format(
            collection=collection, limit=self.max_features))

    # -- incremental pull (pygeoapi on PostgreSQL: CQL2 text on the updated_at column) ----------
    def _filtered(self, collection: str, params: dict, size: int) -> Optional[Page]:
        """The first page of a filtered request; None (remembered) when the server says it cannot
        filter (400, 501). A 500 may be the filter (pygeoapi answers 500 to a CQL function it
        cannot translate) or a failure: it is raised as usual, and remembered so that the next
        pull of this client reads everything. Transport errors are raised as usual."""
        if collection in self._no_filter:
            return None
        try:
            return self._page(collection, params, 0, size)
        except ServerError as err:
            if err.status in (400, 501):
                self._no_filter.add(collection)
                return None
            if err.status == 500:
                self._no_filter.add(collection)
            raise

    def changes_since(self, collection: str, since: str, bbox: Optional[BBox] = None,
                      page_size: int = 5000) -> Optional[Iterator[Page]]:
        params = {**self._page_params(collection, bbox, self._crs(collection, None)),
                  "filter": _since_filter(since, True)}
        first = self._filtered(collection, params, page_size)
        return None if first is None else self._pages_after(collection, params, first, page_size)

    def count_unchanged(self, collection: str, since: str, bbox: Optional[BBox] = None) -> Optional[int]:
        return self._count_since(collection, since, False, bbox)

    def count_changed(self, collection: str, since: str, bbox: Optional[BBox] = None) -> Optional[int]:
        return self._count_since(collection, since, True, bbox)

    def _count_since(self, collection: str, since: str, changed: bool, bbox: Optional[BBox]) -> Optional[int]:
        params = {**self._page_params(collection, bbox, self._crs(collection, None)),
                  "filter": _since_filter(since, changed), "resulttype": "hits"}
        params.pop("sortby", None)
        page = self._filtered(collection, params, 1)
        return None if page is None else page.number_matched

    def versions_since(self, collection: str, since: str,
                       bbox: Optional[BBox] = None) -> Optional[Versions]:
        params = {**self._page_params(collection, bbox, self._crs(collection, None)),
                  "filter": _since_filter(since, True), "skipGeometry": "true",
                  "properties": f"{VERSION_FIELD},updated_at"}
        first = self._filtered(collection, params, 10000)
        if first is None:
            return None
        versions: Versions = {}
        for page in self._pages_after(collection, params, first, 10000):
            for feature in page.features:
                properties = feature["properties"]
                version = properties.get(VERSION_FIELD)
                versions[str(feature["id"])] = (int(version) if version is not None else None,
                                                properties.get("updated_at"))
        return versions

    def list_ids(self, collection: str, since: str, changed: bool,
                 bbox: Optional[BBox] = None) -> Optional[set[str]]:
        params = {**self._page_params(collection, bbox, self._crs(collection, None)),
                  "filter": _since_filter(since, changed), "skipGeometry": "true",
                  "properties": VERSION_FIELD}
        first = self._filtered(collection, params, 10000)
        if first is None:
            return None
        return {str(f["id"]) for page in self._pages_after(collection, params, first, 10000)
                for f in page.features}

    def _page_params(self, collection: str, bbox: Optional[BBox], crs: str) -> dict[str, Any]:
        params: dict[str, Any] = {"crs": crs}
        if self.sort_by:
            params["sortby"] = self.sort_by
        if bbox is not None:
            params.update({"bbox": ",".join(repr(float(v)) for v in bbox), "bbox-crs": crs})
        return params

    def _sequential_pages(self, collection: str, params: dict, offset: int, size: int) -> Iterator[Page]:
        while True:
            page = self._page(collection, params, offset, size)
            if not page.features:
                return
            yield page
            offset += len(page.features)

    def _parallel_pages(self, collection: str, params: dict, offsets: range, size: int) -> Iterator[Page]:
        """Fetch the next pages ``concurrency`` at a time, yielding them in order. Closed early
        (an error, a cancel, an empty page), it waits only for the requests already under way."""
        with ThreadPoolExecutor(max_workers=self.concurrency) as pool:
            pending: deque[Future] = deque()
            try:
                for offset in offsets:
                    pending.append(pool.submit(self._page, collection, params, offset, size))
                    if len(pending) >= self.concurrency:
                        yield pending.popleft().result()
                while pending:
                    yield pending.popleft().result()
            finally:
                for future in pending:
                    future.cancel()

    def _page(self, collection: str, params: dict, offset: int, size: int) -> Page:
        response = self._request("GET", self._url("collections", collection, "items"),
                                 params={**params, "limit": size, "offset": offset})
        if response.status_code == 404:
            raise NotFound(tr("The server has no collection {name}.").format(name=collection))
        if response.status_code != 200:
            raise self._refused(response)
        document = self._json(response)
        features = document.get("features") if isinstance(document, dict) else None
        if not isinstance(features, list):
            raise MalformedResponse(tr("{url} did not return a feature collection.").format(
                url=response.url))
        try:
            cleaned = [_clean(f) for f in features]
        except (AttributeError, TypeError, ValueError):  # not an object, properties not an object
            raise MalformedResponse(tr("{url} returned a feature that is not an object.").format(
                url=_without_query(response.url))) from None
        return Page(features=cleaned, offset=offset, number_matched=_count_of(document.get("numberMatched")),
                    crs=params.get("crs"), byte_size=len(response.content))

    def get(self, collection: str, fid: str, crs: Optional[str] = None) -> Optional[Feature]:
        response = self._request("GET", self._url("collections", collection, "items", fid),
                                 params={"crs": self._crs(collection, crs)})
        if response.status_code == 404:
            return None
        if response.status_code != 200:
            raise self._refused(response)
        feature = self._json(response)
        if not isinstance(feature, dict) or feature.get("type") != "Feature":
            raise MalformedResponse(tr("{url} did not return a feature.").format(url=response.url))
        self._remember_etag(collection, fid, response)
        return _clean(feature)

    def _remember_etag(self, collection: str, fid: str, response: requests.Response) -> None:
        etag = response.headers.get("ETag")
        if etag:
            self._etags[(collection, fid)] = etag
        else:
            self._etags.pop((collection, fid), None)

    # -- writing ------------------------------------------------------------------------------
    def _write_headers(self, collection: str, crs: Optional[str]) -> dict[str, str]:
        """Writes go in the storage CRS only: pygeoapi ignores Content-Crs and stores the
        coordinates as sent, so anything else would silently land in the wrong place."""
        storage = self._crs(collection, None)
        if crs is not None and crs != storage:
            raise ValueError(f"features must be written in the storage CRS {storage}, not {crs}")
        return {"Content-Type": GEOJSON, "Content-Crs": f"<{storage}>"}

    def create(self, collection: str, feature: Feature, crs: Optional[str] = None) -> str:
        fid = str(feature.get("id") or uuid.uuid4())
        body = {"type": "Feature", "id": fid, "properties": data_properties(feature),
                "geometry": feature.get("geometry")}
        response = self._request("POST", self._url("collections", collection, "items"),
                                 data=_dump(body), headers=self._write_headers(collection, crs))
        if response.status_code in (200, 201, 204):
            return fid
        if response.status_code in (409,) or response.status_code >= 500:
            return self._settle_create(collection, fid, body, crs, response)
        raise self._refused(response)

    def _settle_create(self, collection: str, fid: str, body: Feature, crs: Optional[str],
                       response: requests.Response) -> str:
        """After a refused create, an identical stored feature means a retried create: done."""
        stored = self.get(collection, fid, crs)
        if stored is None:
            raise self._server_error(response)
        if same_content(body, stored):
            return fid
        raise AlreadyExists(tr("Feature {fid} already exists in {collection} with other content.")
                            .format(fid=fid, collection=collection), stored)

    def replace(self, collection: str, feature: Feature, expected_version: int,
                crs: Optional[str] = None) -> int:
        fid = str(feature["id"])
        body = {"type": "Feature", "id": fid, "geometry": feature.get("geometry"),
                "properties": {**data_properties(feature), VERSION_FIELD: expected_version}}
        headers = self._write_headers(collection, crs)
        etag = self._etags.get((collection, fid))
        if etag:
            headers["If-Match"] = etag
        response = self._request("PUT", self._url("collections", collection, "items", fid),
                                 data=_dump(body), headers=headers)
        if response.status_code in (200, 204):
            self._etags.pop((collection, fid), None)
            return expected_version + 1
        if response.status_code in (404, 409, 412) or response.status_code >= 500:
            return self._settle_replace(collection, body, expected_version, crs, response)
        raise self._refused(response)

    def _settle_replace(self, collection: str, body: Feature, expected: int, crs: Optional[str],
                        response: requests.Response) -> int:
        """Tell a version conflict from a failure by re-reading the feature."""
        fid = body["id"]
        stored = self.get(collection, fid, crs)
        stored_version = feature_version(stored) if stored else None
        if stored is not None and stored_version == expected + 1 and same_content(body, stored):
            return stored_version  # our own earlier attempt went through
        if stored is None or stored_version != expected or response.status_code == 412:
            raise VersionConflict(collection, fid, expected, stored)
        raise self._server_error(response) if response.status_code >= 500 else self._refused(response)

    def delete(self, collection: str, fid: str, expected_version: Optional[int]) -> None:
        headers = {}
        if expected_version is not None:
            stored = self.get(collection, fid)
            if stored is None:
                return
            if feature_version(stored) != expected_version:
                raise VersionConflict(collection, fid, expected_version, stored)
            etag = self._etags.get((collection, fid))
            if etag:
                headers["If-Match"] = etag
        response = self._request("DELETE", self._url("collections", collection, "items", fid),
                                 headers=headers)
        if response.status_code in (200, 202, 204, 404):
            self._etags.pop((collection, fid), None)
            return
        if response.status_code == 412:
            raise VersionConflict(collection, fid, expected_version, self.get(collection, fid))
        raise self._server_error(response) if response.status_code >= 500 else self._refused(response)


def _since_filter(since: str, changed: bool) -> str:
    """CQL2 text on ``updated_at`` (pygeoapi 0.21 takes a quoted string; TIMESTAMP() gives 500)."""
    stamp = datetime.fromisoformat(since.replace("Z", "+00:00")).isoformat()  # no quote can pass
    if changed:
        return f"updated_at > '{stamp}'"
    return f"updated_at <= '{stamp}' OR updated_at IS NULL"


def _is_data_field(name: str, spec: Any) -> bool:
    if name in SERVER_FIELDS or not isinstance(spec, dict):
        return False
    role = spec.get("x-ogc-role")
    return role not in ("id", "primary-geometry") and not str(spec.get("format", "")).startswith("geometry")


def _first_repeated(ids: Iterator[Any]) -> Any:
    met: set[Any] = set()
    for fid in ids:
        if fid in met:
            return fid
        met.add(fid)
    return None


def _count_of(value: Any) -> Optional[int]:
    """A count the server gave (``numberMatched``), None when absent or not a count."""
    if isinstance(value, str) and value.isdigit():
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    if isinstance(value, float) and math.isfinite(value) and value >= 0 and value.is_integer():
        return int(value)
    return None


def _refuse_non_numbers(document: Any, url: str) -> None:
    """Refuse a feature (or feature collection) holding NaN or Infinity (a literal JSON does not
    have, that Python's json writes and reads): a coordinate or a value that is not a number
    would be stored as such, or as NULL. Only called when the parser met such a literal."""
    features = document.get("features") if isinstance(document, dict) else None
    if isinstance(document, dict) and document.get("type") == "Feature":
        features = [document]
    for feature in features if isinstance(features, list) else ():
        if not isinstance(feature, dict):
            continue
        if not _all_finite(feature.get("geometry")):
            raise MalformedResponse(tr("Feature {fid} from {url} has a coordinate that is not a number "
                                       "(NaN or infinite): refused.").format(
                fid=feature.get("id"), url=_without_query(url)))
        properties = feature.get("properties")
        for name, value in (properties.items() if isinstance(properties, dict) else ()):
            if not _all_finite(value):
                raise MalformedResponse(tr("Feature {fid} from {url} has a value that is not a number "
                                           "(NaN or infinite) in {field}: refused.").format(
                    fid=feature.get("id"), url=_without_query(url), field=name))


def _all_finite(value: Any) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, dict):
        return all(_all_finite(v) for v in value.values())
    if isinstance(value, list):
        return all(_all_finite(v) for v in value)
    return True


def _dump(document: Mapping[str, Any]) -> bytes:
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _clean(feature: Mapping[str, Any]) -> Feature:
    """Keep only the GeoJSON members of a feature (drop links, prev/next…). A property repeating
    the feature's id (pygeoapi 0.22 and later put the id column among the properties) is the id,
    not data: kept, it would be stored as a column and sent back as a field the server does not
    list as one."""
    properties = dict(feature.get("properties") or {})
    fid = feature.get("id")
    if "id" in properties and fid is not None and str(properties["id"]) == str(fid):
        del properties["id"]
    return {"type": "Feature", "id": fid, "properties": properties, "geometry": feature.get("geometry")}


def _extent(document: Mapping[str, Any]) -> Optional[BBox]:
    try:
        box = document["extent"]["spatial"]["bbox"][0]
        return (float(box[0]), float(box[1]), float(box[2]), float(box[3]))
    except (KeyError, IndexError, TypeError, ValueError):
        return None
