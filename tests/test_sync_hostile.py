"""A hostile or broken server against the OGC API client: redirects on writes and across origins,
credentials in addresses and over plain http, trickling answers, paging that never ends, repeated
ids, NaN coordinates, cut chunked bodies. Loopback servers written here (no real server needed),
then end to end: a sync whose writes are redirected keeps its edits pending (real server, proxy).
Every test that could hang is bounded (a few seconds)."""

from __future__ import annotations

import gzip
import json
import re
import ssl
import subprocess
import threading
import time
import urllib.parse
import uuid
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Optional

import pytest
from fault_proxy import FaultProxy
from sync_support import LocalEdits, area_bbox, new_area, seed_buildings, server_rows

from agence_urbaine.core.sync.client import (
    MalformedResponse,
    Moved,
    SyncCanceled,
    Unreachable,
)
from agence_urbaine.core.sync.http import address_problem, has_userinfo, is_loopback, strip_userinfo
from agence_urbaine.core.sync.ogcapi import OgcApiFeaturesClient
from agence_urbaine.core.sync.session import checkout, sync
from agence_urbaine.core.sync.workspace import Workspace

pytest_plugins = ["server_fixture"]

EPSG = "http://www.opengis.net/def/crs/EPSG/0/26191"
COLLECTION = {"id": "parcels", "title": "Parcels", "storageCrs": EPSG, "crs": [EPSG], "itemType": "feature"}
ITEMS = "/collections/parcels/items"
BOUND_S = 10.0  # no hang test may take longer than this


# -- a loopback server whose answers are functions ---------------------------------------------------
class Hostile:
    """``route(method, path, answer)``: ``answer(handler, query, body)`` writes the answer itself
    (helpers :func:`send`, :func:`trickle`). HTTP/1.1 with keep-alive; ``requests`` lists
    ``(method, path, headers)``; ``connections`` the client ports seen. ``tls=(cert, key)``
    serves https."""

    def __init__(self, tls: Optional[tuple[str, str]] = None):
        self.routes: dict[tuple[str, str], Callable] = {}
        self.requests: list[tuple[str, str, dict]] = []
        self.connections: set[int] = set()
        self.clients: list[OgcApiFeaturesClient] = []  # closed with the server
        self.stopped = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _any(self) -> None:
                path, _, query = self.path.partition("?")
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                server.requests.append((self.command, path, dict(self.headers)))
                server.connections.add(self.client_address[1])
                answer = server.routes.get((self.command, path.rstrip("/") or "/"))
                if answer is None:
                    send(self, 404, b"<html>no</html>", "text/html")
                    return
                try:
                    answer(self, dict(urllib.parse.parse_qsl(query)), body)
                except OSError:
                    self.close_connection = True  # the client gave up

            def do_GET(self) -> None:
                self._any()

            def do_POST(self) -> None:
                self._any()

            def do_PUT(self) -> None:
                self._any()

            def do_DELETE(self) -> None:
                self._any()

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.block_on_close = False
        scheme = "http"
        if tls is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls)
            self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
            scheme = "https"
        self.base_url = f"{scheme}://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def route(self, path: str, answer: Callable, method: str = "GET") -> None:
        self.routes[(method, path)] = answer

    def json(self, path: str, document: Any, method: str = "GET", status: int = 200,
             content_type: str = "application/geo+json") -> None:
        data = document if isinstance(document, bytes) else json.dumps(document).encode()
        self.route(path, lambda h, q, b: send(h, status, data, content_type), method)

    def ogcapi(self) -> None:
        self.json("/collections", {"collections": [COLLECTION]}, content_type="application/json")
        self.json("/collections/parcels", COLLECTION, content_type="application/json")

    def seen(self, method: str, path: str = "") -> list[tuple[str, str, dict]]:
        return [r for r in self.requests if r[0] == method and r[1].startswith(path)]

    def close(self) -> None:
        for client in self.clients:
            client.close()
        self.stopped.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def send(handler, status: int, body: bytes = b"", content_type: str = "application/json",
         headers: Optional[dict] = None) -> None:
    handler.send_response(status)
    for name, value in {"Content-Type": content_type, "Content-Length": str(len(body)),
                        **(headers or {})}.items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(body)


def redirect(status: int, location: str) -> Callable:
    return lambda h, q, b: send(h, status, b"", "text/html", {"Location": location})


def trickle(stopped: threading.Event, body: bytes = b'{"type": "FeatureCollection", "features": []}',
            every: float = 0.3, chunked: bool = False) -> Callable:
    """An answer whose body arrives one byte every ``every`` seconds (never hits a read timeout)."""
    def answer(handler, query, _body) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/geo+json")
        if chunked:
            handler.send_header("Transfer-Encoding", "chunked")
        else:
            handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        for byte in body:
            if stopped.wait(every):
                return
            piece = bytes([byte])
            handler.wfile.write(b"1\r\n" + piece + b"\r\n" if chunked else piece)
            handler.wfile.flush()
        if chunked:
            handler.wfile.write(b"0\r\n\r\n")
    return answer


def feature(fid: Any, x: float = 370_000.0, **properties) -> dict:
    return {"type": "Feature", "id": fid, "properties": {"version": 1, **properties},
            "geometry": {"type": "Point", "coordinates": [x, 375_000.0]}}


def page(features: list, matched: Optional[int] = None) -> dict:
    document = {"type": "FeatureCollection", "features": features}
    if matched is not None:
        document["numberMatched"] = matched
    return document


@pytest.fixture
def hostile():
    server = Hostile()
    server.ogcapi()
    yield server
    server.close()


@pytest.fixture
def elsewhere():
    """Another origin (another port), which must never receive anything."""
    server = Hostile()
    server.route("/collections", lambda h, q, b: send(h, 200, b'{"collections": []}'))
    yield server
    server.close()


def client_of(server: Hostile, **options) -> OgcApiFeaturesClient:
    client = OgcApiFeaturesClient(server.base_url, timeout=(2.0, 5.0), **options)
    server.clients.append(client)
    return client


# -- 1. writes never follow a redirect ----------------------------------------------------------------
WRITES = {
    "create": ("POST", ITEMS, lambda c: c.create("parcels", feature("n1"))),
    "replace": ("PUT", ITEMS + "/f1", lambda c: c.replace("parcels", feature("f1"), 1)),
    "delete": ("DELETE", ITEMS + "/f1", lambda c: c.delete("parcels", "f1", None)),
}


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("write", sorted(WRITES))
def test_a_redirected_write_is_never_followed_and_names_the_new_address(hostile, status, write):
    method, path, call = WRITES[write]
    moved_to = hostile.base_url + "/v2" + path
    hostile.route(path, redirect(status, moved_to), method)
    hostile.json("/v2" + path, feature("f1"))  # a GET there would answer 200
    hostile.json(ITEMS + "/f1", feature("f1"))  # what a re-read finds (nothing was stored)
    with pytest.raises(Moved) as caught:
        call(client_of(hostile))
    message = str(caught.value)
    assert moved_to in message and "update the connection" in message and "nothing was stored" in message
    assert caught.value.location == moved_to
    assert len(hostile.seen(method)) == 1  # sent once, not repeated at the new address
    assert hostile.seen("GET", "/v2") == [] and hostile.seen(method, "/v2") == []


def test_any_other_3xx_to_a_write_is_a_failure_too(hostile):
    hostile.route(ITEMS + "/f1", lambda h, q, b: send(h, 300, b"", "text/html"), "PUT")
    with pytest.raises(Moved, match="an unknown address"):
        client_of(hostile).replace("parcels", feature("f1"), 1)


def test_a_write_redirected_to_another_server_sends_nothing_there(hostile, elsewhere):
    hostile.route(ITEMS, redirect(307, elsewhere.base_url + ITEMS), "POST")
    with pytest.raises(Moved, match=elsewhere.base_url):
        client_of(hostile).create("parcels", feature("n1"))
    assert elsewhere.requests == []


# -- reads: within the origin only ----------------------------------------------------------------------
def test_a_read_follows_a_redirect_on_the_same_server(hostile):
    hostile.route("/collections", redirect(301, "/v2/collections"))
    hostile.json("/v2/collections", {"collections": [COLLECTION]}, content_type="application/json")
    hostile.json("/v2" + ITEMS, page([feature("a")], 1))
    hostile.route(ITEMS, redirect(302, hostile.base_url + "/v2" + ITEMS + "?limit=5000&offset=0"))
    client = client_of(hostile)
    assert [c.id for c in client.collections(count=False)] == ["parcels"]
    assert [f["id"] for p in client.iter_pages("parcels") for f in p.features] == ["a"]


def test_a_read_redirected_to_another_origin_is_refused_and_the_credentials_stay_home(hostile, elsewhere):
    hostile.route("/collections", redirect(302, elsewhere.base_url + "/collections"))
    decorated: list[str] = []

    def api_key(request):
        decorated.append(request.url)
        request.headers["X-API-Key"] = "k3y-secret"
        return request

    client = OgcApiFeaturesClient(hostile.base_url, auth=api_key, headers={"X-Agency-Token": "t0ken"})
    hostile.clients.append(client)
    with pytest.raises(Moved) as caught:
        client.collections(count=False)
    assert elsewhere.base_url in str(caught.value) and "update the connection" in str(caught.value)
    assert elsewhere.requests == []
    assert decorated and all(url.startswith(hostile.base_url + "/") for url in decorated)
    [(_, _, headers)] = hostile.requests
    assert headers["X-API-Key"] == "k3y-secret"


def test_the_same_host_under_another_name_or_port_is_another_origin(hostile):
    port = hostile.httpd.server_address[1]
    hostile.route("/collections", redirect(301, f"http://localhost:{port}/collections"))
    with pytest.raises(Moved, match="localhost"):
        client_of(hostile).collections(count=False)


def test_redirect_loops_stop(hostile):
    hostile.route("/collections", redirect(302, "/collections"))
    started = time.monotonic()
    with pytest.raises(Moved, match="again and again"):
        client_of(hostile).collections(count=False)
    assert time.monotonic() - started < BOUND_S


def _certificate(tmp_path) -> tuple[str, str]:
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    return str(cert), str(key)


def test_https_is_never_downgraded_to_http(tmp_path, elsewhere):
    cert, key = _certificate(tmp_path)
    secure = Hostile(tls=(cert, key))
    try:
        secure.route("/collections", redirect(301, elsewhere.base_url + "/collections"))
        client = OgcApiFeaturesClient(secure.base_url, verify=cert, timeout=(2.0, 5.0),
                                      auth=lambda r: r)
        secure.clients.append(client)
        with pytest.raises(Moved, match=re.escape("http://127.0.0.1")):
            client.collections(count=False)
        assert elsewhere.requests == [] and len(secure.requests) == 1
    finally:
        secure.close()


# -- 10. credentials ------------------------------------------------------------------------------------
@pytest.mark.parametrize("url", ["http://planner:s3cret@agency.example/ogcapi",
                                 "https://planner@agency.example/ogcapi",
                                 "https://:s3cret@127.0.0.1:8443/ogcapi"])
def test_an_address_with_credentials_is_refused_without_echoing_them(url):
    assert has_userinfo(url)
    with pytest.raises(ValueError) as caught:
        OgcApiFeaturesClient(url)
    assert "s3cret" not in str(caught.value) and "planner" not in str(caught.value)
    assert "authentication configuration" in str(caught.value)
    assert "s3cret" not in strip_userinfo(url) and "planner" not in strip_userinfo(url)


def test_credentials_over_plain_http_only_to_this_computer_or_when_allowed():
    auth = ("planner", "s3cret")
    for url in ("http://127.0.0.1:5000/ogcapi", "http://localhost/ogcapi", "http://[::1]:80/",
                "https://agency.example/ogcapi"):
        assert address_problem(url, authenticated=True) is None, url
        OgcApiFeaturesClient(url, auth=auth).close()
    assert not is_loopback("http://agency.example/") and is_loopback("http://127.0.0.2/")
    problem = address_problem("http://agency.example/ogcapi", authenticated=True)
    assert problem and "not encrypted" in problem
    with pytest.raises(ValueError, match="not encrypted"):
        OgcApiFeaturesClient("http://agency.example/ogcapi", auth=auth)
    OgcApiFeaturesClient("http://agency.example/ogcapi", auth=auth, allow_insecure=True).close()
    OgcApiFeaturesClient("http://agency.example/ogcapi").close()  # no credentials: nothing to protect
    assert address_problem("http://agency.example/ogcapi", authenticated=False) is None


def test_a_redirect_address_with_credentials_is_never_echoed(hostile):
    hostile.route(ITEMS + "/f1", redirect(301, "http://someone:pa55word@agency.example/x"), "PUT")
    with pytest.raises(Moved) as caught:
        client_of(hostile).replace("parcels", feature("f1"), 1)
    assert "pa55word" not in str(caught.value) and "someone" not in str(caught.value)
    assert "http://agency.example/x" in str(caught.value)


# -- 12. hangs: trickling answers, deadline, cancel -----------------------------------------------------
@pytest.mark.timeout(30)
@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_an_answer_trickling_byte_by_byte_stops_at_the_deadline(hostile, chunked):
    hostile.route(ITEMS, trickle(hostile.stopped, chunked=chunked))
    client = client_of(hostile, deadline_s=1.5)
    started = time.monotonic()
    with pytest.raises(Unreachable, match=re.escape("within 1.5 s")):
        list(client.iter_pages("parcels"))
    assert 1.4 < time.monotonic() - started < BOUND_S


@pytest.mark.timeout(30)
def test_cancel_stops_a_download_under_way(hostile):
    hostile.route(ITEMS, trickle(hostile.stopped))
    canceled = threading.Event()
    client = client_of(hostile, is_canceled=canceled.is_set)
    threading.Timer(0.5, canceled.set).start()
    started = time.monotonic()
    with pytest.raises(SyncCanceled):
        list(client.iter_pages("parcels"))
    assert time.monotonic() - started < 3.0


@pytest.mark.timeout(30)
def test_a_checkout_cancelled_while_a_page_trickles_leaves_nothing(hostile, tmp_path):
    hostile.route(ITEMS, trickle(hostile.stopped))
    canceled = threading.Event()
    threading.Timer(0.5, canceled.set).start()
    started = time.monotonic()
    with Workspace(tmp_path / "ws.gpkg") as workspace:
        with pytest.raises(SyncCanceled):
            checkout(client_of(hostile), workspace, ["parcels"], is_canceled=canceled.is_set)
        assert workspace.collections() == []
    assert time.monotonic() - started < 3.0


# -- 12. hangs: paging that never ends, ids twice ---------------------------------------------------------
def _pages(answer: Callable[[int, int], dict]) -> Callable:
    def respond(handler, query, body) -> None:
        document = answer(int(query.get("offset", 0)), int(query.get("limit", 10)))
        send(handler, 200, json.dumps(document).encode(), "application/geo+json")
    return respond


@pytest.mark.timeout(30)
@pytest.mark.parametrize("matched", [None, 40], ids=["no-numberMatched", "numberMatched"])
def test_a_server_ignoring_offset_stops_the_listing(hostile, matched):
    hostile.route(ITEMS, _pages(lambda offset, limit: page([feature(f"f{i}") for i in range(10)], matched)))
    started = time.monotonic()
    with pytest.raises(MalformedResponse, match=r"parcels.*already sent.*ignores offset"):
        list(client_of(hostile).iter_pages("parcels", page_size=10))
    assert time.monotonic() - started < BOUND_S


@pytest.mark.parametrize("matched", [None, 30], ids=["no-numberMatched", "numberMatched"])
def test_an_id_on_two_pages_is_refused_not_counted_twice(hostile, matched):
    def answer(offset, limit):  # the second page repeats f9 (the data moved under the pages)
        ids = range(offset - 1 if offset else 0, offset + limit - (1 if offset else 0))
        return page([feature(f"f{i}") for i in ids if i < 30], matched)
    hostile.route(ITEMS, _pages(answer))
    with pytest.raises(MalformedResponse, match="Feature f9 of parcels came twice"):
        list(client_of(hostile).iter_pages("parcels", page_size=10))


def test_an_id_twice_in_one_page_and_features_without_id_are_refused(hostile):
    hostile.json(ITEMS, page([feature("a"), feature("b"), feature("a")]))
    with pytest.raises(MalformedResponse, match="Feature a of parcels came twice"):
        list(client_of(hostile).iter_pages("parcels"))
    hostile.json(ITEMS, page([feature(None), feature(None)]))
    with pytest.raises(MalformedResponse, match="no id"):
        list(client_of(hostile).iter_pages("parcels"))
    hostile.json(ITEMS, page([feature(["a"])]))
    with pytest.raises(MalformedResponse, match="neither a string nor a number"):
        list(client_of(hostile).iter_pages("parcels"))


@pytest.mark.timeout(30)
def test_a_server_making_up_features_for_ever_stops_at_max_features(hostile):
    def made_up(offset, limit, matched=None):
        return page([feature(f"f{offset + i}") for i in range(limit)], matched)
    hostile.route(ITEMS, _pages(made_up))
    started = time.monotonic()
    with pytest.raises(MalformedResponse, match="more than 95 features"):
        list(client_of(hostile, max_features=95).iter_pages("parcels", page_size=10))
    assert time.monotonic() - started < BOUND_S
    hostile.route(ITEMS, _pages(lambda offset, limit: made_up(offset, limit, 10**12)))
    with pytest.raises(MalformedResponse, match="more than 95 features"):
        list(client_of(hostile, max_features=95).iter_pages("parcels", page_size=10))


@pytest.mark.timeout(30)
def test_an_inflated_number_matched_ends_at_the_first_empty_page(hostile):
    hostile.route(ITEMS, _pages(lambda offset, limit: page(
        [feature(f"f{i}") for i in range(offset, min(offset + limit, 25))], 5_000_000)))
    started = time.monotonic()
    pages = list(client_of(hostile).iter_pages("parcels", page_size=10))
    assert [f["id"] for p in pages for f in p.features] == [f"f{i}" for i in range(25)]
    assert time.monotonic() - started < BOUND_S
    assert len(hostile.seen("GET", ITEMS)) <= 6  # 3 pages, the empty one, what was under way


# -- NaN, Infinity, cut chunked bodies, gzip ---------------------------------------------------------------
@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_nan_or_infinite_coordinates_are_refused_naming_the_feature(hostile, literal):
    body = json.dumps(page([feature("ok"), feature("bad-one")])).replace("370000.0, 375000.0]}}]",
                                                                          f"{literal}, 375000.0]}}}}]")
    assert literal in body
    hostile.json(ITEMS, body.encode())
    with pytest.raises(MalformedResponse, match=r"Feature bad-one .*coordinate that is not a number"):
        list(client_of(hostile).iter_pages("parcels"))


def test_nan_in_a_property_is_refused_naming_the_feature_and_field(hostile):
    body = json.dumps(page([feature("f1", area=1.0)])).replace('"area": 1.0', '"area": NaN')
    hostile.json(ITEMS + "/f1", json.dumps(feature("f1", area=1.0)).replace("1.0}", "NaN}").encode())
    hostile.json(ITEMS, body.encode())
    with pytest.raises(MalformedResponse, match=r"Feature f1 .*in area"):
        list(client_of(hostile).iter_pages("parcels"))
    with pytest.raises(MalformedResponse, match=r"Feature f1 .*in area"):
        client_of(hostile).get("parcels", "f1")


def _raw_answer(data: bytes) -> Callable:
    def answer(handler, query, body) -> None:
        handler.wfile.write(data)
        handler.wfile.flush()
        handler.close_connection = True
    return answer


def test_a_chunked_body_cut_short_is_the_plugins_cut_message(hostile):
    hostile.route(ITEMS, _raw_answer(b"HTTP/1.1 200 OK\r\nContent-Type: application/geo+json\r\n"
                                     b"Transfer-Encoding: chunked\r\n\r\n400\r\n" + b'{"type": "Fe'))
    with pytest.raises(Unreachable) as caught:
        list(client_of(hostile).iter_pages("parcels"))
    assert "was cut" in str(caught.value) and "IncompleteRead" not in str(caught.value)


def test_a_body_shorter_than_its_length_is_cut(hostile):
    hostile.route(ITEMS, _raw_answer(b"HTTP/1.1 200 OK\r\nContent-Type: application/geo+json\r\n"
                                     b"Content-Length: 500\r\n\r\n" + b'{"type": "Fe'))
    with pytest.raises(Unreachable, match="was cut: 12 of 500 bytes"):
        list(client_of(hostile).iter_pages("parcels"))


def test_gzip_answers_are_decoded_and_still_bounded(hostile):
    document = page([feature(f"f{i}", note="x" * 200) for i in range(50)], 50)
    packed = gzip.compress(json.dumps(document).encode())
    hostile.route(ITEMS, lambda h, q, b: send(h, 200, packed, "application/geo+json",
                                              {"Content-Encoding": "gzip"}))
    pages = list(client_of(hostile).iter_pages("parcels"))
    assert [f["id"] for f in pages[0].features] == [f"f{i}" for i in range(50)]
    assert hostile.seen("GET", ITEMS)[0][2]["Accept-Encoding"] == "gzip"
    bomb = gzip.compress(b" " * 5_000_000)
    hostile.route(ITEMS, lambda h, q, b: send(h, 200, bomb, "application/geo+json",
                                              {"Content-Encoding": "gzip"}))
    client = client_of(hostile)
    client.max_page_bytes = 100_000
    with pytest.raises(MalformedResponse, match="more than 100000 bytes"):
        list(client.iter_pages("parcels"))


def test_connections_are_kept_alive_between_requests(hostile):
    hostile.json(ITEMS, page([feature("a")], 1))
    client = client_of(hostile)
    for _ in range(5):
        client.collections(count=False)
        list(client.iter_pages("parcels"))
    assert len(hostile.requests) == 10 and len(hostile.connections) == 1


# -- end to end: a sync whose write is redirected keeps the edit pending (real server) -------------
def _redirect_response(status: int, location: str) -> bytes:
    return (f"HTTP/1.1 {status} Moved\r\nLocation: {location}\r\nContent-Type: text/html\r\n"
            f"Content-Length: 0\r\nConnection: close\r\n\r\n").encode()


@pytest.mark.parametrize("kind, status", [("update", 301), ("update", 302), ("update", 303), ("update", 307),
                                          ("update", 308), ("create", 303), ("create", 307),
                                          ("delete", 301), ("delete", 308)])
def test_a_sync_whose_write_is_redirected_keeps_the_edit_pending(agency_server, proxy, tmp_path, kind,
                                                                 status):
    origin = new_area()
    client = OgcApiFeaturesClient(proxy.base_url, timeout=(5.0, 60.0))
    ids = seed_buildings(client, origin, 2)
    with Workspace(tmp_path / "ws.gpkg") as workspace:
        checkout(client, workspace, ["buildings"], bbox=area_bbox(origin))
        edits = LocalEdits(tmp_path / "ws.gpkg")
        x, y = origin
        if kind == "update":
            fid, method = ids[0], "PUT"
            edits.set(fid, levels=9)
        elif kind == "create":
            fid, method = edits.add(x + 300, y + 300, "NEW"), "POST"
        else:
            fid, method = ids[1], "DELETE"
            edits.delete(fid)
        before = server_rows(agency_server, origin)
        # where the server "moved": a GET there answers 200 (what requests used to take for success)
        location = f"{proxy.base_url}/collections/buildings/items/{ids[0]}"
        rule = proxy.add(f"{method} /collections/buildings/items", "respond",
                         response=_redirect_response(status, location), times=100)

        report = sync(client, workspace)
        assert not report.ok and report.pushed == 0
        assert "moved to" in report.errors[0] and location in report.errors[0], report.errors
        assert rule.fired == 1
        assert server_rows(agency_server, origin) == before  # nothing stored
        assert workspace.pending_changes() == 1  # the edit is still a local change
        assert not [e for e in workspace.journal_entries("buildings")
                    if e["action"] == "pushed" and e["fid"] == fid]

        proxy.clear()
        report = sync(client, workspace)
        assert report.ok and report.pushed == 1, report.errors
        assert workspace.pending_changes() == 0 and workspace.pending_pushes() == []
        rows = server_rows(agency_server, origin)
        if kind == "update":
            assert rows[fid]["levels"] == 9 and rows[fid]["version"] == 2
        elif kind == "create":
            assert rows[fid]["parcel_ref"] == "NEW"
        else:
            assert fid not in rows
    client.close()


@pytest.mark.timeout(60)
def test_a_sync_whose_server_stalls_gives_up_at_the_deadline_and_keeps_the_edit(agency_server, tmp_path):
    """The deadline inside a real sync (it also caps the wait for the headers): the pull fails
    cleanly within the bound, the edit stays pending."""
    origin = new_area()
    direct = OgcApiFeaturesClient(agency_server.base_url)
    ids = seed_buildings(direct, origin, 2)
    with Workspace(tmp_path / "ws.gpkg") as workspace:
        checkout(direct, workspace, ["buildings"], bbox=area_bbox(origin))
        LocalEdits(tmp_path / "ws.gpkg").set(ids[0], levels=4)
        slow = FaultProxy(agency_server.base_url)
        try:
            slow.add("GET /collections/buildings/items?", "delay", delay=30.0, times=100)
            client = OgcApiFeaturesClient(slow.base_url, timeout=(2.0, 60.0), deadline_s=1.0)
            started = time.monotonic()
            report = sync(client, workspace)
            client.close()
            assert time.monotonic() - started < BOUND_S
            assert not report.ok and report.pushed == 0
            assert workspace.pending_changes() == 1
        finally:
            slow.close()
    direct.close()



# -- 10. credentials in Processing's connections and the dock's dialog (QGIS) -----------------------------
@pytest.fixture
def settings_names(qgis_app):
    """Unique connection names, removed (with whatever they stored) after the test."""
    from agence_urbaine.processing.connections import remove_connection

    made: list[str] = []

    def name() -> str:
        made.append(f"hostile-{uuid.uuid4().hex[:8]}")
        return made[-1]
    yield name
    for each in made:
        remove_connection(each)


def test_processing_refuses_addresses_with_credentials_on_save_load_and_open(settings_names):
    from qgis.core import QgsProcessingException, QgsSettings

    from agence_urbaine.processing.connections import (
        SETTINGS_ROOT,
        Connection,
        connection_names,
        load_connection,
        open_client,
        save_connection,
    )

    name = settings_names()
    with pytest.raises(QgsProcessingException) as caught:
        save_connection(Connection(name, "https://planner:s3cret@agency.example/ogcapi"))
    assert "s3cret" not in str(caught.value) and name not in connection_names()

    QgsSettings().setValue(f"{SETTINGS_ROOT}/{name}/url", "https://planner:s3cret@agency.example/ogcapi")
    for attempt in (lambda: load_connection(name), lambda: open_client(name)):
        with pytest.raises(QgsProcessingException, match="edit the connection") as caught:
            attempt()
        assert "s3cret" not in str(caught.value) and "planner" not in str(caught.value)
    shown = load_connection(name, strict=False)  # to show and edit it: without the credentials
    assert shown.url == "https://agency.example/ogcapi"


def test_processing_sends_credentials_over_plain_http_only_when_the_connection_allows_it(settings_names):
    from qgis.core import QgsProcessingException, QgsSettings

    from agence_urbaine.processing.connections import (
        SETTINGS_ROOT,
        Connection,
        load_connection,
        open_client,
        save_connection,
        security_problem,
    )

    name = settings_names()
    plain = Connection(name, "http://agency.example/ogcapi", "zzzz999")
    save_connection(plain)
    assert not load_connection(name).allow_insecure
    assert not QgsSettings().contains(f"{SETTINGS_ROOT}/{name}/allow_insecure")
    with pytest.raises(QgsProcessingException, match="not encrypted"):
        open_client(name)  # refused before any credential is read

    save_connection(Connection(name, plain.url, plain.authcfg, allow_insecure=True))
    assert load_connection(name).allow_insecure
    assert security_problem(load_connection(name)) is None
    with pytest.raises(QgsProcessingException, match="zzzz999"):  # the rule passed: the authcfg is read
        open_client(name)
    save_connection(plain)
    assert not QgsSettings().contains(f"{SETTINGS_ROOT}/{name}/allow_insecure")

    for url in ("http://127.0.0.1:5000/ogcapi", "https://agency.example/ogcapi"):
        assert security_problem(Connection(name, url, "zzzz999")) is None
    assert security_problem(Connection(name, "http://agency.example/ogcapi")) is None  # no credentials


def test_the_dock_applies_the_same_rule(qtbot, settings_names, monkeypatch):
    from qgis.core import QgsProcessingException, QgsSettings
    from qgis.PyQt.QtWidgets import QDialogButtonBox

    from agence_urbaine.processing.connections import SETTINGS_ROOT, Connection, load_connection
    from agence_urbaine.ui.connections import (
        ConnectionBar,
        ConnectionDialog,
        connection_problem,
        make_client,
    )
    from agence_urbaine.ui.tasks import TaskRunner

    assert "user name or password" in connection_problem("A", "https://u:pw@agency.example/", [], None)
    assert "not encrypted" in connection_problem("A", "http://agency.example/", [], None, "abc1234")
    assert connection_problem("A", "http://agency.example/", [], None, "abc1234", True) is None
    assert connection_problem("A", "http://localhost:5000/", [], None, "abc1234") is None
    with pytest.raises(QgsProcessingException, match="not encrypted"):
        make_client(Connection("A", "http://agency.example/", "abc1234"))

    name = settings_names()
    dialog = ConnectionDialog(None, existing=[])
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog.auth_select, "configId", lambda: "abc1234")
    monkeypatch.setattr(dialog, "_confirm_plain_http", lambda: True)
    dialog.name_edit.setText(name)
    dialog.url_edit.setText("http://agency.example/ogcapi")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "not encrypted" in dialog.problem_label.text()
    dialog.insecure_check.setChecked(True)
    assert ok.isEnabled()
    dialog.accept()
    assert load_connection(name).allow_insecure
    dialog.url_edit.setText("https://planner:s3cret@agency.example/ogcapi")
    assert not ok.isEnabled() and "s3cret" not in dialog.problem_label.text()

    # an address stored with credentials by an older version: shown without them, never used
    QgsSettings().setValue(f"{SETTINGS_ROOT}/{name}/url", "https://planner:s3cret@agency.example/ogcapi")
    messages: list[str] = []
    bar = ConnectionBar(TaskRunner(), lambda text, *args: messages.append(text))
    qtbot.addWidget(bar)
    bar.reload(name)
    assert bar.current().url == "https://agency.example/ogcapi"
    assert bar.client() is None
    assert messages and "s3cret" not in messages[-1]


def test_a_property_repeating_the_feature_id_is_not_data(http_stub):
    """pygeoapi >= 0.22 repeats the id column among the properties (and lists it in /queryables
    with x-ogc-role id): stored as data it was sent back and refused as a removed field."""
    import json as _json

    info = {"id": "lots", "storageCrs": "http://www.opengis.net/def/crs/EPSG/0/26191"}
    http_stub.route("/collections/lots", 200, "application/json", _json.dumps(info))
    page = {"type": "FeatureCollection", "numberMatched": 2, "features": [
        {"type": "Feature", "id": "a1", "geometry": None, "properties": {"id": "a1", "label": "x"}},
        {"type": "Feature", "id": "b2", "geometry": None, "properties": {"id": "other", "label": "y"}}]}
    http_stub.route("/collections/lots/items", 200, "application/geo+json", _json.dumps(page))
    client = OgcApiFeaturesClient(http_stub.base_url)
    [first] = list(client.iter_pages("lots"))
    assert first.features[0]["properties"] == {"label": "x"}
    assert first.features[1]["properties"] == {"id": "other", "label": "y"}  # a real field stays
    client.close()
