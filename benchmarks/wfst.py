"""Benchmark: checkout and sync over WFS-T (QGIS Server 3.22) against the bare requests they need.

Starts its own PostgreSQL + QGIS Server (``server/wfs_server.py``) in a temporary folder, loads
N polygon buildings in an area of their own (one SQL statement, not measured), then:

checkout   ``session.checkout`` of the area into a fresh workspace (GML pages parsed with OGR)
(a) raw    GetFeature paging: hits + pages of 5,000 (``SORTBY``, ``SRSNAME``, ``BBOX``,
           ``STARTINDEX``), two at a time, bodies read but not parsed. QGIS Server 3.22 ignores
           SORTBY with BBOX, so these pages may skip and repeat features on a large table, and
           each page costs the server more the further it starts (it skips STARTINDEX features)
(a') tiles informative: the requests the client makes instead (hits counts of the tiles, each
           tile in one GetFeature, two at a time), bodies read but not parsed
sync       1,000 local edits (levels) + 1,000 server edits (SQL UPDATEs of ``use`` on other
           features), ``session.sync(client, workspace)``
(b) bare   what that sync needs on the wire: the area's pages (as (a)) and ONE Transaction
           holding 1,000 Updates (id filters)
--ab       informative: the same 1,000 local edits again, synced with one Transaction per change
           (what the client did before it batched them)

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/wfst.py --n 100000 --rounds 3 --profile

Rounds are interleaved (raw and checkout alternate which goes first) and medians reported, with
the same-round ratios; table → ``results/wfst_<N><label>.txt``, raw records → ``.json``,
``--profile`` → ``_profile.txt`` (cProfile of one checkout with one fetch at a time, so that the
page parsing runs in the profiled thread; outside the table).
"""

from __future__ import annotations

import argparse
import cProfile
import importlib.util
import io
import json
import pstats
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "benchmarks" / "results"
X0, Y0 = 500_000.0, 500_000.0


def _module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _load(server, n: int) -> tuple[float, float, float, float]:
    side = int(n ** 0.5) + 1
    server.psql(f"""INSERT INTO buildings (id, parcel_ref, levels, height_m, use, geom)
        SELECT gen_random_uuid()::text, 'B-' || i, 1 + i % 5, 3.2 * (1 + i % 5), 'habitat',
               ST_MakeEnvelope({X0} + (i % {side}) * 20, {Y0} + (i / {side}) * 20,
                               {X0} + (i % {side}) * 20 + 12.5, {Y0} + (i / {side}) * 20 + 15.25, 26191)
        FROM generate_series(0, {n - 1}) i; ANALYZE buildings;""")
    return (X0 - 1, Y0 - 1, X0 + side * 20 + 1, Y0 + side * 20 + 1)


def _raw_pages(url: str, bbox, page_size: int) -> int:
    session = requests.Session()
    base = {"SERVICE": "WFS", "REQUEST": "GetFeature", "VERSION": "1.1.0", "TYPENAME": "buildings",
            "SRSNAME": "EPSG:26191", "OUTPUTFORMAT": "text/xml; subtype=gml/3.1.1",
            "BBOX": ",".join(map(repr, bbox)) + ",EPSG:26191"}
    hits = session.get(url, params={**base, "RESULTTYPE": "hits"}).text
    matched = int(hits.split('numberOfFeatures="')[1].split('"')[0])

    def page(offset: int) -> int:
        return len(session.get(url, params={**base, "SORTBY": "id A", "STARTINDEX": offset,
                                            "MAXFEATURES": page_size}).content)

    with ThreadPoolExecutor(2) as pool:
        total = sum(pool.map(page, range(0, matched, page_size)))
    session.close()
    return total


def _raw_tiles(client, bbox, page_size: int) -> int:
    """(a') the client's own way on a server that ignores SORTBY with BBOX: the tile counts
    (``RESULTTYPE=hits``) and each tile in one GetFeature, two at a time; bodies read, not parsed."""
    session = requests.Session()
    tiles = client._tiles("buildings", bbox, None, page_size)

    def tile(item) -> int:
        box, count = item
        params = {**client._read_params("buildings", box, None), "MAXFEATURES": count + max(100, count // 10)}
        params.pop("SORTBY", None)
        return len(session.get(client.base_url, params={"SERVICE": "WFS", **params}).content)

    with ThreadPoolExecutor(2) as pool:
        total = sum(pool.map(tile, tiles))
    session.close()
    return total


def _transaction(url: str, ids: list[str]) -> None:
    updates = "".join(
        f'<wfs:Update typeName="qgs:buildings"><wfs:Property><wfs:Name>levels</wfs:Name>'
        f"<wfs:Value>9</wfs:Value></wfs:Property><ogc:Filter><ogc:PropertyIsEqualTo>"
        f"<ogc:PropertyName>id</ogc:PropertyName><ogc:Literal>{fid}</ogc:Literal>"
        f"</ogc:PropertyIsEqualTo></ogc:Filter></wfs:Update>" for fid in ids)
    body = ('<wfs:Transaction service="WFS" version="1.1.0" xmlns:wfs="http://www.opengis.net/wfs" '
            'xmlns:ogc="http://www.opengis.net/ogc" xmlns:qgs="http://www.qgis.org/gml">'
            + updates + "</wfs:Transaction>")
    answer = requests.post(url, params={"SERVICE": "WFS"}, data=body.encode(),
                           headers={"Content-Type": "text/xml"}).text
    assert f"<totalUpdated>{len(ids)}</totalUpdated>" in answer, answer[:500]


def _round(url, bbox, args, folder, index, checkout, sync, client_class, workspace_class) -> dict:
    """One round: (a) and checkout (order alternating), then 1k + 1k edits, sync and (b)."""
    timings = {}

    def raw() -> None:
        start = time.perf_counter()
        timings["bytes"] = _raw_pages(url, bbox, args.page_size)
        timings["raw"] = time.perf_counter() - start

    def take() -> None:
        client = client_class(url)
        workspace = workspace_class(folder / f"ws{index}.gpkg")
        start = time.perf_counter()
        timings["features"] = checkout(client, workspace, ["buildings"], bbox=bbox,
                                       page_size=args.page_size)["buildings"]
        timings["checkout"] = time.perf_counter() - start
        timings["_state"] = (client, workspace)

    def tiles() -> None:
        client = client_class(url)
        client.collection("buildings")  # capabilities and schema: not timed
        client._schema("buildings")
        start = time.perf_counter()
        _raw_tiles(client, bbox, args.page_size)
        timings["raw_tiles"] = time.perf_counter() - start
        client.close()

    for step in ((raw, tiles, take) if index % 2 == 0 else (take, tiles, raw)):
        step()
    client, workspace = timings.pop("_state")
    ids = sorted(workspace.features_ids("buildings", "work"))
    mine, theirs = ids[:args.edits], ids[args.edits:2 * args.edits]
    db = sqlite3.connect(workspace.path)
    with db:
        db.executemany("UPDATE buildings SET levels = 7 WHERE id = ?", [(fid,) for fid in mine])
    db.close()
    args.server.psql("UPDATE buildings SET use = 'commerce' WHERE id IN ("
                     + ",".join(f"'{fid}'" for fid in theirs) + ");")
    start = time.perf_counter()
    report = sync(client, workspace, page_size=args.page_size)
    timings["sync"] = time.perf_counter() - start
    assert report.ok and report.pushed == args.edits, report
    start = time.perf_counter()
    _raw_pages(url, bbox, args.page_size)
    _transaction(url, theirs)
    timings["bare"] = time.perf_counter() - start
    if args.ab:  # the same 1,000 local edits sent one Transaction per change (before batching)
        db = sqlite3.connect(workspace.path)
        with db:
            db.executemany("UPDATE buildings SET levels = 8 WHERE id = ?", [(fid,) for fid in mine])
        db.close()
        client.max_actions = 1
        start = time.perf_counter()
        report = sync(client, workspace, page_size=args.page_size)
        timings["sync_single"] = time.perf_counter() - start
        assert report.ok and report.pushed == args.edits, report
    args.server.psql("UPDATE buildings SET levels = 1 + abs(hashtext(id)) % 5, use = 'habitat';")
    workspace.close()
    client.close()
    (folder / f"ws{index}.gpkg").unlink()
    return timings


def _profile(url, bbox, args, folder, checkout, client_class, workspace_class) -> str:
    client = client_class(url, concurrency=1)  # one fetch at a time: the profiles add up to the wall time
    pages, fetch = [], client._page

    def profiled_page(*args, **kwargs):  # pages are fetched and parsed in a worker thread
        page_profiler = cProfile.Profile()
        page_profiler.enable()
        try:
            return fetch(*args, **kwargs)
        finally:
            page_profiler.disable()
            pages.append(page_profiler)

    client._page = profiled_page
    workspace = workspace_class(folder / "profiled.gpkg")
    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.enable()
    checkout(client, workspace, ["buildings"], bbox=bbox, page_size=args.page_size)
    profiler.disable()
    seconds = time.perf_counter() - start
    workspace.close()
    client.close()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    for page_profiler in pages:
        stats.add(page_profiler)
    stats.sort_stats("cumulative")
    stats.print_stats(35)
    stats.sort_stats("tottime").print_stats(20)
    return (f"checkout profiled, one fetch at a time: {seconds:.2f} s (main thread and the page "
            f"fetches' worker thread added up)\n" + out.getvalue())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--edits", type=int, default=1_000)
    parser.add_argument("--page-size", type=int, default=5_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--label", default="")
    parser.add_argument("--ab", action="store_true",
                        help="also time the sync with one Transaction per change (informative)")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO / ".build" / "plugins"))
    from agence_urbaine.core.sync.session import checkout, sync
    from agence_urbaine.core.sync.wfst import WfsTransactionClient
    from agence_urbaine.core.sync.workspace import Workspace

    _module("agency_server", REPO / "server" / "agency_server.py")
    wfs = _module("wfs_server", REPO / "server" / "wfs_server.py")
    folder = Path(tempfile.mkdtemp(prefix="wfst-bench-"))
    folder.chmod(0o755)
    server = wfs.WfsServer(folder)
    args.server = server
    try:
        url = server.start()
        bbox = _load(server, args.n)
        records = [_round(url, bbox, args, folder, i, checkout, sync, WfsTransactionClient, Workspace)
                   for i in range(args.rounds)]
        lines = [f"{records[0]['features']} features, {records[0]['bytes'] / 1e6:.1f} MB of GML, pages of "
                 f"{args.page_size}, {args.edits} + {args.edits} edits, {args.rounds} rounds (median, "
                 f"min-max)"]
        for key, name in (("raw", "(a) raw GetFeature pages"), ("raw_tiles", "(a') raw tiles (informative)"),
                          ("checkout", "checkout"),
                          ("bare", "(b) bare pages + one Transaction"),
                          ("sync", f"sync {args.edits} + {args.edits}")):
            values = [r[key] for r in records]
            lines.append(f"{name:36s} {statistics.median(values):8.2f} s   "
                         f"({min(values):.2f}-{max(values):.2f})")
        if args.ab:
            values = [r["sync_single"] for r in records]
            lines.append(f"{'sync, one Transaction per change':36s} {statistics.median(values):8.2f} s   "
                         f"({min(values):.2f}-{max(values):.2f})   (informative: before batching)")
        for num, den, label in (("checkout", "raw", "checkout / (a)"),
                                ("checkout", "raw_tiles", "checkout / (a')"), ("sync", "bare", "sync / (b)")):
            ratios = [r[num] / r[den] for r in records]
            lines.append(f"{label:16s} median of same-round ratios {statistics.median(ratios):.2f}  "
                         f"(rounds: {', '.join(f'{x:.2f}' for x in ratios)})")
        text = "\n".join(lines)
        print(text)
        RESULTS.mkdir(exist_ok=True)
        stem = RESULTS / f"wfst_{args.n}{args.label}"
        stem.with_suffix(".txt").write_text(text + "\n")
        stem.with_suffix(".json").write_text(json.dumps(records, indent=1))
        if args.profile:
            profile = _profile(url, bbox, args, folder, checkout, WfsTransactionClient, Workspace)
            Path(f"{stem}_profile.txt").write_text(profile)
            print(profile.splitlines()[0])
    finally:
        server.stop()
        server.agency.stop()
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
