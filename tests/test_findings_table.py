"""The vectorised pieces of the conformity engine against their plain, one-at-a-time definitions."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from shapely.geometry import LineString, Point, box

from agence_urbaine.core import conformity
from agence_urbaine.core.bulk import Coded
from agence_urbaine.core.findings import (
    Messages,
    format_numbers,
    format_objects,
    messages,
    objects,
)
from agence_urbaine.core.geometry import band_intersection, grouped_union, points_within, within_distance
from agence_urbaine.core.rules import RULE_TYPES


def test_grouped_union_matches_one_union_per_group():
    rng = np.random.default_rng(3)
    sizes = [1, 2, 3, 1, 70, 2, 5]  # 70: above the padded-table limit, merged one by one
    groups = np.repeat(np.arange(len(sizes)), sizes)
    rng.shuffle(groups)
    x, y = rng.uniform(0, 50, len(groups)), rng.uniform(0, 50, len(groups))
    geoms = shapely.box(x, y, x + rng.uniform(1, 9, len(groups)), y + 4)
    geoms[3] = None  # a missing piece is ignored
    result = grouped_union(geoms, groups, len(sizes) + 1)
    assert result[-1] is None  # a group without pieces
    for group in range(len(sizes)):
        expected = shapely.union_all(geoms[groups == group])
        assert shapely.area(shapely.symmetric_difference(result[group], expected)) < 1e-9


def _filled(template, columns, count, choice=None):
    return messages(template, columns, count, choice).texts()


def test_messages_write_fixed_values_once_and_rows_positionally():
    columns = {"label": "Set {odd} braces", "zone": np.array(["R4", "E2"], dtype=object),
               "measured": ["1.00 m", "2.00 m"]}
    assert _filled("{label}: {measured} in {zone}.", columns, 2) == [
        "Set {odd} braces: 1.00 m in R4.", "Set {odd} braces: 2.00 m in E2."]
    choice = np.array([1, 0])
    assert _filled(("ok {zone}", "ko {zone} {label}"), columns, 2, choice=choice) == [
        "ko R4 Set {odd} braces", "ok E2"]
    assert _filled("{{literal}} {label}", {"label": "x"}, 3) == ["{literal} x"] * 3
    with pytest.raises(KeyError):
        _filled("{unknown}", columns, 2)


def _reference_fill(templates, columns, count, choice=None):
    """What Messages must give: str.format row by row."""
    templates = (templates,) if isinstance(templates, str) else templates
    rows = []
    for row in range(count):
        values = {k: (v[row] if isinstance(v, (list, np.ndarray)) else v) for k, v in columns.items()}
        rows.append(templates[0 if choice is None else int(choice[row])].format(**values))
    return rows


@pytest.mark.parametrize("values", ["few texts", "unique texts", "ints", "equal numbers of other types"])
def test_messages_of_many_rows_remembered_or_not_match_str_format(values):
    """Past the first rows, a block's messages are formatted once per distinct row when few are
    distinct (texts, integers), row by row otherwise; never by value for values that are equal but
    print differently (1, 1.0 and True; 0.0 and -0.0)."""
    count = 6000
    column = {
        "few texts": [["R+4", "E2", "ZI"][k % 3] for k in range(count)],
        "unique texts": [f"P{k}" for k in range(count)],
        "ints": [k % 7 for k in range(count)],
        "equal numbers of other types": [[1, 1.0, True, 0.0, -0.0, 0][k % 6] for k in range(count)],
    }[values]
    columns = {"a": column, "b": [str(k % 5) for k in range(count)], "label": "Use"}
    choice = np.array([k % 4 == 0 for k in range(count)], dtype=np.int8)
    templates = ("{label}: {a} in {b}.", "{label}: {b} and {a}!")
    assert _filled(templates, columns, count - 1, choice=choice) == _reference_fill(
        templates, columns, count - 1, choice)
    assert _filled(templates[0], columns, count) == _reference_fill(templates[0], columns, count)
    # a per-row column that no template shows is not kept (it would make every row distinct)
    unused = dict(columns, parcel=[f"P{k}" for k in range(count)])
    assert len(messages(templates, unused, count, choice).columns) == 2
    # remembered rows come as codes into their distinct texts (a writer binds the codes), with
    # the notes (straddling parcels) each distinct text and note one more value
    texts = messages(templates, columns, count, choice=choice)
    notes = ["" if k % 10 else f" (note {k % 3})" for k in range(count)]
    texts.notes = notes
    expected = [text + note for text, note in zip(_reference_fill(templates, columns, count, choice), notes)]
    coded = values in ("few texts", "ints")
    assert isinstance(texts.column(), Coded) is coded and list(texts.column()) == expected == texts.texts()
    if coded:
        assert len(texts.column().values) < count // 4


def test_messages_match_str_format_row_by_row():
    """messages() (fixed values written into the templates once, per-row fields positional) gives
    what str.format gives row by row, whatever the values: text, numbers, numpy scalars, None,
    text holding braces or NUL, format specs, conversions; and only ``count`` rows."""
    rng = np.random.default_rng(7)
    texts = ["", "R4", "E{2}", "x\x00y", "zone é ع", "{", "}}"]
    count = 60
    kinds = {
        "t": lambda: [texts[k] for k in rng.integers(0, len(texts), count)],
        "f": lambda: rng.normal(size=count).round(3),
        "f32": lambda: rng.normal(size=count).astype(np.float32),
        "o": lambda: objects([[None, 1, 2.5, "a", True][k] for k in rng.integers(0, 5, count)]),
        "i": lambda: list(rng.integers(-5, 5, count)),
    }
    shapes = ["{a} and {b}", "{a}{b}{a}", "[{a:>4}] {b!r}", "{{{a}}} {label}", "{label}", "{a}", "",
              "{b:.2f}"]
    for trial in range(200):
        keys = rng.choice(list(kinds), 2)
        template, other = shapes[trial % len(shapes)], shapes[(trial + 3) % len(shapes)]
        if ":" in template + other:  # a format spec: values it accepts
            keys = ("t", "f")
        columns = {"a": kinds[keys[0]](), "b": kinds[keys[1]](), "label": texts[trial % len(texts)]}
        n = int(rng.integers(0, count + 1))
        assert _filled(template, columns, n) == _reference_fill(template, columns, n), (template, columns)
        choice = rng.integers(0, 2, count)
        given = choice.copy()
        assert _filled((template, other), columns, n, choice=choice) == _reference_fill(
            (template, other), columns, n, choice), (template, other)
        assert (choice == given).all()


@pytest.mark.parametrize("language", ["", "fr", "ar"])
@pytest.mark.parametrize("rule_id", ["max_levels", "min_lot_area", "coverage", "road_setback", "no_overlap"])
def test_bulk_formatting_matches_format_value(rule_id, language, monkeypatch):
    """In every language: the findings' messages wrote "7.50 m" in French reports while the table
    beside them wrote "7,50 m" (the bulk formatting ignored the language)."""
    from agence_urbaine.core import i18n

    monkeypatch.setattr(i18n, "_INTERFACE", {"language": language})
    rule = RULE_TYPES[rule_id]
    values = np.array([0.0, 2.5, 3.5, 1234.5678, np.nan, 7.0, 0.125])
    expected = ["—" if np.isnan(v) else rule.format_value(float(v)) for v in values]
    assert format_numbers(rule, values) == expected
    mixed = np.empty(5, dtype=object)
    mixed[:] = [3, 2.25, None, "R+4", 3]
    assert format_objects(rule, mixed) == [rule.format_value(v) for v in mixed]


@pytest.mark.parametrize("rule_id", ["max_levels", "min_lot_area", "coverage"])  # 0, 1 and 2 decimals
def test_measures_formatted_once_per_rounded_value_print_as_each_value(rule_id):
    """format_numbers formats values that round alike once: the text is still that of each value
    (halves, values a rounding error away from a half, negative values rounding to zero, huge
    values, infinities, NaN), and the texts formatted are few for many close measures."""
    rule = RULE_TYPES[rule_id]
    rng = np.random.default_rng(7)
    step = 10.0 ** -rule.decimals
    halves = (np.arange(-50, 50) + 0.5) * step
    tricky = [0.0, -0.0, 0.125, 0.005, 0.045, 1.005, 2.5, -2.5, -0.004, 0.004, -0.4, 0.4, 1e15,
              2.0 ** 52 + 0.5, 1e300, -1e300, np.inf, -np.inf, np.nan, 5e-324, -5e-324]
    values = np.concatenate([tricky, halves, np.nextafter(halves, np.inf), np.nextafter(halves, -np.inf),
                             rng.uniform(-100, 100, 20000).round(rule.decimals + 2),
                             rng.normal(0, 1e6, 2000)])
    unit = f" {rule.unit}" if rule.unit else ""
    expected = ["—" if v != v else f"%.{rule.decimals}f%s" % (v, unit) for v in values.tolist()]
    formatted = format_numbers(rule, values)
    assert isinstance(formatted, Coded) and formatted.tolist() == expected
    close = rng.uniform(0, 1, 100000)
    assert len(format_numbers(rule, close).values) <= 10 ** rule.decimals + 5  # and a few near halves


def test_nearest_distance_equals_strtree_query_nearest():
    rng = np.random.default_rng(11)
    corridors = [LineString([(0, 0), (400, 300), (800, 320)]).buffer(20),
                 box(500, -200, 560, 0).union(box(530, -60, 700, -20)),  # a non-convex shape
                 LineString([(-100, 500), (200, 650)]),  # a line feature
                 Point(900, 900)]
    geoms = np.array(corridors, dtype=object)
    x, y = rng.uniform(-200, 1000, 300), rng.uniform(-300, 1000, 300)
    footprints = shapely.box(x, y, x + 12, y + 9)
    footprints[5] = None
    tree = shapely.STRtree(geoms)
    ai, si = tree.query(footprints, predicate="intersects")
    got = conformity._nearest_distance(footprints, geoms, ai, si)
    has = np.flatnonzero(~shapely.is_missing(footprints))
    (qi, _), expected = tree.query_nearest(footprints[has], return_distance=True, all_matches=False)
    assert np.isnan(got[5])
    np.testing.assert_allclose(got[has[qi]], expected, rtol=1e-9, atol=1e-9)
    assert (got[ai] == 0).all() and len(ai) > 0


def _result():
    from test_conformity import run  # the hand-computed reference case of the engine tests

    return run()


def test_finding_table_reads_like_a_list_of_findings():
    result = _result()
    table = result.findings
    rows = list(table)
    assert len(rows) == len(table) > 10
    assert table == rows and table[-1] == rows[-1] and table[2:4] == rows[2:4]
    with pytest.raises(IndexError):
        table[len(table)]
    app = result.applications[0].application_id
    assert result.findings_for(app) == [f for f in rows if f.application_id == app]
    columns = table.columns()
    assert {len(v) for v in columns.values()} == {len(table)}
    assert list(columns["message"]) == [f.message for f in rows]
    assert [None if np.isnan(m) else m for m in columns["measured"]] == [f.measured for f in rows]
    assert list(columns["verdict"]) == [f.verdict for f in rows]
    assert rows[0].rule == "zoning"  # each application's rows in rule order: zoning first


def test_band_intersection_equals_the_flat_capped_buffer_overlay():
    rng = np.random.default_rng(5)
    n = 200
    x, y = rng.uniform(0, 500, n), rng.uniform(0, 500, n)
    shapes = shapely.box(x, y, x + rng.uniform(5, 20, n), y + rng.uniform(5, 20, n))
    shapes[::7] = [shapely.union_all([box(a, b, a + 12, b + 4), box(a, b, a + 4, b + 12)])  # L-shapes
                   for a, b in zip(x[::7], y[::7])]
    angle = rng.uniform(0, 2 * np.pi, n)
    start = np.stack([x + rng.uniform(-5, 15, n), y + rng.uniform(-5, 15, n)], axis=1)
    end = start + np.stack([np.cos(angle), np.sin(angle)], axis=1) * rng.uniform(3, 30, n)[:, None]
    distance = rng.uniform(0.5, 6, n)
    got = band_intersection(shapes, start, end, distance)
    band = shapely.buffer(shapely.linestrings(np.stack([start, end], axis=1)), distance, cap_style="flat")
    expected = shapely.intersection(shapes, band)
    np.testing.assert_allclose(shapely.area(got), shapely.area(expected), atol=1e-7)
    assert shapely.is_valid(got).all()
    assert shapely.area(shapely.symmetric_difference(got, expected)).max() < 1e-6
    assert (shapely.area(expected) > 0).sum() > n / 4  # the case is not trivially empty


def test_paused_gc_pauses_and_always_resumes():
    import gc

    from agence_urbaine.core.bulk import paused_gc

    assert gc.isenabled()
    with pytest.raises(ValueError):
        with paused_gc():
            assert not gc.isenabled()
            raise ValueError("boom")
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()  # it was off before: left off
    finally:
        gc.enable()


def test_findings_streamed_block_by_block_are_the_table_rows():
    from test_conformity import FAR_AWAY, REGULATION, features

    from agence_urbaine.core.conformity import check_conformity
    from agence_urbaine.core.regulation import parse_regulation

    parcels = features(["P1", "P2", "P3"], [box(0, 0, 20, 30), box(20, 0, 40, 30), box(40, 0, 60, 30)],
                       parcel_id=["P1", "P2", "P3"], lot_date=["2010-01-01"] * 3)
    footprints = features(["A", "B", "C"], [box(5, 4, 15, 22), box(21, 1, 39, 29), box(45, 4, 55, 40)],
                          parcel_id=["P1", "P2", "P3"], levels=[2, "R+7", None], height=[6.0, None, 9.0],
                          use=["habitat", "industrie", "habitat"], floor_area=[None, 900.0, None])
    zoning = features(["z"], [box(-100, -100, 300, 100)], zone=["Z"])
    roads = features(["r"], [box(-50, -12, 170, 0)], width_m=[12.0])
    layers = {sid: features(["s"], [FAR_AWAY]) for sid in REGULATION["servitudes"]}
    blocks = []
    result = check_conformity(parse_regulation(REGULATION), parcels, footprints, zoning, roads, layers,
                              on_findings=blocks.append)
    streamed = sorted((str(a), r, s, v, m) for block in blocks for a, r, s, v, m in zip(
        block["application_id"], block["rule"], block["subject"], block["verdict"], block["message"]))
    table = sorted((str(f.application_id), f.rule, f.subject, f.verdict, f.message) for f in result.findings)
    assert streamed == table and len(table) > 30
    assert {type(a) for block in blocks for a in block["application_id"]} == {str}  # text, converted once
    assert {v for _, _, _, v, _ in table} == {"conforme", "non_conforme", "a_verifier"}
    # keep_findings=False: the same rows streamed, the same verdicts, no table kept
    blocks = []
    light = check_conformity(parse_regulation(REGULATION), parcels, footprints, zoning, roads, layers,
                             on_findings=blocks.append, keep_findings=False)
    assert len(light.findings) == 0
    rows = [(str(a), r, s, v, m) for block in blocks for a, r, s, v, m in zip(
        block["application_id"], block["rule"], block["subject"], block["verdict"], block["message"])]
    assert sorted(rows) == table
    assert [(a.application_id, a.verdict, a.fail_count, a.check_count) for a in light.applications] == \
        [(a.application_id, a.verdict, a.fail_count, a.check_count) for a in result.applications]
    assert [a.fail_count for a in result.applications] == [
        sum(f.verdict == "non_conforme" for f in result.findings_of(k)) for k in range(3)]


def test_repeated_is_a_sequence_of_one_value():
    from agence_urbaine.core.findings import Repeated

    column = Repeated("R+4", 5)
    assert len(column) == 5 and list(column) == ["R+4"] * 5 and column[-1] == column[4] == "R+4"
    assert list(column[1:4]) == ["R+4"] * 3 and isinstance(column[1:4], Repeated)
    assert list(column[::2]) == ["R+4"] * 3 and len(column[7:]) == 0
    with pytest.raises(IndexError):
        column[5]


def test_worker_threads_get_geometry_arrays_of_their_own():
    """shapely flips an object array's writeable flag during each call: threads sharing one array
    failed with 'buffer source array is read-only' (seen once the servitudes started earlier)."""
    import threading

    from agence_urbaine.core.conformity import _Applications, _own_arrays

    geoms = shapely.points(np.arange(50_000), np.arange(50_000))
    apps = _Applications([], [], np.zeros(0), [], geoms, geoms.copy(), *(np.zeros(0),) * 4, [], [], [],
                         np.zeros(0, dtype=np.int64))
    own = _own_arrays(apps)
    assert own.footprint is not apps.footprint and own.parcel is not apps.parcel
    assert (own.footprint == apps.footprint).all() and own.ids is apps.ids
    errors = []

    def work(array):
        try:
            for _ in range(20):
                shapely.get_parts(array)
                shapely.is_missing(array)
        except ValueError as error:
            errors.append(error)

    threads = [threading.Thread(target=work, args=(a,)) for a in (apps.footprint, own.footprint)]
    for thread in threads:
        thread.start()
    work(_own_arrays(apps).footprint)
    for thread in threads:
        thread.join()
    assert not errors and apps.footprint.flags.writeable


def test_messages_are_formatted_when_read_and_slice_like_their_texts():
    """The engine's messages (core.findings.Messages): formatted on first reading, by whichever
    thread reads them; a slice formats only its rows, the same texts; notes are appended."""
    columns = {"label": "Height", "zone": objects(["R4", "E2", "R4", "V"]),
               "measured": ["1 m", "2 m", "3 m", "4 m"]}
    texts = messages(("{label} ok in {zone}", "{label}: {measured} too high in {zone}"), columns, 4,
                     choice=np.array([0, 1, 1, 0], dtype=np.int8))
    texts.notes = ["", " (straddling)", "", ""]
    assert texts._texts is None  # nothing formatted yet
    part = texts[1:3]
    assert isinstance(part, Messages) and len(part) == 2 and texts._texts is None
    assert list(part) == ["Height: 2 m too high in E2 (straddling)", "Height: 3 m too high in R4"]
    assert list(texts) == ["Height ok in R4", *part, "Height ok in V"] and texts[-1] == "Height ok in V"
    assert texts[::2] == ["Height ok in R4", "Height: 3 m too high in R4"]


def test_points_within_gives_the_pairs_a_query_of_the_points_gives():
    """Querying a tree of the points with the geometries gives the same pairs, in the same order,
    as querying a tree of the geometries with the points: ties (a point on the edge shared by two
    roads), points far from everything, a missing geometry."""
    rng = np.random.default_rng(3)
    roads = np.array([box(0, 0, 10, 2), box(10, 0, 20, 2), None, box(5, 5, 6, 60)], dtype=object)
    xy = np.concatenate([rng.uniform(-5, 25, (3000, 2)), [[10, 1], [10, 2.3], [100, 100]]])
    points = shapely.points(xy)
    expected = shapely.STRtree(roads).query(points, predicate="dwithin", distance=0.5)
    got = points_within(points, roads, 0.5)
    assert np.array_equal(got[0], expected[0]) and np.array_equal(got[1], expected[1])
    assert {(3000, 0), (3000, 1), (3001, 0), (3001, 1)} <= set(zip(*map(np.ndarray.tolist, got)))
    near = within_distance(xy, roads, 0.5)
    assert near.tolist() == [k in set(expected[0].tolist()) for k in range(len(xy))]
    assert not within_distance(xy[:0], roads, 0.5).size and not within_distance(xy, roads[:0], 0.5).any()
