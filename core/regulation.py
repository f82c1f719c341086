"""The regulation of a plan d'aménagement: model, loader and validator.

A regulation is a JSON document described by ``regulation.schema.json`` (next to this module).
Users' QGIS has no ``jsonschema`` package, so :func:`schema_problems` implements the subset of
JSON Schema the schema file uses (type, required, properties, patternProperties,
additionalProperties, enum, minimum, maximum, pattern, items, local ``$ref``), driven by that
file. :func:`semantic_problems` adds what a schema cannot say (ratio acronyms declared, servitude
parameters per rule, allowed ∩ forbidden uses…). :func:`parse_regulation` reports **every**
problem, each prefixed by its path, in one :class:`RegulationError`.

Zone codes, ratio acronyms and servitude ids are data: nothing here enumerates them.

Names shown to people (the plan's, the zones', the uses', the servitudes') may carry ``labels``
by language (``{"ar": …, "fr": …}``); ``*_text()`` methods pick the one of the document being
written (:func:`i18n.use_language`) and fall back to the plain label, or to the code.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .i18n import localized, tr
from .rules import SERVITUDE_RULES, servitude_parameters

SCHEMA_PATH = Path(__file__).with_name("regulation.schema.json")
FORMAT = "agence_urbaine.regulation/1"


class RegulationError(ValueError):
    """A regulation document is unreadable or invalid; ``problems`` lists every error with its path."""

    def __init__(self, problems: list[str], source: str = "") -> None:
        self.problems = list(problems)
        self.source = source
        head = tr("Invalid regulation {source}").format(source=source).rstrip()
        super().__init__(head + ":\n" + "\n".join(f"- {p}" for p in self.problems))


# --------------------------------------------------------------------------- schema subset

_TYPE_NAMES = {
    "object": "an object", "array": "an array", "string": "a string", "integer": "an integer",
    "number": "a number", "boolean": "a boolean", "null": "null",
}


def _is_type(value: Any, name: str) -> bool:
    if name == "object":
        return isinstance(value, dict)
    if name == "array":
        return isinstance(value, list)
    if name == "string":
        return isinstance(value, str)
    if name == "boolean":
        return isinstance(value, bool)
    if name == "null":
        return value is None
    if isinstance(value, bool):
        return False
    if name == "integer":
        return isinstance(value, int) or (isinstance(value, float) and value.is_integer())
    return name == "number" and isinstance(value, (int, float))


def _join(path: str, key: Any) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else str(key)


def _where(path: str) -> str:
    return path or tr("(document)")


class _SchemaChecker:
    """Walks a document against a schema (the subset described in the module docstring)."""

    def __init__(self, root: dict) -> None:
        self.root = root
        self.problems: list[str] = []

    def _resolve(self, schema: dict) -> dict:
        ref = schema.get("$ref")
        if not ref:
            return schema
        target: Any = self.root
        for part in ref.lstrip("#/").split("/"):
            target = target[part]
        return target

    def add(self, path: str, text: str) -> None:
        self.problems.append(f"{_where(path)}: {text}")

    def check(self, value: Any, schema: dict, path: str = "") -> None:
        schema = self._resolve(schema)
        if not self._check_type(value, schema, path):
            return
        if "enum" in schema and value not in schema["enum"]:
            allowed = ", ".join(json.dumps(v, ensure_ascii=False) for v in schema["enum"])
            self.add(path, tr("expected one of {allowed}, got {value}").format(
                allowed=allowed, value=json.dumps(value, ensure_ascii=False)))
        self._check_bounds(value, schema, path)
        if isinstance(value, str) and "pattern" in schema and not re.search(schema["pattern"], value):
            self.add(path, tr("'{value}' does not match the expected form {pattern}").format(
                value=value, pattern=schema["pattern"]))
        if isinstance(value, list) and "items" in schema:
            for index, item in enumerate(value):
                self.check(item, schema["items"], _join(path, index))
        if isinstance(value, dict):
            self._check_object(value, schema, path)

    def _check_type(self, value: Any, schema: dict, path: str) -> bool:
        expected = schema.get("type")
        if expected is None:
            return True
        names = expected if isinstance(expected, list) else [expected]
        if any(_is_type(value, name) for name in names):
            return True
        wanted = tr(" or ").join(tr(_TYPE_NAMES[name]) for name in names)
        self.add(path, tr("expected {wanted}").format(wanted=wanted))
        return False

    def _check_bounds(self, value: Any, schema: dict, path: str) -> None:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return
        if "minimum" in schema and value < schema["minimum"]:
            self.add(path, tr("{value} is below the minimum {bound}").format(
                value=value, bound=schema["minimum"]))
        if "maximum" in schema and value > schema["maximum"]:
            self.add(path, tr("{value} is above the maximum {bound}").format(
                value=value, bound=schema["maximum"]))

    def _check_object(self, value: dict, schema: dict, path: str) -> None:
        for key in schema.get("required", []):
            if key not in value:
                self.add(path, tr("missing required key '{key}'").format(key=key))
        properties = schema.get("properties", {})
        patterns = schema.get("patternProperties", {})
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            child = _join(path, key)
            matched = [s for p, s in patterns.items() if re.search(p, key)]
            if key in properties:
                self.check(item, properties[key], child)
            for sub in matched:
                self.check(item, sub, child)
            if key in properties or matched:
                continue
            if extra is False:
                self.add(child, tr("unknown key"))
            elif isinstance(extra, dict):
                self.check(item, extra, child)


def load_schema() -> dict:
    """The regulation JSON Schema shipped with the plugin."""
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def schema_problems(document: Any, schema: dict | None = None) -> list[str]:
    """Every schema violation of ``document``, as ``path: message`` strings."""
    checker = _SchemaChecker(schema or load_schema())
    checker.check(document, checker.root)
    return checker.problems


# --------------------------------------------------------------------------- semantic checks


def _obj(value: Any) -> dict:
    """``value`` if it is an object, else {}: semantic checks also run on schema-invalid documents."""
    return value if isinstance(value, dict) else {}


def _strings(value: Any) -> list[str]:
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def _zone_semantics(code: str, zone: dict, definitions: dict, vocabulary: set | None) -> list[str]:
    where = _join("zones", code)
    problems = []
    measures: dict[str, str] = {}
    for acronym in _obj(zone.get("ratios")):
        measure = definitions.get(acronym)
        if measure is None:
            problems.append(f"{where}.ratios.{acronym}: " + tr(
                "acronym not declared in ratio_definitions (say what it measures: coverage or floor_area)"))
        elif measure in measures:
            problems.append(f"{where}.ratios.{acronym}: " + tr(
                "measures {measure} like {other}: give one value per measure").format(
                measure=measure, other=measures[measure]))
        else:
            measures[measure] = acronym
    uses = _obj(zone.get("uses"))
    allowed, forbidden = _strings(uses.get("allowed")), _strings(uses.get("forbidden"))
    both = sorted(set(allowed) & set(forbidden))
    if both:
        problems.append(f"{where}.uses: " + tr("both allowed and forbidden: {uses}").format(
            uses=", ".join(both)))
    unknown = sorted(set(allowed + forbidden) - (vocabulary or set()))
    if vocabulary is not None and unknown:
        problems.append(f"{where}.uses: " + tr("not in the plan's list of uses: {uses}").format(
            uses=", ".join(unknown)))
    if "road_setback_by_width" in zone and "road_setback_m" not in zone:
        problems.append(f"{where}.road_setback_by_width: " + tr(
            "give road_setback_m too: it applies along roads narrower than every from_width_m"))
    limit = _obj(zone.get("min_lot")).get("refer_older_lots_before")
    if isinstance(limit, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", limit) and _parse_date(limit) is None:
        problems.append(f"{where}.min_lot.refer_older_lots_before: " + tr("not a valid date"))
    return problems


def _servitude_semantics(sid: str, servitude: dict) -> list[str]:
    rule = servitude.get("rule")
    if rule not in SERVITUDE_RULES:
        return []
    where = _join("servitudes", sid)
    needed = servitude_parameters(rule)
    problems = [
        f"{where}: " + tr("rule {rule} needs the key '{key}'").format(rule=rule, key=key)
        for key in needed if key not in servitude
    ]
    for key in ("max_area_m2", "distance_m", "max_height_m"):
        if key in servitude and key not in needed:
            problems.append(f"{where}.{key}: " + tr("not used by rule {rule}").format(rule=rule))
    return problems


def semantic_problems(document: Any) -> list[str]:
    """What the schema cannot express; safe on any document (wrong types are skipped here)."""
    document = _obj(document)
    definitions = _obj(document.get("ratio_definitions"))
    vocabulary = set(_strings(document["uses"])) if "uses" in document else None
    problems: list[str] = []
    for code, zone in _obj(document.get("zones")).items():
        problems += _zone_semantics(code, _obj(zone), definitions, vocabulary)
    for sid, servitude in _obj(document.get("servitudes")).items():
        problems += _servitude_semantics(sid, _obj(servitude))
    if isinstance(document.get("zones"), dict) and not document["zones"]:
        problems.append("zones: " + tr("the plan declares no zone"))
    problems += _use_label_semantics(document, vocabulary)
    return problems


def _use_label_semantics(document: dict, vocabulary: set | None) -> list[str]:
    """A label for a use the plan never names is a typo: the use would show unlabelled."""
    known = vocabulary
    if known is None:
        known = set()
        for zone in _obj(document.get("zones")).values():
            uses = _obj(_obj(zone).get("uses"))
            known.update(_strings(uses.get("allowed")) + _strings(uses.get("forbidden")))
    unknown = sorted(set(_obj(document.get("use_labels"))) - known)
    if not unknown:
        return []
    return ["use_labels: " + tr("not in the plan's list of uses: {uses}").format(uses=", ".join(unknown))]


def _parse_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


# --------------------------------------------------------------------------- model


@dataclass(frozen=True)
class Setback:
    """Side or rear setback (*prospect*): max(min_m, height_factor × height), or 0 in continuous rows."""

    min_m: float
    height_factor: float = 0.0
    continuous_rows: bool = False

    def required(self, height: float | None) -> float | None:
        """Required distance for a building of ``height`` m; None if the height is needed but unknown."""
        if self.height_factor == 0:
            return self.min_m
        if height is None:
            return None
        return max(self.min_m, self.height_factor * height)


@dataclass(frozen=True)
class Zone:
    """One zone of the plan, with the rules its regulation sets (None = no such rule)."""

    code: str
    label: str
    labels: dict[str, str] = field(default_factory=dict)
    allowed_uses: tuple[str, ...] = ()
    forbidden_uses: tuple[str, ...] = ()
    max_levels: int | None = None
    max_height_m: float | None = None
    max_coverage: float | None = None
    max_floor_area_ratio: float | None = None
    ratio_acronyms: dict[str, str] = field(default_factory=dict)
    min_lot_area_m2: float | None = None
    refer_older_lots_before: date | None = None
    min_frontage_m: float | None = None
    road_setback_m: float | None = None
    road_setback_by_width: tuple[tuple[float, float], ...] = ()
    side_setback: Setback | None = None
    rear_setback: Setback | None = None

    def label_text(self) -> str:
        """The zone's label in the document's language (else its ``label``)."""
        return localized(self.labels, self.label)

    def road_setback_for(self, width: float | None) -> tuple[float | None, bool]:
        """Required setback along a road ``width`` m wide, and whether the unknown width mattered.

        ``road_setback_by_width`` lists (from width, setback), widest last; narrower roads take
        ``road_setback_m``. With the width unknown the largest setback applies, flagged.
        """
        if self.road_setback_m is None:
            return None, False
        if not self.road_setback_by_width:
            return self.road_setback_m, False
        if width is None or width != width:
            return max(self.road_setback_m, *(s for _, s in self.road_setback_by_width)), True
        value = self.road_setback_m
        for from_width, setback in self.road_setback_by_width:
            if width >= from_width:
                value = setback
        return value, False


class ServitudeLabels:
    """Label and legal basis of a servitude in the document's language (a servitude of the
    regulation, or one a parcel note found on the parcel: both carry these fields)."""

    label: str
    legal_basis: str
    labels: dict[str, str]
    legal_basis_labels: dict[str, str]

    def label_text(self) -> str:
        """The servitude's label in the document's language (else its ``label``)."""
        return localized(self.labels, self.label)

    def legal_basis_text(self) -> str:
        """The legal basis in the document's language (else ``legal_basis``)."""
        return localized(self.legal_basis_labels, self.legal_basis)


@dataclass(frozen=True)
class Servitude(ServitudeLabels):
    """A servitude layer and the one rule it imposes (``rule`` is a key of RULE_TYPES)."""

    id: str
    label: str
    rule: str
    value: float | None = None
    legal_basis: str = ""
    labels: dict[str, str] = field(default_factory=dict)
    legal_basis_labels: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Tolerances:
    """Measurement tolerances, always applied in the applicant's favour."""

    length_m: float = 0.05
    area_m2: float = 0.5
    ratio: float = 0.005
    zone_share: float = 0.02
    road_distance_m: float = 0.5

    def for_rule(self, name: str) -> float:
        return float(getattr(self, name)) if name else 0.0


@dataclass(frozen=True)
class Regulation:
    """A plan's regulation: zones by code, servitudes by id, ratio acronyms, tolerances."""

    name: str
    crs: str
    zones: dict[str, Zone]
    servitudes: dict[str, Servitude] = field(default_factory=dict)
    ratio_definitions: dict[str, str] = field(default_factory=dict)
    tolerances: Tolerances = field(default_factory=Tolerances)
    uses: tuple[str, ...] = ()
    municipality: str = ""
    approved: str = ""
    labels: dict[str, str] = field(default_factory=dict)
    municipality_labels: dict[str, str] = field(default_factory=dict)
    use_labels: dict[str, dict[str, str]] = field(default_factory=dict)

    def name_text(self) -> str:
        """The plan's name in the document's language (else ``name``)."""
        return localized(self.labels, self.name)

    def municipality_text(self) -> str:
        """The municipality in the document's language (else ``municipality``)."""
        return localized(self.municipality_labels, self.municipality)

    def use_text(self, use: str) -> str:
        """A use in the document's language (else the use as the zones name it)."""
        return localized(self.use_labels.get(use), use)


def _setback(data: dict | None) -> Setback | None:
    if data is None:
        return None
    return Setback(float(data["min_m"]), float(data.get("height_factor", 0.0)),
                   bool(data.get("continuous_rows", False)))


def _optional(value: Any, kind: type) -> Any:
    return None if value is None else kind(value)


def _zone(code: str, data: dict, definitions: dict[str, str]) -> Zone:
    ratios = {definitions[a]: float(v) for a, v in data.get("ratios", {}).items()}
    acronyms = {definitions[a]: a for a in data.get("ratios", {})}
    uses = data.get("uses", {})
    min_lot = data.get("min_lot", {})
    older = min_lot.get("refer_older_lots_before")
    return Zone(
        code=code,
        label=data["label"],
        labels=dict(data.get("labels", {})),
        allowed_uses=tuple(uses.get("allowed", ())),
        forbidden_uses=tuple(uses.get("forbidden", ())),
        max_levels=_optional(data.get("max_levels"), int),
        max_height_m=_optional(data.get("max_height_m"), float),
        max_coverage=ratios.get("coverage"),
        max_floor_area_ratio=ratios.get("floor_area"),
        ratio_acronyms=acronyms,
        min_lot_area_m2=_optional(min_lot.get("area_m2"), float),
        refer_older_lots_before=_parse_date(older) if older else None,
        min_frontage_m=_optional(data.get("min_frontage_m"), float),
        road_setback_m=_optional(data.get("road_setback_m"), float),
        road_setback_by_width=tuple(sorted(
            (float(step["from_width_m"]), float(step["setback_m"]))
            for step in data.get("road_setback_by_width", ())
        )),
        side_setback=_setback(data.get("side_setback")),
        rear_setback=_setback(data.get("rear_setback")),
    )


def _servitude(sid: str, data: dict) -> Servitude:
    keys = servitude_parameters(data["rule"])
    value = float(data[keys[0]]) if keys else None
    return Servitude(sid, data["label"], data["rule"], value, data.get("legal_basis", ""),
                     dict(data.get("labels", {})), dict(data.get("legal_basis_labels", {})))


def parse_regulation(document: Any, source: str = "") -> Regulation:
    """Validate a decoded JSON document and build the :class:`Regulation`, or raise RegulationError."""
    problems = schema_problems(document) + semantic_problems(document)
    if problems:
        raise RegulationError(problems, source)
    definitions = document["ratio_definitions"]
    plan = document["plan"]
    return Regulation(
        name=plan["name"],
        crs=plan["crs"],
        zones={code: _zone(code, z, definitions) for code, z in document["zones"].items()},
        servitudes={sid: _servitude(sid, s) for sid, s in document.get("servitudes", {}).items()},
        ratio_definitions=dict(definitions),
        tolerances=Tolerances(**document.get("tolerances", {})),
        uses=tuple(document.get("uses", ())),
        municipality=plan.get("municipality", ""),
        approved=plan.get("approved", ""),
        labels=dict(plan.get("labels", {})),
        municipality_labels=dict(plan.get("municipality_labels", {})),
        use_labels={use: dict(labels) for use, labels in document.get("use_labels", {}).items()},
    )


def load_regulation(path: str | Path) -> Regulation:
    """Read, validate and build a regulation from a JSON file (UTF-8)."""
    path = Path(path)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise RegulationError([tr("cannot read the file: {error}").format(error=error)], str(path)) from error
    except json.JSONDecodeError as error:
        raise RegulationError([tr("not valid JSON at line {line}, column {column}: {msg}").format(
            line=error.lineno, column=error.colno, msg=error.msg)], str(path)) from error
    return parse_regulation(document, str(path))
