"""Benchmark: the cost of the deployed server's security (TLS + nginx + accounts + roles + audit).

Starts a plain reference server (``server/agency_server.py``: gunicorn 2 workers × 4 threads,
plain HTTP) and the deployed one (``server/deploy/secure_server.py``: nginx TLS + Basic
authentication + role maps → 2 gunicorn instances × 1 worker × 4 threads, the audit trigger on
every write), loads the same N buildings in both (``benchmarks/sync.py``'s loader, not measured),
checks out the whole collection from each (not measured), then per round, interleaved (order
rotated): 1,000 local edits + 1,000 server edits (SQL) and ``session.sync(client, workspace,
"stop")`` timed with ``time.perf_counter``. The secure client authenticates (Basic) and verifies
the test CA; every request is a new TLS request over a kept-alive connection, as in the plugin.

Same pygeoapi capacity on both sides (8 threads in 2 processes), and one client connection is
served by one process on both (a gunicorn worker keeps its connection; nginx hashes the
connection to one instance). ``--round-robin`` adds a third server, the deployed one with
nginx's former round-robin balancing (each request to the other instance), to measure that
choice side by side. The machine is shared: the 1-minute load average is recorded at every sync.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/secure.py --n 20000 --rounds 5
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/secure.py --n 5000 --rounds 6 --round-robin
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
    parser.add_argument("--round-robin", action="store_true",
                        help="also the deployed server with round-robin balancing (before 586f57a)")
    parser.add_argument("--tag", default="", help="suffix of the results' file names")
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
    servers = {"plain": plain, "secure": tls}
    if args.round_robin:
        servers["secure_rr"] = secure.SecureServer(work / "secure_rr", sample_gpkg=None)
    for name in servers:
        if name != "plain":
            servers[name].set_account("bench", "terrain", ["buildings"], "bench-password")
    records: dict[str, list[float]] = {name: [] for name in servers}
    loads: dict[str, list[float]] = {name: [] for name in servers}
    try:
        for server in servers.values():
            server.start()
            assert bench.load(server, args.n) == args.n
        if args.round_robin:
            _round_robin(servers["secure_rr"])

        def client(name):
            if name == "plain":
                return client_class(plain.base_url)
            server = servers[name]
            return client_class(server.base_url, verify=str(server.ca_file),
                                auth=requests.auth.HTTPBasicAuth("bench", "bench-password"))

        workspaces = {}
        for name in servers:
            workspaces[name] = work / f"{name}.gpkg"
            with client(name) as c, workspace_class(workspaces[name]) as ws:
                session.checkout(c, ws, ["buildings"], page_size=args.page_size)
        ids = [bench.feature_id(i) for i in range(args.n)]
        names = list(servers)
        for number in range(args.rounds):
            start = (number * 2 * args.edits) % max(1, args.n - 2 * args.edits)
            mine, theirs = ids[start:start + args.edits], ids[start + args.edits:start + 2 * args.edits]
            order = names[number % len(names):] + names[:number % len(names)]
            if number % 2:
                order.reverse()
            for name in order:
                bench.local_edits(workspaces[name], mine)
                bench.server_edits(servers[name], theirs)
                with client(name) as c, workspace_class(workspaces[name]) as ws:
                    t0 = time.perf_counter()
                    report = session.sync(c, ws, "stop", page_size=args.page_size)
                    seconds = time.perf_counter() - t0
                assert not report.errors and report.pushed == args.edits, (report.errors, report.pushed)
                records[name].append(seconds)
                loads[name].append(os.getloadavg()[0])
                print(f"round {number + 1} {name:<9} {seconds:7.2f} s  pulled {report.pulled} "
                      f"pushed {report.pushed}  load {loads[name][-1]:.2f}", flush=True)
        audited = int(tls.psql("SELECT count(*) FROM agency_audit WHERE account = 'bench';").strip())
    finally:
        for server in servers.values():
            server.stop()
        shutil.rmtree(work, ignore_errors=True)
    medians = {name: statistics.median(values) for name, values in records.items()}
    # the machine is shared: each round's own ratio (the syncs a few seconds apart) drifts less
    ratios = {name: {"of_medians": medians[name] / medians["plain"],
                     "paired": statistics.median(s / p for s, p in zip(records[name], records["plain"]))}
              for name in servers if name != "plain"}
    load = [value for values in loads.values() for value in values]
    summary = {"n": args.n, "edits": args.edits, "rounds": args.rounds, "seconds": records,
               "load_1min": loads, "median": medians, "ratio": ratios["secure"]["of_medians"],
               "paired_ratio": ratios["secure"]["paired"], "ratios": ratios,
               "audit_rows_of_the_account": audited}
    labels = {"secure": "TLS + nginx + Basic + roles + audit, 2 instances (1 x 4 each)",
              "secure_rr": "the same, round-robin balancing (before)"}
    lines = [f"sync {args.edits} local + {args.edits} server edits, N={args.n}, {args.rounds} rounds, "
             f"interleaved; load average (1 min) {min(load):.2f}-{max(load):.2f}",
             f"plain HTTP, 1 gunicorn (2 workers x 4 threads): median {medians['plain']:.2f} s  "
             f"[{' '.join(f'{v:.2f}' for v in records['plain'])}]"]
    for name, ratio in ratios.items():
        lines += [f"{labels[name]}: median {medians[name]:.2f} s  "
                  f"[{' '.join(f'{v:.2f}' for v in records[name])}]",
                  f"  ratio / plain: {ratio['of_medians']:.2f} of the medians, {ratio['paired']:.2f} "
                  f"median of the rounds' ratios (goal < 1.2)"]
    lines.append(f"audit rows written by the account: {audited}")
    print("\n".join(lines))
    RESULTS.mkdir(exist_ok=True)
    stem = f"secure_{args.n}" + (f"_{args.tag}" if args.tag else "")
    (RESULTS / f"{stem}.txt").write_text("\n".join(lines) + "\n")
    (RESULTS / f"{stem}.json").write_text(json.dumps(summary, indent=2) + "\n")
    return 0 if ratios["secure"]["paired"] < 1.2 else 1


def _round_robin(server) -> None:
    """nginx of ``server`` balancing each request to the other instance, as before 586f57a."""
    conf = server.nginx_dir / "nginx.conf"
    text = conf.read_text()
    if "hash $connection;" not in text:
        raise SystemExit("nginx.conf has no 'hash $connection;' line to remove")
    conf.write_text(text.replace("hash $connection;", ""))
    server._nginx("-s", "reload")
    time.sleep(1.0)


if __name__ == "__main__":
    sys.exit(main())
