"""Where (a)'s CPU time goes, thread by thread: a diagnostic for ``conformity.py``'s variant (a).

Runs ``agenceurbaine:checkconformity`` once on the benchmark city (generated and cached by
``conformity.py``), and prints, at each progress mark, the wall time, the process CPU time (all
threads) and the main thread's CPU time; then each worker thread's CPU time and when it ran.
On a 2-core machine, wall time cannot go below half the total CPU time: this shows how far the
run is from that bound and which thread is last.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/conformity_cpu.py --n 100000

Not a timing benchmark (one run, no baseline): use ``conformity.py`` for the ratios.
"""

from __future__ import annotations

import argparse
import functools
import os
import resource
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import conformity as bench  # the benchmark's city, layers and QGIS set-up


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=100000)
    parser.add_argument("--seed", type=int, default=20241125)
    args = parser.parse_args()
    gpkg = bench.ensure_city(args.n, args.seed, bench.WORKDIR, regenerate=False)
    app = bench._init_qgis()
    from qgis.core import QgsApplication, QgsProcessingFeedback

    import processing
    from agence_urbaine.core import conformity as engine
    from agence_urbaine.processing.algorithms import check_conformity as algorithm
    from agence_urbaine.processing.provider import AgenceUrbaineProvider

    provider = AgenceUrbaineProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    runs: list[tuple[str, float, float, float]] = []  # name, thread CPU, start, end

    def timed(owner, name, label=None):
        function = getattr(owner, name)

        @functools.wraps(function)
        def wrapper(*a, **k):
            cpu, start = time.thread_time(), time.perf_counter()
            try:
                return function(*a, **k)
            finally:
                runs.append((label or name, time.thread_time() - cpu, start, time.perf_counter()))

        setattr(owner, name, wrapper)

    timed(engine, "_measure_servitudes", "servitudes (worker thread)")
    timed(engine, "_parcel_geometry", "parcel sides and setbacks (worker thread)")
    run_block_writer = algorithm.BlockWriter._run

    def block_writer(self):
        cpu, start = time.thread_time(), time.perf_counter()
        try:
            return run_block_writer(self)
        finally:
            runs.append((f"{self.thread.name} (writer thread)", time.thread_time() - cpu, start,
                         time.perf_counter()))

    algorithm.BlockWriter._run = block_writer

    class Marks(QgsProcessingFeedback):
        def __init__(self):
            super().__init__(False)
            self.marks: list[tuple[str, float, float, float]] = []

        def setProgressText(self, text):
            self.marks.append((text, time.perf_counter(), _cpu(), time.thread_time()))
            super().setProgressText(text)

        def setProgress(self, value):
            if not self.marks or self.marks[-1][0] != f"{value:.0f}%":
                self.marks.append((f"{value:.0f}%", time.perf_counter(), _cpu(), time.thread_time()))
            super().setProgress(value)

    feedback = Marks()
    layer = functools.partial(bench._layer, gpkg)
    parameters = {
        "REGULATION": str(bench.REGULATION), "PARCELS": layer("parcels"), "PARCEL_KEY": "parcel_id",
        "APPLICATIONS": layer("applications"), "APPLICATION_ID": "app_id", "LEVELS_FIELD": "levels",
        "HEIGHT_FIELD": "height", "USE_FIELD": "use", "FLOOR_AREA_FIELD": "floor_area",
        "ZONING": layer("zoning"), "ZONE_FIELD": "zone", "ROADS": layer("roads"),
        "SERVITUDES": [layer(sid) for sid in bench.SERVITUDES],
        "OUTPUT": "TEMPORARY_OUTPUT", "FINDINGS": "TEMPORARY_OUTPUT", "OFFENDING": "TEMPORARY_OUTPUT",
    }
    wall0, cpu0, main0 = time.perf_counter(), _cpu(), time.thread_time()
    processing.run("agenceurbaine:checkconformity", parameters, feedback=feedback, context=bench._context())
    wall1, cpu1, main1 = time.perf_counter(), _cpu(), time.thread_time()
    print(f"checkconformity, N = {args.n}, {os.cpu_count()} CPUs, {threading.active_count()} threads left")
    print(f"{'mark':26s} {'wall s':>8s} {'+wall':>7s} {'+cpu all':>9s} {'+cpu main':>10s}")
    previous = (wall0, cpu0, main0)
    for text, wall, cpu, main_cpu in [*feedback.marks, ("end", wall1, cpu1, main1)]:
        print(f"{text:26s} {wall - wall0:8.2f} {wall - previous[0]:7.2f} {cpu - previous[1]:9.2f} "
              f"{main_cpu - previous[2]:10.2f}")
        previous = (wall, cpu, main_cpu)
    print("\nworker threads (CPU s; from … to: the thread's life, a writer thread also waits for work):")
    for name, cpu, start, end in runs:
        print(f"  {name:44s} {cpu:6.2f}   {start - wall0:6.2f} … {end - wall0:6.2f}")
    total = cpu1 - cpu0
    print(f"\ntotal: wall {wall1 - wall0:.2f} s, CPU {total:.2f} s (main thread {main1 - main0:.2f} s); "
          f"on {os.cpu_count()} cores the wall time cannot go below {total / (os.cpu_count() or 1):.2f} s")
    del app


if __name__ == "__main__":
    main()
