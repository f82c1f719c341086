#!/usr/bin/env python3
"""Run the whole test suite on other QGIS versions, each in a Debian root made with debootstrap.

    scripts/matrix.py              every root this machine needs (see ``wanted``), then a summary
    scripts/matrix.py trixie       only the roots named
    scripts/matrix.py --list       the roots, their QGIS and whether their cache is current

A root is a Debian system in a folder (``debootstrap``) where QGIS and the project's Debian
packages are installed by the project's own ``scripts/install-system.sh``, with its own venvs
(the test tools, pygeoapi). Roots are cached outside the clone, in ``$AGENCE_ROOTS`` (default
``/var/cache/agence-urbaine/roots/<name>``), so that CI, which runs on a fresh clone, builds them
once: the system part is rebuilt when its recipe (this file's ROOTS entry, install-system.sh)
changes, the venvs when a requirements file changes.

Each run copies the working tree into the root and runs pytest there, as root, inside private
mount, PID and network namespaces (``unshare``): /proc, /dev and a fresh /tmp are mounted for that
run only and vanish with it, every process it started (PostgreSQL, gunicorn, Xvfb) dies with it,
and its loopback is its own (no clash with the host's ports or X displays). ``CI`` is passed on, so
a server that cannot start fails. The counts come from pytest's JUnit XML and are printed as a
table, the host's too when ``make test`` wrote ``.build/results/host.xml``.

Exit status: 0 when every root's suite passed (known failures are strict xfails in the tests).
"""

from __future__ import annotations

import argparse
import dataclasses
import fcntl
import hashlib
import os
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MIRROR = "http://deb.debian.org/debian"
CACHE = Path(os.environ.get("AGENCE_ROOTS", "/var/cache/agence-urbaine/roots"))
RESULTS = REPO / ".build" / "results"
# Inside a root: the working tree's copy, the venvs, the results.
INSIDE = Path("/opt/agence")
WHEELS = INSIDE / "wheels"
# Debian packages debootstrap adds to its minimal base (install-system.sh installs the rest).
BASE_PACKAGES = ("ca-certificates", "make", "git", "iproute2")
# What decides the system part of a root: when one of these changes, the root is rebuilt.
SYSTEM_INPUTS = ("scripts/install-system.sh",)
PYTHON_INPUTS = ("requirements.txt", "requirements-dev.txt", "requirements-pyqt6.txt",
                 "server/requirements.txt")


@dataclasses.dataclass(frozen=True)
class Root:
    """A Debian release, and where its QGIS comes from."""

    name: str
    suite: str  # Debian release (debootstrap's suite)
    qgis_from: str = ""  # an extra suite QGIS is installed from (e.g. trixie-backports)
    recipe_version: int = 2  # bump to force a rebuild

    @property
    def path(self) -> Path:
        return CACHE / self.name

    def sources(self) -> str:
        suites = [self.suite, f"{self.suite}-updates"] + ([self.qgis_from] if self.qgis_from else [])
        return (f"Types: deb\nURIs: {MIRROR}\nSuites: {' '.join(suites)}\nComponents: main\n"
                "Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg\n")


ROOTS = {
    root.name: root
    for root in (
        Root("trixie", "trixie"),  # Debian 13: QGIS 3.40 LTR
        Root("trixie-backports", "trixie", qgis_from="trixie-backports"),  # QGIS 3.44 LTR
        Root("bookworm", "bookworm"),  # Debian 12: QGIS 3.22 LTR
    )
}
# The QGIS packages install-system.sh asks for; a root with qgis_from takes them from that suite.
QGIS_PACKAGES = ("qgis", "python3-qgis", "qgis-providers")


def host_release() -> str:
    for line in Path("/etc/os-release").read_text().splitlines():
        if line.startswith("VERSION_CODENAME="):
            return line.split("=", 1)[1].strip('"')
    return ""


def wanted() -> list[Root]:
    """The roots CI runs: QGIS 3.40 and 3.44 always, 3.22 when the host is not Debian 12 (the host
    runs its own QGIS with ``make test``); a root identical to the host is skipped."""
    host = host_release()
    return [root for root in ROOTS.values() if not (root.suite == host and not root.qgis_from)]


def _digest(root: Root, inputs: tuple[str, ...]) -> str:
    sha = hashlib.sha256(repr(dataclasses.astuple(root)).encode())
    sha.update(root.sources().encode() + repr((BASE_PACKAGES, QGIS_PACKAGES)).encode())
    for name in inputs:
        sha.update(name.encode() + b"\0" + (REPO / name).read_bytes())
    return sha.hexdigest()


def _stamp(root: Root, kind: str) -> Path:
    return root.path / INSIDE.relative_to("/") / f".{kind}-recipe"


def _current(root: Root, kind: str, inputs: tuple[str, ...]) -> bool:
    stamp = _stamp(root, kind)
    return stamp.exists() and stamp.read_text() == _digest(root, inputs)


def log(message: str) -> None:
    print(f"[matrix {time.strftime('%H:%M:%S')}] {message}", flush=True)


def in_root(folder: Path, script: str, network: bool = True, env: dict | None = None,
            check: bool = True) -> subprocess.CompletedProcess:
    """Run a shell ``script`` chrooted in ``folder`` in private namespaces (see the docstring)."""
    setup = [
        'set -e; R="$1"; shift',
        'mount --rbind /dev "$R/dev"',
        'mount -t proc proc "$R/proc"',
        'mount -t tmpfs -o mode=1777 tmpfs "$R/tmp"',
        'mount -t tmpfs -o mode=755 tmpfs "$R/run"',
    ]
    if not network:
        setup.append("ip link set lo up")
    setup.append('exec chroot "$R" /usr/bin/env -i "$@"')
    variables = {"HOME": "/root", "LANG": "C.UTF-8", "DEBIAN_FRONTEND": "noninteractive",
                 "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", **(env or {})}
    command = ["unshare", "--mount", "--propagation", "private", "--pid", "--fork", "--mount-proc"]
    if not network:
        command.append("--net")
    command += ["sh", "-c", "\n".join(setup), "in_root", str(folder),
                *(f"{k}={v}" for k, v in variables.items()), "/bin/bash", "-euo", "pipefail", "-c", script]
    return subprocess.run(command, check=check)


def build_system(root: Root) -> None:
    """debootstrap + QGIS + the project's Debian packages, in ``<name>.new`` then renamed."""
    staging = root.path.with_name(root.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    staging.parent.mkdir(parents=True, exist_ok=True)
    log(f"{root.name}: debootstrap {root.suite}")
    subprocess.run(["debootstrap", "--variant=minbase", f"--include={','.join(BASE_PACKAGES)}",
                    root.suite, str(staging), MIRROR], check=True, stdout=subprocess.DEVNULL)
    # pip and https need the host's CA certificates and pip configuration (a proxy, a mirror).
    certificates = Path("/usr/local/share/ca-certificates")
    if certificates.is_dir():
        shutil.copytree(certificates, staging / certificates.relative_to("/"), dirs_exist_ok=True)
    for name in ("/etc/pip.conf", "/etc/resolv.conf"):
        if Path(name).is_file():
            shutil.copy(name, staging / name.lstrip("/"))
    (staging / "etc/apt/sources.list").unlink(missing_ok=True)
    (staging / "etc/apt/sources.list.d/debian.sources").write_text(root.sources())
    # No service starts inside the root (policy-rc.d), and PostgreSQL's packages create no
    # cluster: the tests make their own.
    policy = staging / "usr/sbin/policy-rc.d"
    policy.write_text("#!/bin/sh\nexit 101\n")
    policy.chmod(0o755)
    (staging / "etc/postgresql-common").mkdir(parents=True, exist_ok=True)
    (staging / "etc/postgresql-common/createcluster.conf").write_text("create_main_cluster = false\n")
    if root.qgis_from:
        # QGIS from qgis_from pulls newer libraries from it (libcurl…): the packages of the
        # release that depend on their exact versions (curl…) must come from it too.
        (staging / "etc/apt/preferences.d/qgis-from").write_text(
            f"Package: *\nPin: release n={root.qgis_from}\nPin-Priority: 500\n")
    (staging / INSIDE.relative_to("/")).mkdir(parents=True, exist_ok=True)
    shutil.copy(REPO / "scripts/install-system.sh", staging / INSIDE.relative_to("/") / "install-system.sh")
    qgis = (f"apt-get install -y -qq --no-install-recommends -t {root.qgis_from} "
            f"{' '.join(QGIS_PACKAGES)} >/dev/null\n") if root.qgis_from else ""
    log(f"{root.name}: QGIS and the project's packages (install-system.sh)")
    in_root(staging, "update-ca-certificates >/dev/null\napt-get update -qq\n" + qgis
            + f"{INSIDE}/install-system.sh\napt-get clean\n")
    _stamp_path = staging / INSIDE.relative_to("/") / ".system-recipe"
    _stamp_path.write_text(_digest(root, SYSTEM_INPUTS))
    shutil.rmtree(root.path, ignore_errors=True)
    staging.rename(root.path)


def build_venvs(root: Root, source: Path) -> None:
    """The test tools' venv (Debian's python3, its numpy pinned), pygeoapi's and the PyQt6 name
    oracle's (tests/test_qt6_names.py), from the copy."""
    log(f"{root.name}: venvs")
    in_root(root.path, f"""
cd {source}
rm -rf {INSIDE}/venv {INSIDE}/pygeoapi-venv {INSIDE}/pyqt6-venv
/usr/bin/python3 -m venv --system-site-packages {INSIDE}/venv
echo "numpy==$(/usr/bin/python3 -c 'import numpy; print(numpy.__version__)')" > {INSIDE}/venv/constraints.txt
{INSIDE}/venv/bin/python -m pip install -q --disable-pip-version-check -c {INSIDE}/venv/constraints.txt \\
    -r requirements-dev.txt
/usr/bin/python3 server/agency_server.py venv --venv {INSIDE}/pygeoapi-venv
/usr/bin/python3 -m venv {INSIDE}/pyqt6-venv
{INSIDE}/pyqt6-venv/bin/python -m pip install -q --disable-pip-version-check -r requirements-pyqt6.txt
""")
    _stamp(root, "python").write_text(_digest(root, PYTHON_INPUTS))


def copy_tree(root: Root) -> Path:
    """The working tree (tracked and untracked, not ignored) copied to ``/opt/agence/src``."""
    target = root.path / INSIDE.relative_to("/") / "src"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    listed = subprocess.run(["git", "-C", str(REPO), "ls-files", "-z", "--cached", "--others",
                             "--exclude-standard"], check=True, capture_output=True).stdout
    for name in filter(None, listed.decode().split("\0")):
        source = REPO / name
        if source.is_file() and not source.is_symlink():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    (target / ".venv").symlink_to(INSIDE / "venv")
    (target / ".build").mkdir()
    (target / ".build" / "pygeoapi-venv").symlink_to(INSIDE / "pygeoapi-venv")
    (target / ".build" / "pyqt6-venv").symlink_to(INSIDE / "pyqt6-venv")
    return INSIDE / "src"


def fetch_wheels(root: Root) -> None:
    """The shapely wheel for the root's Python, in ``/opt/agence/wheels``: the suite runs without
    network (``--net``), so the one-click install test's pip reads this folder instead of the
    package index (``PIP_NO_INDEX``/``PIP_FIND_LINKS`` in :func:`run_suite`)."""
    wheels = root.path / WHEELS.relative_to("/")
    if any(wheels.glob("shapely-*.whl")):
        return
    log(f"{root.name}: shapely wheel for the one-click install test")
    source = (REPO / "core" / "dependencies.py").read_text(encoding="utf-8")
    requirement = re.search(r'^SHAPELY_REQUIREMENT = "([^"]+)"', source, re.MULTILINE).group(1)
    in_root(root.path, f"""
rm -rf {WHEELS}.new && mkdir -p {WHEELS}.new
/usr/bin/python3 -m pip download -q --disable-pip-version-check --no-deps --only-binary=:all: \
    -d {WHEELS}.new '{requirement}'
rm -rf {WHEELS} && mv {WHEELS}.new {WHEELS}
""")


def prepare(root: Root) -> None:
    if not _current(root, "system", SYSTEM_INPUTS):
        build_system(root)
    source = copy_tree(root)
    if not _current(root, "python", PYTHON_INPUTS):
        build_venvs(root, source)
    fetch_wheels(root)


def qgis_version(root: Root) -> str:
    out = subprocess.run(["chroot", str(root.path), "dpkg-query", "-W", "-f=${Version}", "qgis"],
                         capture_output=True, text=True)
    return out.stdout.split("+")[0].split("-")[0] or "?"


def run_suite(root: Root, pytest_args: list[str]) -> int:
    results = root.path / INSIDE.relative_to("/") / "results"
    shutil.rmtree(results, ignore_errors=True)
    results.mkdir(parents=True)
    args = " ".join(f"'{a}'" for a in pytest_args)
    env = {"QT_QPA_PLATFORM": "offscreen", **({"CI": os.environ["CI"]} if os.environ.get("CI") else {}),
           "PIP_NO_INDEX": "1", "PIP_FIND_LINKS": str(WHEELS)}  # no network: see fetch_wheels
    log(f"{root.name}: pytest (QGIS {qgis_version(root)})")
    completed = in_root(root.path, f"""
cd {INSIDE}/src
make -s pluginpath translations-qm
.venv/bin/python -m pytest -q -p no:cacheprovider --junitxml={INSIDE}/results/junit.xml {args}
""", network=False, env=env, check=False)
    RESULTS.mkdir(parents=True, exist_ok=True)
    junit = results / "junit.xml"
    if junit.exists():
        shutil.copy(junit, RESULTS / f"{root.name}.xml")
    return completed.returncode


def counts(junit: Path) -> dict[str, int]:
    """passed / failed / skipped / xfailed / xpassed from pytest's JUnit XML."""
    tally = dict.fromkeys(("passed", "failed", "skipped", "xfailed"), 0)
    for case in ET.parse(junit).getroot().iter("testcase"):
        kinds = {child.tag: child for child in case}
        if "failure" in kinds or "error" in kinds:
            tally["failed"] += 1
        elif "skipped" in kinds:
            xfail = kinds["skipped"].get("type") == "pytest.xfail"
            tally["xfailed" if xfail else "skipped"] += 1
        else:
            tally["passed"] += 1
    return tally


def summary(names: list[str], versions: dict[str, str]) -> None:
    rows = []
    for name in ["host", *names]:
        junit = RESULTS / f"{name}.xml"
        if junit.exists():
            rows.append((name, versions.get(name, ""), counts(junit)))
    print("\nQGIS        root              passed  failed  skipped  xfailed")
    for name, version, tally in rows:
        print(f"{version:<11} {name:<17} {tally['passed']:>6}  {tally['failed']:>6}  "
              f"{tally['skipped']:>7}  {tally['xfailed']:>7}")


def host_qgis() -> str:
    out = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "qgis"], capture_output=True, text=True)
    return out.stdout.split("+")[0].split("-")[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = ", ".join(root.name for root in wanted())
    parser.add_argument("roots", nargs="*", help=f"among {', '.join(ROOTS)} (default: {default})")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--build-only", action="store_true", help="prepare the roots, run nothing")
    parser.add_argument("--pytest", default="", help="extra pytest arguments (e.g. a test file)")
    args = parser.parse_args(argv)
    unknown = [name for name in args.roots if name not in ROOTS]
    if unknown:
        parser.error(f"unknown root(s): {', '.join(unknown)}")
    roots = [ROOTS[name] for name in args.roots] or wanted()
    if args.list:
        for root in roots:
            state = "current" if _current(root, "system", SYSTEM_INPUTS) else "to build"
            print(f"{root.name:<17} {root.path}  {state}")
        return 0
    if os.geteuid() != 0:
        print("matrix: debootstrap, chroot and unshare need root", file=sys.stderr)
        return 2
    if shutil.which("debootstrap") is None:
        subprocess.run(["apt-get", "install", "-y", "-qq", "debootstrap"], check=True,
                       stdout=subprocess.DEVNULL)
    failures, versions = [], {"host": host_qgis()}
    for root in roots:
        CACHE.mkdir(parents=True, exist_ok=True)
        with open(CACHE / f"{root.name}.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # one CI run at a time builds or uses a root
            started = time.monotonic()
            prepare(root)
            versions[root.name] = qgis_version(root)
            if not args.build_only and run_suite(root, args.pytest.split()) != 0:
                failures.append(root.name)
            log(f"{root.name}: {time.monotonic() - started:.0f} s")
    if not args.build_only:
        summary([root.name for root in roots], versions)
    if failures:
        print(f"matrix: the suite failed on {', '.join(failures)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
