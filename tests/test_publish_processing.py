"""``agenceurbaine:publish`` against the REAL server: idempotent for a layer without an id field,
personal data recognised by values, replace announcing its deletions, layers with no or a wrong
CRS refused (default mode: append)."""

import uuid

import pytest
from qgis.core import QgsFeature, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer
from sync_support import area_bbox, new_area, server_rows
from test_algorithm_sync import _polygon, _zoning_layer

pytest_plugins = ["server_fixture", "test_algorithm_sync"]


class Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):
        self.lines.append(info)
        super().pushInfo(info)


def _buildings(origin, count, crs="EPSG:26191", geometry=None):
    """A building layer WITHOUT an id field; ``contact`` holds phone numbers."""
    layer = QgsVectorLayer(f"Polygon?crs={crs}&field=parcel_ref:string&field=levels:integer"
                           "&field=contact:string", f"batiments-{uuid.uuid4().hex[:4]}", "memory")
    features = []
    for i in range(count):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([f"P-{origin[0]:.0f}-{i}", 2, f"06612233{i:02d}"])
        feature.setGeometry(geometry or _polygon(origin[0] + 50 * i, origin[1], 10.0))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_default_mode_is_append(run):
    from agence_urbaine.core.sync.session import MODES
    from agence_urbaine.processing.algorithms.publish import PublishAlgorithm

    algorithm = PublishAlgorithm()
    algorithm.initAlgorithm()
    assert MODES[algorithm.parameterDefinition("MODE").defaultValue()] == "append"


def test_a_layer_without_id_field_published_twice_is_stored_once_without_its_phone_numbers(
        run, connection_name, agency_server, ogcapi_client):
    origin = new_area()
    layer = _buildings(origin, 5)
    for _ in range(2):
        result = run("agenceurbaine:publish", {"INPUT": layer, "CONNECTION": connection_name,
                                               "COLLECTION": "buildings"})
        assert result["SENT"] == 5 and result["REFUSED"] == 0
    assert len(server_rows(agency_server, origin)) == 5
    assert "contact (personal data: values look like phone numbers)" in result["SUMMARY"]
    pages = ogcapi_client.iter_pages("buildings", bbox=area_bbox(origin))
    stored = [f for page in pages for f in page.features]
    assert all("contact" not in f["properties"] for f in stored)


def test_replace_logs_the_number_it_deletes_and_an_empty_layer_deletes_nothing(run, connection_name,
                                                                              ogcapi_client):
    x, y = new_area()
    run("agenceurbaine:publish", {"INPUT": _zoning_layer("EPSG:26191", [("Z1", _polygon(x, y)),
                                                                         ("Z2", _polygon(x + 100, y))]),
                                  "CONNECTION": connection_name, "COLLECTION": "zoning", "MODE": 1})
    empty = _zoning_layer("EPSG:26191", [])
    result = run("agenceurbaine:publish", {"INPUT": empty, "CONNECTION": connection_name,
                                           "COLLECTION": "zoning", "MODE": 1})
    assert result["DELETED"] == 0
    assert sorted(f["properties"]["code"] for p in ogcapi_client.iter_pages("zoning") for f in p.features) \
        == ["Z1", "Z2"]
    log = Log()
    result = run("agenceurbaine:publish", {"INPUT": _zoning_layer("EPSG:26191", [("Z3", _polygon(x, y))]),
                                           "CONNECTION": connection_name, "COLLECTION": "zoning", "MODE": 1},
                 feedback=log)
    assert result["DELETED"] == 2
    assert "Replace: 2 feature(s) of zoning not in the layer will now be deleted." in log.lines


@pytest.mark.parametrize(("crs", "why"), [
    ("", "has no coordinate reference system"),
    ("EPSG:26191", "are impossible in its coordinate reference system"),  # lon/lat labelled Merchich
])
def test_a_layer_without_a_valid_crs_is_refused(run, connection_name, agency_server, crs, why):
    from qgis.core import QgsGeometry, QgsPointXY

    lonlat = QgsGeometry.fromPolygonXY([[QgsPointXY(-6.84, 34.0), QgsPointXY(-6.83, 34.0),
                                         QgsPointXY(-6.83, 34.01)]])
    layer = _buildings((0.0, 0.0), 2, crs=crs or "none", geometry=lonlat)
    with pytest.raises(QgsProcessingException, match=why) as refused:
        run("agenceurbaine:publish", {"INPUT": layer, "CONNECTION": connection_name,
                                      "COLLECTION": "buildings"})
    assert layer.name() in str(refused.value)
    assert agency_server.psql("SELECT count(*) FROM buildings WHERE parcel_ref LIKE 'P-0-%';").strip() == "0"
