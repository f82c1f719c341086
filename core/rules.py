"""The rule types: each one declared once, used by the engine, the loader and the reports.

A :class:`RuleType` says what a rule measures, in which unit, which regulation keys give its
allowed value, and how its messages read. The engine (``conformity.py``) computes the measured
value and the verdict; reports call ``RULE_TYPES[rule_id].label``, ``.format_value()`` and
``.message()`` so the wording exists in one place only.

Labels and templates are English source strings marked with ``QT_TRANSLATE_NOOP`` (so
``pylupdate`` collects them) and translated with :func:`tr` when read, not at import time.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from .i18n import CONTEXT, language, number, unit
from .i18n import tr as _tr_uncached

CONFORME = "conforme"
NON_CONFORME = "non_conforme"
A_VERIFIER = "a_verifier"
VERDICTS = (CONFORME, NON_CONFORME, A_VERIFIER)


_CACHE: dict[str, str] | None = None


def tr(text: str) -> str:
    """Translate ``text``; inside :func:`translation_cache` each text is translated once only
    (the cache holds the interface's language: a report written meanwhile in another thread under
    ``use_language`` does not use it)."""
    if _CACHE is None or language():
        return _tr_uncached(text)
    found = _CACHE.get(text)
    if found is None:
        found = _CACHE[text] = _tr_uncached(text)
    return found


@contextmanager
def translation_cache() -> Iterator[None]:
    """Cache translations during one engine run (the same templates serve every application)."""
    global _CACHE
    previous, _CACHE = _CACHE, {}
    try:
        yield
    finally:
        _CACHE = previous


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation without translating it (Qt's convention)."""
    del context
    return text


_VERDICT_LABELS = {
    CONFORME: QT_TRANSLATE_NOOP(CONTEXT, "Compliant"),
    NON_CONFORME: QT_TRANSLATE_NOOP(CONTEXT, "Not compliant"),
    A_VERIFIER: QT_TRANSLATE_NOOP(CONTEXT, "To be checked"),
}


def verdict_label(verdict: str) -> str:
    """Translated label of a verdict code (``conforme``, ``non_conforme``, ``a_verifier``)."""
    return tr(_VERDICT_LABELS[verdict])


def worst_verdict(verdicts: Any) -> str:
    """Any non_conforme wins, then any a_verifier, else conforme (also for no verdict at all)."""
    found = set(verdicts)
    if NON_CONFORME in found:
        return NON_CONFORME
    if A_VERIFIER in found:
        return A_VERIFIER
    return CONFORME


@dataclass(frozen=True)
class RuleType:
    """Declaration of one rule type.

    ``kind`` is how measured and allowed compare: ``max`` (measured <= allowed), ``min``
    (measured >= allowed), ``set`` (membership, uses) or ``check`` (a fact, no comparison).
    ``tolerance`` names the regulation tolerance applied (``length_m``, ``area_m2``,
    ``ratio`` or ``""``). ``parameters`` are the regulation keys holding the allowed value.
    """

    id: str
    label_source: str
    unit: str
    kind: str
    tolerance: str
    parameters: tuple[str, ...]
    measure_source: str
    pass_source: str
    fail_source: str
    decimals: int = 2
    zone_rule: bool = True

    @property
    def label(self) -> str:
        return tr(self.label_source)

    @property
    def measure(self) -> str:
        """How the value is measured, for reports and documentation."""
        return tr(self.measure_source)

    def format_value(self, value: Any) -> str:
        """Number with this rule's decimals and unit (as the document's language writes it: م in
        Arabic); text as is; '—' for missing."""
        if value is None:
            return "—"
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            text = number(value, self.decimals) if self.decimals else f"{round(value):d}"
            return f"{text} {unit(self.unit)}".rstrip()
        return str(value)

    def message(self, verdict: str, measured: Any, allowed: Any, **extra: Any) -> str:
        """The finding's sentence for a conforme / non_conforme verdict (``extra`` fills the template)."""
        template = tr(self.pass_source if verdict == CONFORME else self.fail_source)
        extra.setdefault("label", self.label)
        return template.format(

            measured=self.format_value(measured),
            allowed=self.format_value(allowed),
            **extra,
        )


_N = QT_TRANSLATE_NOOP

# Messages shared by every rule type (a_verifier reasons, notes appended to a message).
MISSING_FIELD = _N(CONTEXT, "{label}: cannot be checked, the field '{field}' is empty or missing.")
STRADDLING_NOTE = _N(
    CONTEXT,
    " The parcel straddles zones {zones}: evaluated against zone {zone}; the planner must check.",
)
NO_ZONE = _N(CONTEXT, "The parcel is not covered by any zone of the plan.")
NO_ROAD_SIDE = _N(CONTEXT, "{label}: no parcel boundary lies along a road; cannot be measured.")




_DECLARATIONS = (
    RuleType(
        "zoning", _N(CONTEXT, "Zoning"), "", "check", "", (),
        _N(CONTEXT, "Share of the parcel area in each zone of the plan."),
        _N(CONTEXT, "The parcel lies in zone {zone}."),
        _N(CONTEXT, "The parcel straddles zones {zones}: the planner must check which rules apply."),
        zone_rule=False,
    ),
    RuleType(
        "geometry", _N(CONTEXT, "Geometry"), "", "check", "", (),
        _N(CONTEXT, "Validity of the footprint and parcel geometries (OGC rules)."),
        _N(CONTEXT, "Valid geometry."),
        _N(CONTEXT, "Invalid geometry of {what} '{feature}': {reason}. It was repaired for the check."),
        zone_rule=False,
    ),
    RuleType(
        "within_parcel", _N(CONTEXT, "Footprint within its parcel"), "m²", "max", "area_m2", (),
        _N(CONTEXT, "Area of the footprint lying outside its parcel."),
        _N(CONTEXT, "{label}: the footprint lies within parcel {parcel}."),
        _N(CONTEXT, "{label}: {measured} of the footprint lies outside parcel {parcel}."),
        zone_rule=False,
    ),
    RuleType(
        "use", _N(CONTEXT, "Use"), "", "set", "", ("uses.allowed", "uses.forbidden"),
        _N(CONTEXT, "Declared uses compared with the zone's allowed and forbidden uses."),
        _N(CONTEXT, "{label}: '{uses}' is allowed in zone {zone}."),
        _N(CONTEXT, "{label}: '{uses}' is not allowed in zone {zone} (allowed: {allowed})."),
    ),
    RuleType(
        "max_levels", _N(CONTEXT, "Number of levels"), "", "max", "", ("max_levels",),
        _N(CONTEXT, "Declared number of levels (R+n counts n+1 levels)."),
        _N(CONTEXT, "{label}: {measured} levels, at most {allowed} allowed in zone {zone}."),
        _N(CONTEXT, "{label}: {measured} levels exceed the {allowed} allowed in zone {zone}."),
        decimals=0,
    ),
    RuleType(
        "max_height", _N(CONTEXT, "Height"), "m", "max", "length_m", ("max_height_m",),
        _N(CONTEXT, "Declared building height in metres."),
        _N(CONTEXT, "{label}: {measured}, at most {allowed} allowed in zone {zone}."),
        _N(CONTEXT, "{label}: {measured} exceeds the {allowed} allowed in zone {zone}."),
    ),
    RuleType(
        "coverage", _N(CONTEXT, "Coverage ratio"), "", "max", "ratio", ("ratios",),
        _N(CONTEXT, "Footprint area divided by parcel area."),
        _N(CONTEXT, "{label} ({acronym}): {measured}, at most {allowed} allowed in zone {zone}."),
        _N(CONTEXT, "{label} ({acronym}): {measured} exceeds the {allowed} allowed in zone {zone}."),
    ),
    RuleType(
        "floor_area_ratio", _N(CONTEXT, "Floor-area ratio"), "", "max", "ratio", ("ratios",),
        _N(CONTEXT, "Total floor area divided by parcel area."),
        _N(CONTEXT, "{label} ({acronym}): {measured} ({source}), at most {allowed} allowed in zone {zone}."),
        _N(CONTEXT,
           "{label} ({acronym}): {measured} ({source}) exceeds the {allowed} allowed in zone {zone}."),
    ),
    RuleType(
        "min_lot_area", _N(CONTEXT, "Minimum lot area"), "m²", "min", "area_m2", ("min_lot.area_m2",),
        _N(CONTEXT, "Parcel area."),
        _N(CONTEXT, "{label}: the parcel measures {measured}, at least {allowed} required in zone {zone}."),
        _N(CONTEXT, "{label}: the parcel measures {measured}, below the {allowed} required in zone {zone}."),
        decimals=1,
    ),
    RuleType(
        "min_frontage", _N(CONTEXT, "Minimum frontage"), "m", "min", "length_m", ("min_frontage_m",),
        _N(CONTEXT, "Length of the parcel boundary lying along a road polygon."),
        _N(CONTEXT, "{label}: {measured} along the road, at least {allowed} required in zone {zone}."),
        _N(CONTEXT, "{label}: {measured} along the road, below the {allowed} required in zone {zone}."),
    ),
    RuleType(
        "road_setback", _N(CONTEXT, "Road setback"), "m", "min", "length_m", ("road_setback_m",),
        _N(CONTEXT, "Distance from the footprint to the parcel boundary along the road."),
        _N(CONTEXT, "{label}: {measured} from the road, at least {allowed} required in zone {zone}."),
        _N(CONTEXT, "{label}: {measured} from the road, below the {allowed} required in zone {zone}."),
    ),
    RuleType(
        "side_setback", _N(CONTEXT, "Side setback"), "m", "min", "length_m",
        ("side_setback.min_m", "side_setback.height_factor", "side_setback.continuous_rows"),
        _N(CONTEXT, "Distance from the footprint to the side limits; required max(min, factor × height)."),
        _N(CONTEXT, "{label}: {measured} from the side limits, {allowed} required in zone {zone}{rows}."),
        _N(CONTEXT,
           "{label}: {measured} from the side limits, below the {allowed} required in zone {zone}{rows}."),
    ),
    RuleType(
        "rear_setback", _N(CONTEXT, "Rear setback"), "m", "min", "length_m",
        ("rear_setback.min_m", "rear_setback.height_factor"),
        _N(CONTEXT, "Distance from the footprint to the rear limits; required max(min, factor × height)."),
        _N(CONTEXT, "{label}: {measured} from the rear limit, {allowed} required in zone {zone}."),
        _N(CONTEXT, "{label}: {measured} from the rear limit, below the {allowed} required in zone {zone}."),
    ),
    RuleType(
        "no_overlap", _N(CONTEXT, "No overlap with servitude"), "m²", "max", "area_m2", (),
        _N(CONTEXT, "Area of the footprint inside the servitude."),
        _N(CONTEXT, "{servitude}: the footprint does not overlap it."),
        _N(CONTEXT, "{servitude}: {measured} of the footprint lies inside it; building is forbidden there."),
        zone_rule=False,
    ),
    RuleType(
        "max_overlap_area", _N(CONTEXT, "Maximum area inside servitude"), "m²", "max", "area_m2",
        ("max_area_m2",),
        _N(CONTEXT, "Area of the footprint inside the servitude."),
        _N(CONTEXT, "{servitude}: {measured} of the footprint inside it, at most {allowed} allowed."),
        _N(CONTEXT, "{servitude}: {measured} of the footprint inside it exceeds the {allowed} allowed."),
        zone_rule=False,
    ),
    RuleType(
        "min_distance", _N(CONTEXT, "Minimum distance to servitude"), "m", "min", "length_m",
        ("distance_m",),
        _N(CONTEXT, "Shortest distance from the footprint to the servitude features."),
        _N(CONTEXT, "{servitude}: {measured} away, at least {allowed} required."),
        _N(CONTEXT, "{servitude}: only {measured} away, at least {allowed} required."),
        zone_rule=False,
    ),
    RuleType(
        "max_height_inside", _N(CONTEXT, "Maximum height inside servitude"), "m", "max", "length_m",
        ("max_height_m",),
        _N(CONTEXT, "Building height where the footprint overlaps the servitude."),
        _N(CONTEXT, "{servitude}: height {measured}, at most {allowed} allowed inside it."),
        _N(CONTEXT, "{servitude}: height {measured} exceeds the {allowed} allowed inside it."),
        zone_rule=False,
    ),
)

RULE_TYPES: dict[str, RuleType] = {rule.id: rule for rule in _DECLARATIONS}
SERVITUDE_RULES = ("no_overlap", "max_overlap_area", "min_distance", "max_height_inside")
RATIO_RULES = {"coverage": "coverage", "floor_area": "floor_area_ratio"}


def servitude_parameters(rule_id: str) -> tuple[str, ...]:
    """Keys a servitude declaring ``rule_id`` must give (from the declaration)."""
    return RULE_TYPES[rule_id].parameters


def compare(kind: str, measured: float, allowed: float, tolerance: float) -> str:
    """conforme / non_conforme for a ``max`` or ``min`` rule, tolerance in the rule's favour."""
    if kind == "max":
        return CONFORME if measured <= allowed + tolerance else NON_CONFORME
    return CONFORME if measured >= allowed - tolerance else NON_CONFORME

# Reasons a rule cannot be measured (verdict a_verifier); shared by every rule type.
NO_ROAD_LAYER = _N(CONTEXT, "{label}: no road layer was given; cannot be measured.")
NO_FOOTPRINT = _N(CONTEXT, "{label}: the application has no footprint geometry; cannot be measured.")
NO_LIMIT = _N(CONTEXT, "{label}: no such limit on this parcel (the limits are all road or {other} limits).")
MISSING_GEOMETRY = _N(CONTEXT, "The {what} '{feature}' has no geometry.")
PARCEL_NOT_FOUND = _N(
    CONTEXT, "Parcel '{parcel}' was not found among the parcels; the application cannot be checked."
)
NO_PARCEL_AT_LOCATION = _N(CONTEXT, "No parcel lies under the footprint; the application cannot be checked.")
ZONE_NOT_IN_REGULATION = _N(CONTEXT, "The parcel lies in zone {zone}, which the regulation does not declare.")
OLDER_LOT = _N(
    CONTEXT,
    "{label}: the parcel measures {measured}, below the {allowed} required in zone {zone}, but the lot "
    "dates from {lot_date} (before {limit}): referred to the commission.",
)
OUTSIDE_SERVITUDE = _N(CONTEXT, "{servitude}: the footprint lies outside it.")
NO_SERVITUDE_FEATURE = _N(CONTEXT, "{servitude}: the layer has no feature.")
NO_SERVITUDE_LAYER = _N(CONTEXT, "{servitude}: not checked, no layer was given for this servitude.")
REPAIRED_NOTE = _N(CONTEXT, " Measured on a repaired geometry: indicative only, to be checked on corrected "
                            "data.")
CONTINUOUS_ROWS_NOTE = _N(CONTEXT, " (continuous rows: 0 m allowed)")
