"""Edge cases found by comparing the numpy engine (264018c) with the per-application one it replaced."""

import json
import math

import shapely
from shapely import box
from test_conformity import FAR_AWAY, REGULATION, features, finding, regulation, run

from agence_urbaine.core.conformity import check_conformity
from agence_urbaine.core.regulation import parse_regulation


def test_min_distance_to_a_collection_holding_a_polygon_with_a_hole():
    """_nearest_distance cuts non-polygonal features into segments from get_coordinates of their
    parts; a GeometryCollection's polygon part is not turned into its boundary, so the last vertex
    of the exterior ring is joined to the first vertex of the hole by a segment that does not
    exist. Here it crosses the footprint, which lies 5 m inside the hole: distance 0 instead of 5."""
    with_hole = shapely.Polygon([(-40, -50), (60, -50), (60, 50), (-40, 50)],
                                [[(20, 23), (0, 23), (0, 3), (20, 3)]])  # hole around the footprint
    collection = shapely.GeometryCollection([with_hole, shapely.LineString([(500, 500), (510, 510)])])
    footprint = box(5, 8, 15, 18)  # 5 m from each side of the hole
    f = finding(run(footprint=footprint, servitudes={"hv": features(["s"], [collection])}), "min_distance")
    assert f.measured == 5.0  # the previous engine: 5.0, conforme (10 m required here, so it fails)
    plain = finding(run(footprint=footprint, servitudes={"hv": features(["s"], [with_hole])}), "min_distance")
    assert plain.measured == f.measured


def test_findings_for_with_duplicate_application_ids():
    """Two applications with the same id (same application number on two parcels, or a NULL id
    field): findings_for(id) gives the findings of the *last* one only, so the report shows the
    second application's findings under the first one's heading. The previous engine (and the
    list fallback) returned every finding with that id."""
    parcels = features(["P1", "P2"], [box(0, 0, 20, 30), box(100, 0, 120, 30)], parcel_id=["P1", "P2"],
                       lot_date=["2010-01-01"] * 2)
    footprints = features(["A", "A"], [box(5, 4, 15, 22), box(105, 4, 115, 22)], parcel_id=["P1", "P2"],
                          levels=[2, 9], height=[6.0, 6.0], use=["habitat"] * 2, floor_area=[None] * 2)
    zoning = features(["z"], [box(-100, -100, 300, 100)], zone=["Z"])
    roads = features(["r"], [box(-50, -12, 170, 0)], width_m=[12.0])
    layers = {sid: features(["s"], [FAR_AWAY]) for sid in REGULATION["servitudes"]}
    result = check_conformity(regulation(), parcels, footprints, zoning, roads, layers)
    assert [a.application_id for a in result.applications] == ["A", "A"]
    expected = [f for f in result.findings if f.application_id == "A"]
    assert result.findings_for("A") == expected


def test_infinite_attribute_is_not_turned_into_dbl_max():
    """_reduce_groups uses np.nan_to_num, which also replaces ±inf by ±1.8e308: a height or levels
    value 'inf' is reported as 179769313486231570814527423731704356798070567525844996598917476803157260...
    (a 309-digit message) instead of inf (or a missing value)."""
    document = json.loads(json.dumps(REGULATION))
    for key in ("side_setback", "rear_setback", "max_levels"):
        del document["zones"]["Z"][key]  # (the previous engine crashed on them with an infinite value)
    result = run(reg=parse_regulation(document), height="inf")
    f = finding(result, "max_height")
    assert f.measured is None or math.isinf(f.measured), f.measured
    assert len(f.message) < 200
