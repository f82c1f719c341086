"""Pytest plugin: a REAL reference agency server per test session, and loopback HTTP stubs.

Register it once in tests/conftest.py with ``pytest_plugins = ["server_fixture"]`` (test modules
that need it also name it, which pytest de-duplicates).

* ``agency_server`` (session): PostgreSQL/PostGIS + pygeoapi started by ``server/agency_server.py``
  in a temporary folder on free loopback ports, loaded with the synthetic sample data (300
  parcels, about 240 buildings, whatever sample_data/ holds), stopped and removed at the end of
  the session. Skips when PostgreSQL's binaries are missing.
* ``ogcapi_client``: an :class:`OgcApiFeaturesClient` on that server, closed after the test.
* ``wfs_server`` (session) / ``wfst_client``: QGIS Server (WFS 1.1 with Transaction) over the
  same tables without versioning triggers, in the same cluster (``server/wfs_server.py``).
* ``sync_server`` (parametrised ``ogcapi`` / ``wfs``) / ``sync_client`` / ``sync_proxy`` /
  ``sync_proxied``: either reference server seen the same way (a :class:`SyncServer`), for the
  protocol-independent sync tests, which then run against both.
* ``http_stub``: a tiny HTTP server on 127.0.0.1 answering canned responses per path.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
import tempfile
import threading
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

REPO = Path(__file__).resolve().parent.parent


def _server_module():
    if "agency_server" not in sys.modules:
        spec = importlib.util.spec_from_file_location("agency_server", REPO / "server" / "agency_server.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["agency_server"] = module
        spec.loader.exec_module(module)
    return sys.modules["agency_server"]


def unavailable(message: str) -> None:
    """A server a test needs cannot start: skipped on a developer's machine, a failure in CI."""
    if os.environ.get("CI"):
        pytest.fail(message)  # in CI a server that cannot start is a failure, never a skip
    pytest.skip(message)


@pytest.fixture(scope="session")
def agency_server_module():
    """``server/agency_server.py`` as a module (``AgencyServer``, ``SAMPLE_GPKG``…)."""
    return _server_module()


@pytest.fixture(scope="session")
def agency_server() -> Iterator[object]:
    """A running reference server (an ``AgencyServer``; ``.base_url``, ``.psql(sql)``)."""
    module = _server_module()
    if not (module.PG_BIN / "initdb").exists():
        unavailable(f"PostgreSQL binaries missing in {module.PG_BIN} (run scripts/install-system.sh)")
    module.ensure_venv()
    folder = Path(tempfile.mkdtemp(prefix="agency-server-"))
    os.chmod(folder, 0o755)  # the cluster runs as the postgres user
    server = module.AgencyServer(folder, sample_gpkg=None)  # synthetic data: tests know it
    try:
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def proxy(agency_server) -> Iterator[object]:
    """A ``FaultProxy`` (tests/fault_proxy.py) in front of the session's reference server."""
    from fault_proxy import FaultProxy

    proxy = FaultProxy(agency_server.base_url)
    yield proxy
    proxy.close()


@pytest.fixture
def proxied(proxy) -> Iterator[object]:
    """An :class:`OgcApiFeaturesClient` through ``proxy``."""
    from agence_urbaine.core.sync.ogcapi import OgcApiFeaturesClient

    client = OgcApiFeaturesClient(proxy.base_url, timeout=(5.0, 60.0))
    yield client
    client.close()


@pytest.fixture
def ogcapi_client(agency_server) -> Iterator[object]:
    from agence_urbaine.core.sync.ogcapi import OgcApiFeaturesClient

    client = OgcApiFeaturesClient(agency_server.base_url)
    yield client
    client.close()


def _wfs_module():
    _server_module()
    if "wfs_server" not in sys.modules:
        spec = importlib.util.spec_from_file_location("wfs_server", REPO / "server" / "wfs_server.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["wfs_server"] = module
        spec.loader.exec_module(module)
    return sys.modules["wfs_server"]


@pytest.fixture(scope="session")
def wfs_server(agency_server) -> Iterator[object]:
    """A running WFS-T reference server (a ``WfsServer``: QGIS Server over the ``agency_wfs``
    database of the session's cluster, no versioning triggers; ``.base_url``, ``.psql(sql)``,
    ``.kill()`` / ``.start_mapserver()``). Skips (fails in CI) without qgis_mapserver."""
    module = _wfs_module()
    if not Path(module.MAPSERVER).exists():
        unavailable(f"{module.MAPSERVER} missing (apt-get install qgis-server)")
    server = module.WfsServer(agency_server.folder, agency=agency_server)
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture
def wfst_client(wfs_server) -> Iterator[object]:
    from agence_urbaine.core.sync.wfst import WfsTransactionClient

    client = WfsTransactionClient(wfs_server.base_url)
    yield client
    client.close()


class SyncServer:
    """One of the two reference servers, for tests that hold for both protocols.

    ``protocol`` (``ogcapi`` / ``wfs``), ``versioned`` (the OGC API tables keep versions),
    ``client(url=None, **options)``, ``rows(origin)`` (the test area's rows straight from PostGIS:
    id → levels, parcel_ref, use, version (None without versions), xmin), ``kill()`` /
    ``restart()``; what a :class:`FaultProxy` rule matches: ``pages`` (page reads, not counts),
    ``writes`` (a request carrying updates: OGC API's PUT, the WFS Transaction), ``read_one`` (a
    single feature's read); ``cut_message``: what a download cut short says."""

    def __init__(self, protocol: str, server: object):
        self.protocol, self.server = protocol, server
        self.versioned = protocol == "ogcapi"
        self.base_url = server.base_url
        if protocol == "ogcapi":
            items = "/collections/buildings/items"
            self.pages, self.writes, self.read_one = f"GET {items}?crs=", f"PUT {items}/", f"GET {items}/"
        else:
            self.pages, self.writes, self.read_one = "STARTINDEX=", "POST /ows", "FILTER="
        # qgis_mapserver answers HTTP/1.0 without Content-Length: a cut body is only seen as
        # unreadable GML (the same outcome: nothing is written, the run can be repeated)
        self.cut_message = "was cut" if protocol == "ogcapi" else "GML could not be read"

    def client(self, url: str | None = None, **options) -> object:
        if self.protocol == "ogcapi":
            from agence_urbaine.core.sync.ogcapi import OgcApiFeaturesClient

            return OgcApiFeaturesClient(url or self.base_url, **options)
        from agence_urbaine.core.sync.wfst import WfsTransactionClient

        return WfsTransactionClient(url + "/ows/" if url else self.base_url, **options)

    def rows(self, origin: tuple[float, float], table: str = "buildings") -> dict[str, dict]:
        from sync_support import area_bbox

        x0, y0, x1, y1 = area_bbox(origin)
        version = "version" if self.versioned else "NULL"
        out = self.server.psql(
            f"SELECT id, levels, parcel_ref, use, {version}, ST_XMin(geom) FROM {table} "
            f"WHERE geom && ST_MakeEnvelope({x0}, {y0}, {x1}, {y1}, 26191) ORDER BY id;")
        rows = {}
        for line in out.splitlines():
            fid, levels, ref, use, version, xmin = line.split("|")
            rows[fid] = {"levels": int(levels) if levels else None, "parcel_ref": ref, "use": use,
                         "version": int(version) if version else None, "xmin": float(xmin)}
        return rows

    def kill(self) -> None:
        (self.server.kill_pygeoapi if self.protocol == "ogcapi" else self.server.kill)()

    def restart(self) -> None:
        if self.protocol == "ogcapi":
            if not self.server._gunicorn_running():
                self.server.start_pygeoapi()
        else:
            self.server.start_mapserver()


@pytest.fixture(params=["ogcapi", "wfs"])
def sync_server(request) -> Iterator[SyncServer]:
    """Each reference server in turn (the test runs twice); answering again after the test."""
    server = SyncServer(request.param, request.getfixturevalue(
        "agency_server" if request.param == "ogcapi" else "wfs_server"))
    yield server
    server.restart()


@pytest.fixture
def sync_client(sync_server) -> Iterator[object]:
    client = sync_server.client()
    yield client
    client.close()


@pytest.fixture
def sync_proxy(sync_server) -> Iterator[object]:
    """A ``FaultProxy`` in front of ``sync_server``."""
    from fault_proxy import FaultProxy

    proxy = FaultProxy(sync_server.base_url)
    yield proxy
    proxy.close()


@pytest.fixture
def sync_proxied(sync_server, sync_proxy) -> Iterator[object]:
    """A client of ``sync_server`` through ``sync_proxy``."""
    client = sync_server.client(sync_proxy.base_url, timeout=(5.0, 60.0))
    yield client
    client.close()


class _StubHandler(BaseHTTPRequestHandler):
    routes: ClassVar[dict] = {}
    requests: ClassVar[list] = []

    def _answer(self) -> None:
        path, _, query = self.path.partition("?")
        path = path.rstrip("/") or "/"
        length = int(self.headers.get("Content-Length") or 0)
        body_in = self.rfile.read(length) if length else b""
        self.requests.append((self.command, path, dict(self.headers), body_in))
        answer = self.routes.get((self.command, path), (404, "text/html", b"<html>no</html>", {}))
        if callable(answer):
            answer = answer(dict(urllib.parse.parse_qsl(query)))
        status, content_type, body, headers = answer
        self.send_response(status)
        for name, value in {"Content-Type": content_type, **headers}.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        self._answer()

    def do_POST(self) -> None:
        self._answer()

    def do_PUT(self) -> None:
        self._answer()

    def do_DELETE(self) -> None:
        self._answer()

    def log_message(self, *args) -> None:
        pass


class HttpStub:
    """Canned responses: ``stub.route("/collections", 200, "application/json", b"{...}")``.

    ``route(..., method="PUT")`` answers another method; ``respond(path, fn)`` answers with
    ``fn(query: dict) -> (status, content_type, body: bytes, headers: dict)``. ``requests`` lists
    what was received as ``(method, path, headers, body)``.
    """

    def __init__(self) -> None:
        handler = type("Handler", (_StubHandler,), {"routes": {}, "requests": []})
        self.routes = handler.routes
        self.requests = handler.requests
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def route(self, path: str, status: int, content_type: str, body: bytes | str,
              headers: dict | None = None, method: str = "GET") -> None:
        data = body.encode() if isinstance(body, str) else body
        self.routes[(method, path)] = (status, content_type, data, headers or {})

    def respond(self, path: str, answer, method: str = "GET") -> None:
        self.routes[(method, path)] = answer

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def http_stub() -> Iterator[HttpStub]:
    stub = HttpStub()
    yield stub
    stub.close()
