"""The shapely check names what to install, and accepts shapely 2."""

import builtins
import sys
import types
from pathlib import Path

from agence_urbaine.core import dependencies


def test_shapely_two_is_accepted():
    assert dependencies.shapely_problem() is None


def test_old_shapely_is_reported(monkeypatch):
    monkeypatch.setitem(sys.modules, "shapely", types.SimpleNamespace(__version__="1.8.5.post1"))
    problem = dependencies.shapely_problem()
    assert problem is not None
    assert "1.8.5.post1" in problem and "shapely>=2" in problem


def test_missing_shapely_is_reported(monkeypatch):
    real_import = builtins.__import__

    def fake_import(name, *args, **kwargs):
        if name == "shapely":
            raise ImportError("No module named 'shapely'")
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(sys.modules, "shapely", raising=False)
    monkeypatch.setattr(builtins, "__import__", fake_import)
    problem = dependencies.shapely_problem()
    assert problem is not None and "shapely>=2" in problem


def test_python_of_qgis_is_found_where_python_is_installed():
    """Inside QGIS sys.executable is QGIS itself or a python3 of PATH (pyenv shim): pip must run with
    the interpreter of QGIS's own version."""
    present = {"/usr/bin/python3.11", "/usr/bin/python3"}
    find = dependencies.python_executable
    assert find("/usr/bin/qgis", "/usr", (3, 11), "Linux", present.__contains__) == "/usr/bin/python3.11"
    assert find("/root/.pyenv/shims/python3", "/usr", (3, 11), "Linux",
                present.__contains__) == "/usr/bin/python3.11"
    windows = {r"C:\OSGeo4W\apps\Python39\python.exe".replace("\\", "/")}
    assert find("C:/OSGeo4W/bin/qgis-bin.exe", "C:/OSGeo4W/apps/Python39", (3, 9), "Windows",
                lambda p: p.replace("\\", "/") in windows).endswith("python.exe")
    # nothing where Python should be: an interpreter named python is still usable, QGIS is not
    assert find("/opt/py/bin/python3", "/nowhere", (3, 11), "Linux", lambda p: False) == "/opt/py/bin/python3"
    assert find("/usr/bin/qgis", "/nowhere", (3, 11), "Linux", lambda p: False) is None


def test_pip_installs_into_the_profile_folder_only(tmp_path):
    """--target is the pip mode Debian's PEP 668 allows; --no-deps keeps QGIS's own numpy."""
    command = dependencies.pip_command("/usr/bin/python3.11", tmp_path / "deps")
    assert command[:4] == ["/usr/bin/python3.11", "-m", "pip", "install"]
    assert command[command.index("--target") + 1] == str(tmp_path / "deps")
    assert "--user" not in command and "--no-deps" in command
    assert command[-1] == "shapely>=2,<3"
    assert dependencies.dependencies_folder("/home/a/profiles/default") == Path(
        "/home/a/profiles/default/python/dependencies")


def test_advice_per_platform(tmp_path):
    folder = tmp_path / "my deps"
    linux = dependencies.install_advice("Linux", "/usr/bin/python3.11", folder)
    assert "\u201cInstall shapely\u201d" in linux and "--user" not in linux
    assert f"'{folder}'" in linux  # quoted: the path has a space, the command must still work
    windows = dependencies.install_advice("Windows", "C:/Q/python.exe", folder)
    assert "3.28" in windows and f'"{folder}"' in windows
    assert "3.28" in dependencies.install_advice("Darwin", "/Applications/QGIS.app/python3", folder)
    no_python = dependencies.install_advice("Linux", None, folder)
    assert "shapely>=2,<3" in no_python and "\u201cInstall shapely\u201d" not in no_python


def test_folder_goes_first_on_sys_path_once(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "path", ["/usr/lib/python3/dist-packages"])
    dependencies.use_folder(tmp_path)
    dependencies.use_folder(tmp_path)
    assert sys.path == [str(tmp_path), "/usr/lib/python3/dist-packages"]
    assert dependencies.installed_folder() == tmp_path


def test_run_pip_reports_exit_code_output_and_cancel():
    code, output = dependencies.run_pip([sys.executable, "-c", "print('hello'); raise SystemExit(3)"])
    assert (code, output.strip()) == (3, "hello")
    sleeper = [sys.executable, "-c", "import time; time.sleep(30)"]
    code, _ = dependencies.run_pip(sleeper, canceled=lambda: True)
    assert code == -1
