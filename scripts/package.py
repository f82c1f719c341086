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
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN = "agence_urbaine"

REQUIRED_TOP_FILES = ("__init__.py", "plugin.py", "metadata.txt")
OPTIONAL_TOP_FILES = ("LICENSE", "LICENSE.txt", "LICENSE.md")
# Python packages of the plugin, shipped recursively (filtered by CODE_EXTENSIONS).
PACKAGES = ("core", "processing", "ui", "resources")
# Data folders, shipped recursively (filtered by DATA_EXTENSIONS) and size-capped.
DATA_DIRS = ("sample_data",)
# Single documents shipped because the plugin's help texts point to them (docs/ stays out otherwise).
SHIPPED_DOCS = ("docs/regulation.md",)
# Compiled catalogues: the languages, and "rtl" (only Qt's QT_LAYOUT_DIRECTION, installed by
# plugin.py for right-to-left locales; see scripts/i18n_extract.py).
CATALOGUES = ("fr", "ar", "en", "rtl")
# Repository content that is deliberately not shipped.
NOT_SHIPPED = {
    "tests", "benchmarks", "server", "scripts", "docs", "mk", "dist", "i18n",
    "Makefile", "pyproject.toml", "requirements.txt", "requirements-dev.txt",
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
METADATA_REQUIRED = ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email",
                     "repository")


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
    args = parser.parse_args(argv)
    try:
        target = build(args.root.resolve(), args.dist, args.lrelease)
    except (PackagingError, subprocess.CalledProcessError) as error:
        print(f"package: {error}", file=sys.stderr)
        return 1
    with zipfile.ZipFile(target) as archive:
        count = sum(1 for name in archive.namelist() if not name.endswith("/"))
    print(f"{target} ({count} files, {target.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
