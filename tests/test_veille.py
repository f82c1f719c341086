"""Veille urbaine: ``core.veille.find_unpermitted`` on hand-computed rectangles, and
``agenceurbaine:unpermittedbuildings`` through Processing (memory layers and the sample plan)."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from processing_helpers import SAMPLE, RecordingFeedback, ensure_provider
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessingException,
    QgsVectorLayer,
)
from shapely import Polygon, box

from agence_urbaine.compat import FieldType
from agence_urbaine.core import veille
from agence_urbaine.core.conformity import FeatureSet
from agence_urbaine.core.veille import (
    CONFORMING,
    EXCEEDS_PERMIT,
    NO_PERMIT,
    VeilleCanceled,
    find_unpermitted,
    status_label,
)

ALGORITHM = "agenceurbaine:unpermittedbuildings"
VEILLE_FIELDS = ("vu_status", "vu_label", "vu_permits", "vu_obs_m2", "vu_perm_m2", "vu_in_m2", "vu_exc_m2")


def feature_set(ids, geometries, **attributes) -> FeatureSet:
    array = np.empty(len(geometries), dtype=object)
    array[:] = list(geometries)
    return FeatureSet(list(ids), array, {k: list(v) for k, v in attributes.items()})


# Each case: observed building, permitted footprints (permit id, geometry), expected status,
# observed m², permitted m², excess m² — all computed by hand; defaults 10 m², 10 %, 0.3.
CASES = {
    # built exactly as permitted
    "same": (box(0, 0, 10, 10), [("PC-1", box(0, 0, 10, 10))], CONFORMING, 100, 100, 0),
    # 2 m deeper: 20 m² > 10 m² and 20 m² > 10 % × 100 m²
    "deeper": (box(20, 0, 30, 12), [("PC-2", box(20, 0, 30, 10))], EXCEEDS_PERMIT, 120, 100, 20),
    # 0.5 m deeper: 5 m² is under 10 m² (and 5 % under 10 %)
    "slightly": (box(40, 0, 50, 10.5), [("PC-3", box(40, 0, 50, 10))], CONFORMING, 105, 100, 5),
    # 160 m² > 10 m² but only 8 % of 2000 m²: within the ratio tolerance
    "big_lot": (box(60, 0, 100, 54), [("PC-4", box(60, 0, 100, 50))], CONFORMING, 2160, 2000, 160),
    # 4 m² is 20 % of 20 m² but under 10 m²: within the absolute tolerance
    "small": (box(120, 0, 124, 6), [("PC-5", box(120, 0, 124, 5))], CONFORMING, 24, 20, 4),
    # exactly 10 m² (and exactly 10 %): thresholds are strict, so conforming
    "equal": (box(140, 0, 150, 11), [("PC-6", box(140, 0, 150, 10))], CONFORMING, 110, 100, 10),
    # nothing permitted there
    "nothing": (box(200, 0, 210, 10), [], NO_PERMIT, 100, 0, 100),
    # overlaps a permit by 10 m²: 10 % of each, under 0.3 of the smaller → not that permit
    "neighbour": (box(309, 0, 319, 10), [("PC-8", box(300, 0, 310, 10))], NO_PERMIT, 100, 0, 100),
    # whole 25 m² permit built on and much more: 25 m² ≥ 0.3 × 25 → matches, 75 m² excess
    "four_times": (box(500, 0, 510, 10), [("PC-10", box(500, 0, 505, 5))], EXCEEDS_PERMIT, 100, 25, 75),
    # one building over two adjacent permits: both matched, union 200 m²
    "two_permits": (box(600, 0, 620, 10), [("PC-11", box(600, 0, 610, 10)), ("PC-12", box(610, 0, 620, 10))],
                    CONFORMING, 200, 200, 0),
}
NOT_BUILT = [("PC-9", box(400, 0, 410, 10))]
EXPECTED_NOT_BUILT = {"PC-8", "PC-9"}


def case_layers():
    observed = feature_set(list(CASES), [case[0] for case in CASES.values()])
    permits = [p for case in CASES.values() for p in case[1]] + NOT_BUILT
    permitted = feature_set([f"fp{i}" for i in range(len(permits))], [g for _, g in permits],
                            app_id=[pid for pid, _ in permits])
    return observed, permitted


# --------------------------------------------------------------------------- core


def test_every_class_on_hand_computed_rectangles():
    observed, permitted = case_layers()
    result = find_unpermitted(observed, permitted, permit_id_field="app_id")
    assert result.warnings == []
    assert [b.building_id for b in result.buildings] == list(CASES)
    for building in result.buildings:
        _, permits, status, observed_m2, permitted_m2, excess_m2 = CASES[building.building_id]
        assert building.status == status, building
        assert building.observed_m2 == pytest.approx(observed_m2)
        assert building.permitted_m2 == pytest.approx(permitted_m2)
        assert building.excess_m2 == pytest.approx(excess_m2)
        expected_ids = [] if status == NO_PERMIT else sorted(pid for pid, _ in permits)
        assert building.permit_ids == expected_ids
        assert building.label == status_label(status)
    assert {item.permit_id for item in result.not_built} == EXPECTED_NOT_BUILT
    assert result.counts() == {NO_PERMIT: 2, EXCEEDS_PERMIT: 2, CONFORMING: 6, "not_built": 2, "skipped": 0}


def test_excess_geometry_is_the_part_outside_the_permits():
    observed, permitted = case_layers()
    by_id = {b.building_id: b for b in find_unpermitted(observed, permitted).buildings}
    assert shapely.equals(by_id["deeper"].excess, box(20, 10, 30, 12))
    assert shapely.equals(by_id["four_times"].excess, box(500, 0, 510, 10).difference(box(500, 0, 505, 5)))
    assert shapely.equals(by_id["nothing"].excess, box(200, 0, 210, 10))
    assert shapely.equals(by_id["neighbour"].excess, box(309, 0, 319, 10))
    assert by_id["same"].excess is None
    assert by_id["two_permits"].excess is None


def test_without_permit_id_field_the_footprint_ids_are_reported():
    observed, permitted = case_layers()
    by_id = {b.building_id: b for b in find_unpermitted(observed, permitted).buildings}
    assert by_id["two_permits"].permit_ids == ["fp8", "fp9"]


def test_thresholds_are_parameters():
    observed, permitted = case_layers()
    strict = find_unpermitted(observed, permitted, threshold_m2=0, threshold_ratio=0)
    statuses = {b.building_id: b.status for b in strict.buildings}
    assert {k for k, s in statuses.items() if s == EXCEEDS_PERMIT} == {
        "deeper", "slightly", "big_lot", "small", "equal", "four_times"}
    loose = find_unpermitted(observed, permitted, min_overlap_ratio=0.05)
    assert {b.building_id: b.status for b in loose.buildings}["neighbour"] == EXCEEDS_PERMIT
    with pytest.raises(ValueError):
        find_unpermitted(observed, permitted, threshold_m2=-1)
    with pytest.raises(ValueError):
        find_unpermitted(observed, permitted, min_overlap_ratio=1.5)


def test_invalid_and_missing_geometries_are_named_never_fatal():
    bowtie = Polygon([(0, 0), (10, 10), (10, 0), (0, 10)])  # two 25 m² triangles once repaired
    line_like = Polygon([(50, 0), (60, 0), (55, 0)])  # no area
    observed = feature_set(["bowtie", "missing", "empty", "flat"],
                           [bowtie, None, Polygon(), line_like])
    permitted = feature_set(["p1", "p2"], [box(0, 0, 10, 10), Polygon([(0, 0), (10, 10), (10, 0), (0, 10)])])
    result = find_unpermitted(observed, permitted)
    text = "\n".join(result.warnings)
    for name in ("'bowtie'", "'missing'", "'empty'", "'flat'", "'p2'"):
        assert name in text, text
    assert [b.building_id for b in result.buildings] == ["bowtie"]
    assert result.buildings[0].status == CONFORMING
    assert result.buildings[0].observed_m2 == pytest.approx(50)
    assert sorted(result.skipped) == [1, 2, 3]


def test_empty_inputs_give_empty_results():
    empty = feature_set([], [])
    observed, permitted = case_layers()
    nothing = find_unpermitted(empty, empty)
    assert nothing.buildings == [] and nothing.not_built == [] and nothing.warnings == []
    only_observed = find_unpermitted(observed, empty)
    assert {b.status for b in only_observed.buildings} == {NO_PERMIT}
    assert sum(b.excess_m2 for b in only_observed.buildings) == pytest.approx(
        sum(case[3] for case in CASES.values()))
    only_permitted = find_unpermitted(empty, permitted)
    assert only_permitted.buildings == [] and len(only_permitted.not_built) == len(permitted)


def test_progress_and_cancel():
    observed, permitted = case_layers()
    seen = []
    find_unpermitted(observed, permitted, progress=seen.append)
    assert seen[0] == 0.0 and seen[-1] == 1.0 and seen == sorted(seen)
    with pytest.raises(VeilleCanceled):
        find_unpermitted(observed, permitted, is_canceled=lambda: True)


# --------------------------------------------------------------------------- Processing

X0, Y0 = 380_000.0, 370_000.0  # Rabat area in EPSG:26191


def memory_layer(name: str, crs: str, rows: list, fields: tuple = ()) -> QgsVectorLayer:
    """A polygon memory layer; rows are (shapely geometry or None, attribute list)."""
    layer = QgsVectorLayer(f"Polygon?crs={crs}", name, "memory")
    layer.dataProvider().addAttributes([QgsField(n, FieldType.QString) for n in fields])
    layer.updateFields()
    features = []
    for geometry, attributes in rows:
        feature = QgsFeature(layer.fields())
        if geometry is not None:
            feature.setGeometry(QgsGeometry.fromWkt(shapely.to_wkt(geometry)))
        feature.setAttributes(list(attributes))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    return layer


def shifted(geometry):
    return shapely.transform(geometry, lambda xy: xy + np.array([X0, Y0]))


def case_memory_layers(crs: str = "EPSG:26191"):
    observed = memory_layer("observed", crs, [(shifted(c[0]), [k]) for k, c in CASES.items()], ("obs_id",))
    permits = [p for case in CASES.values() for p in case[1]] + NOT_BUILT
    permitted = memory_layer("permitted", "EPSG:26191", [(shifted(g), [pid]) for pid, g in permits],
                             ("app_id",))
    return observed, permitted


@pytest.fixture(scope="module")
def run(qgis_processing):
    ensure_provider()
    import processing
    from agence_urbaine.processing.algorithms.unpermitted_buildings import UnpermittedBuildingsAlgorithm

    registry_has_it = QgsApplication.processingRegistry().algorithmById(ALGORITHM) is not None

    def run_algorithm(parameters, feedback=None):
        algorithm = ALGORITHM if registry_has_it else UnpermittedBuildingsAlgorithm().create()
        defaults = {"OUTPUT": "TEMPORARY_OUTPUT", "EXCESS": "TEMPORARY_OUTPUT"}
        return processing.run(algorithm, {**defaults, **parameters}, feedback=feedback)

    return run_algorithm


def _features(layer, key="obs_id"):
    return {f[key]: f for f in layer.getFeatures()}


def test_algorithm_classifies_memory_layers(run):
    observed, permitted = case_memory_layers()
    feedback = RecordingFeedback()
    result = run({"OBSERVED": observed, "PERMITTED": permitted, "PERMIT_ID_FIELD": "app_id",
                  "NOT_BUILT": "TEMPORARY_OUTPUT"}, feedback)
    assert (result["NO_PERMIT_COUNT"], result["EXCEEDS_PERMIT_COUNT"], result["CONFORMING_COUNT"],
            result["NOT_BUILT_COUNT"], result["SKIPPED_COUNT"]) == (2, 2, 6, 2, 0)
    output, excess, not_built = result["OUTPUT"], result["EXCESS"], result["NOT_BUILT"]
    assert output.crs().authid() == "EPSG:26191"
    assert set(VEILLE_FIELDS) <= set(output.fields().names())
    rows = _features(output)
    for key, (_, permits, status, observed_m2, permitted_m2, excess_m2) in CASES.items():
        row = rows[key]
        assert row["vu_status"] == status
        assert row["vu_label"] == status_label(status)
        assert row["vu_obs_m2"] == pytest.approx(observed_m2, abs=0.01)
        assert row["vu_perm_m2"] == pytest.approx(permitted_m2, abs=0.01)
        assert row["vu_exc_m2"] == pytest.approx(excess_m2, abs=0.01)
        assert row["vu_in_m2"] == pytest.approx(observed_m2 - excess_m2, abs=0.01)
        if status != NO_PERMIT:
            assert row["vu_permits"] == ", ".join(sorted(pid for pid, _ in permits))
    parts = _features(excess)
    assert set(parts) == {"deeper", "four_times", "nothing", "neighbour"}
    assert parts["deeper"].geometry().area() == pytest.approx(20)
    assert {f["app_id"] for f in not_built.getFeatures()} == EXPECTED_NOT_BUILT
    assert any("2 without permit" in text for text in feedback.infos), feedback.infos


def test_algorithm_refuses_a_geographic_crs(run):
    observed = memory_layer("observed", "EPSG:4326", [(box(-6.85, 34.0, -6.849, 34.001), ["a"])], ("obs_id",))
    projected, permitted = case_memory_layers()
    with pytest.raises(QgsProcessingException, match="geographic"):
        run({"OBSERVED": observed, "PERMITTED": permitted})
    with pytest.raises(QgsProcessingException, match="geographic"):
        run({"OBSERVED": projected, "PERMITTED": permitted,
             "TARGET_CRS": QgsCoordinateReferenceSystem("EPSG:4326")})


def test_algorithm_measures_geographic_input_in_the_given_projected_crs(run):
    import processing

    observed, permitted = case_memory_layers()

    wgs84 = processing.run("native:reprojectlayer", {
        "INPUT": observed, "TARGET_CRS": QgsCoordinateReferenceSystem("EPSG:4326"),
        "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    feedback = RecordingFeedback()
    result = run({"OBSERVED": wgs84, "PERMITTED": permitted, "PERMIT_ID_FIELD": "app_id",
                  "TARGET_CRS": QgsCoordinateReferenceSystem("EPSG:26191")}, feedback)
    assert result["OUTPUT"].crs().authid() == "EPSG:26191"
    rows = _features(result["OUTPUT"])
    assert len(rows) == len(CASES)
    for key, case in CASES.items():
        assert rows[key]["vu_exc_m2"] == pytest.approx(case[5], abs=0.5)  # round trip: cm
        if key != "equal":  # exactly on the threshold: the round trip through degrees decides
            assert rows[key]["vu_status"] == case[2], key
    assert any("reprojected" in text for text in feedback.infos), feedback.infos


def test_algorithm_repairs_invalid_and_names_missing_geometries(run):
    bowtie = shifted(Polygon([(0, 0), (10, 10), (10, 0), (0, 10)]))
    observed = memory_layer("observed", "EPSG:26191", [(bowtie, ["bowtie"]), (None, ["ghost"])], ("obs_id",))
    _, permitted = case_memory_layers()
    feedback = RecordingFeedback()
    result = run({"OBSERVED": observed, "PERMITTED": permitted}, feedback)
    assert result["CONFORMING_COUNT"] == 1 and result["SKIPPED_COUNT"] == 1
    text = "\n".join(feedback.warnings)
    assert "invalid geometry" in text and "no geometry" in text, text


def test_algorithm_stops_when_canceled(run):
    observed, permitted = case_memory_layers()
    feedback = RecordingFeedback()
    feedback.cancel()
    result = run({"OBSERVED": observed, "PERMITTED": permitted}, feedback)
    assert "CONFORMING_COUNT" not in result


def test_algorithm_on_the_sample_plan(run):
    if not SAMPLE.exists():
        pytest.skip(f"{SAMPLE.name} not generated yet (python3 sample_data/generate.py)")
    observed = QgsVectorLayer(f"{SAMPLE}|layername=observed_buildings", "observed", "ogr")
    permitted = QgsVectorLayer(f"{SAMPLE}|layername=applications", "applications", "ogr")
    if not (observed.isValid() and permitted.isValid()):
        pytest.skip(f"{SAMPLE.name} has no observed_buildings or applications layer yet")
    result = run({"OBSERVED": observed, "PERMITTED": permitted, "PERMIT_ID_FIELD": "app_id"})
    counts = [result[key] for key in ("NO_PERMIT_COUNT", "EXCEEDS_PERMIT_COUNT", "CONFORMING_COUNT")]
    assert sum(counts) + result["SKIPPED_COUNT"] == observed.featureCount()
    assert all(count >= 1 for count in counts), counts
    assert 1 <= result["NOT_BUILT_COUNT"] < permitted.featureCount()
    output, excess = result["OUTPUT"], result["EXCESS"]
    assert set(VEILLE_FIELDS) <= set(output.fields().names())
    assert set(VEILLE_FIELDS) <= set(excess.fields().names())
    assert output.featureCount() == sum(counts)
    assert excess.featureCount() == result["NO_PERMIT_COUNT"] + result["EXCEEDS_PERMIT_COUNT"]
    assert output.crs().authid() == "EPSG:26191"
    if "note" in output.fields().names():  # the generator says what each building is
        expected = {"conforme au permis": CONFORMING, "plus grand que le permis": EXCEEDS_PERMIT,
                    "sans autorisation": NO_PERMIT}
        for feature in output.getFeatures():
            if feature["note"] in expected:
                assert feature["vu_status"] == expected[feature["note"]], feature.attributes()


# --------------------------------------------------------------------------- issue #18: the rule

def multipolygon(*boxes):
    return shapely.MultiPolygon(list(boxes))


GROUP = [box(0, 0, 10, 20), box(30, 0, 40, 20), box(60, 0, 70, 20), box(90, 0, 100, 20)]  # 4 × 200 m²


def test_excess_is_measured_against_the_permit_where_the_building_stands():
    # (observed, permitted footprint(s), expected status, permitted m², within m², excess m²), by hand:
    cases = {
        # 10 × 10 = 100 m², 3.5 × 10 = 35 m² inside a 30 × 30 = 900 m² permit (35 ≥ 0.3 × 100: match);
        # 65 m² outside > 10 m² and > 10 % × 35 m² (the old rule compared 65 with 10 % × 900 = 90)
        "neighbour": (box(-6.5, 0, 3.5, 10), [box(0, 0, 30, 30)], EXCEEDS_PERMIT, 900, 35, 65),
        # a villa built 35 % larger (13.5 × 20 = 270 m²) on its 200 m² part of a group permit of 4:
        # 70 m² > 10 % × 200 (the old rule: 10 % × 800 = 80)
        "villa": (box(0, 0, 13.5, 20), [multipolygon(*GROUP)], EXCEEDS_PERMIT, 200, 200, 70),
        # 15 m² over its 100 m² part of a two-part permit: 15 > 10 and 15 > 10 (old: 10 % × 200 = 20)
        "two_part": (box(0, 0, 10, 11.5), [multipolygon(box(0, 0, 10, 10), box(20, 0, 30, 10))],
                     EXCEEDS_PERMIT, 100, 100, 15),
        # the same 15 m² over a 200 m² single part: 15 ≤ 10 % × 200 → conforming
        "big_part": (box(0, 0, 20, 10.75), [box(0, 0, 20, 10)], CONFORMING, 200, 200, 15),
    }
    for name, (building, footprints, status, permitted_m2, within_m2, excess_m2) in cases.items():
        result = find_unpermitted(feature_set([name], [building]),
                                  feature_set([f"fp{i}" for i in range(len(footprints))], footprints))
        (found,) = result.buildings
        assert (found.status, found.permitted_m2, found.within_m2, found.excess_m2) == pytest.approx(
            (status, permitted_m2, within_m2, excess_m2)), name


GROWABLE = ["same", "deeper", "slightly", "big_lot", "small", "equal"]


@pytest.mark.parametrize("case, extra", [(c, "far_part") for c in [*GROWABLE, "four_times"]]
                         + [(c, "larger_elsewhere") for c in GROWABLE])
def test_unbuilt_permitted_area_never_absorbs_an_excess(case, extra):
    """The class of failure: permitted area the building does not stand on changes nothing.

    (Not "four_times" grown: 25 m² of a 100 m² building inside a footprint larger than the building
    is under 0.3 × 100, so the building no longer matches: that is the matching rule, not the
    tolerance.)
    """
    building, ((pid, footprint),), status, observed_m2, _, excess_m2 = CASES[case]
    if extra == "far_part":  # a 10,000 m² second part 10 km away, same feature
        grown = multipolygon(footprint, box(10_000, 0, 10_100, 100))
    else:  # the same footprint grown by 100 m below and to the right, where the building is not
        x0, y0, x1, y1 = footprint.bounds
        grown = box(x0, y0 - 100, x1 + 100, y1)
    result = find_unpermitted(feature_set([case], [building]), feature_set([pid], [grown]))
    (found,) = result.buildings
    assert found.status == status
    assert found.excess_m2 == pytest.approx(excess_m2)
    assert found.within_m2 == pytest.approx(observed_m2 - excess_m2)


def test_every_unbuilt_part_of_a_group_permit_is_reported():
    villas = feature_set(["v1", "v2"], [box(0, 0, 10, 20), box(30, 0, 40, 20)])
    permits = feature_set(["g"], [multipolygon(*GROUP)], app_id=["PC-G"])
    result = find_unpermitted(villas, permits, permit_id_field="app_id")
    assert [b.status for b in result.buildings] == [CONFORMING, CONFORMING]
    unbuilt = sorted((u.permit_id, u.part, u.parts, u.permitted_m2) for u in result.not_built)
    assert unbuilt == [("PC-G", 3, 4, pytest.approx(200)), ("PC-G", 4, 4, pytest.approx(200))]
    assert [shapely.equals(u.geometry, GROUP[u.part - 1]) for u in result.not_built] == [True, True]


@pytest.mark.parametrize("value, accepted", [
    ("favorable", True), ("Favorable", True), (" FAVOURABLE ", True), ("Accordé", True),
    ("ACCORDE", True), ("autorisé", True), ("Approuvée", True), ("accordées", True), ("approuvé", True),
    ("favorable sous réserve", True), ("Avis favorable", True), ("موافق", True), ("موافقة", True),
    ("défavorable", False), ("Defavorable", False), ("non favorable", False), ("refusé", False),
    ("غير موافق", False), ("en cours", False), ("ajourné", False), ("", False), (None, False),
])
def test_decisions_are_matched_by_word_without_case_or_accents(value, accepted):
    assert veille.accepted_decisions([value]).tolist() == [accepted]


def test_refused_and_pending_applications_are_not_permits():
    observed = feature_set(["on_refused", "on_pending", "on_granted"],
                           [box(0, 0, 10, 10), box(20, 0, 30, 10), box(40, 0, 50, 10)])
    permitted = feature_set(["f1", "f2", "f3", "f4"],
                            [box(0, 0, 10, 10), box(20, 0, 30, 10), box(40, 0, 50, 10), box(60, 0, 70, 10)],
                            app_id=["PC-1", "PC-2", "PC-3", "PC-4"],
                            decision=["Défavorable", None, "Favorable", "défavorable"])
    result = find_unpermitted(observed, permitted, permit_id_field="app_id", decision_field="decision")
    assert [b.status for b in result.buildings] == [NO_PERMIT, NO_PERMIT, CONFORMING]
    assert result.left_out == {"Défavorable": ["PC-1"], "": ["PC-2"], "défavorable": ["PC-4"]}
    assert result.not_built == []  # PC-4 is refused: not a permit to build
    everything = find_unpermitted(observed, permitted, permit_id_field="app_id")
    assert [b.status for b in everything.buildings] == [CONFORMING] * 3 and everything.left_out == {}
    only_refused = find_unpermitted(observed, permitted, decision_field="decision",
                                    accepted=["défavorable"])
    assert [b.status for b in only_refused.buildings] == [CONFORMING, NO_PERMIT, NO_PERMIT]


def test_warnings_name_features_by_their_key_field():
    bowtie = Polygon([(0, 0), (10, 10), (10, 0), (0, 10)])
    observed = feature_set([1, 2], [bowtie, None], obs_id=["B-7", "B-8"])
    permitted = feature_set([1], [bowtie], app_id=["PC-77"])
    result = find_unpermitted(observed, permitted, permit_id_field="app_id", building_id_field="obs_id")
    text = "\n".join(result.warnings)
    assert "'B-7'" in text and "'B-8'" in text and "'PC-77'" in text, text
    assert "'1'" not in text and "'2'" not in text, text


@pytest.mark.parametrize("keyword, value, allowed", [
    ("threshold_m2", -1, "0 or more"), ("threshold_ratio", -0.1, "0 or more"),
    ("min_overlap_ratio", 1.5, "between 0 and 1"), ("min_overlap_ratio", -0.1, "between 0 and 1"),
])
def test_out_of_range_parameters_say_the_range(keyword, value, allowed):
    observed, permitted = case_layers()
    with pytest.raises(ValueError, match=allowed) as raised:
        find_unpermitted(observed, permitted, **{keyword: value})
    assert str(value) in str(raised.value)


# --------------------------------------------------------------------------- issue #18: Processing

def test_algorithm_results_never_go_into_renamed_fields(run):
    """A survey 'status' field keeps its values; a previous output run again is overwritten in place."""
    observed = memory_layer("observed", "EPSG:26191",
                            [(shifted(c[0]), [k, "relevé"]) for k, c in CASES.items()], ("obs_id", "status"))
    _, permitted = case_memory_layers()
    first = run({"OBSERVED": observed, "PERMITTED": permitted})["OUTPUT"]
    names = first.fields().names()
    assert names == ["obs_id", "status", *VEILLE_FIELDS], names
    assert {f["status"] for f in first.getFeatures()} == {"relevé"}
    feedback = RecordingFeedback()
    again = run({"OBSERVED": first, "PERMITTED": permitted, "THRESHOLD_M2": 0, "THRESHOLD_RATIO": 0},
                feedback)["OUTPUT"]
    assert again.fields().names() == names
    assert _features(again)["slightly"]["vu_status"] == EXCEEDS_PERMIT  # 5 m² now counts
    assert any("vu_status" in text for text in feedback.warnings), feedback.warnings


def _line_layer(kind: str) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{kind}?crs=EPSG:26191", "lines", "memory")
    feature = QgsFeature()
    wkt = "LineString(380000 370000, 380010 370010)" if kind == "LineString" else "Point(380000 370000)"
    feature.setGeometry(QgsGeometry.fromWkt(wkt))
    layer.dataProvider().addFeatures([feature])
    return layer


@pytest.mark.parametrize("kind", ["LineString", "Point"])
@pytest.mark.parametrize("role", ["OBSERVED", "PERMITTED"])
def test_algorithm_refuses_a_layer_that_is_not_polygons(run, kind, role):
    observed, permitted = case_memory_layers()
    layers = {"OBSERVED": observed, "PERMITTED": permitted, role: _line_layer(kind)}
    with pytest.raises(QgsProcessingException, match="polygon"):
        run(layers)
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    from agence_urbaine.processing.algorithms.unpermitted_buildings import UnpermittedBuildingsAlgorithm
    algorithm = UnpermittedBuildingsAlgorithm().create()  # what qgis_process and scripts reach
    algorithm.initAlgorithm()
    context = QgsProcessingContext()
    with pytest.raises(QgsProcessingException, match="polygon"):
        algorithm.processAlgorithm({**layers, "OUTPUT": "TEMPORARY_OUTPUT", "EXCESS": "TEMPORARY_OUTPUT"},
                                   context, QgsProcessingFeedback())


def test_algorithm_names_invalid_geometries_by_their_key(run):
    bowtie = Polygon([(0, 0), (10, 10), (10, 0), (0, 10)])
    observed = memory_layer("observed", "EPSG:26191", [(shifted(bowtie), ["B-7"])], ("obs_id",))
    permitted = memory_layer("permitted", "EPSG:26191", [(shifted(bowtie), ["PC-77"])], ("app_id",))
    feedback = RecordingFeedback()
    run({"OBSERVED": observed, "PERMITTED": permitted}, feedback)
    text = "\n".join(feedback.warnings)
    assert "'B-7'" in text and "'PC-77'" in text, text


@pytest.mark.parametrize("parameter, value, allowed", [
    ("THRESHOLD_M2", -1, "0 or more"), ("THRESHOLD_RATIO", -0.5, "0 or more"),
    ("MIN_OVERLAP_RATIO", 1.5, "between 0 and 1"),
])
def test_algorithm_says_the_allowed_range(run, parameter, value, allowed):
    observed, permitted = case_memory_layers()
    with pytest.raises(QgsProcessingException, match=allowed) as raised:
        run({"OBSERVED": observed, "PERMITTED": permitted, parameter: value})
    assert str(value) in str(raised.value)


def test_algorithm_leaves_out_refused_and_pending_applications(run):
    observed = memory_layer("observed", "EPSG:26191", [(shifted(box(0, 0, 10, 10)), ["on_refused"]),
                                                       (shifted(box(20, 0, 30, 10)), ["on_granted"])],
                            ("obs_id",))
    permitted = memory_layer("permitted", "EPSG:26191", [
        (shifted(box(0, 0, 10, 10)), ["PC-1", "Défavorable"]),
        (shifted(box(20, 0, 30, 10)), ["PC-2", "Accordé"]),
        (shifted(box(40, 0, 50, 10)), ["PC-3", None]),
        (shifted(box(60, 0, 70, 10)), ["PC-4", "refusé"]),
    ], ("app_id", "decision"))
    feedback = RecordingFeedback()
    result = run({"OBSERVED": observed, "PERMITTED": permitted, "NOT_BUILT": "TEMPORARY_OUTPUT"}, feedback)
    rows = _features(result["OUTPUT"])
    assert rows["on_refused"]["vu_status"] == NO_PERMIT and rows["on_granted"]["vu_status"] == CONFORMING
    assert result["NOT_BUILT_COUNT"] == 0 and result["LEFT_OUT_COUNT"] == 3
    log = "\n".join(feedback.infos)
    assert "3 applications" in log and "PC-1" in log and "PC-3" in log and "PC-4" in log, log
    everything = run({"OBSERVED": observed, "PERMITTED": permitted, "DECISION_FIELD": ""})
    assert _features(everything["OUTPUT"])["on_refused"]["vu_status"] == CONFORMING


def test_algorithm_reports_every_unbuilt_part(run):
    villas = memory_layer("observed", "EPSG:26191", [(shifted(GROUP[0]), ["v1"])], ("obs_id",))
    permits = memory_layer("permitted", "EPSG:26191", [(shifted(multipolygon(*GROUP)), ["PC-G"])],
                           ("app_id",))
    result = run({"OBSERVED": villas, "PERMITTED": permits, "NOT_BUILT": "TEMPORARY_OUTPUT"})
    assert result["NOT_BUILT_COUNT"] == 3
    parts = sorted((f["vu_permit"], f["vu_part"], f["vu_parts"], round(f.geometry().area()))
                   for f in result["NOT_BUILT"].getFeatures())
    assert parts == [("PC-G", 2, 4, 200), ("PC-G", 3, 4, 200), ("PC-G", 4, 4, 200)]


def _hue(symbol) -> int:
    return symbol.color().hsvHue()


def test_outputs_are_styled_by_status_when_loaded(qgis_processing, layer_tree_view):
    """The styles come from the algorithm's post-processing: any caller that loads the results gets them."""
    from qgis.core import QgsCategorizedSymbolRenderer, QgsProject

    import processing
    from agence_urbaine.core.i18n import use_language

    ensure_provider()
    observed, permitted = case_memory_layers()
    with use_language("fr") as french:
        if not french:
            pytest.skip("i18n/*.qm not compiled (make translations-qm)")
        result = processing.runAndLoadResults(ALGORITHM, {
            "OBSERVED": observed, "PERMITTED": permitted, "OUTPUT": "TEMPORARY_OUTPUT",
            "EXCESS": "TEMPORARY_OUTPUT", "NOT_BUILT": "TEMPORARY_OUTPUT"})
    try:
        project = QgsProject.instance()
        layers = {key: project.mapLayer(result[key]) for key in ("OUTPUT", "EXCESS", "NOT_BUILT")}
        for key in ("OUTPUT", "EXCESS"):
            renderer = layers[key].renderer()
            assert isinstance(renderer, QgsCategorizedSymbolRenderer), key
            assert renderer.classAttribute() == "vu_status"
            categories = {c.value(): c for c in renderer.categories()}
            expected = {NO_PERMIT, EXCEEDS_PERMIT} | ({CONFORMING} if key == "OUTPUT" else set())
            assert set(categories) == expected, key
            assert categories[NO_PERMIT].label() == "Sans autorisation"
            assert categories[EXCEEDS_PERMIT].label() == "Dépasse l'autorisation"
            assert _hue(categories[NO_PERMIT].symbol()) in [*range(0, 15), *range(345, 360)]  # red
            assert _hue(categories[EXCEEDS_PERMIT].symbol()) in range(20, 45)  # orange
        assert categories_ok(layers["OUTPUT"].renderer())
        assert layers["NOT_BUILT"].renderer().symbol().color().alpha() == 0  # outline only
    finally:
        QgsProject.instance().removeMapLayers([layer.id() for layer in layers.values() if layer])


def categories_ok(renderer) -> bool:
    conforming = next(c for c in renderer.categories() if c.value() == CONFORMING)
    return conforming.label() == "Conforme à l'autorisation" and _hue(conforming.symbol()) in range(90, 150)


def test_without_a_decision_field_the_log_says_every_footprint_counts(run):
    """The guide promises that line; with the field left empty (the dialog's state when the
    applications have no decision field) the log said nothing."""
    observed, permitted = case_memory_layers()
    feedback = RecordingFeedback()
    run({"OBSERVED": observed, "PERMITTED": permitted, "DECISION_FIELD": ""}, feedback=feedback)
    assert any("every footprint counts as a permit" in line for line in feedback.infos), feedback.infos
