"""``read_features``: GDAL's Arrow reader (fast path) gives exactly what the feature iteration gives.

Each case reads the same GeoPackage table twice: through a ``QgsProcessingFeatureSource`` with no
layer (always the feature iteration) and with its layer (the fast path when allowed), and compares
ids, fids, attribute values with their types and geometries (WKB).
"""

from __future__ import annotations

import pytest
import shapely
from osgeo import ogr, osr
from processing_helpers import RecordingFeedback, ensure_provider
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingFeatureSource,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameters,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate

from agence_urbaine.processing import layers as layers_module
from agence_urbaine.processing.layers import READ_PATHS, read_features, whole_layer

CRS = QgsCoordinateReferenceSystem("EPSG:26191")

FIELDS = (
    ("n", ogr.OFTInteger, ogr.OFSTNone),
    ("big", ogr.OFTInteger64, ogr.OFSTNone),
    ("x", ogr.OFTReal, ogr.OFSTNone),
    ("name", ogr.OFTString, ogr.OFSTNone),
    ("day", ogr.OFTDate, ogr.OFSTNone),
    ("flag", ogr.OFTInteger, ogr.OFSTBoolean),
    ("single", ogr.OFTReal, ogr.OFSTFloat32),
    ("stamp", ogr.OFTDateTime, ogr.OFSTNone),
)
ALL = [name for name, _, _ in FIELDS]
FAST_FIELDS = ["n", "big", "x", "name", "day"]

ROWS = [
    # n, big, x, name, day, flag, single, stamp, geometry (WKT; None: no geometry)
    (1, 2 ** 40, 1.5, "حي الأمل", "2020-01-02", 1, 0.1, "2020-01-02T03:04:05",
     "MULTIPOLYGON (((0 0, 10 0, 10 10, 0 0)), ((20 20, 30 20, 30 30, 20 20)))"),
    (None, None, None, None, None, None, None, None, "POLYGON ((0 0, 2 0, 2 2, 0 0))"),
    (3, -4, -0.25, "", "1999-12-31", 0, None, None, None),
    (5, 6, 7.125, "trailing space ", None, None, None, None, "MULTIPOLYGON EMPTY"),
    (7, 8, 1e-300, "Zone R+2 / منطقة", "2024-02-29", 1, 2.5, None, "POLYGON EMPTY"),
    (9, 10, 123456.789, "x", "1970-01-01", None, None, None,
     "MULTIPOLYGON (((100 100, 110 100, 110 110, 100 110, 100 100), (102 102, 104 102, 104 104, 102 102)))"),
]


def _write(path, table, rows, geometry_type=ogr.wkbMultiPolygon, epsg=26191, fields=FIELDS, delete=()):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    driver = ogr.GetDriverByName("GPKG")
    dataset = driver.Open(str(path), 1) if path.exists() else driver.CreateDataSource(str(path))
    layer = dataset.CreateLayer(table, srs, geometry_type, options=["FID=fid", "GEOMETRY_NAME=geom"])
    for name, kind, subtype in fields:
        definition = ogr.FieldDefn(name, kind)
        definition.SetSubType(subtype)
        layer.CreateField(definition)
    layer.StartTransaction()
    for row in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for (name, _, _), value in zip(fields, row):
            if value is None:
                feature.SetFieldNull(name)
            else:
                feature.SetField(name, value)
        if row[-1] is not None:
            feature.SetGeometryDirectly(ogr.CreateGeometryFromWkt(row[-1]))
        layer.CreateFeature(feature)
    for fid in delete:  # holes in the fid sequence
        layer.DeleteFeature(fid)
    layer.CommitTransaction()
    dataset = None
    return path


def _layer(path, table) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{path}|layername={table}", table, "ogr")
    assert layer.isValid()
    return layer


def _source(layer, definition=None) -> QgsProcessingFeatureSource:
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    if definition is None:
        return QgsProcessingFeatureSource(layer, context)
    parameter = QgsProcessingParameterFeatureSource("INPUT")
    QgsProject.instance().addMapLayer(layer)
    return QgsProcessingParameters.parameterAsSource(parameter, {"INPUT": definition}, context)


def _typed(values) -> list:
    return [(type(value).__name__, value) for value in values]


def _assert_same(slow, fast):
    (slow_set, slow_fids), (fast_set, fast_fids) = slow, fast
    assert fast_fids == slow_fids
    assert _typed(fast_set.ids) == _typed(slow_set.ids)
    assert list(fast_set.attributes) == list(slow_set.attributes)
    for name, column in slow_set.attributes.items():
        assert _typed(fast_set.attributes[name]) == _typed(column), name
    assert len(fast_set.geometries) == len(slow_set.geometries)
    for a, b in zip(fast_set.geometries, slow_set.geometries):
        assert (a is None) == (b is None)
        if a is not None:
            assert a.geom_type == b.geom_type
            assert shapely.to_wkb(a) == shapely.to_wkb(b)


class TookFast:
    """Truthy when the read took the fast path; says why not otherwise (in assertion messages)."""

    def __init__(self, fast: bool, messages: list):
        self.fast, self.messages = fast, messages

    def __bool__(self):
        return self.fast

    def __repr__(self):
        return f"TookFast({self.fast}, {self.messages})"


def _both(layer, fields, id_field=None, crs=CRS, feedback=None):
    """(slow, fast) reads and whether the second one took the fast path."""
    slow = read_features(_source(layer), crs, fields, id_field)
    feedback = feedback or RecordingFeedback()
    before = READ_PATHS["fast"]
    fast = read_features(_source(layer), crs, fields, id_field, feedback, "test", layer=layer)
    return slow, fast, TookFast(READ_PATHS["fast"] == before + 1, feedback.debug)


@pytest.fixture(autouse=True)
def small_layers_too(monkeypatch):
    """Small layers are read feature by feature (cheaper than opening the file again): not here."""
    monkeypatch.setattr(layers_module, "_ARROW_MIN_FEATURES", 0)


@pytest.fixture
def gpkg(tmp_path, qgis_app):
    return _write(tmp_path / "fast.gpkg", "t", ROWS)


def test_fast_path_gives_what_qgis_gives(gpkg):
    layer = _layer(gpkg, "t")
    for fields, id_field in ((FAST_FIELDS, None), (FAST_FIELDS, "name"), (["x"], "n"), ([], None),
                             (["fid", "day"], "fid"), (["name", "missing"], "big")):
        slow, fast, took_fast = _both(layer, fields, id_field)
        assert took_fast, (fields, id_field, took_fast)
        _assert_same(slow, fast)
    slow_set = slow[0]
    assert slow_set.attributes["name"][0] == "حي الأمل"
    assert slow_set.ids == [2 ** 40, None, -4, 6, 8, 10]
    geometries = read_features(_source(layer), CRS, [], layer=layer)[0].geometries
    assert [g is None for g in geometries] == [False, False, True, True, True, False]
    assert {g.geom_type for g in geometries if g is not None} == {"MultiPolygon"}  # made multi as QGIS does


def test_dates_are_qdates_and_fids_follow_the_table(tmp_path, qgis_app):
    path = _write(tmp_path / "holes.gpkg", "t", ROWS * 3, delete=(2, 5, 11))
    layer = _layer(path, "t")
    slow, fast, took_fast = _both(layer, ["day", "name"], "n")
    assert took_fast
    _assert_same(slow, fast)
    assert fast[1] == [1, 3, 4, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18]
    assert fast[0].attributes["day"][0] == QDate(2020, 1, 2)


def test_plain_layer_as_source_takes_the_fast_path(gpkg):
    """Servitude layers are passed as layers: no ``layer`` argument needed."""
    layer = _layer(gpkg, "t")
    before = READ_PATHS["fast"]
    fast = read_features(layer, CRS, ["n"], "name")
    assert READ_PATHS["fast"] == before + 1
    _assert_same(read_features(_source(layer), CRS, ["n"], "name"), fast)


def test_3d_and_single_type_layers(tmp_path, qgis_app):
    path = tmp_path / "z.gpkg"
    rows = [(1, "POLYGON Z ((0 0 1, 1 0 2, 1 1 3, 0 0 1))"), (2, None), (3, "POLYGON Z EMPTY")]
    _write(path, "z", rows, ogr.wkbPolygon25D, fields=(("n", ogr.OFTInteger, ogr.OFSTNone),))
    lines = [(1, "LINESTRING (0 0, 5 5)"), (2, "MULTILINESTRING ((0 0, 1 1), (2 2, 3 3))")]
    _write(path, "lines", lines, ogr.wkbMultiLineString, fields=(("n", ogr.OFTInteger, ogr.OFSTNone),))
    for table in ("z", "lines"):
        slow, fast, took_fast = _both(_layer(path, table), ["n"], "n")
        assert took_fast, took_fast
        _assert_same(slow, fast)
    assert fast[0].geometries[0].geom_type == "MultiLineString"


def test_curves_take_the_slow_path(tmp_path, qgis_app):
    path = tmp_path / "curves.gpkg"
    fields = (("n", ogr.OFTInteger, ogr.OFSTNone),)
    curve = "CURVEPOLYGON (CIRCULARSTRING (0 0, 10 10, 20 0, 10 -10, 0 0))"
    _write(path, "declared", [(1, curve), (2, "POLYGON ((0 0, 1 0, 1 1, 0 0))")], ogr.wkbCurvePolygon,
           fields=fields)
    _write(path, "hidden", [(1, "POLYGON ((0 0, 1 0, 1 1, 0 0))"), (2, curve)], ogr.wkbUnknown, fields=fields)
    for table in ("declared", "hidden"):
        slow, fast, took_fast = _both(_layer(path, table), ["n"], "n")
        assert not took_fast, table
        _assert_same(slow, fast)
        assert fast[0].geometries[0] is not None and fast[0].geometries[1] is not None


def test_types_read_differently_take_the_slow_path(gpkg):
    layer = _layer(gpkg, "t")
    # float32 (single precision in Arrow), datetime (time zones), boolean (GDAL 3.6.2's Arrow reader
    # gives False for the True after a NULL)
    for fields in (["single"], ["stamp"], ["flag"], ["n", "flag"]):
        slow, fast, took_fast = _both(layer, fields)
        assert not took_fast, fields
        _assert_same(slow, fast)


def test_subset_other_crs_and_editing_take_the_slow_path(gpkg, tmp_path):
    layer = _layer(gpkg, "t")
    layer.setSubsetString('"n" > 2')
    slow, fast, took_fast = _both(layer, ["n"], "n")
    assert not took_fast and fast[1] == [3, 4, 5, 6]
    _assert_same(slow, fast)

    other = QgsCoordinateReferenceSystem("EPSG:26192")
    slow, fast, took_fast = _both(_layer(gpkg, "t"), ["n"], "n", crs=other)
    assert not took_fast
    _assert_same(slow, fast)

    editing = _layer(gpkg, "t")
    editing.startEditing()
    editing.deleteFeature(1)
    slow, fast, took_fast = _both(editing, ["n"], "n")
    assert not took_fast and fast[1] == [2, 3, 4, 5, 6]
    editing.rollBack()

    shapefile = tmp_path / "t.shp"
    driver = ogr.GetDriverByName("ESRI Shapefile")
    dataset = driver.CreateDataSource(str(shapefile))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(26191)
    table = dataset.CreateLayer("t", srs, ogr.wkbPolygon)
    table.CreateField(ogr.FieldDefn("n", ogr.OFTInteger))
    feature = ogr.Feature(table.GetLayerDefn())
    feature.SetField("n", 1)
    feature.SetGeometryDirectly(ogr.CreateGeometryFromWkt("POLYGON ((0 0, 1 0, 1 1, 0 0))"))
    table.CreateFeature(feature)
    dataset = None
    slow, fast, took_fast = _both(QgsVectorLayer(str(shapefile), "t", "ogr"), ["n"], "n")
    assert not took_fast
    _assert_same(slow, fast)


def test_selected_features_take_the_slow_path(gpkg):
    layer = _layer(gpkg, "t")
    layer.selectByIds([2, 4])
    definition = QgsProcessingFeatureSourceDefinition(layer.id(), True)
    source = _source(layer, definition)
    try:
        # even when a caller wrongly passes the layer, the count tells the source is not all of it
        before = READ_PATHS["fast"]
        _, fids = read_features(source, CRS, ["n"], "n", layer=layer)
        assert READ_PATHS["fast"] == before
        assert sorted(fids) == [2, 4]
        # and whole_layer gives no layer for such a parameter
        provider = ensure_provider()
        algorithm = provider.algorithm("checkconformity").create()
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        assert whole_layer(algorithm, {"PARCELS": definition}, "PARCELS", context) is None
        limited = QgsProcessingFeatureSourceDefinition(layer.id(), False, 3)
        assert whole_layer(algorithm, {"PARCELS": limited}, "PARCELS", context) is None
        whole = QgsProcessingFeatureSourceDefinition(layer.id(), False)
        assert whole_layer(algorithm, {"PARCELS": whole}, "PARCELS", context) is layer
        assert whole_layer(algorithm, {"PARCELS": layer}, "PARCELS", context) is layer
        assert whole_layer(algorithm, {"PARCELS": layer.id()}, "PARCELS", context) is layer
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_parameter_given_as_a_path_takes_the_fast_path(gpkg):
    """As an algorithm reads it: parameterAsSource, and whole_layer for the same parameter."""
    provider = ensure_provider()
    algorithm = provider.algorithm("checkconformity").create()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    parameters = {"PARCELS": f"{gpkg}|layername=t"}
    source = algorithm.parameterAsSource(parameters, "PARCELS", context)
    layer = whole_layer(algorithm, parameters, "PARCELS", context)
    assert layer is not None
    before = READ_PATHS["fast"]
    fast = read_features(source, CRS, ["x", "day"], "name", layer=layer)
    assert READ_PATHS["fast"] == before + 1
    _assert_same(read_features(source, CRS, ["x", "day"], "name"), fast)


def test_unexpected_errors_fall_back_silently(gpkg, monkeypatch):
    layer = _layer(gpkg, "t")

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(layers_module, "_arrow_geometries", broken)
    feedback = RecordingFeedback()
    slow, fast, took_fast = _both(layer, ["n"], "n", feedback=feedback)
    assert not took_fast
    _assert_same(slow, fast)
    assert any("boom" in message for message in feedback.debug)


def test_small_layers_take_the_slow_path(gpkg, monkeypatch):
    monkeypatch.setattr(layers_module, "_ARROW_MIN_FEATURES", 500)
    slow, fast, took_fast = _both(_layer(gpkg, "t"), ["n"], "n")
    assert not took_fast
    _assert_same(slow, fast)


def test_cancel_stops_the_fast_read(gpkg):
    layer = _layer(gpkg, "t")
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    before = READ_PATHS["fast"]
    feature_set, fids = read_features(_source(layer), CRS, ["n"], "n", feedback, "test", layer=layer)
    assert READ_PATHS["fast"] == before + 1
    assert fids == [] and len(feature_set) == 0


def test_why_a_layer_is_read_feature_by_feature_is_in_the_users_language(gpkg, monkeypatch):
    """The log said "read feature by feature (a small layer)" in English in a French QGIS: the
    message and each reason go through tr() (marked «…» here), the template formatted after."""
    monkeypatch.setattr(layers_module, "tr", lambda text: "«" + text + "»")
    def small(layer):
        monkeypatch.setattr(layers_module, "_ARROW_MIN_FEATURES", 10 ** 9)

    cases = ((small, "a small layer"),
             (lambda layer: layer.setSubsetString('"n" > 0'), "the layer has a filter"),
             (lambda layer: layer.startEditing(), "the layer is being edited"))
    for prepare, reason in cases:
        layer = _layer(gpkg, "t")
        prepare(layer)
        _, _, took_fast = _both(layer, FAST_FIELDS)
        assert not took_fast.fast
        assert f"«test: read feature by feature («{reason}»)»" in took_fast.messages, took_fast.messages
        monkeypatch.setattr(layers_module, "_ARROW_MIN_FEATURES", 0)


@pytest.mark.parametrize("subset", [False, True])
def test_the_log_says_how_many_features_were_read(gpkg, subset):
    """The check's log said "Parcelles : 0 entités lues sur 74" on the feature-by-feature path
    (written before the first feature), which reads like a failure: it says the count read."""
    layer = _layer(gpkg, "t")
    if subset:  # the feature iteration (slow path)
        layer.setSubsetString('"n" > 2')
    feedback = RecordingFeedback()
    features, _ = read_features(layer, CRS, ["n"], "n", feedback=feedback, label="Parcels")
    counts = [line for line in feedback.debug if "features read" in line]
    assert counts and counts[-1] == f"Parcels: {len(features.ids)} of {layer.featureCount()} features read"
    assert not any(line.startswith("Parcels: 0 of") for line in counts)
