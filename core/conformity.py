"""Conformity engine: parcels, footprints, zoning, roads and servitudes in; findings out.

No QGIS object here: the Processing algorithm reads its layers into :class:`FeatureSet` arrays
(already in the plan's projected CRS) and writes the :class:`ConformityResult` to its sinks.
Geometry work is vectorised with shapely 2 (STRtree queries, array predicates, areas and
distances); Python loops only assemble findings from plain numbers.

How the parcel boundary is read (``docs/regulation.md`` explains it for planners):

* the exterior ring of the parcel is split into its segments;
* a segment is **road-side** when its two ends and its middle lie within
  ``tolerances.road_distance_m`` of a road polygon; the frontage is the total length of those;
* the road direction is the length-weighted mean outward normal of the road-side segments; a
  non-road segment whose outward normal points more than 120° away from it (cosine < -0.5) is a
  **rear** limit, any other one a **side** limit;
* a lot whose road sides face different directions (corner lot, lot between two roads: the
  resultant of the road-side normals is under 0.9 of the frontage) has no rear limit: all its
  non-road limits are side limits, as most regulations treat corner lots; a lot with no road
  side has only side limits;
* setbacks are the distances from the footprint to those segments, checked segment by segment
  (so that with continuous rows each side limit is either built on, 0 m, or respected).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import Any, Callable

import numpy as np
import shapely

from . import rules
from .geometry import (
    CleanGeometries,
    clean_geometries,
    exterior_segments,
    grouped_union,
    largest_overlap,
    min_by_group,
    sum_by_group,
    within_distance,
)
from .progress import Progress
from .regulation import Regulation, Servitude, Setback, Zone
from .rules import A_VERIFIER, CONFORME, NON_CONFORME, RULE_TYPES, tr, verdict_label, worst_verdict

__all__ = [
    "A_VERIFIER", "CONFORME", "NON_CONFORME", "ApplicationResult", "ConformityCanceled",
    "ConformityResult", "FeatureSet", "FieldMap", "Finding", "OffendingPart", "check_conformity",
    "verdict_label",
]

ROAD, REAR, SIDE = 0, 1, 2
REAR_COSINE = -0.5
ONE_ROAD_RESULTANT = 0.9


class ConformityCanceled(Exception):  # noqa: N818 - the agreed interface name
    """The caller's ``is_canceled()`` returned True."""


@dataclass
class FeatureSet:
    """One layer as arrays: ids, shapely geometries (None = missing), attribute columns."""

    ids: list
    geometries: np.ndarray
    attributes: dict[str, list] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.ids)

    def column(self, name: str | None) -> list:
        """Values of attribute ``name``; all None when the layer has no such field."""
        if name and name in self.attributes:
            return list(self.attributes[name])
        return [None] * len(self)


@dataclass
class FieldMap:
    """Which attribute holds what. ``parcel_key=None`` links footprints to parcels by location.

    ``zone_code`` is on the zoning layer, ``parcel_key`` on parcels and footprints, ``lot_date`` on
    parcels, ``road_width`` on roads (used only by ``road_setback_by_width``), the rest on footprints.
    """

    zone_code: str = "zone"
    parcel_key: str | None = "parcel_id"
    levels: str = "levels"
    height: str = "height"
    use: str = "use"
    floor_area: str = "floor_area"
    lot_date: str = "lot_date"
    road_width: str = "width_m"


@dataclass
class Finding:
    """One rule checked for one application. ``subject`` is the zone code or servitude id."""

    application_id: Any
    rule: str
    label: str
    measured: float | None
    allowed: float | str | None
    unit: str
    verdict: str
    message: str
    subject: str = ""


@dataclass
class OffendingPart:
    """The part of a footprint that breaks a rule (inside a servitude, a setback band, off-parcel)."""

    application_id: Any
    rule: str
    geometry: Any
    subject: str = ""


@dataclass
class ApplicationResult:
    """Overall verdict of one application (one parcel, one or more footprints)."""

    application_id: Any
    parcel_id: Any
    zones: list[tuple[str, float]]
    verdict: str
    fail_count: int
    check_count: int
    footprint_ids: list = field(default_factory=list)
    geometry: Any = None


@dataclass
class ConformityResult:
    applications: list[ApplicationResult] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    offending: list[OffendingPart] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def findings_for(self, application_id: Any) -> list[Finding]:
        return [f for f in self.findings if f.application_id == application_id]


# --------------------------------------------------------------------------- attribute parsing


def _to_float(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(str(value).replace(",", ".").strip()) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        return None
    return None if np.isnan(number) else number


def _to_levels(value: Any) -> float | None:
    """Number of levels from 3, '3' or 'R+2' (R+n = n+1 levels); 'R' alone is 1."""
    if isinstance(value, str):
        match = re.fullmatch(r"\s*[Rr]\s*(?:\+\s*(\d+))?\s*", value)
        if match:
            return float(int(match.group(1) or 0) + 1)
    return _to_float(value)


@lru_cache(maxsize=1024)
def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _to_uses(value: Any) -> set[str] | None:
    if value is None:
        return None
    uses = {_plain(part) for part in re.split(r"[,;/|]", str(value)) if part.strip()}
    return uses or None


def _to_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if hasattr(value, "toPyDate"):
        return value.toPyDate()
    try:
        return date.fromisoformat(str(value)[:10]) if value not in (None, "") else None
    except ValueError:
        return None


def feature_key(value: Any) -> str | None:
    """A key value as text for matching (``12.0`` and ``"12"`` are the same parcel); None if blank."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


# --------------------------------------------------------------------------- progress



# --------------------------------------------------------------------------- applications


@dataclass
class _Applications:
    """Footprints grouped by parcel, with their attributes reduced to one value per application."""

    ids: list
    footprint_ids: list[list]
    parcel_index: np.ndarray
    parcel_id: list
    footprint: np.ndarray
    parcel: np.ndarray
    levels: np.ndarray
    height: np.ndarray
    floor_declared: np.ndarray
    floor_computed: np.ndarray
    uses: list
    lot_date: list
    notes: list[list[Finding]]

    def __len__(self) -> int:
        return len(self.ids)


def _parcel_lookup(parcels: FeatureSet, fields: FieldMap) -> dict[str, int]:
    keys = parcels.column(fields.parcel_key) if fields.parcel_key in parcels.attributes else parcels.ids
    lookup: dict[str, int] = {}
    for index, key in enumerate(keys):
        lookup.setdefault(feature_key(key), index)
    return lookup


def _link_footprints(footprints: FeatureSet, fp: CleanGeometries, parcel_geoms: np.ndarray,
                     parcels: FeatureSet, fields: FieldMap) -> tuple[list, np.ndarray]:
    """Group label and parcel index of each footprint (by key, else by largest overlap)."""
    has_key = fields.parcel_key is not None and fields.parcel_key in footprints.attributes
    column = footprints.column(fields.parcel_key) if has_key else [None] * len(footprints)
    keys = [feature_key(v) for v in column]
    lookup = _parcel_lookup(parcels, fields)
    parcel_index = np.array([lookup.get(k, -1) if k else -1 for k in keys], dtype=np.int64)
    unkeyed = np.array([k is None for k in keys], dtype=bool) & ~fp.missing
    if unkeyed.any():
        parcel_index[unkeyed] = largest_overlap(fp.geometries[unkeyed], parcel_geoms)
    labels = [
        ("parcel", int(p)) if p >= 0 else ("key", k) if k else ("feature", i)
        for i, (p, k) in enumerate(zip(parcel_index, keys))
    ]
    return labels, parcel_index


def _geometry_finding(app_id: Any, what: str, feature: Any, reason: str | None) -> Finding:
    rule = RULE_TYPES["geometry"]
    if reason is None:
        message = tr(rules.MISSING_GEOMETRY).format(what=what, feature=feature)
    else:
        message = rule.message(NON_CONFORME, None, None, what=what, feature=feature, reason=reason)
    return Finding(app_id, rule.id, rule.label, None, None, "", A_VERIFIER, message)


def _missing_parcel_finding(app_id: Any, key: str | None) -> Finding:
    rule = RULE_TYPES["within_parcel"]
    text = tr(rules.PARCEL_NOT_FOUND).format(parcel=key) if key else tr(rules.NO_PARCEL_AT_LOCATION)
    return Finding(app_id, rule.id, rule.label, None, None, rule.unit, A_VERIFIER, text)


def _reduce(values: list[float | None], how: Callable) -> float:
    if not values or any(v is None for v in values):
        return np.nan
    return float(how(values))


def _group_members(labels: list) -> tuple[np.ndarray, list, list[list[int]]]:
    order: dict = {}
    groups = np.array([order.setdefault(label, len(order)) for label in labels], dtype=np.int64)
    members: list[list[int]] = [[] for _ in order]
    for index, group in enumerate(groups):
        members[group].append(index)
    return groups, list(order), members


def _group_attributes(footprints: FeatureSet, fields: FieldMap, fp: CleanGeometries,
                      members: list[list[int]]) -> dict:
    """One value per application: max levels and height, summed floor areas, all uses (nan/None = missing)."""
    levels = [_to_levels(v) for v in footprints.column(fields.levels)]
    height = [_to_float(v) for v in footprints.column(fields.height)]
    floor = [_to_float(v) for v in footprints.column(fields.floor_area)]
    uses = [_to_uses(v) for v in footprints.column(fields.use)]
    area = shapely.area(fp.geometries)
    computed = [None if lv is None or np.isnan(a) else a * lv for lv, a in zip(levels, area)]
    return {
        "levels": np.array([_reduce([levels[i] for i in m], max) for m in members]),
        "height": np.array([_reduce([height[i] for i in m], max) for m in members]),
        "floor_declared": np.array([_reduce([floor[i] for i in m], sum) for m in members]),
        "floor_computed": np.array([_reduce([computed[i] for i in m], sum) for m in members]),
        "uses": [_merge_uses([uses[i] for i in m]) for m in members],
    }


def _build_applications(parcels: FeatureSet, footprints: FeatureSet, fields: FieldMap,
                        fp: CleanGeometries, pc: CleanGeometries) -> _Applications:
    labels, fp_parcel = _link_footprints(footprints, fp, pc.geometries, parcels, fields)
    groups, keys, members = _group_members(labels)
    n = len(keys)
    ids, fids = [], []
    for group in members:
        unique = list(dict.fromkeys(footprints.ids[i] for i in group))
        fids.append([footprints.ids[i] for i in group])
        ids.append(unique[0] if len(unique) == 1 else ", ".join(str(u) for u in unique))
    parcel_index = np.array([fp_parcel[m[0]] for m in members], dtype=np.int64)
    parcel_geom = np.full(n, None, dtype=object)
    parcel_geom[parcel_index >= 0] = pc.geometries[parcel_index[parcel_index >= 0]]
    parcel_ids = [parcels.ids[p] if p >= 0 else (k[1] if k[0] == "key" else None)
                  for p, k in zip(parcel_index, keys)]
    lot_dates = parcels.column(fields.lot_date)
    apps = _Applications(
        ids=ids, footprint_ids=fids, parcel_index=parcel_index, parcel_id=parcel_ids,
        footprint=grouped_union(fp.geometries, groups, n), parcel=parcel_geom,
        lot_date=[lot_dates[p] if p >= 0 else None for p in parcel_index],
        notes=[[] for _ in range(n)], **_group_attributes(footprints, fields, fp, members),
    )
    _note_geometry_problems(apps, groups, footprints, fp, pc, parcels)
    return apps


def _merge_uses(values: list[set | None]) -> set | None:
    if any(v is None for v in values):
        return None
    return set().union(*values)


def _note_geometry_problems(apps: _Applications, groups: np.ndarray, footprints: FeatureSet,
                            fp: CleanGeometries, pc: CleanGeometries, parcels: FeatureSet) -> None:
    footprint, parcel = tr("footprint"), tr("parcel")
    for index, reason in fp.invalid:
        group = groups[index]
        apps.notes[group].append(_geometry_finding(apps.ids[group], footprint, footprints.ids[index], reason))
    for index in np.flatnonzero(fp.missing):
        group = groups[index]
        apps.notes[group].append(_geometry_finding(apps.ids[group], footprint, footprints.ids[index], None))
    bad_parcels = dict(pc.invalid)
    for group, p in enumerate(apps.parcel_index):
        if p < 0:
            missing = _missing_parcel_finding(apps.ids[group], feature_key(apps.parcel_id[group]))
            apps.notes[group].append(missing)
        elif p in bad_parcels:
            reason = bad_parcels[p]
            apps.notes[group].append(_geometry_finding(apps.ids[group], parcel, parcels.ids[p], reason))
        elif pc.missing[p]:
            apps.notes[group].append(_geometry_finding(apps.ids[group], parcel, parcels.ids[p], None))


# --------------------------------------------------------------------------- zones


def _zone_shares(apps: _Applications, parcel_area: np.ndarray, zoning: FeatureSet, zone_geoms: np.ndarray,
                 fields: FieldMap, area_tolerance: float) -> list[list[tuple[str, float]]]:
    """Zones covering each application's parcel with their share of its area, largest first."""
    shares: list[dict[str, float]] = [{} for _ in range(len(apps))]
    codes = [feature_key(c) for c in zoning.column(fields.zone_code)]
    if len(apps) and len(zone_geoms):
        ai, zi = shapely.STRtree(zone_geoms).query(apps.parcel, predicate="intersects")
        area = shapely.area(shapely.intersection(apps.parcel[ai], zone_geoms[zi]))
        for a, z, value in zip(ai, zi, area):
            if codes[z] is not None and value > area_tolerance:
                shares[a][codes[z]] = shares[a].get(codes[z], 0.0) + value / parcel_area[a]
    return [sorted(((c, float(v)) for c, v in s.items()), key=lambda item: -item[1]) for s in shares]


# --------------------------------------------------------------------------- parcel sides


@dataclass
class _Sides:
    """Parcel boundary segments classified road / rear / side, and footprint distances to them."""

    known: bool
    frontage: np.ndarray
    has_road: np.ndarray
    owner: np.ndarray
    kind: np.ndarray
    distance: np.ndarray
    lines: np.ndarray
    road_width: np.ndarray


def _classify_sides(apps: _Applications, roads: np.ndarray | None, widths: np.ndarray,
                    tolerance: float) -> _Sides:
    n = len(apps)
    segs = exterior_segments(apps.parcel)
    lines = segs.lines
    near = np.zeros(len(segs.owner), dtype=bool)
    road_width = np.full(len(segs.owner), np.nan)
    if roads is not None:
        tree = shapely.STRtree(roads)
        near = (within_distance(segs.start, tree, tolerance) & within_distance(segs.end, tree, tolerance)
                & within_distance(segs.middle, tree, tolerance))
        if near.any():
            nearest = tree.query_nearest(shapely.points(segs.middle[near]), all_matches=False)[1]
            road_width[near] = widths[nearest]
    frontage = sum_by_group(segs.length * near, segs.owner, n)
    direction = np.zeros((n, 2))
    np.add.at(direction, segs.owner[near], segs.normal[near] * segs.length[near, None])
    size = np.hypot(direction[:, 0], direction[:, 1])
    has_road = frontage > 0
    direction[has_road] /= np.maximum(size[has_road, None], 1e-12)
    one_way = has_road & (size >= ONE_ROAD_RESULTANT * frontage)
    cosine = (segs.normal * direction[segs.owner]).sum(axis=1)
    rear = one_way[segs.owner] & (cosine < REAR_COSINE)
    kind = np.where(near, ROAD, np.where(rear, REAR, SIDE))
    distance = shapely.distance(apps.footprint[segs.owner], lines)
    return _Sides(roads is not None, frontage, has_road, segs.owner, kind, distance, lines, road_width)


@dataclass
class _SetbackCheck:
    """Per application: measured distance (nan = no limit), failing flag, largest required distance,
    offending geometry."""

    measured: np.ndarray
    failing: np.ndarray
    present: np.ndarray
    required: np.ndarray
    offending: np.ndarray


def _check_setback(sides: _Sides, kind: int, required: np.ndarray, continuous: np.ndarray,
                   tolerance: float, apps: _Applications) -> _SetbackCheck:
    """``required`` is given per boundary segment, ``continuous`` per application."""
    n = len(apps)
    sel = np.flatnonzero(sides.kind == kind)
    own, dist = sides.owner[sel], sides.distance[sel]
    req = required[sel]
    ok = (dist >= req - tolerance) | (continuous[own] & (dist <= tolerance))
    bad = ~ok & ~np.isnan(req) & ~np.isnan(dist)
    failing = np.zeros(n, dtype=bool)
    failing[own[bad]] = True
    worst = min_by_group(np.where(bad, dist, np.nan), own, n)
    measured = np.where(failing, worst, min_by_group(dist, own, n))
    measured[np.isinf(measured)] = np.nan
    present = np.bincount(own, minlength=n) > 0
    largest = np.full(n, np.nan)
    np.fmax.at(largest, own, req)
    offending = np.full(n, None, dtype=object)
    if bad.any():
        band = shapely.buffer(sides.lines[sel[bad]], req[bad], cap_style="flat")
        inside = shapely.intersection(apps.footprint[own[bad]], band)
        parts = shapely.intersection(inside, apps.parcel[own[bad]])
        offending = grouped_union(parts, own[bad], n)
    return _SetbackCheck(measured, failing, present, largest, offending)


# --------------------------------------------------------------------------- servitudes


@dataclass
class _ServitudeMeasure:
    overlap: np.ndarray
    inside: np.ndarray
    distance: np.ndarray
    parts: np.ndarray
    empty: bool


def _measure_servitude(apps: _Applications, layer: FeatureSet, servitude: Servitude,
                       area_tolerance: float, warnings: list[str]) -> _ServitudeMeasure:
    n = len(apps)
    clean = clean_geometries(layer.geometries, polygonal=False)
    for index, reason in clean.invalid:
        text = tr("Servitude {sid}: invalid geometry of feature '{fid}' ({reason}), repaired.")
        warnings.append(text.format(sid=servitude.id, fid=layer.ids[index], reason=reason))
    geoms = clean.geometries[~clean.missing]
    polygonal = np.isin(shapely.get_type_id(geoms), (3, 6))
    if servitude.rule != "min_distance" and not polygonal.all():
        text = tr("Servitude {sid}: rule {rule} measures areas; {count} non-polygon features ignored.")
        warnings.append(text.format(sid=servitude.id, rule=servitude.rule, count=int((~polygonal).sum())))
        geoms = geoms[polygonal]
    overlap, inside = np.zeros(n), np.zeros(n, dtype=bool)
    distance, parts = np.full(n, np.nan), np.full(n, None, dtype=object)
    if not len(geoms):
        return _ServitudeMeasure(overlap, inside, distance, parts, True)
    tree = shapely.STRtree(geoms)
    ai, si = tree.query(apps.footprint, predicate="intersects")
    pieces = shapely.intersection(apps.footprint[ai], geoms[si])
    parts = grouped_union(pieces, ai, n)  # union: overlapping servitude features count once
    overlap = np.nan_to_num(shapely.area(parts))
    inside = overlap > area_tolerance
    if servitude.rule == "min_distance":  # only this rule reads the distance (nearest is costly)
        has = np.flatnonzero(~shapely.is_missing(apps.footprint))
        qi, nearest = tree.query_nearest(apps.footprint[has], return_distance=True, all_matches=False)
        distance[has[qi[0]]] = nearest
        near = np.flatnonzero(distance < servitude.value)
        nearest_feature = tree.query_nearest(apps.footprint[near], all_matches=False)[1]
        zone = shapely.buffer(geoms[nearest_feature], servitude.value)
        parts = np.full(n, None, dtype=object)
        parts[near] = shapely.intersection(apps.footprint[near], zone)
    return _ServitudeMeasure(overlap, inside, distance, parts, False)


# --------------------------------------------------------------------------- rule evaluation


@dataclass
class _Outcome:
    verdict: str
    measured: Any = None
    allowed: Any = None
    extra: dict = field(default_factory=dict)
    text: str | None = None
    missing_field: str | None = None


class _Evaluator:
    """Turns the measured arrays of every application into findings, rule by rule."""

    def __init__(self, regulation: Regulation, fields: FieldMap, apps: _Applications) -> None:
        self.reg, self.fields, self.apps = regulation, fields, apps
        self.tol = regulation.tolerances

    def prepare(self, fp_area: np.ndarray, parcel_area: np.ndarray, zones: list, sides: _Sides,
                main: list[Zone | None]) -> None:
        self.fp_area, self.parcel_area, self.sides, self.main = fp_area, parcel_area, sides, main
        self.zones = zones
        n = len(self.apps)
        height = self.apps.height
        self.setbacks, self.minimum_only = {}, {}
        for name, kind in (("side", SIDE), ("rear", REAR)):
            required, minimum = np.full(n, np.nan), np.full(n, np.nan)
            continuous = np.zeros(n, dtype=bool)
            for i, zone in enumerate(main):
                rule = _zone_setback(zone, name)
                value = rule.required(None if np.isnan(height[i]) else height[i]) if rule else None
                required[i] = np.nan if value is None else value
                minimum[i] = rule.min_m if rule and value is None else np.nan  # height unknown
                continuous[i] = bool(rule and rule.continuous_rows)
            self.setbacks[name] = _check_setback(sides, kind, required[sides.owner], continuous,
                                                 self.tol.length_m, self.apps)
            self.minimum_only[name] = _check_setback(sides, kind, minimum[sides.owner], continuous,
                                                     self.tol.length_m, self.apps)
        required, self.road_width_unknown = self._road_requirements()
        self.setbacks["road"] = _check_setback(sides, ROAD, required, np.zeros(n, dtype=bool),
                                               self.tol.length_m, self.apps)

    def _road_requirements(self) -> tuple[np.ndarray, np.ndarray]:
        """Required road setback per road-side segment (it may depend on the road's width)."""
        sides = self.sides
        required = np.full(len(sides.owner), np.nan)
        unknown = np.zeros(len(self.apps), dtype=bool)
        for j in np.flatnonzero(sides.kind == ROAD):
            zone = self.main[sides.owner[j]]
            value, missing = zone.road_setback_for(sides.road_width[j]) if zone else (None, False)
            required[j] = np.nan if value is None else value
            unknown[sides.owner[j]] |= missing
        return required, unknown

    # ---- zone rules; each returns None when the zone has no such rule

    def use(self, i: int, zone: Zone) -> _Outcome | None:
        if not zone.allowed_uses and not zone.forbidden_uses:
            return None
        allowed_text = ", ".join(zone.allowed_uses) or tr("any use not forbidden")
        uses = self.apps.uses[i]
        if uses is None:
            return _Outcome(A_VERIFIER, allowed=allowed_text, missing_field=self.fields.use)
        allowed = {_plain(u) for u in zone.allowed_uses}
        forbidden = {_plain(u) for u in zone.forbidden_uses}
        bad = (uses & forbidden) | (uses - allowed if allowed else set())
        verdict = NON_CONFORME if bad else CONFORME
        shown = ", ".join(sorted(bad or uses))
        return _Outcome(verdict, allowed=allowed_text, extra={"uses": shown})

    def max_levels(self, i: int, zone: Zone) -> _Outcome | None:
        return self._max(zone.max_levels, self.apps.levels[i], 0.0, self.fields.levels)

    def max_height(self, i: int, zone: Zone) -> _Outcome | None:
        return self._max(zone.max_height_m, self.apps.height[i], self.tol.length_m, self.fields.height)

    def coverage(self, i: int, zone: Zone) -> _Outcome | None:
        if zone.max_coverage is None:
            return None
        extra = {"acronym": zone.ratio_acronyms.get("coverage", "")}
        if self.apps.footprint[i] is None:
            return _Outcome(A_VERIFIER, None, zone.max_coverage, extra, text=rules.NO_FOOTPRINT)
        ratio = self.fp_area[i] / self.parcel_area[i]
        verdict = rules.compare("max", ratio, zone.max_coverage, self.tol.ratio)
        return _Outcome(verdict, ratio, zone.max_coverage, extra)

    def floor_area_ratio(self, i: int, zone: Zone) -> _Outcome | None:
        if zone.max_floor_area_ratio is None:
            return None
        extra = {"acronym": zone.ratio_acronyms.get("floor_area", "")}
        floor = self.apps.floor_declared[i]
        extra["source"] = tr("declared floor area")
        if np.isnan(floor):
            floor = self.apps.floor_computed[i]
            extra["source"] = tr("footprint area × levels")
        if np.isnan(floor):
            missing = f"{self.fields.floor_area} / {self.fields.levels}"
            return _Outcome(A_VERIFIER, None, zone.max_floor_area_ratio, extra, missing_field=missing)
        ratio = floor / self.parcel_area[i]
        verdict = rules.compare("max", ratio, zone.max_floor_area_ratio, self.tol.ratio)
        return _Outcome(verdict, ratio, zone.max_floor_area_ratio, extra)

    def min_lot_area(self, i: int, zone: Zone) -> _Outcome | None:
        if zone.min_lot_area_m2 is None:
            return None
        area, minimum = self.parcel_area[i], zone.min_lot_area_m2
        verdict = rules.compare("min", area, minimum, self.tol.area_m2)
        limit = zone.refer_older_lots_before
        if verdict == CONFORME or limit is None:
            return _Outcome(verdict, area, minimum)
        lot_date = _to_date(self.apps.lot_date[i])
        if lot_date is None:
            return _Outcome(A_VERIFIER, area, minimum, missing_field=self.fields.lot_date)
        if lot_date < limit:
            extra = {"lot_date": lot_date.isoformat(), "limit": limit.isoformat()}
            return _Outcome(A_VERIFIER, area, minimum, extra, text=rules.OLDER_LOT)
        return _Outcome(NON_CONFORME, area, minimum)

    def min_frontage(self, i: int, zone: Zone) -> _Outcome | None:
        if zone.min_frontage_m is None:
            return None
        if not self.sides.known:
            return _Outcome(A_VERIFIER, None, zone.min_frontage_m, text=rules.NO_ROAD_LAYER)
        value = self.sides.frontage[i]
        verdict = rules.compare("min", value, zone.min_frontage_m, self.tol.length_m)
        return _Outcome(verdict, value, zone.min_frontage_m)

    def road_setback(self, i: int, zone: Zone) -> _Outcome | None:
        return self._setback(i, zone, "road")

    def side_setback(self, i: int, zone: Zone) -> _Outcome | None:
        return self._setback(i, zone, "side")

    def rear_setback(self, i: int, zone: Zone) -> _Outcome | None:
        return self._setback(i, zone, "rear")

    # ---- helpers

    def _max(self, allowed: float | None, value: float, tolerance: float, name: str) -> _Outcome | None:
        if allowed is None:
            return None
        if np.isnan(value):
            return _Outcome(A_VERIFIER, None, allowed, missing_field=name)
        return _Outcome(rules.compare("max", value, allowed, tolerance), value, allowed)

    def _setback(self, i: int, zone: Zone, name: str) -> _Outcome | None:
        rule = _zone_setback(zone, name)
        if rule is None:
            return None
        check = self.setbacks[name]
        required = rule.required(None if np.isnan(self.apps.height[i]) else self.apps.height[i])
        if name == "road" and not np.isnan(check.required[i]):
            required = float(check.required[i])
        rows = tr(rules.CONTINUOUS_ROWS_NOTE) if rule.continuous_rows else ""
        extra = {"rows": rows} if name == "side" else {}
        shown = required if required is not None else rule.min_m
        if not self.sides.known:
            return _Outcome(A_VERIFIER, None, shown, extra, text=rules.NO_ROAD_LAYER)
        if self.apps.footprint[i] is None:
            return _Outcome(A_VERIFIER, None, shown, extra, text=rules.NO_FOOTPRINT)
        if name != "side" and not self.sides.has_road[i]:
            return _Outcome(A_VERIFIER, None, shown, extra, text=rules.NO_ROAD_SIDE)
        if not check.present[i]:
            extra["other"] = tr("side") if name == "rear" else tr("rear")
            return _Outcome(CONFORME, None, shown, extra, text=rules.NO_LIMIT)
        measured = float(check.measured[i])
        if required is None:
            return self._setback_without_height(i, name, rule, extra)
        if name == "road" and check.failing[i] and self.road_width_unknown[i]:
            return _Outcome(A_VERIFIER, measured, required, extra, missing_field=self.fields.road_width)
        return _Outcome(NON_CONFORME if check.failing[i] else CONFORME, measured, required, extra)

    def _setback_without_height(self, i: int, name: str, rule: Setback, extra: dict) -> _Outcome:
        """Height unknown: below the fixed minimum fails for sure, otherwise the planner checks."""
        check = self.minimum_only[name]
        measured = float(check.measured[i])
        if check.failing[i]:
            return _Outcome(NON_CONFORME, measured, rule.min_m, extra)
        return _Outcome(A_VERIFIER, measured, rule.min_m, extra, missing_field=self.fields.height)


def _zone_setback(zone: Zone | None, name: str) -> Setback | None:
    if zone is None:
        return None
    if name == "road":
        return None if zone.road_setback_m is None else Setback(zone.road_setback_m)
    return zone.side_setback if name == "side" else zone.rear_setback


ZONE_RULES = ("use", "max_levels", "max_height", "coverage", "floor_area_ratio", "min_lot_area",
              "min_frontage", "road_setback", "side_setback", "rear_setback")
_OFFENDING_SETBACKS = {"road_setback": "road", "side_setback": "side", "rear_setback": "rear"}


def _finding(app_id: Any, rule_id: str, outcome: _Outcome, subject: str, **context: Any) -> Finding:
    rule = RULE_TYPES[rule_id]
    label = rule.label
    if outcome.missing_field is not None:
        name = outcome.missing_field.strip(" /") or tr("(no field chosen)")
        message = tr(rules.MISSING_FIELD).format(label=label, field=name)
    elif outcome.text:
        shown = {"measured": rule.format_value(outcome.measured),
                 "allowed": rule.format_value(outcome.allowed)}
        message = tr(outcome.text).format(label=label, **shown, **context, **outcome.extra)
    else:
        message = rule.message(outcome.verdict, outcome.measured, outcome.allowed, label=label, **context,
                               **outcome.extra)
    return Finding(app_id, rule_id, label, _number(outcome.measured), _python(outcome.allowed), rule.unit,
                   outcome.verdict, message, subject)


def _python(value: Any) -> Any:
    """numpy scalars as Python numbers: callers hand findings to Qt, which refuses numpy types."""
    return value.item() if isinstance(value, np.generic) else value


def _number(value: Any) -> float | None:
    if value is None or isinstance(value, str):
        return None
    value = float(value)
    return None if np.isnan(value) else value


# --------------------------------------------------------------------------- per application


def _zone_findings(ev: _Evaluator, i: int, result: ConformityResult) -> list[Finding]:
    apps, zones, zone = ev.apps, ev.zones[i], ev.main[i]
    app_id = apps.ids[i]
    rule = RULE_TYPES["zoning"]
    if apps.parcel[i] is None:
        return []
    if not zones:
        return [Finding(app_id, "zoning", rule.label, None, None, "", A_VERIFIER, tr(rules.NO_ZONE))]
    code, share = zones[0]
    listing = " / ".join(f"{c} ({s:.0%})" for c, s in zones)
    straddling = share < 1.0 - ev.tol.zone_share
    if zone is None:
        text = tr(rules.ZONE_NOT_IN_REGULATION).format(zone=code)
        return [Finding(app_id, "zoning", rule.label, share, code, "", A_VERIFIER, text, code)]
    verdict = A_VERIFIER if straddling else CONFORME
    message = rule.message(NON_CONFORME if straddling else CONFORME, share, code, zone=code, zones=listing)
    found = [Finding(app_id, "zoning", rule.label, share, code, "", verdict, message, code)]
    for rule_id in ZONE_RULES:
        outcome = getattr(ev, rule_id)(i, zone)
        if outcome is None:
            continue
        finding = _finding(app_id, rule_id, outcome, code, zone=code, parcel=apps.parcel_id[i])
        if straddling and finding.verdict != A_VERIFIER:
            finding.verdict = A_VERIFIER
            finding.message += tr(rules.STRADDLING_NOTE).format(zones=listing, zone=code)
        found.append(finding)
        _add_setback_part(ev, i, rule_id, outcome, code, result)
    return found


def _add_setback_part(ev: _Evaluator, i: int, rule_id: str, outcome: _Outcome, code: str,
                      result: ConformityResult) -> None:
    name = _OFFENDING_SETBACKS.get(rule_id)
    if name and outcome.verdict == NON_CONFORME:
        part = ev.setbacks[name].offending[i]
        if part is not None and not shapely.is_empty(part):
            result.offending.append(OffendingPart(ev.apps.ids[i], rule_id, part, code))


def _within_parcel(ev: _Evaluator, i: int, outside: np.ndarray, parts: np.ndarray,
                   result: ConformityResult) -> list[Finding]:
    apps = ev.apps
    if apps.parcel[i] is None or apps.footprint[i] is None:
        return []
    area = float(outside[i])
    outcome = _Outcome(rules.compare("max", area, 0.0, ev.tol.area_m2), area, 0.0)
    if outcome.verdict == NON_CONFORME:
        result.offending.append(OffendingPart(apps.ids[i], "within_parcel", parts[i]))
    return [_finding(apps.ids[i], "within_parcel", outcome, "", parcel=apps.parcel_id[i])]


def _servitude_outcome(servitude: Servitude, m: _ServitudeMeasure, i: int, height: float,
                       tol: Any, fields: FieldMap) -> _Outcome:
    rule = RULE_TYPES[servitude.rule]
    extra = {"servitude": servitude.label}
    if m.empty:
        return _Outcome(CONFORME, None, servitude.value, extra, text=rules.NO_SERVITUDE_FEATURE)
    if servitude.rule == "min_distance":
        d = float(m.distance[i])
        return _Outcome(rules.compare("min", d, servitude.value, tol.length_m), d, servitude.value, extra)
    if servitude.rule == "max_height_inside":
        if not m.inside[i]:
            return _Outcome(CONFORME, None, servitude.value, extra, text=rules.OUTSIDE_SERVITUDE)
        if np.isnan(height):
            return _Outcome(A_VERIFIER, None, servitude.value, extra, missing_field=fields.height)
        verdict = rules.compare("max", height, servitude.value, tol.length_m)
        return _Outcome(verdict, height, servitude.value, extra)
    allowed = servitude.value if rule.parameters else 0.0
    area = float(m.overlap[i])
    return _Outcome(rules.compare("max", area, allowed, tol.area_m2), area, allowed, extra)


def _servitude_findings(ev: _Evaluator, i: int, measures: dict, result: ConformityResult) -> list[Finding]:
    apps, found = ev.apps, []
    if apps.footprint[i] is None:
        return found
    for sid, (servitude, m) in measures.items():
        outcome = _servitude_outcome(servitude, m, i, apps.height[i], ev.tol, ev.fields)
        found.append(_finding(apps.ids[i], servitude.rule, outcome, sid))
        part = m.parts[i]
        if outcome.verdict == NON_CONFORME and part is not None and not shapely.is_empty(part):
            result.offending.append(OffendingPart(apps.ids[i], servitude.rule, part, sid))
    return found


def _application_result(ev: _Evaluator, i: int, findings: list[Finding]) -> ApplicationResult:
    verdicts = [f.verdict for f in findings]
    return ApplicationResult(
        application_id=ev.apps.ids[i], parcel_id=ev.apps.parcel_id[i], zones=list(ev.zones[i]),
        verdict=worst_verdict(verdicts), fail_count=verdicts.count(NON_CONFORME),
        check_count=verdicts.count(A_VERIFIER), footprint_ids=ev.apps.footprint_ids[i],
        geometry=ev.apps.footprint[i],
    )


# --------------------------------------------------------------------------- entry point


def _road_widths(roads: FeatureSet | None, fields: FieldMap) -> np.ndarray:
    if roads is None:
        return np.zeros(0)
    values = [_to_float(v) for v in roads.column(fields.road_width)]
    return np.array([np.nan if v is None else v for v in values], dtype=float)


def _clean_layer(layer: FeatureSet, name: str, warnings: list[str]) -> np.ndarray:
    clean = clean_geometries(layer.geometries)
    for index, reason in clean.invalid:
        warnings.append(tr("{layer}: invalid geometry of feature '{fid}' ({reason}), repaired.").format(
            layer=name, fid=layer.ids[index], reason=reason))
    return clean.geometries


def _measure_servitudes(regulation: Regulation, apps: _Applications, servitudes: dict[str, FeatureSet],
                        warnings: list[str]) -> dict:
    measures = {}
    for sid, servitude in regulation.servitudes.items():
        layer = servitudes.get(sid)
        if layer is None:
            warnings.append(tr("Servitude {sid} is declared by the regulation but no layer was given: "
                               "not checked.").format(sid=sid))
            continue
        tolerance = regulation.tolerances.area_m2
        measures[sid] = (servitude, _measure_servitude(apps, layer, servitude, tolerance, warnings))
    for sid in sorted(set(servitudes) - set(regulation.servitudes)):
        text = tr("Layer for servitude {sid} ignored: the regulation does not declare it.")
        warnings.append(text.format(sid=sid))
    return measures


def check_conformity(
    regulation: Regulation,
    parcels: FeatureSet,
    footprints: FeatureSet,
    zoning: FeatureSet,
    roads: FeatureSet | None,
    servitudes: dict[str, FeatureSet],
    fields: FieldMap = FieldMap(),  # noqa: B008 - immutable in practice, the agreed interface
    progress: Callable[[float], None] | None = None,
    is_canceled: Callable[[], bool] | None = None,
) -> ConformityResult:
    """Check every application (footprints grouped by parcel) against the regulation."""
    with rules.translation_cache():
        return _check(regulation, parcels, footprints, zoning, roads, servitudes, fields,
                      Progress(progress, is_canceled, _canceled))


def _canceled() -> ConformityCanceled:
    return ConformityCanceled(tr("Conformity check canceled."))


def _check(regulation: Regulation, parcels: FeatureSet, footprints: FeatureSet, zoning: FeatureSet,
           roads: FeatureSet | None, servitudes: dict[str, FeatureSet], fields: FieldMap,
           steps: Progress) -> ConformityResult:
    result = ConformityResult()
    steps.step(0.0)
    if not len(footprints):
        steps.step(1.0)
        return result
    fp = clean_geometries(footprints.geometries)
    pc = clean_geometries(parcels.geometries)
    apps = _build_applications(parcels, footprints, fields, fp, pc)
    steps.step(0.2)
    zone_geoms = _clean_layer(zoning, tr("zoning"), result.warnings)
    road_geoms = None if roads is None else _clean_layer(roads, tr("roads"), result.warnings)
    fp_area, parcel_area = shapely.area(apps.footprint), shapely.area(apps.parcel)
    zones = _zone_shares(apps, parcel_area, zoning, zone_geoms, fields, regulation.tolerances.area_m2)
    main = [regulation.zones.get(z[0][0]) if z else None for z in zones]
    steps.step(0.4)
    widths = _road_widths(roads, fields)
    sides = _classify_sides(apps, road_geoms, widths, regulation.tolerances.road_distance_m)
    outside_parts = shapely.difference(apps.footprint, apps.parcel)
    outside = shapely.area(outside_parts)
    ev = _Evaluator(regulation, fields, apps)
    ev.prepare(fp_area, parcel_area, zones, sides, main)
    steps.step(0.6)
    measures = _measure_servitudes(regulation, apps, servitudes, result.warnings)
    steps.step(0.8)
    for i in range(len(apps)):
        if i % 2000 == 1999:
            steps.step(0.8 + 0.2 * i / len(apps))
        found = list(apps.notes[i]) + _zone_findings(ev, i, result)
        found += _within_parcel(ev, i, outside, outside_parts, result)
        found += _servitude_findings(ev, i, measures, result)
        result.findings.extend(found)
        result.applications.append(_application_result(ev, i, found))
    steps.step(1.0)
    return result
