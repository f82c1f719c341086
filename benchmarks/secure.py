"""Benchmark: the cost of the deployed server's security (TLS + nginx + accounts + roles + audit).

Starts a plain reference server (``server/agency_server.py``: gunicorn 2 workers × 4 threads,
plain HTTP) and the deployed one (``server/deploy/secure_server.py``: nginx TLS + Basic
authentication + role maps → 2 gunicorn instances × 1 worker × 4 threads, the audit trigger on
every write), loads the same N buildings in both (``benchmarks/sync.py``'s loader, not measured),
checks out the whole collection from each (not measured), then per round, interleaved (order
rotated): 1,000 local edits + 1,000 server edits (SQL) and ``session.sync(client, workspace,
"stop")`` timed with ``time.perf_counter``. The secure client authenticates (Basic) and verifies
the test CA; every request is a new TLS request over a kept-alive connection, as in the plugin.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/secure.py --n 20000 --rounds 3
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
RESULTS = HERE / "results"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20000, help="features loaded")
    parser.add_argument("--edits", type=int, default=1000, help="local and server edits per round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--page-size", type=int, default=5000)
    args = parser.parse_args(argv)

    bench = _load("bench_sync", HERE / "sync.py")
    agency = _load("agency_server", REPO / "server" / "agency_server.py")
    secure = _load("secure_server", REPO / "server" / "deploy" / "secure_server.py")
    session, client_class, workspace_class = bench._import_plugin()
    import requests

    agency.ensure_venv()
    work = Path(tempfile.mkdtemp(prefix="bench-secure-"))
    os.chmod(work, 0o755)
    plain = agency.AgencyServer(work / "plain", sample_gpkg=None)
    tls = secure.SecureServer(work / "secure", sample_gpkg=None)
    tls.set_account("bench", "terrain", ["buildings"], "bench-password")
    servers = {"plain": plain, "secure": tls}
    records: dict[str, list[float]] = {"plain": [], "secure": []}
    try:
        for server in servers.values():
            server.start()
            assert bench.load(server, args.n) == args.n

        def client(name):
            if name == "plain":
                return client_class(plain.base_url)
            return client_class(tls.base_url, verify=str(tls.ca_file),
                                auth=requests.auth.HTTPBasicAuth("bench", "bench-password"))

        workspaces = {}
        for name in servers:
            workspaces[name] = work / f"{name}.gpkg"
            with client(name) as c, workspace_class(workspaces[name]) as ws:
                session.checkout(c, ws, ["buildings"], page_size=args.page_size)
        ids = [bench.feature_id(i) for i in range(args.n)]
        order = list(servers)
        for number in range(args.rounds):
            start = (number * 2 * args.edits) % max(1, args.n - 2 * args.edits)
            mine, theirs = ids[start:start + args.edits], ids[start + args.edits:start + 2 * args.edits]
            for name in order:
                bench.local_edits(workspaces[name], mine)
                bench.server_edits(servers[name], theirs)
                with client(name) as c, workspace_class(workspaces[name]) as ws:
                    t0 = time.perf_counter()
                    report = session.sync(c, ws, "stop", page_size=args.page_size)
                    seconds = time.perf_counter() - t0
                assert not report.errors and report.pushed == args.edits, (report.errors, report.pushed)
                records[name].append(seconds)
                print(f"round {number + 1} {name:<7} {seconds:7.2f} s  pulled {report.pulled} "
                      f"pushed {report.pushed}", flush=True)
            order.reverse()
        audited = int(tls.psql("SELECT count(*) FROM agency_audit WHERE account = 'bench';").strip())
    finally:
        for server in servers.values():
            server.stop()
        shutil.rmtree(work, ignore_errors=True)
    medians = {name: statistics.median(values) for name, values in records.items()}
    ratio = medians["secure"] / medians["plain"]
    # the machine is shared: each round's own ratio (both syncs a few seconds apart) drifts less
    paired = statistics.median(s / p for s, p in zip(records["secure"], records["plain"]))
    summary = {"n": args.n, "edits": args.edits, "rounds": args.rounds, "seconds": records,
               "median": medians, "ratio": ratio, "paired_ratio": paired,
               "audit_rows_of_the_account": audited}
    lines = [f"sync {args.edits} local + {args.edits} server edits, N={args.n}, {args.rounds} rounds",
             f"plain HTTP, 1 gunicorn (2 workers x 4 threads): median {medians['plain']:.2f} s",
             f"TLS + nginx + Basic + roles + audit, 2 instances (1 x 4 each): "
             f"median {medians['secure']:.2f} s",
             f"ratio secure / plain: {ratio:.2f} of the medians, {paired:.2f} median of the rounds' "
             f"ratios (goal < 1.2); audit rows written: {audited}"]
    print("\n".join(lines))
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"secure_{args.n}.txt").write_text("\n".join(lines) + "\n")
    (RESULTS / f"secure_{args.n}.json").write_text(json.dumps(summary, indent=2) + "\n")
    return 0 if paired < 1.2 else 1


if __name__ == "__main__":
    sys.exit(main())
