"""Vectorised geometry helpers for the conformity engine (shapely 2, numpy; no QGIS).

Every function takes and returns numpy arrays so that GEOS is called once per array, not once
per feature. Python loops remain only over the rare cases (invalid geometries, multi-footprint
applications, offending parts to merge).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy as np
import shapely

from .i18n import number, tr


def as_geometry_array(geometries: Any) -> np.ndarray:
    """A 1-D object array of geometries (None kept) from a list or an array."""
    if isinstance(geometries, np.ndarray) and geometries.dtype == object and geometries.ndim == 1:
        return geometries.copy()
    values = list(geometries) if geometries is not None else []
    array = np.empty(len(values), dtype=object)
    array[:] = values
    return array


def _polygonal(geometry: Any) -> Any:
    """Keep only the polygonal parts of a geometry returned by make_valid."""
    if geometry is None or shapely.get_type_id(geometry) in (3, 6):
        return geometry
    parts = shapely.get_parts(geometry)
    polygons = parts[np.isin(shapely.get_type_id(parts), (3, 6))]
    return shapely.union_all(polygons) if len(polygons) else geometry


_GEOS_REASON = re.compile(r"^\s*(?P<problem>[^\[]+?)\s*\[\s*(?P<x>[-+0-9.eE]+)\s+(?P<y>[-+0-9.eE]+)\s*\]\s*$")


def _problems() -> dict[str, str]:
    """GEOS's validity reasons (``shapely.is_valid_reason``), in the user's language."""
    return {
        "self-intersection": tr("self-intersection"),
        "ring self-intersection": tr("ring self-intersection"),
        "too few points in geometry component": tr("too few points"),
        "interior is disconnected": tr("interior disconnected"),
        "hole lies outside shell": tr("hole outside its outer ring"),
        "holes are nested": tr("nested holes"),
        "nested shells": tr("nested outer rings"),
        "duplicate rings": tr("duplicate rings"),
        "invalid coordinate": tr("invalid coordinate"),
        "ring is not closed": tr("ring not closed"),
        "repeated point": tr("repeated point"),
    }


def describe_invalidity(reason: str) -> str:
    """A readable reason: GEOS's "Self-intersection[369824.5 374861]" becomes "self-intersection
    at (369824.50, 374861.00)" (translated); an unknown reason is kept as GEOS words it."""
    match = _GEOS_REASON.match(reason or "")
    problem = (match.group("problem") if match else reason or "").strip()
    text = _problems().get(problem.lower(), problem)
    if not match:
        return text
    return tr("{problem} at ({x}, {y})").format(problem=text, x=number(float(match.group("x")), 2),
                                                 y=number(float(match.group("y")), 2))


@dataclass
class CleanGeometries:
    """Geometries with invalid ones repaired; ``invalid`` lists (index, reason) of the repaired ones."""

    geometries: np.ndarray
    missing: np.ndarray
    invalid: list[tuple[int, str]]


def clean_geometries(geometries: Any, polygonal: bool = True) -> CleanGeometries:
    """Mark missing/empty geometries as None and repair invalid ones with make_valid."""
    array = as_geometry_array(geometries)
    missing = shapely.is_missing(array)
    missing[~missing] = shapely.is_empty(array[~missing])
    array[missing] = None
    bad = np.flatnonzero(~missing & ~shapely.is_valid(array))
    reasons = shapely.is_valid_reason(array[bad]) if len(bad) else []
    if len(bad):
        repaired = shapely.make_valid(array[bad])
        array[bad] = [_polygonal(g) for g in repaired] if polygonal else repaired
    described = [(int(i), describe_invalidity(str(r))) for i, r in zip(bad, reasons)]
    return CleanGeometries(array, missing, described)


def grouped_union(geometries: np.ndarray, groups: np.ndarray, count: int) -> np.ndarray:
    """Union of the geometries of each group 0..count-1 (None where a group has none)."""
    result = np.full(count, None, dtype=object)
    present = ~shapely.is_missing(geometries)
    sizes = np.bincount(groups[present], minlength=count)
    single = present & (sizes[groups] == 1)
    result[groups[single]] = geometries[single]
    multi = np.flatnonzero(present & (sizes[groups] > 1))
    if not len(multi):
        return result
    multi = multi[np.argsort(groups[multi], kind="stable")]
    # one union_all call over a (groups × largest group) table padded with None (ignored),
    # instead of one call per group; very large groups are merged one by one
    large = sizes[groups[multi]] > 64
    if large.any():
        big = multi[large]
        for members in np.split(big, np.flatnonzero(np.diff(groups[big])) + 1):
            result[groups[members[0]]] = shapely.union_all(geometries[members])
    multi = multi[~large]
    if len(multi):
        owner = groups[multi]
        first = np.r_[True, owner[1:] != owner[:-1]]
        row = np.cumsum(first) - 1
        start = np.flatnonzero(first)
        rank = np.arange(len(multi)) - start[row]
        table = np.full((len(start), int(rank.max()) + 1), None, dtype=object)
        table[row, rank] = geometries[multi]
        result[owner[first]] = shapely.union_all(table, axis=1)
    return result


def largest_overlap(sources: np.ndarray, targets: np.ndarray) -> np.ndarray:
    """For each source, the index of the target it overlaps most (-1 if none)."""
    result = np.full(len(sources), -1, dtype=np.int64)
    if not len(sources) or not len(targets):
        return result
    si, ti = shapely.STRtree(targets).query(sources, predicate="intersects")
    if not len(si):
        return result
    area = shapely.area(shapely.intersection(sources[si], targets[ti]))
    order = np.lexsort((-area, si))
    si, ti = si[order], ti[order]
    first = np.r_[True, si[1:] != si[:-1]]
    result[si[first]] = ti[first]
    return result


@dataclass
class Segments:
    """Exterior-ring segments of polygons: owner index, end points, length, outward unit normal."""

    owner: np.ndarray
    start: np.ndarray
    end: np.ndarray
    length: np.ndarray
    normal: np.ndarray

    @property
    def lines(self) -> np.ndarray:
        return shapely.linestrings(np.stack([self.start, self.end], axis=1))

    @property
    def middle(self) -> np.ndarray:
        return (self.start + self.end) / 2.0


def exterior_segments(polygons: np.ndarray) -> Segments:
    """Split the exterior rings of ``polygons`` (None allowed) into segments with outward normals.

    The ring orientation is read from its signed area (shoelace), so the normal points out of the
    polygon whatever the digitising direction.
    """
    parts, owner = shapely.get_parts(polygons, return_index=True)
    rings = shapely.get_exterior_ring(parts)
    coords, ring = shapely.get_coordinates(rings, return_index=True)
    same = ring[1:] == ring[:-1]
    start, end, seg_ring = coords[:-1][same], coords[1:][same], ring[:-1][same]
    cross = start[:, 0] * end[:, 1] - end[:, 0] * start[:, 1]
    signed = np.zeros(len(rings))
    np.add.at(signed, seg_ring, cross)
    delta = end - start
    length = np.hypot(delta[:, 0], delta[:, 1])
    keep = length > 0
    sign = np.where(signed[seg_ring] > 0, 1.0, -1.0)
    normal = np.stack([delta[:, 1], -delta[:, 0]], axis=1) * sign[:, None]
    normal[keep] /= length[keep, None]
    return Segments(owner[seg_ring][keep], start[keep], end[keep], length[keep], normal[keep])


def band_intersection(geometries: np.ndarray, start: np.ndarray, end: np.ndarray,
                      distance: np.ndarray) -> np.ndarray:
    """``geometries[k] ∩ buffer(segment start[k]–end[k], distance[k], flat caps)``, for every k.

    The band is a rectangle: each geometry is moved into its segment's frame scaled so that the
    band becomes the unit rectangle [0, 1] × [-1, 1], clipped there with GEOS's rectangle clipping
    (no general overlay: about 3× faster), and moved back. Segments must have a length and
    distances must be positive.
    """
    if not len(geometries):
        return np.empty(0, dtype=object)
    delta = end - start
    length = np.hypot(delta[:, 0], delta[:, 1])
    along = delta / length[:, None]
    across = np.stack([-along[:, 1], along[:, 0]], axis=1)
    coords, index = shapely.get_coordinates(geometries, return_index=True)
    relative = coords - start[index]
    local = np.stack([(relative * along[index]).sum(axis=1) / length[index],
                      (relative * across[index]).sum(axis=1) / distance[index]], axis=1)
    clipped = shapely.clip_by_rect(shapely.transform(geometries, lambda _: local), 0.0, -1.0, 1.0, 1.0)
    coords, index = shapely.get_coordinates(clipped, return_index=True)
    back = (start[index] + coords[:, :1] * length[index, None] * along[index]
            + coords[:, 1:] * distance[index, None] * across[index])
    return shapely.transform(clipped, lambda _: back)


def within_distance(points: np.ndarray, geometries: np.ndarray, distance: float) -> np.ndarray:
    """Boolean: which points (an (n, 2) array) lie within ``distance`` of one of ``geometries``."""
    result = np.zeros(len(points), dtype=bool)
    if len(points) and len(geometries):
        result[points_within(shapely.points(points), geometries, distance)[0]] = True
    return result


def points_within(points: np.ndarray, geometries: np.ndarray,
                  distance: float) -> tuple[np.ndarray, np.ndarray]:
    """The (point, geometry) pairs within ``distance`` of each other, sorted by point then geometry,
    as ``STRtree(geometries).query(points, "dwithin", distance)`` gives them. The tree is built on
    the points, and queried with the geometries: shapely prepares each geometry it queries with, so
    a few thousand polygons are prepared instead of hundreds of thousands of points (4× faster)."""
    geometry, point = shapely.STRtree(points).query(geometries, predicate="dwithin", distance=distance)
    order = np.lexsort((geometry, point))
    return point[order], geometry[order]


def min_by_group(values: np.ndarray, groups: np.ndarray, count: int) -> np.ndarray:
    """Minimum of ``values`` per group (inf where a group has no value; NaN values ignored)."""
    result = np.full(count, np.inf)
    ok = ~np.isnan(values)
    np.minimum.at(result, groups[ok], values[ok])
    return result


def sum_by_group(values: np.ndarray, groups: np.ndarray, count: int) -> np.ndarray:
    """Sum of ``values`` per group (0 where a group has none)."""
    result = np.zeros(count)
    np.add.at(result, groups, values)
    return result
