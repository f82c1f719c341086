"""Helpers shared by the sync tests (no tests here): isolated areas on the real server, local SQL
edits, a client that loses answers. Named test_sync_* to live among the sync tests."""

from __future__ import annotations

import itertools
import sqlite3
import uuid

from agence_urbaine.core.sync.client import AgencyClient, Unreachable
from agence_urbaine.core.sync.gpkg_geometry import geometry_to_gpkg, gpkg_to_geometry

# Each test works in its own square kilometre, east of the synthetic data (x ≈ 369 000-371 000),
# so tests sharing the session server never see each other's features.
_AREAS = itertools.count()


def new_area(collection_offset: float = 0.0) -> tuple[float, float]:
    index = next(_AREAS)
    return 380_000.0 + collection_offset + 1_000.0 * (index % 40), 380_000.0 + 1_000.0 * (index // 40)


def square(x: float, y: float, size: float = 10.0) -> dict:
    ring = [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]
    return {"type": "Polygon", "coordinates": [ring]}


def building(x: float, y: float, ref: str, levels: int = 1) -> dict:
    return {"type": "Feature", "id": str(uuid.uuid4()), "geometry": square(x, y),
            "properties": {"parcel_ref": ref, "levels": levels, "height_m": 3.0 * levels, "use": "habitat"}}


def seed_buildings(client: AgencyClient, origin: tuple[float, float], count: int) -> list[str]:
    """Create ``count`` buildings in a row from ``origin``; returns their ids in order."""
    x, y = origin
    return [client.create("buildings", building(x + 20.0 * i, y + 50.0, f"T-{i}")) for i in range(count)]


def area_bbox(origin: tuple[float, float]) -> tuple[float, float, float, float]:
    x, y = origin
    return (x, y, x + 900.0, y + 900.0)


def checked_out(client: AgencyClient, tmp_path, count: int = 4):
    """A fresh area with ``count`` seeded buildings, checked out into ``tmp_path/ws.gpkg``."""
    from agence_urbaine.core.sync.session import checkout
    from agence_urbaine.core.sync.workspace import Workspace

    origin = new_area()
    ids = seed_buildings(client, origin, count)
    workspace = Workspace(tmp_path / "ws.gpkg")
    checkout(client, workspace, ["buildings"], bbox=area_bbox(origin))
    return origin, ids, workspace


def server_rows(agency_server, origin: tuple[float, float], table: str = "buildings") -> dict[str, dict]:
    """The rows of the test area straight from PostGIS (id → levels, parcel_ref, use, version)."""
    x0, y0, x1, y1 = area_bbox(origin)
    out = agency_server.psql(
        f"SELECT id, levels, parcel_ref, use, version FROM {table} "
        f"WHERE geom && ST_MakeEnvelope({x0}, {y0}, {x1}, {y1}, 26191) ORDER BY id;")
    rows = {}
    for line in out.splitlines():
        fid, levels, ref, use, version = line.split("|")
        rows[fid] = {"levels": int(levels) if levels else None, "parcel_ref": ref, "use": use,
                     "version": int(version)}
    return rows


class LocalEdits:
    """Edits of a workspace's working table with plain SQL, as QGIS would make them."""

    def __init__(self, path, collection: str = "buildings"):
        self.path, self.collection = str(path), collection

    def _run(self, sql: str, params: tuple = ()) -> None:
        db = sqlite3.connect(self.path)
        with db:
            db.execute(sql, params)
        db.close()

    def set(self, fid: str, **values) -> None:
        assignments = ", ".join(f'"{k}" = ?' for k in values)
        self._run(f'UPDATE "{self.collection}" SET {assignments} WHERE id = ?', (*values.values(), fid))

    def move(self, fid: str, dx: float) -> dict:
        db = sqlite3.connect(self.path)
        blob = db.execute(f'SELECT geom FROM "{self.collection}" WHERE id = ?', (fid,)).fetchone()[0]
        db.close()
        geometry = gpkg_to_geometry(blob)
        geometry["coordinates"] = [[[x + dx, y] for x, y in ring] for ring in geometry["coordinates"]]
        self._run(f'UPDATE "{self.collection}" SET geom = ? WHERE id = ?',
                  (geometry_to_gpkg(geometry, 26191), fid))
        return geometry

    def delete(self, fid: str) -> None:
        self._run(f'DELETE FROM "{self.collection}" WHERE id = ?', (fid,))

    def add(self, x: float, y: float, ref: str, levels: int = 1) -> str:
        """Insert a row without id (the workspace trigger gives it a UUID); returns that id."""
        db = sqlite3.connect(self.path)
        with db:
            cursor = db.execute(f'INSERT INTO "{self.collection}" (geom, parcel_ref, levels, use) '
                                f"VALUES (?, ?, ?, 'habitat')",
                                (geometry_to_gpkg(square(x, y), 26191), ref, levels))
            fid = db.execute(f'SELECT id FROM "{self.collection}" WHERE fid = ?',
                             (cursor.lastrowid,)).fetchone()[0]
        db.close()
        return fid


class DelegatingClient(AgencyClient):
    """Delegates to a real client; ``_after(method)`` runs once each write reached the server
    (subclasses lose the answer, or edit the workspace as QGIS would meanwhile)."""

    def __init__(self, client: AgencyClient):
        self.client = client
        self.base_url = getattr(client, "base_url", None)

    def _after(self, method: str) -> None:
        pass

    def collections(self, count=True):
        return self.client.collections(count)

    def collection(self, collection):
        return self.client.collection(collection)

    def iter_pages(self, collection, bbox=None, crs=None, page_size=5000):
        return self.client.iter_pages(collection, bbox=bbox, crs=crs, page_size=page_size)

    def get(self, collection, fid, crs=None):
        return self.client.get(collection, fid, crs)

    def schema(self, collection):
        return self.client.schema(collection)

    def field_types(self, collection):
        return self.client.field_types(collection)

    def create(self, collection, feature, crs=None):
        result = self.client.create(collection, feature, crs)
        self._after("create")
        return result

    def replace(self, collection, feature, expected_version, crs=None, **base):
        result = self.client.replace(collection, feature, expected_version, crs, **base)
        self._after("replace")
        return result

    def delete(self, collection, fid, expected_version, **base):
        self.client.delete(collection, fid, expected_version, **base)
        self._after("delete")


class LosingClient(DelegatingClient):
    """Chosen writes reach the server but their answer is lost.

    ``lose`` names the write methods (``create``, ``replace``, ``delete``) whose n-th call (1-based,
    per method) is carried out and then reported as a cut connection.
    """

    def __init__(self, client: AgencyClient, lose: dict[str, int]):
        super().__init__(client)
        self.lose = dict(lose)
        self.calls: dict[str, int] = {}

    def _after(self, method: str) -> None:
        self.calls[method] = self.calls.get(method, 0) + 1
        if self.lose.get(method) == self.calls[method]:
            raise Unreachable("connection cut after the request was sent (test)")
