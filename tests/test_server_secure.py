"""The agency server as deployed (server/deploy/: nginx TLS + accounts + roles, two pygeoapi
instances, the audit trail), exercised through the plugin: Processing algorithms with named
connections and QGIS authentication configurations (Basic), QGIS's proxy settings and QGIS's
certificate store. Everything is real (nginx, gunicorn/pygeoapi, PostgreSQL) except the small
forward proxy of the proxy test."""

from __future__ import annotations

import datetime
import json
import time
import uuid
from pathlib import Path

import pytest
import requests
from connect_proxy import ConnectProxy
from processing_helpers import sync_algorithms_run
from qgis.core import (
    QgsApplication,
    QgsAuthMethodConfig,
    QgsFeature,
    QgsGeometry,
    QgsNetworkAccessManager,
    QgsPointXY,
    QgsProcessingException,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.PyQt.QtNetwork import QSslCertificate
from secure_fixture import ACCOUNTS, password
from sync_support import LocalEdits, area_bbox, new_area, seed_buildings, server_rows, square

from agence_urbaine.core.sync.client import Forbidden, TlsError, feature_version
from agence_urbaine.core.sync.ogcapi import OgcApiFeaturesClient
from agence_urbaine.core.sync.session import checkout, sync
from agence_urbaine.core.sync.workspace import Workspace
from agence_urbaine.processing.connections import Connection, remove_connection, save_connection

pytest_plugins = ["server_fixture", "secure_fixture"]

MASTER = "master-for-tests-only"  # one master password for every test (one auth db per run)
WRITERS = {"buildings": {"amina", "youssef", "karim", "salma"}, "zoning": {"karim", "salma"}}


# -- fixtures --------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def run(qgis_processing):
    return sync_algorithms_run()


def _auth_manager():
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword(MASTER, True)
    return manager


def _test_ca(secure_server) -> QSslCertificate:
    [certificate] = QSslCertificate.fromPath(str(secure_server.ca_file))
    return certificate


def _trust(secure_server, trusted: bool) -> None:
    """Add the test CA to QGIS's certificate store (Authorities), or remove it."""
    manager = _auth_manager()
    certificate = _test_ca(secure_server)
    if trusted:
        assert manager.storeCertAuthority(certificate)
    else:
        manager.removeCertAuthority(certificate)
    manager.rebuildCaCertsCache()
    manager.rebuildTrustedCaCertsCache()


@pytest.fixture(scope="module")
def trusted_ca(secure_server, qgis_app):
    _trust(secure_server, True)
    yield
    _trust(secure_server, False)


_AUTHCFGS: dict[tuple[str, str], str] = {}


def _authcfg(name: str, secret: str) -> str:
    if (name, secret) not in _AUTHCFGS:
        manager = _auth_manager()
        config = QgsAuthMethodConfig("Basic")
        config.setName(f"agency {name}")
        config.setConfig("username", name)
        config.setConfig("password", secret)
        stored = manager.storeAuthenticationConfig(config)
        assert stored[0] if isinstance(stored, tuple) else stored
        _AUTHCFGS[(name, secret)] = (stored[1] if isinstance(stored, tuple) else config).id()
    return _AUTHCFGS[(name, secret)]


@pytest.fixture
def connect(secure_server, trusted_ca):
    """``connect(account, secret=None, url=None)`` → the name of a saved connection using a QGIS
    Basic authentication configuration for that account (None: no authentication)."""
    names = []

    def make(account=None, secret=None, url=None):
        authcfg = _authcfg(account, secret or password(account)) if account else ""
        name = f"secure-{account or 'anonymous'}-{uuid.uuid4().hex[:6]}"
        save_connection(Connection(name, url or secure_server.base_url, authcfg))
        names.append(name)
        return name

    yield make
    for name in names:
        remove_connection(name)


def _as(secure_server, account, **options) -> OgcApiFeaturesClient:
    auth = requests.auth.HTTPBasicAuth(account.encode(), password(account).encode())
    return OgcApiFeaturesClient(secure_server.base_url, verify=str(secure_server.ca_file), auth=auth,
                                **options)


def _extent(origin):
    x0, y0, x1, y1 = area_bbox(origin)
    return f"{x0},{x1},{y0},{y1} [EPSG:26191]"


def _checkout(run, connection, origin, path, collections="buildings"):
    return run("agenceurbaine:checkout", {"CONNECTION": connection, "COLLECTIONS": collections,
                                          "EXTENT": _extent(origin), "WORKSPACE": str(path)})


def _zoning_layer(x, y, codes):
    layer = QgsVectorLayer("Polygon?crs=EPSG:26191&field=code:string&field=label:string", "zoning", "memory")
    features = []
    for index, code in enumerate(codes):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([code, f"Zone {code}"])
        x0 = x + 50.0 * index
        ring = [QgsPointXY(x0, y), QgsPointXY(x0 + 40, y), QgsPointXY(x0 + 40, y + 40),
                QgsPointXY(x0, y + 40)]
        feature.setGeometry(QgsGeometry.fromPolygonXY([ring]))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _audit(secure_server, ids) -> list[tuple[str, str, str]]:
    listed = ", ".join(f"'{fid}'" for fid in ids)
    out = secure_server.psql(f"SELECT feature_id, operation, account FROM agency_audit "
                             f"WHERE feature_id IN ({listed}) ORDER BY id;")
    return [tuple(line.split("|")) for line in out.splitlines() if line]


# -- accounts: 401 for anonymous and bad passwords, everywhere --------------------------------------
PATHS = ["/", "/conformance", "/collections", "/collections/buildings", "/collections/buildings/items",
         "/collections/buildings/queryables", "/openapi"]


def test_anonymous_and_wrong_passwords_get_401_on_every_path_and_method(secure_server):
    verify = str(secure_server.ca_file)
    for path in PATHS:
        for method in ("GET", "POST", "PUT", "DELETE", "OPTIONS"):
            for auth in (None, ("amina", "wrong"), ("nobody", "x"), ("salma", password("karim").encode())):
                answer = requests.request(method, secure_server.base_url + path, auth=auth, verify=verify,
                                          timeout=10)
                assert answer.status_code == 401, (method, path, auth)


def test_bad_password_through_the_plugin_is_a_clear_error(run, connect, tmp_path):
    with pytest.raises(QgsProcessingException, match=r"refused the credentials \(HTTP 401\)"):
        _checkout(run, connect("amina", "not-her-password"), new_area(), tmp_path / "ws.gpkg")
    with pytest.raises(QgsProcessingException, match=r"HTTP 401"):
        _checkout(run, connect(None), new_area(), tmp_path / "ws2.gpkg")


# -- roles over HTTP: every method and path -----------------------------------------------------------
def _feature(x, y, fid=None):
    return {"type": "Feature", "id": fid or str(uuid.uuid4()), "geometry": square(x, y),
            "properties": {"parcel_ref": "ROLE", "levels": 1}}


@pytest.mark.parametrize("account", sorted(ACCOUNTS))
def test_each_role_over_http_allowed_and_refused_per_method_and_path(secure_server, admin_client, account):
    verify, base = str(secure_server.ca_file), secure_server.base_url
    auth = (account.encode(), password(account).encode())
    x, y = new_area()
    [existing] = seed_buildings(admin_client, (x, y), 1)
    for path in PATHS[1:]:  # reads: every role
        assert requests.get(base + path, auth=auth, verify=verify, timeout=10).status_code == 200, path
    geo = {"Content-Type": "application/geo+json"}
    for collection in ("buildings", "zoning"):
        allowed = account in WRITERS[collection]
        feature = _feature(x + 100, y + 100)
        if collection == "zoning":
            feature["properties"] = {"code": "ROLE"}
        body = json.dumps(feature)
        created = requests.post(f"{base}/collections/{collection}/items", data=body, headers=geo, auth=auth,
                                verify=verify, timeout=30)
        assert created.status_code == (201 if allowed else 403), (collection, created.text)
        sql = f"SELECT count(*) FROM {collection} WHERE id = '{feature['id']}';"
        stored = secure_server.psql(sql).strip()
        assert stored == ("1" if allowed else "0")
        if collection == "buildings":
            replaced = requests.put(f"{base}/collections/buildings/items/{existing}", headers=geo, auth=auth,
                                    data=json.dumps({**_feature(x, y, existing), "properties": {
                                        "levels": 7, "version": 1}}), verify=verify, timeout=30)
            assert replaced.status_code == (204 if allowed else 403)
            deleted = requests.delete(f"{base}/collections/buildings/items/{existing}", auth=auth,
                                      verify=verify, timeout=30)
            assert deleted.status_code == (200 if allowed else 403)
            left = secure_server.psql(f"SELECT levels FROM buildings WHERE id = '{existing}';").strip()
            assert left == ("" if allowed else "1")  # a refused write changed nothing
    # collection-wide operations and anything that is not an item: refused to every role
    for method, path in (("POST", "/collections"), ("PUT", "/collections/buildings"),
                         ("DELETE", "/collections/buildings"), ("POST", "/collections/buildings/queryables"),
                         ("PATCH", "/collections/buildings/items"),
                         ("POST", "/collections/zoning/items/..%2F..%2Fbuildings/items"),
                         ("POST", "/collections/buildings/items/%2e%2e/%2e%2e/zoning/items")):
        answer = requests.request(method, base + path, data="{}", headers=geo, auth=auth, verify=verify,
                                  timeout=10)
        writer = account in WRITERS["buildings"]  # PATCH on items reaches pygeoapi, which has none
        expected = {405} if (writer and method == "PATCH") else {403}
        assert answer.status_code in expected, (method, path, answer.status_code)


def test_the_account_header_cannot_be_forged_and_other_writes_name_their_login(secure_server, admin_client):
    origin = new_area()
    [fid] = seed_buildings(admin_client, origin, 1)
    forging = _as(secure_server, "amina", headers={"X-Agency-User": "karim"})
    try:
        stored = forging.get("buildings", fid)
        stored["properties"]["levels"] = 4
        forging.replace("buildings", stored, feature_version(stored))
    finally:
        forging.close()
    secure_server.psql(f"UPDATE buildings SET levels = 5 WHERE id = '{fid}';")  # straight into PostgreSQL
    assert _audit(secure_server, [fid]) == [(fid, "INSERT", "salma"), (fid, "UPDATE", "amina"),
                                            (fid, "UPDATE", "db:postgres")]
    history = secure_server.who_changed("buildings", fid)
    assert [(h["account"], h["old_version"], h["new_version"]) for h in history] == [
        ("salma", None, 1), ("amina", 1, 2), ("db:postgres", 2, 3)]
    assert history[1]["changes"] == {"levels": {"old": 1, "new": 4}}
    assert secure_server.psql("SELECT has_table_privilege('agency_web', 'agency_audit', 'UPDATE'), "
                              "has_table_privilege('agency_web', 'agency_audit', 'DELETE');").strip() == "f|f"


# -- roles through the plugin: checkout, sync (update, create, delete), publish -------------------
@pytest.mark.parametrize("account", sorted(ACCOUNTS))
def test_each_role_through_the_plugin(run, connect, secure_server, admin_client, account, tmp_path):
    connection = connect(account)
    origin = new_area()
    ids = seed_buildings(admin_client, origin, 3)
    path = tmp_path / "ws.gpkg"
    assert _checkout(run, connection, origin, path)["FEATURES"] == 3  # every role reads
    edits = LocalEdits(path)
    edits.set(ids[0], levels=9)
    edits.delete(ids[1])
    created = edits.add(origin[0] + 500, origin[1] + 500, "NEW", levels=2)
    parameters = {"WORKSPACE": str(path), "CONNECTION": connection, "POLICY": 0}
    if account in WRITERS["buildings"]:
        assert run("agenceurbaine:sync", parameters)["PENDING"] == 0
        rows = server_rows(secure_server, origin)
        assert set(rows) == {ids[0], ids[2], created} and rows[ids[0]]["levels"] == 9
        seeded = {(ids[0], "INSERT"), (ids[1], "INSERT")}
        audited = {(fid, op, who) for fid, op, who in _audit(secure_server, [ids[0], ids[1], created])
                   if who == account and (fid, op) not in seeded}
        assert audited == {(ids[0], "UPDATE", account), (ids[1], "DELETE", account),
                           (created, "INSERT", account)}
    else:
        with pytest.raises(QgsProcessingException, match=r"does not allow this account.*HTTP 403"):
            run("agenceurbaine:sync", parameters)
        rows = server_rows(secure_server, origin)
        assert set(rows) == set(ids) and rows[ids[0]]["levels"] == 1  # nothing changed
        with Workspace(path) as workspace:
            assert workspace.pending_changes() == 3  # kept for later
    tag = uuid.uuid4().hex[:6]
    layer = _zoning_layer(origin[0], origin[1], [f"A-{tag}", f"B-{tag}"])
    publish = {"INPUT": layer, "CONNECTION": connection, "COLLECTION": "zoning", "MODE": 0}
    if account in WRITERS["zoning"]:
        assert run("agenceurbaine:publish", publish)["SENT"] == 2
    else:
        with pytest.raises(QgsProcessingException, match=r"HTTP 403"):
            run("agenceurbaine:publish", publish)
    stored = secure_server.psql(f"SELECT count(*) FROM zoning WHERE code LIKE '%-{tag}';").strip()
    assert stored == ("2" if account in WRITERS["zoning"] else "0")


def test_a_403_in_a_sync_leaves_the_refused_changes_pending_and_lets_the_others_through(
        run, connect, secure_server, admin_client, tmp_path):
    origin = new_area()
    ids = seed_buildings(admin_client, origin, 2)
    parcel = admin_client.create("parcels", {"type": "Feature", "id": str(uuid.uuid4()),
                                             "geometry": square(origin[0] + 300, origin[1] + 300, 30.0),
                                             "properties": {"ref": "P-SEC", "zone": "R1"}})
    connection = connect("amina")  # terrain on buildings only
    path = tmp_path / "ws.gpkg"
    assert _checkout(run, connection, origin, path, "parcels,buildings")["FEATURES"] == 3
    LocalEdits(path, "parcels").set(parcel, zone="R2")
    LocalEdits(path).set(ids[0], levels=6)
    LocalEdits(path).set(ids[1], levels=7)
    parameters = {"WORKSPACE": str(path), "CONNECTION": connection, "POLICY": 0}
    with pytest.raises(QgsProcessingException) as refused:
        run("agenceurbaine:sync", parameters)
    message = str(refused.value)
    assert f"parcels: feature {parcel} was not sent" in message and "HTTP 403" in message
    assert "buildings" not in message
    rows = server_rows(secure_server, origin)
    assert (rows[ids[0]]["levels"], rows[ids[1]]["levels"]) == (6, 7)  # the others went through
    assert secure_server.psql(f"SELECT zone FROM parcels WHERE id = '{parcel}';").strip() == "R1"
    with Workspace(path) as workspace:
        assert workspace.pending_changes("parcels") == 1 and workspace.pending_changes("buildings") == 0
    # the administrator assigns parcels to her: the next sync sends what was kept
    secure_server.set_account("amina", "terrain", ["buildings", "parcels"])
    try:
        assert run("agenceurbaine:sync", parameters)["PENDING"] == 0
        assert secure_server.psql(f"SELECT zone FROM parcels WHERE id = '{parcel}';").strip() == "R2"
        assert _audit(secure_server, [parcel])[-1] == (parcel, "UPDATE", "amina")
    finally:
        secure_server.set_account("amina", "terrain", ["buildings"])


def test_audit_names_the_right_account_for_every_change_of_a_two_team_sync(
        run, connect, secure_server, admin_client, tmp_path):
    origin = new_area()
    ids = seed_buildings(admin_client, origin, 6)
    teams = {"amina": connect("amina"), "youssef": connect("youssef")}
    paths = {name: tmp_path / f"{name}.gpkg" for name in teams}
    for name, connection in teams.items():
        _checkout(run, connection, origin, paths[name])
    amina, youssef = LocalEdits(paths["amina"]), LocalEdits(paths["youssef"])
    amina.set(ids[0], levels=2)
    amina.set(ids[1], levels=3)
    amina_new = amina.add(origin[0] + 600, origin[1] + 600, "A-NEW")
    amina.delete(ids[2])
    youssef.set(ids[3], levels=4)
    youssef.set(ids[1], use="commerce")  # the same feature as amina, another field: merged
    youssef_new = youssef.add(origin[0] + 700, origin[1] + 700, "Y-NEW")
    youssef.delete(ids[4])
    for name in ("amina", "youssef", "amina"):
        run("agenceurbaine:sync", {"WORKSPACE": str(paths[name]), "CONNECTION": teams[name], "POLICY": 0})
    changes = [row for row in _audit(secure_server, [*ids, amina_new, youssef_new]) if row[2] != "salma"]
    assert sorted(changes) == sorted([
        (ids[0], "UPDATE", "amina"), (ids[1], "UPDATE", "amina"), (amina_new, "INSERT", "amina"),
        (ids[2], "DELETE", "amina"), (ids[3], "UPDATE", "youssef"), (ids[1], "UPDATE", "youssef"),
        (youssef_new, "INSERT", "youssef"), (ids[4], "DELETE", "youssef")])
    history = secure_server.who_changed("buildings", ids[1])
    assert [(h["account"], h["changes"]) for h in history[1:]] == [
        ("amina", {"levels": {"old": 1, "new": 3}}),
        ("youssef", {"use": {"old": "habitat", "new": "commerce"}})]


# -- two instances: one killed during a sync --------------------------------------------------------
def test_one_pygeoapi_instance_killed_during_a_sync_loses_nothing(secure_server, admin_client, tmp_path):
    origin = new_area()
    ids = seed_buildings(admin_client, origin, 40)
    client = _as(secure_server, "youssef")
    killed = []
    try:
        with Workspace(tmp_path / "ws.gpkg") as workspace:
            checkout(client, workspace, ["buildings"], bbox=area_bbox(origin))
        edits = LocalEdits(tmp_path / "ws.gpkg")
        for index, fid in enumerate(ids):
            edits.set(fid, levels=10 + index)
        created = [edits.add(origin[0] + 20.0 * i, origin[1] + 800, f"K-{i}") for i in range(10)]

        def progress(percent, message):
            if "sending 15 of" in message and not killed:
                secure_server.kill_instance(1)
                killed.append(message)

        with Workspace(tmp_path / "ws.gpkg") as workspace:
            report = sync(client, workspace, progress=progress)
            assert killed and not report.errors, report.errors
            assert workspace.pending_changes() == 0
    finally:
        client.close()
        secure_server.start_instance(1)
    rows = server_rows(secure_server, origin)
    assert set(rows) == {*ids, *created}
    assert [rows[fid]["levels"] for fid in ids] == [10 + i for i in range(40)]
    assert all(rows[fid]["version"] == 2 for fid in ids)


# -- the plugin follows QGIS's network settings ---------------------------------------------------
def _set_proxy(values: dict | None) -> None:
    settings = QgsSettings()
    for key in ("proxyEnabled", "proxyType", "proxyHost", "proxyPort", "proxyExcludedUrls", "noProxyUrls"):
        settings.remove(f"proxy/{key}")
    for key, value in (values or {}).items():
        settings.setValue(f"proxy/{key}", value)
    QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()  # what QGIS's options dialog does


def test_the_plugin_goes_through_the_proxy_configured_in_qgis(run, connect, secure_server, tmp_path,
                                                               monkeypatch):
    for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "NO_PROXY",
                 "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    proxy, blocking = ConnectProxy(), ConnectProxy(refuse=True)
    connection = connect("lina")
    target = secure_server.base_url.split("://", 1)[1]
    try:
        _set_proxy({"proxyEnabled": True, "proxyType": "HttpProxy", "proxyHost": "127.0.0.1",
                    "proxyPort": str(proxy.port)})
        assert _checkout(run, connection, new_area(), tmp_path / "a.gpkg")["FEATURES"] == 0
        assert proxy.tunnels and set(proxy.tunnels) == {target}  # TLS end to end, through the tunnel
        _set_proxy({"proxyEnabled": True, "proxyType": "HttpProxy", "proxyHost": "127.0.0.1",
                    "proxyPort": str(blocking.port)})
        with pytest.raises(QgsProcessingException, match="cannot be reached"):
            _checkout(run, connection, new_area(), tmp_path / "b.gpkg")
        assert not blocking.tunnels
        _set_proxy({"proxyEnabled": True, "proxyType": "HttpProxy", "proxyHost": "127.0.0.1",
                    "proxyPort": str(blocking.port), "proxyExcludedUrls": secure_server.base_url})
        assert _checkout(run, connection, new_area(), tmp_path / "c.gpkg")["FEATURES"] == 0  # excluded
    finally:
        _set_proxy(None)
        proxy.close()
        blocking.close()
    assert _checkout(run, connection, new_area(), tmp_path / "d.gpkg")["FEATURES"] == 0  # no proxy again


def test_the_test_ca_is_trusted_through_qgis_certificate_store(run, connect, secure_server, tmp_path,
                                                               monkeypatch):
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    connection = connect("lina")
    _trust(secure_server, False)
    try:
        with pytest.raises(QgsProcessingException, match=r"not trusted by this computer.*Authorities"):
            _checkout(run, connection, new_area(), tmp_path / "a.gpkg")
    finally:
        _trust(secure_server, True)
    assert _checkout(run, connection, new_area(), tmp_path / "b.gpkg")["FEATURES"] == 0
    with pytest.raises(TlsError, match="not trusted"):  # the core client alone: no such CA
        OgcApiFeaturesClient(secure_server.base_url).collections()


def _expired_certificate(tls_dir):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    ca_key = serialization.load_pem_private_key((tls_dir / "ca.key").read_bytes(), None)
    ca = x509.load_pem_x509_certificate((tls_dir / "ca.pem").read_bytes())
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.datetime.now(datetime.timezone.utc)
    import ipaddress

    certificate = (x509.CertificateBuilder()
                   .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
                   .issuer_name(ca.subject).public_key(key.public_key())
                   .serial_number(x509.random_serial_number())
                   .not_valid_before(now - datetime.timedelta(days=400))
                   .not_valid_after(now - datetime.timedelta(days=30))
                   .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                                  critical=False)
                   .sign(ca_key, hashes.SHA256()))
    pem = certificate.public_bytes(serialization.Encoding.PEM)
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return pem, key_pem


def _children(pid: int) -> set[int]:
    """The processes whose parent is ``pid`` (nginx's workers, for its master)."""
    children = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            children.add(int(stat.parent.name))
    return children


def _serve_certificate(secure_server, pem: bytes, key: bytes) -> None:
    """Swap nginx's certificate and return once no worker serves the old one: after a reload the
    old workers finish gracefully and may still accept a connection or two (the test that sees
    one of them gets the old certificate: it failed now and then on 3.44)."""
    (secure_server.tls_dir / "server.pem").write_bytes(pem)
    (secure_server.tls_dir / "server.key").write_bytes(key)
    old_workers = _children(secure_server._nginx_pid())
    secure_server._nginx("-s", "reload")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in old_workers):
        time.sleep(0.1)
    while time.monotonic() < deadline:  # until the new workers serve the new certificate
        import socket
        import ssl

        context = ssl.create_default_context()
        context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
        with socket.create_connection(("127.0.0.1", secure_server.state["https_port"])) as raw, \
                context.wrap_socket(raw) as tls:
            if ssl.DER_cert_to_PEM_cert(tls.getpeercert(binary_form=True)).strip() == pem.decode().strip():
                return
        time.sleep(0.2)
    raise AssertionError("nginx did not take the new certificate")


def test_expired_certificate_and_plain_http_are_clear_errors(run, connect, secure_server, tmp_path):
    connection = connect("lina")
    tls = secure_server.tls_dir
    good = ((tls / "server.pem").read_bytes(), (tls / "server.key").read_bytes())
    _serve_certificate(secure_server, *_expired_certificate(tls))
    try:
        with pytest.raises(QgsProcessingException, match=r"certificate of .* has expired"):
            _checkout(run, connection, new_area(), tmp_path / "a.gpkg")
    finally:
        _serve_certificate(secure_server, *good)
    plain = connect(None, url=secure_server.base_url.replace("https://", "http://"))
    with pytest.raises(QgsProcessingException, match="accepts HTTPS only"):
        _checkout(run, plain, new_area(), tmp_path / "b.gpkg")


def test_accounts_added_and_removed_by_the_administrator_take_effect(secure_server):
    verify, url = str(secure_server.ca_file), secure_server.base_url + "/collections"
    secure_server.set_account("nadia", "lecture", (), "nadia-pw")
    try:
        assert requests.get(url, auth=("nadia", "nadia-pw"), verify=verify, timeout=10).status_code == 200
        hashes = (secure_server.nginx_dir / "htpasswd").read_text()
        assert "nadia-pw" not in hashes and "nadia:$6$" in hashes  # stored hashed
    finally:
        secure_server.remove_account("nadia")
    assert requests.get(url, auth=("nadia", "nadia-pw"), verify=verify, timeout=10).status_code == 401


def test_a_forbidden_write_is_a_typed_error_of_the_core_client(secure_server, admin_client):
    [fid] = seed_buildings(admin_client, new_area(), 1)
    client = _as(secure_server, "lina")
    try:
        stored = client.get("buildings", fid)
        stored["properties"]["levels"] = 3
        with pytest.raises(Forbidden, match="HTTP 403"):
            client.replace("buildings", stored, feature_version(stored))
        with pytest.raises(Forbidden):
            client.delete("buildings", fid, feature_version(stored))
    finally:
        client.close()
    assert secure_server.psql(f"SELECT levels, version FROM buildings WHERE id = '{fid}';").strip() == "1|1"
