"""What a *note de renseignements urbanistiques* says about a parcel (plain Python, no QGIS).

For each parcel: the zones of the plan covering it with their share of its area, the rules of
each zone read from the regulation through the :data:`rules.RULE_TYPES` declarations (so a rule
type is named and worded in one place), and the servitudes affecting it:

* a servitude with an area rule (``no_overlap``, ``max_overlap_area``, ``max_height_inside``)
  affects the parcel when its features overlap the parcel by more than the area tolerance (or,
  for line / point features, touch it);
* a ``min_distance`` servitude affects the parcel when a feature lies within the required
  distance of it (the building-free band reaches the parcel).

The computation keeps values, not sentences: :func:`rule_text` and :func:`servitude_text` word
them when the note is rendered, so that the same note can be written in French and in Arabic.
Names keep the regulation's labels by language (``labels``) and ``label_text()`` picks the one of
the note's language; units are written as that language writes them (م, م² in Arabic).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

import numpy as np
import shapely

from .conformity import FeatureSet, feature_key
from .geometry import clean_geometries
from .i18n import CONTEXT, date_text, joined, localized, number, percent, short_number, tr, unit
from .regulation import Regulation, ServitudeLabels, Setback, Zone
from .rules import QT_TRANSLATE_NOOP, RULE_TYPES

_N = QT_TRANSLATE_NOOP

AT_MOST = _N(CONTEXT, "at most {value}")
AT_LEAST = _N(CONTEXT, "at least {value}")
ALLOWED_USES = _N(CONTEXT, "allowed: {uses}")
FORBIDDEN_USES = _N(CONTEXT, "forbidden: {uses}")
LEVELS_RN = _N(CONTEXT, "at most {value} levels (R+{floors})")
SETBACK_FACTOR = _N(CONTEXT, "at least the larger of {min} and {factor} × the building height")
CONTINUOUS_ROWS = _N(CONTEXT, "0 m where building in continuous rows, otherwise {value}")
OLDER_LOTS = _N(CONTEXT, "; lots created before {date} are referred to the commission")
RATIO_WITH_ACRONYM = _N(CONTEXT, "at most {value} ({acronym})")
SERVITUDE_OVERLAP = _N(CONTEXT, "covers {area} ({share} of the parcel)")
SERVITUDE_NEAR = _N(CONTEXT, "{distance} from the parcel, within the {required} band")
NO_BUILDING = _N(CONTEXT, "building forbidden inside")
MAX_AREA_INSIDE = _N(CONTEXT, "at most {value} of footprint inside")
MIN_DISTANCE = _N(CONTEXT, "no building within {value}")
MAX_HEIGHT_INSIDE = _N(CONTEXT, "height at most {value} inside")


@dataclass
class ZoneShare:
    """A zone covering part of the parcel; ``label`` is empty when the regulation lacks the zone."""

    code: str
    label: str
    share: float
    area_m2: float
    declared: bool = True
    labels: dict[str, str] = field(default_factory=dict)

    def label_text(self) -> str:
        """The zone's label in the note's language (else its plain label)."""
        return localized(self.labels, self.label)


@dataclass
class RuleLine:
    """One rule of a zone: the rule type id, its allowed value(s) as the regulation gives them."""

    rule: str
    zone: str
    value: Any
    acronym: str = ""
    extra: Any = None
    use_labels: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return RULE_TYPES[self.rule].label


@dataclass
class ServitudeHit(ServitudeLabels):
    """A servitude affecting the parcel, with how much of it (area inside, or distance)."""

    id: str
    label: str
    rule: str
    value: float | None
    legal_basis: str
    overlap_m2: float = 0.0
    share: float = 0.0
    distance_m: float | None = None
    labels: dict[str, str] = field(default_factory=dict)
    legal_basis_labels: dict[str, str] = field(default_factory=dict)


@dataclass
class ParcelNote:
    """Everything a note de renseignements states about one parcel (area in m², plan CRS)."""

    parcel_id: Any
    area_m2: float
    zones: list[ZoneShare] = field(default_factory=list)
    rules: dict[str, list[RuleLine]] = field(default_factory=dict)
    servitudes: list[ServitudeHit] = field(default_factory=list)
    straddling: bool = False
    geometry: Any = None


class NoteCanceled(Exception):  # noqa: N818 - mirrors ConformityCanceled
    """The caller's ``is_canceled()`` returned True."""


# --------------------------------------------------------------------------- rules of a zone


_ZONE_VALUES: dict[str, Callable[[Zone], Any]] = {
    "use": lambda z: (z.allowed_uses, z.forbidden_uses) if (z.allowed_uses or z.forbidden_uses) else None,
    "max_levels": lambda z: z.max_levels,
    "max_height": lambda z: z.max_height_m,
    "coverage": lambda z: z.max_coverage,
    "floor_area_ratio": lambda z: z.max_floor_area_ratio,
    "min_lot_area": lambda z: z.min_lot_area_m2,
    "min_frontage": lambda z: z.min_frontage_m,
    "road_setback": lambda z: z.road_setback_m,
    "side_setback": lambda z: z.side_setback,
    "rear_setback": lambda z: z.rear_setback,
}
_RATIO_MEASURE = {"coverage": "coverage", "floor_area_ratio": "floor_area"}


def zone_rules(zone: Zone, use_labels: dict[str, dict[str, str]] | None = None) -> list[RuleLine]:
    """The rules a zone sets, in the order of the RULE_TYPES declarations (zone rules only);
    ``use_labels`` (the regulation's) names the uses in each language."""
    lines = []
    for rule in RULE_TYPES.values():
        getter = _ZONE_VALUES.get(rule.id)
        if not rule.zone_rule or getter is None:
            continue
        value = getter(zone)
        if value is None:
            continue
        acronym = zone.ratio_acronyms.get(_RATIO_MEASURE.get(rule.id, ""), "")
        extra = zone.refer_older_lots_before if rule.id == "min_lot_area" else None
        names = {u: use_labels[u] for u in value[0] + value[1] if u in use_labels} \
            if rule.id == "use" and use_labels else {}
        lines.append(RuleLine(rule.id, zone.code, value, acronym, extra, names))
    return lines


def rule_text(line: RuleLine) -> str:
    """The allowed value of a rule, worded in the current language (call under ``use_language``)."""
    rule = RULE_TYPES[line.rule]
    value = line.value
    if line.rule == "use":
        allowed, forbidden = ([localized(line.use_labels.get(u), u) for u in uses] for uses in value)
        parts = []
        if allowed:
            parts.append(tr(ALLOWED_USES).format(uses=joined(allowed)))
        if forbidden:
            parts.append(tr(FORBIDDEN_USES).format(uses=joined(forbidden)))
        return joined(parts, ";")
    if line.rule == "max_levels":
        return tr(LEVELS_RN).format(value=int(value), floors=int(value) - 1)
    if isinstance(value, Setback):
        return _setback_text(rule, value)
    text = rule.format_value(value)
    if line.acronym:
        return tr(RATIO_WITH_ACRONYM).format(value=text, acronym=line.acronym)
    wording = tr(AT_MOST if rule.kind == "max" else AT_LEAST).format(value=text)
    if line.extra is not None:
        wording += tr(OLDER_LOTS).format(date=date_text(line.extra))
    return wording


def _setback_text(rule: Any, setback: Setback) -> str:
    minimum = rule.format_value(setback.min_m)
    if setback.height_factor:
        text = tr(SETBACK_FACTOR).format(min=minimum, factor=short_number(setback.height_factor))
    else:
        text = tr(AT_LEAST).format(value=minimum)
    if setback.continuous_rows:
        return tr(CONTINUOUS_ROWS).format(value=text)
    return text


def servitude_rule_text(hit: ServitudeHit) -> str:
    """What the servitude imposes, worded in the current language."""
    rule = RULE_TYPES[hit.rule]
    value = rule.format_value(hit.value)
    template = {"no_overlap": NO_BUILDING, "max_overlap_area": MAX_AREA_INSIDE,
                "min_distance": MIN_DISTANCE, "max_height_inside": MAX_HEIGHT_INSIDE}.get(hit.rule)
    return tr(template).format(value=value) if template else rule.label


def servitude_text(hit: ServitudeHit) -> str:
    """How the servitude meets the parcel (area and share inside, or distance)."""
    if hit.distance_m is not None and hit.overlap_m2 <= 0:
        return tr(SERVITUDE_NEAR).format(distance=f"{number(hit.distance_m, 1)} {unit('m')}",
                                         required=f"{short_number(hit.value or 0)} {unit('m')}")
    return tr(SERVITUDE_OVERLAP).format(area=f"{number(hit.overlap_m2, 1)} {unit('m²')}",
                                        share=percent(hit.share))


# --------------------------------------------------------------------------- computation




def _zone_shares(regulation: Regulation, parcels: np.ndarray, areas: np.ndarray, zoning: FeatureSet,
                 zone_field: str) -> list[list[ZoneShare]]:
    zones = clean_geometries(zoning.geometries).geometries
    codes = [feature_key(c) for c in zoning.column(zone_field)]
    found: list[dict[str, float]] = [{} for _ in range(len(parcels))]
    present = ~shapely.is_missing(parcels)
    if present.any() and len(zones):
        index = np.flatnonzero(present)
        pi, zi = shapely.STRtree(zones).query(parcels[index], predicate="intersects")
        pi = index[pi]
        overlap = shapely.area(shapely.intersection(parcels[pi], zones[zi]))
        for p, z, area in zip(pi, zi, overlap):
            if codes[z] is not None and area > regulation.tolerances.area_m2:
                found[p][codes[z]] = found[p].get(codes[z], 0.0) + float(area)
    result = []
    for p, by_code in enumerate(found):
        shares = []
        for code, area in by_code.items():
            zone = regulation.zones.get(code)
            share = area / areas[p] if areas[p] > 0 else 0.0
            shares.append(ZoneShare(code, zone.label if zone else "", share, area, zone is not None,
                                    dict(zone.labels) if zone else {}))
        result.append(sorted(shares, key=lambda s: -s.share))
    return result


def _servitude_hits(regulation: Regulation, parcels: np.ndarray, areas: np.ndarray,
                    servitudes: dict[str, FeatureSet]) -> list[list[ServitudeHit]]:
    hits: list[list[ServitudeHit]] = [[] for _ in range(len(parcels))]
    present = np.flatnonzero(~shapely.is_missing(parcels))
    tolerance = regulation.tolerances.area_m2
    for sid, servitude in regulation.servitudes.items():
        layer = servitudes.get(sid)
        if layer is None or not len(layer) or not len(present):
            continue
        geometries = clean_geometries(layer.geometries, polygonal=False).geometries
        geometries = geometries[~shapely.is_missing(geometries)]
        if not len(geometries):
            continue
        merged = shapely.union_all(geometries)
        near = servitude.rule == "min_distance"
        reach = float(servitude.value or 0.0) if near else 0.0
        pi, _ = shapely.STRtree(geometries).query(parcels[present], predicate="dwithin", distance=reach) \
            if reach > 0 else shapely.STRtree(geometries).query(parcels[present], predicate="intersects")
        for p in present[np.unique(pi)]:
            inside = shapely.intersection(parcels[p], merged)
            area = float(shapely.area(inside))
            polygonal = shapely.get_type_id(merged) in (3, 6)
            if not near and polygonal and area <= tolerance:
                continue
            distance = float(shapely.distance(parcels[p], merged)) if near else None
            share = area / areas[p] if areas[p] > 0 else 0.0
            hits[p].append(ServitudeHit(sid, servitude.label, servitude.rule, servitude.value,
                                        servitude.legal_basis, area, share, distance,
                                        dict(servitude.labels), dict(servitude.legal_basis_labels)))
    return hits


def compute_parcel_notes(
    regulation: Regulation,
    parcels: FeatureSet,
    zoning: FeatureSet,
    servitudes: dict[str, FeatureSet] | None = None,
    zone_field: str = "zone",
    is_canceled: Callable[[], bool] | None = None,
) -> list[ParcelNote]:
    """One :class:`ParcelNote` per parcel (``parcels.ids`` are the parcel ids), in input order.

    Geometries must be shapely polygons in the plan's projected CRS; invalid ones are repaired.
    """
    clean = clean_geometries(parcels.geometries)
    geometries = clean.geometries
    areas = np.nan_to_num(shapely.area(geometries).astype(float))
    if is_canceled is not None and is_canceled():
        raise NoteCanceled(tr("Parcel note canceled."))
    shares = _zone_shares(regulation, geometries, areas, zoning, zone_field)
    hits = _servitude_hits(regulation, geometries, areas, servitudes or {})
    notes = []
    share_tolerance = regulation.tolerances.zone_share
    for index, parcel_id in enumerate(parcels.ids):
        zones = shares[index]
        rules = {z.code: zone_rules(regulation.zones[z.code], regulation.use_labels)
                 for z in zones if z.declared}
        straddling = bool(zones) and zones[0].share < 1.0 - share_tolerance
        notes.append(ParcelNote(parcel_id, float(areas[index]), zones, rules, hits[index], straddling,
                                geometries[index]))
    return notes
