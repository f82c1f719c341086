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

import dataclasses
import re
import unicodedata
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import Any, Callable

import numpy as np
import shapely

from . import rules
from .bulk import encode, paused_gc
from .findings import (
    CODE_OF,
    V_CHECK,
    V_FAIL,
    V_OK,
    Finding,
    FindingTable,
    RowBuilder,
    format_numbers,
    format_objects,
    messages,
    objects,
)
from .geometry import (
    CleanGeometries,
    band_intersection,
    clean_geometries,
    exterior_segments,
    grouped_union,
    largest_overlap,
    min_by_group,
    points_within,
    sum_by_group,
    within_distance,
)
from .progress import Progress
from .regulation import Regulation, Servitude, Setback, Zone
from .rules import A_VERIFIER, CONFORME, NON_CONFORME, RULE_TYPES, tr, verdict_label

__all__ = [
    "A_VERIFIER", "CONFORME", "NON_CONFORME", "ApplicationResult", "ConformityCanceled",
    "ConformityResult", "FeatureSet", "FieldMap", "Finding", "FindingTable", "OffendingPart",
    "check_conformity",
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
    findings: Sequence[Finding] = field(default_factory=list)  # a FindingTable after a check
    offending: list[OffendingPart] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # the position in ``applications`` of each footprint feature (the footprints' order as read)
    feature_applications: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64), repr=False,
                                             compare=False)
    _index: tuple | None = field(default=None, repr=False, compare=False)
    _parts: tuple | None = field(default=None, repr=False, compare=False)

    def findings_of(self, index: int) -> list[Finding]:
        """Findings of the application at position ``index`` of ``applications`` (ids may repeat)."""
        if isinstance(self.findings, FindingTable) and len(self.findings.app_ids) == len(self.applications):
            return self.findings.for_application(index)
        return self.findings_for(self.applications[index].application_id)

    def offending_of(self, index: int) -> list[OffendingPart]:
        """Offending parts of the application at position ``index`` (by id: parts carry no position)."""
        if self._parts is None or self._parts[0] != len(self.offending):
            by_id: dict = {}
            for part in self.offending:
                by_id.setdefault(part.application_id, []).append(part)
            self._parts = (len(self.offending), by_id)
        return list(self._parts[1].get(self.applications[index].application_id, ()))

    def findings_for(self, application_id: Any) -> list[Finding]:
        """Findings of one application, in rule order."""
        if isinstance(self.findings, FindingTable) and len(self.findings.app_ids) == len(self.applications):
            if self._index is None or self._index[0] != len(self.applications):
                positions: dict = {}
                for k, application in enumerate(self.applications):  # ids may repeat: keep them all
                    positions.setdefault(application.application_id, []).append(k)
                self._index = (len(self.applications), positions)
            found = self._index[1].get(application_id, ())
            return [f for k in found for f in self.findings.for_application(k)]
        return [f for f in self.findings if f.application_id == application_id]


# --------------------------------------------------------------------------- attribute parsing


def _to_float(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(str(value).replace(",", ".").strip()) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        return None
    return number if np.isfinite(number) else None  # NaN and ±inf are no measurement


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
    groups: np.ndarray  # the application of each footprint feature (position in the applications)

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


def _numbers(values: list, parse: Callable[[Any], float | None]) -> np.ndarray:
    """Floats (NaN = missing) from attribute values; plain numbers without a Python call each."""
    kinds = set(map(type, values))
    if kinds <= {int, float, type(None)}:
        out = np.array(values, dtype=float)
    else:
        out = np.empty(len(values))
        for index, value in enumerate(_cached(parse, values)):
            out[index] = np.nan if value is None else value
    out[np.isinf(out)] = np.nan  # "inf" is no measurement: missing, like any unreadable value
    return out


def _cached(parse: Callable[[Any], Any], values: list) -> list:
    """``[parse(v) for v in values]``, each distinct value parsed once (attribute values repeat)."""
    cache: dict = {}
    out = []
    for value in values:
        try:
            key = (type(value), value)
            parsed = cache.get(key, cache)
            if parsed is cache:
                parsed = cache[key] = parse(value)
        except TypeError:  # unhashable value
            parsed = parse(value)
        out.append(parsed)
    return out


def _reduce_groups(values: np.ndarray, groups: np.ndarray, count: int, how: str) -> np.ndarray:
    """Per group: max or sum of ``values``; NaN when any member is NaN (a missing value)."""
    missing = np.bincount(groups, weights=np.isnan(values), minlength=count) > 0
    if how == "sum":
        result = np.bincount(groups, weights=np.nan_to_num(values), minlength=count)
    else:
        result = np.full(count, -np.inf)
        np.maximum.at(result, groups, np.nan_to_num(values, nan=-np.inf))
    result[missing] = np.nan
    return result


def _group_members(labels: list) -> tuple[np.ndarray, list, list[list[int]]]:
    order: dict = {}
    groups = np.array([order.setdefault(label, len(order)) for label in labels], dtype=np.int64)
    members: list[list[int]] = [[] for _ in order]
    for index, group in enumerate(groups):
        members[group].append(index)
    return groups, list(order), members


def _group_attributes(footprints: FeatureSet, fields: FieldMap, fp: CleanGeometries, groups: np.ndarray,
                      members: list[list[int]]) -> dict:
    """One value per application: max levels and height, summed floor areas, all uses (nan/None = missing)."""
    n = len(members)
    levels = _numbers(footprints.column(fields.levels), _to_levels)
    height = _numbers(footprints.column(fields.height), _to_float)
    floor = _numbers(footprints.column(fields.floor_area), _to_float)
    uses = _cached(_to_uses, footprints.column(fields.use))  # sets shared between equal values: read only
    computed = shapely.area(fp.geometries) * levels  # NaN where the geometry or the levels are missing
    return {
        "levels": _reduce_groups(levels, groups, n, "max"),
        "height": _reduce_groups(height, groups, n, "max"),
        "floor_declared": _reduce_groups(floor, groups, n, "sum"),
        "floor_computed": _reduce_groups(computed, groups, n, "sum"),
        "uses": [uses[m[0]] if len(m) == 1 else _merge_uses([uses[i] for i in m]) for m in members],
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
                  for p, k in zip(parcel_index.tolist(), keys)]
    lot_dates = parcels.column(fields.lot_date)
    apps = _Applications(
        ids=ids, footprint_ids=fids, parcel_index=parcel_index, parcel_id=parcel_ids,
        footprint=grouped_union(fp.geometries, groups, n), parcel=parcel_geom,
        lot_date=[lot_dates[p] if p >= 0 else None for p in parcel_index.tolist()],
        notes=[[] for _ in range(n)], groups=groups,
        **_group_attributes(footprints, fields, fp, groups, members),
    )
    _note_geometry_problems(apps, groups, footprints, fp, pc, parcels)
    return apps


def _merge_uses(values: list[set | None]) -> set | None:
    if any(v is None for v in values):
        return None
    return set().union(*values)


def _note_geometry_problems(apps: _Applications, groups: np.ndarray, footprints: FeatureSet,
                            fp: CleanGeometries, pc: CleanGeometries, parcels: FeatureSet) -> None:
    footprint, parcel = tr("the footprint of application"), tr("parcel")
    for index, reason in fp.invalid:  # named by its application (the footprint's id may be a row number)
        group = groups[index]
        apps.notes[group].append(_geometry_finding(apps.ids[group], footprint, apps.ids[group], reason))
    for index in np.flatnonzero(fp.missing):
        group = groups[index]
        apps.notes[group].append(_geometry_finding(apps.ids[group], footprint, footprints.ids[index], None))
    bad_parcels = dict(pc.invalid)
    parcel_of = apps.parcel_index
    linked = parcel_of >= 0
    flagged = ~linked | np.isin(parcel_of, list(bad_parcels))
    flagged[linked] |= np.asarray(pc.missing, dtype=bool)[parcel_of[linked]]
    for group in np.flatnonzero(flagged).tolist():  # the applications whose parcel is missing or bad
        p = int(parcel_of[group])
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
    result: list[list[tuple[str, float]]] = [[] for _ in range(len(apps))]
    codes = [feature_key(c) for c in zoning.column(fields.zone_code)]
    if len(apps) and len(zone_geoms):
        ai, zi = shapely.STRtree(zone_geoms).query(apps.parcel, predicate="intersects")
        # most parcels lie wholly in one zone: a prepared "covers" test spares their intersection
        shapely.prepare(zone_geoms)
        whole = shapely.covers(zone_geoms[zi], apps.parcel[ai])
        area = parcel_area[ai].copy()
        cut = ~whole
        area[cut] = shapely.area(shapely.intersection(apps.parcel[ai[cut]], zone_geoms[zi[cut]]))
        coded = np.array([c is not None for c in codes], dtype=bool)
        keep = coded[zi] & (area > area_tolerance)
        ai, zi, area = ai[keep], zi[keep], area[keep]
        # a parcel in one zone (most of them): its share at once; in several, summed zone by zone
        single = np.bincount(ai, minlength=len(apps))[ai] == 1
        one = ai[single]
        for a, code, share in zip(one.tolist(), objects(codes)[zi[single]].tolist(),
                                  (area[single] / parcel_area[one]).tolist()):
            result[a] = [(code, share)]
        shares: dict[int, dict] = {}
        for a, z, value in zip(ai[~single].tolist(), zi[~single].tolist(), area[~single].tolist()):
            parcel = shares.setdefault(a, {})
            parcel[codes[z]] = parcel.get(codes[z], 0.0) + value / parcel_area[a]
        for a, parcel in shares.items():
            result[a] = sorted(((c, float(v)) for c, v in parcel.items()), key=lambda item: -item[1])
    return result


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
    road_width: np.ndarray
    start: np.ndarray
    end: np.ndarray


def _classify_sides(apps: _Applications, roads: np.ndarray | None, widths: np.ndarray,
                    tolerance: float) -> _Sides:
    n = len(apps)
    segs = exterior_segments(apps.parcel)
    lines = segs.lines
    near = np.zeros(len(segs.owner), dtype=bool)
    road_width = np.full(len(segs.owner), np.nan)
    if roads is not None and len(lines):
        middle = shapely.points(segs.middle)
        mi, ri = points_within(middle, roads, tolerance)
        near[mi] = True
        candidates = np.flatnonzero(near)  # the ends are tested only where the middle is near a road
        near[candidates] = (within_distance(segs.start[candidates], roads, tolerance)
                            & within_distance(segs.end[candidates], roads, tolerance))
        if len(mi) and near.any():
            # width of the road closest to the segment's middle, among those within the tolerance
            gap = shapely.distance(middle[mi], roads[ri])
            order = np.lexsort((gap, mi))
            first = order[np.r_[True, mi[order][1:] != mi[order][:-1]]]
            closest = np.full(len(lines), -1)
            closest[mi[first]] = ri[first]
            road_width[near] = widths[closest[near]] if len(widths) else np.nan
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
    return _Sides(roads is not None, frontage, has_road, segs.owner, kind, distance, road_width,
                  segs.start, segs.end)


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
                   tolerance: float, apps: _Applications, outside: np.ndarray) -> _SetbackCheck:
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
        segment = sel[bad]
        parts = band_intersection(apps.footprint[own[bad]], sides.start[segment], sides.end[segment],
                                  req[bad])
        over = np.flatnonzero(outside[own[bad]] > 0)  # footprint partly off its parcel: clip the band
        parts[over] = shapely.intersection(parts[over], apps.parcel[own[bad][over]])
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
    if servitude.rule == "min_distance":  # only this rule reads the distance
        distance = _nearest_distance(apps.footprint, geoms, ai, si)
        near = np.flatnonzero(distance < servitude.value)
        # offending part: the footprint within the distance of any feature (every close one)
        ni, fi = tree.query(apps.footprint[near], predicate="dwithin", distance=servitude.value)
        used, position = np.unique(fi, return_inverse=True)
        zone = shapely.buffer(geoms[used], servitude.value)
        pieces = shapely.intersection(apps.footprint[near[ni]], zone[position])
        parts = grouped_union(pieces, near[ni], n)
    return _ServitudeMeasure(overlap, inside, distance, parts, False)


def _nearest_distance(footprints: np.ndarray, geoms: np.ndarray, ai: np.ndarray,
                      si: np.ndarray) -> np.ndarray:
    """Distance from each footprint to the nearest servitude feature (NaN: no footprint).

    Footprints touching a feature (``ai``/``si``: the intersecting pairs) are at 0. The others
    are measured to the features' outlines cut into segments: STRtree.query_nearest on whole
    corridor polygons computes many exact distances to large shapes (loose envelopes), on short
    segments it computes few and cheap ones. Same distances: outside a polygon, the distance to
    it is the distance to its boundary.
    """
    distance = np.full(len(footprints), np.nan)
    distance[ai] = 0.0
    rest = np.flatnonzero(~shapely.is_missing(footprints) & np.isnan(distance))
    if not len(rest):
        return distance
    parts = shapely.get_parts(geoms)
    while (shapely.get_type_id(parts) == 7).any():  # collections (nested ones too): their members
        parts = shapely.get_parts(parts)
    polygon = shapely.get_type_id(parts) == 3
    parts = shapely.get_parts(np.where(polygon, shapely.boundary(parts), parts))  # rings, one by one
    coords, index = shapely.get_coordinates(parts, return_index=True)
    pair = np.flatnonzero(index[1:] == index[:-1])  # consecutive vertices of one line: a segment
    lone = np.flatnonzero(np.bincount(index, minlength=len(parts)) == 1)  # points stay points
    segments = shapely.linestrings(np.stack([coords[pair], coords[pair + 1]], axis=1))
    pieces = np.concatenate([segments, parts[lone]])
    # from the footprints' outlines (cheaper than from polygons; the same distance to anything that
    # does not touch them, and the touching ones are at 0 already)
    outlines = shapely.boundary(footprints[rest])
    qi, gap = shapely.STRtree(pieces).query_nearest(outlines, return_distance=True, all_matches=False)
    distance[rest[qi[0]]] = gap
    return distance


# --------------------------------------------------------------------------- rule evaluation
#
# Every rule is evaluated for every application at once (numpy arrays indexed by application);
# its rows go to a RowBuilder in blocks, one block per rule and case (missing data, special
# text, pass/fail). Messages are filled from the same templates as before (rules.RULE_TYPES).

ORDER_NOTES, ORDER_ZONING = 0, 1
ZONE_RULES = ("use", "max_levels", "max_height", "coverage", "floor_area_ratio", "min_lot_area",
              "min_frontage", "road_setback", "side_setback", "rear_setback")
GEOMETRY_RULES = ("min_frontage", "road_setback", "side_setback", "rear_setback")  # need the parcel sides
ORDER_WITHIN = 2 + len(ZONE_RULES)
ORDER_SERVITUDES = ORDER_WITHIN + 1
_SETBACK_KINDS = {"road": ROAD, "side": SIDE, "rear": REAR}


def _required_distance(min_m: np.ndarray, factor: np.ndarray, height: np.ndarray) -> np.ndarray:
    """``Setback.required`` for arrays: max(min, factor × height); NaN when the height is needed
    but unknown."""
    by_height = np.where(np.isnan(height), np.nan, np.maximum(min_m, factor * height))
    return np.where(factor == 0, min_m, by_height)


def _main_zones(regulation: Regulation, zones: list) -> np.ndarray:
    """Per application, the position of its main zone (largest share) in ``regulation.zones``;
    -1 when it has none or the regulation does not declare it."""
    position = {code: k for k, code in enumerate(regulation.zones)}
    return np.array([position.get(z[0][0], -1) if z else -1 for z in zones], dtype=np.int64)


def _zone_setback(zone: Zone | None, name: str) -> Setback | None:
    if zone is None:
        return None
    if name == "road":
        return None if zone.road_setback_m is None else Setback(zone.road_setback_m)
    return zone.side_setback if name == "side" else zone.rear_setback


class _Rules:
    """The regulation's rules evaluated for all applications, emitted as finding rows."""

    def __init__(self, regulation: Regulation, fields: FieldMap, apps: _Applications, zones: list,
                 zi: np.ndarray, fp_area: np.ndarray, parcel_area: np.ndarray,
                 on_findings: Callable[[dict], None] | None = None, keep_findings: bool = True) -> None:
        self.reg, self.fields, self.apps, self.tol = regulation, fields, apps, regulation.tolerances
        self.fp_area, self.parcel_area, self.zones = fp_area, parcel_area, zones
        self.sides: _Sides | None = None  # set once measured (frontage and setback rules read it)
        self.rows = RowBuilder(apps.ids, on_findings, keep_findings)
        self.offending: list[tuple[int, int, OffendingPart]] = []
        self.warnings: list[str] = []  # for the whole run (the log), beside each application's findings
        none = np.zeros(len(apps), dtype=bool)
        self.repaired: dict[str, np.ndarray] = {"footprint": none, "parcel": none}  # set by _check
        self.zone_list: list[Zone] = list(regulation.zones.values())
        self.code = objects([z[0][0] if z else None for z in zones])
        self.zi = zi  # main zone of each application (position in zone_list, -1: none)
        share = np.array([z[0][1] if z else np.nan for z in zones], dtype=float)
        self.share = share
        self.straddling = share < 1.0 - self.tol.zone_share
        self.listing = objects("", len(zones))  # the zones and shares, shown for straddling parcels
        for i in np.flatnonzero(self.straddling).tolist():
            self.listing[i] = " / ".join(f"{c} ({s:.0%})" for c, s in zones[i])
        self.parcel_ids = objects(apps.parcel_id)
        self.has_parcel = ~shapely.is_missing(apps.parcel)
        self.has_fp = ~shapely.is_missing(apps.footprint)
        self.active = self.has_parcel & (self.zi >= 0)

    # ---- helpers

    def per_zone(self, getter: Callable[[Zone], Any]) -> np.ndarray:
        """``getter(zone)`` for each zone, plus None at the end (index -1: no zone)."""
        return objects([getter(z) for z in self.zone_list] + [None])

    def select(self, getter: Callable[[Zone], Any]) -> tuple[np.ndarray, np.ndarray]:
        """Applications whose main zone sets the rule, and the rule's value for each of them."""
        values = self.per_zone(getter)
        defined = np.array([v is not None and v is not False for v in values], dtype=bool)
        idx = np.flatnonzero(self.active & defined[self.zi])
        return idx, values[self.zi[idx]]

    def context(self, idx: np.ndarray, **extra: Any) -> dict[str, Any]:
        return {"zone": self.code[idx], "parcel": self.parcel_ids[idx], **extra}

    def emit(self, order: int, rule_id: str, idx: np.ndarray, verdict: Any, measured: Any, allowed: Any,
             subject: Any, context: dict[str, Any], *, text: str | None = None, missing: str | None = None,
             zone_rule: bool = True) -> np.ndarray:
        """Rows of ``rule_id`` for applications ``idx``; returns their verdicts before the straddling
        downgrade (what decides the offending parts)."""
        count = len(idx)
        verdict = np.broadcast_to(np.asarray(verdict, dtype=np.int8), (count,)).copy()
        if not count:
            return verdict
        rule = RULE_TYPES[rule_id]
        measured = np.broadcast_to(np.asarray(measured, dtype=float), (count,))
        allowed = objects(allowed, count)
        if missing is not None:
            name = missing.strip(" /") or tr("(no field chosen)")
            texts = messages(tr(rules.MISSING_FIELD), {"label": rule.label, "field": name}, count)
        else:
            columns = {"label": rule.label, "measured": format_numbers(rule, measured),
                       "allowed": format_objects(rule, allowed), **context}
            if text is not None:
                texts = messages(tr(text), columns, count)
            else:
                templates = (tr(rule.pass_source), tr(rule.fail_source))
                texts = messages(templates, columns, count, choice=(verdict != V_OK).astype(np.int8))
        before = verdict.copy()
        notes = None
        if zone_rule:
            downgrade = np.flatnonzero(self.straddling[idx] & (verdict != V_CHECK))
            if len(downgrade):
                note = tr(rules.STRADDLING_NOTE)
                notes = [""] * count
                for j in downgrade:
                    notes[j] = note.format(zones=self.listing[idx[j]], zone=self.code[idx[j]])
                verdict[downgrade] = V_CHECK
        indicative = np.flatnonzero(self.repaired_shape(rule_id)[idx] & (verdict == V_FAIL))
        if len(indicative):  # measured on a repaired geometry: never a "non conforme" on its own
            notes = notes or [""] * count
            note = tr(rules.REPAIRED_NOTE)
            for j in indicative:
                notes[j] += note
            verdict[indicative] = V_CHECK
        if notes is not None:
            texts.notes = notes
        self.rows.add(idx, order, rule_id, subject, measured, allowed, verdict, texts)
        return before

    def repaired_shape(self, rule_id: str) -> np.ndarray:
        """Per application: whether ``rule_id`` measures a geometry that had to be repaired."""
        shapes = SHAPE_RULES.get(rule_id, ())
        mask = np.zeros(len(self.apps), dtype=bool)
        for shape in shapes:
            mask |= self.repaired[shape]
        return mask

    def add_parts(self, order: int, rule_id: str, idx: np.ndarray, parts: np.ndarray, subject: Any) -> None:
        """Offending parts of the failing applications ``idx`` (``parts`` indexed by application)."""
        if not len(idx):
            return
        geoms = parts[idx]
        keep = ~shapely.is_missing(geoms)
        keep[keep] = ~shapely.is_empty(geoms[keep].astype(object))
        subjects = objects(subject, len(idx))
        for i, geometry, sub in zip(idx[keep], geoms[keep], subjects[keep]):
            self.offending.append((int(i), order, OffendingPart(self.apps.ids[i], rule_id, geometry, sub)))

    @staticmethod
    def compare(kind: str, measured: np.ndarray, allowed: np.ndarray, tolerance: float) -> np.ndarray:
        """rules.compare for arrays (NaN measured fails, like the scalar version)."""
        with np.errstate(invalid="ignore"):
            ok = measured <= allowed + tolerance if kind == "max" else measured >= allowed - tolerance
        return np.where(ok, V_OK, V_FAIL).astype(np.int8)

    # ---- notes and zoning

    def notes(self) -> None:
        flat = [(i, note) for i, notes in enumerate(self.apps.notes) for note in notes]
        for i, note in flat:
            self.rows.add(np.array([i]), ORDER_NOTES, note.rule, note.subject, np.nan, [note.allowed],
                          CODE_OF[note.verdict], [note.message])

    def zoning(self) -> None:
        rule = RULE_TYPES["zoning"]
        none = np.flatnonzero(self.has_parcel & np.isnan(self.share))
        self.rows.add(none, ORDER_ZONING, "zoning", "", np.nan, None, V_CHECK,
                      [tr(rules.NO_ZONE)] * len(none))
        unknown = np.flatnonzero(self.has_parcel & ~np.isnan(self.share) & (self.zi < 0))
        if len(unknown):
            codes = sorted({str(c) for c in self.code[unknown]})
            text = tr("{count} applications lie on parcels in zones the regulation does not declare "
                      "({zones}): their zone rules are not checked (to be checked).")
            self.warnings.append(text.format(count=len(unknown), zones=", ".join(codes)))
        text = tr(rules.ZONE_NOT_IN_REGULATION)
        self.rows.add(unknown, ORDER_ZONING, "zoning", self.code[unknown], self.share[unknown],
                      self.code[unknown], V_CHECK, [text.format(zone=c) for c in self.code[unknown]])
        cases = ((False, V_OK, rule.pass_source), (True, V_CHECK, rule.fail_source))
        for straddling, verdict, source in cases:
            idx = np.flatnonzero(self.active & (self.straddling == straddling))
            columns = {"label": rule.label, "zone": self.code[idx], "zones": self.listing[idx]}
            self.rows.add(idx, ORDER_ZONING, "zoning", self.code[idx], self.share[idx], self.code[idx],
                          verdict, messages(tr(source), columns, len(idx)))

    # ---- zone rules

    def use(self, order: int) -> None:
        any_use = tr("any use not forbidden")
        idx, _ = self.select(lambda z: True if z.allowed_uses or z.forbidden_uses else None)
        allowed = self.per_zone(lambda z: ", ".join(z.allowed_uses) or any_use)[self.zi[idx]]
        sets = [({_plain(u) for u in z.allowed_uses}, {_plain(u) for u in z.forbidden_uses})
                for z in self.zone_list]
        uses = [self.apps.uses[i] for i in idx.tolist()]
        missing = np.fromiter((u is None for u in uses), dtype=bool, count=len(uses))
        m = idx[missing]
        self.emit(order, "use", m, V_CHECK, np.nan, allowed[missing], self.code[m], self.context(m),
                  missing=self.fields.use)
        rest = np.flatnonzero(~missing)
        # each distinct (zone, set of declared uses) pair is checked once, a set known by its id (held
        # by ``declared`` meanwhile): _cached makes the footprints of equal use values share one set
        # (several footprints of one parcel give a set of their own)
        declared = [uses[j] for j in rest.tolist()]
        codes, values = encode(declared)
        code = np.array(codes, dtype=np.int64)
        r = idx[rest]
        width = max(1, len(values))
        pairs, inverse = np.unique(self.zi[r].astype(np.int64) * width + code, return_inverse=True)
        verdict_of, shown_of = np.zeros(len(pairs), dtype=np.int8), []
        for k, pair in enumerate(pairs.tolist()):
            (permitted, forbidden), value = sets[pair // width], values[pair % width]
            bad = (value & forbidden) | (value - permitted if permitted else set())
            verdict_of[k] = V_FAIL if bad else V_OK
            shown_of.append(", ".join(sorted(bad or value)))
        self.emit(order, "use", r, verdict_of[inverse], np.nan, allowed[rest], self.code[r],
                  self.context(r, uses=objects(shown_of)[inverse]))

    def _maximum(self, order: int, rule_id: str, getter: Callable[[Zone], Any], values: np.ndarray,
                 tolerance: float, field_name: str) -> None:
        idx, allowed = self.select(getter)
        value = values[idx]
        missing = np.isnan(value)
        m = idx[missing]
        self.emit(order, rule_id, m, V_CHECK, np.nan, allowed[missing], self.code[m], self.context(m),
                  missing=field_name)
        r, limit = idx[~missing], allowed[~missing]
        verdict = self.compare("max", value[~missing], limit.astype(float), tolerance)
        self.emit(order, rule_id, r, verdict, value[~missing], limit, self.code[r], self.context(r))

    def max_levels(self, order: int) -> None:
        self._maximum(order, "max_levels", lambda z: z.max_levels, self.apps.levels, 0.0, self.fields.levels)

    def max_height(self, order: int) -> None:
        self._maximum(order, "max_height", lambda z: z.max_height_m, self.apps.height, self.tol.length_m,
                      self.fields.height)

    def coverage(self, order: int) -> None:
        idx, allowed = self.select(lambda z: z.max_coverage)
        acronym = self.per_zone(lambda z: z.ratio_acronyms.get("coverage", ""))[self.zi[idx]]
        no_fp = ~self.has_fp[idx]
        m = idx[no_fp]
        self.emit(order, "coverage", m, V_CHECK, np.nan, allowed[no_fp], self.code[m],
                  self.context(m, acronym=acronym[no_fp]), text=rules.NO_FOOTPRINT)
        r, limit = idx[~no_fp], allowed[~no_fp]
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio = self.fp_area[r] / self.parcel_area[r]
        verdict = self.compare("max", ratio, limit.astype(float), self.tol.ratio)
        self.emit(order, "coverage", r, verdict, ratio, limit, self.code[r],
                  self.context(r, acronym=acronym[~no_fp]))

    def floor_area_ratio(self, order: int) -> None:
        idx, allowed = self.select(lambda z: z.max_floor_area_ratio)
        acronym = self.per_zone(lambda z: z.ratio_acronyms.get("floor_area", ""))[self.zi[idx]]
        floor = self.apps.floor_declared[idx]
        declared = ~np.isnan(floor)
        floor = np.where(declared, floor, self.apps.floor_computed[idx])
        source = np.where(declared, tr("declared floor area"), tr("footprint area × levels")).astype(object)
        missing = np.isnan(floor)
        m = idx[missing]
        self.emit(order, "floor_area_ratio", m, V_CHECK, np.nan, allowed[missing], self.code[m],
                  self.context(m), missing=f"{self.fields.floor_area} / {self.fields.levels}")
        r, limit = idx[~missing], allowed[~missing]
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio = floor[~missing] / self.parcel_area[r]
        verdict = self.compare("max", ratio, limit.astype(float), self.tol.ratio)
        self.emit(order, "floor_area_ratio", r, verdict, ratio, limit, self.code[r],
                  self.context(r, acronym=acronym[~missing], source=source[~missing]))

    def min_lot_area(self, order: int) -> None:
        idx, allowed = self.select(lambda z: z.min_lot_area_m2)
        area = self.parcel_area[idx]
        verdict = self.compare("min", area, allowed.astype(float), self.tol.area_m2)
        limits = self.per_zone(lambda z: z.refer_older_lots_before)[self.zi[idx]]
        plain = (verdict == V_OK) | np.array([v is None for v in limits], dtype=bool)
        cases: dict[str, list[int]] = {"missing": [], "older": [], "fail": []}
        dates: list[tuple[str, str]] = []
        for j in np.flatnonzero(~plain):
            lot_date = _to_date(self.apps.lot_date[idx[j]])
            if lot_date is None:
                cases["missing"].append(j)
            elif lot_date < limits[j]:
                cases["older"].append(j)
                dates.append((lot_date.isoformat(), limits[j].isoformat()))
            else:
                cases["fail"].append(j)
        keep = np.flatnonzero(plain)
        for sel, outcome in ((keep, None), (np.array(cases["fail"], dtype=np.int64), V_FAIL)):
            r = idx[sel]
            self.emit(order, "min_lot_area", r, verdict[sel] if outcome is None else outcome, area[sel],
                      allowed[sel], self.code[r], self.context(r))
        sel = np.array(cases["missing"], dtype=np.int64)
        r = idx[sel]
        self.emit(order, "min_lot_area", r, V_CHECK, area[sel], allowed[sel], self.code[r], self.context(r),
                  missing=self.fields.lot_date)
        sel = np.array(cases["older"], dtype=np.int64)
        r = idx[sel]
        self.emit(order, "min_lot_area", r, V_CHECK, area[sel], allowed[sel], self.code[r],
                  self.context(r, lot_date=objects([d for d, _ in dates]),
                               limit=objects([x for _, x in dates])),
                  text=rules.OLDER_LOT)

    def min_frontage(self, order: int) -> None:
        idx, allowed = self.select(lambda z: z.min_frontage_m)
        if not self.sides.known:
            self.emit(order, "min_frontage", idx, V_CHECK, np.nan, allowed, self.code[idx], self.context(idx),
                      text=rules.NO_ROAD_LAYER)
            return
        value = self.sides.frontage[idx]
        verdict = self.compare("min", value, allowed.astype(float), self.tol.length_m)
        self.emit(order, "min_frontage", idx, verdict, value, allowed, self.code[idx], self.context(idx))

    def setback(self, order: int, name: str, check: _SetbackCheck, minimum_only: _SetbackCheck | None,
                road_width_unknown: np.ndarray | None) -> None:
        """``minimum_only``: the side and rear check when the height is unknown; ``road_width_unknown``:
        for road setbacks."""
        rule_id = f"{name}_setback"
        idx, setback = self.select(lambda z: _zone_setback(z, name))
        if not len(idx):
            return
        min_m = np.array([s.min_m for s in setback], dtype=float)
        factor = np.array([s.height_factor for s in setback], dtype=float)
        required = _required_distance(min_m, factor, self.apps.height[idx])
        if name == "road":
            by_width = check.required[idx]
            required = np.where(np.isnan(by_width), required, by_width)
        shown = np.where(np.isnan(required), min_m, required)
        rows = None
        if name == "side":
            note = tr(rules.CONTINUOUS_ROWS_NOTE)
            rows = objects([note if s.continuous_rows else "" for s in setback])
        left = np.ones(len(idx), dtype=bool)

        def take(mask: np.ndarray) -> np.ndarray:
            """Positions (in idx) matching ``mask`` among those no earlier case took."""
            nonlocal left
            sel = np.flatnonzero(left & mask)
            left &= ~mask
            return sel

        def out(sel: np.ndarray, verdict: Any, measured: Any, allowed: np.ndarray, **kw: Any) -> np.ndarray:
            apps = idx[sel]
            more = {} if rows is None else {"rows": rows[sel]}
            if "other" in kw:
                more["other"] = kw.pop("other")
            return self.emit(order, rule_id, apps, verdict, measured, allowed[sel], self.code[apps],
                             self.context(apps, **more), **kw)

        def parts(sel: np.ndarray, before: np.ndarray) -> None:
            bad = idx[sel][before == V_FAIL]
            self.add_parts(order, rule_id, bad, check.offending, self.code[bad])

        none = np.zeros(len(idx), dtype=bool)
        cannot = ((~none if not self.sides.known else none, rules.NO_ROAD_LAYER),
                  (~self.has_fp[idx], rules.NO_FOOTPRINT),
                  (~self.sides.has_road[idx] if name != "side" else none, rules.NO_ROAD_SIDE))
        for mask, text in cannot:
            out(take(mask), V_CHECK, np.nan, shown, text=text)
        other = tr("side") if name == "rear" else tr("rear")
        out(take(~check.present[idx]), V_OK, np.nan, shown, other=other, text=rules.NO_LIMIT)
        # height unknown (the required distance depends on it): below the fixed minimum fails for sure
        sel = take(np.isnan(required))
        if len(sel):  # never for road setbacks (their minimum does not depend on the height)
            low = minimum_only
            failing, measured = low.failing[idx[sel]], low.measured[idx[sel]]
            parts(sel[failing], out(sel[failing], V_FAIL, measured[failing], min_m))
            out(sel[~failing], V_CHECK, measured[~failing], min_m, missing=self.fields.height)
        failing, measured = check.failing[idx], check.measured[idx]
        if name == "road":
            sel = take(failing & road_width_unknown[idx])
            out(sel, V_CHECK, measured[sel], required, missing=self.fields.road_width)
        sel = take(~none)
        parts(sel, out(sel, np.where(failing[sel], V_FAIL, V_OK), measured[sel], required))

    # ---- rules outside zones

    def within_parcel(self, outside: np.ndarray, parts: np.ndarray) -> None:
        idx = np.flatnonzero(self.has_parcel & self.has_fp)
        area = outside[idx]
        verdict = self.compare("max", area, np.zeros(len(idx)), self.tol.area_m2)
        self.emit(ORDER_WITHIN, "within_parcel", idx, verdict, area, 0.0, "",
                  {"parcel": self.parcel_ids[idx]}, zone_rule=False)
        bad = idx[verdict == V_FAIL]
        self.add_parts(ORDER_WITHIN, "within_parcel", bad, parts, "")

    def servitude(self, order: int, sid: str, servitude: Servitude, m: _ServitudeMeasure | None) -> None:
        rule_id = servitude.rule
        idx = np.flatnonzero(self.has_fp)
        extra = {"servitude": servitude.label}
        value = servitude.value

        def emit(sel, verdict, measured, allowed, **kw) -> np.ndarray:
            return self.emit(order, rule_id, idx[sel], verdict, measured, allowed, sid, extra,
                             zone_rule=False, **kw)

        everything = np.arange(len(idx))
        if m is None:  # declared by the regulation, no layer given: never a silent "conforme"
            emit(everything, V_CHECK, np.nan, value, text=rules.NO_SERVITUDE_LAYER)
            return
        if m.empty:
            emit(everything, V_OK, np.nan, value, text=rules.NO_SERVITUDE_FEATURE)
            return
        if rule_id == "min_distance":
            distance = m.distance[idx]
            verdict = self.compare("min", distance, np.full(len(idx), float(value)), self.tol.length_m)
            emit(everything, verdict, distance, value)
        elif rule_id == "max_height_inside":
            inside = m.inside[idx]
            emit(np.flatnonzero(~inside), V_OK, np.nan, value, text=rules.OUTSIDE_SERVITUDE)
            height = self.apps.height[idx]
            unknown = inside & np.isnan(height)
            emit(np.flatnonzero(unknown), V_CHECK, np.nan, value, missing=self.fields.height)
            known = np.flatnonzero(inside & ~unknown)
            verdict = self.compare("max", height[known], np.full(len(known), float(value)), self.tol.length_m)
            emit(known, verdict, height[known], value)
            self.add_parts(order, rule_id, idx[known][verdict == V_FAIL], m.parts, sid)
            return
        else:
            allowed = value if RULE_TYPES[rule_id].parameters else 0.0
            area = m.overlap[idx]
            verdict = self.compare("max", area, np.full(len(idx), float(allowed)), self.tol.area_m2)
            emit(everything, verdict, area, allowed)
        self.add_parts(order, rule_id, idx[verdict == V_FAIL], m.parts, sid)

    # ---- results

    def result(self, result: ConformityResult) -> None:
        apps = self.apps
        fails, checks = self.rows.counts(NON_CONFORME, len(apps)), self.rows.counts(A_VERIFIER, len(apps))
        table = self.rows.table(apps.ids, ORDER_SERVITUDES + len(self.reg.servitudes) + 1)
        verdicts = np.where(fails > 0, NON_CONFORME, np.where(checks > 0, A_VERIFIER, CONFORME)).tolist()
        result.applications.extend(
            ApplicationResult(app_id, parcel_id, list(zones), verdict, fail, check, footprint_ids, geometry)
            for app_id, parcel_id, zones, verdict, fail, check, footprint_ids, geometry in zip(
                apps.ids, apps.parcel_id, self.zones, verdicts, fails.tolist(), checks.tolist(),
                apps.footprint_ids, apps.footprint))
        result.findings = table
        result.feature_applications = apps.groups
        self.offending.sort(key=lambda item: (item[0], item[1]))
        result.offending = [part for _, _, part in self.offending]


def _outside_parcel(apps: _Applications) -> tuple[np.ndarray, np.ndarray]:
    """Area and geometry of each footprint's part outside its parcel (most lie inside: tested first)."""
    n = len(apps)
    parts = np.full(n, None, dtype=object)
    both = np.flatnonzero(~shapely.is_missing(apps.footprint) & ~shapely.is_missing(apps.parcel))
    outside = np.full(n, np.nan)
    outside[both] = 0.0
    shapely.prepare(apps.parcel[both])  # prepared "covers" is an order of magnitude faster here
    inside = shapely.covers(apps.parcel[both], apps.footprint[both])
    cut = both[~inside]
    if len(cut):
        parts[cut] = shapely.difference(apps.footprint[cut], apps.parcel[cut])
        outside[cut] = shapely.area(parts[cut])
    return outside, parts


class _Stages:
    """Results a worker hands over one by one, by name, as soon as each is ready (a Future each):
    the waiting thread uses the first ones while the worker computes the next. A failure fails
    every one not handed over yet, so that nobody waits forever."""

    def __init__(self, *names: str) -> None:
        self.futures = {name: Future() for name in names}

    def give(self, name: str, value: Any) -> None:
        self.futures[name].set_result(value)

    def fail(self, error: BaseException) -> None:
        for future in self.futures.values():
            if not future.done():
                future.set_exception(error)

    def get(self, name: str) -> Any:
        return self.futures[name].result()


PARCEL_STAGES = ("sides", "outside", "road", "side", "rear")


def _parcel_geometry(regulation: Regulation, apps: _Applications, road_geoms: np.ndarray | None,
                     widths: np.ndarray, zi: np.ndarray | Future, stages: _Stages) -> None:
    """Parcel sides, off-parcel parts and setback measures (run in a worker thread), handed over
    in ``stages`` (PARCEL_STAGES, in that order); ``zi``, the main zones, may come later (a
    Future): the parcel sides are classified meanwhile."""
    try:
        sides = _classify_sides(apps, road_geoms, widths, regulation.tolerances.road_distance_m)
        stages.give("sides", sides)
        # wait for the zones before _outside_parcel: it prepares the parcels, which the main
        # thread's zone shares query until then, and a GEOS prepared geometry is not safe to share
        zi = zi.result() if isinstance(zi, Future) else zi
        outside, outside_parts = _outside_parcel(apps)
        stages.give("outside", (outside, outside_parts))
        for name, measures in _setback_checks(regulation, apps, sides, zi, outside):
            stages.give(name, measures)
    except BaseException as error:
        stages.fail(error)
        raise


def _setback_checks(regulation: Regulation, apps: _Applications, sides: _Sides, zi: np.ndarray,
                    outside: np.ndarray) -> Iterator[tuple[str, tuple]]:
    """Setback measures per application, kind by kind (road, side, rear): required distances (by
    height, by road width) checked on every boundary segment. Each kind gives the check, the
    fixed-minimum check used when the height is unknown (side and rear) and where the road's
    width is unknown (road)."""
    n, tol = len(apps), regulation.tolerances
    zone_list = list(regulation.zones.values())
    required, unknown = _road_requirements(zone_list, zi, sides, n)
    road = _check_setback(sides, ROAD, required, np.zeros(n, dtype=bool), tol.length_m, apps, outside)
    yield "road", (road, None, unknown)
    height = apps.height
    for name in ("side", "rear"):
        setbacks = [_zone_setback(z, name) for z in zone_list] + [None]
        has = np.array([s is not None for s in setbacks], dtype=bool)[zi]
        min_m = np.array([s.min_m if s else np.nan for s in setbacks])[zi]
        factor = np.array([s.height_factor if s else 0.0 for s in setbacks])[zi]
        continuous = np.array([bool(s and s.continuous_rows) for s in setbacks], dtype=bool)[zi]
        required = _required_distance(min_m, factor, height)
        required[~has] = np.nan
        minimum = np.where(has & np.isnan(required), min_m, np.nan)
        check = _check_setback(sides, _SETBACK_KINDS[name], required[sides.owner], continuous,
                               tol.length_m, apps, outside)
        minimum_only = _check_setback(sides, _SETBACK_KINDS[name], minimum[sides.owner], continuous,
                                      tol.length_m, apps, outside)
        yield name, (check, minimum_only, None)


def _road_requirements(zone_list: list[Zone], zi: np.ndarray, sides: _Sides, n: int) -> tuple:
    """Required road setback per road-side segment (it may depend on the road's width)."""
    required = np.full(len(sides.owner), np.nan)
    unknown = np.zeros(n, dtype=bool)
    road = sides.kind == ROAD
    segment_zone = np.where(road, zi[sides.owner], -1)
    for k, zone in enumerate(zone_list):
        sel = np.flatnonzero(segment_zone == k)
        if not len(sel) or zone.road_setback_m is None:
            continue
        if not zone.road_setback_by_width:
            required[sel] = zone.road_setback_m
            continue
        width = sides.road_width[sel]
        value = np.full(len(sel), zone.road_setback_m)
        for from_width, setback in zone.road_setback_by_width:
            value = np.where(width >= from_width, setback, value)
        blank = np.isnan(width)
        value[blank] = max(zone.road_setback_m, *(s for _, s in zone.road_setback_by_width))
        required[sel] = value
        unknown[sides.owner[sel[blank]]] = True
    return required, unknown


# --------------------------------------------------------------------------- entry point


def _road_widths(roads: FeatureSet | None, fields: FieldMap) -> np.ndarray:
    if roads is None:
        return np.zeros(0)
    return _numbers(roads.column(fields.road_width), _to_float)


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
            measures[sid] = (servitude, None)  # every application gets an "à vérifier" finding
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
    on_findings: Callable[[dict], None] | None = None,
    keep_findings: bool = True,
) -> ConformityResult:
    """Check every application (footprints grouped by parcel) against the regulation.

    ``on_findings(columns)``, when given, receives the findings block by block while the check
    runs (rule by rule, not ordered by application; columns as ``FindingTable.columns()``, with
    the application ids as text and the messages as ``Messages``: see ``findings.RowBuilder``), so
    that a writer can store them meanwhile; the result holds them all, ordered, as well, unless
    ``keep_findings`` is False (then ``result.findings`` is empty: the rows went to ``on_findings``
    only; the applications' verdicts and counts are the same).
    """
    with rules.translation_cache(), paused_gc():
        return _check(regulation, parcels, footprints, zoning, roads, servitudes, fields,
                      Progress(progress, is_canceled, _canceled), on_findings, keep_findings)


def _own_arrays(apps: _Applications) -> _Applications:
    """``apps`` with geometry arrays of its own, for a worker thread: shapely marks an object array
    read-only while one of its functions runs (and restores the flag after), so threads sharing
    one array could see it read-only, or leave it so, in the middle of another's call."""
    return dataclasses.replace(apps, footprint=apps.footprint.copy(), parcel=apps.parcel.copy())


# The rules measured on the footprint's or the parcel's shape: on a repaired geometry (a
# self-intersecting ring, a bow tie), their measures are indicative only. The floor-area ratio is
# counted as shaped by the footprint even when the floor area is declared (the safe side).
_SERVITUDE_RULES = ("no_overlap", "max_overlap_area", "min_distance", "max_height_inside")
SHAPE_RULES: dict[str, tuple[str, ...]] = {
    "coverage": ("footprint", "parcel"), "floor_area_ratio": ("footprint", "parcel"),
    "min_lot_area": ("parcel",), "min_frontage": ("parcel",),
    "road_setback": ("footprint", "parcel"), "side_setback": ("footprint", "parcel"),
    "rear_setback": ("footprint", "parcel"), "within_parcel": ("footprint", "parcel"),
    **{rule: ("footprint",) for rule in _SERVITUDE_RULES},
}


def _repaired(apps: _Applications, fp: CleanGeometries, pc: CleanGeometries) -> dict[str, np.ndarray]:
    """Per application: whether one of its footprints, and whether its parcel, had to be repaired."""
    footprint = np.zeros(len(apps), dtype=bool)
    footprint[[int(apps.groups[i]) for i, _ in fp.invalid]] = True
    parcel = np.isin(apps.parcel_index, [i for i, _ in pc.invalid]) & (apps.parcel_index >= 0)
    return {"footprint": footprint, "parcel": parcel}


def _listing(names: list, shown: int = 20) -> str:
    """``names`` joined by commas, the first ``shown`` only: a log line stays readable."""
    text = ", ".join(map(str, names[:shown]))
    return text if len(names) <= shown else tr("{names} and {count} more").format(names=text,
                                                                                  count=len(names) - shown)


def _multipart_parcels(apps: _Applications, parcel_geoms: np.ndarray, parcels: FeatureSet) -> list[str]:
    """A warning naming the applications' parcels made of several parts: each is measured as one
    lot (area, frontage, setbacks span its parts), which a planner must confirm."""
    used = np.unique(apps.parcel_index[apps.parcel_index >= 0])
    several = used[shapely.get_num_geometries(parcel_geoms[used]) > 1]
    if not len(several):
        return []
    names = [parcels.ids[k] for k in several.tolist()]
    return [tr("{count} parcels are made of several parts, each checked as one lot: {parcels}.").format(
        count=len(names), parcels=_listing(names))]


def _canceled() -> ConformityCanceled:
    return ConformityCanceled(tr("Conformity check canceled."))


def _check(regulation: Regulation, parcels: FeatureSet, footprints: FeatureSet, zoning: FeatureSet,
           roads: FeatureSet | None, servitudes: dict[str, FeatureSet], fields: FieldMap,
           steps: Progress, on_findings: Callable[[dict], None] | None = None,
           keep_findings: bool = True) -> ConformityResult:
    result = ConformityResult()
    steps.step(0.0)
    if not len(footprints):
        steps.step(1.0)
        return result
    fp = clean_geometries(footprints.geometries)
    pc = clean_geometries(parcels.geometries)
    apps = _build_applications(parcels, footprints, fields, fp, pc)
    result.warnings.extend(_multipart_parcels(apps, pc.geometries, parcels))
    steps.step(0.2)
    # The servitudes, then the geometry of parcel sides and setbacks, are measured in two worker
    # threads (GEOS runs without Python's GIL) while this thread computes the zone shares and
    # writes the findings of the rules that need no geometry; ``on_findings`` (a writer) takes
    # each block of findings as it comes.
    servitude_warnings: list[str] = []
    with ThreadPoolExecutor(max_workers=2) as pool:
        servitude_job = pool.submit(_measure_servitudes, regulation, _own_arrays(apps), servitudes,
                                    servitude_warnings)
        zone_geoms = _clean_layer(zoning, tr("zoning"), result.warnings)
        road_geoms = None if roads is None else _clean_layer(roads, tr("roads"), result.warnings)
        # the parcel sides are classified while this thread computes the main zones, which the
        # setback checks then need
        main_zones: Future = Future()
        stages = _Stages(*PARCEL_STAGES)
        geometry_job = pool.submit(_parcel_geometry, regulation, _own_arrays(apps), road_geoms,
                                   _road_widths(roads, fields), main_zones, stages)
        try:
            fp_area, parcel_area = shapely.area(apps.footprint), shapely.area(apps.parcel)
            zones = _zone_shares(apps, parcel_area, zoning, zone_geoms, fields, regulation.tolerances.area_m2)
            steps.step(0.4)
            zi = _main_zones(regulation, zones)
        except BaseException as error:  # the worker waits for the zones: it must stop too
            main_zones.set_exception(error)
            raise
        main_zones.set_result(zi)
        ev = _Rules(regulation, fields, apps, zones, zi, fp_area, parcel_area, on_findings, keep_findings)
        ev.repaired = _repaired(apps, fp, pc)
        ev.notes()
        ev.zoning()
        orders = {rule_id: order for order, rule_id in enumerate(ZONE_RULES, start=2)}
        for rule_id in ZONE_RULES:
            if rule_id not in GEOMETRY_RULES:
                getattr(ev, rule_id)(orders[rule_id])
                steps.step(0.4 + 0.3 * orders[rule_id] / len(ZONE_RULES))
        # the rules of the geometry workers in a fixed order (the same run gives the same table),
        # each as soon as its measures are ready, so that the writer gets their rows sooner: the
        # parcel sides and off-parcel parts come early, the servitudes next, the setbacks last
        ev.sides = stages.get("sides")
        ev.min_frontage(orders["min_frontage"])
        ev.within_parcel(*stages.get("outside"))
        measures = servitude_job.result()
        for order, (sid, (servitude, measure)) in enumerate(measures.items(), start=ORDER_SERVITUDES):
            ev.servitude(order, sid, servitude, measure)
        steps.step(0.8)
        for name in ("road", "side", "rear"):
            ev.setback(orders[f"{name}_setback"], name, *stages.get(name))
        geometry_job.result()
        steps.step(0.95)
    result.warnings.extend(servitude_warnings)
    result.warnings.extend(ev.warnings)
    ev.result(result)
    steps.step(1.0)
    return result
