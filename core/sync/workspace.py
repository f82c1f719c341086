"""The offline workspace: one GeoPackage holding, per checked-out collection,

* the working table ``<name>`` (a GeoPackage feature table QGIS edits, field teams work in it);
* the untouched base snapshot ``<name>__base`` (the server state at checkout / last sync);
* a staging table ``<name>__theirs`` (the server's current state, streamed in during a sync);
* sync metadata (``sync_collections``) and a journal (``sync_journal``).

Table names never come raw from the server: each collection gets a safe name of its own
(``sync_collections.table_name``, the registry of what the workspace created), never a GeoPackage,
SQLite or workspace name and never a table, index or trigger the file already holds; property
names that SQLite would take for the same column (``Nom``/``nom``, ``ID``, ``Geom``) get local
column names of their own, mapped back on every read.

Edits saved by another program (QGIS) while a sync runs are never overwritten: triggers on each
working table stamp a revision per edited row (``sync_revisions``, from the ``sync_clock``
counter); the sync takes a mark before it reads the working table and writes a row back only if
its revision is not newer (checked under SQLite's write lock). The workspace's own writes set
``sync_writing`` inside their transaction, so they do not count as edits.

Plain ``sqlite3`` (a GeoPackage is SQLite): differences between work, base and theirs are SQL
joins, not Python loops. Geometries are stored as GeoPackage blobs whose WKB is written from the
GeoJSON coordinates exactly as the server sent them (storage CRS, float64 as is), so a round trip
does not move a vertex and a diff sees only real edits.
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Optional

from .. import sql
from ..i18n import tr
from .client import SERVER_FIELDS, VERSION_FIELD, AgencyClient, BBox, Feature, Page
from .gpkg_geometry import blob_envelope, geometry_to_gpkg, gpkg_to_geometry

BASE, THEIRS = "__base", "__theirs"
SUFFIXES = {"work": "", "base": BASE, "theirs": THEIRS}
RESERVED = ("fid", "id", "geom")  # the working tables' own columns (SQLite: case-insensitive)
# Prefixes of names that belong to GeoPackage, SQLite, GDAL or this workspace: never a collection's.
SYSTEM_PREFIXES = ("gpkg", "rtree_", "sqlite_", "sync_", "ogr_", "trigger_", "idx_")
TABLE_NAME_LENGTH = 48
GPKG_APPLICATION_ID = 0x47504B47  # "GPKG"
GPKG_USER_VERSION = 10300
# updated_at is stamped with clock_timestamp() when the row is written, not when it is committed:
# a pull asks again for everything stamped within this margin (plus the time the previous read
# took) before the newest stamp it saw. It must exceed the longest write transaction on the
# server; a push refused for its version resets the watermark (next pull: everything), so a row
# of a longer transaction missed by a partial pull is caught at the first edit that meets it.
WATERMARK_MARGIN_S = 60.0

# A UUID v4 made by SQLite, for features QGIS adds to a working table without an id.
SQL_UUID = ("lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)"
            " || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2)"
            " || '-' || hex(randomblob(6)))")


class WorkspaceError(Exception):
    """The workspace cannot do what was asked (unknown collection, not a workspace…)."""


def storage_error(path: Path | str, error: sqlite3.Error) -> WorkspaceError:
    """A clear message for SQLite failing to write the workspace (locked, disk full, read-only).

    Every write is one transaction: a failed one leaves the file as the previous step left it,
    which the message says (a raw ``sqlite3.OperationalError`` says nothing a field worker can act
    on)."""
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        reason = tr("another program is using the file (close it there, e.g. stop editing its layers)")
    elif "full" in text:
        reason = tr("the disk is full (free some space)")
    elif "readonly" in text or "read-only" in text or "permission" in text:
        reason = tr("the file is read-only")
    else:
        reason = str(error)
    return WorkspaceError(tr("The workspace {file} could not be written: {reason}. It is unchanged since "
                             "the last step that completed; nothing was lost. Run the operation again "
                             "once this is fixed.").format(file=Path(path).name, reason=reason))


@dataclass
class ChangeSet:
    """Ids of features created, modified and deleted on one side since the base snapshot."""

    created: set[str] = field(default_factory=set)
    modified: set[str] = field(default_factory=set)
    deleted: set[str] = field(default_factory=set)

    def all(self) -> set[str]:
        return self.created | self.modified | self.deleted

    def __bool__(self) -> bool:
        return bool(self.created or self.modified or self.deleted)


# -- SQL helpers -------------------------------------------------------------------------------------
_q = sql.quote_identifier
_lit = sql.quote_literal


def _sql_type(value: Any) -> str:
    if isinstance(value, bool):
        return "BOOLEAN"
    if isinstance(value, int):
        return "INTEGER"
    if isinstance(value, float):
        return "REAL"
    return "TEXT"


def _to_sql(value: Any) -> Any:
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return value


def epsg_code(crs_uri: Optional[str]) -> int:
    """EPSG code of an OGC CRS URI (``…/EPSG/0/26191`` → 26191); CRS84 → 4326."""
    if not crs_uri:
        return 4326
    tail = crs_uri.rstrip("/").split("/")[-1]
    return int(tail) if tail.isdigit() else 4326


def _srs_definition(code: int) -> str:
    try:
        from osgeo import osr
    except ImportError:  # pragma: no cover - GDAL always ships with QGIS
        return "undefined"
    srs = osr.SpatialReference()
    if srs.ImportFromEPSG(code) != 0:
        return "undefined"
    return srs.ExportToWkt()


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


SCHEMA = """
CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys (
    srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
    organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES
    ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', NULL),
    ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', NULL);
CREATE TABLE IF NOT EXISTS gpkg_contents (
    table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
    description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
    srs_id INTEGER REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE IF NOT EXISTS gpkg_geometry_columns (
    table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
    srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
    PRIMARY KEY (table_name, column_name));
CREATE TABLE IF NOT EXISTS sync_collections (
    collection TEXT PRIMARY KEY, table_name TEXT NOT NULL UNIQUE, server_url TEXT,
    storage_crs TEXT, srs_id INTEGER, bbox TEXT, columns TEXT NOT NULL DEFAULT '[]',
    checked_out_at TEXT, last_sync_at TEXT, feature_count INTEGER);
CREATE TABLE IF NOT EXISTS sync_conflicts (
    collection TEXT NOT NULL, fid TEXT NOT NULL, kind TEXT NOT NULL, fields TEXT NOT NULL,
    base TEXT, ours TEXT, theirs TEXT, merged TEXT, at TEXT NOT NULL, PRIMARY KEY (collection, fid));
CREATE TABLE IF NOT EXISTS sync_journal (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, collection TEXT, action TEXT NOT NULL,
    fid TEXT, detail TEXT);
CREATE TABLE IF NOT EXISTS sync_outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, collection TEXT NOT NULL, fid TEXT NOT NULL,
    kind TEXT NOT NULL, feature TEXT, expected_version INTEGER, at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sync_clock (one INTEGER PRIMARY KEY CHECK (one = 1), n INTEGER NOT NULL);
INSERT OR IGNORE INTO sync_clock VALUES (1, 0);
CREATE TABLE IF NOT EXISTS sync_revisions (
    tbl TEXT NOT NULL, id TEXT NOT NULL, rev INTEGER NOT NULL, PRIMARY KEY (tbl, id));
CREATE INDEX IF NOT EXISTS sync_revisions_rev ON sync_revisions (tbl, rev);
CREATE TABLE IF NOT EXISTS sync_writing (busy INTEGER);
"""

# Every edit of a working table by anyone but the workspace itself bumps the clock and stamps the
# row's id (both ids when an update changes it).
_REVISION_TRIGGERS = {
    "insert": ("INSERT", ["NEW"]),
    "update": ("UPDATE", ["NEW", "OLD"]),
    "delete": ("DELETE", ["OLD"]),
}


def _revision_trigger_sql(table: str, kind: str) -> str:
    event, rows = _REVISION_TRIGGERS[kind]
    stamps = sql.join((sql.compose("INSERT OR REPLACE INTO sync_revisions (tbl, id, rev) SELECT {table}, "
                                   "{row}.id, n FROM sync_clock WHERE {row}.id IS NOT NULL;",
                                   table=_lit(table), row=sql.Sql(row)) for row in rows), " ")
    return sql.compose("CREATE TRIGGER IF NOT EXISTS {trigger} AFTER {event} ON {table} "
                       "WHEN NOT EXISTS (SELECT 1 FROM sync_writing) BEGIN UPDATE sync_clock SET n = n + 1; "
                       "{stamps} END", trigger=_q(table + "__edit_" + kind), event=sql.Sql(event),
                       table=_q(table), stamps=stamps)


def safe_table_name(collection: str, taken: Iterable[str]) -> str:
    """A table name for ``collection`` that clashes with nothing in ``taken`` (names already in
    the file: tables, indexes, triggers, identifiers), whatever the server calls it.

    Word characters only, lower case, no double underscore (the ``__base`` / ``__theirs`` /
    ``__edit_*`` suffixes stay ours), never a system prefix; ``_2``, ``_3``… until nothing in the
    file equals the name or starts with it followed by ``__``.
    """
    name = re.sub(r"_+", "_", re.sub(r"\W+", "_", collection)).strip("_").lower()[:TABLE_NAME_LENGTH]
    if not name or name[0].isdigit() or name.startswith(SYSTEM_PREFIXES):
        name = f"c_{name}".rstrip("_")
    names = {t.lower() for t in taken if t}
    candidate, n = name, 2
    while candidate in names or any(t.startswith(candidate + "__") for t in names):
        candidate, n = f"{name}_{n}", n + 1
    return candidate


def _column_names(properties: Iterable[str], used: Iterable[str]) -> list[tuple[str, str]]:
    """(property, column) for new properties: the property's own name unless SQLite would take it
    for a column already there (names are case-insensitive) or a reserved one; then ``_2``…"""
    taken = {u.casefold() for u in used} | set(RESERVED)
    pairs = []
    for prop in properties:
        column, n = prop, 2
        while column.casefold() in taken:
            column, n = f"{prop}_{n}", n + 1
        taken.add(column.casefold())
        pairs.append((prop, column))
    return pairs


@dataclass(frozen=True)
class Column:
    """A data property of the server and the working tables' column that holds it."""

    prop: str
    sql_type: str
    name: str


class Workspace:
    """An offline GeoPackage workspace (created on first open)."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self.db = sqlite3.connect(str(self.path))
        self.db.execute("PRAGMA journal_mode = WAL")
        # WAL + NORMAL: a commit is atomic and survives a crash of the application; only a power
        # cut may lose the last commits (never corrupt the file). Pushes are then safe anyway:
        # an unrecorded push is found on the server by ``recover_pushes`` / the next merge.
        self.db.execute("PRAGMA synchronous = NORMAL")
        self._srs_ids: dict[str, int] = {}
        self._tables: dict[str, str] = {}
        self._init_schema()

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _txn(self) -> Iterator[None]:
        """One write transaction, started with SQLite's write lock (nothing else commits until
        it ends) and flagged as the workspace's own (edit triggers stay quiet); nested: joins."""
        if self.db.in_transaction:
            yield
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute("INSERT INTO sync_writing VALUES (1)")
            yield
            self.db.execute("DELETE FROM sync_writing")
            self.db.commit()
        except BaseException:
            self.db.rollback()
            raise

    def _init_schema(self) -> None:
        self.db.executescript(SCHEMA)  # executescript commits on its own: before any transaction
        with self._txn():
            self.db.execute(f"PRAGMA application_id = {GPKG_APPLICATION_ID}")
            self.db.execute(f"PRAGMA user_version = {GPKG_USER_VERSION}")
            names = [r[1] for r in self.db.execute("PRAGMA table_info(sync_collections)")]
            if "area" not in names:  # workspaces made before the area filter existed
                self.db.execute("ALTER TABLE sync_collections ADD COLUMN area TEXT")
            if "watermark" not in names:  # before incremental pulls: the next sync pulls everything
                self.db.execute("ALTER TABLE sync_collections ADD COLUMN watermark TEXT")
            for column in ("server_fields", "unfilled"):  # before the schema was learnt at each sync
                if column not in names:
                    self.db.execute(f"ALTER TABLE sync_collections ADD COLUMN {column} TEXT")
            for (table,) in self.db.execute("SELECT table_name FROM sync_collections").fetchall():
                if self._has_table(table):  # workspaces made before the edit revisions existed
                    self._create_revision_triggers(table)

    # -- metadata -----------------------------------------------------------------------------
    def collections(self) -> list[str]:
        """The collections checked out in this workspace."""
        return [r[0] for r in self.db.execute("SELECT collection FROM sync_collections ORDER BY 1")]

    def info(self, collection: str) -> dict[str, Any]:
        """The sync metadata of a collection."""
        cursor = self.db.execute("SELECT * FROM sync_collections WHERE collection = ?", (collection,))
        row = cursor.fetchone()
        if row is None:
            raise WorkspaceError(tr("The workspace holds no collection {name}.").format(name=collection))
        info = dict(zip([d[0] for d in cursor.description], row))
        info["columns"] = [c[:2] for c in json.loads(info["columns"])]
        for key in ("bbox", "area"):
            info[key] = json.loads(info[key]) if info.get(key) else None
        return info

    def journal(self, collection: Optional[str], action: str, fid: Optional[str] = None,
                detail: Any = None) -> None:
        """Append an entry to the sync journal."""
        text = detail if isinstance(detail, str) or detail is None else json.dumps(detail)
        with self._txn():
            self.db.execute("INSERT INTO sync_journal (at, collection, action, fid, detail) "
                            "VALUES (?, ?, ?, ?, ?)", (_now(), collection, action, fid, text))

    def journal_entries(self, collection: Optional[str] = None) -> list[dict[str, Any]]:
        """Journal entries, oldest first."""
        select = "SELECT seq, at, collection, action, fid, detail FROM sync_journal"
        rows = (self.db.execute(select + " WHERE collection = ? ORDER BY seq", (collection,)) if collection
                else self.db.execute(select + " ORDER BY seq"))
        return [dict(zip(("seq", "at", "collection", "action", "fid", "detail"), r)) for r in rows]

    # -- checkout -----------------------------------------------------------------------------
    def checkout(self, client: AgencyClient, collection: str, bbox: Optional[BBox] = None,
                 page_size: int = 5000, on_page: Optional[Callable[[Page], bool]] = None) -> int:
        """Download a collection (in its storage CRS) into a working table and its base snapshot.

        Pages are written as they arrive while the client fetches the next ones. ``on_page`` sees
        every page and may return False to cancel (the partial checkout is then removed).
        """
        info = client.collection(collection)
        srs_id = self._ensure_srs(epsg_code(info.storage_crs))
        self._register(collection, info.storage_crs, srs_id, bbox, getattr(client, "base_url", None))
        started = time.monotonic()
        try:
            count, extent = self._download(client, collection, bbox, page_size, on_page)
        except BaseException:
            self.drop(collection)  # no half checkout left behind
            raise
        self._finish_checkout(collection, count, time.monotonic() - started, extent)
        return count

    def _download(self, client: AgencyClient, collection: str, bbox: Optional[BBox], page_size: int,
                  on_page: Optional[Callable[[Page], bool]]) -> tuple[int, Optional[tuple]]:
        count, extent = 0, None
        for page in client.iter_pages(collection, bbox=bbox, page_size=page_size):
            rows = self._write_page(collection, page.features, (self._table(collection),))
            extent = _grow(extent, (blob_envelope(r[1]) for r in rows))
            count += len(page.features)
            if on_page is not None and on_page(page) is False:
                raise WorkspaceError(tr("Checkout of {name} cancelled.").format(name=collection))
        if not self._has_table(self._table(collection)):
            self._ensure_tables(collection, [])
        with self._txn():  # the base snapshot: one copy in SQL (the tables have the same columns)
            self.db.execute(sql.compose("INSERT INTO {base} SELECT * FROM {work}",
                                        base=_q(self._table(collection, "base")),
                                        work=_q(self._table(collection))))
        return count, extent

    def _register(self, collection: str, storage_crs: Optional[str], srs_id: int,
                  bbox: Optional[BBox], server_url: Optional[str]) -> None:
        if collection in self.collections():
            raise WorkspaceError(tr("{name} is already checked out in this workspace.").format(
                name=collection))
        with self._txn():
            taken = [r[0] for r in self.db.execute(
                "SELECT name FROM sqlite_master UNION SELECT identifier FROM gpkg_contents "
                "UNION SELECT table_name FROM sync_collections")]
            table = safe_table_name(collection, taken)
            self.db.execute("INSERT INTO sync_collections (collection, table_name, storage_crs, srs_id, "
                            "bbox, server_url) VALUES (?, ?, ?, ?, ?, ?)",
                            (collection, table, storage_crs, srs_id,
                             json.dumps(list(bbox)) if bbox else None, server_url))

    def _finish_checkout(self, collection: str, count: int, duration_s: float = 0.0,
                         extent: Optional[tuple] = None) -> None:
        with self._txn():
            self.db.execute("UPDATE sync_collections SET checked_out_at = ?, last_sync_at = ?, "
                            "feature_count = ? WHERE collection = ?", (_now(), _now(), count, collection))
            self._update_extent(collection, extent)
        # a change made while the pages were read may be missing: the watermark goes back as far
        self.set_watermark(collection, self.newest(collection, "base",
                                                   margin_s=WATERMARK_MARGIN_S + duration_s))
        self.journal(collection, "checkout", detail={"features": count})

    def drop(self, collection: str) -> None:
        """Forget a collection: the three tables it created (registered in ``sync_collections``:
        never a table it did not create) and its metadata."""
        self._srs_ids.pop(collection, None)
        row = self.db.execute("SELECT table_name FROM sync_collections WHERE collection = ?",
                              (collection,)).fetchone()
        self._tables.pop(collection, None)
        if row is None:
            return
        work = row[0]
        with self._txn():
            for side in SUFFIXES.values():
                self.db.execute(f"DROP TABLE IF EXISTS {_q(work + side)}")
            for meta in ("gpkg_contents", "gpkg_geometry_columns"):
                self.db.execute(sql.compose("DELETE FROM {meta} WHERE table_name = ?", meta=sql.Sql(meta)),
                                (work,))
            self.db.execute("DELETE FROM sync_revisions WHERE tbl = ?", (work,))
            self.db.execute("DELETE FROM sync_collections WHERE collection = ?", (collection,))

    def table(self, collection: str) -> str:
        """The working table (GeoPackage layer name) of a checked-out collection."""
        return self._table(collection)

    def _table(self, collection: str, side: str = "work") -> str:
        if collection not in self._tables:
            row = self.db.execute("SELECT table_name FROM sync_collections WHERE collection = ?",
                                  (collection,)).fetchone()
            if row is None:
                raise WorkspaceError(tr("The workspace holds no collection {name}.").format(
                    name=collection))
            self._tables[collection] = row[0]
        return self._tables[collection] + SUFFIXES[side]

    def _ensure_srs(self, code: int) -> int:
        with self._txn():
            self.db.execute("INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES (?, ?, 'EPSG', ?, ?, NULL)",
                            (f"EPSG:{code}", code, code, _srs_definition(code)))
        return code

    # -- tables -------------------------------------------------------------------------------
    def _columns(self, collection: str) -> list[Column]:
        """The collection's data columns (workspaces made before the name mapping store pairs)."""
        row = self.db.execute("SELECT columns FROM sync_collections WHERE collection = ?",
                              (collection,)).fetchone()
        return [Column(c[0], c[1], c[2] if len(c) > 2 else c[0]) for c in json.loads(row[0])] if row else []

    def _column(self, collection: str, prop: str) -> Optional[str]:
        """The column holding a property (None when the workspace does not know it)."""
        return next((c.name for c in self._columns(collection) if c.prop == prop), None)

    def properties(self, collection: str) -> list[str]:
        """The data properties the workspace holds for a collection (server-kept ones included)."""
        return [c.prop for c in self._columns(collection)]

    def _ensure_tables(self, collection: str, features: list[Feature]) -> list[Column]:
        """Create the three tables on the first page; add columns when new properties appear."""
        known = self._columns(collection)
        props = {c.prop for c in known}
        new: dict[str, str] = {}
        for feature in features:
            for key, value in (feature.get("properties") or {}).items():
                if key not in props and key not in new and value is not None:
                    new[key] = _sql_type(value)
        added = [Column(prop, new[prop], name)
                 for prop, name in _column_names(new, [c.name for c in known])]
        with self._txn():
            if not self._has_table(self._table(collection)):
                self._create_tables(collection, added, features)
            elif added:
                self._add_columns(collection, added)
                if self.count(collection, "base"):  # the rows already there lack the value
                    self._set_list(collection, "unfilled",
                                   self.unfilled(collection) + [c.prop for c in added])
            if added:
                self.db.execute("UPDATE sync_collections SET columns = ? WHERE collection = ?",
                                (json.dumps([[c.prop, c.sql_type, c.name] for c in known + added]),
                                 collection))
        return known + added

    def _has_table(self, table: str) -> bool:
        return self.db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                               (table,)).fetchone() is not None

    def _create_tables(self, collection: str, columns: list[Column], features: list[Feature]) -> None:
        """The three tables (CREATE TABLE, never adopting one: the name is new to the file)."""
        srs_id = self.info(collection)["srs_id"]
        column_sql = "".join(f", {_q(c.name)} {c.sql_type}" for c in columns)
        geometry_type = _geometry_type(features)
        work = self._table(collection)
        with self._txn():
            for side in SUFFIXES:
                self.db.execute(f"CREATE TABLE {_q(self._table(collection, side))} (fid INTEGER PRIMARY KEY "
                                f"AUTOINCREMENT, id TEXT UNIQUE, geom {geometry_type}{column_sql})")
            self.db.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, "
                            "srs_id) VALUES (?, 'features', ?, ?)", (work, work, srs_id))
            self.db.execute("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)",
                            (work, geometry_type, srs_id))
            self.db.execute(sql.compose("CREATE TRIGGER {trigger} AFTER INSERT ON {work} WHEN NEW.id IS "
                                        "NULL BEGIN UPDATE {work} SET id = {uuid} WHERE fid = NEW.fid; END",
                                        trigger=_q(work + "__new_id"), work=_q(work), uuid=sql.Sql(SQL_UUID)))
            self._create_revision_triggers(work)

    def _create_revision_triggers(self, work: str) -> None:
        for kind in _REVISION_TRIGGERS:
            self.db.execute(_revision_trigger_sql(work, kind))

    def _add_columns(self, collection: str, columns: list[Column]) -> None:
        with self._txn():
            for side in SUFFIXES:
                for column in columns:
                    self.db.execute(f"ALTER TABLE {_q(self._table(collection, side))} "
                                    f"ADD COLUMN {_q(column.name)} {column.sql_type}")

    def _srs_id(self, collection: str) -> int:
        if collection not in self._srs_ids:
            self._srs_ids[collection] = self.info(collection)["srs_id"]
        return self._srs_ids[collection]

    def _write_page(self, collection: str, features: list[Feature], tables: Iterable[str]) -> list[tuple]:
        with self._txn():
            return self._upsert(collection, features, tables)

    def _upsert(self, collection: str, features: list[Feature], tables: Iterable[str]) -> list[tuple]:
        """Upsert rows inside the caller's transaction (new columns are added in it too)."""
        columns = self._ensure_tables(collection, features)
        srs_id = self._srs_id(collection)
        rows = [_row(f, [c.prop for c in columns], srs_id) for f in features]
        names = sql.join(_q(c) for c in ["id", "geom", *(c.name for c in columns)])
        marks = sql.join([sql.Sql("?")] * (len(columns) + 2))
        updates = sql.join(sql.compose("{c} = excluded.{c}", c=_q(c))
                           for c in ["geom", *(c.name for c in columns)])
        for table in tables:
            self.db.executemany(sql.compose("INSERT INTO {table} ({names}) VALUES ({marks}) "
                                            "ON CONFLICT(id) DO UPDATE SET {updates}", table=_q(table),
                                            names=names, marks=marks, updates=updates), rows)
        return rows

    def _update_extent(self, collection: str,
                       extent: Optional[tuple[float, float, float, float]] = None) -> None:
        """The layer extent in gpkg_contents: ``extent`` (min x, max x, min y, max y) when the
        caller has it, else from the envelopes of the stored blobs (streamed)."""
        if extent is None:
            extent = _grow(None, (blob_envelope(b) for (b,) in
                                  self.db.execute(sql.compose("SELECT geom FROM {work}",
                                                              work=_q(self._table(collection))))))
        if extent is not None:
            self.db.execute("UPDATE gpkg_contents SET min_x = ?, max_x = ?, min_y = ?, max_y = ? "
                            "WHERE table_name = ?", (*extent, self._table(collection)))

    # -- reading features ---------------------------------------------------------------------
    def features(self, collection: str, ids: Optional[Iterable[str]] = None,
                 side: str = "work") -> dict[str, Feature]:
        """Features of one side (``work``, ``base`` or ``theirs``) by id (all when ``ids`` is None)."""
        table = self._table(collection, side)
        columns = self._columns(collection)
        select = sql.join(_q(c) for c in ["id", "geom", *(c.name for c in columns)])
        if ids is None:
            statement = sql.compose("SELECT {select} FROM {table}", select=select, table=_q(table))
            return dict(self._read(statement, (), columns))
        found: dict[str, Feature] = {}
        wanted = list(ids)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            statement = sql.compose("SELECT {select} FROM {table} WHERE id IN ({marks})", select=select,
                                    table=_q(table), marks=sql.join([sql.Sql("?")] * len(chunk)))
            found.update(self._read(statement, chunk, columns))
        return found

    def _read(self, statement: str, params: Iterable, columns: list[Column]) -> Iterator[tuple[str, Feature]]:
        booleans = {c.prop for c in columns if c.sql_type == "BOOLEAN"}
        props = [c.prop for c in columns]
        for row in self.db.execute(statement, list(params)):
            properties = {c: bool(v) if c in booleans and v is not None else v
                          for c, v in zip(props, row[2:])}
            yield row[0], {"type": "Feature", "id": row[0], "properties": properties,
                           "geometry": gpkg_to_geometry(row[1])}

    # -- differences (SQL joins) --------------------------------------------------------------
    def local_changes(self, collection: str) -> ChangeSet:
        """What the field team changed in the working table since the base snapshot."""
        return self._diff(collection, self._table(collection), self._table(collection, "base"),
                          compare_all=True)

    def server_changes(self, collection: str, deleted: Optional[Iterable[str]] = None) -> ChangeSet:
        """What changed on the server (staged in ``<name>__theirs``) since the base snapshot.

        ``deleted`` given: the staging holds only the features changed since the watermark (a
        partial pull), so a base feature absent from it is unchanged unless listed in ``deleted``.
        """
        changes = self._diff(collection, self._table(collection, "theirs"), self._table(collection, "base"),
                             compare_all=False, with_deleted=deleted is None)
        if deleted is not None:
            changes.deleted = set(deleted)
        return changes

    # -- incremental pulls --------------------------------------------------------------------
    def watermark(self, collection: str) -> Optional[str]:
        """Server ``updated_at`` (ISO, UTC) before which every server change is in the base (or
        in a recorded conflict); None: unknown, the next pull must read everything."""
        row = self.db.execute("SELECT watermark FROM sync_collections WHERE collection = ?",
                              (collection,)).fetchone()
        return row[0] if row else None

    def set_watermark(self, collection: str, value: Optional[str]) -> None:
        with self._txn():
            self.db.execute("UPDATE sync_collections SET watermark = ? WHERE collection = ?",
                            (value, collection))

    def newest(self, collection: str, side: str = "theirs", ids: Optional[Iterable[str]] = None,
               oldest: bool = False, margin_s: float = WATERMARK_MARGIN_S) -> Optional[str]:
        """The largest (``oldest``: smallest) ``updated_at`` of a side (of some ids), minus
        ``margin_s`` seconds, as an ISO UTC timestamp; None when no row has one."""
        table = self._table(collection, side)
        stamp = self._column(collection, "updated_at")
        if stamp is None:
            return None
        where, params = "", []
        if ids is not None:
            params = list(ids)
            if not params:
                return None
            where = sql.compose(" WHERE id IN ({marks})", marks=sql.join([sql.Sql("?")] * len(params)))
        row = self.db.execute(sql.compose(
            "SELECT strftime('%Y-%m-%dT%H:%M:%fZ', {edge}(julianday({stamp})) - ? / 86400.0) "
            "FROM {table}{where}",
            edge=sql.Sql("min" if oldest else "max"), stamp=_q(stamp), table=_q(table), where=sql.Sql(where)),
            [margin_s, *params]).fetchone()
        return row[0] if row and row[0] else None

    def count(self, collection: str, side: str = "base") -> int:
        table = self._table(collection, side)
        return self.db.execute(sql.compose("SELECT count(*) FROM {table}", table=_q(table))).fetchone()[0]

    def versions(self, collection: str, side: str = "base") -> Optional[dict[str, Optional[int]]]:
        """``{id: version}`` of one side; None when the collection has no version column."""
        version = self._column(collection, VERSION_FIELD)
        if version is None:
            return None
        table = self._table(collection, side)
        return dict(self.db.execute(sql.compose("SELECT id, {version} FROM {table}", version=_q(version),
                                                table=_q(table))))

    def has_versions(self, collection: str) -> bool:
        """Whether the collection's features carry a server ``version`` (else: content compared)."""
        return self._column(collection, VERSION_FIELD) is not None

    def count_theirs_in_base(self, collection: str) -> int:
        return self.db.execute(sql.compose("SELECT count(*) FROM {theirs} t JOIN {base} b ON b.id = t.id",
                                           theirs=_q(self._table(collection, "theirs")),
                                           base=_q(self._table(collection, "base")))).fetchone()[0]

    def unknown_ids(self, collection: str, ids: set[str]) -> set[str]:
        """Of ``ids``, those neither in the base nor staged."""
        known = set(self.features_ids(collection, "base")) | set(self.features_ids(collection, "theirs"))
        return ids - known

    def features_ids(self, collection: str, side: str) -> list[str]:
        table = self._table(collection, side)
        return [r[0] for r in self.db.execute(sql.compose("SELECT id FROM {table}", table=_q(table)))]

    def stage(self, collection: str, features: list[Feature]) -> None:
        """Add features to the staging table (after a partial pull)."""
        self._write_page(collection, features, (self._table(collection, "theirs"),))

    def unseen_base_ids(self, collection: str, seen: set[str]) -> set[str]:
        """Base ids neither staged in ``<name>__theirs`` nor in ``seen``."""
        rows = self.db.execute(sql.compose("SELECT b.id FROM {base} b LEFT JOIN {theirs} t ON t.id = b.id "
                                           "WHERE t.id IS NULL", base=_q(self._table(collection, "base")),
                                           theirs=_q(self._table(collection, "theirs"))))
        return {r[0] for r in rows if r[0] not in seen}

    def _diff(self, collection: str, side: str, base: str, compare_all: bool,
              with_deleted: bool = True) -> ChangeSet:
        columns = [c.name for c in self._columns(collection)
                   if not compare_all or c.prop not in SERVER_FIELDS]
        version = self._column(collection, VERSION_FIELD)
        # the server's side is compared by version when the collection has one, else by content
        compared = ["geom", *columns] if compare_all or version is None else [version]
        differs = sql.join((sql.compose("s.{c} IS NOT b.{c}", c=_q(c)) for c in compared
                            if c in ["geom", *columns]), " OR ")
        tables = {"side": _q(side), "base": _q(base)}
        created = sql.compose("SELECT s.id FROM {side} s LEFT JOIN {base} b ON b.id = s.id "
                              "WHERE b.id IS NULL", **tables)
        deleted = sql.compose("SELECT b.id FROM {base} b LEFT JOIN {side} s ON s.id = b.id "
                              "WHERE s.id IS NULL", **tables)
        modified = sql.compose("SELECT s.id FROM {side} s JOIN {base} b ON b.id = s.id WHERE {differs}",
                               differs=differs or sql.Sql("0"), **tables)
        return ChangeSet(*({r[0] for r in self.db.execute(statement)} if statement else set()
                           for statement in (created, modified, deleted if with_deleted else None)))

    # -- staging and applying -----------------------------------------------------------------
    def stage_server_pages(self, collection: str, pages: Iterable[Page]) -> int:
        """Stream the server's current state into ``<name>__theirs`` (emptied first)."""
        theirs = self._table(collection, "theirs")
        with self._txn():
            self.db.execute(sql.compose("DELETE FROM {theirs}", theirs=_q(theirs)))
        count = 0
        for page in pages:
            self._write_page(collection, page.features, (theirs,))
            count += len(page.features)
        return count

    def apply(self, collection: str, features: Iterable[Feature] = (), deleted: Iterable[str] = (),
              work: bool = True, mark: Optional[int] = None) -> set[str]:
        """Make ``features`` the synced state: written to the base (and working table if ``work``);
        ``deleted`` ids are removed from both. With ``mark`` (:meth:`edit_mark`), a working row
        edited after it is left as it is, base included (returned: the next sync merges it)."""
        features, deleted = list(features), list(deleted)
        tables = (self._table(collection, "base"), self._table(collection)) if work \
            else (self._table(collection, "base"),)
        with self._txn():
            kept = self._upsert_unedited(collection, features, tables, mark if work else None, deleted)
            gone = [(fid,) for fid in deleted if fid not in kept]
            for table in tables:
                self.db.executemany(sql.compose("DELETE FROM {table} WHERE id = ?", table=_q(table)), gone)
            self.db.execute("UPDATE sync_collections SET last_sync_at = ? WHERE collection = ?",
                            (_now(), collection))
        return kept

    # -- the server's schema ------------------------------------------------------------------
    def _list(self, collection: str, column: str) -> Optional[list[str]]:
        row = self.db.execute(sql.compose("SELECT {column} FROM sync_collections WHERE collection = ?",
                                          column=_q(column)),
                              (collection,)).fetchone()
        return json.loads(row[0]) if row and row[0] else None

    def _set_list(self, collection: str, column: str, values: Optional[list[str]]) -> None:
        with self._txn():
            self.db.execute(sql.compose("UPDATE sync_collections SET {column} = ? WHERE collection = ?",
                                        column=_q(column)),
                            (json.dumps(values) if values is not None else None, collection))

    def server_fields(self, collection: str) -> Optional[list[str]]:
        """The server's data fields as last learnt (None: never learnt)."""
        return self._list(collection, "server_fields")

    def set_server_fields(self, collection: str, fields: list[str]) -> None:
        self._set_list(collection, "server_fields", fields)

    def unfilled(self, collection: str) -> list[str]:
        """Properties added by a partial pull: the rows it did not bring hold NULL for them."""
        return self._list(collection, "unfilled") or []

    def fill_unfilled(self, collection: str) -> None:
        """After a pull that staged the whole server state: the unfilled columns take the server's
        values in the base, and in the working table where the row does not differ from the base
        (a value typed there is an edit, merged as usual)."""
        columns = [c.name for c in self._columns(collection) if c.prop in set(self.unfilled(collection))]
        work, base, theirs = (_q(self._table(collection, side)) for side in ("work", "base", "theirs"))
        with self._txn():
            for column in map(_q, columns):
                tables = {"work": work, "base": base, "theirs": theirs, "column": column}
                self.db.execute(sql.compose("UPDATE {work} SET {column} = t.{column} "
                                            "FROM {theirs} t, {base} b WHERE t.id = {work}.id "
                                            "AND b.id = {work}.id AND {work}.{column} IS b.{column}",
                                            **tables))
                self.db.execute(sql.compose("UPDATE {base} SET {column} = t.{column} FROM {theirs} t "
                                            "WHERE t.id = {base}.id", **tables))
            self._set_list(collection, "unfilled", None)

    # -- edits made while a sync runs -----------------------------------------------------------
    def edit_mark(self) -> int:
        """The edit clock now: a working row stamped later was edited (by QGIS, by anyone but the
        workspace) after this moment. Take it before reading the working table."""
        return self.db.execute("SELECT n FROM sync_clock").fetchone()[0]

    def edited_since(self, collection: str, mark: Optional[int]) -> set[str]:
        """Ids of the working rows edited, created or deleted after ``mark``."""
        if mark is None:
            return set()
        rows = self.db.execute("SELECT id FROM sync_revisions WHERE tbl = ? AND rev > ?",
                               (self._table(collection), mark))
        return {r[0] for r in rows}

    def _upsert_unedited(self, collection: str, features: list[Feature], tables: Iterable[str],
                         mark: Optional[int], also: Iterable[str] = ()) -> set[str]:
        """Inside a write transaction: upsert the features whose working row was not edited after
        ``mark``; return the ids kept as edited (of the features and of ``also``)."""
        kept = self._keep_edits(collection, mark, [str(f.get("id")) for f in features] + list(also))
        features = [f for f in features if str(f.get("id")) not in kept]
        if features:
            self._upsert(collection, features, tables)
        return kept

    def _keep_edits(self, collection: str, mark: Optional[int], ids: Iterable[str]) -> set[str]:
        """Inside a write transaction (so nothing commits meanwhile): the ``ids`` whose working row
        was edited after ``mark``. They are journaled and the next pull reads everything, so that
        the edit is merged with the server's state field by field, never overwritten."""
        kept = self.edited_since(collection, mark) & set(ids)
        if kept:
            at = _now()
            self.db.executemany("INSERT INTO sync_journal (at, collection, action, fid, detail) "
                                "VALUES (?, ?, 'kept-local-edit', ?, NULL)",
                                [(at, collection, fid) for fid in sorted(kept)])
            self.db.execute("UPDATE sync_collections SET watermark = NULL WHERE collection = ?",
                            (collection,))
        return kept

    # -- conflicts ----------------------------------------------------------------------------
    def record_conflicts(self, collection: str, conflicts: Iterable[Any]) -> None:
        """Keep merge conflicts (``merge.Conflict``) until someone resolves them."""
        rows = [(collection, c.fid, c.kind, json.dumps(list(c.fields)), *(
                 json.dumps(f) if f is not None else None for f in (c.base, c.ours, c.theirs, c.merged)),
                 _now()) for c in conflicts]
        with self._txn():
            self.db.executemany("INSERT OR REPLACE INTO sync_conflicts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                rows)
        for row in rows:
            self.journal(collection, "conflict", row[1], {"kind": row[2], "fields": json.loads(row[3])})

    def conflicts(self, collection: str) -> list[dict[str, Any]]:
        """Unresolved conflicts of a collection, as dicts (features decoded)."""
        names = ("fid", "kind", "fields", "base", "ours", "theirs", "merged", "at")
        rows = self.db.execute(sql.compose("SELECT {names} FROM sync_conflicts WHERE collection = ? "
                                           "ORDER BY fid", names=sql.join(map(_q, names))), (collection,))
        return [{k: json.loads(v) if k not in ("fid", "kind", "at") and v is not None else v
                 for k, v in zip(names, row)} for row in rows]

    def resolve_conflict(self, collection: str, fid: str) -> None:
        """Forget a conflict once its resolution is in the working table.

        The base becomes the server state the conflict was about, so the next sync pushes the
        working row as it stands (the resolution) on top of that server version.
        """
        row = self.db.execute("SELECT theirs FROM sync_conflicts WHERE collection = ? AND fid = ?",
                              (collection, fid)).fetchone()
        if row is not None and collection in self.collections():
            if row[0] is not None:
                self.write(collection, [json.loads(row[0])], sides=("base",))
            else:
                self.apply(collection, deleted=[fid], work=False)
        with self._txn():
            self.db.execute("DELETE FROM sync_conflicts WHERE collection = ? AND fid = ?", (collection, fid))
        self.journal(collection, "resolved", fid)

    def forget_conflicts(self, collection: str) -> None:
        """Drop a collection's recorded conflicts (a sync records the ones still true)."""
        with self._txn():
            self.db.execute("DELETE FROM sync_conflicts WHERE collection = ?", (collection,))

    def conflict_count(self, collection: Optional[str] = None) -> int:
        """Unresolved conflicts (of one collection, or of the whole workspace)."""
        select = "SELECT count(*) FROM sync_conflicts"
        rows = (self.db.execute(select + " WHERE collection = ?", (collection,)) if collection
                else self.db.execute(select))
        return rows.fetchone()[0]

    # -- push journal (outbox) ----------------------------------------------------------------
    def intend_push(self, collection: str, kind: str, fid: str, feature: Optional[Feature],
                    expected_version: Optional[int]) -> int:
        """Record a push about to be sent (committed before sending); returns its sequence."""
        with self._txn():
            cursor = self.db.execute(
                "INSERT INTO sync_outbox (collection, fid, kind, feature, expected_version, at) "
                "VALUES (?, ?, ?, ?, ?, ?)", (collection, fid, kind,
                                              json.dumps(feature) if feature is not None else None,
                                              expected_version, _now()))
        return cursor.lastrowid

    def intend_pushes(self, collection: str,
                      pushes: Iterable[tuple[str, str, Optional[Feature], Optional[int]]]) -> list[int]:
        """Record a batch of pushes (kind, fid, feature, expected version) about to be sent, in
        one transaction committed before any is sent; returns their sequences, in order."""
        at, seqs = _now(), []
        with self._txn():
            for kind, fid, feature, expected_version in pushes:
                cursor = self.db.execute(
                    "INSERT INTO sync_outbox (collection, fid, kind, feature, expected_version, at) "
                    "VALUES (?, ?, ?, ?, ?, ?)", (collection, fid, kind,
                                                  json.dumps(feature) if feature is not None else None,
                                                  expected_version, at))
                seqs.append(cursor.lastrowid)
        return seqs

    def record_pushes(self, collection: str, written: Iterable[Feature] = (), deleted: Iterable[str] = (),
                      done: Iterable[tuple[int, str]] = (), mark: Optional[int] = None) -> set[str]:
        """In one transaction: the pushed features become the synced state (``written`` into work
        and base, ``deleted`` ids out of the base) and the pushes ``done`` (seq, outcome) are
        closed with their journal entries. A crash before the commit leaves them all pending.
        A working row edited after ``mark`` keeps its edit and its base (returned)."""
        written, done = list(written), list(done)
        with self._txn():
            kept = self._upsert_unedited(collection, written,
                                         (self._table(collection), self._table(collection, "base")), mark)
            self.db.executemany(sql.compose("DELETE FROM {base} WHERE id = ?",
                                            base=_q(self._table(collection, "base"))),
                                [(fid,) for fid in deleted])
            self._close_pushes(done)
        return kept

    def drop_pushes(self, seqs: Iterable[int]) -> None:
        """Forget recorded pushes known never to have been sent (no journal entry)."""
        with self._txn():
            self.db.executemany("DELETE FROM sync_outbox WHERE seq = ?", [(s,) for s in seqs])

    def _close_pushes(self, done: list[tuple[int, str]]) -> None:
        at = _now()
        for seq, outcome in done:
            row = self.db.execute("SELECT collection, fid, kind FROM sync_outbox WHERE seq = ?",
                                  (seq,)).fetchone()
            self.db.execute("DELETE FROM sync_outbox WHERE seq = ?", (seq,))
            if row is not None:
                self.db.execute("INSERT INTO sync_journal (at, collection, action, fid, detail) "
                                "VALUES (?, ?, ?, ?, ?)",
                                (at, row[0], outcome, row[1], json.dumps({"kind": row[2]})))

    def pending_pushes(self, collection: Optional[str] = None) -> list[dict[str, Any]]:
        """Pushes recorded but not known to be done (an interrupted sync leaves them), oldest first."""
        names = ("seq", "collection", "fid", "kind", "feature", "expected_version", "at")
        select = sql.compose("SELECT {names} FROM sync_outbox", names=sql.join(map(_q, names)))
        rows = (self.db.execute(select + " WHERE collection = ? ORDER BY seq", (collection,)) if collection
                else self.db.execute(select + " ORDER BY seq"))
        entries = [dict(zip(names, row)) for row in rows]
        for entry in entries:
            entry["feature"] = json.loads(entry["feature"]) if entry["feature"] else None
        return entries

    def push_done(self, seq: int, outcome: str = "pushed") -> None:
        """Close a recorded push (``outcome`` goes to the journal: pushed, already-done, dropped…)."""
        row = self.db.execute("SELECT collection, fid, kind FROM sync_outbox WHERE seq = ?",
                              (seq,)).fetchone()
        with self._txn():
            self.db.execute("DELETE FROM sync_outbox WHERE seq = ?", (seq,))
        if row is not None:
            self.journal(row[0], outcome, row[1], {"kind": row[2]})

    # -- state for people ---------------------------------------------------------------------
    def pending_changes(self, collection: Optional[str] = None) -> int:
        """Local edits not yet on the server (features created, modified or deleted)."""
        names = [collection] if collection else self.collections()
        return sum(len(self.local_changes(name).all()) for name in names)

    def last_sync(self, collection: Optional[str] = None) -> Optional[str]:
        """When the collection (or, without one, the least recently synced one) was last synced."""
        values = [self.info(name)["last_sync_at"] for name in ([collection] if collection
                                                                else self.collections())]
        values = [v for v in values if v]
        return min(values) if values else None

    def mark_synced(self, collection: str) -> None:
        """Record that a sync of ``collection`` completed."""
        with self._txn():
            self.db.execute("UPDATE sync_collections SET last_sync_at = ? WHERE collection = ?",
                            (_now(), collection))

    def set_area(self, collection: str, polygon: Optional[Mapping[str, Any]]) -> None:
        """Remember the polygon (GeoJSON, storage CRS) a collection was checked out for."""
        with self._txn():
            self.db.execute("UPDATE sync_collections SET area = ? WHERE collection = ?",
                            (json.dumps(polygon) if polygon else None, collection))

    # -- writing sides ------------------------------------------------------------------------
    def write(self, collection: str, features: Iterable[Feature], sides: Iterable[str] = ("work",),
              mark: Optional[int] = None) -> set[str]:
        """Upsert features into some sides (``work``, ``base``) without touching the others. With
        ``mark``, a working row edited after it is not written (on any side; returned)."""
        sides = list(sides)
        tables = [self._table(collection, side) for side in sides]
        features = list(features)
        if not features:
            return set()
        with self._txn():
            return self._upsert_unedited(collection, features, tables, mark if "work" in sides else None)

    def discard_theirs(self, collection: str) -> None:
        """Empty the staging table (after a failed or finished pull)."""
        with self._txn():
            self.db.execute(sql.compose("DELETE FROM {theirs}", theirs=_q(self._table(collection, "theirs"))))

    def rename(self, collection: str, old: str, new: str, mark: Optional[int] = None) -> bool:
        """Give a working feature a new id (the base keeps no row under either id); False (nothing
        done) when the row was edited after ``mark``."""
        with self._txn():
            if self._keep_edits(collection, mark, [old]):
                return False
            self.db.execute(sql.compose("UPDATE {work} SET id = ? WHERE id = ?",
                                        work=_q(self._table(collection))), (new, old))
            self.db.execute(sql.compose("DELETE FROM {base} WHERE id IN (?, ?)",
                                        base=_q(self._table(collection, "base"))), (old, new))
        return True

    def set_version(self, collection: str, fid: str, version: int) -> None:
        """Record the version the server gave a pushed feature (in work and base)."""
        column = self._column(collection, VERSION_FIELD) or VERSION_FIELD
        with self._txn():
            for side in ("work", "base"):
                self.db.execute(sql.compose("UPDATE {table} SET {column} = ? WHERE id = ?",
                                            table=_q(self._table(collection, side)), column=_q(column)),
                                (version, fid))


def _grow(extent: Optional[tuple[float, float, float, float]],
          boxes: Iterable[Optional[tuple[float, float, float, float]]]) -> Optional[tuple]:
    """Extend an extent (min x, max x, min y, max y) by envelopes (None ones skipped)."""
    for box in boxes:
        if box is None:
            continue
        extent = box if extent is None else (min(extent[0], box[0]), max(extent[1], box[1]),
                                             min(extent[2], box[2]), max(extent[3], box[3]))
    return extent


def _geometry_type(features: list[Feature]) -> str:
    kinds = {(f.get("geometry") or {}).get("type") for f in features} - {None}
    return kinds.pop().upper() if len(kinds) == 1 else "GEOMETRY"


def _row(feature: Feature, columns: list[str], srs_id: int) -> tuple:
    properties = feature.get("properties") or {}
    fid = str(feature.get("id") or uuid.uuid4())
    return (fid, geometry_to_gpkg(feature.get("geometry"), srs_id),
            *(_to_sql(properties.get(c)) for c in columns))
