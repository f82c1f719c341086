"""Benchmark: ``agenceurbaine:unpermittedbuildings`` against a bare shapely computation of the same overlaps.

Generates a seeded synthetic district (cached in ``.build/benchmarks``, never timed) in EPSG:26191:
lots of 15 m × 30 m in rows; a 10 m × 20 m permitted footprint on most lots, one permit in ten a
two-lot group permit (one MultiPolygon feature, two parts); decisions 88 % "Favorable", 3 %
"favorable sous réserve", 5 % "Défavorable", 4 % empty (pending). On the ground: 62 % built as
permitted (±0.15 m of survey noise), 15 % built 1–5 m deeper, 8 % shifted 2–4 m sideways, 7 %
not built; lots without a permit get a building (no permit). N is the number of observed buildings.

(a) ``agenceurbaine:unpermittedbuildings`` end to end through ``processing.run``: GeoPackage layers
    in (decision field used), memory outputs out (buildings, excess parts, unbuilt parts);
(c) bare shapely on arrays read with GDAL's Arrow reader, reading included: accepted decisions
    (a set of lower-cased values), parts, one STRtree query, intersection areas, the matching
    ratio, the union of the matched parts, the difference, the excess areas and the statuses.

Each variant runs in its own subprocess, rounds interleaved; seconds are ``perf_counter`` inside
the child around the measured part (interpreter and QGIS start excluded); peak MB is the child's
``ru_maxrss``. The status counts of (a) and (c) are printed side by side: they must be equal.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/veille.py --n 50000 --repeat 3
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PLUGINPATH = REPO / ".build" / "plugins"
RESULTS = HERE / "results"
WORKDIR = REPO / ".build" / "benchmarks"
EPSG, X0, Y0 = 26191, 380_000.0, 370_000.0
LOT_W, LOT_H, COLUMNS = 15.0, 30.0, 250
GENERATOR_VERSION = 1
ACCEPTED = ("favorable", "favorable sous réserve")


def _district(n: int, seed: int) -> dict:
    """Permits (MultiPolygon, app_id, decision) and observed buildings (obs_id), as arrays."""
    import shapely

    rng = np.random.default_rng(seed)
    lots = int(n / 0.93) + 10
    col, row = np.arange(lots) % COLUMNS, np.arange(lots) // COLUMNS
    x, y = X0 + col * LOT_W + 2.5, Y0 + row * LOT_H + 5.0
    footprint = shapely.box(x, y, x + 10, y + 20)
    permitted = rng.random(lots) > 0.10
    group = np.zeros(lots, dtype=bool)
    group[::20] = True  # a lot and the next one share one permit feature
    group &= permitted & (col < COLUMNS - 1)
    permitted[np.flatnonzero(group) + 1] = True
    owner = np.arange(lots)
    owner[np.flatnonzero(group) + 1] = np.flatnonzero(group)
    decision = rng.choice(np.array(["Favorable", "favorable sous réserve", "Défavorable", ""], dtype=object),
                          lots, p=[0.88, 0.03, 0.05, 0.04])
    features = np.flatnonzero(permitted & (owner == np.arange(lots)))
    members = [np.flatnonzero(owner == i) if group[i] else [i] for i in features]
    permits = np.array([shapely.multipolygons(footprint[m]) for m in members], dtype=object)

    fate = rng.random(lots)
    geoms = footprint.copy()
    deeper, shifted = (fate >= 0.62) & (fate < 0.77), (fate >= 0.77) & (fate < 0.85)
    unbuilt = permitted & (fate >= 0.85) & (fate < 0.92)
    noise = rng.uniform(-0.15, 0.15, (lots, 4))
    grow = np.where(deeper, rng.uniform(1, 5, lots), 0.0)
    shift = np.where(shifted, rng.uniform(2, 4, lots), 0.0)
    geoms = shapely.box(x + shift + noise[:, 0], y + noise[:, 1], x + 10 + shift + noise[:, 2],
                        y + 20 + grow + noise[:, 3])
    built = np.flatnonzero(~unbuilt)[:n]
    return {
        "permits": {"geometries": permits,
                    "fields": {"app_id": [f"PC-{i:06d}" for i in features],
                               "decision": [str(d) for d in decision[features]]}},
        "observed": {"geometries": geoms[built], "fields": {"obs_id": [f"B-{i:06d}" for i in built]}},
    }


def _write(path: Path, layers: dict) -> None:
    import shapely
    from osgeo import ogr, osr

    ogr.UseExceptions()
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    tmp = path.with_suffix(".tmp.gpkg")
    tmp.unlink(missing_ok=True)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp))
    for name, data in layers.items():
        layer = ds.CreateLayer(name, srs, ogr.wkbMultiPolygon if name == "permits" else ogr.wkbPolygon,
                               options=["FID=fid", "GEOMETRY_NAME=geom"])
        for field in data["fields"]:
            layer.CreateField(ogr.FieldDefn(field, ogr.OFTString))
        definition = layer.GetLayerDefn()
        layer.StartTransaction()
        for i, wkb in enumerate(shapely.to_wkb(data["geometries"])):
            feature = ogr.Feature(definition)
            feature.SetGeometry(ogr.CreateGeometryFromWkb(wkb))
            for field, values in data["fields"].items():
                feature.SetField(field, values[i])
            layer.CreateFeature(feature)
        layer.CommitTransaction()
    ds = None
    tmp.rename(path)


def ensure_district(n: int, seed: int) -> Path:
    WORKDIR.mkdir(parents=True, exist_ok=True)
    path = WORKDIR / f"veille_{n}_s{seed}_v{GENERATOR_VERSION}.gpkg"
    if not path.exists():
        _write(path, _district(n, seed))
    return path


# =========================================================================== children

def _emit(**record) -> None:
    print("BENCH " + json.dumps(record), flush=True)


def run_a(gpkg: Path) -> None:
    sys.path[:] = [p for p in sys.path if p not in ("", ".") and Path(p).resolve() != REPO]
    sys.path.insert(0, str(PLUGINPATH))
    from qgis.core import QgsApplication, QgsProcessingFeedback, QgsVectorLayer

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    import processing
    from agence_urbaine.processing.provider import AgenceUrbaineProvider

    Processing.initialize()
    provider = AgenceUrbaineProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    observed = QgsVectorLayer(f"{gpkg}|layername=observed", "observed", "ogr")
    permits = QgsVectorLayer(f"{gpkg}|layername=permits", "permits", "ogr")
    start = time.perf_counter()
    result = processing.run("agenceurbaine:unpermittedbuildings", {
        "OBSERVED": observed, "PERMITTED": permits, "DECISION_FIELD": "decision",
        "ACCEPTED_DECISIONS": ", ".join(ACCEPTED), "OUTPUT": "TEMPORARY_OUTPUT",
        "EXCESS": "TEMPORARY_OUTPUT", "NOT_BUILT": "TEMPORARY_OUTPUT"}, feedback=QgsProcessingFeedback())
    seconds = time.perf_counter() - start
    _emit(seconds=seconds, counts={k: result[k] for k in ("NO_PERMIT_COUNT", "EXCEEDS_PERMIT_COUNT",
                                                          "CONFORMING_COUNT", "NOT_BUILT_COUNT")})
    del app


def run_c(gpkg: Path) -> None:
    sys.path.insert(0, str(HERE))
    import shapely
    from conformity import _read_arrow

    start = time.perf_counter()
    observed, _ = _read_arrow(gpkg, "observed", ["obs_id"])
    permits, columns = _read_arrow(gpkg, "permits", ["app_id", "decision"])
    decision = np.array([d.decode() if isinstance(d, bytes) else d for d in columns["decision"]],
                        dtype=object)
    granted = np.isin(np.char.lower(decision.astype(str)), ACCEPTED)
    parts = shapely.get_parts(permits[granted])
    obs_area, part_area = shapely.area(observed), shapely.area(parts)
    oi, pi = shapely.STRtree(parts).query(observed, predicate="intersects")
    overlap = shapely.area(shapely.intersection(observed[oi], parts[pi]))
    keep = (overlap > 0) & (overlap >= 0.3 * np.minimum(obs_area[oi], part_area[pi]))
    oi, pi = oi[keep], pi[keep]
    union = np.full(len(observed), None, dtype=object)
    many = np.bincount(oi, minlength=len(observed)) > 1
    single = ~many[oi]
    union[oi[single]] = parts[pi[single]]
    for o in np.flatnonzero(many):
        union[o] = shapely.union_all(parts[pi[oi == o]])
    matched = ~shapely.is_missing(union)
    excess_m2 = obs_area.copy()
    excess_m2[matched] = shapely.area(shapely.difference(observed[matched], union[matched]))
    within = obs_area - excess_m2
    exceeds = matched & (excess_m2 > 10) & (excess_m2 > 0.1 * within)
    built = np.zeros(len(parts), dtype=bool)
    built[pi] = True
    seconds = time.perf_counter() - start
    _emit(seconds=seconds, counts={"NO_PERMIT_COUNT": int((~matched).sum()),
                                   "EXCEEDS_PERMIT_COUNT": int(exceeds.sum()),
                                   "CONFORMING_COUNT": int((matched & ~exceeds).sum()),
                                   "NOT_BUILT_COUNT": int((~built).sum())})


# =========================================================================== driver

VARIANTS = {"a": "(a) agenceurbaine:unpermittedbuildings", "c": "(c) bare shapely, reading included"}


def _child(variant: str, gpkg: Path) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", variant, "--gpkg", str(gpkg)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    records = [json.loads(line[6:]) for line in output.splitlines() if line.startswith("BENCH ")]
    if not records:
        raise RuntimeError(f"{variant} failed (status {status}):\n{output[-3000:]}")
    return {**records[-1], "maxrss_mb": usage.ru_maxrss / 1024.0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--worker", choices=list(VARIANTS), help=argparse.SUPPRESS)
    parser.add_argument("--gpkg", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        (run_a if args.worker == "a" else run_c)(args.gpkg)
        return
    gpkg = ensure_district(args.n, args.seed)
    runs: dict[str, list] = {v: [] for v in VARIANTS}
    for round_ in range(args.repeat):
        for variant in (VARIANTS if round_ % 2 == 0 else list(VARIANTS)[::-1]):
            runs[variant].append(_child(variant, gpkg))
            print(f"round {round_ + 1} {variant}: {runs[variant][-1]['seconds']:.2f} s, "
                  f"peak {runs[variant][-1]['maxrss_mb']:.0f} MB", flush=True)
    median = {v: statistics.median(r["seconds"] for r in runs[v]) for v in VARIANTS}
    lines = [f"veille benchmark, N = {args.n} observed buildings, seed {args.seed}, {args.repeat} rounds",
             f"{'variant':<40} {'median s':>9} {'runs s':>22} {'peak MB':>8}"]
    for variant, label in VARIANTS.items():
        seconds = " ".join(f"{r['seconds']:.2f}" for r in runs[variant])
        peak = max(r["maxrss_mb"] for r in runs[variant])
        lines.append(f"{label:<40} {median[variant]:>9.2f} {seconds:>22} {peak:>8.0f}")
    lines.append(f"ratio (a)/(c) = {median['a'] / median['c']:.2f} (same-round: "
                 + " ".join(f"{a['seconds'] / c['seconds']:.2f}" for a, c in zip(runs["a"], runs["c"])) + ")")
    lines.append(f"counts (a) {runs['a'][0]['counts']}")
    lines.append(f"counts (c) {runs['c'][0]['counts']}")
    lines.append("counts equal: " + str(runs["a"][0]["counts"] == runs["c"][0]["counts"]))
    text = "\n".join(lines)
    print(text)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"veille_{args.n}.txt").write_text(text + "\n")


if __name__ == "__main__":
    main()
