# ruff: noqa: E501 - the application table reads best one case a line
"""Generate the fictional "Plan d'aménagement de Hay Al Amal" sample (``hay_al_amal.gpkg``).

Deterministic: the layout is computed, and the only random draws (applicant data, observation
dates) come from a seeded generator. Coordinates are EPSG:26191 (Merchich / Nord Maroc), near
Témara. Run with the project venv (shapely 2 + Debian's GDAL):

    .venv/bin/python sample_data/generate.py

Each application in ``APPLICATIONS`` says which rules it is meant to pass or fail; the same
expectations are written to ``expected.json`` and checked by ``tests/test_conformity.py``.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

import shapely
from osgeo import ogr, osr
from shapely.geometry import LineString, Polygon, box

HERE = Path(__file__).resolve().parent
GPKG = HERE / "hay_al_amal.gpkg"
EXPECTED = HERE / "expected.json"
EPSG = 26191
X0, Y0 = 369600.0, 374800.0
ROAD_H, ROAD_V, DEPTH = 15.0, 12.0, 30.0
FRONT_BOTTOM, MIDDLE, FRONT_TOP = Y0 + ROAD_H, Y0 + ROAD_H + DEPTH, Y0 + ROAD_H + 2 * DEPTH
SEED = 20240611

# zone code, parcel prefix, (front widths, back widths) for the bottom and top rows
BLOCKS = [
    ("R+4", "R4", ([14.0] * 10, [14.0] * 10), ([14.0] * 10, [14.0] * 10)),
    ("V", "V", ([20.0] * 8, [20.0] * 8),
     ([15.0, 15.0, 20.0, 20.0, 16.0, 24.0, 25.0, 25.0], [15.0, 15.0, 20.0, 20.0, 26.0, 22.0, 22.0, 20.0])),
    ("E2", "E2", ([8.0] * 12, [8.0] * 12), ([8.0] * 12, [8.0] * 12)),
    ("ZI", "ZI", ([40.0] * 4, [40.0] * 4), ([40.0] * 4, [40.0] * 4)),
    ("UGE", "U", ([50.0] * 3, [50.0] * 3), ([50.0] * 3, [50.0] * 3)),
]
ROAD_NAMES = ["Rue Al Yasmine", "Rue Ibn Sina", "Rue Al Farabi", "Rue Oued Yquem", "Rue Al Wahda", "Rue Chefchaouen"]

# Zone defaults: setbacks front/left/right/rear (m), levels, height (m), use.
DEFAULTS = {
    "R+4": dict(front=0, left=0, right=0, rear=10, levels=5, height=15.0, use="habitat"),
    "V": dict(front=5, left=4, right=4, rear=7, levels=2, height=7.5, use="habitat"),
    "E2": dict(front=0, left=0, right=0, rear=8, levels=3, height=10.5, use="habitat"),
    "ZI": dict(front=10, left=6, right=6, rear=5, levels=2, height=12.0, use="industrie"),
    "UGE": dict(front=5, left=5, right=5, rear=5, levels=3, height=12.0, use="equipement"),
}
ROAD_SETBACK = {"R+4": 0, "V": 5, "E2": 0, "ZI": 10, "UGE": 5}

P, F, C = "conforme", "non_conforme", "a_verifier"
# app_id, parcel, overrides, expected verdicts by rule id (``rule@servitude`` for servitude
# rules; rules not listed: whatever the engine says), what the case shows.
APPLICATIONS = [
    ("PC-001", "R4-B02", {}, {"use": P, "coverage": P, "rear_setback": P, "side_setback": P}, "R+4 reference"),
    ("PC-002", "R4-B03", {"use": "industrie"}, {"use": F}, "forbidden use"),
    ("PC-003", "R4-B04", {"levels": 6, "height": 17.0, "rear": 13}, {"max_levels": F, "max_height": P},
     "R+5 in an R+4 zone"),
    ("PC-004", "R4-B05", {"height": 18.5}, {"max_height": F, "max_levels": P}, "too high"),
    ("PC-005", "R4-B06", {"rear": 7.5, "levels": 4, "height": 13.0}, {"coverage": F, "floor_area_ratio": P},
     "coverage (COS) 0.75"),
    ("PC-006", "R4-B07", {"floor_area": 1600.0}, {"floor_area_ratio": F, "coverage": P},
     "declared floor area too large (CUS 3.81)"),
    ("PC-007", "R4-B08", {"left": 2}, {"side_setback": F}, "2 m from a side limit in continuous rows"),
    ("PC-008", "R4-T02", {"rear": 6, "right": 4}, {"rear_setback": F, "side_setback": P},
     "rear 6 m < H/2 = 7.5 m"),
    ("PC-009", "R4-T03", {"front": -1.5, "rear": 11.5, "floor_area": 1400.0},
     {"within_parcel": F, "road_setback": P}, "encroaches 1.5 m on the road"),
    ("PC-010", "R4-T09", {}, {"zoning": C}, "parcel straddling zones R+4 and V"),
    ("PC-011", "R4-B09", {"levels": 2, "height": 8.0}, {"max_height_inside": P}, "low building inside the heritage zone"),
    ("PC-012", "R4-B10", {}, {"max_height_inside": F}, "15 m inside the heritage zone (8.5 m)"),
    ("PC-013", "R4-T05", {"height": None}, {"max_height": C}, "height missing"),
    ("PC-015", "R4-T07", {"floor_area": None}, {"floor_area_ratio": P}, "floor area computed"),
    ("PC-016", "V-B02", {"annex": True}, {"coverage": P, "road_setback": P}, "house + garage, two footprints"),
    ("PC-017", "V-B03", {"use": "commerce"}, {"use": F}, "shop in the villa zone"),
    ("PC-018", "V-B04", {"height": 9.5}, {"max_height": F}, "9.5 m villa"),
    ("PC-019", "V-B05", {"front": 3, "rear": 9}, {"road_setback": F}, "3 m from the road"),
    ("PC-020", "V-B06", {"left": 2, "right": 6}, {"side_setback": F}, "2 m from a side limit"),
    ("PC-021", "V-B07", {"rear": 3, "left": 5, "right": 5}, {"rear_setback": F, "coverage": P}, "3 m from the rear"),
    ("PC-022", "V-T01", {}, {"min_lot_area": C, "min_frontage": P}, "older undersized lot (1998)"),
    ("PC-023", "V-T02", {}, {"min_lot_area": F, "min_frontage": F}, "new undersized lot (2012)"),
    ("PC-024", "V-T05", {}, {"min_frontage": F, "min_lot_area": P}, "16 m frontage, 630 m² lot"),
    ("PC-025", "V-T07", {"rear": 12}, {"no_overlap@non_aedificandi": P}, "avoids the non aedificandi strip"),
    ("PC-026", "V-T08", {"rear": 6}, {"no_overlap@non_aedificandi": F}, "4 m inside the non aedificandi strip"),
    ("PC-027", "V-T03", {"use": None}, {"use": C}, "use missing"),
    ("PC-028", "V-T04", {"bowtie": True, "floor_area": None}, {"geometry": C}, "self-intersecting footprint"),
    ("PC-029", "E2-B02", {"use": "habitat, commerce"}, {"use": P, "min_distance": P}, "shop + flats"),
    ("PC-030", "E2-B03", {"levels": 4, "height": 11.0, "rear": 13}, {"max_levels": F}, "R+3 in R+2 zone"),
    ("PC-031", "E2-B04", {"rear": 4, "right": 3}, {"rear_setback": F, "side_setback": P}, "rear 4 m < H/2"),
    ("PC-032", "E2-B05", {"use": "industrie"}, {"use": F}, "workshop in housing zone"),
    ("PC-033", "E2-B12", {}, {"min_distance": F}, "6 m from the HV line"),
    ("PC-034", "E2-T04", {"floor_area": None}, {"floor_area_ratio": P}, "floor area computed"),
    ("PC-036", "E2-T08", {"rear": 5.5, "levels": 2, "height": 7.0}, {"coverage": F, "rear_setback": P},
     "coverage 0.82"),
    ("PC-037", "ZI-B01", {}, {"min_distance": P, "road_setback": P}, "16 m from the HV line"),
    ("PC-038", "ZI-B02", {"use": "habitat"}, {"use": F}, "housing in industrial zone"),
    ("PC-039", "ZI-B03", {"height": 14.0, "left": 6.5, "right": 6.5}, {"side_setback": F},
     "6.5 m < H/2 = 7 m"),
    ("PC-040", "ZI-T01", {"rear": 6}, {"max_overlap_area": P}, "24 m² in the flood zone (30 allowed)"),
    ("PC-041", "ZI-T02", {}, {"max_overlap_area": F}, "56 m² in the flood zone"),
    ("PC-042", "ZI-T03", {"front": 8, "rear": 7}, {"road_setback": F}, "8 m from the road (10)"),
    ("PC-043", "ZI-B04", {"levels": 3, "height": 14.0, "left": 7, "floor_area": 1600.0},
     {"floor_area_ratio": F, "side_setback": P}, "CUS 1.33 > 1.2"),
    ("PC-044", "U-B01", {}, {"no_overlap@school_site": P, "use": P}, "school extension"),
    ("PC-045", "U-B02", {}, {"no_overlap@school_site": F}, "builds on the reserved school site"),
    ("PC-046", "U-T01", {"use": "commerce"}, {"use": F}, "shop in facilities zone"),
    ("PC-047", "U-T02", {}, {"coverage": P, "max_levels": P}, "facility"),
]
LOT_DATES = {"V-T01": "1998-05-12", "V-T02": "2012-09-03"}
FIRST_NAMES = ["Amina", "Youssef", "Fatima Zahra", "Mehdi", "Khadija", "Omar", "Salma", "Hamza", "Nadia", "Karim"]
LAST_NAMES = ["El Idrissi", "Benali", "Tazi", "Alaoui", "Berrada", "Chraibi", "Bennani", "Fassi", "Ouazzani", "Lahlou"]


@dataclass
class Lot:
    """A parcel: quadrilateral with its front (road) edge and rear edge, left/right seen from the road."""

    pid: str
    zone: str
    front: tuple
    rear: tuple
    top: bool

    @property
    def polygon(self) -> Polygon:
        (fl, fr), (rl, rr) = self.front, self.rear
        return shapely.normalize(Polygon([fl, fr, rr, rl]))

    def edges(self) -> dict:
        (fl, fr), (rl, rr) = self.front, self.rear
        left, right = (fl, rl), (fr, rr)
        if self.top:
            left, right = right, left
        return {"front": (fl, fr), "rear": (rl, rr), "left": left, "right": right}


def _rows() -> tuple[list[Lot], list[Polygon], list[tuple[str, Polygon]]]:
    lots, zone_polys, x = [], [], X0 + ROAD_V
    road_starts = [X0]
    for code, prefix, bottom, top in BLOCKS:
        width = sum(bottom[0])
        for row, (fronts, backs), front_y, is_top in (("B", bottom, FRONT_BOTTOM, False), ("T", top, FRONT_TOP, True)):
            fx, bx = x, x
            for index, (fw, bw) in enumerate(zip(fronts, backs), start=1):
                front = ((fx, front_y), (fx + fw, front_y))
                rear = ((bx, MIDDLE), (bx + bw, MIDDLE))
                lots.append(Lot(f"{prefix}-{row}{index:02d}", code, front, rear, is_top))
                fx, bx = fx + fw, bx + bw
        zone_polys.append((code, box(x - ROAD_V / 2, Y0 + ROAD_H / 2, x + width + ROAD_V / 2, FRONT_TOP + ROAD_H / 2)))
        road_starts.append(x + width)
        x += width + ROAD_V
    roads = [box(X0, Y0, x, Y0 + ROAD_H), box(X0, FRONT_TOP, x, FRONT_TOP + ROAD_H)]
    roads += [box(start, Y0, start + ROAD_V, FRONT_TOP + ROAD_H) for start in road_starts]
    return lots, roads, zone_polys


def _strip(edge: tuple, distance: float) -> Polygon:
    (x1, y1), (x2, y2) = edge
    line = LineString([(x1, y1), (x2, y2)])
    dx, dy = (x2 - x1) / line.length, (y2 - y1) / line.length
    long = LineString([(x1 - 200 * dx, y1 - 200 * dy), (x2 + 200 * dx, y2 + 200 * dy)])
    return long.buffer(distance, cap_style="flat")


def _footprint(lot: Lot, setbacks: dict) -> Polygon:
    """The parcel minus a strip of the given width along each limit (negative front: encroach)."""
    shape = lot.polygon
    edges = lot.edges()
    if setbacks["front"] < 0:
        (fl, fr) = lot.front
        out = -setbacks["front"] if lot.top else setbacks["front"]
        shape = shape.union(Polygon([fl, fr, (fr[0], fr[1] + out), (fl[0], fl[1] + out)]))
    for name in ("front", "left", "right", "rear"):
        if setbacks[name] > 0:
            shape = shape.difference(_strip(edges[name], setbacks[name]))
    return shapely.normalize(shape)


def _setbacks(lot: Lot, overrides: dict, corner: set[str]) -> dict:
    values = {k: float(overrides.get(k, DEFAULTS[lot.zone][k])) for k in ("front", "left", "right", "rear")}
    for side in corner:
        values[side] = max(values[side], ROAD_SETBACK[lot.zone])
    if corner:  # a corner lot has no rear limit: its back limit is a side limit (see conformity.py)
        values["rear"] = max([values["rear"]] + [values[s] for s in ("left", "right") if s not in corner])
    return values


def _corner_sides(lot: Lot, lots: list[Lot]) -> set[str]:
    row = [other for other in lots if other.pid[:-2] == lot.pid[:-2]]
    sides = set()
    if lot is row[0]:
        sides.add("right" if lot.top else "left")
    if lot is row[-1]:
        sides.add("left" if lot.top else "right")
    return sides


def _applications(lots: list[Lot], rng: random.Random) -> list[dict]:
    by_id = {lot.pid: lot for lot in lots}
    rows = []
    for app_id, pid, overrides, _expected, _note in APPLICATIONS:
        lot = by_id[pid]
        setbacks = _setbacks(lot, overrides, _corner_sides(lot, lots))
        geometry = _footprint(lot, setbacks)
        values = {k: overrides.get(k, DEFAULTS[lot.zone][k]) for k in ("levels", "height", "use")}
        for part in _parts(lot, geometry, overrides):
            area = part.area
            declared = overrides.get("floor_area", round(area * values["levels"], 1))
            rows.append(dict(geometry=part, app_id=app_id, parcel_id=pid, floor_area=declared,
                             **values, **_applicant(rng)))
    return rows


def _parts(lot: Lot, geometry: Polygon, overrides: dict) -> list[Polygon]:
    if overrides.get("bowtie"):
        x0, y0, x1, y1 = geometry.bounds
        return [Polygon([(x0, y0), (x1, y1), (x1, y0), (x0, y1)])]
    if overrides.get("annex"):
        x0, y0, x1, y1 = geometry.bounds
        return [box(x0, y0, x1 - 4, y1), box(x1 - 3, y1 - 6, x1, y1)]
    return [geometry]


def _applicant(rng: random.Random) -> dict:
    name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
    cin = f"{rng.choice(['A', 'AB', 'AE', 'BK', 'G'])}{rng.randint(100000, 999999)}"
    phone = f"+212 6{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    return {"applicant_name": name, "applicant_cin": cin, "applicant_phone": phone}


def _zoning(zone_polys: list, lots: list[Lot]) -> list[dict]:
    """Zone polygons by block; the right 6 m of R4-T09 are in zone V (a straddling parcel)."""
    straddle = next(lot for lot in lots if lot.pid == "R4-T09").polygon
    _x0, y0, x1, y1 = straddle.bounds
    notch = box(x1 - 6, y0, x1, y1)
    rows = []
    for code, polygon in zone_polys:
        rows.append({"geometry": polygon.difference(notch) if code == "R+4" else polygon, "zone": code})
    rows.append({"geometry": notch, "zone": "V"})
    return rows


def _servitudes(lots: list[Lot]) -> dict[str, list[dict]]:
    by_id = {lot.pid: lot.polygon for lot in lots}
    v7, v8 = by_id["V-T07"].bounds, by_id["V-T08"].bounds
    zi1, zi2 = by_id["ZI-T01"].bounds, by_id["ZI-T02"].bounds
    r9, r10 = by_id["R4-B09"].bounds, by_id["R4-B10"].bounds
    e12 = by_id["E2-B12"].bounds
    line_x = e12[2] + ROAD_V / 2
    return {
        "non_aedificandi": [{"geometry": box(v7[0], MIDDLE, v8[2] + ROAD_V, MIDDLE + 10), "name": "Collecteur"}],
        "school_site": [{"geometry": by_id["U-B02"], "name": "EP 3 (école primaire)"}],
        "flood_zone": [{"geometry": box(zi1[0], MIDDLE, zi2[2], MIDDLE + 7), "name": "Crue centennale"}],
        "hv_line": [{"geometry": LineString([(line_x, Y0 - 60), (line_x, FRONT_TOP + 80)]), "name": "60 kV Témara"}],
        "heritage_zone": [{"geometry": box(r9[0], Y0 + 25, r10[2], MIDDLE), "name": "Marabout Sidi Amal"}],
    }


def _observed(lots: list[Lot], apps: list[dict], rng: random.Random) -> list[dict]:
    """Built reality seen by the field team: as permitted, bigger than permitted, without permit."""
    by_app = {row["app_id"]: row for row in apps}
    rows = []
    for app_id in ("PC-001", "PC-029", "PC-044", "PC-017"):
        app = by_app[app_id]
        rows.append({"geometry": app["geometry"], "levels": app["levels"], "height": app["height"],
                     "note": "conforme au permis"})
    for app_id in ("PC-015", "PC-034", "PC-037"):
        app = by_app[app_id]
        rows.append({"geometry": app["geometry"].buffer(2.0, join_style="mitre"), "levels": app["levels"] + 1,
                     "height": app["height"] + 3.0, "note": "plus grand que le permis"})
    by_id = {lot.pid: lot for lot in lots}
    for pid in ("R4-T08", "V-B08", "E2-B08", "E2-T10", "ZI-T04"):
        lot = by_id[pid]
        fp = _footprint(lot, _setbacks(lot, {}, set()))
        rows.append({"geometry": fp, "levels": DEFAULTS[lot.zone]["levels"], "height": DEFAULTS[lot.zone]["height"],
                     "note": "sans autorisation"})
    for index, row in enumerate(rows, start=1):
        row["obs_id"] = f"OBS-{index:03d}"
        row["observed_on"] = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return rows


FIELD_TYPES = {int: ogr.OFTInteger, float: ogr.OFTReal, str: ogr.OFTString}
SCHEMAS = {
    "zoning": {"zone": str},
    "roads": {"name": str, "width_m": float},
    "parcels": {"parcel_id": str, "lot_date": str},
    "applications": {"app_id": str, "parcel_id": str, "levels": int, "height": float, "use": str,
                     "floor_area": float, "applicant_name": str, "applicant_cin": str, "applicant_phone": str},
    "observed_buildings": {"obs_id": str, "levels": int, "height": float, "observed_on": str, "note": str},
}


def _write_layer(ds: ogr.DataSource, name: str, rows: list[dict], fields: dict) -> None:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    gtype = ogr.wkbLineString if name == "hv_line" else ogr.wkbPolygon
    if name in ("zoning", "applications", "observed_buildings"):
        gtype = ogr.wkbMultiPolygon if name == "zoning" else gtype
    layer = ds.CreateLayer(name, srs, gtype, options=["FID=fid", "SPATIAL_INDEX=YES"])
    for field, kind in fields.items():
        layer.CreateField(ogr.FieldDefn(field, FIELD_TYPES[kind]))
    for row in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        geometry = row["geometry"]
        if gtype == ogr.wkbMultiPolygon and geometry.geom_type == "Polygon":
            geometry = shapely.multipolygons([geometry])
        feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(geometry)))
        for field in fields:
            value = row.get(field)
            if value is None:
                feature.SetFieldNull(field)
            else:
                feature.SetField(field, value)
        layer.CreateFeature(feature)


def build() -> dict[str, list[dict]]:
    """All layers as lists of rows (geometry + attributes)."""
    rng = random.Random(SEED)
    lots, roads, zone_polys = _rows()
    names = iter(ROAD_NAMES)
    road_rows = [{"geometry": roads[0], "name": "Boulevard Al Massira", "width_m": ROAD_H},
                 {"geometry": roads[1], "name": "Avenue Annakhil", "width_m": ROAD_H}]
    road_rows += [{"geometry": g, "name": next(names), "width_m": ROAD_V} for g in roads[2:]]
    parcels = [{"geometry": lot.polygon, "parcel_id": lot.pid, "lot_date": LOT_DATES.get(lot.pid, "2016-03-21")}
               for lot in lots]
    apps = _applications(lots, rng)
    layers = {"zoning": _zoning(zone_polys, lots), "roads": road_rows, "parcels": parcels, "applications": apps}
    layers.update(_servitudes(lots))
    layers["observed_buildings"] = _observed(lots, apps, rng)
    return layers


def main() -> None:
    layers = build()
    if GPKG.exists():
        GPKG.unlink()
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(GPKG))
    for name, rows in layers.items():
        _write_layer(ds, name, rows, SCHEMAS.get(name, {"name": str}))
    ds = None
    expected = {app_id: {"parcel_id": pid, "expect": expect, "case": note}
                for app_id, pid, _o, expect, note in APPLICATIONS}
    EXPECTED.write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {GPKG.name}: " + ", ".join(f"{k} ({len(v)})" for k, v in layers.items()))


if __name__ == "__main__":
    main()
