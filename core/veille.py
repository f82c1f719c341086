"""Veille urbaine: buildings seen on the ground compared with the permitted footprints.

No QGIS object here: the Processing algorithm ``agenceurbaine:unpermittedbuildings`` reads its two
layers into :class:`FeatureSet` arrays in one projected CRS (metres) and writes the
:class:`VeilleResult` to its sinks. Geometry work is vectorised with shapely 2 (one STRtree query,
array intersections, unions and differences); Python loops only assemble rows from plain numbers.

How an observed building O is classified (the algorithm's help says the same to planners):

0. Only the permitted footprints whose decision is favourable count as permits when a decision
   field is given (:func:`accepted_decisions`); refused and pending applications are left out and
   listed. Each footprint is split into its parts: a group permit of four villas is four parts.
1. O **matches** a permit part P when their overlap covers at least ``min_overlap_ratio``
   of either of them: ``area(O ∩ P) > 0`` and ``area(O ∩ P) >= min_overlap_ratio ×
   min(area(O), area(P))``. The share of P catches a building much larger than its permit (the
   whole permit is built on); the share of O keeps a building that only touches a neighbour's
   permit along a shared wall from being taken for that neighbour's permit.
2. ``no_permit``: O matches no permit part. Its excess is the whole building.
3. Otherwise let P* be the union of the parts O matches, excess = O − P* and within = O ∩ P*
   (the permitted land the building stands on, area(O) − area(excess)):
   ``exceeds_permit`` when ``area(excess) > threshold_m2`` **and**
   ``area(excess) > threshold_ratio × area(within)`` (both tolerances must be passed, strictly; a
   threshold of 0 leaves only the other one), ``conforming`` otherwise. The tolerance is taken
   where the building stands: permitted land it does not stand on (the other villas of a group
   permit, the rest of a large lot) cannot absorb an excess. Where the building covers its whole
   permit part, within = P*, which is the usual "10 % over the permit".
4. A permit part that no observed building matches is reported as *not built yet*.

Invalid geometries are repaired (``make_valid``) and named in a warning by their key (building id,
permit id; the feature id where the key is empty); missing, empty or zero-area geometries are named
in a warning and left out.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np
import shapely

from .conformity import ConformityCanceled, FeatureSet
from .geometry import clean_geometries, grouped_union
from .i18n import tr
from .progress import Progress

__all__ = [
    "CONFORMING", "EXCEEDS_PERMIT", "FAVOURABLE", "NO_PERMIT", "STATUSES", "ObservedBuilding",
    "UnbuiltPermit", "VeilleCanceled", "VeilleResult", "accepted_decisions", "check_tolerances",
    "find_unpermitted",
    "status_label",
]

NO_PERMIT = "no_permit"
EXCEEDS_PERMIT = "exceeds_permit"
CONFORMING = "conforming"
STATUSES = (NO_PERMIT, EXCEEDS_PERMIT, CONFORMING)

FAVOURABLE = ("favorable", "favourable", "avis favorable", "accordé", "autorisé", "approuvé",
              "accepté", "granted", "approved", "موافق", "موافقة")
"""Decisions that make an application a permit, by default. A value is accepted when its first
words are those of one of them, compared without case, accents or French feminine/plural endings:
"Accordée", "FAVOURABLE", "Favorable sous réserve" are; "Défavorable", "Non favorable",
"غير موافق", "En cours" and an empty value (pending) are not."""

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
    within_m2: float = 0.0
    """Area of the building inside the permit parts it matches: the base of the ratio tolerance."""

    @property
    def label(self) -> str:
        return status_label(self.status)


@dataclass
class UnbuiltPermit:
    """A permit part (of footprint ``index``) that no observed building matches (not built, or not seen)."""

    index: int
    footprint_id: Any
    permit_id: Any
    permitted_m2: float
    part: int = 1
    parts: int = 1
    geometry: Any = None


@dataclass
class VeilleResult:
    buildings: list[ObservedBuilding] = field(default_factory=list)
    not_built: list[UnbuiltPermit] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    left_out: dict[str, list] = field(default_factory=dict)
    """Applications not counted as permits: decision as written ('' when empty) → permit ids."""

    def counts(self) -> dict[str, int]:
        """Number of buildings per status, plus ``not_built`` and ``skipped``."""
        counts = dict.fromkeys(STATUSES, 0)
        for building in self.buildings:
            counts[building.status] += 1
        counts["not_built"] = len(self.not_built)
        counts["skipped"] = len(self.skipped)
        return counts


def _words(value: Any) -> list[str]:
    """Lower-case words without accents, punctuation or French feminine/plural endings."""
    text = unicodedata.normalize("NFKD", "" if value is None else str(value)).casefold()
    text = "".join(c for c in text if not unicodedata.combining(c))
    return [re.sub(r"e*s?$", "", word) or word for word in re.findall(r"\w+", text)]


def accepted_decisions(values: Iterable, accepted: Sequence[str] = FAVOURABLE) -> np.ndarray:
    """True where a decision value starts with the words of an accepted one (see FAVOURABLE).

    Whole words only, so that "défavorable" is not taken for "favorable"; an empty value (a
    pending application) is never accepted.
    """
    wanted = [words for words in map(_words, accepted) if words]
    known: dict[Any, bool] = {}
    decided = []
    for value in values:
        if value not in known:
            words = _words(value)
            known[value] = any(words[:len(w)] == w for w in wanted)
        decided.append(known[value])
    return np.array(decided, dtype=bool)


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


def _usable(geometries: np.ndarray, names: list, layer: str, warnings: list[str]) -> np.ndarray:
    """Repaired polygons; None where a geometry is missing or has no area. ``names`` name the features."""
    clean = clean_geometries(geometries)
    for index, reason in clean.invalid:
        warnings.append(tr("{layer}: invalid geometry of feature '{fid}' ({reason}), repaired.").format(
            layer=layer, fid=names[index], reason=reason))
    geometries = clean.geometries
    for index in np.flatnonzero(clean.missing):
        warnings.append(tr("{layer}: feature '{fid}' has no geometry, ignored.").format(
            layer=layer, fid=names[index]))
    flat = np.flatnonzero(~clean.missing & ~(shapely.area(geometries) > 0))
    for index in flat:
        warnings.append(tr("{layer}: geometry of feature '{fid}' has no area, ignored.").format(
            layer=layer, fid=names[index]))
    geometries[flat] = None
    return geometries


def _keys(layer: FeatureSet, key_field: str | None) -> list:
    """Each feature's key: the field's value, or the feature id where it is empty (or no field)."""
    values = layer.column(key_field)
    return [fid if value is None or value == "" else value for fid, value in zip(layer.ids, values)]


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


def check_tolerances(threshold_m2: float, threshold_ratio: float, min_overlap_ratio: float) -> None:
    """Refuse out-of-range tolerances, saying the allowed range and the value given."""
    if not threshold_m2 >= 0:
        raise ValueError(tr("The excess threshold in m² must be 0 or more; {value} was given.").format(
            value=threshold_m2))
    if not threshold_ratio >= 0:
        raise ValueError(tr("The excess threshold as a share of the permitted area must be 0 or more "
                            "(0.10 = 10 %); {value} was given.").format(value=threshold_ratio))
    if not 0 <= min_overlap_ratio <= 1:
        raise ValueError(tr("The minimum overlap ratio must be between 0 and 1 (0.3 = 30 %); {value} was "
                            "given.").format(value=min_overlap_ratio))


@dataclass
class _Parts:
    """The parts of the permitted footprints that count as permits, one row per part."""

    geometries: np.ndarray
    owner: np.ndarray
    number: np.ndarray
    count: np.ndarray


def _permit_parts(geometries: np.ndarray, granted: np.ndarray) -> _Parts:
    """Single polygons of the granted footprints: footprint index, part number (1-based), parts."""
    usable = np.flatnonzero(granted & ~shapely.is_missing(geometries))
    parts, local = shapely.get_parts(geometries[usable], return_index=True)
    owner = usable[local]
    keep = shapely.area(parts) > 0
    parts, owner = parts[keep], owner[keep]
    first = np.r_[True, owner[1:] != owner[:-1]] if len(owner) else np.empty(0, dtype=bool)
    start = np.flatnonzero(first)
    row = np.cumsum(first) - 1
    number = np.arange(len(owner)) - start[row] + 1 if len(owner) else np.empty(0, dtype=np.int64)
    count = np.bincount(owner, minlength=len(geometries))[owner] if len(owner) else number
    return _Parts(parts, owner, number, count)


def _left_out(keys: list, decisions: list, granted: np.ndarray) -> dict[str, list]:
    """Permit ids of the applications not granted, by decision as written ('' for none)."""
    left: dict[str, set] = {}
    for index in np.flatnonzero(~granted):
        decision = decisions[index]
        left.setdefault("" if decision is None else str(decision).strip(), set()).add(keys[index])
    return {decision: sorted(ids, key=str) for decision, ids in left.items()}


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
    building_id_field: str | None = None,
    decision_field: str | None = None,
    accepted: Sequence[str] = FAVOURABLE,
) -> VeilleResult:
    """Classify each observed building as no_permit, exceeds_permit or conforming (see module doc).

    Both layers must be in the same projected CRS in metres. ``permit_id_field`` names the
    attribute of ``permitted`` that holds the permit number (several footprints may share it) and
    ``building_id_field`` the observed buildings' key; without them feature ids are reported.
    With ``decision_field``, only footprints whose decision is ``accepted`` count as permits.
    Raises :class:`VeilleCanceled` when ``is_canceled()`` returns True, ValueError on a tolerance
    out of its range.
    """
    check_tolerances(threshold_m2, threshold_ratio, min_overlap_ratio)
    steps = Progress(progress, is_canceled, _canceled)
    result = VeilleResult()
    steps.step(0.0)
    keys = _keys(permitted, permit_id_field)
    granted = np.ones(len(permitted), dtype=bool)
    if decision_field:
        decisions = permitted.column(decision_field)
        granted = accepted_decisions(decisions, accepted)
        result.left_out = _left_out(keys, decisions, granted)
    obs = _usable(observed.geometries, _keys(observed, building_id_field), tr("observed buildings"),
                  result.warnings)
    perm = np.full(len(permitted), None, dtype=object)
    perm[granted] = _usable(permitted.geometries[granted], [k for k, g in zip(keys, granted) if g],
                            tr("permitted footprints"), result.warnings)
    parts = _permit_parts(perm, granted)
    result.skipped = [int(i) for i in np.flatnonzero(shapely.is_missing(obs))]
    obs_area, part_area = np.nan_to_num(shapely.area(obs)), shapely.area(parts.geometries)
    steps.step(0.1)
    oi, qi = _matches(obs, parts.geometries, obs_area, part_area, min_overlap_ratio, steps)
    union = grouped_union(parts.geometries[qi], oi, len(obs))
    permitted_m2 = np.nan_to_num(shapely.area(union))
    steps.step(0.6)
    matched = np.flatnonzero(~shapely.is_missing(union))
    excess = obs.copy()
    if len(matched):
        excess[matched] = _chunked(shapely.difference, obs[matched], union[matched], steps, 0.6, 0.9)
    excess_m2 = np.nan_to_num(shapely.area(excess))
    excess[~(excess_m2 > 0)] = None
    within_m2 = np.maximum(obs_area - excess_m2, 0.0)
    exceeds = (excess_m2 > threshold_m2) & (excess_m2 > threshold_ratio * within_m2)
    status = np.where(shapely.is_missing(union), NO_PERMIT, np.where(exceeds, EXCEEDS_PERMIT, CONFORMING))
    permits_of = _permits_by_building(oi, parts.owner[qi], keys, len(obs))
    for i in np.flatnonzero(~shapely.is_missing(obs)):
        result.buildings.append(ObservedBuilding(
            int(i), observed.ids[i], str(status[i]), permits_of[i], float(obs_area[i]),
            float(permitted_m2[i]), float(excess_m2[i]), excess[i], float(within_m2[i])))
    result.not_built = _unbuilt(parts, part_area, qi, permitted.ids, keys)
    steps.step(1.0)
    return result


def _unbuilt(parts: _Parts, area: np.ndarray, matched: np.ndarray, ids: list,
             keys: list) -> list[UnbuiltPermit]:
    """Every permit part that no observed building matches, in footprint then part order."""
    built = np.zeros(len(parts.geometries), dtype=bool)
    built[matched] = True
    return [UnbuiltPermit(int(j), ids[j], keys[j], float(area[q]), int(parts.number[q]), int(parts.count[q]),
                          parts.geometries[q])
            for q, j in zip(np.flatnonzero(~built).tolist(), parts.owner[~built].tolist())]


def _permits_by_building(oi: np.ndarray, pi: np.ndarray, keys: list, count: int) -> list[list]:
    """Distinct permit ids matched by each observed building, in a stable sorted order."""
    result: list[list] = [[] for _ in range(count)]
    for o, p in zip(oi.tolist(), pi.tolist()):
        if keys[p] not in result[o]:
            result[o].append(keys[p])
    return [sorted(ids, key=str) for ids in result]
