"""Writing large Processing outputs fast: GeoPackage rows through sqlite3, other formats row by row.

A Python-fed ``QgsFeatureSink`` costs ~12 µs a row whatever the format, too slow for the
conformity check's millions of findings. :class:`FastSink` creates the destination the normal
way (``parameterAsSink``: overwriting, layer naming, "open output file after running" stay
Processing's), and when it resolves to a GeoPackage file it closes that sink and appends the
rows itself with ``sqlite3.executemany``, in one transaction:

* the table's triggers (R-tree upkeep, OGR's feature count) are set aside during the insert:
  the R-tree ones call ``ST_*`` functions that plain sqlite3 does not have. The R-tree rows,
  ``gpkg_ogr_contents.feature_count`` and the extent in ``gpkg_contents`` are written
  directly, then the triggers are put back exactly as OGR created them;
* geometries are GeoPackage blobs (``GP`` header with an XY envelope, then ISO WKB); empty or
  missing geometries are NULL;
* on cancel the transaction is rolled back (an empty layer, never half a result); on error it
  is rolled back and a ``QgsProcessingException`` names the output;
* columns may come as :class:`Same` (one value for every row), :class:`Derived` (SQL over
  other columns) or ``core.bulk.Coded`` (codes into a few distinct values): binding a text
  costs Python's sqlite3 about five times an integer, so repeated texts are bound once and
  each row binds its code.

Any other destination (``memory:``, PostGIS, Shapefile, CSV…) falls back to
``sink.addFeature(…, FastInsert)``. Values in rows are Python values (``None`` for NULL); rows
read from QGIS features go through ``convert=True`` (QVariant NULL, dates, booleans).
"""

from __future__ import annotations

import itertools
import json
import re
import sqlite3
import struct
import urllib.parse
from collections.abc import Callable
from pathlib import Path

import numpy as np
import shapely
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
)
from qgis.PyQt.QtCore import QByteArray, QCoreApplication, QDate, QDateTime, Qt, QTime, QVariant

from ..compat import FieldType, WkbType
from ..core import sql as sqltext
from ..core.bulk import Coded

BATCH = 50000  # rows per executemany; also how often cancel is checked
CODED_HEAD = 256  # a Coded column's values bound once a statement up to this many; more: a table
LOOKUP_TABLE = "au_lookup"  # the temporary table of the Coded values (in each output's connection)
CACHE_KIB = 256 * 1024  # sqlite page cache per output being written (freed when it is closed)
PAGE_SIZE = 65536  # page size of a GeoPackage holding only the output (sqlite's largest)
COPIES: list[str] = []  # tables copied by copy_gpkg (read by the tests)

_HEADER = struct.Struct("<2sBBi4d")  # magic, version 0, flags (little endian, XY envelope), srs, env
_HEADER_DTYPE = np.dtype([("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs", "<i4"),
                          ("envelope", "<f8", (4,))])  # the same, for numpy (no padding: 40 bytes)
_MULTIPOLYGON = b"\x01\x06\x00\x00\x00"  # little-endian ISO WKB type 6, the part count follows
_LAYERNAME = re.compile(r"^layername=(.+)$")


def gpkg_destination(dest: str) -> tuple[str, str | None] | None:
    """``(path, layer name or None)`` when ``dest`` is a GeoPackage file, else None."""
    if not dest or dest.startswith(("memory:", "postgres:", "ogr:", "spatialite:", "mssql:")):
        return None
    path, *options = dest.split("|")
    if not path.lower().endswith(".gpkg"):
        return None
    layer = None
    for option in options:
        match = _LAYERNAME.match(option.strip())
        if match is None:
            return None  # other options (geometrytype, subset…): leave it to QGIS
        layer = match.group(1)
    return path, layer


# -- values ----------------------------------------------------------------------------------

def sqlite_value(value):
    """A value QGIS hands over (attributes of a QgsFeature) as sqlite3 binds it, as OGR writes it."""
    kind = type(value)
    if kind is str or kind is int or kind is float or value is None:
        return value
    if isinstance(value, QVariant):
        return None if value.isNull() else sqlite_value(value.value())
    if kind is bool:
        return int(value)
    if isinstance(value, QDateTime):
        if not value.isValid():
            return None
        text = value.toString("yyyy-MM-ddTHH:mm:ss.zzz")
        return text + "Z" if value.timeSpec() == Qt.TimeSpec.UTC else text
    if isinstance(value, QDate):
        return value.toString(Qt.DateFormat.ISODate) if value.isValid() else None
    if isinstance(value, QTime):
        return value.toString("HH:mm:ss.zzz") if value.isValid() else None
    if isinstance(value, (QByteArray, bytes, bytearray, memoryview)):
        return bytes(value)
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, (np.integer, np.floating)):
        return value.item()
    return str(value)


class Same:
    """A column holding one value for every row (``add_columns``): written into the INSERT
    statement as a literal rather than bound row by row."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value.item() if isinstance(value, np.generic) else value

    def __repr__(self):
        return f"Same({self.value!r})"


class Derived:
    """A column sqlite computes for every row (``add_columns``): ``pieces`` are SQL text and, as
    integers, positions in ``inputs`` (sequences, one value per row, or :class:`Same`); an input
    object given to several Derived columns of a block is bound once. ``values()`` gives the
    column's values in Python, for outputs that are not GeoPackages."""

    __slots__ = ("count", "inputs", "pieces", "values")

    def __init__(self, pieces: list, inputs: list, values: Callable[[], list], count: int):
        self.pieces, self.inputs, self.values, self.count = pieces, inputs, values, count

    def __len__(self):
        return self.count

    def __repr__(self):
        return f"Derived({self.pieces!r}, {self.count} rows)"


def sql_literal(value) -> str | None:
    """``value`` as an SQL literal that sqlite stores exactly as it would store it bound, or None
    when it has none (floats, bytes, text with NUL…): then it is bound."""
    kind = type(value)
    if value is None:
        return "NULL"
    if kind is str:
        return None if "\x00" in value else "'" + value.replace("'", "''") + "'"
    if kind is int and -(2 ** 63) <= value < 2 ** 63:
        return str(value)
    return None  # floats too: sqlite does not always parse repr() back to the same double


def insert_rows(db, prefix: str, row: str, width: int, flat: list, per_statement: int | None = None,
                suffix: str = "", head: list | None = None) -> None:
    """``prefix`` + ``row``, ``row``… for the row-major values ``flat`` (``width`` a row), many rows a
    statement (``per_statement``, by default as many as sqlite takes variables): each call releases
    the GIL once for many rows (``executemany`` steps, and lets another thread take the GIL, once
    per row). ``suffix`` ends each statement.

    ``head``: values bound first in every statement, the first of them (``?1``) set to the
    statement's number of rows: the statement's LIMIT. Then the last statement has the text of the
    others, its missing rows NULL (never read), and sqlite compiles that text once."""
    count = len(flat) // width if width else 0
    head = list(head or ())
    step = max(1, per_statement or rows_per_statement(db, width, len(head)))
    size = step * width
    if head and count >= step:  # every statement the same text
        full = prefix + ", ".join([row] * step) + suffix
        for offset in range(0, count * width, size):
            values = flat[offset:offset + size]
            head[0] = len(values) // width
            db.execute(full, head + values + [None] * (size - len(values)))
        return
    whole = count - count % step  # with a head, no whole statement here
    if whole:
        full = prefix + ", ".join([row] * step) + suffix
        for offset in range(0, whole * width, size):
            db.execute(full, flat[offset:offset + size])
    if whole < count:
        if head:
            head[0] = count - whole
        db.execute(prefix + ", ".join([row] * (count - whole)) + suffix, head + flat[whole * width:])


def _row_count(columns) -> int:
    """Rows in ``columns`` (sequences or :class:`Derived`, or :class:`Same` values that have no length)."""
    return next((len(c) for c in columns if not isinstance(c, Same)), 0)


def _row_major(columns: list, count: int) -> list:
    """The values of ``columns`` (sequences of ``count`` values) row after row, filled column by
    column (C-level slice assignments)."""
    width = len(columns)
    flat = [None] * (count * width)
    for offset, column in enumerate(columns):
        flat[offset::width] = (column if isinstance(column, (list, range)) else
                               column.tolist() if isinstance(column, np.ndarray) else list(column))
    return flat


def _run_insert(db, insert: tuple) -> None:
    """An insert laid out by ``FastSink._layout``: the lookup tables it joins filled first."""
    prefix, row, width, flat, suffix, head, setup = insert
    for statement, values in setup:
        if values:
            insert_rows(db, statement, "(?, ?)", 2, values)
        else:
            db.execute(statement)
    insert_rows(db, prefix, row, width, flat, suffix=suffix, head=head)


def rows_per_statement(db, width: int, reserved: int = 0) -> int:
    """As many rows a statement as sqlite takes variables (999 before 3.32, 32766 since), less
    ``reserved`` variables."""
    return max(1, (variable_limit(db) - reserved) // max(1, width))


def variable_limit(db) -> int:
    """How many variables sqlite takes in a statement (999 before 3.32, 32766 since)."""
    return min(db.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) if hasattr(db, "getlimit") else 999, 32766)


# -- geometries ------------------------------------------------------------------------------

def _polygon_wkbs(geometry) -> list[bytes]:
    """The polygons inside ``geometry`` (any type) as little-endian 2-D WKB."""
    kind = shapely.get_type_id(geometry)
    if kind == 3:
        return [shapely.to_wkb(geometry, output_dimension=2, byte_order=1)]
    if kind in (6, 7):
        return [wkb for part in shapely.get_parts(geometry) for wkb in _polygon_wkbs(part)]
    return []


def _multipolygon_wkb(polygons: list[bytes]) -> bytes:
    return _MULTIPOLYGON + struct.pack("<I", len(polygons)) + b"".join(polygons)


def shapely_blobs(geometries, srs_id: int, multipolygon: bool = False):
    """GeoPackage blobs (None for missing or empty) and their (n, 4) minx, miny, maxx, maxy.

    ``multipolygon``: polygons become one-part multipolygons and collections keep their
    polygons (the output layer is MultiPolygon); nothing polygonal left gives NULL.
    """
    array = np.empty(len(geometries), dtype=object)
    array[:] = list(geometries)
    present = ~(shapely.is_missing(array) | shapely.is_empty(array))
    blobs: list = [None] * len(array)
    bounds = np.full((len(array), 4), np.nan)
    if not present.any():
        return blobs, bounds
    index = np.flatnonzero(present)
    chosen = array[index]
    wkbs = list(shapely.to_wkb(chosen, output_dimension=2, byte_order=1))
    boxes = shapely.bounds(chosen)
    if multipolygon:
        kinds = shapely.get_type_id(chosen)
        one_part = _MULTIPOLYGON + b"\x01\x00\x00\x00"
        for k in np.flatnonzero(kinds == 3).tolist():
            wkbs[k] = one_part + wkbs[k]
        for k in np.flatnonzero((kinds != 3) & (kinds != 6)).tolist():
            parts = _polygon_wkbs(chosen[k])
            if not parts:
                wkbs[k] = None
                boxes[k] = np.nan
                continue
            wkbs[k] = _multipolygon_wkb(parts)
            boxes[k] = shapely.total_bounds(shapely.from_wkb(parts))
    written = ~np.isnan(boxes[:, 0]) if multipolygon else np.ones(len(index), dtype=bool)
    # the headers (_HEADER: magic, version 0, flags 3: little endian with an XY envelope) made by
    # numpy for all rows at once, each row's cut from one buffer
    headers = np.zeros(len(index), dtype=_HEADER_DTYPE)
    headers["magic"], headers["flags"], headers["srs"] = b"GP", 3, srs_id
    headers["envelope"] = boxes[:, [0, 2, 1, 3]]
    raw, size = headers.tobytes(), _HEADER.size
    for k, i in zip(np.flatnonzero(written).tolist(), index[written].tolist()):
        blobs[i] = raw[k * size:(k + 1) * size] + wkbs[k]
    bounds[index[written]] = boxes[written]
    return blobs, bounds


def qgis_blobs(geometries, srs_id: int):
    """GeoPackage blobs from QgsGeometry (QGIS's own WKB, Z/M kept) and their bounds."""
    pack = _HEADER.pack
    blobs: list = []
    bounds = np.full((len(geometries), 4), np.nan)
    for i, geometry in enumerate(geometries):
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            blobs.append(None)
            continue
        box = geometry.boundingBox()
        minx, miny, maxx, maxy = box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()
        bounds[i] = (minx, miny, maxx, maxy)
        blobs.append(pack(b"GP", 0, 3, srs_id, minx, maxx, miny, maxy) + bytes(geometry.asWkb()))
    return blobs, bounds


def _qgs_geometries(geometries, multipolygon: bool) -> list:
    """shapely → QgsGeometry for the fallback path (2-D WKB: see processing.layers)."""
    from .layers import to_qgs_multipolygons

    result: list = [None] * len(geometries)
    present = [i for i, g in enumerate(geometries) if g is not None and not shapely.is_empty(g)]
    if not present:
        return result
    chosen = [geometries[i] for i in present]
    if multipolygon:  # as the GeoPackage path: collections keep their polygons
        for k, geometry in enumerate(chosen):
            if shapely.get_type_id(geometry) not in (3, 6):
                parts = _polygon_wkbs(geometry)
                chosen[k] = shapely.from_wkb(_multipolygon_wkb(parts)) if parts else None
        keep = [k for k, geometry in enumerate(chosen) if geometry is not None]
        present, chosen = [present[k] for k in keep], [chosen[k] for k in keep]
        converted = to_qgs_multipolygons(chosen)
    else:
        converted = []
        for wkb in shapely.to_wkb(np.array(chosen, dtype=object), output_dimension=2):
            geometry = QgsGeometry()
            geometry.fromWkb(wkb)
            converted.append(geometry)
    for i, geometry in zip(present, converted):
        result[i] = geometry
    return result


# -- the R-tree ----------------------------------------------------------------------------

_CELL = np.dtype([("id", ">i8"), ("box", ">f4", 4)])  # sqlite's R-tree cell: id, minx, maxx, miny, maxy


def _float32_outward(boxes: np.ndarray) -> np.ndarray:
    """minx, maxx, miny, maxy as float32 rounded outwards exactly as sqlite's R-tree does it
    (rtreeValueDown / rtreeValueUp: scaled by 1 ∓ 2⁻²³ when the nearest float is inside)."""
    towards, away = 1.0 - 1.0 / 8388608.0, 1.0 + 1.0 / 8388608.0
    result = boxes.astype(np.float32)
    low, high = boxes[:, [0, 2]], boxes[:, [1, 3]]
    down = (low * np.where(low < 0, away, towards)).astype(np.float32)
    up = (high * np.where(high < 0, towards, away)).astype(np.float32)
    result[:, [0, 2]] = np.where(result[:, [0, 2]] > low, down, result[:, [0, 2]])
    result[:, [1, 3]] = np.where(result[:, [1, 3]] < high, up, result[:, [1, 3]])
    return result


def pack_rtree(fids, bounds, node_size: int):
    """Rows of an SQLite R-tree's ``_node``, ``_rowid`` and ``_parent`` tables for entries
    ``fids`` with ``bounds`` (n, 4: minx, miny, maxx, maxy), packed by Sort-Tile-Recursive.

    Node 1 is the root; its first two bytes hold the tree depth. Cells are the 8-byte id and
    four float32 (big-endian); nodes are ``node_size`` bytes, as the empty root OGR created.
    """
    capacity = (node_size - 4) // _CELL.itemsize
    # minx, maxx, miny, maxy, rounded once: a parent's box is its children's float32 union
    boxes = _float32_outward(np.asarray(bounds, dtype=float)[:, [0, 2, 1, 3]]).astype(float)
    ids = np.asarray(fids, dtype=np.int64)
    levels = []  # per level from the leaves up: (ids, boxes) of its nodes' cells, grouped
    while True:
        count = len(ids)
        if count <= capacity:
            levels.append([(ids, boxes)])
            break
        nodes = -(-count // capacity)
        slices = int(np.ceil(np.sqrt(nodes)))
        per_slice = slices * capacity
        order = np.argsort(boxes[:, 0] + boxes[:, 1], kind="stable")
        groups = []
        for start in range(0, count, per_slice):
            part = order[start:start + per_slice]
            part = part[np.argsort(boxes[part, 2] + boxes[part, 3], kind="stable")]
            groups.extend(part[k:k + capacity] for k in range(0, len(part), capacity))
        levels.append([(ids[g], boxes[g]) for g in groups])
        ids = np.arange(len(groups), dtype=np.int64)  # placeholders: node numbers come below
        boxes = np.array([[b[:, 0].min(), b[:, 1].max(), b[:, 2].min(), b[:, 3].max()]
                          for _, b in levels[-1]])
    # number the nodes from the root down: root 1, then each level in order
    depth = len(levels) - 1
    numbers, next_number = [], 1
    for level in reversed(levels):
        numbers.append(list(range(next_number, next_number + len(level))))
        next_number += len(level)
    numbers.reverse()  # numbers[i][j]: node number of node j of level i (level 0 = leaves)
    nodes, rowids, parents = [], [], []
    for index, level in enumerate(levels):
        for position, (cell_ids, cell_boxes) in enumerate(level):
            number = numbers[index][position]
            if index > 0:  # cells point at the nodes of the level below
                cell_ids = np.array([numbers[index - 1][k] for k in cell_ids.tolist()], dtype=np.int64)
                parents.extend((child, number) for child in cell_ids.tolist())
            else:
                rowids.extend((fid, number) for fid in cell_ids.tolist())
            cells = np.empty(len(cell_ids), dtype=_CELL)
            cells["id"] = cell_ids
            cells["box"] = cell_boxes  # exact: float32 values already
            header = struct.pack(">HH", depth if number == 1 else 0, len(cell_ids))
            data = header + cells.tobytes()
            nodes.append((number, data + bytes(node_size - len(data))))
    return nodes, rowids, parents


# -- the writer ------------------------------------------------------------------------------

def _choice(code: str, first: int, count: int, low: int = 0) -> str:
    """SQL giving parameter ``?(first + c)`` for the integer ``code`` c (``low`` ≤ c < ``low + count``):
    a CASE split in halves, a few comparisons a row whatever the count."""
    if count <= 8:
        whens = "".join(f" WHEN {c} THEN ?{first + c}" for c in range(low, low + count))
        return f"CASE {code}{whens} END"
    half = count // 2
    return (f"CASE WHEN {code} < {low + half} THEN {_choice(code, first, half, low)} "
            f"ELSE {_choice(code, first, count - half, low + half)} END")


class _Sql:
    """An INSERT's pieces (:func:`_row_sql`): each column's SQL, the columns bound row by row,
    the values bound once a statement (``head``: parameters ``?1``…), the lookup tables joined
    (``joins``: SQL) and the statements that fill them first (``setup``: SQL and values)."""

    __slots__ = ("bound", "head", "joins", "pieces", "setup")

    def __init__(self):
        self.pieces: list[str] = []
        self.bound: list = []
        self.head: list = []
        self.joins: list[str] = []
        self.setup: list[tuple[str, list]] = []


def _row_sql(columns, fids, count: int, derived: bool, lookup: Callable | None = None) -> _Sql:
    """Each column's SQL in an INSERT (``fids`` first when given) and the columns bound row by row.

    In a plain insert (VALUES rows) a :class:`Same` value is a literal when it has one, else bound
    row by row. A ``derived`` insert is a SELECT over a VALUES list, written so that its text
    depends only on the kinds of its columns (sqlite compiles a statement of thousands of rows in
    about four times the time it takes to run it; the same text is compiled once): ``?1`` is the
    number of rows (``LIMIT``), a Same value is a parameter bound once a statement (``head``), a
    column is the VALUES column it is bound to, an input shared by several :class:`Derived` or
    :class:`Coded` columns is bound once, and a Derived column is its expression. A Coded column
    binds its codes: its values are bound once a statement when they are few (``CODED_HEAD``,
    padded to a power of two), else they are rows of the table ``lookup(values)`` names, from the
    offset it gives (with the statements that add them, the first time)."""
    sql = _Sql()
    bound, head = sql.bound, sql.head
    positions: dict[int, int] = {}  # id of a bound input → its position in bound
    if derived:
        head.append(count)  # ?1: LIMIT

    def parameter(value) -> str:
        head.append(value)
        return f"?{len(head)}"

    def ref(values) -> str:
        if isinstance(values, Same):
            if derived:
                return parameter(values.value)
            literal = sql_literal(values.value)
            if literal is not None:
                return literal
        if derived and id(values) in positions:
            return f"column{positions[id(values)] + 1}"
        positions[id(values)] = len(bound)
        bound.append([values.value] * count if isinstance(values, Same) else values)
        return f"column{len(bound)}" if derived else "?"

    def coded(column: Coded) -> str:
        code = ref(column.codes)
        values = column.values
        if len(values) <= CODED_HEAD or lookup is None:
            size = max(8, 1 << (len(values) - 1).bit_length())  # the same text for as many values
            head.extend(values.tolist() if isinstance(values, np.ndarray) else values)
            head.extend([None] * (size - len(values)))
            return _choice(code, len(head) - size + 1, size)
        table, offset, setup = lookup(values)
        alias = f"lookup{len(sql.joins) + 1}"
        sql.joins.append(f" LEFT JOIN temp.{_quote(table)} AS {alias} "
                         f"ON {alias}.code = {code} + {parameter(offset)}")
        sql.setup.extend(setup)
        return f"{alias}.value"

    pieces = sql.pieces
    if fids is not None:
        pieces.append(ref(fids))
    for column in columns:
        if isinstance(column, Derived):
            pieces.append("".join(p if isinstance(p, str) else ref(column.inputs[p]) for p in column.pieces))
        elif isinstance(column, Coded):
            pieces.append(coded(column))
        else:
            pieces.append(ref(column))
    return sql


_quote = sqltext.quote_identifier


def _text_as_read(row) -> list:
    """``row`` with every text cut at its first NUL character, as QGIS reads text back from a
    GeoPackage (GDAL) and as QGIS >= 3.40 keeps it in memory layers: a text output holds the same
    values on every QGIS version, whichever sink wrote it."""
    return [v.split("\x00", 1)[0] if type(v) is str and "\x00" in v else v for v in row]


class FastSink:
    """One output of an algorithm. Use :meth:`create`, then ``add*`` and :meth:`finish`
    (or ``with sink: …``, which rolls back and re-raises on error)."""

    def __init__(self, algorithm, parameters, name, fields, sink, dest, feedback=None):
        self.algorithm = algorithm
        self.parameters = parameters
        self.name = name
        self.fields = fields
        self.dest = dest
        self.feedback = feedback
        self.canceled = False
        self.count = 0
        self._sink = sink
        self._feature = QgsFeature(fields) if sink is not None else None
        self._db = None
        self._path = None

    @classmethod
    def create(cls, algorithm, parameters, context, name, fields, wkb_type, crs=None, feedback=None):
        """The output ``name``, or None when ``parameterAsSink`` gives no sink (optional output
        skipped, or an invalid destination: the caller raises ``invalidSinkError`` as usual)."""
        if crs is None:
            sink, dest = algorithm.parameterAsSink(parameters, name, context, fields, wkb_type)
        else:
            sink, dest = algorithm.parameterAsSink(parameters, name, context, fields, wkb_type, crs)
        if sink is None:
            return None
        writer = cls(algorithm, parameters, name, fields, sink, dest, feedback)
        del sink
        value = parameters.get(name)
        remapped = isinstance(value, QgsProcessingOutputLayerDefinition) and value.useRemapping()
        target = None if remapped else gpkg_destination(dest)
        if target is not None and Path(target[0]).is_file():  # not a path QGIS took literally
            writer._sink = None  # the only reference: QgsVectorFileWriter closes the file here
            writer._open(*target)
        elif not remapped and wkb_type == WkbType.NoGeometry:
            write_csvt(dest, fields)
        return writer

    @property
    def fast(self) -> bool:
        """Rows go to GeoPackage through sqlite3 (else through the QGIS sink)."""
        return self._db is not None

    # -- GeoPackage --------------------------------------------------------------------------

    def _error(self, error) -> QgsProcessingException:
        # QGIS's own message, without its writeFeatureError(None, …): QGIS 3.44 crashes on a None sink
        text = QCoreApplication.translate("QObject", "Could not write feature into %1")
        text = text.replace("%1", self.name)
        return QgsProcessingException(f"{text} ({self._path or self.dest}): {error}")

    def _open(self, path: str, layer: str | None):
        self._path = path
        try:
            uri = "file:" + urllib.parse.quote(path) + "?mode=rw"  # never create a file
            # check_same_thread=False: a writer thread may fill the output (one thread at a time)
            db = sqlite3.connect(uri, timeout=30, isolation_level=None, uri=True, check_same_thread=False)
        except sqlite3.Error as error:
            raise self._error(error) from error
        self._db = db
        try:
            # a page cache large enough for the whole insert (sqlite's default, 2 MB, makes it spill
            # pages and re-read B-tree nodes: about 40 % slower for the findings)
            db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            # no fsync at commit when the GeoPackage holds only this output (derived data, written in
            # one transaction: a QGIS crash still rolls back through the journal, only a power cut
            # could damage it; run it again); a GeoPackage holding other layers keeps its fsync
            tables = db.execute("SELECT count(*) FROM gpkg_contents").fetchone()[0]
            db.execute("PRAGMA synchronous = OFF" if tables <= 1 else "PRAGMA synchronous = FULL")
            if tables <= 1 and db.execute("PRAGMA page_size").fetchone()[0] < PAGE_SIZE:
                # larger pages for the file just created (empty: rewritten at once): fewer B-tree
                # pages to fill and write for millions of rows (about 10 % less sqlite work for
                # the findings); the R-trees keep their nodes (51 entries at most whatever the page)
                db.execute(f"PRAGMA page_size = {PAGE_SIZE}")
                db.execute("VACUUM")
            self._prepare(layer or Path(path).stem)
        except Exception as error:
            self._rollback()
            raise self._error(error) from error

    def _prepare(self, layer: str):
        db = self._db
        rows = db.execute("SELECT table_name FROM gpkg_contents WHERE lower(table_name) = lower(?)",
                          (layer,)).fetchall()
        if not rows:
            tables = [r[0] for r in db.execute("SELECT table_name FROM gpkg_contents")]
            if len(tables) != 1:
                raise ValueError(f"no table {layer!r} in {tables}")
            rows = [(tables[0],)]
        table = self._table = rows[0][0]
        geometry = db.execute("SELECT column_name, srs_id FROM gpkg_geometry_columns "
                              "WHERE table_name = ?", (table,)).fetchone()
        self._geometry, self._srs_id = geometry if geometry else (None, 0)
        info = db.execute(f"PRAGMA table_info({_quote(table)})").fetchall()
        pk = self._pk = next((row[1] for row in info if row[5]), None)
        by_name = {row[1].lower(): row[1] for row in info}
        columns, self._fid_index = [], None
        for index, name in enumerate(self.fields.names()):
            column = by_name.get(name.lower())
            if column is None:
                raise ValueError(f"no column {name!r} in {table!r}")
            if pk is not None and column == pk:
                self._fid_index = index  # QGIS writes a "fid" field into the fid column
            columns.append(column)
        if pk is None:
            raise ValueError(f"{table!r} has no fid column")
        self._attribute_columns = [c for i, c in enumerate(columns) if i != self._fid_index]
        self._attribute_names = [n for i, n in enumerate(self.fields.names()) if i != self._fid_index]
        names = [pk, *self._attribute_columns] + ([self._geometry] if self._geometry else [])
        self._names = [_quote(name) for name in names]
        db.execute("BEGIN IMMEDIATE")
        self._last_fid = max(
            db.execute(sqltext.compose("SELECT coalesce(max({pk}), 0) FROM {table}", pk=_quote(pk),
                                       table=_quote(table))).fetchone()[0],
            (db.execute("SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name = ?",
                        (table,)).fetchone() or (0,))[0])
        self._triggers = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                    "AND tbl_name = ?", (table,)).fetchall()
        for trigger, _ in self._triggers:
            db.execute(f"DROP TRIGGER {_quote(trigger)}")
        self._rtree = None
        self._rtree_fids: list = []
        self._rtree_boxes: list = []
        if self._geometry:
            rtree = f"rtree_{table}_{self._geometry}"
            if db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (rtree,)).fetchone():
                self._rtree = rtree
        self._extent = [np.inf, np.inf, -np.inf, -np.inf]
        self._inserted = 0
        self._lookups: dict[int, tuple[int, object]] = {}  # id of a Coded column's values → offset, values
        self._lookup_size = 0
        self._flushed = False
        self._ogr_contents = db.execute("SELECT count(*) FROM sqlite_master WHERE name = "
                                        "'gpkg_ogr_contents'").fetchone()[0]

    def _fids(self, columns, count: int) -> tuple[list, list]:
        """fids (as AUTOINCREMENT would give them) and the attribute columns without the fid field."""
        start = self._last_fid
        if self._fid_index is None:
            self._last_fid = start + count
            return range(start + 1, start + count + 1), columns
        fids, last = [], start
        for fid in columns[self._fid_index]:
            if fid is None:
                fid = last + 1
            last = max(last, fid)
            fids.append(fid)
        self._last_fid = last
        return fids, [c for i, c in enumerate(columns) if i != self._fid_index]

    def _insert_columns(self, columns, blobs=None, bounds=None):
        """``columns``: one sequence per field (QgsFields order), all of the same length, or
        :class:`Same` for a value shared by every row (written into the statement)."""
        insert = self._layout(columns, blobs, bounds)
        if insert is not None:
            _run_insert(self._db, insert)

    def _lookup(self, values) -> tuple[str, int, list]:
        """For :func:`_row_sql`: the temporary table that holds ``values`` (code → value), the
        offset of their first code, and the statements that add them when they are new (run before
        the insert that joins them). Values are known by their object, which the sink keeps while
        it is open; they all go into one table, so that statements joining it read the same."""
        known = self._lookups.get(id(values))
        if known is not None:
            return LOOKUP_TABLE, known[0], []
        setup = [] if self._lookups else [
            (f"CREATE TEMP TABLE {_quote(LOOKUP_TABLE)} (code INTEGER PRIMARY KEY, value)", [])]
        offset = self._lookup_size
        self._lookups[id(values)] = (offset, values)
        self._lookup_size += len(values)
        setup.append((sqltext.compose("INSERT INTO temp.{lookup} (code, value) VALUES ",
                                      lookup=_quote(LOOKUP_TABLE)),
                      _row_major([range(offset, offset + len(values)), values], len(values))))
        return LOOKUP_TABLE, offset, setup

    def _layout(self, columns, blobs=None, bounds=None) -> tuple | None:
        """The rows of :meth:`_insert_columns` laid out for :func:`_run_insert` (``prefix``, ``row``,
        ``width``, ``flat``, ``suffix``, ``head``, ``setup``), the fids, extent and R-tree entries
        counted as written; None: no rows. With :class:`Derived` or :class:`Coded` columns, the
        bound values are a VALUES list that a SELECT turns into the rows."""
        count = _row_count(columns)
        if not count:
            return None
        columns = [[c.value] * count if isinstance(c, Same) and i == self._fid_index else c
                   for i, c in enumerate(columns)]
        fids, columns = self._fids(columns, count)
        if self._geometry:
            columns = [*columns, blobs if blobs is not None else [None] * count]
        derived = any(isinstance(c, (Derived, Coded)) for c in columns)
        # without a geometry (no R-tree to fill) the fids are left to sqlite, one value less to bind
        # a row (AUTOINCREMENT gives the ones _fids counted), unless nothing else would be bound
        with_fids = bool(self._geometry) or self._fid_index is not None
        known = dict(self._lookups), self._lookup_size  # a statement laid out again adds its own

        def layout(fids):
            self._lookups, self._lookup_size = dict(known[0]), known[1]
            return _row_sql(columns, fids, count, derived, self._lookup)

        sql = layout(fids if with_fids else None)
        if not sql.bound:
            with_fids = True
            sql = layout(fids)
        if 4 * len(sql.head) > variable_limit(self._db):  # 999 variables (old sqlite or Python): bound
            columns = [c.tolist() if isinstance(c, Coded) else c for c in columns]
            sql = layout(fids if with_fids else None)
        pieces, bound = sql.pieces, sql.bound
        names = self._names if with_fids else self._names[1:]
        into = f"INSERT INTO {_quote(self._table)} ({', '.join(names)}) "
        width = len(bound)
        if derived:
            # the VALUES' ? are numbered after the largest number met before them: the last head
            # value is named first (the offsets of the joins and ?1, the LIMIT, come after)
            # Safe from injection (bandit B608): names quoted by core.sql; pieces are ?n, quoted
            # literals and the code's own SQL expressions (see _row_sql); values are bound
            prefix = (f"{into}SELECT {', '.join(pieces)} "  # nosec B608
                      f"FROM (SELECT ?{len(sql.head)} AS au_head, * FROM (VALUES ")
            suffix = "))" + "".join(sql.joins) + " LIMIT ?1"  # ?1: the statement's rows (insert_rows)
            row = "(" + ", ".join(["?"] * width) + ")"
        else:
            prefix, suffix, row = f"{into}VALUES ", "", "(" + ", ".join(pieces) + ")"
        flat = _row_major(bound, count)
        self._inserted += count
        if bounds is not None and len(bounds):
            keep = ~np.isnan(bounds[:, 0])
            if keep.any():
                boxes = bounds[keep]
                low, high = boxes.min(axis=0), boxes.max(axis=0)
                extent = self._extent
                self._extent = [min(extent[0], low[0]), min(extent[1], low[1]),
                                max(extent[2], high[2]), max(extent[3], high[3])]
                if self._rtree:  # written at commit, in one piece
                    self._rtree_fids.append(np.asarray(fids, dtype=np.int64)[keep])
                    self._rtree_boxes.append(boxes)
        return prefix, row, width, flat, suffix, sql.head, sql.setup

    def _write_rtree(self):
        """The R-tree of the rows written: packed directly into the empty R-tree's tables when
        OGR left it empty (inserting entry by entry costs sqlite ~15 µs each), else inserted."""
        if not self._rtree or not self._rtree_fids:
            return
        db, rtree = self._db, self._rtree
        fids = np.concatenate(self._rtree_fids)
        boxes = np.concatenate(self._rtree_boxes)
        self._rtree_fids, self._rtree_boxes = [], []
        size = db.execute(sqltext.compose("SELECT length(data) FROM {node} WHERE nodeno = 1",
                                          node=_quote(rtree + "_node"))).fetchone()
        empty = not db.execute(sqltext.compose("SELECT 1 FROM {rowid} LIMIT 1",
                                               rowid=_quote(rtree + "_rowid"))).fetchone()
        if size and empty and size[0] >= 4 + 24 * 2:
            nodes, rowids, parents = pack_rtree(fids, boxes, size[0])
            for prefix, rows in (
                    (sqltext.compose("INSERT OR REPLACE INTO {t} VALUES ", t=_quote(rtree + "_node")), nodes),
                    (sqltext.compose("INSERT INTO {t} (rowid, nodeno) VALUES ", t=_quote(rtree + "_rowid")),
                     rowids),
                    (sqltext.compose("INSERT INTO {t} VALUES ", t=_quote(rtree + "_parent")), parents)):
                insert_rows(db, prefix, "(?, ?)", 2, [value for row in rows for value in row])
            return
        flat = np.column_stack([fids.astype(float), boxes[:, [0, 2, 1, 3]]]).ravel().tolist()
        flat[::5] = fids.tolist()
        insert_rows(db, sqltext.compose("INSERT INTO {t} VALUES ", t=_quote(rtree)), "(?, ?, ?, ?, ?)", 5,
                    flat)

    def _commit(self):
        if not self._flushed:
            self._flush()
        self._db.execute("COMMIT")

    def _flush(self):
        """Everything the commit needs but the COMMIT itself: R-tree, counts, extent, triggers."""
        db, table = self._db, self._table
        self._flushed = True
        self._write_rtree()
        if self._ogr_contents:  # what OGR's (set aside) triggers would have counted
            db.execute(sqltext.compose("UPDATE gpkg_ogr_contents SET feature_count = CASE WHEN "
                                       "feature_count IS NULL THEN (SELECT count(*) FROM {table}) "
                                       "ELSE feature_count + ? END "
                                       "WHERE lower(table_name) = lower(?)", table=_quote(table)),
                       (self._inserted, table))
        if np.isfinite(self._extent).all():
            minx, miny, maxx, maxy = (float(v) for v in self._extent)
            db.execute("UPDATE gpkg_contents SET min_x = min(coalesce(min_x, ?), ?), "
                       "min_y = min(coalesce(min_y, ?), ?), max_x = max(coalesce(max_x, ?), ?), "
                       "max_y = max(coalesce(max_y, ?), ?) WHERE table_name = ?",
                       (minx, minx, miny, miny, maxx, maxx, maxy, maxy, table))
        db.execute("UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                   "WHERE table_name = ?", (table,))
        for _, sql in self._triggers:
            db.execute(sql)

    def _rollback(self):
        db, self._db = self._db, None
        if db is None:
            return
        try:
            if db.in_transaction:
                db.execute("ROLLBACK")
        finally:
            db.close()

    # -- adding rows -------------------------------------------------------------------------

    def _go_on(self) -> bool:
        if not self.canceled and self.feedback is not None and self.feedback.isCanceled():
            self.canceled = True
        return not self.canceled

    def _guarded(self, write, *args):
        try:
            return write(*args)
        except QgsProcessingException:
            self._rollback()
            raise
        except Exception as error:
            self._rollback()
            raise self._error(error) from error

    def add(self, rows, convert: bool = False):
        """Rows without geometry (sequences of attribute values in field order)."""
        self.add_qgis(rows, None, convert)

    def add_columns(self, columns):
        """Rows without geometry given as columns: one sequence per field, in field order, or
        :class:`Same` for a value shared by every row."""
        count = _row_count(columns)
        if not self._go_on() or not count:
            return
        self.count += count
        if self._db is not None:
            self._guarded(self._insert_columns, columns)
            return
        self._add_features(zip(*(itertools.repeat(c.value, count) if isinstance(c, Same) else
                                 c.values() if isinstance(c, Derived) else c for c in columns)), None)

    def prepare_columns(self, columns) -> Callable[[], None] | None:
        """``add_columns`` in two steps: this one (Python work: the values laid out for sqlite)
        returns the insert itself, to be run later, in order, possibly by another thread (SQLite
        work, without the GIL); None when there is nothing to run."""
        if self._db is None:
            if self._path is not None:  # a GeoPackage output rolled back after an error
                raise self._error("rolled back after an earlier error")
            self.add_columns(columns)
            return None
        count = _row_count(columns)
        if not self._go_on() or not count:
            return None
        self.count += count
        insert = self._guarded(self._layout, columns)
        if insert is None:
            return None
        db = self._db
        return lambda: self._guarded(_run_insert, db, insert)

    def add_qgis(self, rows, geometries, convert: bool = False):
        """Rows with QgsGeometry (or None); ``convert``: values as QGIS features give them."""
        if not self._go_on() or not len(rows):
            return
        self.count += len(rows)
        if self._db is not None:
            columns = list(zip(*rows))
            if convert:
                columns = [list(map(sqlite_value, column)) for column in columns]
            if geometries is None:
                self._guarded(self._insert_columns, columns)
            else:
                self._guarded(self._insert_columns, columns, *qgis_blobs(geometries, self._srs_id))
            return
        self._add_features(rows, geometries)

    def add_shapely(self, rows, geometries, multipolygon: bool = False):
        """Rows with shapely geometries (or None); ``multipolygon``: promote to MultiPolygon."""
        if not self._go_on() or not len(rows):
            return
        self.count += len(rows)
        if self._db is not None:
            self._guarded(self._insert_columns, list(zip(*rows)),
                          *shapely_blobs(geometries, self._srs_id, multipolygon))
            return
        self._add_features(rows, _qgs_geometries(list(geometries), multipolygon))

    def _add_features(self, rows, geometries):
        feature, sink = self._feature, self._sink  # the sink copies the feature: one serves all
        empty = QgsGeometry()
        rows = map(_text_as_read, rows)
        if geometries is None:
            for row in rows:
                feature.setAttributes(list(row))
                if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
                    raise QgsProcessingException(
                        self.algorithm.writeFeatureError(sink, self.parameters, self.name))
            return
        for row, geometry in zip(rows, geometries):
            feature.setGeometry(empty if geometry is None else geometry)
            feature.setAttributes(list(row))
            if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
                raise QgsProcessingException(
                    self.algorithm.writeFeatureError(sink, self.parameters, self.name))

    # -- copying a GeoPackage table -----------------------------------------------------------

    def copy_gpkg(self, path: str, table: str | None, computed) -> bool:
        """Copy every row of GeoPackage table ``table`` in ``path`` (attributes and geometry blobs as
        stored) inside SQLite; the fields named in ``computed`` stay NULL until
        :meth:`fill_computed` sets them.

        Only when the copy gives what reading the table through QGIS would (same columns by name,
        same CRS, an R-tree to take the boxes from) and nothing was written yet; returns False
        otherwise, and the caller adds the rows itself.
        """
        if self._db is None or self._inserted or not self._geometry:
            return False
        try:
            return self._copy_gpkg(path, table, computed)
        except sqlite3.Error as error:
            self._rollback()
            raise self._error(error) from error

    def fill_computed(self, computed: dict[str, int], fids: list, columns: list) -> None:
        """Set the fields named in ``computed`` (name → position in ``columns``) of the rows ``fids``
        (rows copied by :meth:`copy_gpkg`); ``columns``: one sequence of values per position, each
        value the one of the row at the same place in ``fids``."""
        db = self._db
        if db is None:
            return
        by_name = dict(zip(self._attribute_names, self._attribute_columns))
        width = max(computed.values(), default=-1) + 1
        names = list(computed)
        try:
            db.execute("CREATE TEMP TABLE au_computed (fid INTEGER PRIMARY KEY, "
                       + ", ".join(f"c{k}" for k in range(width)) + ")")
            flat = _row_major([fids, *columns[:width]], len(fids))
            insert_rows(db, "INSERT INTO temp.au_computed VALUES ", f"({', '.join('?' * (width + 1))})",
                        width + 1, flat)
            target, pk = _quote(self._table), _quote(self._pk)
            columns = ", ".join(_quote(by_name[name]) for name in names)
            picked = ", ".join(f"c{computed[name]}" for name in names)
            # Safe from injection (bandit B608): target, pk, columns quoted by core.sql; picked are
            # c<number> columns of our own temporary table
            db.execute(f"UPDATE {target} SET ({columns}) = (SELECT {picked} "  # nosec B608
                       f"FROM temp.au_computed AS e WHERE e.fid = {target}.{pk}) "
                       f"WHERE {pk} IN (SELECT fid FROM temp.au_computed)")
            db.execute("DROP TABLE temp.au_computed")
        except sqlite3.Error as error:
            self._rollback()
            raise self._error(error) from error

    def _copy_gpkg(self, path: str, table: str | None, computed) -> bool:
        db = self._db
        db.execute("ROLLBACK")  # ATTACH is refused inside a transaction; nothing was written yet
        db.execute("ATTACH DATABASE ? AS au_source", ("file:" + urllib.parse.quote(path) + "?mode=ro",))
        self._prepare(self._table)  # begins again and sets the triggers aside again
        if table is None:  # a single-table GeoPackage opened without a layer name
            tables = db.execute("SELECT table_name FROM au_source.gpkg_contents "
                                "WHERE data_type = 'features'").fetchall()
            if len(tables) != 1:
                return False
            table = tables[0][0]
        source = db.execute("SELECT column_name, srs_id FROM au_source.gpkg_geometry_columns "
                            "WHERE table_name = ?", (table,)).fetchone()
        if source is None:
            return False
        column, srs_id = source
        crs = ("SELECT lower(organization), organization_coordsys_id FROM {}.gpkg_spatial_ref_sys "
               "WHERE srs_id = ?")
        if db.execute(crs.format("au_source"), (srs_id,)).fetchone() != \
                db.execute(crs.format("main"), (self._srs_id,)).fetchone():
            return False
        info = db.execute(f"PRAGMA au_source.table_info({_quote(table)})").fetchall()
        source_pk = next((row[1] for row in info if row[5]), None)
        by_name = {row[1].lower(): row[1] for row in info}
        rtree = f"rtree_{table}_{column}"
        has_rtree = db.execute("SELECT 1 FROM au_source.sqlite_master WHERE name = ?", (rtree,)).fetchone()
        if source_pk is None or not has_rtree or self._fid_index is None:
            return False
        selected = []
        for name in self._attribute_names:
            if name in computed:
                selected.append("NULL")
            elif name.lower() in by_name:
                selected.append(f"s.{_quote(by_name[name.lower()])}")
            else:
                return False
        columns = [_quote(c) for c in self._attribute_columns]
        pk = self._pk
        # Safe from injection (bandit B608): every name quoted by core.sql; selected are NULL or
        # s.<quoted name>
        db.execute(f"INSERT INTO {_quote(self._table)} ({_quote(pk)}, {', '.join(columns)}, "  # nosec B608
                   f"{_quote(self._geometry)}) SELECT s.{_quote(source_pk)}, {', '.join(selected)}, "
                   f"s.{_quote(column)} FROM au_source.{_quote(table)} AS s ORDER BY s.{_quote(source_pk)}")
        self._inserted = count = db.execute("SELECT changes()").fetchone()[0]
        COPIES.append(table)
        self.count += count
        self._last_fid = max(self._last_fid, db.execute(
            sqltext.compose("SELECT coalesce(max({pk}), 0) FROM {table}", pk=_quote(pk),
                            table=_quote(self._table))).fetchone()[0])
        # all the boxes in one text ('%!.17g': every digit a double needs), not 100 000 rows:
        # fetching row by row lets other threads take the GIL at each row (past a few million
        # boxes the text would near sqlite's string limit: then row by row)
        source_rtree = sqltext.compose("au_source.{rtree}", rtree=_quote(rtree))
        if count <= 2_000_000:
            boxes = db.execute(sqltext.compose("SELECT group_concat(printf('%d %!.17g %!.17g %!.17g %!.17g', "
                                               "id, minx, miny, maxx, maxy), ' ') FROM {rtree}",
                                               rtree=source_rtree)).fetchone()[0]
            array = np.array(boxes.split(), dtype=float).reshape(-1, 5) if boxes else np.empty((0, 5))
        else:
            array = np.array(db.execute(sqltext.compose("SELECT id, minx, miny, maxx, maxy FROM {rtree}",
                                                        rtree=source_rtree)).fetchall(),
                             dtype=float).reshape(-1, 5)
        if len(array):
            bounds = array[:, 1:]
            self._extent = [*bounds[:, :2].min(axis=0), *bounds[:, 2:].max(axis=0)]
            if self._rtree:
                self._rtree_fids.append(array[:, 0].astype(np.int64))
                self._rtree_boxes.append(bounds)
                self._write_rtree()  # now: the copy may run in a worker thread, the commit later
        return True

    # -- finishing ---------------------------------------------------------------------------

    def finish(self) -> str:
        """Commit (GeoPackage: rolled back when canceled, leaving an empty layer); the destination."""
        if self._db is not None:
            if self.canceled:
                self._rollback()
            else:
                try:
                    self._commit()
                except Exception as error:
                    self._rollback()
                    raise self._error(error) from error
                db, self._db = self._db, None
                db.close()
        self._sink = None  # closes a file-based QGIS sink now rather than at garbage collection
        return self.dest

    def flush(self):
        """Prepare the commit (R-tree, counts, extent, triggers) but do not commit: a worker thread
        does this part, :meth:`finish` commits once every output of the algorithm is complete."""
        if self._db is None or self.canceled or self._flushed:
            return
        try:
            self._flush()
        except Exception as error:
            self._rollback()
            raise self._error(error) from error

    def interrupt(self):
        """Stop the SQL statement another thread is running on this output (it then fails)."""
        db = self._db
        if db is not None:
            db.interrupt()

    def abort(self):
        """Drop what was written (GeoPackage) and release the destination."""
        self._rollback()
        self._sink = None

    def __enter__(self):
        return self

    def __exit__(self, kind, error, traceback):
        if kind is None:
            self.finish()
        else:
            self.abort()
        return False


def batches(count: int, size: int = BATCH):
    """``(start, stop)`` slices over ``count`` rows."""
    for start in range(0, count, size):
        yield start, min(start + size, count)



def _csvt_type(field) -> str:
    kind = field.type()
    for name, csvt in (("Int", "Integer"), ("LongLong", "Integer64"), ("Double", "Real"), ("QDate", "Date"),
                       ("Bool", "Integer(Boolean)")):
        if kind == getattr(FieldType, name):
            return csvt
    return "String"


def write_csvt(dest: str, fields) -> None:
    """For a table written to CSV by QGIS, the ``.csvt`` beside it that GDAL's CSV driver reads
    the column types from: without it every column loads as text, and the findings' measures
    showed 3.80952380952 (the two-decimal number format applies to numbers only). QGIS's
    writer makes none by default and Processing gives no way to ask for one."""
    path = str(dest).split("|")[0]
    if not path.lower().endswith(".csv"):
        return
    types = ",".join(f'"{_csvt_type(field)}"' for field in fields)
    try:
        Path(path[:-4] + ".csvt").write_text(types + "\n", encoding="utf-8")
    except OSError:  # a read-only folder: the CSV loads with text columns, as before
        pass
