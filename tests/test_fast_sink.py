"""``processing.fast_sink``: GeoPackage outputs written through sqlite3, the same rows as a sink."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest
import shapely
from processing_helpers import conformity_parameters, ensure_provider, sample_layer
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSink,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate, QVariant

from agence_urbaine.compat import FieldType, ProcessingSourceType, SpatialIndexPresence, WkbType
from agence_urbaine.core.bulk import Coded, coded
from agence_urbaine.processing import fast_sink
from agence_urbaine.processing.fast_sink import Derived, FastSink, Same, gpkg_destination

CRS = QgsCoordinateReferenceSystem("EPSG:26191")
ARABIC = "مخالفة — غير مطابق"
ROWS = [
    ("plain", 1.5, 3),
    (ARABIC, None, None),
    (None, 2.0, 7),
    ("empty", 0.0, 0),
    ("collection", -1.0, 1),
]
GEOMETRIES = [
    shapely.box(0, 0, 10, 10),  # a polygon: promoted to a one-part multipolygon
    shapely.MultiPolygon([shapely.box(100, 100, 110, 110), shapely.box(120, 100, 130, 110)]),
    None,
    shapely.Polygon(),  # empty: NULL
    shapely.GeometryCollection([shapely.box(50, 0, 60, 5), shapely.LineString([(0, 0), (500, 500)])]),
]


def _fields():
    fields = QgsFields()
    for name, kind in (("name", FieldType.QString), ("value", FieldType.Double), ("count", FieldType.Int)):
        fields.append(QgsField(name, kind))
    return fields


class WriteRows(QgsProcessingAlgorithm):
    """Writes ``rows`` (and shapely ``geometries``) to OUTPUT through FastSink."""

    def __init__(self, rows=(), geometries=None, file_based=True, cancel_after=None, batch=None):
        super().__init__()
        self.rows, self.geometries, self.file_based = list(rows), geometries, file_based
        self.cancel_after, self.batch = cancel_after, batch
        self.fast = None

    def name(self):
        return "writerows"

    def displayName(self):
        return "Write rows"

    def createInstance(self):
        instance = WriteRows(self.rows, self.geometries, self.file_based, self.cancel_after, self.batch)
        instance.parent = self
        return instance

    def initAlgorithm(self, config=None):
        kind = ProcessingSourceType.VectorPolygon if self.geometries else ProcessingSourceType.Vector
        parameter = QgsProcessingParameterFeatureSink("OUTPUT", "Output", kind)
        parameter.setSupportsNonFileBasedOutput(not self.file_based)
        self.addParameter(parameter)

    def processAlgorithm(self, parameters, context, feedback):
        wkb_type = WkbType.MultiPolygon if self.geometries is not None else WkbType.NoGeometry
        sink = FastSink.create(self, parameters, context, "OUTPUT", _fields(), wkb_type, CRS, feedback)
        self.parent.fast = sink.fast
        batch = self.batch or len(self.rows) or 1
        with sink:
            for start in range(0, len(self.rows), batch):
                if self.cancel_after is not None and start >= self.cancel_after:
                    feedback.cancel()
                rows = self.rows[start:start + batch]
                if self.geometries is None:
                    sink.add(rows)
                else:
                    sink.add_shapely(rows, self.geometries[start:start + batch], multipolygon=True)
        return {"OUTPUT": sink.dest}


@pytest.fixture(scope="module")
def run(qgis_processing):
    import processing

    def run(algorithm, output, feedback=None):
        algorithm.initAlgorithm()
        value = processing.run(algorithm, {"OUTPUT": output}, feedback=feedback)["OUTPUT"]
        if isinstance(value, QgsVectorLayer):
            return value
        layer = QgsVectorLayer(value, "out", "ogr")
        assert layer.isValid(), value
        return layer

    return run


def _rows(layer):
    return [(tuple(None if v == QVariant() or v is None or (isinstance(v, QVariant) and v.isNull()) else v
                   for v in f.attributes()[-3:]),
             None if f.geometry().isNull() else f.geometry().asWkt(0))
            for f in layer.getFeatures()]


def test_destination_parsing():
    assert gpkg_destination("/tmp/a.gpkg") == ("/tmp/a.gpkg", None)
    assert gpkg_destination("/tmp/a.GPKG|layername=t t") == ("/tmp/a.GPKG", "t t")
    assert gpkg_destination("memory:Findings") is None
    assert gpkg_destination("/tmp/a.shp") is None
    assert gpkg_destination("/tmp/a.gpkg|option:SPATIAL_INDEX=NO") is None
    assert gpkg_destination("postgres:dbname='x' table=\"t\"") is None


def test_geopackage_rows_geometry_extent_and_spatial_index(run, tmp_path):
    algorithm = WriteRows(ROWS, GEOMETRIES)
    layer = run(algorithm, str(tmp_path / "out.gpkg"))
    assert algorithm.fast is True
    assert layer.featureCount() == len(ROWS)
    assert layer.wkbType() == WkbType.MultiPolygon
    assert layer.crs().authid() == "EPSG:26191"
    rows = _rows(layer)
    assert [r[0] for r in rows] == [
        ("plain", 1.5, 3), (ARABIC, None, None), (None, 2.0, 7), ("empty", 0.0, 0), ("collection", -1.0, 1)]
    assert rows[0][1] == "MultiPolygon (((10 0, 10 10, 0 10, 0 0, 10 0)))"  # shapely.box's ring
    assert QgsGeometry.fromWkt(rows[1][1]).isGeosEqual(QgsGeometry.fromWkt(
        "MultiPolygon (((100 100, 110 100, 110 110, 100 110, 100 100)),"
        "((120 100, 130 100, 130 110, 120 110, 120 100)))"))
    assert rows[2][1] is None and rows[3][1] is None  # missing and empty geometries are NULL
    only_polygon = QgsGeometry.fromWkt(rows[4][1])  # the collection keeps its polygon only
    assert only_polygon.wkbType() == WkbType.MultiPolygon and only_polygon.area() == 50
    assert layer.extent() == QgsRectangle(0, 0, 130, 110)
    assert layer.dataProvider().hasSpatialIndex() == SpatialIndexPresence.Present
    def hits(*rectangle):
        request = QgsFeatureRequest().setFilterRect(QgsRectangle(*rectangle))
        return sorted(f["name"] for f in layer.getFeatures(request))

    assert hits(95, 95, 135, 115) == [ARABIC]
    assert hits(-1, -1, 55, 4) == ["collection", "plain"]
    # what QGIS does not show: the R-tree rows, OGR's feature count, triggers put back as OGR made them
    with sqlite3.connect(str(tmp_path / "out.gpkg")) as db:
        assert db.execute("SELECT count(*) FROM rtree_out_geom").fetchone()[0] == 3
        assert db.execute("SELECT rtreecheck('rtree_out_geom')").fetchone()[0] == "ok"
        assert db.execute("SELECT feature_count FROM gpkg_ogr_contents").fetchone()[0] == 5
        # the file holds only this output: rewritten with large pages before the rows went in
        assert db.execute("PRAGMA page_size").fetchone()[0] == fast_sink.PAGE_SIZE
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        triggers = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                             "AND tbl_name = 'out'")}
        assert "rtree_out_geom_insert" in triggers and "trigger_insert_feature_count_out" in triggers


def test_memory_fallback_gives_the_same_rows(run, tmp_path):
    gpkg = run(WriteRows(ROWS, GEOMETRIES), str(tmp_path / "same.gpkg"))
    algorithm = WriteRows(ROWS, GEOMETRIES, file_based=False)
    memory = run(algorithm, "TEMPORARY_OUTPUT")
    assert algorithm.fast is False
    assert memory.dataProvider().name() == "memory"
    assert _rows(memory)[:3] == _rows(gpkg)[:3]
    assert [r[0] for r in _rows(memory)] == [r[0] for r in _rows(gpkg)]


def test_temporary_output_is_a_geopackage(run):
    algorithm = WriteRows(ROWS, GEOMETRIES)
    layer = run(algorithm, "TEMPORARY_OUTPUT")
    assert algorithm.fast is True
    assert layer.source().lower().endswith(".gpkg")
    assert layer.featureCount() == len(ROWS)


def test_named_layer_in_an_existing_geopackage_keeps_the_others(run, tmp_path):
    from osgeo import ogr

    path = tmp_path / "both.gpkg"
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))  # a user's file, OGR's pages
    source.CreateLayer("user layer", geom_type=ogr.wkbPoint).CreateFeature(
        ogr.Feature(source.GetLayer(0).GetLayerDefn()))
    source = None
    with sqlite3.connect(str(path)) as db:
        pages = db.execute("PRAGMA page_size").fetchone()[0]
    assert pages < fast_sink.PAGE_SIZE
    run(WriteRows(ROWS, GEOMETRIES), f"ogr:dbname='{path}' table=\"first\" (geom)")
    layer = run(WriteRows([("table only", 1.0, 1)] * 3), f"ogr:dbname='{path}' table=\"second rows\"")
    assert layer.source().endswith("|layername=second rows")
    assert layer.featureCount() == 3 and layer.wkbType() == WkbType.NoGeometry
    assert QgsVectorLayer(f"{path}|layername=first", "first", "ogr").featureCount() == len(ROWS)
    assert QgsVectorLayer(f"{path}|layername=user layer", "user", "ogr").featureCount() == 1
    with sqlite3.connect(str(path)) as db:  # a file holding other layers is not rewritten
        assert db.execute("PRAGMA page_size").fetchone()[0] == pages


def test_many_rows_in_batches_and_cancel_rolls_back(run, tmp_path, monkeypatch):
    monkeypatch.setattr(fast_sink, "BATCH", 1000)
    rows = [(f"row {i}", float(i), i) for i in range(25000)]
    layer = run(WriteRows(rows, batch=7000), str(tmp_path / "many.gpkg"))
    assert layer.featureCount() == 25000
    assert [f["count"] for f in layer.getFeatures(QgsFeatureRequest().setLimit(3))] == [0, 1, 2]
    canceled = run(WriteRows(rows, batch=7000, cancel_after=14000), str(tmp_path / "canceled.gpkg"),
                   feedback=QgsProcessingFeedback())
    assert canceled.featureCount() == 0  # rolled back: never half a result


@pytest.mark.parametrize("count", [1, 51, 52, 3000, 20000])
def test_packed_rtree_is_what_sqlite_builds(count, tmp_path):
    """The R-tree packed by pack_rtree passes sqlite's own check and answers like one built by
    inserting the same boxes, at one level (≤ 51 entries per node) and several."""
    rng = np.random.default_rng(count)
    low = rng.random((count, 2)) * 1000 + 300000.123456
    bounds = np.hstack([low, low + rng.random((count, 2)) * 50])  # minx, miny, maxx, maxy
    fids = rng.permutation(count * 2)[:count] + 1
    db = sqlite3.connect(str(tmp_path / "r.sqlite"))
    for name in ("packed", "inserted"):
        db.execute(f"CREATE VIRTUAL TABLE {name} USING rtree(id, minx, maxx, miny, maxy)")
    size = db.execute("SELECT length(data) FROM packed_node WHERE nodeno = 1").fetchone()[0]
    nodes, rowids, parents = fast_sink.pack_rtree(fids, bounds, size)
    db.executemany("INSERT OR REPLACE INTO packed_node VALUES (?, ?)", nodes)
    db.executemany("INSERT INTO packed_rowid (rowid, nodeno) VALUES (?, ?)", rowids)
    db.executemany("INSERT INTO packed_parent VALUES (?, ?)", parents)
    db.executemany("INSERT INTO inserted VALUES (?, ?, ?, ?, ?)",
                   [(int(f), b[0], b[2], b[1], b[3]) for f, b in zip(fids, bounds)])
    assert db.execute("SELECT rtreecheck('packed')").fetchone()[0] == "ok"
    assert db.execute("SELECT * FROM packed ORDER BY id").fetchall() == \
        db.execute("SELECT * FROM inserted ORDER BY id").fetchall()
    for x, y in rng.random((20, 2)) * 1000 + 300000:
        query = "SELECT id FROM {} WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ? ORDER BY id"
        window = (x, x + 40, y, y + 40)
        assert db.execute(query.format("packed"), window).fetchall() == \
            db.execute(query.format("inserted"), window).fetchall()
    db.execute("INSERT INTO packed VALUES (?, 1, 2, 3, 4)", (count * 3,))  # sqlite can go on from it
    db.execute("DELETE FROM packed WHERE id = ?", (int(fids[0]),))
    assert db.execute("SELECT rtreecheck('packed')").fetchone()[0] == "ok"


def test_write_error_names_the_output(run, tmp_path):
    with pytest.raises(QgsProcessingException) as error:
        run(WriteRows([("too", 1.0, 1, "many")]), str(tmp_path / "bad.gpkg"))
    assert "OUTPUT" in str(error.value) and "bad.gpkg" in str(error.value)


def test_qgis_values_are_converted(qgis_app):
    from qgis.core import NULL

    assert fast_sink.sqlite_value(NULL) is None
    assert fast_sink.sqlite_value(QDate(2020, 1, 2)) == "2020-01-02"
    assert fast_sink.sqlite_value(True) == 1
    assert fast_sink.sqlite_value(ARABIC) == ARABIC
    triangle = QgsGeometry.fromWkt("Polygon ((0 0, 2 0, 2 1, 0 0))")
    blobs, bounds = fast_sink.qgis_blobs([triangle, QgsGeometry()], 26191)
    assert blobs[1] is None and list(bounds[0]) == [0, 0, 2, 1]
    assert blobs[0][:4] == b"GP\x00\x03"
    geometry = QgsGeometry()
    geometry.fromWkb(blobs[0][40:])
    assert geometry.asWkt() == "Polygon ((0 0, 2 0, 2 1, 0 0))"


def _table(layer, key, common):
    rows = []
    for feature in layer.getFeatures():
        values = {name: feature[name] for name in layer.fields().names() if name in common}
        values = {k: (None if isinstance(v, QVariant) and v.isNull() else v) for k, v in values.items()}
        geometry = feature.geometry()
        values["geometry"] = None if geometry.isNull() else round(geometry.area(), 3)
        rows.append(values)
    return sorted(rows, key=lambda r: tuple(str(r[k]) for k in key))


def test_checkconformity_geopackage_outputs_equal_memory_outputs(qgis_processing, tmp_path):
    """The fast path writes what the sink path writes, for the three outputs of the check."""
    import processing
    from agence_urbaine.processing import fast_sink

    ensure_provider()
    copies = len(fast_sink.COPIES)
    files = processing.run("agenceurbaine:checkconformity", conformity_parameters(
        OUTPUT=str(tmp_path / "apps.gpkg"), FINDINGS=str(tmp_path / "findings.gpkg"),
        OFFENDING=str(tmp_path / "offending.gpkg")))
    assert fast_sink.COPIES[copies:] == ["applications"]  # the applications copied inside SQLite
    memory = processing.run("agenceurbaine:checkconformity", conformity_parameters(
        OUTPUT="memory:", FINDINGS="memory:", OFFENDING="memory:"))
    for name, key in (("OUTPUT", ("app_id",)), ("FINDINGS", ("app_id", "rule", "subject")),
                      ("OFFENDING", ("app_id", "rule", "subject"))):
        gpkg_layer = QgsVectorLayer(files[name], name, "ogr")
        memory_layer = memory[name]
        assert isinstance(memory_layer, QgsVectorLayer) and memory_layer.dataProvider().name() == "memory"
        assert gpkg_layer.featureCount() == memory_layer.featureCount() > 0
        if name == "OFFENDING":
            assert gpkg_layer.wkbType() == WkbType.MultiPolygon
        # the GeoPackage's fid column is a field in QGIS; the applications have one on both sides
        names = memory_layer.fields().names()
        assert [n for n in gpkg_layer.fields().names() if n != "fid" or "fid" in names] == names
        assert _table(gpkg_layer, key, names) == _table(memory_layer, key, names), name
        if name == "FINDINGS":
            continue
        # the spatial index answers like a full scan (the copy packs the source's boxes)
        box = next(f for f in gpkg_layer.getFeatures() if f.hasGeometry()).geometry().boundingBox()
        box.grow(30.0)
        by_index = {f.id() for f in gpkg_layer.getFeatures(QgsFeatureRequest().setFilterRect(box))}
        by_scan = {f.id() for f in gpkg_layer.getFeatures() if f.geometry().boundingBoxIntersects(box)}
        assert by_index == by_scan and by_index
        assert gpkg_layer.dataProvider().hasSpatialIndex() != 0
        if name == "OUTPUT":  # the copy's R-tree holds the source's boxes exactly
            boxes = "SELECT id, minx, maxx, miny, maxy FROM {} ORDER BY id"
            with sqlite3.connect(files[name]) as db:
                copied = db.execute(boxes.format("rtree_" + _layer_name(files[name]) + "_geom")).fetchall()
            with sqlite3.connect(sample_layer("applications").source().split("|")[0]) as db:
                assert copied == db.execute(boxes.format("rtree_applications_geom")).fetchall()


def test_findings_columns_give_the_output_rows(qgis_app):
    """check_conformity's findings writer turns ``findings.columns()``-like blocks into the output's
    columns; a :class:`Repeated` column gives one ``Same`` value, the rows it stands for unchanged."""
    from agence_urbaine.core.conformity import Finding, verdict_label
    from agence_urbaine.core.findings import Repeated
    from agence_urbaine.core.rules import VERDICTS
    from agence_urbaine.processing.algorithms.check_conformity import _column_batches

    findings = [
        Finding("PC-1", "coverage", "Coverage", 0.5, 0.7, "", "conforme", "ok", "R+4"),
        Finding(7, "use", "Use", None, "habitat", "", "non_conforme", ARABIC, "R+4"),
        Finding(None, "height", "Height", float("nan"), None, "m", "a_verifier", "", ""),
        Finding("PC-3", "levels", "Levels", 3.0, 4, "", "conforme", "R+3", "E2"),
    ]

    def columns(rows):
        return {
            "application_id": np.array([f.application_id for f in rows], dtype=object),
            "rule": [f.rule for f in rows], "label": [f.label for f in rows],
            "subject": [f.subject for f in rows],
            "measured": np.array([np.nan if f.measured is None else f.measured for f in rows]),
            "allowed": np.array([f.allowed for f in rows], dtype=object),
            "unit": [f.unit for f in rows], "verdict": np.array([f.verdict for f in rows], dtype=object),
            "message": [f.message for f in rows]}

    def rows_of(batch):
        count = next(len(c) for c in batch if not isinstance(c, Same))
        return list(zip(*([c.value] * count if isinstance(c, Same) else
                          c.values() if isinstance(c, Derived) else c for c in batch)))

    labels = {code: verdict_label(code) for code in VERDICTS}
    from_columns = [rows_of(c) for c in _column_batches(columns(findings), labels)]
    assert from_columns[0] == [
        ("PC-1", "coverage", "Coverage", "R+4", 0.5, "0.7", 0.7, "", "conforme", labels["conforme"], "ok"),
        ("7", "use", "Use", "R+4", None, "habitat", None, "", "non_conforme", labels["non_conforme"], ARABIC),
        ("", "height", "Height", "", None, "", None, "m", "a_verifier", labels["a_verifier"], ""),
        ("PC-3", "levels", "Levels", "E2", 3.0, "4", 4, "", "conforme", labels["conforme"], "R+3"),
    ]
    one_rule = [Finding(f"PC-{k}", "coverage", "Coverage", k / 10, 0.6, "", "conforme", "ok", "R+4")
                for k in range(3)]
    block = columns(one_rule)
    block.update(rule=Repeated("coverage", 3), label=Repeated("Coverage", 3), unit=Repeated("", 3),
                 subject=Repeated("R+4", 3), allowed=Repeated(np.float64(0.6), 3))
    [batch] = _column_batches(block, labels)
    assert isinstance(batch[1], Same) and isinstance(batch[5], Same) and isinstance(batch[6], Same)
    [plain] = _column_batches(columns(one_rule), labels)
    assert rows_of(batch) == rows_of(plain) and len(rows_of(plain)) == 3


class WriteColumns(WriteRows):
    """Writes ``columns`` (name, value, count; sequences, ``Same``, ``Derived`` or ``Coded``) through
    ``add_columns``; ``twice``: then again without the first row of each list."""

    def __init__(self, columns=(), file_based=True, twice=True):
        super().__init__(file_based=file_based)
        self.columns, self.twice = list(columns), twice

    def createInstance(self):
        instance = WriteColumns(self.columns, self.file_based, self.twice)
        instance.parent = self
        return instance

    def processAlgorithm(self, parameters, context, feedback):
        sink = FastSink.create(self, parameters, context, "OUTPUT", _fields(), WkbType.NoGeometry, CRS,
                               feedback)
        self.parent.fast = sink.fast
        with sink:
            sink.add_columns(self.columns)
            if self.twice:
                sink.add_columns([column[1:] if isinstance(column, (list, Coded)) else column
                                  for column in self.columns])
        return {"OUTPUT": sink.dest}


@pytest.mark.parametrize("same", [
    "it's " + ARABIC, "", None, "with\x00nul", 2.5, float("inf"), float("nan"), np.float64(0.25), 7, 2 ** 70,
])
def test_a_column_with_one_value_is_stored_as_if_bound_row_by_row(run, tmp_path, same):
    """``Same`` values go into the INSERT as literals when they have one (quotes doubled), else are
    bound: either way the rows read back equal those of the memory sink and of plain columns."""
    names, values, counts = ["a", ARABIC, None, "d"], [1.0, 2.0, 3.0, 4.0], [1, 2, 3, 4]
    if isinstance(same, (str, type(None))):
        columns, plain = [Same(same), values, counts], [[same] * 4, values, counts]
    elif isinstance(same, (float, np.floating)):
        columns, plain = [names, Same(same), counts], [names, [float(same)] * 4, counts]
    else:
        columns, plain = [names, values, Same(same)], [names, values, [same] * 4]
    expected = list(zip(*plain)) + list(zip(*plain))[1:]
    algorithm = WriteColumns(columns)
    path = tmp_path / "same.gpkg"
    if same == 2 ** 70:  # no 64-bit integer: sqlite3 refuses it either way, the output is named
        with pytest.raises(QgsProcessingException, match="OUTPUT"):
            run(algorithm, str(path))
        return
    run(algorithm, str(path))
    assert algorithm.fast is True
    with sqlite3.connect(str(path)) as db:
        stored = db.execute('SELECT name, value, "count" FROM same ORDER BY fid').fetchall()
        # no geometry: sqlite numbers the rows (fids not bound), as OGR would
        assert [fid for (fid,) in db.execute("SELECT fid FROM same ORDER BY fid")] == list(range(1, 8))
        assert db.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = 'same'"
                          ).fetchone() == (7,)
    bound_path = tmp_path / "bound.gpkg"
    run(WriteColumns(plain), str(bound_path))
    with sqlite3.connect(str(bound_path)) as db:
        assert stored == db.execute('SELECT name, value, "count" FROM bound ORDER BY fid').fetchall()
    nan = isinstance(same, float) and same != same
    assert len(stored) == len(expected) == 7
    for row, want in zip(stored, expected):
        assert row[0] == want[0] and row[2] == want[2]
        assert (row[1] is None) if nan else row[1] == want[1]
    memory = run(WriteColumns(columns, file_based=False), "TEMPORARY_OUTPUT")
    assert memory.dataProvider().name() == "memory" and memory.featureCount() == 7


def test_derived_columns_are_written_by_sqlite_as_their_python_values(run, tmp_path):
    """``Derived`` columns (SQL over a VALUES list of the bound inputs): what sqlite writes is what
    ``values()`` gives the memory output. An input shared by two columns is bound once; a ``Same``
    input with a literal is written into the statement. The findings' verdict and label columns
    are written that way from one small integer a row."""
    from agence_urbaine.processing.algorithms.check_conformity import _verdict_columns

    labels = {"conforme": "Compliant", "non_conforme": "Not 'compliant'", "a_verifier": "À vérifier"}
    verdicts = ["non_conforme", "conforme", "a_verifier", "conforme"]
    verdict, label = _verdict_columns(verdicts, labels)
    assert isinstance(verdict, Derived) and isinstance(label, Derived)
    assert verdict.inputs[0] is label.inputs[0]
    texts = ["a", ARABIC, "x\x00y", "'"]
    joined = Derived(["'<' || ", 0, " || '>' || ", 1, " || ", 0], [texts, Same("it's")],
                     lambda: [f"<{t}>it's{t}" for t in texts], 4)
    numbers = Derived(["CASE ", 0, " WHEN 'a' THEN 1.5 END"], [texts], lambda: [1.5, None, None, None], 4)
    expected = {"verdicts": verdicts, "labels": [labels[v] for v in verdicts], "joined": joined.values()}
    for name, column in (("verdicts", verdict), ("labels", label), ("joined", joined)):
        path = tmp_path / f"{name}.gpkg"
        algorithm = WriteColumns([column, numbers, [1, 2, 3, 4]], twice=False)
        run(algorithm, str(path))
        assert algorithm.fast is True
        with sqlite3.connect(str(path)) as db:
            stored = db.execute(f'SELECT fid, name, value, "count" FROM {name} ORDER BY fid').fetchall()
        assert stored == [(k + 1, text, value, k + 1)
                          for k, (text, value) in enumerate(zip(expected[name], numbers.values()))]
        # text is read back cut at its first NUL, from the GeoPackage (GDAL) as from the memory
        # output, on every QGIS version (3.40's memory layers cut it; 3.22's did not)
        as_read = [text.split("\x00")[0] for text in expected[name]]
        written = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
        assert [f["name"] for f in written.getFeatures()] == as_read
        memory = run(WriteColumns([column, numbers, [1, 2, 3, 4]], file_based=False, twice=False),
                     "TEMPORARY_OUTPUT")
        assert [f["name"] for f in memory.getFeatures()] == as_read


@pytest.mark.parametrize("distinct, limit", [(3, None), (200, None), (5000, None), (3, 999), (200, 999)])
def test_coded_columns_are_stored_as_their_values(run, tmp_path, monkeypatch, distinct, limit):
    """``Coded`` columns: their codes bound row by row (once for two columns sharing them), their
    values bound once a statement (a CASE over the code) when few, else held by a temporary table
    joined by code, filled once for both calls. With sqlite's old limit of 999 variables, the
    values take several statements, or are bound row by row when too many for the statement.
    The rows read back are the plain columns' in their order, and nothing else is left."""
    if limit is not None:
        monkeypatch.setattr(fast_sink, "variable_limit", lambda db: limit)
    count = 3000
    names = [f"it's {k}" if k % 5 else f"{ARABIC} {k}" for k in range(distinct)]
    numbers = [k / 7 if k % 3 else None for k in range(distinct)]
    codes = [(k * 7919) % distinct for k in range(count)]
    columns = [Coded(codes, names), Coded(np.array(codes), numbers), list(range(count))]
    plain = [c.tolist() if isinstance(c, Coded) else c for c in columns]
    expected = list(zip(*plain)) + list(zip(*plain))[1:]
    statements = []
    real = fast_sink.insert_rows
    monkeypatch.setattr(fast_sink, "insert_rows", lambda db, prefix, *a, **k: (
        statements.append(prefix), real(db, prefix, *a, **k))[1])
    algorithm = WriteColumns(columns)
    path = tmp_path / "coded.gpkg"
    run(algorithm, str(path))
    assert algorithm.fast is True
    with sqlite3.connect(str(path)) as db:
        stored = db.execute('SELECT name, value, "count" FROM coded ORDER BY fid').fetchall()
    assert stored == expected
    lookups = [p for p in statements if p.startswith("INSERT INTO temp.")]
    assert len(lookups) == (2 if distinct > fast_sink.CODED_HEAD else 0)  # names, numbers: once each
    memory = run(WriteColumns(columns, file_based=False), "TEMPORARY_OUTPUT")
    assert [(f["name"], f["value"] if f["value"] == f["value"] else None, f["count"])
            for f in memory.getFeatures()] == expected


def test_coded_values_bound_row_by_row_after_all_stay_right_for_the_next_rows(run, tmp_path, monkeypatch):
    """With 999 variables, a block whose few-valued Coded columns would take too many of them is
    bound row by row: its many-valued column must not be taken for stored, and the next block
    that joins those same values finds them in the lookup table."""
    monkeypatch.setattr(fast_sink, "variable_limit", lambda db: 999)
    count = 600
    ids = [f"id-{k}" for k in range(1000)]  # more than CODED_HEAD: a lookup table
    zones = [float(k) / 4 for k in range(200)]  # padded to 256, with the ids' offset: over 999 / 4
    first = [Coded([k * 7 % 1000 for k in range(count)], ids), Coded([k % 200 for k in range(count)], zones),
             list(range(count))]
    second = [Coded([k * 3 % 1000 for k in range(count)], ids), Same(2.5), list(range(count, 2 * count))]

    class TwoBlocks(WriteColumns):
        def processAlgorithm(self, parameters, context, feedback):
            sink = FastSink.create(self, parameters, context, "OUTPUT", _fields(), WkbType.NoGeometry,
                                   CRS, feedback)
            with sink:
                sink.add_columns(first)
                sink.add_columns(second)
            return {"OUTPUT": sink.dest}

        def createInstance(self):
            return TwoBlocks()

    path = tmp_path / "fallback.gpkg"
    run(TwoBlocks(), str(path))
    with sqlite3.connect(str(path)) as db:
        stored = db.execute('SELECT name, value, "count" FROM fallback ORDER BY fid').fetchall()
    expected = list(zip(*(c.tolist() if isinstance(c, Coded) else c for c in first)))
    expected += [(name, 2.5, n) for name, n in zip(second[0].tolist(), second[2])]
    assert stored == expected


def test_coded_merges_repeated_values():
    """``coded``: the same object (by default) or equal values (key None) become one value when the
    first rows show few distinct ones; else the values stay a list. ``Coded`` reads as the list."""
    words = ["a", "b", "a", "c"] * 1000
    column = coded(words, None)
    assert isinstance(column, Coded) and column.values == ["a", "b", "c"] and list(column) == words
    assert column[1:3].tolist() == ["b", "a"] and column[2] == "a" and len(column) == 4000
    floats = [float(k % 3) for k in range(4000)]  # equal values, distinct objects
    assert coded(floats) is floats
    assert list(coded(floats, None)) == floats
    assert coded([str(k) for k in range(4000)], None) == [str(k) for k in range(4000)]


def test_insert_rows_with_a_row_limit_runs_one_text_for_every_statement():
    """With ``head``, ``?1`` is each statement's number of rows (its LIMIT): the last statement has
    the text of the others, its missing rows NULL and never inserted, so sqlite compiles one text.
    Fewer rows than a statement holds: one statement of just those rows."""
    db = sqlite3.connect(":memory:", isolation_level=None)
    db.execute("CREATE TABLE t (k INTEGER PRIMARY KEY AUTOINCREMENT, a, b)")
    texts = []

    class Recording:  # the texts insert_rows runs
        def execute(self, sql, values):
            texts.append(sql)
            return db.execute(sql, values)

    prefix = "INSERT INTO t (a, b) SELECT column1, ?2 || column2 FROM (SELECT ?2 AS h, * FROM (VALUES "
    flat = [value for k in range(10) for value in (k, f"r{k}")]
    fast_sink.insert_rows(Recording(), prefix, "(?, ?)", 2, flat, 4, ")) LIMIT ?1", head=[None, "x-"])
    assert db.execute("SELECT a, b FROM t ORDER BY k").fetchall() == [(k, f"x-r{k}") for k in range(10)]
    assert len(texts) == 3 and len(set(texts)) == 1
    texts.clear()
    fast_sink.insert_rows(Recording(), prefix, "(?, ?)", 2, flat[:6], 4, ")) LIMIT ?1", head=[None, "y-"])
    assert len(texts) == 1 and db.execute("SELECT count(*) FROM t WHERE b LIKE 'y-%'").fetchone() == (3,)


def test_insert_rows_splits_many_rows_into_few_statements():
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t (a, b)")
    calls = []
    db.set_trace_callback(calls.append)
    flat = [value for k in range(10) for value in (k, f"row {k}")]
    fast_sink.insert_rows(db, "INSERT INTO t VALUES ", "(?, ?)", 2, flat, 4)
    assert db.execute("SELECT a, b FROM t ORDER BY rowid").fetchall() == [(k, f"row {k}") for k in range(10)]
    assert sum(call.startswith("INSERT") for call in calls) == 3  # 4 + 4 + 2 rows
    assert fast_sink.rows_per_statement(db, 12) == min(db.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER),
                                                        32766) // 12


def _layer_name(path: str) -> str:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT table_name FROM gpkg_contents").fetchone()[0]


@pytest.mark.parametrize("multipolygon", [False, True])
def test_geopackage_blobs_hold_each_geometry_and_its_envelope(multipolygon):
    """shapely_blobs: each blob is the GeoPackage header (magic, version 0, little endian, XY
    envelope = the geometry's bounds, srs) then the geometry's WKB; missing and empty geometries
    give None; as multipolygons, a polygon becomes a one-part multipolygon, a collection keeps its
    polygons, and a geometry with none gives None."""
    from shapely.geometry import GeometryCollection, LineString, MultiPolygon, Polygon, box

    rng = np.random.default_rng(3)
    squares = [box(x, y, x + w, y + w) for x, y, w in rng.uniform(0, 100, (40, 3))]
    geometries = [*squares, None, Polygon(), MultiPolygon(squares[:3]), LineString([(0, 0), (1, 1)]),
                  GeometryCollection([squares[5], LineString([(0, 0), (9, 9)])]), squares[7]]
    blobs, bounds = fast_sink.shapely_blobs(geometries, 26191, multipolygon)
    assert len(blobs) == len(geometries) and bounds.shape == (len(geometries), 4)
    for geometry, blob, box_ in zip(geometries, blobs, bounds):
        expected = geometry
        if geometry is not None and multipolygon:
            polygons = [g for g in shapely.get_parts(geometry) if g.geom_type in ("Polygon", "MultiPolygon")]
            expected = shapely.multipolygons(shapely.get_parts(polygons)) if polygons else None
        if expected is None or expected.is_empty:
            assert blob is None and np.isnan(box_).all()
            continue
        magic, version, flags, srs, minx, maxx, miny, maxy = fast_sink._HEADER.unpack(blob[:40])
        assert (magic, version, flags, srs) == (b"GP", 0, 3, 26191)
        assert (minx, miny, maxx, maxy) == tuple(expected.bounds) == tuple(box_)
        decoded = shapely.from_wkb(blob[40:])
        assert decoded.geom_type == expected.geom_type and decoded.equals(expected)


@pytest.mark.parametrize("repeated", [True, False])
def test_allowed_texts_and_numbers_are_those_of_each_value(repeated):
    """The limits' columns: text and number of each value, coded (each repeated number object
    once, the same codes for both columns) when few are distinct, else value by value; equal
    numbers of different types keep their own text (4 and 4.0), NaN is no limit."""
    from agence_urbaine.processing.algorithms.check_conformity import _allowed_columns

    objects = [0.6, 4, 4.0, None, -0.0, 0.0, 1e-7, 3.5, float("nan")]
    values = [objects[k % len(objects)] for k in range(5000)] if repeated else \
        [k / 7 if k % 11 else None for k in range(5000)]
    texts, numbers = _allowed_columns(values)
    assert isinstance(texts, Coded) is repeated and isinstance(numbers, Coded) is repeated
    if repeated:
        assert texts.codes is numbers.codes and len(texts.values) == len(objects) - 1  # NaN: None
    plain = [None if isinstance(v, float) and v != v else v for v in values]
    assert list(texts) == ["" if v is None else str(v) for v in plain]
    assert [type(v) for v in numbers] == [type(v) for v in plain] and list(numbers) == plain
