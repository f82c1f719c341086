"""The conformity engine, with hand-computed rectangles for every rule type, and the sample data.

The reference case: a 20 × 30 m parcel (600 m²) whose bottom side lies on a road, in zone Z,
with a 10 × 18 m footprint 5 m from each side, 4 m from the road and 8 m from the rear.
"""

import json
import threading
from pathlib import Path

import numpy as np
import pytest
import shapely
from shapely import box
from shapely.geometry import LineString, Polygon

from agence_urbaine.core.conformity import (
    A_VERIFIER,
    CONFORME,
    NON_CONFORME,
    ConformityCanceled,
    FeatureSet,
    FieldMap,
    check_conformity,
)
from agence_urbaine.core.regulation import load_regulation, parse_regulation

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "sample_data"

REGULATION = {
    "format": "agence_urbaine.regulation/1",
    "plan": {"name": "Test plan", "crs": "EPSG:26191"},
    "ratio_definitions": {"CES": "coverage", "COS": "floor_area"},
    "tolerances": {
        "length_m": 0.05, "area_m2": 0.5, "ratio": 0.005, "zone_share": 0.02, "road_distance_m": 0.5,
    },
    "zones": {
        "Z": {
            "label": "Test zone",
            "uses": {"allowed": ["habitat", "commerce"], "forbidden": ["industrie"]},
            "max_levels": 3,
            "max_height_m": 10,
            "ratios": {"CES": 0.5, "COS": 1.2},
            "min_lot": {"area_m2": 500, "refer_older_lots_before": "2000-01-01"},
            "min_frontage_m": 15,
            "road_setback_m": 4,
            "side_setback": {"min_m": 3, "height_factor": 0.5},
            "rear_setback": {"min_m": 5},
        },
        "Y": {"label": "Other zone", "max_levels": 1},
    },
    "servitudes": {
        "na": {"label": "Non aedificandi", "rule": "no_overlap"},
        "flood": {"label": "Flood zone", "rule": "max_overlap_area", "max_area_m2": 20},
        "hv": {"label": "HV line", "rule": "min_distance", "distance_m": 10},
        "cone": {"label": "View cone", "rule": "max_height_inside", "max_height_m": 5},
    },
}

PARCEL = box(0, 0, 20, 30)
FOOTPRINT = box(5, 4, 15, 22)
FAR_AWAY = box(1000, 1000, 1001, 1001)


def features(ids, geometries, **attributes) -> FeatureSet:
    array = np.empty(len(geometries), dtype=object)
    array[:] = list(geometries)
    return FeatureSet(list(ids), array, {k: list(v) for k, v in attributes.items()})


def regulation(**zone_changes):
    document = json.loads(json.dumps(REGULATION))
    document["zones"]["Z"].update(zone_changes)
    return parse_regulation(document)


def run(footprint=FOOTPRINT, parcel=PARCEL, reg=None, zoning=None, roads="default", servitudes=None,
        lot_date="2010-05-01", **attrs):
    values = {"levels": 2, "height": 6.0, "use": "habitat", "floor_area": None, "parcel_id": "P1"}
    values.update(attrs)
    footprints = features(["A1"], [footprint], **{k: [v] for k, v in values.items()})
    parcels = features(["P1"], [parcel], parcel_id=["P1"], lot_date=[lot_date])
    zoning = zoning or features(["z1"], [box(-100, -100, 100, 100)], zone=["Z"])
    if roads == "default":
        roads = features(["r1"], [box(-50, -12, 70, 0)], name=["Bd"], width_m=[12.0])
    layers = {sid: features(["s"], [FAR_AWAY]) for sid in REGULATION["servitudes"]}
    layers.update(servitudes or {})
    return check_conformity(reg or regulation(), parcels, footprints, zoning, roads, layers)


def finding(result, rule, subject=None):
    found = [f for f in result.findings if f.rule == rule and (subject is None or f.subject == subject)]
    assert len(found) == 1, (rule, found)
    return found[0]


def test_reference_case_is_compliant_with_hand_computed_values():
    result = run()
    assert [a.verdict for a in result.applications] == [CONFORME]
    expected = {
        "coverage": (0.3, 0.5), "floor_area_ratio": (0.6, 1.2), "min_lot_area": (600.0, 500.0),
        "min_frontage": (20.0, 15.0), "road_setback": (4.0, 4.0), "side_setback": (5.0, 3.0),
        "rear_setback": (8.0, 5.0), "max_levels": (2.0, 3), "max_height": (6.0, 10.0),
        "within_parcel": (0.0, 0.0),
    }
    for rule, (measured, allowed) in expected.items():
        f = finding(result, rule)
        assert f.verdict == CONFORME, f.message
        assert f.measured == pytest.approx(measured) and f.allowed == pytest.approx(allowed), rule
    app = result.applications[0]
    assert app.zones == [("Z", 1.0)] and app.parcel_id == "P1" and app.fail_count == app.check_count == 0
    assert result.offending == [] and result.warnings == []


@pytest.mark.parametrize("use, verdict", [
    ("habitat", CONFORME), ("Habitat; commerce", CONFORME), ("industrie", NON_CONFORME),
    ("bureaux", NON_CONFORME), (None, A_VERIFIER),
])
def test_use(use, verdict):
    f = finding(run(use=use), "use")
    assert f.verdict == verdict, f.message
    if use is None:
        assert "'use'" in f.message


@pytest.mark.parametrize("levels, verdict, measured", [
    (3, CONFORME, 3), (4, NON_CONFORME, 4), ("R+2", CONFORME, 3), ("R+3", NON_CONFORME, 4),
    (None, A_VERIFIER, None),
])
def test_max_levels(levels, verdict, measured):
    f = finding(run(levels=levels), "max_levels")
    assert (f.verdict, f.measured, f.allowed) == (verdict, measured, 3)


@pytest.mark.parametrize("height, verdict", [(10.0, CONFORME), (10.04, CONFORME), (10.5, NON_CONFORME)])
def test_max_height(height, verdict):
    f = finding(run(height=height), "max_height")
    assert f.verdict == verdict and f.measured == height and f.unit == "m"


def test_coverage_pass_and_fail():
    assert finding(run(), "coverage").verdict == CONFORME
    f = finding(run(footprint=box(2, 4, 18, 25)), "coverage")  # 16 × 21 = 336 m² / 600
    assert f.verdict == NON_CONFORME and f.measured == pytest.approx(0.56)
    assert "(CES)" in f.message


def test_floor_area_ratio_declared_computed_and_missing():
    f = finding(run(floor_area=720.0), "floor_area_ratio")
    assert (f.verdict, f.measured) == (CONFORME, pytest.approx(1.2)) and "declared floor area" in f.message
    f = finding(run(floor_area=780.0), "floor_area_ratio")
    assert (f.verdict, f.measured) == (NON_CONFORME, pytest.approx(1.3))
    f = finding(run(levels=3), "floor_area_ratio")  # 180 m² × 3 levels = 540 m² / 600
    assert (f.verdict, f.measured) == (CONFORME, pytest.approx(0.9))
    assert "footprint area × levels" in f.message
    f = finding(run(footprint=box(0, 4, 20, 30), levels=3, height=9.0), "floor_area_ratio")  # 1560 / 600
    assert (f.verdict, f.measured) == (NON_CONFORME, pytest.approx(2.6))
    f = finding(run(levels=None), "floor_area_ratio")
    assert f.verdict == A_VERIFIER and "floor_area / levels" in f.message


def test_min_lot_area_and_older_lots():
    small, fp = box(0, 0, 20, 20), box(5, 4, 15, 14)
    assert finding(run(), "min_lot_area").verdict == CONFORME
    f = finding(run(footprint=fp, parcel=small), "min_lot_area")
    assert (f.verdict, f.measured, f.allowed) == (NON_CONFORME, 400.0, 500.0)
    f = finding(run(footprint=fp, parcel=small, lot_date="1995-03-01"), "min_lot_area")
    assert f.verdict == A_VERIFIER and "commission" in f.message and "1995-03-01" in f.message
    f = finding(run(footprint=fp, parcel=small, lot_date=None), "min_lot_area")
    assert f.verdict == A_VERIFIER and "'lot_date'" in f.message
    reg = regulation(min_lot={"area_m2": 500})
    assert finding(run(footprint=fp, parcel=small, lot_date="1995-03-01", reg=reg), "min_lot_area").verdict \
        == NON_CONFORME


def test_min_frontage():
    f = finding(run(parcel=box(0, 0, 12, 50), footprint=box(3, 4, 9, 40)), "min_frontage")
    assert (f.verdict, f.measured) == (NON_CONFORME, pytest.approx(12.0))
    corner = features(["r1", "r2"], [box(-50, -12, 70, 0), box(-12, -12, 0, 80)], name=["a", "b"])
    f = finding(run(parcel=box(0, 0, 12, 50), footprint=box(4, 4, 9, 40), roads=corner), "min_frontage")
    assert (f.verdict, f.measured) == (CONFORME, pytest.approx(62.0))
    f = finding(run(roads=None), "min_frontage")
    assert f.verdict == A_VERIFIER and "road layer" in f.message


def test_frontage_tolerance_to_road():
    gap = features(["r1"], [box(-50, -12, 70, -0.4)], name=["Bd"])
    assert finding(run(roads=gap), "min_frontage").measured == pytest.approx(20.0)
    far = features(["r1"], [box(-50, -12, 70, -0.6)], name=["Bd"])
    assert finding(run(roads=far), "min_frontage").measured == 0.0


def test_road_setback():
    f = finding(run(footprint=box(5, 2, 15, 22)), "road_setback")
    assert (f.verdict, f.measured, f.allowed) == (NON_CONFORME, pytest.approx(2.0), 4.0)
    result = run(footprint=box(5, 2, 15, 22))
    part = next(o for o in result.offending if o.rule == "road_setback")
    assert part.geometry.area == pytest.approx(2 * 10)  # the 2 m strip of the footprint within 4 m
    lost = features(["r1"], [box(-50, 60, 70, 70)], name=["far"])
    assert finding(run(roads=lost), "road_setback").verdict == A_VERIFIER


def test_side_setback_fixed_and_height_factor():
    f = finding(run(footprint=box(2, 4, 15, 22)), "side_setback")
    assert (f.verdict, f.measured, f.allowed) == (NON_CONFORME, pytest.approx(2.0), 3.0)
    part = next(o for o in run(footprint=box(2, 4, 15, 22)).offending if o.rule == "side_setback")
    assert part.geometry.area == pytest.approx(1 * 18)
    f = finding(run(height=14.0), "side_setback")  # required max(3, 0.5 × 14) = 7 > 5
    assert (f.verdict, f.measured, f.allowed) == (NON_CONFORME, pytest.approx(5.0), pytest.approx(7.0))
    f = finding(run(height=None), "side_setback")  # 5 m >= minimum 3 but H/2 unknown
    assert f.verdict == A_VERIFIER and "'height'" in f.message
    f = finding(run(height=None, footprint=box(1, 4, 15, 22)), "side_setback")  # below the minimum anyway
    assert (f.verdict, f.measured, f.allowed) == (NON_CONFORME, pytest.approx(1.0), 3.0)
    reg = regulation(side_setback={"min_m": 3, "height_factor": 0.5, "continuous_rows": True})
    f = finding(run(height=None, footprint=box(0, 4, 18, 22), reg=reg), "side_setback")  # 0 m ok, 2 m not
    assert (f.verdict, f.measured) == (NON_CONFORME, pytest.approx(2.0))
    f = finding(run(height=None, footprint=box(0, 4, 15, 22), reg=reg), "side_setback")  # 0 m and 5 m
    assert f.verdict == A_VERIFIER


def test_side_setback_continuous_rows():
    reg = regulation(side_setback={"min_m": 3, "continuous_rows": True})
    assert finding(run(footprint=box(0, 4, 15, 22), reg=reg), "side_setback").verdict == CONFORME
    both_limits = run(footprint=box(0, 4, 20, 22), reg=reg, floor_area=500)
    assert finding(both_limits, "side_setback").verdict == CONFORME
    f = finding(run(footprint=box(1, 4, 15, 22), reg=reg), "side_setback")
    assert (f.verdict, f.measured) == (NON_CONFORME, pytest.approx(1.0))
    f = finding(run(footprint=box(0, 4, 15, 22), reg=regulation()), "side_setback")
    assert (f.verdict, f.measured) == (NON_CONFORME, 0.0)


def test_rear_setback():
    f = finding(run(footprint=box(5, 4, 15, 27)), "rear_setback")
    assert (f.verdict, f.measured, f.allowed) == (NON_CONFORME, pytest.approx(3.0), 5.0)
    reg = regulation(rear_setback={"min_m": 3, "height_factor": 1.0})
    f = finding(run(height=9.0, reg=reg), "rear_setback")  # 8 m < 9 m
    assert (f.verdict, f.allowed) == (NON_CONFORME, pytest.approx(9.0))


def test_corner_lot_has_no_rear_limit():
    corner = features(["r1", "r2"], [box(-50, -12, 70, 0), box(-12, -12, 0, 80)], name=["a", "b"])
    result = run(roads=corner, footprint=box(5, 4, 15, 22))
    rear = finding(result, "rear_setback")
    assert rear.verdict == CONFORME and rear.measured is None
    side = finding(result, "side_setback")
    assert side.measured == pytest.approx(5.0)  # right limit (5 m) and top limit (8 m) are side limits
    assert finding(result, "road_setback").measured == pytest.approx(4.0)


def test_sloping_lot_sides_are_classified():
    trapezoid = Polygon([(0, 0), (20, 0), (26, 30), (-4, 30)])
    f = finding(run(parcel=trapezoid, footprint=box(4, 4, 16, 20)), "rear_setback")
    assert f.measured == pytest.approx(10.0) and f.verdict == CONFORME
    f = finding(run(parcel=trapezoid, footprint=box(4, 4, 16, 20)), "side_setback")
    # nearest corner (4, 4) to the left limit, the line 30x + 4y = 0
    assert f.measured == pytest.approx((30 * 4 + 4 * 4) / np.hypot(30, 4), rel=1e-6)


def test_servitude_no_overlap():
    na = {"na": features(["s1"], [box(14, 10, 30, 40)])}
    f = finding(run(servitudes=na), "no_overlap", "na")
    assert (f.verdict, f.measured) == (NON_CONFORME, pytest.approx(12.0))
    part = next(o for o in run(servitudes=na).offending if o.rule == "no_overlap")
    assert part.subject == "na" and part.geometry.area == pytest.approx(12.0)
    clear = run(servitudes={"na": features(["s1"], [box(16, 10, 30, 40)])})
    assert finding(clear, "no_overlap", "na").verdict == CONFORME


def test_servitude_max_overlap_area():
    f = finding(run(servitudes={"flood": features(["s"], [box(14, 10, 30, 40)])}), "max_overlap_area")
    assert (f.verdict, f.measured, f.allowed) == (CONFORME, pytest.approx(12.0), 20.0)
    f = finding(run(servitudes={"flood": features(["s"], [box(11, 10, 30, 40)])}), "max_overlap_area")
    assert (f.verdict, f.measured) == (NON_CONFORME, pytest.approx(48.0))


def test_servitude_min_distance():
    line = LineString([(25, -50), (25, 80)])
    f = finding(run(servitudes={"hv": features(["l"], [line])}), "min_distance")
    assert (f.verdict, f.measured, f.allowed) == (CONFORME, pytest.approx(10.0), 10.0)
    near = LineString([(20, -50), (20, 80)])
    result = run(servitudes={"hv": features(["l"], [near])})
    assert (finding(result, "min_distance").verdict, finding(result, "min_distance").measured) == (
        NON_CONFORME, pytest.approx(5.0))
    part = next(o for o in result.offending if o.rule == "min_distance")
    assert part.geometry.area == pytest.approx(5 * 18)


def test_servitude_max_height_inside():
    cone = {"cone": features(["c"], [box(0, 15, 20, 30)])}
    f = finding(run(servitudes=cone), "max_height_inside")
    assert (f.verdict, f.measured, f.allowed) == (NON_CONFORME, 6.0, 5.0)
    assert finding(run(servitudes=cone, height=4.5), "max_height_inside").verdict == CONFORME
    assert finding(run(servitudes=cone, height=None), "max_height_inside").verdict == A_VERIFIER
    f = finding(run(servitudes={"cone": features(["c"], [box(0, 25, 20, 30)])}), "max_height_inside")
    assert (f.verdict, f.measured) == (CONFORME, None)


@pytest.mark.parametrize("sid, rule", [("na", "no_overlap"), ("flood", "max_overlap_area"),
                                       ("hv", "min_distance"), ("cone", "max_height_inside")])
def test_servitude_without_layer_is_to_be_checked_never_compliant(sid, rule):
    """A servitude the regulation declares but no layer was given for: every application gets an
    "à vérifier" finding naming it (it used to come out "conforme" with a log line only)."""
    reg = regulation()
    given = {other: features(["s"], [FAR_AWAY]) for other in REGULATION["servitudes"] if other != sid}
    parcels = features(["P1", "P2"], [PARCEL, box(40, 0, 60, 30)], parcel_id=["P1", "P2"])
    footprints = features(["A1", "A2"], [FOOTPRINT, box(45, 4, 55, 22)], parcel_id=["P1", "P2"],
                          levels=[1, 1], height=[3.0, 3.0], use=["habitat", "habitat"])
    zoning = features(["z"], [box(-100, -100, 100, 100)], zone=["Z"])
    result = check_conformity(reg, parcels, footprints, zoning, None, {**given, "other": features([], [])})
    assert any(f"Servitude {sid}" in w for w in result.warnings)
    assert any("other" in w and "ignored" in w for w in result.warnings)
    unchecked = [f for f in result.findings if f.rule == rule]
    assert [f.application_id for f in unchecked] == ["A1", "A2"]
    label = REGULATION["servitudes"][sid]["label"]
    for f in unchecked:
        assert f.verdict == A_VERIFIER and f.subject == sid
        assert label in f.message and "not checked" in f.message
    assert {a.verdict for a in result.applications} == {A_VERIFIER}


def test_footprint_outside_its_parcel():
    result = run(footprint=box(5, 4, 15, 32))
    f = finding(result, "within_parcel")
    assert (f.verdict, f.measured) == (NON_CONFORME, pytest.approx(20.0))
    part = next(o for o in result.offending if o.rule == "within_parcel")
    assert part.geometry.equals(box(5, 30, 15, 32))
    assert result.applications[0].verdict == NON_CONFORME


def test_parcel_straddling_zones():
    zoning = features(["z1", "z2"], [box(-100, -100, 12, 100), box(12, -100, 100, 100)], zone=["Z", "Y"])
    result = run(zoning=zoning)
    app = result.applications[0]
    assert app.zones == [("Z", pytest.approx(0.6)), ("Y", pytest.approx(0.4))]
    assert app.verdict == A_VERIFIER
    zoning_finding = finding(result, "zoning")
    assert zoning_finding.verdict == A_VERIFIER and "Z (60%) / Y (40%)" in zoning_finding.message
    assert finding(result, "coverage").verdict == A_VERIFIER
    assert "straddles" in finding(result, "coverage").message
    assert finding(result, "within_parcel").verdict == CONFORME  # not a zone rule


def test_sliver_within_zone_share_tolerance_is_ignored():
    zoning = features(["z1", "z2"], [box(-100, -100, 19.8, 100), box(19.8, -100, 100, 100)], zone=["Z", "Y"])
    result = run(zoning=zoning)
    assert result.applications[0].zones[0] == ("Z", pytest.approx(0.99))
    assert result.applications[0].verdict == CONFORME


def test_zone_missing_from_regulation_and_parcel_outside_zoning():
    result = run(zoning=features(["z"], [box(-100, -100, 100, 100)], zone=["XX"]))
    assert finding(result, "zoning").verdict == A_VERIFIER and "XX" in finding(result, "zoning").message
    result = run(zoning=features(["z"], [FAR_AWAY], zone=["Z"]))
    assert finding(result, "zoning").verdict == A_VERIFIER
    assert result.applications[0].verdict == A_VERIFIER


def test_invalid_geometries_are_named_and_repaired():
    bowtie = Polygon([(5, 4), (15, 22), (15, 4), (5, 22)])
    assert not bowtie.is_valid
    result = run(footprint=bowtie)
    f = finding(result, "geometry")
    assert f.verdict == A_VERIFIER and "'A1'" in f.message
    assert "self-intersection at (10.00, 13.00)" in f.message
    assert "[" not in f.message  # GEOS's raw "Self-intersection[10 13]" is not what a planner reads
    assert finding(result, "coverage").measured == pytest.approx(90 / 600)
    bad_zone = Polygon([(-100, -100), (100, 100), (100, -100), (-100, 100)])
    result = run(zoning=features(["zone-7"], [bad_zone], zone=["Z"]))
    assert any("zone-7" in w for w in result.warnings)
    bad_parcel = Polygon([(0, 0), (20, 30), (20, 0), (0, 30)])
    result = run(parcel=bad_parcel)
    assert any(f.rule == "geometry" and "'P1'" in f.message for f in result.findings)


def test_missing_geometries_do_not_crash():
    result = run(footprint=None)
    assert any(f.rule == "geometry" and "no geometry" in f.message for f in result.findings)
    assert finding(result, "coverage").verdict == A_VERIFIER
    assert result.applications[0].verdict == A_VERIFIER
    result = run(parcel=None)
    assert finding(result, "geometry").verdict == A_VERIFIER and "'P1'" in finding(result, "geometry").message
    assert result.applications[0].verdict == A_VERIFIER


def test_empty_inputs():
    reg = regulation()
    empty = features([], [])
    result = check_conformity(reg, empty, empty, empty, empty, {})
    assert (result.applications, result.findings, result.offending) == ([], [], [])
    result = check_conformity(reg, empty, features(["A1"], [FOOTPRINT], parcel_id=["P9"]), empty, None, {})
    assert result.applications[0].verdict == A_VERIFIER
    assert "P9" in finding(result, "within_parcel").message


def test_several_footprints_of_one_parcel_are_one_application():
    footprints = features(["A1", "A1"], [box(5, 4, 10, 22), box(12, 4, 15, 10)], parcel_id=["P1", "P1"],
                          levels=[2, 1], height=[6.0, 3.0], use=["habitat", "habitat"],
                          floor_area=[180.0, 18.0])
    parcels = features(["P1"], [PARCEL], parcel_id=["P1"], lot_date=["2010-01-01"])
    zoning = features(["z"], [box(-100, -100, 100, 100)], zone=["Z"])
    roads = features(["r"], [box(-50, -12, 70, 0)])
    result = check_conformity(regulation(), parcels, footprints, zoning, roads, {})
    assert len(result.applications) == 1 and result.applications[0].footprint_ids == ["A1", "A1"]
    assert finding(result, "coverage").measured == pytest.approx((90 + 18) / 600)
    assert finding(result, "floor_area_ratio").measured == pytest.approx(198 / 600)
    assert finding(result, "max_levels").measured == 2


def test_link_by_location_when_no_key():
    parcels = features(["P1", "P2"], [PARCEL, box(20, 0, 40, 30)], parcel_id=["P1", "P2"])
    footprints = features(["A1"], [box(17, 4, 30, 22)], levels=[1], height=[3.0], use=["habitat"])
    zoning = features(["z"], [box(-100, -100, 100, 100)], zone=["Z"])
    result = check_conformity(regulation(), parcels, footprints, zoning, None, {},
                              FieldMap(parcel_key=None))
    assert result.applications[0].parcel_id == "P2"  # 10 m inside P2, 3 m inside P1
    assert finding(result, "within_parcel").measured == pytest.approx(3 * 18)


def test_custom_field_names():
    footprints = features(["A1"], [FOOTPRINT], lot=["P1"], etages=["R+1"], h=[6.0], usage=["habitat"])
    parcels = features(["P1"], [PARCEL], lot=["P1"])
    zoning = features(["z"], [box(-100, -100, 100, 100)], code=["Z"])
    fields = FieldMap(zone_code="code", parcel_key="lot", levels="etages", height="h", use="usage")
    result = check_conformity(regulation(), parcels, footprints, zoning, None, {}, fields)
    assert finding(result, "max_levels").measured == 2
    assert finding(result, "use").verdict == CONFORME


def test_progress_and_cancel():
    seen = []
    result = check_conformity(regulation(), features(["P1"], [PARCEL]), features(["A1"], [FOOTPRINT]),
                              features(["z"], [box(-100, -100, 100, 100)], zone=["Z"]), None, {},
                              progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    assert result.applications
    with pytest.raises(ConformityCanceled):
        check_conformity(regulation(), features(["P1"], [PARCEL]), features(["A1"], [FOOTPRINT]),
                         features([], []), None, {}, is_canceled=lambda: True)


def test_overall_verdict_and_counts():
    result = run(footprint=box(2, 4, 15, 27), height=None)
    app = result.applications[0]
    assert app.verdict == NON_CONFORME
    assert app.fail_count == sum(f.verdict == NON_CONFORME for f in result.findings) >= 2
    assert app.check_count == sum(f.verdict == A_VERIFIER for f in result.findings) >= 1


def test_many_applications_vectorised():
    n = 400
    parcels = [box(i * 20, 0, i * 20 + 20, 30) for i in range(n)]
    fps = [box(i * 20 + 5, 4 + (i % 3), i * 20 + 15, 22) for i in range(n)]
    result = check_conformity(
        regulation(),
        features([f"P{i}" for i in range(n)], parcels, parcel_id=[f"P{i}" for i in range(n)]),
        features([f"A{i}" for i in range(n)], fps, parcel_id=[f"P{i}" for i in range(n)], levels=[2] * n,
                 height=[6.0] * n, use=["habitat"] * n),
        features(["z"], [box(-100, -100, n * 20 + 100, 100)], zone=["Z"]),
        features(["r"], [box(-50, -12, n * 20 + 50, 0)]),
        {},
    )
    assert len(result.applications) == n
    road = [f.measured for f in result.findings if f.rule == "road_setback"]
    assert road == pytest.approx([4 + (i % 3) for i in range(n)])
    side = [f.measured for f in result.findings if f.rule == "side_setback"]
    assert side == pytest.approx([5.0] * n)  # a neighbour's road side is not this parcel's limit


def test_uses_of_many_applications_checked_against_each_ones_zone():
    """The same declared uses give different verdicts in different zones (each distinct pair of
    zone and uses is checked once, then spread over the applications)."""
    document = json.loads(json.dumps(REGULATION))
    document["zones"]["W"] = {"label": "Workshops", "uses": {"allowed": ["industrie", "commerce"],
                                                             "forbidden": ["habitat"]}}
    uses = ["habitat", "industrie", "Habitat; commerce", None, "habitat", "commerce", "entrepôt"]
    n = 2 * len(uses)  # each use once in zone Z (x < 0), once in zone W (x ≥ 0)
    xs = [-1000 + 30 * i if i < len(uses) else 30 * (i - len(uses)) for i in range(n)]
    declared = uses + uses
    result = check_conformity(
        parse_regulation(document),
        features([f"P{i}" for i in range(n)], [box(x, 0, x + 20, 30) for x in xs],
                 parcel_id=[f"P{i}" for i in range(n)]),
        features([f"A{i}" for i in range(n)], [box(x + 5, 4, x + 15, 22) for x in xs],
                 parcel_id=[f"P{i}" for i in range(n)], levels=[2] * n, height=[6.0] * n, use=declared),
        features(["z", "w"], [box(-1100, -100, -10, 100), box(-10, -100, 1000, 100)], zone=["Z", "W"]),
        None, {},
    )
    use = {f.application_id: f for f in result.findings if f.rule == "use"}
    verdicts = [use[f"A{i}"].verdict for i in range(n)]
    assert verdicts == [CONFORME, NON_CONFORME, CONFORME, A_VERIFIER, CONFORME, CONFORME, NON_CONFORME,
                        NON_CONFORME, CONFORME, NON_CONFORME, A_VERIFIER, NON_CONFORME, CONFORME,
                        NON_CONFORME]
    assert [use[f"A{i}"].subject for i in range(n)] == ["Z"] * len(uses) + ["W"] * len(uses)
    assert "'commerce, habitat' is allowed in zone Z" in use["A2"].message
    assert "'industrie' is not allowed in zone Z" in use["A1"].message
    assert "'habitat' is not allowed in zone W" in use["A7"].message  # forbidden there
    assert "'habitat' is not allowed in zone W" in use["A9"].message  # only the offending use shown
    assert "'entrepot' is not allowed in zone W" in use["A13"].message  # not among the allowed


def test_feature_applications_give_each_footprint_its_application():
    parcels = [box(0, 0, 20, 30), box(20, 0, 40, 30)]
    fps = [box(25, 4, 35, 20), box(2, 4, 8, 20), box(12, 4, 18, 20)]
    result = check_conformity(
        regulation(),
        features(["P1", "P2"], parcels, parcel_id=["P1", "P2"]),
        features(["A", "A", "A"], fps, parcel_id=["P2", "P1", "P1"], levels=[2, 2, 9], height=[6.0] * 3,
                 use=["habitat"] * 3),
        features(["z"], [box(-100, -100, 100, 100)], zone=["Z"]),
        features(["r"], [box(-50, -12, 70, 0)]),
        {sid: features(["s"], [FAR_AWAY]) for sid in REGULATION["servitudes"]},  # all checked
    )
    # one application per parcel, in the order met, all three footprints with the id "A": each
    # feature gets its own parcel's application (P1's has 9 levels, and footprints 2 m from a side)
    apps = result.applications
    assert [a.parcel_id for a in apps] == ["P2", "P1"]
    assert result.feature_applications.tolist() == [0, 1, 1]
    assert [apps[k].verdict for k in result.feature_applications] == [CONFORME, NON_CONFORME, NON_CONFORME]


# --------------------------------------------------------------------------- the sample data


def _read_layer(ds, name: str, key: str | None = None) -> FeatureSet:
    layer = ds.GetLayerByName(name)
    definition = layer.GetLayerDefn()
    names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    ids, geometries, columns = [], [], {n: [] for n in names}
    for feature in layer:
        ids.append(feature.GetField(key) if key else feature.GetFID())
        geometry = feature.GetGeometryRef()
        geometries.append(shapely.from_wkb(bytes(geometry.ExportToWkb())) if geometry else None)
        for n in names:
            columns[n].append(None if feature.IsFieldNull(n) else feature.GetField(n))
    return features(ids, geometries, **columns)


@pytest.fixture(scope="module")
def sample_result():
    from osgeo import ogr

    ds = ogr.Open(str(SAMPLE / "hay_al_amal.gpkg"))
    reg = load_regulation(SAMPLE / "regulation.json")
    servitudes = {sid: _read_layer(ds, sid) for sid in reg.servitudes}
    parcels = _read_layer(ds, "parcels", "parcel_id")
    applications = _read_layer(ds, "applications", "app_id")
    return check_conformity(reg, parcels, applications, _read_layer(ds, "zoning"), _read_layer(ds, "roads"),
                            servitudes)


def test_sample_every_rule_passes_and_fails(sample_result):
    verdicts = {}
    for f in sample_result.findings:
        verdicts.setdefault(f.rule, set()).add(f.verdict)
    rules_checked = set(verdicts) - {"zoning", "geometry"}
    assert len(rules_checked) == 15
    for rule in rules_checked:
        assert {CONFORME, NON_CONFORME} <= verdicts[rule], rule
    assert A_VERIFIER in verdicts["zoning"] and A_VERIFIER in verdicts["geometry"]
    assert sample_result.warnings == []
    # plain Python values: the Processing algorithm hands them to Qt, which refuses numpy scalars
    for f in sample_result.findings:
        assert not isinstance(f.measured, np.generic) and not isinstance(f.allowed, np.generic), f
    for app in sample_result.applications:
        assert all(type(share) is float for _code, share in app.zones)


def test_sample_applications_meet_their_expectations(sample_result):
    expected = json.loads((SAMPLE / "expected.json").read_text(encoding="utf-8"))
    assert {a.application_id for a in sample_result.applications} == set(expected)
    for app in sample_result.applications:
        found = {}
        for f in sample_result.findings_for(app.application_id):
            found[f.rule] = f.verdict
            found[f"{f.rule}@{f.subject}"] = f.verdict
        for rule, verdict in expected[app.application_id]["expect"].items():
            assert found.get(rule) == verdict, (app.application_id, rule)
        assert app.parcel_id == expected[app.application_id]["parcel_id"]


def test_sample_overall_verdicts(sample_result):
    verdict = {a.application_id: a.verdict for a in sample_result.applications}
    assert verdict["PC-001"] == CONFORME
    assert verdict["PC-022"] == A_VERIFIER  # older undersized lot only
    assert verdict["PC-010"] == A_VERIFIER  # straddling parcel
    assert verdict["PC-013"] == A_VERIFIER  # height missing
    assert verdict["PC-023"] == NON_CONFORME
    assert sorted({a.verdict for a in sample_result.applications}) == [A_VERIFIER, CONFORME, NON_CONFORME]


def test_unmapped_field_is_reported_as_missing():
    footprints = features(["A1"], [FOOTPRINT], parcel_id=["P1"], levels=[2], use=["habitat"])
    parcels = features(["P1"], [PARCEL], parcel_id=["P1"])
    zoning = features(["z"], [box(-100, -100, 100, 100)], zone=["Z"])
    result = check_conformity(regulation(), parcels, footprints, zoning, None, {}, FieldMap(height=""))
    f = finding(result, "max_height")
    assert f.verdict == A_VERIFIER and "no field chosen" in f.message


def test_overlapping_servitude_features_count_once_and_lines_are_refused_for_areas():
    twice = {"flood": features(["s1", "s2"], [box(14, 10, 30, 40), box(14, 10, 30, 40)])}
    assert finding(run(servitudes=twice), "max_overlap_area").measured == pytest.approx(12.0)
    line = {"na": features(["l"], [LineString([(0, 15), (20, 15)])])}
    result = run(servitudes=line)
    assert any("non-polygon" in w for w in result.warnings)
    assert finding(result, "no_overlap", "na").message.endswith("the layer has no feature.")


def test_road_setback_depending_on_road_width():
    reg = regulation(road_setback_m=4, road_setback_by_width=[{"from_width_m": 20, "setback_m": 6},
                                                             {"from_width_m": 30, "setback_m": 8}])
    narrow = features(["r1"], [box(-50, -12, 70, 0)], width_m=[12.0])
    wide = features(["r1"], [box(-50, -12, 70, 0)], width_m=[20.0])
    unknown = features(["r1"], [box(-50, -12, 70, 0)], width_m=[None])
    f = finding(run(reg=reg, roads=narrow), "road_setback")
    assert (f.verdict, f.measured, f.allowed) == (CONFORME, pytest.approx(4.0), 4.0)
    f = finding(run(reg=reg, roads=wide), "road_setback")
    assert (f.verdict, f.allowed) == (NON_CONFORME, 6.0)
    f = finding(run(reg=reg, roads=unknown), "road_setback")
    assert f.verdict == A_VERIFIER and "'width_m'" in f.message and f.allowed == 8.0
    f = finding(run(reg=reg, roads=unknown, footprint=box(5, 9, 15, 22)), "road_setback")
    assert f.verdict == CONFORME  # 9 m satisfies even the widest road's 8 m


@pytest.mark.parametrize("step", ["_zone_shares", "_classify_sides", "_outside_parcel", "_check_setback"])
def test_an_error_in_a_step_the_threads_wait_for_reaches_the_check(monkeypatch, step):
    """The parcel-side worker starts before the main zones are known and waits for them, and the
    check waits for each of the worker's results in turn: when a step fails on either side (the
    zone shares, or the worker's sides, off-parcel parts, setbacks), the error comes out at once
    (no thread left waiting for a result never given)."""
    from agence_urbaine.core import conformity

    def failing(*args, **kwargs):
        raise RuntimeError(f"{step} failed")

    monkeypatch.setattr(conformity, step, failing)
    errors = []

    def check():
        try:
            run()
        except RuntimeError as error:
            errors.append(error)

    thread = threading.Thread(target=check, daemon=True)
    thread.start()
    thread.join(30)
    assert not thread.is_alive() and [str(e) for e in errors] == [f"{step} failed"]


def test_geometry_rules_come_in_a_fixed_order():
    """Frontage and the footprint within its parcel first (their measures come early), then the
    servitudes, then the setbacks: the same order whichever worker finishes first."""
    blocks = []
    layers = {sid: features(["s"], [FAR_AWAY]) for sid in REGULATION["servitudes"]}
    check_conformity(regulation(), features(["P1"], [PARCEL], parcel_id=["P1"], lot_date=["2010-05-01"]),
                     features(["A1"], [FOOTPRINT], levels=[2], height=[6.0], use=["habitat"],
                              parcel_id=["P1"]),
                     features(["z1"], [box(-100, -100, 100, 100)], zone=["Z"]),
                     features(["r1"], [box(-50, -12, 70, 0)], width_m=[12.0]), layers,
                     on_findings=lambda columns: blocks.append(columns["rule"][0]), keep_findings=False)
    geometry = [rule for rule in blocks if rule in ("min_frontage", "within_parcel", "road_setback",
                                                     "side_setback", "rear_setback", "no_overlap",
                                                     "max_overlap_area", "min_distance", "max_height_inside")]
    assert geometry == ["min_frontage", "within_parcel", "no_overlap", "max_overlap_area", "min_distance",
                        "max_height_inside", "road_setback", "side_setback", "rear_setback"]


def test_multipart_parcels_are_named_in_a_warning():
    two_parts = shapely.MultiPolygon([box(0, 0, 20, 30), box(0, 40, 5, 45)])
    one_part_multi = shapely.MultiPolygon([box(100, 0, 120, 30)])
    parcels = features(["P1", "P2", "P3"], [two_parts, one_part_multi, box(200, 0, 220, 30)],
                       parcel_id=["P1", "P2", "P3"])
    footprints = features(["A1", "A2", "A3"], [FOOTPRINT, box(105, 4, 115, 22), box(205, 4, 215, 22)],
                          parcel_id=["P1", "P2", "P3"], levels=[1] * 3, height=[3.0] * 3, use=["habitat"] * 3)
    zoning = features(["z"], [box(-100, -100, 300, 100)], zone=["Z"])
    layers = {sid: features(["s"], [FAR_AWAY]) for sid in REGULATION["servitudes"]}
    result = check_conformity(regulation(), parcels, footprints, zoning, None, layers)
    several = [w for w in result.warnings if "several parts" in w]
    assert len(several) == 1 and several[0].startswith("1 parcels") and "P1" in several[0]
    assert "P2" not in several[0] and "P3" not in several[0]


def test_zones_the_regulation_does_not_declare_are_counted_in_a_warning():
    parcels = features(["P1", "P2", "P3"], [PARCEL, box(40, 0, 60, 30), box(80, 0, 100, 30)],
                       parcel_id=["P1", "P2", "P3"])
    footprints = features(["A1", "A2", "A3"], [FOOTPRINT, box(45, 4, 55, 22), box(85, 4, 95, 22)],
                          parcel_id=["P1", "P2", "P3"], levels=[1] * 3, height=[3.0] * 3, use=["habitat"] * 3)
    strips = [box(-10, -10, 30, 40), box(30, -10, 70, 40), box(70, -10, 110, 40)]
    zoning = features(["z1", "z2", "z3"], strips, zone=["Z", "UX", "QQ"])
    layers = {sid: features(["s"], [FAR_AWAY]) for sid in REGULATION["servitudes"]}
    result = check_conformity(regulation(), parcels, footprints, zoning, None, layers)
    undeclared = [w for w in result.warnings if "does not declare" in w]
    assert len(undeclared) == 1 and undeclared[0].startswith("2 applications") and "QQ, UX" in undeclared[0]
    assert [a.verdict for a in result.applications][1:] == [A_VERIFIER, A_VERIFIER]


def _bowtie(x1, y1, x2, y2, notch=0.5):
    """The box x1..x2 × y1..y2 drawn with a tiny self-intersecting loop at its top-right corner: GEOS
    repairs it into the box plus a 0.5 m notch, so every measure stays within half a metre."""
    return Polygon([(x1, y1), (x2, y1), (x2, y2), (x2 - notch, y2 + notch), (x2, y2 + notch),
                    (x2 - notch, y2), (x1, y2)])


@pytest.mark.parametrize("rule, subject, changes", [
    ("coverage", None, {"footprint": box(2, 4, 18, 24), "levels": 1}),  # 320 / 600 > 0.5
    ("floor_area_ratio", None, {"footprint": box(4, 4, 16, 28), "levels": 3}),  # 864 / 600 > 1.2
    ("road_setback", None, {"footprint": box(5, 2, 15, 20)}),
    ("side_setback", None, {"footprint": box(1, 4, 11, 22)}),
    ("rear_setback", None, {"footprint": box(5, 4, 15, 27)}),
    ("within_parcel", None, {"footprint": box(5, 4, 15, 32)}),
    ("no_overlap", "na", {"servitudes": {"na": features(["s"], [box(12, 10, 30, 40)])}}),
])
def test_measures_on_a_repaired_footprint_are_never_non_conforme_on_their_own(rule, subject, changes):
    """A footprint GEOS had to repair (self-intersection) makes the application "à vérifier":
    the rule failing on the repaired shape says so, its measure is kept as indicative."""
    valid = dict(changes)
    shape = valid.get("footprint", FOOTPRINT)
    assert finding(run(**valid), rule, subject).verdict == NON_CONFORME  # the same shape, valid
    repaired = {**valid, "footprint": _bowtie(*shape.bounds)}
    assert not repaired["footprint"].is_valid
    result = run(**repaired)
    f = finding(result, rule, subject)
    assert f.verdict == A_VERIFIER and "repaired geometry" in f.message
    assert f.measured == pytest.approx(finding(run(**valid), rule, subject).measured, abs=0.6)
    assert result.applications[0].verdict == A_VERIFIER
    assert result.applications[0].fail_count == 0


def test_a_repaired_footprint_does_not_hide_what_its_shape_does_not_decide():
    result = run(footprint=_bowtie(5, 4, 15, 22), levels=9)  # 9 levels: the plan allows 3
    assert finding(result, "max_levels").verdict == NON_CONFORME
    assert result.applications[0].verdict == NON_CONFORME


def test_measures_on_a_repaired_parcel_are_indicative():
    small = box(0, 0, 20, 20)  # 400 m² where 500 are required
    assert finding(run(parcel=small, footprint=box(5, 4, 15, 12)), "min_lot_area").verdict == NON_CONFORME
    result = run(parcel=_bowtie(0, 0, 20, 20), footprint=box(5, 4, 15, 12))
    assert finding(result, "min_lot_area").verdict == A_VERIFIER
    assert result.applications[0].verdict == A_VERIFIER
