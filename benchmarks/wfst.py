"""Benchmark: checkout and sync over WFS-T (QGIS Server 3.22) against the bare requests they need.

Starts its own PostgreSQL + QGIS Server (``server/wfs_server.py``) in a temporary folder, loads
N polygon buildings in an area of their own (one SQL statement, not measured), then:

checkout   ``session.checkout`` of the area into a fresh workspace (GML pages parsed with OGR)
(a) raw    the same GetFeature pages (hits + pages of 5,000, ``SORTBY``, ``SRSNAME``, ``BBOX``),
           two at a time like the client, bodies read but not parsed
sync       1,000 local edits (levels) + 1,000 server edits (SQL UPDATEs of ``use`` on other
           features), ``session.sync(client, workspace)``
(b) bare   what that sync needs on the wire: the area's pages (as (a)) and ONE Transaction
           holding 1,000 Updates (id filters)

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/wfst.py --n 10000
"""

from __future__ import annotations

import argparse
import importlib.util
import sqlite3
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

REPO = Path(__file__).resolve().parent.parent
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--edits", type=int, default=1_000)
    parser.add_argument("--page-size", type=int, default=5_000)
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
    try:
        url = server.start()
        bbox = _load(server, args.n)
        rows = []
        start = time.perf_counter()
        size = _raw_pages(url, bbox, args.page_size)
        rows.append(("(a) raw GetFeature pages", time.perf_counter() - start))
        client = WfsTransactionClient(url)
        workspace = Workspace(folder / "ws.gpkg")
        start = time.perf_counter()
        count = checkout(client, workspace, ["buildings"], bbox=bbox, page_size=args.page_size)["buildings"]
        rows.append(("checkout", time.perf_counter() - start))
        ids = sorted(workspace.features_ids("buildings", "work"))
        mine, theirs = ids[:args.edits], ids[args.edits:2 * args.edits]
        db = sqlite3.connect(workspace.path)
        with db:
            db.executemany("UPDATE buildings SET levels = 7 WHERE id = ?", [(fid,) for fid in mine])
        db.close()
        server.psql("UPDATE buildings SET use = 'commerce' WHERE id IN ("
                    + ",".join(f"'{fid}'" for fid in theirs) + ");")
        start = time.perf_counter()
        report = sync(client, workspace, page_size=args.page_size)
        rows.append((f"sync {args.edits} + {args.edits}", time.perf_counter() - start))
        assert report.ok and report.pushed == args.edits, report
        start = time.perf_counter()
        _raw_pages(url, bbox, args.page_size)
        _transaction(url, theirs)
        rows.append(("(b) bare pages + one Transaction", time.perf_counter() - start))
        print(f"{count} features, {size / 1e6:.1f} MB of GML, pages of {args.page_size}")
        for name, seconds in rows:
            print(f"{name:36s} {seconds:8.2f} s")
        print(f"checkout / (a) = {rows[1][1] / rows[0][1]:.2f}   sync / (b) = {rows[2][1] / rows[3][1]:.2f}")
        workspace.close()
    finally:
        server.stop()
        server.agency.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
