"""Synthetic, personal-data-free sample data for the reference server (plain Python, stdlib only).

A grid of lots around x=370000 y=375000 (EPSG:26191, Merchich / Nord Maroc), one building footprint
set back inside most lots. Deterministic (seeded) so that tests and demos see the same data.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator

ORIGIN = (369_700.0, 374_800.0)
LOT = (20.0, 30.0)
COLUMNS, ROWS = 20, 15
ZONES = ("R+2", "R+4", "ZI", "UGE")
USES = ("habitat", "commerce", "bureaux", "equipement")
NAMESPACE = uuid.UUID("6f1c2a7e-93a4-4f43-9d1b-3c4a8b2f0e11")


def _ring(x: float, y: float, width: float, height: float) -> str:
    points = [(x, y), (x + width, y), (x + width, y + height), (x, y + height), (x, y)]
    return ", ".join(f"{px:.2f} {py:.2f}" for px, py in points)


def _polygon(x: float, y: float, width: float, height: float) -> str:
    return f"SRID=26191;POLYGON(({_ring(x, y, width, height)}))"


def _quote(value: object) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, (int, float)):
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def _insert(table: str, columns: list[str], rows: list[tuple]) -> str:
    values = ",\n".join("(" + ", ".join(_quote(v) for v in row) + ")" for row in rows)
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES\n{values};\n"


def _lots() -> Iterator[tuple[int, int, float, float]]:
    for row in range(ROWS):
        for column in range(COLUMNS):
            yield row, column, ORIGIN[0] + column * LOT[0], ORIGIN[1] + row * LOT[1]


def parcels_sql() -> str:
    """INSERT statement for the synthetic parcels (300 lots)."""
    rng = random.Random(26191)
    rows = []
    for row, column, x, y in _lots():
        ref = f"P-{row:02d}{column:02d}"
        zone = ZONES[(row // 4 + column // 5) % len(ZONES)]
        rows.append((str(uuid.uuid5(NAMESPACE, ref)), ref, zone, rng.choice(USES),
                     LOT[0] * LOT[1], _polygon(x, y, *LOT)))
    return _insert("parcels", ["id", "ref", "zone", "land_use", "area_m2", "geom"], rows)


def buildings_sql() -> str:
    """INSERT statement for synthetic building footprints (inside about 80 % of the lots)."""
    rng = random.Random(26192)
    rows = []
    for row, column, x, y in _lots():
        if rng.random() > 0.8:
            continue
        ref = f"P-{row:02d}{column:02d}"
        levels = rng.randint(1, 5)
        setback = rng.choice((0.0, 2.0, 3.0))
        width, depth = LOT[0] - 2 * setback, rng.uniform(12.0, 20.0)
        rows.append((str(uuid.uuid5(NAMESPACE, "B" + ref)), ref, levels, round(levels * 3.2, 1),
                     rng.choice(USES), _polygon(x + setback, y + 5.0, width, round(depth, 2))))
    return _insert("buildings", ["id", "parcel_ref", "levels", "height_m", "use", "geom"], rows)
