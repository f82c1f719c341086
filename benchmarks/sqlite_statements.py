"""How many rows an INSERT statement should carry when another thread keeps the GIL busy.

``processing.fast_sink.insert_rows`` writes many rows per ``execute`` (up to sqlite's 32766
variables). Alone, statements of ~2000 variables cost sqlite a little less CPU than the largest
ones; but the findings writer runs next to the engine's Python thread, and after each statement
(sqlite runs without the GIL) it must wait for the GIL again, up to ``sys.getswitchinterval()``.
This script stores the same synthetic findings rows (1.7 million by default, 9 bound values a row)
with several statement sizes, once alone and once while the main thread runs Python code, and
prints the writer's CPU and wall time side by side.

    .venv/bin/python benchmarks/sqlite_statements.py [--rows 1700000]

Baseline: the same rows, same statement size, written with nothing else running.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import threading
import time

COLUMNS = ("app_id", "rule", "rule_label", "subject", "measured", "allowed", "allowed_value", "unit",
           "verdict", "verdict_label", "message")
ROW = "(?, ?, 'max_height', 'Height', ?, ?, ?, ?, 'm', ?, ?, ?)"  # fid + 8 values bound a row


def _rows(count: int) -> list:
    flat: list = []
    for k in range(count):
        measured = (k * 7919 % 2000) / 100
        verdict = "conforme" if measured <= 12 else "non_conforme"
        flat += [k + 1, f"PC-{k % 100000:06d}", "R+4", measured, "12", 12.0, verdict,
                 "Compliant" if verdict == "conforme" else "Not compliant",
                 f"Height: {measured:.2f} m, at most 12.00 m allowed in zone R+4."]
    return flat


def _store(flat: list, variables: int, busy: bool) -> tuple[float, float]:
    """(writer CPU s, writer wall s) for ``flat`` written with statements of ``variables`` values."""
    width = 9
    with tempfile.TemporaryDirectory() as folder:
        db = sqlite3.connect(os.path.join(folder, "t.sqlite"), isolation_level=None, check_same_thread=False)
        db.execute("PRAGMA synchronous = OFF")
        db.execute("PRAGMA cache_size = -262144")
        db.execute(f"CREATE TABLE findings (fid INTEGER PRIMARY KEY AUTOINCREMENT, "
                   f"{', '.join(COLUMNS)})")
        db.execute("BEGIN")
        step = max(1, variables // width)
        statement = f"INSERT INTO findings (fid, {', '.join(COLUMNS)}) VALUES " + ", ".join([ROW] * step)
        count, size = len(flat) // width, step * width
        result: dict[str, float] = {}
        done = threading.Event()

        def write():
            cpu, wall = time.thread_time(), time.perf_counter()
            whole = count - count % step
            for offset in range(0, whole * width, size):
                db.execute(statement, flat[offset:offset + size])
            if whole < count:
                db.execute(f"INSERT INTO findings (fid, {', '.join(COLUMNS)}) VALUES "
                           + ", ".join([ROW] * (count - whole)), flat[whole * width:])
            result["cpu"], result["wall"] = time.thread_time() - cpu, time.perf_counter() - wall
            done.set()

        writer = threading.Thread(target=write)
        writer.start()
        spins = 0
        while busy and not done.is_set():  # Python work holding the GIL, as the engine's would
            spins += 1
        writer.join()
        db.execute("COMMIT")
        assert db.execute("SELECT count(*) FROM findings").fetchone()[0] == count
        db.close()
    return result["cpu"], result["wall"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1_700_000)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    flat = _rows(args.rows)
    sizes = (2000, 8000, 32766)
    runs: dict[tuple[int, bool], list[tuple[float, float]]] = {}
    for _ in range(args.repeat):  # interleaved
        for variables in sizes:
            for busy in (False, True):
                runs.setdefault((variables, busy), []).append(_store(flat, variables, busy))
    print(f"{args.rows} rows, 9 values bound a row, switch interval {sys.getswitchinterval() * 1000:.0f} ms; "
          f"best of {args.repeat} interleaved runs")
    print(f"{'variables a statement':>22} {'alone: CPU':>11} {'wall':>6} {'busy GIL: CPU':>14} {'wall':>6} "
          f"{'wall ratio':>10}")
    for variables in sizes:
        alone = min(runs[(variables, False)], key=lambda r: r[1])
        busy = min(runs[(variables, True)], key=lambda r: r[1])
        print(f"{variables:>22} {alone[0]:>10.2f}s {alone[1]:>5.2f}s {busy[0]:>13.2f}s {busy[1]:>5.2f}s "
              f"{busy[1] / alone[1]:>10.2f}")


if __name__ == "__main__":
    main()
