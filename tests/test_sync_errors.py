"""Typed client errors, provoked by loopback stubs (no real server needed)."""

import json
import socket
import ssl
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from agence_urbaine.core.sync.client import (
    AuthenticationFailed,
    MalformedResponse,
    NotAnOgcApi,
    ServerError,
    TlsError,
    Unreachable,
    VersionConflict,
)
from agence_urbaine.core.sync.ogcapi import OgcApiFeaturesClient

pytest_plugins = ["server_fixture"]

COLLECTIONS = json.dumps({"collections": [{
    "id": "parcels", "title": "Parcels", "storageCrs": "http://www.opengis.net/def/crs/EPSG/0/26191",
    "crs": ["http://www.opengis.net/def/crs/EPSG/0/26191"]}]})
ITEMS = "/collections/parcels/items"


def _unused_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _ogcapi_stub(http_stub, items_status=200, items_type="application/geo+json", items_body="{}"):
    http_stub.route("/collections", 200, "application/json", COLLECTIONS)
    http_stub.route("/collections/parcels", 200, "application/json", json.dumps(json.loads(
        COLLECTIONS)["collections"][0]))
    http_stub.route(ITEMS, items_status, items_type, items_body)
    return OgcApiFeaturesClient(http_stub.base_url)


def test_closed_port_is_unreachable():
    client = OgcApiFeaturesClient(f"http://127.0.0.1:{_unused_port()}", timeout=(2, 2))
    with pytest.raises(Unreachable):
        client.collections()


def test_html_site_is_not_an_ogc_api(http_stub):
    http_stub.route("/collections", 200, "text/html", "<html><body>Bienvenue</body></html>")
    with pytest.raises(NotAnOgcApi):
        OgcApiFeaturesClient(http_stub.base_url).collections()


def test_missing_collections_path_is_not_an_ogc_api(http_stub):
    with pytest.raises(NotAnOgcApi):
        OgcApiFeaturesClient(http_stub.base_url).collections()


def test_json_without_collections_is_not_an_ogc_api(http_stub):
    http_stub.route("/collections", 200, "application/json", '{"hello": "world"}')
    with pytest.raises(NotAnOgcApi):
        OgcApiFeaturesClient(http_stub.base_url).collections()


def test_invalid_json_page_is_malformed(http_stub):
    client = _ogcapi_stub(http_stub, items_body='{"type": "FeatureCollection", "features": [')
    with pytest.raises(MalformedResponse):
        list(client.iter_pages("parcels"))


def test_wrong_content_type_page_is_malformed(http_stub):
    client = _ogcapi_stub(http_stub, items_type="text/html", items_body="<html></html>")
    with pytest.raises(MalformedResponse):
        list(client.iter_pages("parcels"))


def test_page_without_features_is_malformed(http_stub):
    client = _ogcapi_stub(http_stub, items_body='{"type": "FeatureCollection"}')
    with pytest.raises(MalformedResponse):
        list(client.iter_pages("parcels"))


def test_oversize_page_is_malformed(http_stub):
    feature = {"type": "Feature", "id": "a", "properties": {"note": "x" * 5000}, "geometry": None}
    body = json.dumps({"type": "FeatureCollection", "features": [feature], "numberMatched": 1})
    client = _ogcapi_stub(http_stub, items_body=body)
    client.max_page_bytes = 2000
    with pytest.raises(MalformedResponse, match="2000"):
        list(client.iter_pages("parcels"))


def test_small_page_under_the_limit_is_read(http_stub):
    feature = {"type": "Feature", "id": "a", "properties": {}, "geometry": None}
    body = json.dumps({"type": "FeatureCollection", "features": [feature], "numberMatched": 1})
    pages = list(_ogcapi_stub(http_stub, items_body=body).iter_pages("parcels"))
    assert [f["id"] for f in pages[0].features] == ["a"]


@pytest.mark.parametrize("status", [401, 403])
def test_refused_credentials(http_stub, status):
    http_stub.route("/collections", status, "application/json", "{}")
    with pytest.raises(AuthenticationFailed):
        OgcApiFeaturesClient(http_stub.base_url).collections()


def test_server_failure(http_stub):
    client = _ogcapi_stub(http_stub, items_status=500, items_type="text/html", items_body="<h1>500</h1>")
    with pytest.raises(ServerError):
        list(client.iter_pages("parcels"))


class _TlsHandler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


def test_untrusted_certificate_is_a_tls_error(tmp_path):
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _TlsHandler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        with pytest.raises(TlsError):
            OgcApiFeaturesClient(f"https://127.0.0.1:{httpd.server_address[1]}").collections()
    finally:
        httpd.shutdown()
        httpd.server_close()


def _feature(i: int, version: int = 1) -> dict:
    return {"type": "Feature", "id": f"f{i:03d}", "properties": {"version": version},
            "geometry": {"type": "Point", "coordinates": [370000.0 + i, 375000.0]}}


def _items(total: int, server_max: int, matched: bool):
    def answer(query: dict):
        offset, limit = int(query.get("offset", 0)), min(int(query.get("limit", 10)), server_max)
        document = {"type": "FeatureCollection",
                    "features": [_feature(i) for i in range(offset, min(offset + limit, total))]}
        if matched:
            document["numberMatched"] = total
        return 200, "application/geo+json", json.dumps(document).encode(), {}
    return answer


@pytest.mark.parametrize("matched", [True, False], ids=["numberMatched", "no-numberMatched"])
def test_paging_copes_with_a_server_shortening_pages(http_stub, matched):
    client = _ogcapi_stub(http_stub)
    http_stub.respond(ITEMS, _items(total=23, server_max=5, matched=matched))
    pages = list(client.iter_pages("parcels", page_size=10))
    ids = [f["id"] for page in pages for f in page.features]
    assert ids == [f"f{i:03d}" for i in range(23)]


def test_etag_is_sent_as_if_match_and_412_is_a_conflict(http_stub):
    client = _ogcapi_stub(http_stub)
    item = ITEMS + "/f001"
    http_stub.route(item, 200, "application/geo+json", json.dumps(_feature(1)), {"ETag": '"v1"'})
    feature = client.get("parcels", "f001")
    http_stub.route(item, 412, "application/json", "{}", method="PUT")
    theirs = _feature(2, version=2) | {"id": "f001"}
    http_stub.route(item, 200, "application/geo+json", json.dumps(theirs), {"ETag": '"v2"'})
    with pytest.raises(VersionConflict) as caught:
        client.replace("parcels", feature, expected_version=1)
    assert caught.value.server_version == 2
    put = next(r for r in http_stub.requests if r[0] == "PUT")
    assert put[2]["If-Match"] == '"v1"'
    assert put[2]["Content-Type"] == "application/geo+json"
    assert json.loads(put[3])["id"] == "f001"


def test_a_refused_create_of_a_missing_feature_is_a_server_error(http_stub):
    client = _ogcapi_stub(http_stub)
    http_stub.route(ITEMS, 500, "text/html", "<h1>500</h1>", method="POST")
    with pytest.raises(ServerError):
        client.create("parcels", _feature(7))
