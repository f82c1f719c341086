"""Benchmark: ``agenceurbaine:checkconformity`` against a native QGIS chain and bare shapely.

Generates a seeded synthetic city of N applications (one footprint per parcel) in a GeoPackage in
EPSG:26191 (generation is not measured; the file is cached in ``.build/benchmarks``), then runs
each variant in its own subprocess, side by side, and prints one table:

(a) ``agenceurbaine:checkconformity`` end to end through ``processing.run`` (gpkg layers in,
    TEMPORARY_OUTPUT memory sinks out; layer reading, checking and writing included);
(b) the chain of native algorithms a user would build for the basic quantities (zone by largest
    overlap, footprint/parcel join, coverage, floor-area ratio, distance to the nearest road,
    intersection with each servitude layer), memory outputs;
(c) the same basic quantities computed with vectorised shapely on arrays read from the gpkg with
    GDAL's Arrow reader — reading included, like (a).

Seconds are ``time.perf_counter`` inside the child around the measured part only (interpreter
start, QGIS and GDAL initialisation and provider registration excluded for every variant). Peak
MB is the child's ``ru_maxrss`` (``os.wait4``), i.e. the whole process including the QGIS
baseline shown as "base MB" (VmRSS just before the measured part). ``--repeat R`` runs R
interleaved rounds and reports each variant's median run (the machine is shared and noisy). The
report also gives (a)'s phases (time and RSS at each progress mark of the algorithm), (b)'s
steps, and checksums of the shared quantities. See ``benchmarks/README.md``.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/conformity.py --n 10000 --repeat 3
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/conformity.py --n 100000 --repeat 2 --b-timeout 2400
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PLUGINPATH = REPO / ".build" / "plugins"
REGULATION = REPO / "sample_data" / "regulation.json"
RESULTS = HERE / "results"
WORKDIR = REPO / ".build" / "benchmarks"
GENERATOR_VERSION = 2

EPSG = 26191
X0, Y0 = 369600.0, 374800.0
BLOCK_W, DEPTH, ROAD_H, ROAD_V = 160.0, 30.0, 15.0, 12.0
CELL_W, CELL_H = BLOCK_W + ROAD_V, 2 * DEPTH + ROAD_H
# zone code: lot width (m), share of blocks, road setback, side setback, max levels, usual use
ZONES = {
    "E2": (8.0, 0.30, 0.0, 0.0, 3, "habitat"),
    "R+4": (14.0, 0.35, 0.0, 0.0, 5, "habitat"),
    "V": (20.0, 0.20, 5.0, 4.0, 2, "habitat"),
    "ZI": (40.0, 0.10, 10.0, 6.0, 3, "industrie"),
    "UGE": (50.0, 0.05, 5.0, 5.0, 4, "equipement"),
}
USES = ["habitat", "commerce", "bureaux", "industrie", "entrepot", "equipement"]
SERVITUDES = ("non_aedificandi", "school_site", "flood_zone", "hv_line", "heritage_zone")
AREA_SERVITUDES = ("non_aedificandi", "school_site", "flood_zone")  # measured as overlap area by (a)
WATCHED = ("core/conformity.py", "core/geometry.py", "core/findings.py", "processing/layers.py",
           "processing/fast_sink.py", "processing/algorithms/check_conformity.py")


# =========================================================================== synthetic city


def _city(n: int, seed: int) -> dict[str, dict]:
    """Layers as {name: {"geometries": array, "fields": {name: list}}}; shapely only."""
    import shapely

    rng = np.random.default_rng(seed)
    codes = list(ZONES)
    shares = np.array([ZONES[c][1] for c in codes])
    kinds: list[int] = []
    total = 0
    while total < n:  # blocks of two back-to-back rows of lots, until N lots
        kinds.append(int(rng.choice(len(codes), p=shares / shares.sum())))
        total += 2 * int(BLOCK_W // ZONES[codes[kinds[-1]]][0])
    blocks = len(kinds)
    cols = max(1, int(np.ceil(np.sqrt(blocks * CELL_H / CELL_W))))
    rows = int(np.ceil(blocks / cols))
    bx = X0 + ROAD_V + (np.arange(blocks) % cols) * CELL_W
    by = Y0 + ROAD_H + (np.arange(blocks) // cols) * CELL_H

    # parcels: per block and row, lots of the zone's width with jittered dividing lines
    x0s, x1s, y0s, y1s, fronts, block_of = [], [], [], [], [], []
    for b, kind in enumerate(kinds):
        count = int(BLOCK_W // ZONES[codes[kind]][0])
        cuts = np.linspace(0.0, BLOCK_W, count + 1)
        width = BLOCK_W / count
        cuts[1:-1] += rng.uniform(-0.1, 0.1, count - 1) * width
        for row in (0, 1):
            x0s.append(bx[b] + cuts[:-1])
            x1s.append(bx[b] + cuts[1:])
            y0s.append(np.full(count, by[b] + row * DEPTH))
            y1s.append(np.full(count, by[b] + (row + 1) * DEPTH))
            fronts.append(np.full(count, row))  # 0: road below, 1: road above
            block_of.append(np.full(count, b))
    x0, x1, y0, y1 = (np.concatenate(v)[:n] for v in (x0s, x1s, y0s, y1s))
    front, block = np.concatenate(fronts)[:n], np.concatenate(block_of)[:n]
    parcels = shapely.box(x0, y0, x1, y1)
    zone_of = np.array([kinds[b] for b in block])

    # zoning: one rectangle per block up to the road axes; 15 % of blocks split in two zones
    zx0, zy0 = bx - ROAD_V / 2, by - ROAD_H / 2
    zx1, zy1 = bx + BLOCK_W + ROAD_V / 2, by + 2 * DEPTH + ROAD_H / 2
    split = rng.random(blocks) < 0.15
    at = bx + rng.uniform(40.0, 120.0, blocks)
    other = (np.array(kinds) + rng.integers(1, len(codes), blocks)) % len(codes)
    zone_geoms = list(shapely.box(zx0, zy0, np.where(split, at, zx1), zy1))
    zone_codes = [codes[k] for k in kinds]
    zone_geoms += list(shapely.box(at[split], zy0[split], zx1[split], zy1[split]))
    zone_codes += [codes[k] for k in other[split]]
    zone_geoms = shapely.multipolygons(np.array(zone_geoms, dtype=object).reshape(-1, 1))

    # roads: a strip under every block (crossings included) and one left of every block
    r, c = np.divmod(np.arange((rows + 1) * cols), cols)
    hx, hy = X0 + ROAD_V + c * CELL_W, Y0 + ROAD_H + r * CELL_H
    horizontal = shapely.box(hx - ROAD_V, hy - ROAD_H, hx + BLOCK_W + np.where(c == cols - 1, ROAD_V, 0), hy)
    r, c = np.divmod(np.arange(rows * (cols + 1)), cols + 1)
    vx, vy = X0 + ROAD_V + c * CELL_W, Y0 + ROAD_H + r * CELL_H
    vertical = shapely.box(vx - ROAD_V, vy, vx, vy + 2 * DEPTH)
    roads = np.concatenate([horizontal, vertical])

    # footprints: setbacks from the zone, noise, 5 % overflowing the parcel, 30 % L-shaped
    road_sb = np.array([ZONES[codes[k]][2] for k in zone_of])
    side_sb = np.array([ZONES[codes[k]][3] for k in zone_of])
    front_sb = np.maximum(0.0, road_sb + rng.normal(0.0, 1.0, n))
    left = np.maximum(0.0, side_sb + rng.normal(0.0, 0.7, n)) * (side_sb > 0)
    right = np.maximum(0.0, side_sb + rng.normal(0.0, 0.7, n)) * (side_sb > 0)
    rear = rng.uniform(3.0, 10.0, n)
    over = rng.random(n) < 0.05
    which = rng.integers(0, 2, n)
    front_sb[over & (which == 0)] = -rng.uniform(0.5, 2.0, int((over & (which == 0)).sum()))
    left[over & (which == 1)] = -rng.uniform(0.3, 1.5, int((over & (which == 1)).sum()))
    width = x1 - x0
    left = np.minimum(left, 0.3 * width)
    right = np.minimum(right, 0.3 * width)
    rear = np.minimum(rear, DEPTH - front_sb - 8.0)
    fx0, fx1 = x0 + left, x1 - right
    fy0 = np.where(front == 0, y0 + front_sb, y0 + rear)
    fy1 = np.where(front == 0, y1 - rear, y1 - front_sb)
    footprints = shapely.box(fx0, fy0, fx1, fy1)
    notch = rng.random(n) < 0.3
    cx = np.where(rng.random(n) < 0.5, fx0, fx1 - 0.4 * (fx1 - fx0))
    cy = np.where(front == 0, fy1 - 0.35 * (fy1 - fy0), fy0)
    corner = shapely.box(cx, cy, cx + 0.4 * (fx1 - fx0), cy + 0.35 * (fy1 - fy0))
    footprints[notch] = shapely.difference(footprints[notch], corner[notch])
    max_levels = np.array([ZONES[codes[k]][4] for k in zone_of])
    levels = np.clip(max_levels - rng.integers(-1, 3, n), 1, None)
    height = np.round(levels * 3.2 + rng.uniform(0.0, 1.5, n), 2)
    usual = np.array([ZONES[codes[k]][5] for k in zone_of], dtype=object)
    uses = np.where(rng.random(n) < 0.9, usual, np.array(USES, dtype=object)[rng.integers(0, len(USES), n)])
    floor = np.round(shapely.area(footprints) * levels * rng.uniform(0.85, 1.1, n), 1)
    days = rng.integers(0, 30 * 365, n)
    lot_dates = (np.datetime64("1990-01-01") + days.astype("timedelta64[D]")).astype(str)

    parcel_ids = [f"P{i:06d}" for i in range(n)]
    layers = {
        "parcels": {"geometries": parcels,
                    "fields": {"parcel_id": parcel_ids, "lot_date": [str(v) for v in lot_dates]}},
        "applications": {"geometries": footprints, "fields": {
            "app_id": [f"PC-{i:06d}" for i in range(n)], "parcel_id": parcel_ids,
            "levels": [int(v) for v in levels], "height": [float(v) for v in height],
            "use": list(uses), "floor_area": [float(v) for v in floor]}},
        "zoning": {"geometries": zone_geoms, "fields": {"zone": zone_codes}},
        "roads": {"geometries": roads, "fields": {"road_id": list(range(len(roads)))}},
    }
    layers.update(_servitudes(rng, n, (X0, Y0, X0 + ROAD_V + cols * CELL_W, Y0 + ROAD_H + rows * CELL_H)))
    return layers


def _servitudes(rng: np.random.Generator, n: int, extent: tuple) -> dict[str, dict]:
    """A few hundred overlapping polygons spread over the regulation's servitude ids."""
    import shapely
    from shapely import affinity

    xmin, ymin, xmax, ymax = extent
    total = int(200 * (n / 10000) ** 0.3)
    counts = dict(zip(SERVITUDES, (0.25, 0.2, 0.2, 0.15, 0.2)))
    layers = {}
    for sid, share in counts.items():
        k = max(1, round(total * share))
        x, y = rng.uniform(xmin, xmax, k), rng.uniform(ymin, ymax, k)
        if sid in ("non_aedificandi", "hv_line"):  # corridors along 2-4 vertex polylines
            half = 6.0 if sid == "non_aedificandi" else 10.0
            geoms = []
            for i in range(k):
                steps = rng.integers(2, 5)
                angles = rng.uniform(0, 2 * np.pi) + np.cumsum(rng.normal(0, 0.4, steps))
                length = rng.uniform(150, 600, steps)
                xs = x[i] + np.r_[0, np.cumsum(length * np.cos(angles))]
                ys = y[i] + np.r_[0, np.cumsum(length * np.sin(angles))]
                geoms.append(shapely.buffer(shapely.linestrings(xs, ys), half, cap_style="flat"))
            geoms = np.array(geoms, dtype=object)
        elif sid == "school_site":  # rotated rectangles
            rect = shapely.box(x - 30, y - 40, x + 30, y + 40)
            geoms = np.array([affinity.rotate(g, a, origin="centroid")
                              for g, a in zip(rect, rng.uniform(0, 90, k))], dtype=object)
        elif sid == "flood_zone":  # irregular blobs
            radius = rng.uniform(40, 160, k)
            geoms = np.array([shapely.polygons(np.c_[
                x[i] + radius[i] * (1 + 0.25 * np.sin(3 * t + i)) * np.cos(t),
                y[i] + radius[i] * (1 + 0.25 * np.sin(3 * t + i)) * np.sin(t)])
                for i, t in ((i, np.linspace(0, 2 * np.pi, 65)) for i in range(k))], dtype=object)
        else:  # heritage perimeters: circles
            geoms = shapely.buffer(shapely.points(x, y), rng.uniform(40, 120, k), quad_segs=16)
        layers[sid] = {"geometries": geoms, "fields": {"name": [f"{sid}-{i}" for i in range(k)]}}
    return layers


def write_gpkg(path: Path, layers: dict[str, dict]) -> None:
    import shapely
    from osgeo import ogr, osr

    ogr.UseExceptions()
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    tmp = path.with_suffix(".tmp.gpkg")
    tmp.unlink(missing_ok=True)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp))
    kinds = {int: ogr.OFTInteger, float: ogr.OFTReal, str: ogr.OFTString}
    for name, layer_data in layers.items():
        geoms = layer_data["geometries"]
        gtype = ogr.wkbMultiPolygon if name == "zoning" else ogr.wkbPolygon
        options = ["FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES"]
        layer = ds.CreateLayer(name, srs, gtype, options=options)
        fields = layer_data["fields"]
        for field, values in fields.items():
            layer.CreateField(ogr.FieldDefn(field, kinds[type(values[0])]))
        definition = layer.GetLayerDefn()
        wkbs = shapely.to_wkb(geoms, output_dimension=2)
        layer.StartTransaction()
        for i, wkb in enumerate(wkbs):
            feature = ogr.Feature(definition)
            feature.SetGeometry(ogr.CreateGeometryFromWkb(wkb))
            for field, values in fields.items():
                feature.SetField(field, values[i])
            layer.CreateFeature(feature)
        layer.CommitTransaction()
    ds = None
    tmp.rename(path)


def ensure_city(n: int, seed: int, workdir: Path, regenerate: bool) -> Path:
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / f"city_{n}_s{seed}_v{GENERATOR_VERSION}.gpkg"
    if regenerate or not path.exists():
        start = time.perf_counter()
        write_gpkg(path, _city(n, seed))
        print(f"generated {path} in {time.perf_counter() - start:.1f} s", flush=True)
    return path


# =========================================================================== children


def _vm(key: str) -> float:
    """VmRSS / VmHWM of this process in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024.0
    return float("nan")


def _stats(values) -> list:
    """[count, mean] of the non-null values."""
    array = np.array([np.nan if v is None else v for v in values], dtype=float)
    array = array[~np.isnan(array)]
    return [len(array), float(array.mean()) if len(array) else None]


def _emit(**record) -> None:
    print("BENCH " + json.dumps(record), flush=True)


def _emit_code() -> None:
    """Which version of the plugin's files this child imported (colleagues edit them)."""
    _emit(code=_fingerprint())


def _init_qgis():
    sys.path[:] = [p for p in sys.path if p not in ("", ".") and Path(p).resolve() != REPO]
    sys.path.insert(0, str(PLUGINPATH))
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    return app


def _context():
    """Same context for (a) and (b): no invalid-geometry filtering (the plugin skips it anyway;
    native algorithms would otherwise pay a GEOS validity test per feature)."""
    from qgis.core import QgsProcessingContext, QgsProject

    from agence_urbaine.compat import InvalidGeometryCheck

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.setInvalidGeometryCheck(InvalidGeometryCheck.NoCheck)
    return context


def _layer(gpkg: Path, name: str):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    if not layer.isValid():
        raise RuntimeError(f"{name} missing from {gpkg}")
    return layer


def run_a(gpkg: Path, profile: str | None, gc_off: bool = False) -> None:
    _emit_code()
    app = _init_qgis()
    from qgis.core import QgsApplication, QgsProcessingFeedback

    from agence_urbaine.processing.provider import AgenceUrbaineProvider

    provider = AgenceUrbaineProvider()  # keep the Python reference alive
    QgsApplication.processingRegistry().addProvider(provider)
    import processing

    class PhaseFeedback(QgsProcessingFeedback):
        """Timestamps of the algorithm's progress texts and progress values."""

        def __init__(self):
            super().__init__(False)
            self.marks: list[tuple[str, float, float]] = []

        def setProgressText(self, text):
            self.marks.append((text, time.perf_counter(), _vm("VmRSS")))
            super().setProgressText(text)

        def setProgress(self, value):
            if not self.marks or self.marks[-1][0] != f"{value:.0f}%":
                self.marks.append((f"{value:.0f}%", time.perf_counter(), _vm("VmRSS")))
            super().setProgress(value)

    feedback = PhaseFeedback()
    base = _vm("VmRSS")
    if gc_off:  # diagnostic only: how much of (a) is Python's cyclic garbage collector
        import gc

        gc.collect()
        gc.disable()
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    start = time.perf_counter()
    parameters = {
        "REGULATION": str(REGULATION),
        "PARCELS": _layer(gpkg, "parcels"), "PARCEL_KEY": "parcel_id",
        "APPLICATIONS": _layer(gpkg, "applications"), "APPLICATION_ID": "app_id",
        "LEVELS_FIELD": "levels", "HEIGHT_FIELD": "height", "USE_FIELD": "use",
        "FLOOR_AREA_FIELD": "floor_area",
        "ZONING": _layer(gpkg, "zoning"), "ZONE_FIELD": "zone",
        "ROADS": _layer(gpkg, "roads"),
        "SERVITUDES": [_layer(gpkg, sid) for sid in SERVITUDES],
        "OUTPUT": "TEMPORARY_OUTPUT", "FINDINGS": "TEMPORARY_OUTPUT", "OFFENDING": "TEMPORARY_OUTPUT",
    }
    result = processing.run("agenceurbaine:checkconformity", parameters, feedback=feedback,
                            context=_context())
    seconds = time.perf_counter() - start
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(profile)
    peak = _vm("VmHWM")
    phases = [(text, round(t - start, 3), round(rss)) for text, t, rss in feedback.marks]
    phases.append(("end", round(seconds, 3), round(_vm("VmRSS"))))
    # checksums, not measured: the same basic quantities as (b) and (c)
    coverage, far = [], []
    overlap = dict.fromkeys(AREA_SERVITUDES, 0.0)
    from qgis.core import QgsVectorLayer

    # the outputs are GeoPackage files, temporary ones too (processing.fast_sink): paths come back
    outputs = {key: QgsVectorLayer(value, key, "ogr") if isinstance(value, str) else value
               for key, value in result.items() if key in ("OUTPUT", "FINDINGS", "OFFENDING")}
    for feature in outputs["FINDINGS"].getFeatures():
        rule, measured, subject = feature["rule"], feature["measured"], feature["subject"]
        if rule == "coverage" and measured is not None:
            coverage.append(measured)
        elif rule == "floor_area_ratio" and measured is not None:
            far.append(measured)
        elif subject in overlap and measured is not None:
            overlap[subject] += measured
    zones: dict[str, int] = {}
    for feature in outputs["OUTPUT"].getFeatures():
        code = (feature["zones"] or "").split(" (")[0] or None
        zones[code] = zones.get(code, 0) + 1
    _emit(seconds=seconds, base_mb=base, hwm_mb=peak, phases=phases,
          applications=result["APPLICATION_COUNT"], findings=outputs["FINDINGS"].featureCount(),
          offending=outputs["OFFENDING"].featureCount(),
          check={"coverage": _stats(coverage), "far": _stats(far), "zones": zones, "overlap": overlap})
    del result, outputs, app


def run_b(gpkg: Path) -> None:
    app = _init_qgis()
    from qgis.core import QgsProcessingFeedback

    import processing

    feedback = QgsProcessingFeedback(False)
    context = _context()
    base = _vm("VmRSS")
    _emit(started=time.time())  # lets the driver turn a kill at --b-timeout into a lower bound
    start = last = time.perf_counter()

    def step(name: str, alg: str, **parameters):
        nonlocal last
        parameters.setdefault("OUTPUT", "TEMPORARY_OUTPUT")
        layer = processing.run(alg, parameters, feedback=feedback, context=context)["OUTPUT"]
        now = time.perf_counter()
        _emit(step=name, seconds=round(now - last, 3), at=round(now - start, 3))
        last = now
        return layer

    parcels = step("parcel area", "native:fieldcalculator", INPUT=_layer(gpkg, "parcels"),
                   FIELD_NAME="parcel_area", FIELD_TYPE=0, FIELD_LENGTH=20, FIELD_PRECISION=4,
                   FORMULA="$area")
    parcels = step("zone by largest overlap", "native:joinattributesbylocation", INPUT=parcels,
                   JOIN=_layer(gpkg, "zoning"), PREDICATE=[0], JOIN_FIELDS=["zone"], METHOD=2)
    apps = step("footprint area", "native:fieldcalculator", INPUT=_layer(gpkg, "applications"),
                FIELD_NAME="fp_area", FIELD_TYPE=0, FIELD_LENGTH=20, FIELD_PRECISION=4, FORMULA="$area")
    apps = step("join footprints to parcels", "native:joinattributestable", INPUT=apps, FIELD="parcel_id",
                INPUT_2=parcels, FIELD_2="parcel_id", FIELDS_TO_COPY=["parcel_area", "zone"], METHOD=1)
    del parcels
    apps = step("coverage", "native:fieldcalculator", INPUT=apps, FIELD_NAME="coverage", FIELD_TYPE=0,
                FIELD_LENGTH=20, FIELD_PRECISION=6, FORMULA='"fp_area" / "parcel_area"')
    apps = step("floor-area ratio", "native:fieldcalculator", INPUT=apps, FIELD_NAME="far", FIELD_TYPE=0,
                FIELD_LENGTH=20, FIELD_PRECISION=6, FORMULA='"floor_area" / "parcel_area"')
    apps = step("distance to nearest road", "native:joinbynearest", INPUT=apps,
                INPUT_2=_layer(gpkg, "roads"), FIELDS_TO_COPY=["road_id"], NEIGHBORS=1)
    pieces = {}
    for sid in SERVITUDES:
        cut = step(f"intersection {sid}", "native:intersection", INPUT=apps, OVERLAY=_layer(gpkg, sid),
                   INPUT_FIELDS=["app_id"], OVERLAY_FIELDS=["name"])
        pieces[sid] = step(f"overlap area {sid}", "native:fieldcalculator", INPUT=cut,
                           FIELD_NAME="overlap_m2", FIELD_TYPE=0, FIELD_LENGTH=20, FIELD_PRECISION=4,
                           FORMULA="$area")
        del cut
    seconds = time.perf_counter() - start
    peak = _vm("VmHWM")
    coverage, far, distance = [], [], []
    zones: dict[str, int] = {}
    for feature in apps.getFeatures():
        coverage.append(feature["coverage"])
        far.append(feature["far"])
        distance.append(feature["distance"])
        zones[feature["zone"]] = zones.get(feature["zone"], 0) + 1
    overlap = {sid: sum(f["overlap_m2"] for f in layer.getFeatures()) for sid, layer in pieces.items()}
    _emit(seconds=seconds, base_mb=base, hwm_mb=peak, applications=apps.featureCount(),
          check={"coverage": _stats(coverage), "far": _stats(far), "distance": _stats(distance),
                 "zones": zones, "overlap": overlap})
    del apps, pieces, app


def _read_arrow(gpkg: Path, name: str, columns: list[str]) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """Geometries (shapely) and columns of one gpkg table through GDAL's Arrow reader."""
    import shapely
    from osgeo import gdal

    gdal.UseExceptions()
    ds = gdal.OpenEx(str(gpkg), gdal.OF_VECTOR)
    layer = ds.GetLayerByName(name)
    definition = layer.GetLayerDefn()
    keep = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
    # GDAL 3.6.2 returns truncated WKB when every attribute field is ignored: keep one
    kept = set(columns) or set(keep[:1])
    layer.SetIgnoredFields([f for f in keep if f not in kept])
    wkb, values = [], {c: [] for c in columns}
    geometry_column = layer.GetGeometryColumn() or "wkb_geometry"
    for batch in layer.GetArrowStreamAsNumPy(options=["USE_MASKED_ARRAYS=NO", "INCLUDE_FID=NO"]):
        wkb.append(batch[geometry_column])
        for c in columns:
            values[c].append(batch[c])
    del layer, ds
    geoms = shapely.from_wkb(np.concatenate(wkb)) if wkb else np.empty(0, dtype=object)
    return geoms, {c: np.concatenate(v) for c, v in values.items()}


def run_c(gpkg: Path, with_qgis: bool) -> None:
    if with_qgis:  # shapely loaded into a QGIS process, as the plugin's engine is
        app = _init_qgis()
    import shapely
    from osgeo import gdal

    gdal.AllRegister()  # driver registration is start-up, as initQgis() is for (a) and (b)
    base = _vm("VmRSS")
    start = time.perf_counter()
    parcels, pcols = _read_arrow(gpkg, "parcels", ["parcel_id"])
    fps, fcols = _read_arrow(gpkg, "applications", ["parcel_id", "floor_area"])
    zoning, zcols = _read_arrow(gpkg, "zoning", ["zone"])
    roads, _ = _read_arrow(gpkg, "roads", [])
    servitudes = {sid: _read_arrow(gpkg, sid, [])[0] for sid in SERVITUDES}
    read = time.perf_counter() - start

    parcel_area = shapely.area(parcels)
    # zone of each parcel: largest overlap
    pi, zi = shapely.STRtree(zoning).query(parcels, predicate="intersects")
    area = shapely.area(shapely.intersection(parcels[pi], zoning[zi]))
    order = np.lexsort((-area, pi))
    first = order[np.r_[True, pi[order][1:] != pi[order][:-1]]]
    zone = np.full(len(parcels), None, dtype=object)
    zone[pi[first]] = zcols["zone"][zi[first]]
    # footprint -> parcel by key
    keys, where = np.unique(pcols["parcel_id"], return_index=True)
    pos = np.clip(np.searchsorted(keys, fcols["parcel_id"]), 0, len(keys) - 1)
    parcel = np.where(keys[pos] == fcols["parcel_id"], where[pos], -1)
    ok = parcel >= 0
    fp_area = shapely.area(fps)
    coverage = np.full(len(fps), np.nan)
    far = np.full(len(fps), np.nan)
    coverage[ok] = fp_area[ok] / parcel_area[parcel[ok]]
    far[ok] = fcols["floor_area"].astype(float)[ok] / parcel_area[parcel[ok]]
    # distance to the nearest road
    (qi, _), dist = shapely.STRtree(roads).query_nearest(fps, return_distance=True, all_matches=False)
    distance = np.full(len(fps), np.nan)
    distance[qi] = dist
    # servitude overlap area per footprint
    overlap = {}
    for sid, geoms in servitudes.items():
        fi, si = shapely.STRtree(geoms).query(fps, predicate="intersects")
        overlap[sid] = np.bincount(fi, shapely.area(shapely.intersection(fps[fi], geoms[si])), len(fps))
    seconds = time.perf_counter() - start
    peak = _vm("VmHWM")
    zones: dict[str, int] = {}
    for code in zone[parcel[ok]]:
        code = code.decode() if isinstance(code, bytes) else code
        zones[code] = zones.get(code, 0) + 1
    _emit(seconds=seconds, read_seconds=read, base_mb=base, hwm_mb=peak, applications=len(fps),
          check={"coverage": _stats(coverage), "far": _stats(far), "distance": _stats(distance),
                 "zones": zones, "overlap": {sid: float(v.sum()) for sid, v in overlap.items()}})
    if with_qgis:
        del app


# =========================================================================== driver


VARIANTS = {
    "a": "(a) agenceurbaine:checkconformity",
    "b": "(b) native QGIS chain",
    "c": "(c) shapely, reading included",
    "cq": "(c') same, in a QGIS process",
    "agc": "(a) diagnostic: Python GC disabled",
}


def _child(variant: str, gpkg: Path, timeout: float | None, log: Path, profile: str | None = None) -> dict:
    """Run one variant in a fresh interpreter; its records, ru_maxrss, and whether it timed out."""
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", variant, "--gpkg", str(gpkg)]
    if profile:
        command += ["--profile", profile]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with open(log, "w") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env)
        start = time.perf_counter()
        timed_out, killed_at = False, 0.0
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if timeout is not None and time.perf_counter() - start > timeout:
                process.kill()
                killed_at = time.time()
                pid, status, usage = os.wait4(process.pid, 0)
                timed_out = True
                break
            time.sleep(0.1)
        process.returncode = os.waitstatus_to_exitcode(status)
    records = [json.loads(line[6:]) for line in log.read_text(errors="replace").splitlines()
               if line.startswith("BENCH ")]
    final = next((r for r in records if "seconds" in r and "step" not in r), None)
    started = next((r["started"] for r in records if "started" in r), None)
    lower_bound = killed_at - started if timed_out and started else 0.0
    code = next((r["code"] for r in records if "code" in r), None)
    if final is not None and code is not None:
        final["code"] = code
    return {"variant": variant, "records": records, "result": final, "timed_out": timed_out,
            "lower_bound": lower_bound,
            "maxrss_mb": usage.ru_maxrss / 1024.0, "returncode": process.returncode,
            "wall": time.perf_counter() - start, "log": str(log)}


def _fingerprint() -> str:
    parts = []
    for name in WATCHED:
        path = REPO / name
        digest = hashlib.sha1(path.read_bytes()).hexdigest()[:10] if path.exists() else "missing"
        parts.append(f"{name}@{digest}")
    return ", ".join(parts)


# What the interval ending at a mark covers, in check_conformity.py (progress = 10 + 70 x engine
# fraction) and core/conformity.py (steps 0.2 … 1.0) as of 2026-11-26 (third version): the
# applications copied by a worker thread from "Checking the rules…" on; the servitudes measured by
# a worker thread from 24 %, parcel sides and setbacks by another from 24 % too (its setbacks wait
# for the main zones, known at 38 %); findings messages formatted and rows stored by two writer
# threads as they come; the findings table kept in memory only for reports.
_PHASES = {"Reading layers…": "parameters, regulation, servitude matching",
           "Checking the rules…": "read_features of every layer",
           "24%": "clean geometries, _build_applications",
           "38%": "_zone_shares (servitude thread running)",
           "66%": "waiting for the servitude thread, servitude rules",
           "76%": "waiting for the parcel-side/setback thread, frontage, setbacks, within-parcel",
           "80%": "application results (verdict counts)",
           "Writing outputs…": "",
           "100%": "verdicts set on the copied applications, offending parts, findings writer drained",
           "end": "processing.run post-processing"}


def _phase(label: str) -> str:
    if label.endswith("%") and 38 < int(label[:-1]) < 60:
        return "rules without geometry (geometry threads running, findings streamed)"
    return _PHASES.get(label, "")


def _fmt_check(check: dict | None) -> str:
    if not check:
        return "-"
    def stat(name: str) -> str:
        count, mean = check[name]
        return f"{name} n={count} mean={mean:.5f}" if mean is not None else f"{name} n=0"

    text = f"{stat('coverage')}, {stat('far')}"
    if "distance" in check:
        text += f", road {stat('distance')}"
    zones = ", ".join(f"{k}:{v}" for k, v in sorted(check["zones"].items(), key=lambda kv: str(kv[0])))
    overlap = ", ".join(f"{k} {v:.1f}" for k, v in check["overlap"].items() if k in AREA_SERVITUDES)
    return f"{text}; zones {zones}; overlap m² {overlap}"


def _median_run(runs: list[dict]) -> dict:
    """The run of median time (its phases are shown), with every time and the largest peak."""
    done = [r for r in runs if r["result"] is not None and not r["timed_out"]]
    if len(done) < len(runs):
        chosen = next(r for r in runs if r["result"] is None or r["timed_out"])
    else:
        chosen = sorted(done, key=lambda r: r["result"]["seconds"])[(len(done) - 1) // 2]
    chosen = dict(chosen, maxrss_mb=max(r["maxrss_mb"] for r in runs))
    chosen["all_seconds"] = [r["result"]["seconds"] for r in done]
    return chosen


def report(n: int, gpkg: Path, runs: dict[str, dict], b_timeout: float, code: str) -> str:
    lines = [f"Conformity benchmark, N = {n} applications ({gpkg.name}, {gpkg.stat().st_size / 1e6:.0f} MB)",
             f"{time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime())} UTC, {os.cpu_count()} CPUs, "
             f"python {sys.version.split()[0]}",
             f"code at start: {code}", ""]
    header = f"{'variant':<38} {'seconds':>10} {'peak MB':>9} {'base MB':>9}  notes (median run shown)"
    lines += [header, "-" * len(header)]
    seconds = {}
    for key, run in runs.items():
        result = run["result"]
        if run["timed_out"]:
            bound = run.get("lower_bound", 0.0)  # timed part only (QGIS start-up excluded)
            seconds[key] = (bound, True)
            done = [r for r in run["records"] if "step" in r]
            note = (f"killed at --b-timeout {b_timeout:.0f} s (wall); "
                    f"steps done: {', '.join(r['step'] for r in done) or 'none'}")
            text = f"> {bound:.1f}"
        elif result is None:
            seconds[key] = None
            note, text = f"FAILED (exit {run['returncode']}), see {run['log']}", "-"
        else:
            seconds[key] = (result["seconds"], False)
            text = f"{result['seconds']:.2f}"
            note = ""
            if "read_seconds" in result:
                note = f"reading {result['read_seconds']:.2f} s"
            if key in ("a", "agc"):
                note = f"{result['findings']} findings, {result['offending']} offending parts"
            if len(run["all_seconds"]) > 1:
                note += "; runs: " + " ".join(f"{v:.2f}" for v in run["all_seconds"])
        base = f"{run['result']['base_mb']:.0f}" if result else "-"
        lines.append(f"{VARIANTS[key]:<38} {text:>10} {run['maxrss_mb']:>9.0f} {base:>9}  {note}")
    lines.append("")

    def ratio(top: str, bottom: str) -> tuple[str, float | None, bool]:
        if seconds.get(top) is None or seconds.get(bottom) is None:
            return "n/a", None, False
        value = seconds[top][0] / seconds[bottom][0]
        lower = seconds[top][1]
        return (f"> {value:.1f}" if lower else f"{value:.2f}"), value, lower

    text, b_over_a, _ = ratio("b", "a")
    verdict = "n/a" if b_over_a is None else ("MET" if b_over_a >= 8 else "missed" + (
        " (lower bound only)" if seconds["b"][1] else ""))
    lines.append(f"ratio (b)/(a) = {text:>7}   target >= 8    {verdict}")
    text, a_over_c, _ = ratio("a", "c")
    verdict = "n/a" if a_over_c is None else ("MET" if a_over_c <= 2.5 else "missed")
    lines.append(f"ratio (a)/(c) = {text:>7}   target <= 2.5  {verdict}")
    if "cq" in runs and seconds.get("cq"):
        text, _, _ = ratio("a", "cq")
        lines.append(f"ratio (a)/(c') = {text:>6}   (shapely inside a QGIS process)")
    if "agc" in runs and seconds.get("agc"):
        text, _, _ = ratio("a", "agc")
        lines.append(f"ratio (a)/(a without GC) = {text}   (diagnostic)")
    if "a" in runs:
        peak = runs["a"]["maxrss_mb"]
        lines.append(f"peak (a) = {peak:.0f} MB      target < 2048 MB  {'MET' if peak < 2048 else 'missed'}")
    lines.append("")
    for key in ("a", "agc"):
        if not runs.get(key, {}).get("result"):
            continue
        marks = runs[key]["result"]["phases"]
        lines.append(f"{key} phases (s from start, by the algorithm's progress texts / percentages; "
                     "RSS at the mark):")
        previous = 0.0
        for label, at, *rss in marks:
            memory = f"{rss[0]:6.0f} MB" if rss else ""
            lines.append(f"    {label:<24} at {at:8.2f}   (+{at - previous:6.2f})  {memory}  {_phase(label)}")
            previous = at
    steps = [r for r in runs.get("b", {}).get("records", []) if "step" in r]
    if steps:
        lines.append("(b) steps:")
        lines += [f"    {r['step']:<36} {r['seconds']:8.2f} s" for r in steps]
    lines.append("")
    lines.append("checks (the same quantities should agree; (a) has no footprint-road distance and counts "
                 "overlapping servitude features once):")
    for key, run in runs.items():
        lines.append(f"    {key}: {_fmt_check((run['result'] or {}).get('check'))}")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10000, help="number of applications (= parcels)")
    parser.add_argument("--seed", type=int, default=20241125)
    parser.add_argument("--b-timeout", type=float, default=1800.0,
                        help="seconds after which (b) is killed and reported as a lower bound")
    parser.add_argument("--variants", default="a,c,cq,b",
                        help="comma-separated, among a, b, c, cq (and agc: (a) without Python's GC)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="interleaved rounds; the table shows each variant's median run")
    parser.add_argument("--workdir", type=Path, default=WORKDIR, help="where the generated gpkg is cached")
    parser.add_argument("--regenerate", action="store_true")
    parser.add_argument("--profile", help="(a) only: write cProfile stats to this file (not for timing)")
    parser.add_argument("--worker", choices=list(VARIANTS), help=argparse.SUPPRESS)
    parser.add_argument("--gpkg", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.worker:
        if args.worker in ("a", "agc"):
            run_a(args.gpkg, args.profile, args.worker == "agc")
        elif args.worker == "b":
            run_b(args.gpkg)
        else:
            run_c(args.gpkg, args.worker == "cq")
        return

    code = _fingerprint()
    gpkg = ensure_city(args.n, args.seed, args.workdir, args.regenerate)
    RESULTS.mkdir(parents=True, exist_ok=True)
    logs = Path(tempfile.mkdtemp(prefix=f"conformity_{args.n}_", dir=args.workdir))
    every: dict[str, list[dict]] = {}
    variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    for round_ in range(args.repeat):  # interleaved rounds: a, c, …, b, then again
        for variant in variants:
            if any(run["timed_out"] or run["result"] is None for run in every.get(variant, [])):
                continue  # a timed-out or failed variant is not run again
            timeout = args.b_timeout if variant == "b" else None
            profile = args.profile if variant == "a" else None
            print(f"running {VARIANTS[variant]} (round {round_ + 1}) …", flush=True)
            run = _child(variant, gpkg, timeout, logs / f"{variant}_{round_}.log", profile)
            every.setdefault(variant, []).append(run)
            result = run["result"]
            print(f"    {'timed out' if run['timed_out'] else result and round(result['seconds'], 2)}"
                  f" s, peak {run['maxrss_mb']:.0f} MB", flush=True)
    ordered = {key: _median_run(every[key]) for key in VARIANTS if key in every}
    for key, runs in every.items():
        used = {r["result"]["code"] for r in runs if r["result"] and "code" in r["result"]}
        if used - {code}:
            print(f"WARNING: {key} ran on other versions of the plugin: {sorted(used)}")
    text = report(args.n, gpkg, ordered, args.b_timeout, code)
    if _fingerprint() != code:
        text += f"WARNING: the code changed during the run; at the end: {_fingerprint()}\n"
    print()
    print(text)
    if not args.profile:
        out = RESULTS / f"conformity_{args.n}.txt"
        out.write_text(text, encoding="utf-8")
        (RESULTS / f"conformity_{args.n}.json").write_text(json.dumps(ordered, indent=1, default=str))
        print(f"written {out}")


if __name__ == "__main__":
    main()
