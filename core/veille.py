"""Veille urbaine: buildings seen on the ground compared with the permitted footprints.

No QGIS object here: the Processing algorithm ``agenceurbaine:unpermittedbuildings`` reads its two
layers into :class:`FeatureSet` arrays in one projected CRS (metres) and writes the
:class:`VeilleResult` to its sinks. Geometry work is vectorised with shapely 2 (one STRtree query,
array intersections, unions and differences); Python loops only assemble rows from plain numbers.

How an observed building O is classified (the algorithm's help says the same to planners):

1. O **matches** a permitted footprint P when their overlap covers at least ``min_overlap_ratio``
   of either of them: ``area(O ∩ P) > 0`` and ``area(O ∩ P) >= min_overlap_ratio ×
   min(area(O), area(P))``. The share of P catches a building much larger than its permit (the
   whole permit is built on); the share of O keeps a building that only touches a neighbour's
   permit along a shared wall from being taken for that neighbour's permit.
2. ``no_permit``: O matches no permitted footprint. Its excess is the whole building.
3. Otherwise let P* be the union of the footprints O matches (permitted area = area(P*), each
   permitted footprint counted once) and excess = O − P*:
   ``exceeds_permit`` when ``area(excess) > threshold_m2`` **and**
   ``area(excess) > threshold_ratio × area(P*)`` (both tolerances must be passed, strictly; a
   threshold of 0 leaves only the other one), ``conforming`` otherwise.
4. A permitted footprint that no observed building matches is reported as *not built yet*.

Invalid geometries are repaired (``make_valid``) and named in a warning; missing, empty or
zero-area geometries are named in a warning and left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np
import shapely

from .conformity import ConformityCanceled, FeatureSet
from .geometry import clean_geometries, grouped_union
from .i18n import tr
from .progress import Progress

__all__ = [
    "CONFORMING", "EXCEEDS_PERMIT", "NO_PERMIT", "STATUSES", "ObservedBuilding", "UnbuiltPermit",
    "VeilleCanceled", "VeilleResult", "find_unpermitted", "status_label",
]

NO_PERMIT = "no_permit"
EXCEEDS_PERMIT = "exceeds_permit"
CONFORMING = "conforming"
STATUSES = (NO_PERMIT, EXCEEDS_PERMIT, CONFORMING)

CHUNK = 20_000
"""Pairs or buildings handed to GEOS at once, so that progress and cancel are seen in between."""


def status_label(status: str) -> str:
    """The translated label of a status code."""
    labels = {
        NO_PERMIT: tr("No permit"),
        EXCEEDS_PERMIT: tr("Exceeds permit"),
        CONFORMING: tr("Conforming"),
    }
    return labels.get(status, status)


class VeilleCanceled(ConformityCanceled):
    """The caller's ``is_canceled()`` returned True."""


@dataclass
class ObservedBuilding:
    """One observed building with its status. ``index`` is its position in the observed FeatureSet."""

    index: int
    building_id: Any
    status: str
    permit_ids: list
    observed_m2: float
    permitted_m2: float
    excess_m2: float
    excess: Any = None

    @property
    def label(self) -> str:
        return status_label(self.status)


@dataclass
class UnbuiltPermit:
    """A permitted footprint that no observed building matches (not built yet, or not seen)."""

    index: int
    footprint_id: Any
    permit_id: Any
    permitted_m2: float


@dataclass
class VeilleResult:
    buildings: list[ObservedBuilding] = field(default_factory=list)
    not_built: list[UnbuiltPermit] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """Number of buildings per status, plus ``not_built`` and ``skipped``."""
        counts = dict.fromkeys(STATUSES, 0)
        for building in self.buildings:
            counts[building.status] += 1
        counts["not_built"] = len(self.not_built)
        counts["skipped"] = len(self.skipped)
        return counts



def _canceled() -> VeilleCanceled:
    return VeilleCanceled(tr("Search for unpermitted buildings canceled."))


def _chunked(function: Callable, a: np.ndarray, b: np.ndarray, steps: Progress,
             start: float, end: float) -> np.ndarray:
    """``function(a, b)`` element-wise, CHUNK elements at a time, reporting progress."""
    result = np.empty(len(a), dtype=object)
    for first in range(0, len(a), CHUNK):
        last = min(first + CHUNK, len(a))
        result[first:last] = function(a[first:last], b[first:last])
        steps.step(start + (end - start) * last / len(a))
    return result


def _usable(layer: FeatureSet, name: str, warnings: list[str]) -> np.ndarray:
    """Repaired polygons of ``layer``; None where a geometry is missing or has no area."""
    clean = clean_geometries(layer.geometries)
    for index, reason in clean.invalid:
        warnings.append(tr("{layer}: invalid geometry of feature '{fid}' ({reason}), repaired.").format(
            layer=name, fid=layer.ids[index], reason=reason))
    geometries = clean.geometries
    for index in np.flatnonzero(clean.missing):
        warnings.append(tr("{layer}: feature '{fid}' has no geometry, ignored.").format(
            layer=name, fid=layer.ids[index]))
    flat = np.flatnonzero(~clean.missing & ~(shapely.area(geometries) > 0))
    for index in flat:
        warnings.append(tr("{layer}: geometry of feature '{fid}' has no area, ignored.").format(
            layer=name, fid=layer.ids[index]))
    geometries[flat] = None
    return geometries


def _matches(observed: np.ndarray, permitted: np.ndarray, observed_area: np.ndarray,
             permitted_area: np.ndarray, min_overlap_ratio: float,
             steps: Progress) -> tuple[np.ndarray, np.ndarray]:
    """(observed index, permitted index) of the matching pairs, sorted by observed then permitted."""
    none = np.empty(0, dtype=np.int64)
    if not len(observed) or not len(permitted):
        return none, none
    oi, pi = shapely.STRtree(permitted).query(observed, predicate="intersects")
    steps.step(0.2)
    if not len(oi):
        return none, none
    overlap = shapely.area(_chunked(shapely.intersection, observed[oi], permitted[pi], steps, 0.2, 0.5))
    smaller = np.minimum(observed_area[oi], permitted_area[pi])
    keep = (overlap > 0) & (overlap >= min_overlap_ratio * smaller)
    oi, pi = oi[keep], pi[keep]
    order = np.lexsort((pi, oi))
    return oi[order], pi[order]


def _permit_keys(permitted: FeatureSet, permit_id_field: str | None) -> list:
    """The permit id of each permitted footprint: the field's value, or the feature id if it is empty."""
    values = permitted.column(permit_id_field)
    return [fid if value is None or value == "" else value for fid, value in zip(permitted.ids, values)]


def _check_thresholds(threshold_m2: float, threshold_ratio: float, min_overlap_ratio: float) -> None:
    if threshold_m2 < 0 or threshold_ratio < 0:
        raise ValueError(tr("Excess thresholds cannot be negative."))
    if not 0 <= min_overlap_ratio <= 1:
        raise ValueError(tr("The minimum overlap ratio must be between 0 and 1."))


def find_unpermitted(
    observed: FeatureSet,
    permitted: FeatureSet,
    threshold_m2: float = 10.0,
    threshold_ratio: float = 0.10,
    min_overlap_ratio: float = 0.3,
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
    *,
    permit_id_field: str | None = None,
) -> VeilleResult:
    """Classify each observed building as no_permit, exceeds_permit or conforming (see module doc).

    Both layers must be in the same projected CRS in metres. ``permit_id_field`` names the
    attribute of ``permitted`` that holds the permit number (several footprints may share it);
    without it the permitted footprints' ids are reported. Raises :class:`VeilleCanceled` when
    ``is_canceled()`` returns True, ValueError on a negative threshold.
    """
    _check_thresholds(threshold_m2, threshold_ratio, min_overlap_ratio)
    steps = Progress(progress, is_canceled, _canceled)
    result = VeilleResult()
    steps.step(0.0)
    obs = _usable(observed, tr("observed buildings"), result.warnings)
    perm = _usable(permitted, tr("permitted footprints"), result.warnings)
    result.skipped = [int(i) for i in np.flatnonzero(shapely.is_missing(obs))]
    obs_area, perm_area = np.nan_to_num(shapely.area(obs)), np.nan_to_num(shapely.area(perm))
    steps.step(0.1)
    oi, pi = _matches(obs, perm, obs_area, perm_area, min_overlap_ratio, steps)
    union = grouped_union(perm[pi], oi, len(obs))
    permitted_m2 = np.nan_to_num(shapely.area(union))
    steps.step(0.6)
    matched = np.flatnonzero(~shapely.is_missing(union))
    excess = obs.copy()
    if len(matched):
        excess[matched] = _chunked(shapely.difference, obs[matched], union[matched], steps, 0.6, 0.9)
    excess_m2 = np.nan_to_num(shapely.area(excess))
    excess[~(excess_m2 > 0)] = None
    exceeds = (excess_m2 > threshold_m2) & (excess_m2 > threshold_ratio * permitted_m2)
    status = np.where(shapely.is_missing(union), NO_PERMIT, np.where(exceeds, EXCEEDS_PERMIT, CONFORMING))
    keys = _permit_keys(permitted, permit_id_field)
    permits_of = _permits_by_building(oi, pi, keys, len(obs))
    for i in np.flatnonzero(~shapely.is_missing(obs)):
        result.buildings.append(ObservedBuilding(
            int(i), observed.ids[i], str(status[i]), permits_of[i], float(obs_area[i]),
            float(permitted_m2[i]), float(excess_m2[i]), excess[i]))
    built = np.zeros(len(perm), dtype=bool)
    built[pi] = True
    for j in np.flatnonzero(~built & ~shapely.is_missing(perm)):
        result.not_built.append(UnbuiltPermit(int(j), permitted.ids[j], keys[j], float(perm_area[j])))
    steps.step(1.0)
    return result


def _permits_by_building(oi: np.ndarray, pi: np.ndarray, keys: list, count: int) -> list[list]:
    """Distinct permit ids matched by each observed building, in a stable sorted order."""
    result: list[list] = [[] for _ in range(count)]
    for o, p in zip(oi.tolist(), pi.tolist()):
        if keys[p] not in result[o]:
            result[o].append(keys[p])
    return [sorted(ids, key=str) for ids in result]
