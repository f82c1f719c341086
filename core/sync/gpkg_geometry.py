"""GeoJSON geometries <-> GeoPackage geometry blobs, in pure Python (``struct``), exactly.

The WKB is written from the coordinates as received (float64 as is): a checkout then a push does
not move a vertex, and comparing blobs finds only real edits. Little-endian, XY envelope, 2D or
3D (ISO WKB codes + 1000). A GeometryCollection is stored as one too: a geometry the workspace
could not store would come back as NULL and a push would then erase it on the server.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping
from typing import Any, Optional

WKB_TYPES = {"Point": 1, "LineString": 2, "Polygon": 3, "MultiPoint": 4, "MultiLineString": 5,
             "MultiPolygon": 6, "GeometryCollection": 7}
WKB_NAMES = {v: k for k, v in WKB_TYPES.items()}


def _first_coordinates(geometry: Mapping[str, Any]) -> Any:
    if geometry.get("type") != "GeometryCollection":
        return geometry.get("coordinates")
    for part in geometry.get("geometries") or ():
        found = _first_coordinates(part)
        if found:
            return found
    return []


def _dims(coordinates: Any) -> int:
    sequence = (list, tuple)
    while isinstance(coordinates, sequence) and coordinates and isinstance(coordinates[0], sequence):
        coordinates = coordinates[0]
    return 3 if isinstance(coordinates, (list, tuple)) and len(coordinates) >= 3 else 2


def _wkb_points(points: list, dims: int, seen: list[float]) -> bytes:
    flat = [float(c) for p in points for c in p[:dims]]
    seen.extend(flat)
    return struct.pack(f"<I{len(flat)}d", len(points), *flat)


def _wkb_body(kind: str, coordinates: Any, dims: int, seen: list[float]) -> bytes:
    if kind == "Point":
        flat = [float(c) for c in coordinates[:dims]]
        seen.extend(flat)
        return struct.pack(f"<{dims}d", *flat)
    if kind == "LineString":
        return _wkb_points(coordinates, dims, seen)
    if kind == "Polygon":
        rings = b"".join(_wkb_points(r, dims, seen) for r in coordinates)
        return struct.pack("<I", len(coordinates)) + rings
    part = {"MultiPoint": "Point", "MultiLineString": "LineString", "MultiPolygon": "Polygon"}[kind]
    return struct.pack("<I", len(coordinates)) + b"".join(_wkb(part, c, dims, seen) for c in coordinates)


def _wkb(kind: str, coordinates: Any, dims: int, seen: list[float]) -> bytes:
    code = WKB_TYPES[kind] + (1000 if dims == 3 else 0)
    return struct.pack("<BI", 1, code) + _wkb_body(kind, coordinates, dims, seen)


def _wkb_geometry(geometry: Mapping[str, Any], dims: int, seen: list[float]) -> bytes:
    if geometry["type"] != "GeometryCollection":
        return _wkb(geometry["type"], geometry["coordinates"], dims, seen)
    parts = geometry.get("geometries") or []
    code = WKB_TYPES["GeometryCollection"] + (1000 if dims == 3 else 0)
    return struct.pack("<BII", 1, code, len(parts)) + b"".join(_wkb_geometry(p, dims, seen) for p in parts)


def geometry_to_gpkg(geometry: Optional[Mapping[str, Any]], srs_id: int) -> Optional[bytes]:
    """A GeoPackage geometry blob (little-endian, XY envelope) from a GeoJSON geometry."""
    if not geometry:
        return None
    dims = _dims(_first_coordinates(geometry))
    seen: list[float] = []
    wkb = _wkb_geometry(geometry, dims, seen)
    if not seen:
        return struct.pack("<2sBBi", b"GP", 0, 0x11, srs_id) + wkb  # empty: no envelope
    xs, ys = seen[0::dims], seen[1::dims]
    return struct.pack("<2sBBi4d", b"GP", 0, 0x03, srs_id, min(xs), max(xs), min(ys), max(ys)) + wkb


class _WkbReader:
    def __init__(self, data: bytes, offset: int):
        self.data, self.offset = data, offset

    def read(self, fmt: str) -> tuple:
        values = struct.unpack_from(fmt, self.data, self.offset)
        self.offset += struct.calcsize(fmt)
        return values

    def points(self, order: str, dims: int) -> list[list[float]]:
        (count,) = self.read(order + "I")
        flat = self.read(f"{order}{count * dims}d")
        return [list(flat[i:i + dims]) for i in range(0, len(flat), dims)]

    def geometry(self) -> tuple[str, Any]:
        order = "<" if self.read("B")[0] == 1 else ">"
        (code,) = self.read(order + "I")
        dims = 3 if code // 1000 in (1, 3) else 2
        kind = WKB_NAMES[code % 1000]
        if kind == "GeometryCollection":
            (count,) = self.read(order + "I")
            return kind, [dict(zip(("type", "coordinates"), self.geometry())) for _ in range(count)]
        if kind == "Point":
            return kind, list(self.read(f"{order}{dims}d"))
        if kind == "LineString":
            return kind, self.points(order, dims)
        (count,) = self.read(order + "I")
        if kind == "Polygon":
            return kind, [self.points(order, dims) for _ in range(count)]
        return kind, [self.geometry()[1] for _ in range(count)]


def gpkg_to_geometry(blob: Optional[bytes]) -> Optional[dict[str, Any]]:
    """The GeoJSON geometry of a GeoPackage geometry blob (coordinates exactly as stored)."""
    if blob is None:
        return None
    flags = blob[3]
    envelope_size = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(flags >> 1) & 0x07]
    kind, coordinates = _WkbReader(bytes(blob), 8 + envelope_size).geometry()
    if kind == "GeometryCollection":
        return {"type": kind, "geometries": [_geojson(part) for part in coordinates]}
    return {"type": kind, "coordinates": coordinates}


def _geojson(part: dict[str, Any]) -> dict[str, Any]:
    """A collection member read by ``_WkbReader`` (nested collections keep their members)."""
    if part["type"] == "GeometryCollection":
        return {"type": part["type"], "geometries": [_geojson(p) for p in part["coordinates"]]}
    return part


def blob_envelope(blob: Optional[bytes]) -> Optional[tuple[float, float, float, float]]:
    """The XY envelope (min x, max x, min y, max y) stored in a blob's header, if any."""
    if blob is None or len(blob) < 40 or (blob[3] >> 1) & 0x07 == 0:
        return None
    return struct.unpack_from("<4d" if blob[3] & 1 else ">4d", blob, 8)
