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

What a hostile or broken server cannot do (transport rules):

* make a write look stored: redirects are never followed for a write (``requests`` would repeat
  a POST / PUT / DELETE answered 301-303 as a GET, get a 200 and call it done); any 3xx to a write
  is :class:`Moved` (nothing stored, the change stays to be sent). A change counts as stored only
  when the server answered that very write with success;
* get the credentials elsewhere: reads follow redirects only within the connection's origin
  (same scheme, host and port: never https to http), so the auth object and the headers are only
  ever applied to the connection's own server; an address with ``user:password@`` is refused
  (credentials belong in an authentication configuration) and no message echoes one;
* hang a download: every request has a total deadline (``deadline_s``, default
  ``DEFAULT_DEADLINE_S``) checked while the body arrives, chunk by chunk (one socket read per
  chunk, so a server trickling a byte every few seconds is stopped too), and the caller's
  ``is_canceled`` is checked there as well (:class:`SyncCanceled`). The per-read ``timeout``
  still bounds the wait for the headers;
* make paging run for ever or count a feature twice: a page whose features were all read
  already (a server ignoring ``offset``) stops the listing, an id seen twice is refused
  (:class:`MalformedResponse` naming the collection), an empty page ends it, and a listing stops
  at ``max_features`` (default ``MAX_FEATURES``);
* slip NaN / Infinity into a feature: such literals are refused, naming the feature.
"""

from __future__ import annotations

import http.client
import ipaddress
import json
import math
import re
import time
import uuid
import zlib
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
from operator import itemgetter
from typing import Any, Optional, Union
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

import requests
import urllib3

from ..i18n import tr
from .client import (
    SERVER_FIELDS,
    VERSION_FIELD,
    AgencyClient,
    AlreadyExists,
    AuthenticationFailed,
    BBox,
    CollectionInfo,
    Feature,
    MalformedResponse,
    Moved,
    NotAnOgcApi,
    NotFound,
    Page,
    ServerError,
    SyncCanceled,
    TlsError,
    Unreachable,
    VersionConflict,
    Versions,
    data_properties,
    feature_version,
    same_content,
)

GEOJSON = "application/geo+json"
JSON_TYPES = frozenset({"application/json", GEOJSON, "application/schema+json"})
ACCEPT = "application/geo+json, application/json;q=0.9"
CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"
DEFAULT_MAX_PAGE_BYTES = 256 * 1024 * 1024
CHUNK = 256 * 1024  # the most one socket read returns: fewer bytes arrive as soon as they are there
DEFAULT_DEADLINE_S = 300.0  # the longest one request may take, its whole answer included
# The most features one listing reads: far beyond a field workspace or an agency's layer (a few
# hundred thousand), small enough to stop a server that makes up features for ever.
MAX_FEATURES = 10_000_000
MAX_REDIRECTS = 5
REDIRECTS = frozenset({301, 302, 303, 307, 308})
READS = frozenset({"GET", "HEAD"})
_USERINFO = re.compile(r"//[^/?#@\s]*@")
_feature_id = itemgetter("id")

Auth = Union[requests.auth.AuthBase, Callable[[requests.PreparedRequest], requests.PreparedRequest]]


def _media_type(response: requests.Response) -> str:
    return response.headers.get("Content-Type", "").split(";")[0].strip().lower()


# -- addresses and credentials (the one rule of the client, the dock and Processing) ------------------
def _netloc(url: str) -> str:
    return re.split(r"[/?#]", url.partition("://")[2], maxsplit=1)[0]


def has_userinfo(url: str) -> bool:
    """True when ``url`` carries ``user[:password]@`` before its host."""
    return "@" in _netloc(url)


def strip_userinfo(url: str) -> str:
    """``url`` without ``user:password@`` (an address is never shown with credentials)."""
    return _USERINFO.sub("//", url)


def is_loopback(url: str) -> bool:
    """True when ``url`` points at this computer (localhost, 127.0.0.0/8, ::1)."""
    try:
        host = (urlsplit(url).hostname or "").rstrip(".")
    except ValueError:
        return False
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def address_problem(url: str, authenticated: bool = False, allow_insecure: bool = False) -> Optional[str]:
    """Why a connection must not use ``url`` (None when it may): the rule of the client, the
    dock's connection dialog and Processing.

    * no ``user:password@`` in the address: it would be stored in QGIS's settings and in every
      workspace, and shown in messages. Credentials go in an authentication configuration;
    * credentials (``authenticated``) over plain ``http://`` only to this computer (loopback), or
      when the connection explicitly allows it (``allow_insecure``, off by default): anyone on the
      way reads them otherwise.
    """
    if has_userinfo(url):
        return tr("The address {url} contains a user name or password: remove them and choose an "
                  "authentication configuration instead (the address is stored and shown, the "
                  "configuration is encrypted).").format(url=strip_userinfo(url))
    if (authenticated and url.lower().startswith("http://") and not allow_insecure
            and not is_loopback(url)):
        return tr("The address {url} is not encrypted (http://): the credentials would cross the "
                  "network readable by anyone on the way. Use https://, or allow credentials over "
                  "unencrypted http for this connection (only on a network you trust).").format(url=url)
    return None


def _redact(error: BaseException) -> str:
    """An error's text without any ``user:password@`` it might quote."""
    return strip_userinfo(str(error))


def _decoder(encoding: str) -> Optional[Any]:
    """A zlib decoder for a gzip (or zlib ``deflate``) body; None when the body is not encoded."""
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return None
    if encoding in ("gzip", "x-gzip", "deflate"):
        return zlib.decompressobj(32 + zlib.MAX_WBITS)  # gzip or zlib header, detected
    raise MalformedResponse(tr("The server compressed its answer with {encoding}, which was not asked "
                               "for.").format(encoding=encoding))


def _origin(url: str) -> tuple[str, str, Optional[int]]:
    """(scheme, host, port) of ``url``, the default port made explicit."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port
    except ValueError:
        port = -1
    return scheme, (parts.hostname or "").rstrip("."), port or {"http": 80, "https": 443}.get(scheme)


def _without_query(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(query="", fragment=""))


class _Session(requests.Session):
    """A session that never handles a redirect itself (:meth:`OgcApiFeaturesClient._send` does).

    Even with ``allow_redirects=False``, ``requests`` prepares the next request of a redirect and
    reads the redirect's body for it, without any deadline: a server could hang it there."""

    def get_redirect_target(self, resp: requests.Response) -> None:
        return None


class OgcApiFeaturesClient(AgencyClient):
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
                 is_canceled: Optional[Callable[[], bool]] = None):
        problem = address_problem(base_url, auth is not None, allow_insecure)
        if problem:
            raise ValueError(problem)
        self.base_url = base_url.rstrip("/")
        self._origin = _origin(self.base_url)
        self.timeout = timeout
        self.deadline_s = deadline_s
        self.is_canceled = is_canceled
        self.max_page_bytes = max_page_bytes
        self.max_features = max_features
        self.concurrency = max(1, concurrency)
        self.sort_by = sort_by
        self._session = _Session()
        self._session.auth = auth
        self._session.verify = verify
        # gzip only: the body is decoded here, while it arrives (see _read_body)
        self._session.headers.update({"Accept": ACCEPT, "Accept-Encoding": "gzip", **(headers or {})})
        self._collections: dict[str, CollectionInfo] = {}
        self._etags: dict[tuple[str, str], str] = {}
        self._no_filter: set[str] = set()  # collections whose server refused an updated_at filter

    def close(self) -> None:
        self._session.close()

    # -- transport ----------------------------------------------------------------------------
    def _url(self, *parts: str) -> str:
        return "/".join([self.base_url, *(quote(str(p), safe="") for p in parts)])

    def _request(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        """Send a request and read its whole answer (see :meth:`_send` and :meth:`_read_body`);
        map transport failures and 401/403 to typed errors."""
        started = time.monotonic()
        reading = method in READS
        try:
            response = self._send(method, url, started, reading, kwargs)
            self._read_body(response, started, reading)
        except requests.exceptions.SSLError as err:
            raise TlsError(tr("Secure connection to {url} failed: {error}").format(
                url=self.base_url, error=_redact(err))) from err
        except (requests.exceptions.ChunkedEncodingError, urllib3.exceptions.ProtocolError,
                http.client.HTTPException) as err:
            raise self._cut() from err
        except (requests.exceptions.ConnectionError, requests.exceptions.Timeout, TimeoutError) as err:
            raise Unreachable(tr("The server {url} cannot be reached: {error}").format(
                url=self.base_url, error=_redact(err) or tr("timed out"))) from err
        except requests.exceptions.RequestException as err:
            raise Unreachable(tr("Request to {url} failed: {error}").format(
                url=_without_query(url), error=_redact(err))) from err
        except OSError as err:  # a reset or an SSL failure while the body arrives
            raise self._cut() from err
        except zlib.error as err:
            raise MalformedResponse(tr("{url} sent a compressed answer that cannot be decompressed.")
                                    .format(url=_without_query(url))) from err
        if response.status_code in (401, 403):
            raise AuthenticationFailed(tr("The server {url} refused the credentials (HTTP {status}).")
                                       .format(url=self.base_url, status=response.status_code))
        return response

    def _send(self, method: str, url: str, started: float, reading: bool,
              kwargs: dict[str, Any]) -> requests.Response:
        """The response (body not read yet) to ``method url``, redirects handled here.

        A write never follows a redirect: any 3xx is :class:`Moved` (``requests`` would send the
        write again as a GET and its 200 would pass for the write's success). A read follows at
        most ``MAX_REDIRECTS`` of them within the connection's origin; another origin (host,
        port or scheme: https to http included) is :class:`Moved`. No request ever leaves the
        origin, so neither the auth nor the headers can reach another server.
        """
        for _ in range(MAX_REDIRECTS + 1):
            if _origin(url) != self._origin:  # never happens: every address is built on base_url
                raise ValueError(f"refusing to send a request outside {self.base_url}")
            if reading:
                self._check_canceled()
            # verify given per request: requests lets REQUESTS_CA_BUNDLE override the session's
            response = self._session.request(method, url, timeout=self._timeout(started), stream=True,
                                             allow_redirects=False, verify=self._session.verify, **kwargs)
            if not 300 <= response.status_code < 400:
                return response
            location = response.headers.get("Location")
            target = strip_userinfo(urljoin(response.url, location)) if location else None
            response.close()
            if not reading:
                raise self._moved_write(method, url, response.status_code, target)
            if response.status_code not in REDIRECTS or target is None:
                raise self._moved_read(url, response.status_code, target)
            if _origin(target) != self._origin:
                raise self._moved_read(url, response.status_code, target)
            url = target
            kwargs = {k: v for k, v in kwargs.items() if k != "params"}  # in the new address
        raise Moved(tr("{url} redirects again and again (more than {n} times): check the address of "
                       "the connection.").format(url=self.base_url, n=MAX_REDIRECTS))

    def _moved_write(self, method: str, url: str, status: int, target: Optional[str]) -> Moved:
        where = target or tr("an unknown address")
        return Moved(tr("The server moved to {target}: update the connection. It answered the {method} "
                        "of {url} with a redirection (HTTP {status}), which is never followed for a "
                        "write: nothing was stored, the change stays to be sent.").format(
            target=where, method=method, url=_without_query(url), status=status), target)

    def _moved_read(self, url: str, status: int, target: Optional[str]) -> Moved:
        where = target or tr("an unknown address")
        return Moved(tr("The server moved to {target}: update the connection. It redirected {url} "
                        "there (HTTP {status}); a read is only followed on the same server, over the "
                        "same protocol.").format(target=where, url=_without_query(url), status=status),
                     target)

    def _timeout(self, started: float) -> tuple[float, float]:
        """(connect, read) timeouts for a request begun at ``started``: the read one never beyond
        the deadline (it bounds the wait for the headers, and each socket read of the body)."""
        connect, read = self.timeout if isinstance(self.timeout, tuple) else (self.timeout, self.timeout)
        left = started + self.deadline_s - time.monotonic()
        if left <= 0:
            raise self._too_slow()
        return connect, left if read is None else min(read, left)

    def _check_canceled(self) -> None:
        if self.is_canceled is not None and self.is_canceled():
            raise SyncCanceled(tr("Cancelled while reading from the server."))

    def _read_body(self, response: requests.Response, started: Optional[float] = None,
                   reading: bool = False) -> None:
        """Read the whole body into ``response.content``, refusing more than ``max_page_bytes``
        (the limit guards memory), a body that takes more than ``deadline_s`` since ``started``,
        and (for a read) going on once ``is_canceled`` says stop.

        The body is read one socket read at a time (``read1``: whatever has arrived, up to
        ``CHUNK``), so the checks run even when a server trickles a byte every few seconds, which
        the per-read timeout never notices. gzip is decoded here.
        """
        started = time.monotonic() if started is None else started
        declared = response.headers.get("Content-Length", "").strip()
        if declared.isdigit() and int(declared) > self.max_page_bytes:
            response.close()
            raise self._oversize()
        fp = getattr(response.raw, "_fp", None)  # the http.client response, under urllib3 1.x and 2.x
        if not isinstance(fp, http.client.HTTPResponse):
            self._read_iterated(response, started, reading, declared)
            return
        chunks: list[bytes] = []
        size = received = 0
        deadline = started + self.deadline_s
        try:
            decoder = _decoder(response.headers.get("Content-Encoding", ""))
            while True:
                if time.monotonic() > deadline:
                    raise self._too_slow()
                if reading:
                    self._check_canceled()
                data = fp.read1(CHUNK)
                if not data:
                    break
                received += len(data)
                if decoder is not None:
                    data = decoder.decompress(data, self.max_page_bytes - size + 1)
                size += len(data)
                if size > self.max_page_bytes:
                    raise self._oversize()
                chunks.append(data)
            if decoder is not None:
                tail = decoder.flush()
                size += len(tail)
                if size > self.max_page_bytes:
                    raise self._oversize()
                chunks.append(tail)
        except BaseException:
            response.close()
            raise
        fp.close()  # CPython leaves a response read to its end with read1 open: the pool needs it closed
        response._content = b"".join(chunks)
        response._content_consumed = True
        response.raw.release_conn()
        if declared.isdigit() and received < int(declared):
            raise self._cut(received, declared)
        if decoder is not None and not decoder.eof:
            raise self._cut()

    def _read_iterated(self, response: requests.Response, started: float, reading: bool,
                       declared: str) -> None:
        """:meth:`_read_body` for a response that is not a live http.client one (a test double)."""
        chunks, size = [], 0
        for chunk in response.iter_content(CHUNK):
            if time.monotonic() > started + self.deadline_s:
                response.close()
                raise self._too_slow()
            if reading:
                self._check_canceled()
            size += len(chunk)
            if size > self.max_page_bytes:
                response.close()
                raise self._oversize()
            chunks.append(chunk)
        response._content = b"".join(chunks)
        received = response.raw.tell() if hasattr(response.raw, "tell") else None
        if declared.isdigit() and isinstance(received, int) and received < int(declared):
            raise self._cut(received, declared)

    def _cut(self, received: Optional[int] = None, declared: Optional[str] = None) -> Unreachable:
        if received is None:
            return Unreachable(tr("The connection to {url} was cut before the whole answer arrived.")
                               .format(url=self.base_url))
        return Unreachable(tr("The connection to {url} was cut: {received} of {declared} bytes "
                              "received.").format(url=self.base_url, received=received, declared=declared))

    def _too_slow(self) -> Unreachable:
        return Unreachable(tr("The server {url} did not answer completely within {seconds:g} s (it sends "
                              "too slowly or never ends): given up.").format(
            url=self.base_url, seconds=self.deadline_s))

    def _oversize(self) -> MalformedResponse:
        return MalformedResponse(tr("The server sent more than {limit} bytes in one response.")
                                 .format(limit=self.max_page_bytes))

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
    """Keep only the GeoJSON members of a feature (drop links, prev/next…)."""
    return {"type": "Feature", "id": feature.get("id"),
            "properties": dict(feature.get("properties") or {}), "geometry": feature.get("geometry")}


def _extent(document: Mapping[str, Any]) -> Optional[BBox]:
    try:
        box = document["extent"]["spatial"]["bbox"][0]
        return (float(box[0]), float(box[1]), float(box[2]), float(box[3]))
    except (KeyError, IndexError, TypeError, ValueError):
        return None
