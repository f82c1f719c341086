"""scripts/matrix.py: which roots CI runs, when a cached root is rebuilt, how results are counted."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _matrix():
    spec = importlib.util.spec_from_file_location("matrix", REPO / "scripts" / "matrix.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["matrix"] = module
    spec.loader.exec_module(module)
    return module


matrix = _matrix()


def test_ci_runs_340_and_344_always_and_322_only_off_debian_12(monkeypatch):
    monkeypatch.setattr(matrix, "host_release", lambda: "bookworm")
    assert [r.name for r in matrix.wanted()] == ["trixie", "trixie-backports"]
    monkeypatch.setattr(matrix, "host_release", lambda: "trixie")
    assert [r.name for r in matrix.wanted()] == ["trixie-backports", "bookworm"]


def test_the_backports_root_takes_qgis_from_backports():
    root = matrix.ROOTS["trixie-backports"]
    assert "trixie-backports" in root.sources() and root.qgis_from == "trixie-backports"
    assert "backports" not in matrix.ROOTS["trixie"].sources()


def test_a_root_is_rebuilt_when_its_recipe_changes(tmp_path, monkeypatch):
    repo = tmp_path / "repo"
    (repo / "scripts").mkdir(parents=True)
    (repo / "scripts" / "install-system.sh").write_text("packages=(qgis)\n")
    monkeypatch.setattr(matrix, "REPO", repo)
    monkeypatch.setattr(matrix, "CACHE", tmp_path / "roots")
    root = matrix.ROOTS["trixie"]
    stamp = matrix._stamp(root, "system")
    stamp.parent.mkdir(parents=True)
    stamp.write_text(matrix._digest(root, matrix.SYSTEM_INPUTS))
    assert matrix._current(root, "system", matrix.SYSTEM_INPUTS)
    (repo / "scripts" / "install-system.sh").write_text("packages=(qgis postgis)\n")
    assert not matrix._current(root, "system", matrix.SYSTEM_INPUTS)
    assert not matrix._current(matrix.ROOTS["trixie-backports"], "system", matrix.SYSTEM_INPUTS)


def test_counts_tell_skips_from_known_failures(tmp_path):
    junit = tmp_path / "junit.xml"
    junit.write_text("""<testsuites><testsuite>
      <testcase name="a"/><testcase name="b"><failure message="x"/></testcase>
      <testcase name="c"><error message="x"/></testcase>
      <testcase name="d"><skipped type="pytest.skip" message="no"/></testcase>
      <testcase name="e"><skipped type="pytest.xfail" message="known"/></testcase>
    </testsuite></testsuites>""")
    assert matrix.counts(junit) == {"passed": 1, "failed": 2, "skipped": 1, "xfailed": 1}
