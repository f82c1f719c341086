#!/usr/bin/env python3
"""Build ``dist/agence_urbaine-<version>.zip``, the archive a user installs in QGIS.

The archive holds one top folder, ``agence_urbaine/``, with only what runs in QGIS. What ships is
a whitelist, independent of git: the top-level files and folders named below, and inside them
only files whose extension is listed, so untracked junk (notes, caches, GeoPackage ``-wal``
files, editor backups) never ships. A new top-level Python package or module that is neither
shipped nor excluded below stops the build, so nobody forgets to ship code.

The ``.qm`` catalogues are compiled here from ``i18n/*.ts`` with ``lrelease`` into a temporary
folder: the archive never carries a stale ``.qm`` left in the working tree.

Usage: ``package.py [--root DIR] [--dist DIR] [--lrelease PATH]``; prints the archive's path.
"""

from __future__ import annotations

import argparse
import configparser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = "agence_urbaine"

REQUIRED_TOP_FILES = ("__init__.py", "plugin.py", "compat.py", "metadata.txt")
OPTIONAL_TOP_FILES = ("LICENSE", "LICENSE.txt", "LICENSE.md")
# Python packages of the plugin, shipped recursively (filtered by CODE_EXTENSIONS).
PACKAGES = ("core", "processing", "ui", "resources")
# Data folders, shipped recursively (filtered by DATA_EXTENSIONS) and size-capped.
DATA_DIRS = ("sample_data",)
# Single documents shipped because the plugin's help texts point to them (docs/ stays out otherwise).
SHIPPED_DOCS = ("docs/regulation.md",)
# Compiled catalogues: the languages, and "rtl" (only Qt's QT_LAYOUT_DIRECTION, installed by
# plugin.py for right-to-left locales; see scripts/i18n_extract.py).
CATALOGUES = ("fr", "ar", "en", "rtl", "qgis_ar")  # qgis_ar: corrections to QGIS's own Arabic
# Repository content that is deliberately not shipped.
NOT_SHIPPED = {
    "tests", "benchmarks", "server", "scripts", "docs", "mk", "dist", "i18n",
    "Makefile", "pyproject.toml", "requirements.txt", "requirements-dev.txt", "requirements-pyqt6.txt",
    "README.md", "CHANGELOG.md", "conftest.py",
}

CODE_EXTENSIONS = {
    ".py", ".json", ".yaml", ".yml", ".ui", ".qml", ".sld", ".qpt", ".svg", ".png", ".jpg", ".jpeg",
    ".gif", ".ico", ".html", ".css", ".ttf", ".otf", ".xsd", ".sql", ".csv",
}
DATA_EXTENSIONS = {
    ".gpkg", ".geojson", ".json", ".csv", ".qgs", ".qgz", ".qml", ".sld", ".txt", ".md",
    ".shp", ".shx", ".dbf", ".prj", ".cpg", ".svg", ".png", ".pdf",
}
SAMPLE_DATA_MAX_BYTES = 5 * 1024 * 1024
# The official repository's (plugins.qgis.org) upload rules, as its validator applies them.
METADATA_REQUIRED = ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email",
                     "repository", "tracker")
UPLOAD_MAX_BYTES = 25_000_000
FORBIDDEN_IN_UPLOAD = ("__MACOSX", ".git", "__pycache__")


class PackagingError(RuntimeError):
    pass


def read_metadata(root: Path = ROOT) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are camelCase
    parser.read(root / "metadata.txt", encoding="utf-8")
    if not parser.has_section("general"):
        raise PackagingError("metadata.txt has no [general] section")
    general = parser["general"]
    missing = [key for key in METADATA_REQUIRED if not general.get(key, "").strip()]
    if missing:
        raise PackagingError(f"metadata.txt lacks {', '.join(missing)}")
    return general


def version(root: Path = ROOT) -> str:
    return read_metadata(root)["version"].strip()


def archive_name(root: Path = ROOT) -> str:
    return f"{PLUGIN}-{version(root)}.zip"


def _unclassified(root: Path) -> list[str]:
    """Top-level Python code the whitelist does not mention (shipped or not)."""
    known = set(REQUIRED_TOP_FILES) | set(OPTIONAL_TOP_FILES) | set(PACKAGES) | set(DATA_DIRS) | NOT_SHIPPED
    found = []
    for entry in sorted(root.iterdir()):
        if entry.name.startswith(".") or entry.name in known or entry.is_symlink():
            continue
        is_package = entry.is_dir() and (entry / "__init__.py").exists()
        if (entry.is_file() and entry.suffix == ".py") or is_package:
            found.append(entry.name)
    return found


def _walk(folder: Path, extensions: set[str]) -> list[Path]:
    files = []
    for dirpath, dirnames, filenames in os.walk(folder):
        here = Path(dirpath)
        dirnames[:] = sorted(
            d for d in dirnames
            if not d.startswith(".") and d != "__pycache__" and not (here / d).is_symlink()
        )
        for name in sorted(filenames):
            path = here / name
            if name.startswith(".") or path.is_symlink() or path.suffix.lower() not in extensions:
                continue
            files.append(path)
    return files


def plugin_files(root: Path = ROOT) -> list[tuple[str, Path]]:
    """(path inside the plugin folder, source file) for everything but the compiled catalogues."""
    unclassified = _unclassified(root)
    if unclassified:
        raise PackagingError(
            "top-level Python code neither shipped nor excluded: "
            f"{', '.join(unclassified)} (add it to PACKAGES or NOT_SHIPPED in scripts/package.py)"
        )
    files: list[tuple[str, Path]] = []
    for name in REQUIRED_TOP_FILES:
        if not (root / name).is_file():
            raise PackagingError(f"{name} is missing")
        files.append((name, root / name))
    files += [(name, root / name) for name in OPTIONAL_TOP_FILES if (root / name).is_file()]
    for package in PACKAGES:
        folder = root / package
        if not (folder / "__init__.py").is_file():
            raise PackagingError(f"{package}/ is not a Python package")
        files += [(p.relative_to(root).as_posix(), p) for p in _walk(folder, CODE_EXTENSIONS)]
    for data in DATA_DIRS:
        folder = root / data
        if folder.is_dir():
            found = _walk(folder, DATA_EXTENSIONS)
            size = sum(p.stat().st_size for p in found)
            if size > SAMPLE_DATA_MAX_BYTES:
                raise PackagingError(
                    f"{data}/ holds {size} bytes, more than {SAMPLE_DATA_MAX_BYTES}: keep it small"
                )
            files += [(p.relative_to(root).as_posix(), p) for p in found]
    for name in SHIPPED_DOCS:
        if not (root / name).is_file():
            raise PackagingError(f"{name} is missing (the help texts point to it)")
        files.append((name, root / name))
    for arcname, path in files:
        if path.suffix == ".py":
            try:
                compile(path.read_bytes(), arcname, "exec")
            except SyntaxError as error:
                raise PackagingError(f"{arcname}:{error.lineno}: {error.msg}") from error
    return files


def compile_catalogues(root: Path, out_dir: Path, lrelease: str = "lrelease") -> list[tuple[str, Path]]:
    """Compile i18n/agence_urbaine_<name>.ts for every catalogue into ``out_dir``."""
    tool = shutil.which(lrelease)
    if tool is None:
        raise PackagingError(f"{lrelease} not found (Debian package qttools5-dev-tools)")
    compiled = []
    for name in CATALOGUES:
        source = root / "i18n" / f"{PLUGIN}_{name}.ts"
        if not source.is_file():
            raise PackagingError(f"{source.relative_to(root)} is missing")
        target = out_dir / f"{PLUGIN}_{name}.qm"
        subprocess.run([tool, "-silent", str(source), "-qm", str(target)], check=True)
        if not target.is_file() or target.stat().st_size == 0:
            raise PackagingError(f"lrelease produced no {target.name}")
        compiled.append((f"i18n/{target.name}", target))
    return compiled


def _timestamp(path: Path) -> tuple[int, int, int, int, int, int]:
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    seconds = int(epoch) if epoch else int(path.stat().st_mtime)
    return time.gmtime(max(seconds, 315532800))[:6]  # zip cannot store dates before 1980


def write_zip(target: Path, files: list[tuple[str, Path]]) -> None:
    """A deterministic archive: sorted entries, folder entries, fixed permissions."""
    entries = sorted(files)
    folders = sorted({f"{PLUGIN}/"} | {
        f"{PLUGIN}/{'/'.join(arcname.split('/')[:depth])}/"
        for arcname, _ in entries
        for depth in range(1, arcname.count("/") + 1)
    })
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".zip.partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
        for folder in folders:
            info = zipfile.ZipInfo(folder, date_time=_timestamp(ROOT / "metadata.txt"))
            info.external_attr = (0o40755 << 16) | 0x10
            archive.writestr(info, b"")
        for arcname, path in entries:
            info = zipfile.ZipInfo(f"{PLUGIN}/{arcname}", date_time=_timestamp(path))
            info.external_attr = 0o100644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, path.read_bytes())
    partial.replace(target)


def upload_problems(archive: Path) -> list[str]:
    """What the official plugin repository would refuse in ``archive`` (its validator's rules
    that need no network: the links' reachability is checked at upload only)."""
    problems = []
    if archive.stat().st_size > UPLOAD_MAX_BYTES:
        problems.append(f"{archive.stat().st_size} bytes, more than {UPLOAD_MAX_BYTES}")
    with zipfile.ZipFile(archive) as handle:
        names = handle.namelist()
        bad = handle.testzip()
        if bad:
            problems.append(f"bad zip entry {bad}")
        for name in names:
            if ".." in name or name.startswith("/"):
                problems.append(f"path information in {name}")
            if ".pyc" in name:
                problems.append(f"compiled Python: {name}")
            if set(name.split("/")) & set(FORBIDDEN_IN_UPLOAD):
                problems.append(f"forbidden folder in {name}")
        tops = {name.split("/")[0] for name in names}
        if len(tops) != 1 or not names or "/" not in names[0]:
            return [*problems, f"not one top folder: {sorted(tops)}"]
        top = tops.pop()
        if not re.match(r"^[A-Za-z][A-Za-z0-9-_]+$", top):
            problems.append(f"top folder name {top!r}")
        for required in ("__init__.py", "metadata.txt", "LICENSE"):
            if f"{top}/{required}" not in names:
                problems.append(f"no {required}")
        if f"{top}/metadata.txt" in names:
            parser = configparser.ConfigParser()  # with interpolation, as the validator reads it
            parser.optionxform = str
            try:
                parser.read_string(handle.read(f"{top}/metadata.txt").decode("utf-8"))
                metadata = dict(parser.items("general"))
            except (configparser.Error, UnicodeDecodeError) as error:
                return [*problems, f"metadata.txt: {error}"]
            problems += [f"metadata.txt lacks {key}" for key in METADATA_REQUIRED
                         if not metadata.get(key, "").strip()]
            if "/" in metadata.get("author", ""):
                problems.append("author holds a slash")
            for key in ("tracker", "repository", "homepage"):
                url = urllib.parse.urlparse(metadata.get(key, ""))
                if key in metadata and not (url.scheme and url.netloc):
                    problems.append(f"{key} is not a URL")
            icon = metadata.get("icon", "").removeprefix("./")
            if icon and f"{top}/{icon}" not in names:
                problems.append(f"icon {icon} is not in the archive")
    return problems


def security_problems(archive: Path) -> list[str]:
    """bandit findings of medium or high severity, and detect-secrets findings, in the code the
    archive ships (each tool run on the extracted archive, from this interpreter's venv)."""
    with tempfile.TemporaryDirectory(prefix="agence_urbaine_check_") as scratch:
        with zipfile.ZipFile(archive) as handle:
            handle.extractall(scratch)
        bandit = subprocess.run(
            [sys.executable, "-m", "bandit", "-r", scratch, "--severity-level", "medium", "-q",
             "-f", "custom", "--msg-template", "{relpath}:{line}: {test_id} {severity} {msg}"],
            capture_output=True, text=True)
        if bandit.returncode not in (0, 1) or "No module named" in bandit.stderr:
            raise PackagingError(f"bandit did not run: {bandit.stderr.strip()[-500:]}")
        problems = [line.replace(scratch + "/", "") for line in bandit.stdout.splitlines()
                    if re.search(r": B\d+ ", line)]
        secrets = subprocess.run([sys.executable, "-m", "detect_secrets", "scan", "--all-files", scratch],
                                 capture_output=True, text=True, cwd=scratch)
        if secrets.returncode != 0:
            raise PackagingError(f"detect-secrets did not run: {secrets.stderr.strip()[-500:]}")
        for path, found in json.loads(secrets.stdout)["results"].items():
            problems += [f"{path}:{item['line_number']}: secret? {item['type']}" for item in found]
    return problems


def build(root: Path = ROOT, dist: Path | None = None, lrelease: str = "lrelease") -> Path:
    """Build the archive into ``dist`` (default ``<root>/dist``) and return its path."""
    dist = dist or root / "dist"
    files = plugin_files(root)
    target = dist / archive_name(root)
    with tempfile.TemporaryDirectory(prefix="agence_urbaine_qm_") as scratch:
        files += compile_catalogues(root, Path(scratch), lrelease)
        write_zip(target, files)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--dist", type=Path, default=None)
    parser.add_argument("--lrelease", default=os.environ.get("LRELEASE", "lrelease"))
    parser.add_argument("--check", action="store_true",
                        help="also check the upload rules, bandit and detect-secrets (make package)")
    args = parser.parse_args(argv)
    try:
        target = build(args.root.resolve(), args.dist, args.lrelease)
        problems = (upload_problems(target) + security_problems(target)) if args.check else []
    except (PackagingError, subprocess.CalledProcessError) as error:
        print(f"package: {error}", file=sys.stderr)
        return 1
    if problems:
        print("package: " + "\n  ".join([f"{target.name} is not publishable:", *problems]), file=sys.stderr)
        return 1
    with zipfile.ZipFile(target) as archive:
        count = sum(1 for name in archive.namelist() if not name.endswith("/"))
    print(f"{target} ({count} files, {target.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
