"""``agenceurbaine:publish`` / ``checkout`` / ``sync`` through Processing, against the REAL server;
named connections resolved from settings and a throw-away QGIS authentication database."""

import base64
import json
import os
import subprocess
import uuid
from pathlib import Path

import pytest
from osgeo import ogr
from processing_helpers import sync_algorithms_run
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer
from sync_support import LocalEdits, area_bbox, new_area, seed_buildings, server_rows

from agence_urbaine.core.sync.client import feature_version
from agence_urbaine.core.sync.workspace import Workspace
from agence_urbaine.processing.connections import (
    Connection,
    auth_config_label,
    load_connection,
    remove_connection,
    requests_auth,
    save_connection,
)

pytest_plugins = ["server_fixture"]

REPO = Path(__file__).resolve().parent.parent
ALGORITHMS = ("publish", "checkout", "sync")


@pytest.fixture(scope="module")
def run(qgis_processing):
    return sync_algorithms_run()


@pytest.fixture
def connection_name(agency_server):
    name = f"test-{uuid.uuid4().hex[:8]}"
    save_connection(Connection(name, agency_server.base_url))
    yield name
    remove_connection(name)


def _polygon(x, y, size=40.0):
    return QgsGeometry.fromPolygonXY([[QgsPointXY(x, y), QgsPointXY(x + size, y),
                                       QgsPointXY(x + size, y + size), QgsPointXY(x, y + size)]])


def _zoning_layer(crs, rows):
    layer = QgsVectorLayer(f"Polygon?crs={crs}&field=code:string&field=label:string&field=max_levels:integer"
                           "&field=nom_demandeur:string", "zoning", "memory")
    features = []
    for code, geometry in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([code, f"Zone {code}", 2, "Alami"])
        feature.setGeometry(geometry)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _server_zoning(client, codes):
    return {f["properties"]["code"]: f for page in client.iter_pages("zoning") for f in page.features
            if f["properties"]["code"] in codes}


# -- connections -----------------------------------------------------------------------------------
AUTH_SCRIPT = """
import json, sys
from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsSettings
app = QgsApplication([], False)
app.initQgis()
manager = QgsApplication.authManager()
assert manager.setMasterPassword("master-for-tests-only", True)
config = QgsAuthMethodConfig("Basic")
config.setName("agency")
config.setConfig("username", "planner")
config.setConfig("password", "s3cret-pw")
assert manager.storeAuthenticationConfig(config)[0]
from agence_urbaine.processing.connections import Connection, open_client, save_connection
save_connection(Connection("agency", sys.argv[1], config.id()))
with open_client("agency") as client:
    ids = [c.id for c in client.collections(count=False)]
settings = QgsSettings()
settings.sync()
print(json.dumps({"ids": ids, "authcfg": config.id(), "settings": settings.fileName(),
                  "authdb": manager.authenticationDatabasePath()}))
"""


def test_basic_authcfg_from_a_throwaway_auth_db_authenticates_requests(http_stub, tmp_path):
    http_stub.route("/collections", 200, "application/json", json.dumps({"collections": [{"id": "parcels"}]}))
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_DATA_HOME": str(home / ".local"), "QGIS_AUTH_DB_DIR_PATH": str(tmp_path / "auth"),
           "PYTHONPATH": str(REPO / ".build" / "plugins"), "QT_QPA_PLATFORM": "offscreen"}
    (tmp_path / "auth").mkdir()
    done = subprocess.run(["/usr/bin/python3", "-c", AUTH_SCRIPT, http_stub.base_url], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["ids"] == ["parcels"]
    assert result["authdb"].startswith(str(tmp_path / "auth"))
    [(_, _, headers, _)] = [r for r in http_stub.requests if r[1] == "/collections"]
    assert headers["Authorization"] == "Basic " + base64.b64encode(b"planner:s3cret-pw").decode()
    settings = Path(result["settings"]).read_text()
    assert result["authcfg"] in settings and "s3cret-pw" not in settings and "planner" not in settings


def test_unknown_connection_and_unknown_authcfg_are_clear_errors(qgis_app, connection_name):
    with pytest.raises(QgsProcessingException, match="no-such-server"):
        load_connection("no-such-server")
    assert load_connection(connection_name).authcfg == ""
    with pytest.raises(QgsProcessingException, match="zzzzzz9"):
        requests_auth("zzzzzz9")


def test_authentication_errors_name_the_configuration_as_qgis_shows_it(qgis_app):
    """A user knows a configuration by the name given in QGIS's Authentication settings, not by
    its generated id: every message about a stored configuration shows the name (id after it)."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword("master-for-tests-only", True)
    config = QgsAuthMethodConfig("Identity-Cert")
    config.setName("Compte agence Tanger")
    config.setConfig("certid", "none")
    stored = manager.storeAuthenticationConfig(config)
    config_id = (stored[1] if isinstance(stored, tuple) else config).id()
    try:
        with pytest.raises(QgsProcessingException) as caught:
            requests_auth(config_id)
        assert "“Compte agence Tanger”" in str(caught.value) and config_id in str(caught.value)
        assert auth_config_label(config_id) == f"“Compte agence Tanger” ({config_id})"
        assert auth_config_label("zzzzzz9") == "zzzzzz9"
    finally:
        manager.removeAuthenticationConfig(config_id)


# -- publish ---------------------------------------------------------------------------------------
def test_publish_algorithm_sends_valid_features_without_personal_data(run, connection_name, ogcapi_client):
    x, y = new_area()
    tag = uuid.uuid4().hex[:6]
    bowtie = QgsGeometry.fromPolygonXY([[QgsPointXY(x, y), QgsPointXY(x + 10, y + 10),
                                         QgsPointXY(x + 10, y), QgsPointXY(x, y + 10)]])
    layer = _zoning_layer("EPSG:26191", [(f"A-{tag}", _polygon(x, y)), (f"B-{tag}", _polygon(x + 100, y)),
                                         (f"C-{tag}", bowtie)])
    result = run("agenceurbaine:publish", {"INPUT": layer, "CONNECTION": connection_name,
                                           "COLLECTION": "zoning", "MODE": 0})
    assert (result["SENT"], result["REFUSED"], result["INVALID"]) == (2, 0, 1)
    assert "nom_demandeur" in result["SUMMARY"]
    stored = _server_zoning(ogcapi_client, {f"A-{tag}", f"B-{tag}", f"C-{tag}"})
    assert set(stored) == {f"A-{tag}", f"B-{tag}"}
    assert "nom_demandeur" not in stored[f"A-{tag}"]["properties"]
    ring = stored[f"A-{tag}"]["geometry"]["coordinates"][0]
    assert ring[0] == [x, y] and ring[2] == [x + 40.0, y + 40.0]


def test_publish_algorithm_reprojects_to_the_storage_crs(run, connection_name, ogcapi_client):
    tag = uuid.uuid4().hex[:6]
    geometry = QgsGeometry.fromPolygonXY([[QgsPointXY(-6.83, 34.02), QgsPointXY(-6.829, 34.02),
                                           QgsPointXY(-6.829, 34.021)]])
    result = run("agenceurbaine:publish", {"INPUT": _zoning_layer("EPSG:4326", [(f"W-{tag}", geometry)]),
                                           "CONNECTION": connection_name, "COLLECTION": "zoning"})
    assert result["SENT"] == 1
    x, y = _server_zoning(ogcapi_client, {f"W-{tag}"})[f"W-{tag}"]["geometry"]["coordinates"][0][0]
    assert 300_000 < x < 500_000 and 300_000 < y < 500_000  # Merchich Nord Maroc metres, not degrees


def test_publish_to_an_unknown_collection_is_a_clear_error(run, connection_name):
    layer = _zoning_layer("EPSG:26191", [("X", _polygon(0, 0))])
    with pytest.raises(QgsProcessingException, match="no collection nowhere"):
        run("agenceurbaine:publish", {"INPUT": layer, "CONNECTION": connection_name, "COLLECTION": "nowhere"})


# -- checkout → edits in the GeoPackage → sync -----------------------------------------------------
def _ogr_set_levels(path, fid, levels):
    dataset = ogr.Open(str(path), 1)
    layer = dataset.GetLayerByName("buildings")
    layer.SetAttributeFilter(f"id = '{fid}'")
    feature = layer.GetNextFeature()
    feature.SetField("levels", levels)
    assert layer.SetFeature(feature) == 0
    dataset = None


def test_checkout_edit_then_sync_leaves_exactly_the_expected_rows(run, connection_name, ogcapi_client,
                                                                  agency_server, tmp_path):
    origin = new_area()
    ids = seed_buildings(ogcapi_client, origin, 5)
    x0, y0, x1, y1 = area_bbox(origin)
    path = tmp_path / "field.gpkg"
    result = run("agenceurbaine:checkout", {"CONNECTION": connection_name, "COLLECTIONS": "buildings",
                                            "EXTENT": f"{x0},{x1},{y0},{y1} [EPSG:26191]",
                                            "WORKSPACE": str(path)})
    assert result["FEATURES"] == 5
    _ogr_set_levels(path, ids[0], 8)  # edited with GDAL, as QGIS does
    edits = LocalEdits(path)
    edits.delete(ids[1])
    created = edits.add(origin[0] + 700, origin[1] + 700, "NEW", levels=2)
    theirs = ogcapi_client.get("buildings", ids[2])
    theirs["properties"]["use"] = "equipement"
    ogcapi_client.replace("buildings", theirs, feature_version(theirs))

    result = run("agenceurbaine:sync", {"WORKSPACE": str(path), "CONNECTION": connection_name, "POLICY": 0})
    assert (result["PULLED"], result["PUSHED"], result["CONFLICTS"], result["PENDING"]) == (1, 3, 0, 0)
    assert result["LAST_SYNC"]
    rows = server_rows(agency_server, origin)
    assert set(rows) == {ids[0], ids[2], ids[3], ids[4], created}
    assert (rows[ids[0]]["levels"], rows[ids[2]]["use"], rows[created]["levels"]) == (8, "equipement", 2)
    with Workspace(path) as workspace:
        local = workspace.features("buildings")
        assert set(local) == set(rows) and local[ids[2]]["properties"]["use"] == "equipement"


def test_checkout_by_polygon_layer_and_conflict_policies(run, connection_name, ogcapi_client, agency_server,
                                                        tmp_path):
    origin = new_area()
    ids = seed_buildings(ogcapi_client, origin, 4)  # x from origin to origin + 70
    area = QgsVectorLayer("Polygon?crs=EPSG:26191", "area", "memory")
    feature = QgsFeature()
    feature.setGeometry(_polygon(origin[0] - 5, origin[1], 30.0).buffer(0, 1).combine(
        _polygon(origin[0] - 5, origin[1] + 30, 100.0)))
    area.dataProvider().addFeatures([feature])
    path = tmp_path / "field.gpkg"
    result = run("agenceurbaine:checkout", {"CONNECTION": connection_name, "COLLECTIONS": "buildings",
                                            "AREA": area, "WORKSPACE": str(path)})
    assert result["FEATURES"] == 4  # the buildings stand at y + 50..60, inside the second square
    LocalEdits(path).set(ids[0], levels=3)
    theirs = ogcapi_client.get("buildings", ids[0])
    theirs["properties"]["levels"] = 6
    ogcapi_client.replace("buildings", theirs, feature_version(theirs))

    parameters = {"WORKSPACE": str(path), "CONNECTION": connection_name, "POLICY": 0}
    assert run("agenceurbaine:sync", parameters)["CONFLICTS"] == 1
    assert server_rows(agency_server, origin)[ids[0]]["levels"] == 6
    result = run("agenceurbaine:sync", {**parameters, "POLICY": 1})  # keep mine
    assert (result["CONFLICTS"], result["PUSHED"], result["PENDING"]) == (0, 1, 0)
    assert server_rows(agency_server, origin)[ids[0]]["levels"] == 3


def test_sync_refuses_a_workspace_checked_out_from_another_server(run, connection_name, tmp_path):
    path = tmp_path / "other.gpkg"
    with Workspace(path) as workspace:
        workspace.db.execute("INSERT INTO sync_collections (collection, table_name, server_url) "
                             "VALUES ('buildings', 'buildings', 'http://127.0.0.1:1')")
        workspace.db.commit()
    with pytest.raises(QgsProcessingException, match="not from this connection"):
        run("agenceurbaine:sync", {"WORKSPACE": str(path), "CONNECTION": connection_name})


def test_checkout_from_an_unreachable_server_is_a_clear_error(run, tmp_path):
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    name = f"test-down-{uuid.uuid4().hex[:6]}"
    save_connection(Connection(name, f"http://127.0.0.1:{port}"))
    try:
        with pytest.raises(QgsProcessingException, match="cannot be reached"):
            run("agenceurbaine:checkout", {"CONNECTION": name, "COLLECTIONS": "buildings",
                                           "WORKSPACE": str(tmp_path / "sub" / "ws.gpkg")})
    finally:
        remove_connection(name)


# -- protocols -------------------------------------------------------------------------------------
def _wfs_building_rows(wfs_server, origin):
    x0, y0, x1, y1 = area_bbox(origin)
    out = wfs_server.psql(f"SELECT id, levels FROM buildings WHERE geom && "
                          f"ST_MakeEnvelope({x0}, {y0}, {x1}, {y1}, 26191) ORDER BY id;")
    return {fid: int(levels) for fid, levels in (line.split("|") for line in out.splitlines())}


def test_processing_with_protocol_wfs_checks_out_and_syncs_a_wfs_server(run, wfst_client, wfs_server,
                                                                        tmp_path):
    origin = new_area(50_000.0)
    ids = seed_buildings(wfst_client, origin, 3)
    x0, y0, x1, y1 = area_bbox(origin)
    path = tmp_path / "wfs.gpkg"
    server = {"CONNECTION": wfs_server.base_url, "PROTOCOL": 2}  # WFS-T
    result = run("agenceurbaine:checkout", {**server, "COLLECTIONS": "buildings", "WORKSPACE": str(path),
                                            "EXTENT": f"{x0},{x1},{y0},{y1} [EPSG:26191]"})
    assert result["FEATURES"] == 3
    edits = LocalEdits(path)
    edits.set(ids[0], levels=7)
    edits.delete(ids[1])
    created = edits.add(origin[0] + 700, origin[1] + 700, "NEW", levels=2)
    result = run("agenceurbaine:sync", {**server, "WORKSPACE": str(path), "POLICY": 0})
    assert (result["PULLED"], result["PUSHED"], result["CONFLICTS"], result["PENDING"]) == (0, 3, 0, 0)
    assert _wfs_building_rows(wfs_server, origin) == {ids[0]: 7, ids[2]: 1, created: 2}


def test_auto_on_a_wfs_address_chooses_wfs(run, wfst_client, wfs_server, tmp_path):
    from agence_urbaine.core.sync.protocols import detect
    from agence_urbaine.core.sync.wfst import WfsTransactionClient
    from agence_urbaine.processing.connections import open_client

    assert detect(wfs_server.base_url) == "wfs"
    with open_client(wfs_server.base_url) as client:  # an address, protocol auto
        assert isinstance(client, WfsTransactionClient)
    origin = new_area(50_000.0)
    seed_buildings(wfst_client, origin, 2)
    x0, y0, x1, y1 = area_bbox(origin)
    result = run("agenceurbaine:checkout", {"CONNECTION": wfs_server.base_url, "COLLECTIONS": "buildings",
                                            "EXTENT": f"{x0},{x1},{y0},{y1} [EPSG:26191]",
                                            "WORKSPACE": str(tmp_path / "auto.gpkg")})
    assert result["FEATURES"] == 2
    with Workspace(tmp_path / "auto.gpkg") as workspace:
        assert not workspace.has_versions("buildings")  # read through WFS: no version column


def test_the_protocol_parameter_overrides_a_saved_connection_and_auto_keeps_it(qgis_app):
    from agence_urbaine.processing.connections import resolve_connection

    name = f"test-{uuid.uuid4().hex[:8]}"
    save_connection(Connection(name, "https://sig.example/ows/", protocol="wfs"))
    try:
        assert resolve_connection(name).protocol == "wfs"
        assert resolve_connection(name, "ogcapi").protocol == "ogcapi"
        typed = resolve_connection("https://sig.example/geoserver/wfs", "wfs")
        assert (typed.url, typed.protocol, typed.authcfg) == ("https://sig.example/geoserver/wfs", "wfs", "")
        with pytest.raises(QgsProcessingException, match="user name or password"):
            from agence_urbaine.processing.connections import open_client

            open_client("https://user:pw@sig.example/ows/")
    finally:
        remove_connection(name)
