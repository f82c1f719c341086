"""Qt 6 / QGIS 4 readiness: every Qt and QGIS name the code spells must exist there too.

* Qt: the Python files are scanned statically (ast) for the classes they import from
  ``qgis.PyQt.<module>`` and for the attribute chains rooted in those names
  (``Qt.AlignmentFlag.AlignRight``, ``QMessageBox.StandardButton.Save``, ``QVariant.String``…).
  A subprocess of a PyQt6 venv (the oracle: ``make pyqt6-venv``, ``.build/pyqt6-venv``) checks
  that each one resolves in PyQt6: an unscoped enum (``Qt.AlignRight``) or a Qt 5-only name
  (``QVariant.String``, ``exec_``) does not.
* QGIS: the chains rooted in names imported from ``qgis.core`` / ``qgis.gui`` are resolved in the
  running QGIS: each enum value must be spelled with its enum's own qualified name and its own
  member name; an unscoped value (``Qgis.Warning``) or an alias QGIS keeps for a moved enum
  (``QgsWkbTypes.PolygonGeometry`` on QGIS >= 3.30: deprecated, gone in QGIS 4) is not.

Where 3.22 needs an old name, ``compat.py`` spells it on a line marked ``# old API``, which both
checks skip.
"""

from __future__ import annotations

import ast
import enum
import json
import os
import subprocess
from pathlib import Path

from server_fixture import unavailable

REPO = Path(__file__).resolve().parent.parent
ORACLE = REPO / ".build" / "pyqt6-venv" / "bin" / "python"
SKIPPED_FOLDERS = {".venv", ".build", ".git", "dist", "__pycache__"}
MARKER = "# old API"
# qgis.PyQt.QtWidgets re-exports, on Qt 6, the classes Qt 6 moved to QtGui.
MOVED_TO_QTGUI = {"QAction", "QActionGroup", "QShortcut", "QFileSystemModel", "QUndoCommand"}


def python_files() -> list[Path]:
    return sorted(path for path in REPO.rglob("*.py")
                  if not SKIPPED_FOLDERS.intersection(path.relative_to(REPO).parts[:-1]))


def _chain(node: ast.Attribute) -> list[str] | None:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    return [node.id, *reversed(parts)]


def names_in(path: Path, packages: tuple[str, ...],
             root: Path = REPO) -> tuple[dict[str, tuple[str, str]], set[tuple[str, ...]]]:
    """The names ``path`` imports from ``packages`` ({local name: (module, name)}) and the longest
    attribute chains rooted in them, as (module, name, attribute…), with the line they are on."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    imported: dict[str, tuple[str, str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(packages):
            if MARKER in lines[node.lineno - 1]:
                continue
            for alias in node.names:
                imported[alias.asname or alias.name] = (node.module, alias.name)
    inner = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Attribute)}
    chains = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or id(node) in inner or MARKER in lines[node.lineno - 1]:
            continue
        chain = _chain(node)
        if chain and chain[0] in imported:
            module, name = imported[chain[0]]
            chains.add((f"{path.relative_to(root)}:{node.lineno}", module, name, *chain[1:]))
    return imported, chains


def test_the_scan_finds_chains_and_honours_the_marker(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("from qgis.PyQt.QtCore import Qt as Q, QVariant\n"
                      "a = Q.AlignmentFlag.AlignRight | Q.AlignTop\n"
                      "b = QVariant.String  # old API\n")
    imported, chains = names_in(sample, ("qgis.PyQt.",), root=tmp_path)
    assert imported == {"Q": ("qgis.PyQt.QtCore", "Qt"), "QVariant": ("qgis.PyQt.QtCore", "QVariant")}
    assert {chain[1:] for chain in chains} == {("qgis.PyQt.QtCore", "Qt", "AlignmentFlag", "AlignRight"),
                                               ("qgis.PyQt.QtCore", "Qt", "AlignTop")}


# Run by the oracle's Python: reads [[where, module, name, attribute…]…] on stdin, prints the
# ones that do not resolve in PyQt6.
ORACLE_SCRIPT = """
import importlib, json, sys
missing = []
for where, module, *chain in json.load(sys.stdin):
    try:
        target = importlib.import_module(module)
        for part in chain:
            target = getattr(target, part)
    except (ImportError, AttributeError):
        missing.append(".".join(chain) + "  (" + where + ")")
print(json.dumps(missing))
"""


def pyqt6_oracle() -> Path:
    if not ORACLE.exists():
        unavailable(f"the PyQt6 oracle venv is missing: {ORACLE.parent.parent} (make pyqt6-venv)")
    probe = subprocess.run([str(ORACLE), "-c", "import PyQt6.QtWidgets"], capture_output=True, text=True,
                           env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    if probe.returncode != 0:
        unavailable(f"the PyQt6 oracle venv cannot import PyQt6: {probe.stderr.strip()[-500:]}")
    return ORACLE


def test_every_qt_name_exists_in_pyqt6():
    oracle = pyqt6_oracle()
    queries = []
    for path in python_files():
        imported, chains = names_in(path, ("qgis.PyQt.",))
        where = str(path.relative_to(REPO))
        for module, name in set(imported.values()):
            if module.rsplit(".", 1)[-1].startswith("Qt"):
                target = "PyQt6.QtGui" if module == "qgis.PyQt.QtWidgets" and name in MOVED_TO_QTGUI else \
                    module.replace("qgis.PyQt.", "PyQt6.")
                queries.append([where, target, name])
        for place, module, name, *attributes in chains:
            if module.rsplit(".", 1)[-1].startswith("Qt"):
                target = "PyQt6.QtGui" if module == "qgis.PyQt.QtWidgets" and name in MOVED_TO_QTGUI else \
                    module.replace("qgis.PyQt.", "PyQt6.")
                queries.append([place, target, name, *attributes])
    assert len(queries) > 100  # the scan found the code's Qt names
    done = subprocess.run([str(oracle), "-c", ORACLE_SCRIPT], input=json.dumps(queries), capture_output=True,
                          text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, check=True)
    missing = json.loads(done.stdout)
    assert not missing, f"{len(missing)} Qt name(s) PyQt6 does not have:\n" + "\n".join(sorted(missing))


def _is_enum_value(value) -> bool:
    if isinstance(value, enum.Enum):
        return True
    kind = type(value)
    return isinstance(value, int) and type(kind).__name__ == "enumtype"  # a sip (PyQt5) enum


def enum_misnamed(spelled: list[str], value) -> str:
    """Why ``spelled`` (a chain's names, the last one the member's) is not how QGIS 4 names the enum
    value ``value`` ("" when it is, or when ``value`` is no enum)."""
    if not _is_enum_value(value):
        return ""
    home = type(value).__qualname__.split(".")
    if spelled[:-1][-len(home):] != home:
        return f"use {'.'.join(home)}"  # unscoped, or an alias kept for a moved enum
    if isinstance(value, enum.Enum) and spelled[-1] != value.name:
        return f"use {'.'.join(home)}.{value.name}"  # an old member name kept as an alias
    return ""


def test_no_deprecated_or_unscoped_qgis_enum():
    import importlib

    wrong = []
    for path in python_files():
        _, chains = names_in(path, ("qgis.core", "qgis.gui"))
        for place, module, name, *attributes in chains:
            try:
                value = getattr(importlib.import_module(module), name)
                for attribute in attributes:
                    value = getattr(value, attribute)
            except (ImportError, AttributeError):
                continue  # a name of another QGIS version, behind a version check
            why = enum_misnamed([name, *attributes], value)
            if why:
                wrong.append(f"{name}.{'.'.join(attributes)}: {why}  ({place})")
    assert not wrong, f"{len(wrong)} QGIS name(s) gone in QGIS 4:\n" + "\n".join(sorted(wrong))


def test_no_exec_underscore():
    offenders = [f"{path.relative_to(REPO)}:{n}" for path in python_files()
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if ".exec" + "_(" in line]
    assert not offenders, offenders
