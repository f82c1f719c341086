"""The regulation format: loader, validator (against the real jsonschema) and rule registry."""

import copy
import json
import re
from pathlib import Path

import jsonschema
import pytest

from agence_urbaine.core import regulation as regmod
from agence_urbaine.core.regulation import (
    RegulationError,
    Setback,
    load_regulation,
    load_schema,
    parse_regulation,
    schema_problems,
)
from agence_urbaine.core.rules import (
    A_VERIFIER,
    CONFORME,
    NON_CONFORME,
    RULE_TYPES,
    SERVITUDE_RULES,
    verdict_label,
    worst_verdict,
)

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "sample_data" / "regulation.json"
MALFORMED = Path(__file__).parent / "data" / "malformed_regulation.json"


def _sample() -> dict:
    return json.loads(SAMPLE.read_text(encoding="utf-8"))


def _jsonschema_paths(document: dict) -> set[str]:
    validator = jsonschema.Draft202012Validator(load_schema())
    paths = set()
    for error in validator.iter_errors(document):
        parts = list(error.absolute_path)
        if error.validator == "additionalProperties":  # jsonschema reports the parent, we name the key
            known = set(error.schema.get("properties", {}))
            patterns = error.schema.get("patternProperties", {})
            for key in error.instance:
                if key not in known and not any(re.search(p, key) for p in patterns):
                    paths.add(_path([*parts, key]))
            continue
        paths.add(_path(parts))
    return paths


def _path(parts: list) -> str:
    path = ""
    for part in parts:
        path = f"{path}[{part}]" if isinstance(part, int) else (f"{path}.{part}" if path else part)
    return path


def _our_paths(document: dict) -> set[str]:
    return {problem.split(": ", 1)[0] for problem in schema_problems(document)}


def test_schema_is_valid_json_schema_and_sample_validates():
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(_sample(), schema)
    assert schema_problems(_sample()) == []


def test_sample_regulation_loads():
    reg = load_regulation(SAMPLE)
    assert set(reg.zones) == {"R+4", "V", "E2", "ZI", "UGE"}
    r4 = reg.zones["R+4"]
    # this plan calls the coverage ratio COS and the floor-area ratio CUS
    assert reg.ratio_definitions == {"COS": "coverage", "CUS": "floor_area"}
    assert (r4.max_coverage, r4.max_floor_area_ratio) == (0.7, 3.5)
    assert r4.ratio_acronyms == {"coverage": "COS", "floor_area": "CUS"}
    assert r4.max_levels == 5 and r4.side_setback.continuous_rows
    assert reg.zones["V"].refer_older_lots_before.isoformat() == "2005-01-01"
    assert reg.servitudes["hv_line"].rule == "min_distance" and reg.servitudes["hv_line"].value == 15
    assert reg.servitudes["non_aedificandi"].value is None
    assert reg.tolerances.zone_share == 0.02


def test_malformed_file_lists_every_problem_with_its_path():
    with pytest.raises(RegulationError) as caught:
        load_regulation(MALFORMED)
    problems = caught.value.problems
    expected = [
        "plan.crs: expected one of",
        "ratio_definitions.COS: expected one of",
        "tolerances.length_m: -1 is below the minimum 0",
        "zones.R4.max_levels: expected an integer",
        "zones.R4.ratios.CUS: expected a number",
        "zones.R4.side_setback: missing required key 'min_m'",
        "zones.R4.colour: unknown key",
        "zones.V: missing required key 'label'",
        "zones.V.max_levels: expected an integer",
        "zones.V.uses.allowed: expected an array",
        "zones.V.min_lot.refer_older_lots_before: '01/01/2005' does not match",
        "servitudes.hv_line.distance_m: expected a number",
        "servitudes.cemetery.rule: expected one of",
        "author: unknown key",
        # semantic checks run too, on what the schema let through
        "zones.R4.ratios.CES: acronym not declared in ratio_definitions",
    ]
    for start in expected:
        assert any(p.startswith(start) for p in problems), (start, problems)
    assert len(problems) == len(expected)
    assert str(MALFORMED) in str(caught.value)


def test_our_validator_and_jsonschema_agree_on_paths():
    document = json.loads(MALFORMED.read_text(encoding="utf-8"))
    assert _our_paths(document) == _jsonschema_paths(document)
    broken = _sample()
    broken["zones"]["E2"]["max_height_m"] = 400
    broken["zones"]["E2"]["rear_setback"]["continuous_rows"] = "yes"
    broken["servitudes"]["flood_zone"]["extra"] = 1
    broken["uses"] = ["habitat", 3]
    assert _our_paths(broken) == _jsonschema_paths(broken) == {
        "zones.E2.max_height_m", "zones.E2.rear_setback.continuous_rows", "servitudes.flood_zone.extra",
        "uses[1]",
    }


def test_integer_valued_floats_are_integers_like_jsonschema():
    document = _sample()
    document["zones"]["V"]["max_levels"] = 2.0
    assert schema_problems(document) == [] and _jsonschema_paths(document) == set()
    assert parse_regulation(document).zones["V"].max_levels == 2


def test_semantic_problems_are_all_reported():
    document = _sample()
    document["zones"]["V"]["ratios"]["CES"] = 0.5
    document["zones"]["V"]["uses"]["forbidden"].append("habitat")
    document["zones"]["ZI"]["uses"]["allowed"].append("tourisme")
    document["zones"]["E2"]["min_lot"]["refer_older_lots_before"] = "2005-02-30"
    document["servitudes"]["hv_line"] = {"label": "HT", "rule": "min_distance", "max_area_m2": 3}
    with pytest.raises(RegulationError) as caught:
        parse_regulation(document, "test")
    assert sorted(caught.value.problems) == sorted([
        "zones.V.ratios.CES: acronym not declared in ratio_definitions (say what it measures: "
        "coverage or floor_area)",
        "zones.V.uses: both allowed and forbidden: habitat",
        "zones.ZI.uses: not in the plan's list of uses: tourisme",
        "zones.E2.min_lot.refer_older_lots_before: not a valid date",
        "servitudes.hv_line: rule min_distance needs the key 'distance_m'",
        "servitudes.hv_line.max_area_m2: not used by rule min_distance",
    ])


def test_two_acronyms_for_the_same_measure_are_refused():
    document = _sample()
    document["ratio_definitions"]["CES"] = "coverage"
    document["zones"]["V"]["ratios"]["CES"] = 0.5
    with pytest.raises(RegulationError) as caught:
        parse_regulation(document)
    assert caught.value.problems == [
        "zones.V.ratios.CES: measures coverage like COS: give one value per measure"
    ]


def test_zone_codes_and_acronyms_are_data():
    document = _sample()
    document["ratio_definitions"] = {"COS": "floor_area", "CES": "coverage"}
    document["zones"] = {"ZM-7 bis": {"label": "Zone mixte", "ratios": {"COS": 2.0, "CES": 0.6}}}
    reg = parse_regulation(document)
    zone = reg.zones["ZM-7 bis"]
    assert (zone.max_floor_area_ratio, zone.max_coverage) == (2.0, 0.6)
    assert zone.max_levels is None and zone.side_setback is None


def test_not_json_and_missing_file():
    with pytest.raises(RegulationError) as caught:
        parse_regulation([1, 2])
    assert caught.value.problems == ["(document): expected an object"]
    bad = MALFORMED.with_name("does_not_exist.json")
    with pytest.raises(RegulationError, match="cannot read"):
        load_regulation(bad)


def test_invalid_json_reports_line(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"format": "agence_urbaine.regulation/1",\n  "plan": }', encoding="utf-8")
    with pytest.raises(RegulationError) as caught:
        load_regulation(path)
    assert "line 2" in caught.value.problems[0]


def test_empty_zones_refused():
    document = _sample()
    document["zones"] = {}
    with pytest.raises(RegulationError, match="declares no zone"):
        parse_regulation(document)


def test_setback_required_distance():
    assert Setback(3.0, 0.5).required(10.0) == 5.0
    assert Setback(3.0, 0.5).required(4.0) == 3.0
    assert Setback(3.0, 0.5).required(None) is None
    assert Setback(4.0).required(None) == 4.0


def test_rule_registry_matches_schema_and_formats():
    schema = load_schema()
    enum = schema["$defs"]["servitude"]["properties"]["rule"]["enum"]
    assert tuple(enum) == SERVITUDE_RULES
    for rule_id in SERVITUDE_RULES:
        for key in RULE_TYPES[rule_id].parameters:
            assert key in schema["$defs"]["servitude"]["properties"]
    height = RULE_TYPES["max_height"]
    assert height.label == "Height" and height.unit == "m"
    assert height.format_value(12.345) == "12.35 m" and height.format_value(None) == "—"
    assert RULE_TYPES["max_levels"].format_value(5.0) == "5"
    text = height.message(NON_CONFORME, 18.5, 17.5, zone="R+4")
    assert text == "Height: 18.50 m exceeds the 17.50 m allowed in zone R+4."
    assert height.measure
    for rule in RULE_TYPES.values():
        assert rule.kind in ("max", "min", "set", "check")
        assert rule.tolerance in ("", "length_m", "area_m2", "ratio")


def test_verdicts():
    assert verdict_label(CONFORME) == "Compliant"
    assert verdict_label(A_VERIFIER) == "To be checked"
    assert worst_verdict([CONFORME, A_VERIFIER]) == A_VERIFIER
    assert worst_verdict([A_VERIFIER, NON_CONFORME, CONFORME]) == NON_CONFORME
    assert worst_verdict([]) == CONFORME


def test_loader_does_not_need_jsonschema(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_jsonschema(name, *args, **kwargs):
        if name.startswith("jsonschema"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_jsonschema)
    assert parse_regulation(copy.deepcopy(_sample())).name.startswith("Plan d'aménagement")
    assert "jsonschema" not in Path(regmod.__file__).read_text(encoding="utf-8").replace(
        "``jsonschema``", "").split('"""', 2)[2]


def test_documented_example_is_valid():
    text = (REPO / "docs" / "regulation.md").read_text(encoding="utf-8")
    example = text.split("```json", 1)[1].split("```", 1)[0]
    document = json.loads(example)
    jsonschema.validate(document, load_schema())
    reg = parse_regulation(document)
    assert set(reg.zones) == {"R+4", "V", "UGE"} and len(reg.servitudes) == 4
    # the example shows the labels by language
    assert reg.zones["V"].labels == {"ar": "منطقة الفيلات"}
    assert reg.servitudes["hv_line"].labels == {"ar": "خط كهربائي ذو جهد عال 60 كيلوفولت"}
    assert reg.use_labels["entrepot"] == {"ar": "المستودعات", "fr": "entrepôt"}


def test_road_setback_by_width():
    document = _sample()
    zone = document["zones"]["ZI"]
    zone["road_setback_by_width"] = [
        {"from_width_m": 30, "setback_m": 15}, {"from_width_m": 20, "setback_m": 12},
    ]
    assert _jsonschema_paths(document) == set() and schema_problems(document) == []
    zi = parse_regulation(document).zones["ZI"]
    assert zi.road_setback_for(12.0) == (10.0, False)
    assert zi.road_setback_for(20.0) == (12.0, False)
    assert zi.road_setback_for(35.0) == (15.0, False)
    assert zi.road_setback_for(float("nan")) == (15.0, True)
    del zone["road_setback_m"]
    with pytest.raises(RegulationError, match="give road_setback_m too"):
        parse_regulation(document)


def _strip_labels(document: dict) -> dict:
    """``document`` as a regulation written before labels by language existed."""
    document = copy.deepcopy(document)
    document.pop("use_labels", None)
    for part in (document["plan"], *document["zones"].values(), *document.get("servitudes", {}).values()):
        for key in ("labels", "municipality_labels", "legal_basis_labels"):
            part.pop(key, None)
    return document


def test_labels_by_language_are_read():
    reg = load_regulation(SAMPLE)
    assert reg.zones["V"].labels == {"ar": "منطقة الفيلات"}
    assert reg.servitudes["hv_line"].labels == {"ar": "خط كهربائي ذو جهد عال 60 كيلوفولت"}
    assert reg.servitudes["non_aedificandi"].legal_basis_labels == {"ar": "نظام التهيئة، المادة 12"}
    assert reg.labels == {"ar": "تصميم تهيئة حي الأمل (افتراضي)"}
    assert reg.use_labels["entrepot"] == {"ar": "المستودعات", "fr": "entrepôt"}
    # outside a document's language, the plain label (or the code) is shown, as before
    assert reg.zones["V"].label_text() == "Zone de villas"
    assert reg.use_text("entrepot") == "entrepot" and reg.name_text() == reg.name


def test_a_regulation_without_labels_still_validates():
    document = _strip_labels(_sample())
    assert "labels" not in document["zones"]["V"] and "use_labels" not in document
    jsonschema.validate(document, load_schema())
    reg = parse_regulation(document)
    assert reg.zones["V"].labels == {} and reg.use_labels == {} and reg.servitudes["hv_line"].labels == {}
    assert reg.zones["V"].label_text() == "Zone de villas"
    assert reg.servitudes["hv_line"].legal_basis_text() == "Servitude ONEE"


def test_labels_must_be_strings_keyed_by_language():
    document = _sample()
    document["zones"]["V"]["labels"] = {"ar": 3, "fr": "Zone de villas"}
    document["servitudes"]["hv_line"]["labels"] = {"Arabic": "خط"}
    document["plan"]["labels"] = "تصميم"
    document["use_labels"]["habitat"] = {"ar": ["السكن"]}
    with pytest.raises(RegulationError) as caught:
        parse_regulation(document)
    assert sorted(caught.value.problems) == [
        "plan.labels: expected an object",
        "servitudes.hv_line.labels.Arabic: unknown key",
        "use_labels.habitat.ar: expected a string",
        "zones.V.labels.ar: expected a string",
    ]
    assert _our_paths(document) == _jsonschema_paths(document) == {
        "plan.labels", "servitudes.hv_line.labels.Arabic", "use_labels.habitat.ar", "zones.V.labels.ar"}


def test_use_labels_name_uses_of_the_plan():
    document = _sample()
    document["use_labels"]["tourisme"] = {"ar": "السياحة"}
    with pytest.raises(RegulationError) as caught:
        parse_regulation(document)
    assert caught.value.problems == ["use_labels: not in the plan's list of uses: tourisme"]
    # without a vocabulary, the uses the zones name are the plan's uses
    del document["uses"]
    with pytest.raises(RegulationError, match="not in the plan's list of uses: tourisme"):
        parse_regulation(document)
    del document["use_labels"]["tourisme"]
    assert parse_regulation(document).use_labels["habitat"] == {"ar": "السكن"}
