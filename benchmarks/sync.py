"""Benchmark: checkout and sync of an OGC API - Features collection against named baselines.

Starts its own reference server (``server/agency_server.py``: PostGIS + pygeoapi) in a temporary
folder on free loopback ports, loads N polygon buildings into the ``buildings`` collection with
one SQL statement (not measured), then runs every variant in its own subprocess, side by side,
``--rounds`` times (interleaved, order rotated each round):

checkout   ``session.checkout`` of the whole collection into a fresh workspace GeoPackage
checkout/4 the same with a bbox holding N/4 features (peak memory must not grow with the layer)
(a) seq    bare ``requests``: the same pages (limit, offset, ``crs=`` storage CRS, ``sortby=id``)
           one after the other, bodies read but not parsed
(a) x2     the same with 2 concurrent fetches (what the client does)
(a) CRS84  informative: (a) x2 without ``crs=`` / ``sortby`` (what GDAL and QGIS 3.22 ask for)
(b) GDAL   ``ogr2ogr -f GPKG out.gpkg OAPIF:<url>/collections/buildings -oo PAGE_SIZE=<n>``
(c) QGIS   ``QgsVectorLayer(..., "OAPIF")`` with ``pageSize``, then
           ``QgsVectorFileWriter.writeAsVectorFormatV2`` to a GeoPackage

then, per round, 1,000 local edits (working table, plain SQL: half attributes, half geometries)
and 1,000 server edits (SQL UPDATEs: the triggers bump version / updated_at):

sync       ``session.sync(client, workspace, "stop")``
(d) bare   what that sync needs on the wire: one filtered, paged GET of the changed features
           (``filter=updated_at > t0 AND updated_at <= t1``, parsed) then 1,000 PUTs over one
           keep-alive ``requests.Session`` (other features: the sync's own are taken by then)

After (d) an untimed catch-up sync absorbs (d)'s writes so that the next round starts clean.
Seconds are ``time.perf_counter`` inside the child around the measured part (ogr2ogr: wall time
of the process, seen from the parent). Peak MB is the child's ``ru_maxrss`` from ``os.wait4``;
base MB is its VmRSS just before the measured part (interpreter, imports, QGIS).

    make venv pluginpath
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/sync.py --n 100000
    .venv/bin/python benchmarks/sync.py --n 5000 --edits 100 --rounds 2 --profile
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import importlib.util
import io
import json
import os
import pstats
import random
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PLUGINPATH = REPO / ".build" / "plugins"
RESULTS = HERE / "results"
KEPT = REPO / ".build" / "benchmarks"  # raw cProfile files (--profile)
COLLECTION = "buildings"
STORAGE_CRS = "http://www.opengis.net/def/crs/EPSG/0/26191"
X0, Y0, CELL, COLUMNS = 300_000.0, 300_000.0, 25.0, 250
QGIS_PYTHON = "/usr/bin/python3"  # QGIS 3.22 bindings live with the system interpreter

CHECKOUT_VARIANTS = ("checkout", "checkout/4", "raw-seq", "raw-x2", "raw-crs84", "gdal", "qgis")
LABELS = {
    "checkout": "checkout (session.checkout)",
    "checkout/4": "checkout, bbox of N/4",
    "raw-seq": "(a) requests, sequential",
    "raw-x2": "(a) requests, 2 concurrent",
    "raw-crs84": "(a') requests x2, CRS84, no sortby",
    "gdal": "(b) ogr2ogr OAPIF -> GPKG",
    "qgis": "(c) QGIS OAPIF -> GPKG",
    "sync": "sync 1k local + 1k server",
    "bare": "(d) filtered GET + 1k PUT",
    "catchup": "catch-up sync (1k server, 0 local)",
    "ids": "(d') ids+versions of all, no geometry",
}


# -- helpers shared by parent and children ------------------------------------------------------
def _vm_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024.0
    return 0.0


def feature_id(index: int) -> str:
    """The id of the index-th loaded feature (the SQL loader computes the same md5 UUID)."""
    return str(uuid.UUID(hashlib.md5(f"bench:{index}".encode()).hexdigest()))


def quarter_bbox(n: int) -> tuple[float, float, float, float]:
    """A bbox holding the first N/4 features (whole grid rows; exact when N/4 fills rows)."""
    rows = -(-(n // 4) // COLUMNS)
    return (X0 - 1.0, Y0 - 1.0, X0 + COLUMNS * CELL, Y0 + rows * CELL - 5.0)


def _import_plugin():
    """The plugin's sync modules, plus what they import lazily (Qt for ``tr``, GDAL's osr for the
    GeoPackage SRS): loaded before the measured part, as they are in a QGIS process."""
    sys.path.insert(0, str(PLUGINPATH))
    import qgis.PyQt.QtCore  # noqa: F401
    from osgeo import osr  # noqa: F401

    from agence_urbaine.core.sync import session
    from agence_urbaine.core.sync.ogcapi import OgcApiFeaturesClient
    from agence_urbaine.core.sync.workspace import Workspace
    return session, OgcApiFeaturesClient, Workspace


def _profiled(spec: dict, work):
    """Run ``work()``; under cProfile when the spec names a profile file."""
    if not spec.get("profile"):
        return work()
    profiler = cProfile.Profile()
    result = profiler.runcall(work)
    profiler.dump_stats(spec["profile"])
    return result


# -- children -----------------------------------------------------------------------------------
def child_checkout(spec: dict) -> dict:
    session, client_class, workspace_class = _import_plugin()
    base = _vm_rss_mb()
    t0 = time.perf_counter()

    def work():
        client = client_class(spec["url"])
        workspace = workspace_class(spec["out"])
        try:
            bbox = tuple(spec["bbox"]) if spec.get("bbox") else None
            return session.checkout(client, workspace, [COLLECTION], bbox=bbox,
                                    page_size=spec["page_size"])[COLLECTION]
        finally:
            workspace.close()
            client.close()

    count = _profiled(spec, work)
    return {"seconds": time.perf_counter() - t0, "base_mb": base, "features": count}


def child_raw(spec: dict) -> dict:
    import requests

    base = _vm_rss_mb()
    url = f"{spec['url']}/collections/{COLLECTION}/items"
    params = {} if spec.get("crs84") else {"crs": STORAGE_CRS, "sortby": "id"}
    http = requests.Session()
    http.headers["Accept"] = "application/geo+json, application/json;q=0.9"
    size = spec["page_size"]

    def fetch(offset: int) -> int:
        response = http.get(url, params={**params, "limit": size, "offset": offset}, timeout=(10, 300))
        response.raise_for_status()
        return len(response.content)

    t0 = time.perf_counter()
    offsets = range(0, spec["n"], size)
    if spec["concurrency"] > 1:
        with ThreadPoolExecutor(max_workers=spec["concurrency"]) as pool:
            total = sum(pool.map(fetch, offsets))
    else:
        total = sum(fetch(offset) for offset in offsets)
    seconds = time.perf_counter() - t0
    http.close()
    return {"seconds": seconds, "base_mb": base, "features": spec["n"], "mbytes": total / 1e6}


def child_qgis(spec: dict) -> dict:
    from qgis.core import QgsApplication, QgsCoordinateTransformContext, QgsVectorFileWriter, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    base = _vm_rss_mb()
    t0 = time.perf_counter()
    uri = f"url='{spec['url']}' typename='{COLLECTION}' pageSize={spec['page_size']}"
    layer = QgsVectorLayer(uri, "x", "OAPIF")
    if not layer.isValid():
        raise RuntimeError(f"QGIS could not open {uri}")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    result = QgsVectorFileWriter.writeAsVectorFormatV2(layer, spec["out"], QgsCoordinateTransformContext(),
                                                       options)
    seconds = time.perf_counter() - t0
    if result[0] != QgsVectorFileWriter.WriterError.NoError:
        raise RuntimeError(f"writeAsVectorFormatV2 failed: {result}")
    del layer
    app.exitQgis()
    return {"seconds": seconds, "base_mb": base, "features": _gpkg_count(spec["out"])}


def child_sync(spec: dict) -> dict:
    session, client_class, workspace_class = _import_plugin()
    base = _vm_rss_mb()
    t0 = time.perf_counter()

    def work():
        client = client_class(spec["url"])
        workspace = workspace_class(spec["workspace"])
        try:
            return session.sync(client, workspace, "stop", page_size=spec["page_size"])
        finally:
            workspace.close()
            client.close()

    report = _profiled(spec, work)
    return {"seconds": time.perf_counter() - t0, "base_mb": base, "pulled": report.pulled,
            "pushed": report.pushed, "conflicts": report.conflicts, "errors": report.errors[:3]}


def child_bare(spec: dict) -> dict:
    """The sync's minimum on the wire: one filtered paged GET (parsed), then PUTs, keep-alive."""
    import requests

    bodies = [json.loads(line) for line in Path(spec["bodies"]).read_text().splitlines() if line]
    base = _vm_rss_mb()
    http = requests.Session()
    http.headers["Accept"] = "application/geo+json, application/json;q=0.9"
    items = f"{spec['url']}/collections/{COLLECTION}/items"
    t0 = time.perf_counter()
    pulled, offset = [], 0
    while True:
        response = http.get(items, params={"crs": STORAGE_CRS, "sortby": "id", "filter": spec["filter"],
                                           "limit": spec["page_size"], "offset": offset}, timeout=(10, 300))
        response.raise_for_status()
        page = response.json()["features"]
        pulled.extend(page)
        offset += len(page)
        if len(page) < spec["page_size"]:
            break
    pull_seconds = time.perf_counter() - t0
    headers = {"Content-Type": "application/geo+json", "Content-Crs": f"<{STORAGE_CRS}>"}
    for body in bodies:
        data = json.dumps(body, separators=(",", ":")).encode()
        response = http.put(f"{items}/{body['id']}", data=data, headers=headers, timeout=(10, 120))
        if response.status_code not in (200, 204):
            raise RuntimeError(f"PUT {body['id']} -> HTTP {response.status_code}")
    seconds = time.perf_counter() - t0
    http.close()
    return {"seconds": seconds, "base_mb": base, "pulled": len(pulled), "pushed": len(bodies),
            "pull_seconds": pull_seconds}


def child_ids(spec: dict) -> dict:
    """Informative: the whole layer's ids and versions without geometries (2 concurrent pages,
    parsed), what a sync needs to see deletions without pulling every feature."""
    import requests

    base = _vm_rss_mb()
    url = f"{spec['url']}/collections/{COLLECTION}/items"
    http = requests.Session()
    size = spec["page_size"]

    def fetch(offset: int) -> dict:
        response = http.get(url, params={"skipGeometry": "true", "properties": "version", "sortby": "id",
                                         "limit": size, "offset": offset}, timeout=(10, 300))
        response.raise_for_status()
        return {f["id"]: f["properties"].get("version") for f in response.json()["features"]}

    t0 = time.perf_counter()
    versions: dict = {}
    with ThreadPoolExecutor(max_workers=2) as pool:
        for page in pool.map(fetch, range(0, spec["n"], size)):
            versions.update(page)
    seconds = time.perf_counter() - t0
    http.close()
    return {"seconds": seconds, "base_mb": base, "pulled": len(versions), "pushed": 0}


CHILDREN = {"checkout": child_checkout, "raw": child_raw, "qgis": child_qgis, "sync": child_sync,
            "bare": child_bare, "ids": child_ids}


def _gpkg_count(path: str) -> int:
    db = sqlite3.connect(path)
    try:
        tables = [r[0] for r in db.execute("SELECT table_name FROM gpkg_contents")]
        return sum(db.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables)
    finally:
        db.close()


# -- parent: running children -------------------------------------------------------------------
def _env() -> dict:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def run_child(kind: str, spec: dict, workdir: Path, python: str = sys.executable) -> dict:
    """Run one variant in a fresh interpreter; adds ``peak_mb`` (the child's ru_maxrss)."""
    spec_file = workdir / f"spec-{uuid.uuid4().hex[:8]}.json"
    spec_file.write_text(json.dumps(spec))
    out_file = spec_file.with_suffix(".out")
    cmd = [python, str(Path(__file__).resolve()), "--child", kind, "--spec", str(spec_file),
           "--result", str(out_file)]
    with open(workdir / "children.log", "ab") as log:
        process = subprocess.Popen(cmd, stdout=log, stderr=log, env=_env())
        _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0 or not out_file.exists():
        raise RuntimeError(f"{kind} child failed ({process.returncode}); see {workdir / 'children.log'}")
    result = json.loads(out_file.read_text())
    result["peak_mb"] = usage.ru_maxrss / 1024.0
    return result


def run_ogr2ogr(url: str, out: Path, page_size: int, workdir: Path) -> dict:
    cmd = ["ogr2ogr", "-f", "GPKG", str(out), f"OAPIF:{url}/collections/{COLLECTION}",
           "-oo", f"PAGE_SIZE={page_size}"]
    with open(workdir / "children.log", "ab") as log:
        t0 = time.perf_counter()
        process = subprocess.Popen(cmd, stdout=log, stderr=log, env=_env())
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"ogr2ogr failed; see {workdir / 'children.log'}")
    return {"seconds": seconds, "base_mb": 0.0, "peak_mb": usage.ru_maxrss / 1024.0,
            "features": _gpkg_count(str(out))}


# -- parent: server and data --------------------------------------------------------------------
def _server_module():
    spec = importlib.util.spec_from_file_location("agency_server", REPO / "server" / "agency_server.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["agency_server"] = module
    spec.loader.exec_module(module)
    return module


LOAD_SQL = """
TRUNCATE buildings;
INSERT INTO buildings (id, parcel_ref, levels, height_m, use, geom)
SELECT md5('bench:' || i)::uuid::text, 'P-' || lpad(i::text, 7, '0'), 1 + i % 5,
       round((3.1 * (1 + i % 5))::numeric, 2)::float8,
       (ARRAY['habitat', 'commerce', 'bureaux', 'equipement'])[1 + i % 4],
       ST_SetSRID(ST_MakePolygon(ST_MakeLine(ARRAY[
           ST_MakePoint(x, y), ST_MakePoint(x + 15, y), ST_MakePoint(x + 15, y + 8.4),
           ST_MakePoint(x + 9.2, y + 8.4), ST_MakePoint(x + 9.2, y + 14.1), ST_MakePoint(x, y + 14.1),
           ST_MakePoint(x, y)])), 26191)
FROM (SELECT i, {x0} + (i % {cols}) * {cell} + (i * 37 % 100) / 100.0 AS x,
             {y0} + (i / {cols}) * {cell} + (i * 53 % 100) / 100.0 AS y
      FROM generate_series(0, {last}) AS i) AS grid;
ANALYZE buildings;
SELECT count(*) FROM buildings;
"""


def load(server, n: int) -> int:
    """N L-shaped 7-vertex buildings on a grid (ids = md5 UUIDs, see ``feature_id``)."""
    sql = LOAD_SQL.format(x0=X0, y0=Y0, cols=COLUMNS, cell=CELL, last=n - 1)
    return int(server.psql(sql).strip().splitlines()[-1])


def _ids_sql(ids: list[str]) -> str:
    return ", ".join(f"'{i}'" for i in ids)


def server_now(server) -> str:
    return server.psql("SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', "
                       "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"');").strip()


def server_edits(server, ids: list[str]) -> tuple[str, str]:
    """Half attribute, half geometry UPDATEs in SQL; returns the (t0, t1] window they fall in."""
    half = len(ids) // 2
    t0 = server_now(server)
    server.psql(f"UPDATE buildings SET height_m = height_m + 1 WHERE id IN ({_ids_sql(ids[:half])});\n"
                f"UPDATE buildings SET geom = ST_Translate(geom, 0, 0.5) "
                f"WHERE id IN ({_ids_sql(ids[half:])});")
    t1 = server_now(server)
    return t0, t1


def local_edits(workspace: Path, ids: list[str]) -> None:
    """Half attribute, half geometry edits of the working table, as QGIS would write them."""
    sys.path.insert(0, str(PLUGINPATH))
    from agence_urbaine.core.sync.gpkg_geometry import geometry_to_gpkg, gpkg_to_geometry

    half = len(ids) // 2
    db = sqlite3.connect(str(workspace))
    with db:
        db.executemany(f'UPDATE "{COLLECTION}" SET levels = levels + 1 WHERE id = ?',
                       [(i,) for i in ids[:half]])
        for fid in ids[half:]:
            geometry = gpkg_to_geometry(db.execute(f'SELECT geom FROM "{COLLECTION}" WHERE id = ?',
                                                   (fid,)).fetchone()[0])
            geometry["coordinates"] = [[[x + 0.5, y] for x, y in ring] for ring in geometry["coordinates"]]
            db.execute(f'UPDATE "{COLLECTION}" SET geom = ? WHERE id = ?',
                       (geometry_to_gpkg(geometry, 26191), fid))
    db.close()


def put_bodies(server, ids: list[str], path: Path) -> None:
    """Full features (levels + 1, current version) for (d)'s PUTs, one JSON a line."""
    out = server.psql(
        "SELECT json_build_object('type', 'Feature', 'id', id, 'geometry', ST_AsGeoJSON(geom, 15)::json, "
        "'properties', json_build_object('parcel_ref', parcel_ref, 'levels', levels + 1, "
        "'height_m', height_m, 'use', use, 'version', version)) "
        f"FROM buildings WHERE id IN ({_ids_sql(ids)});")
    path.write_text(out)


# -- parent: the run ----------------------------------------------------------------------------
def checkout_round(url: str, args, work: Path, order: list[str], records: dict, tag: str) -> Path:
    workspace = work / f"checkout-{tag}.gpkg"
    for variant in order:
        spec = {"url": url, "page_size": args.page_size, "n": args.n}
        if variant == "checkout":
            result = run_child("checkout", {**spec, "out": str(workspace)}, work)
        elif variant == "checkout/4":
            result = run_child("checkout", {**spec, "out": str(work / f"q-{tag}.gpkg"),
                                            "bbox": list(quarter_bbox(args.n))}, work)
        elif variant.startswith("raw"):
            result = run_child("raw", {**spec, "concurrency": 1 if variant == "raw-seq" else 2,
                                       "crs84": variant == "raw-crs84"}, work)
        elif variant == "gdal":
            result = run_ogr2ogr(url, work / f"gdal-{tag}.gpkg", args.page_size, work)
        else:
            result = run_child("qgis", {**spec, "out": str(work / f"qgis-{tag}.gpkg")}, work,
                               python=QGIS_PYTHON)
        records.setdefault(variant, []).append(result)
        print(f"  {tag} {variant:<11} {result['seconds']:8.2f} s  peak {result['peak_mb']:7.1f} MB  "
              f"features {result.get('features')}", flush=True)
        for leftover in work.glob(f"*-{tag}.gpkg*"):
            if leftover != workspace and not leftover.name.startswith(workspace.name):
                leftover.unlink()
    return workspace


def sync_round(server, url: str, args, work: Path, workspace: Path, ids: list[str], records: dict,
               tag: str) -> None:
    e = args.edits
    mine, theirs, bare_ids = ids[:e], ids[e:2 * e], ids[2 * e:3 * e]
    local_edits(workspace, mine)
    t0, t1 = server_edits(server, theirs)
    bodies = work / f"bodies-{tag}.jsonl"
    put_bodies(server, bare_ids, bodies)
    spec = {"url": url, "page_size": args.page_size, "workspace": str(workspace)}
    steps = [("sync", "sync", spec),
             ("bare", "bare", {**spec, "bodies": str(bodies),
                               "filter": f"updated_at > '{t0}' AND updated_at <= '{t1}'"}),
             ("catchup", "sync", spec),
             ("ids", "ids", {**spec, "n": args.n})]
    for name, kind, child_spec in steps:
        result = run_child(kind, child_spec, work)
        records.setdefault(name, []).append(result)
        print(f"  {tag} {name:<8} {result['seconds']:8.2f} s  peak {result['peak_mb']:7.1f} MB  "
              f"pulled {result['pulled']} pushed {result['pushed']} "
              f"conflicts {result.get('conflicts', 0)} errors {result.get('errors', [])}", flush=True)


def profile_runs(url: str, args, work: Path, server, workspace: Path, ids: list[str]) -> str:
    """One checkout and one sync under cProfile (not in the table): where the time goes."""
    text = io.StringIO()
    ckpt = work / "profile-checkout.pstats"
    run_child("checkout", {"url": url, "page_size": args.page_size, "n": args.n,
                           "out": str(work / "profile.gpkg"), "profile": str(ckpt)}, work)
    e = args.edits
    local_edits(workspace, ids[:e])
    server_edits(server, ids[e:2 * e])
    sync_stats = work / "profile-sync.pstats"
    run_child("sync", {"url": url, "page_size": args.page_size, "workspace": str(workspace),
                       "profile": str(sync_stats)}, work)
    KEPT.mkdir(parents=True, exist_ok=True)
    for title, path in (("checkout", ckpt), ("sync", sync_stats)):
        shutil.copy(path, KEPT / f"sync_{args.n}_{title}.pstats")
        for key, restriction in (("cumulative", 28), ("tottime", 28), ("cumulative", "agence_urbaine")):
            text.write(f"\n=== cProfile {title}, by {key}, {restriction} ===\n")
            stats = pstats.Stats(str(path), stream=text).sort_stats(key)
            stats.print_stats(*((restriction, 45) if isinstance(restriction, str) else (restriction,)))
    return text.getvalue()


def _best(records: dict, name: str) -> float:
    return min(r["seconds"] for r in records[name])


def table(records: dict, args, meta: dict) -> str:
    ref = _best(records, "checkout")
    lines = [f"# benchmarks/sync.py --n {args.n} --rounds {args.rounds} --page-size {args.page_size} "
             f"--edits {args.edits}", f"# {meta['date']}  server {meta['server']}  "
             f"pygeoapi 0.21 + PostGIS, loopback, 2 shared cores (noisy: compare ratios)", "",
             f"{'variant':<38}{'best s':>9}{'median s':>10}{'x checkout':>11}{'peak MB':>9}"
             f"{'base MB':>9}  {'features':>9}  all runs (s)"]
    for name in (*CHECKOUT_VARIANTS, "sync", "bare", "catchup", "ids"):
        runs = records.get(name)
        if not runs:
            continue
        if name == "sync":
            lines += ["", f"{'':<38}{'best s':>9}{'median s':>10}{'x (d)':>11}{'peak MB':>9}{'base MB':>9}"
                      f"  {'pull/push':>9}  all runs (s)"]
            ref = _best(records, "bare")
        seconds = [r["seconds"] for r in runs]
        count = runs[0].get("features")
        count = f"{count}" if count is not None else f"{runs[0]['pulled']}/{runs[0]['pushed']}"
        label = LABELS[name].replace("1k", f"{args.edits / 1000:g}k")
        lines.append(f"{label:<38}{min(seconds):9.2f}{statistics.median(seconds):10.2f}"
                     f"{min(seconds) / ref:11.2f}{max(r['peak_mb'] for r in runs):9.0f}"
                     f"{max(r['base_mb'] for r in runs):9.0f}  {count:>9}  "
                     + " ".join(f"{s:.2f}" for s in seconds))
    if "bare" in records:
        pulls = [r["pull_seconds"] for r in records["bare"]]
        lines.append(f"  (d) of which the filtered GET: best {min(pulls):.2f} s, all "
                     + " ".join(f"{p:.2f}" for p in pulls))
    lines += ["", *targets(records)]
    return "\n".join(lines) + "\n"


def targets(records: dict) -> list[str]:
    def verdict(ok: bool) -> str:
        return "MET   " if ok else "MISSED"

    out = ["targets (best-of ratios):"]
    co = _best(records, "checkout")
    if "raw-x2" in records:
        a = _best(records, "raw-x2")
        seq = f" (vs sequential: {co / _best(records, 'raw-seq'):.2f}x)" if "raw-seq" in records else ""
        out.append(f"  {verdict(co <= 1.5 * a)} checkout within 1.5x of (a) x2: {co / a:.2f}x{seq}")
        pairs = [c["seconds"] / r["seconds"] for c, r in zip(records["checkout"], records["raw-x2"])]
        out.append("         same-round ratios checkout/(a) x2: " + " ".join(f"{p:.2f}" for p in pairs)
                   + f" (median {statistics.median(pairs):.2f})")
    if "gdal" in records:
        out.append(f"  {verdict(co < _best(records, 'gdal'))} checkout faster than (b) GDAL: "
                   f"(b)/checkout = {_best(records, 'gdal') / co:.2f}")
    if "qgis" in records:
        out.append(f"  {verdict(_best(records, 'qgis') >= 2 * co)} checkout >= 2x faster than (c) QGIS: "
                   f"(c)/checkout = {_best(records, 'qgis') / co:.2f}")
    if "checkout/4" in records:
        full = max(r["peak_mb"] - r["base_mb"] for r in records["checkout"])
        quarter = max(r["peak_mb"] - r["base_mb"] for r in records["checkout/4"])
        out.append(f"  {verdict(full <= 1.25 * quarter + 20)} checkout peak above base does not grow "
                   f"with the layer: N {full:.0f} MB vs N/4 {quarter:.0f} MB")
    if "sync" in records and "bare" in records:
        ratio = _best(records, "sync") / _best(records, "bare")
        out.append(f"  {verdict(ratio <= 2.0)} 1k+1k sync within 2x of (d): {ratio:.2f}x")
        pairs = [s["seconds"] / b["seconds"] for s, b in zip(records["sync"], records["bare"])]
        out.append("         same-round ratios sync/(d): " + " ".join(f"{p:.2f}" for p in pairs)
                   + f" (worst {max(pairs):.2f}; round 1 is the first sync after the checkout)")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--page-size", type=int, default=5000)
    parser.add_argument("--edits", type=int, default=1000, help="local edits and server edits per sync")
    parser.add_argument("--variants", default=",".join(CHECKOUT_VARIANTS),
                        help="checkout variants, comma separated (checkout is always run)")
    parser.add_argument("--sync-rounds", type=int, default=None, help="default: --rounds")
    parser.add_argument("--profile", action="store_true", help="also one checkout and one sync under "
                        "cProfile, appended to results/sync_<N>_profile.txt")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--label", default="", help="suffix of the result files (sync_<N><label>.txt)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--child", choices=sorted(CHILDREN), help=argparse.SUPPRESS)
    parser.add_argument("--spec", help=argparse.SUPPRESS)
    parser.add_argument("--result", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        result = CHILDREN[args.child](json.loads(Path(args.spec).read_text()))
        Path(args.result).write_text(json.dumps(result))
        return 0
    return run(args)


def run(args) -> int:
    sync_rounds = args.rounds if args.sync_rounds is None else args.sync_rounds
    needed = 3 * args.edits * (sync_rounds + (1 if args.profile else 0))
    if needed > args.n:
        raise SystemExit(f"--n {args.n} is too small for {needed} distinct edited features")
    if not (PLUGINPATH / "agence_urbaine").exists():
        raise SystemExit("run `make pluginpath` first")
    variants = ["checkout", *[v for v in args.variants.split(",") if v and v != "checkout"]]
    module = _server_module()
    module.ensure_venv()
    folder = Path(tempfile.mkdtemp(prefix="agency-bench-sync-"))
    os.chmod(folder, 0o755)  # the cluster runs as the postgres user
    work = folder / "work"
    work.mkdir()
    server = module.AgencyServer(folder / "server", sample_gpkg=None)
    records: dict[str, list[dict]] = {}
    try:
        server.start()
        loaded = load(server, args.n)
        server.stop()  # restart: pygeoapi's configuration gets the loaded extent
        url = server.start()
        print(f"server {url}: {loaded} features in {COLLECTION}", flush=True)
        meta = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "server": url}
        workspace = work / "untimed.gpkg"
        if args.rounds == 0:  # --profile only: a workspace for the profiled sync
            run_child("checkout", {"url": url, "page_size": args.page_size, "out": str(workspace)}, work)
        for r in range(args.rounds):
            order = variants[r % len(variants):] + variants[:r % len(variants)]
            workspace = checkout_round(url, args, work, order, records, f"r{r}")
            if r < args.rounds - 1:
                for old in work.glob(f"checkout-r{r}.gpkg*"):
                    old.unlink()
        ids = [feature_id(i) for i in random.Random(args.seed).sample(range(args.n), needed)]
        for r in range(sync_rounds):
            sync_round(server, url, args, work, workspace, ids[3 * args.edits * r:3 * args.edits * (r + 1)],
                       records, f"s{r}")
        stem = RESULTS / f"sync_{args.n}{args.label}"
        RESULTS.mkdir(exist_ok=True)
        if records:
            text = table(records, args, meta)
            print("\n" + text)
            stem.with_suffix(".txt").write_text(text)
            stem.with_suffix(".json").write_text(json.dumps(records, indent=1))
        if args.profile:
            profile = profile_runs(url, args, work, server, workspace, ids[-3 * args.edits:])
            Path(f"{stem}_profile.txt").write_text(profile)
            print(f"profile written to {stem}_profile.txt")
    finally:
        server.stop()
        if args.keep:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    sys.exit(main())
