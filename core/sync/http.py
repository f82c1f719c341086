"""HTTP for the agency server clients (OGC API - Features, WFS-T): one transport, one set of rules.

What a hostile or broken server cannot do, whatever the protocol:

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
  still bounds the wait for the headers; a body is never larger than ``max_page_bytes``.
"""

from __future__ import annotations

import http.client
import ipaddress
import re
import time
import zlib
from collections.abc import Callable, Mapping
from typing import Any, Optional, Union
from urllib.parse import urljoin, urlsplit, urlunsplit

import requests
import urllib3

from ..i18n import tr
from . import network
from .client import (
    AuthenticationFailed,
    MalformedResponse,
    Moved,
    SyncCanceled,
    TlsError,
    Unreachable,
)

DEFAULT_MAX_PAGE_BYTES = 256 * 1024 * 1024
CHUNK = 256 * 1024  # the most one socket read returns: fewer bytes arrive as soon as they are there
DEFAULT_DEADLINE_S = 300.0  # the longest one request may take, its whole answer included
MAX_REDIRECTS = 5
REDIRECTS = frozenset({301, 302, 303, 307, 308})
READS = frozenset({"GET", "HEAD"})
_USERINFO = re.compile(r"//[^/?#@\s]*@")

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


class HttpClient:
    """The transport of an agency server client: ``_request`` sends a request and reads its whole
    answer under the rules above. ``base_url`` must not carry credentials, and ``auth`` over plain
    http is refused outside loopback unless ``allow_insecure`` (:func:`address_problem`):
    ``ValueError``. ``timeout`` is (connect, read) per socket operation; ``deadline_s`` bounds a
    whole request; ``is_canceled`` (may be set later) is checked while a read's answer arrives.
    ``proxies`` and ``verify`` given explicitly (QGIS's settings) win over the environment."""

    def __init__(self, base_url: str, auth: Optional[Auth] = None,
                 headers: Optional[Mapping[str, str]] = None,
                 timeout: tuple[float, float] = (10.0, 120.0), verify: Union[bool, str] = True,
                 max_page_bytes: int = DEFAULT_MAX_PAGE_BYTES, deadline_s: float = DEFAULT_DEADLINE_S,
                 allow_insecure: bool = False, is_canceled: Optional[Callable[[], bool]] = None,
                 proxies: Optional[Mapping[str, str]] = None):
        problem = address_problem(base_url, auth is not None, allow_insecure)
        if problem:
            raise ValueError(problem)
        self.base_url = base_url.rstrip("/")
        self._origin = _origin(self.base_url)
        self.timeout = timeout
        self.deadline_s = deadline_s
        self.is_canceled = is_canceled
        self.max_page_bytes = max_page_bytes
        self._session = _Session()
        self._session.auth = auth
        self._session.verify = verify
        network.configure_session(self._session, self.base_url, verify, proxies)  # QGIS's proxy, CAs
        # gzip only: the body is decoded here, while it arrives (see _read_body)
        self._session.headers.update({"Accept-Encoding": "gzip", **(headers or {})})

    def close(self) -> None:
        self._session.close()

    def _request(self, method: str, url: str, **kwargs: Any) -> requests.Response:
        """Send a request and read its whole answer (see :meth:`_send` and :meth:`_read_body`);
        map transport failures and 401/403 to typed errors."""
        started = time.monotonic()
        reading = method in READS
        try:
            response = self._send(method, url, started, reading, kwargs)
            self._read_body(response, started, reading)
        except requests.exceptions.SSLError as err:
            raise TlsError(network.tls_failure(self.base_url, _redact(err))) from err
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
        network.check_refusal(self.base_url, response)  # 403 (role: Forbidden), 426 (HTTPS only)
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
