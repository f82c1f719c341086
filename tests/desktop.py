"""Runs the real QGIS desktop under Xvfb with the plugin installed in a fresh profile.

``run_qgis_desktop`` starts ``qgis --code`` with a generated script: once the main window is up
it checks from inside QGIS that the plugin loaded (``qgis.utils.active_plugins``), runs the
caller's extra checks, takes a screenshot of the whole screen with ImageMagick's ``import`` and
quits. Results come back as a dict read from a JSON file the script writes.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PLUGIN = "agence_urbaine"

SCRIPT = r'''
import json, subprocess, traceback
import qgis.utils
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QDockWidget
from qgis.utils import iface

RESULT = {result_path!r}
SCREENSHOT = {screenshot_path!r}


def _check():
    result = {{}}
    try:
        result["active_plugins"] = list(qgis.utils.active_plugins)
        result["loaded"] = {plugin!r} in qgis.utils.active_plugins
        docks = iface.mainWindow().findChildren(QDockWidget, "AgenceUrbaineDock")
        result["dock_count"] = len(docks)
        result["dock_visible"] = bool(docks) and docks[0].isVisible()
        result["dock_title"] = docks[0].windowTitle() if docks else None
        result["dock_layout_rtl"] = bool(docks) and docks[0].layoutDirection() == 1
        result["provider"] = QgsApplication.processingRegistry().providerById("agenceurbaine") is not None
        result["locale"] = QgsApplication.locale()
{extra}
    except Exception:
        result["error"] = traceback.format_exc()
    subprocess.run(["import", "-window", "root", SCREENSHOT], check=False)
    with open(RESULT, "w") as handle:
        json.dump(result, handle, default=str)
    QgsApplication.exit(0)


def _wait_for_window(tries=[0]):
    tries[0] += 1
    if iface.mainWindow().isVisible() or tries[0] > 60:
        QTimer.singleShot({settle_ms}, _check)
    else:
        QTimer.singleShot(500, _wait_for_window)


QTimer.singleShot(500, _wait_for_window)
'''


# Installed as QGIS's startup.py (run after qgis.utils is imported, before plugins load): every
# Python error QGIS would show in a modal dialog is recorded to a file instead, so a plugin that
# raises while loading fails the test at once, with its traceback, rather than blocking QGIS.
STARTUP = r'''
import json, traceback
import qgis.utils

_ERRORS = {errors_path!r}
_original = qgis.utils.showException


def _recording_show_exception(type, value, tb, msg, *args, **kwargs):
    with open(_ERRORS, "a") as handle:
        handle.write(json.dumps({{"message": str(msg), "traceback": "".join(
            traceback.format_exception(type, value, tb))}}) + "\n")
    qgis.utils.QgsMessageLog.logMessage(str(value), "Python error")


qgis.utils.showException = _recording_show_exception
'''

# Appended to STARTUP to make QGIS run as if ``names`` were not installed: they are found only
# under ``allowed`` (the profile folder, where the plugin installs what is missing).
HIDE_MODULES = r'''
import importlib.machinery, sys

class _HideModules:
    names, allowed = {names!r}, {allowed!r}

    def find_spec(self, name, path=None, target=None):
        if path is not None or name not in self.names:
            return None
        inside = [p for p in sys.path if p.startswith(self.allowed)]
        spec = importlib.machinery.PathFinder.find_spec(name, inside)
        if spec is None:
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
        return spec

for _name in _HideModules.names:
    sys.modules.pop(_name, None)
sys.meta_path.insert(0, _HideModules())
'''


def desktop_available() -> str | None:
    """Why the desktop test cannot run here, or None when it can."""
    for tool in ("qgis", "xvfb-run", "import"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (make test installs it)"
    return None


def write_profile(profiles: Path, locale: str | None) -> None:
    ini = profiles / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    lines = [
        "[PythonPlugins]",
        f"{PLUGIN}=true",
        "",
        "[qgis]",
        "showTips=false",
        "checkVersion=false",
        "allowVersionCheck=false",
        "",
    ]
    if locale:
        lines += ["[locale]", "overrideFlag=true", f"userLocale={locale}", "globalLocale=" + locale, ""]
    ini.write_text("\n".join(lines), encoding="utf-8")


def run_qgis_desktop(
    tmp_path: Path,
    plugin_parent: Path,
    extra_checks: str = "",
    locale: str | None = None,
    settle_ms: int = 3000,
    timeout: int = 240,
    hidden_modules: tuple[str, ...] = (),
) -> tuple[dict, Path]:
    """Start QGIS with ``plugin_parent`` on QGIS_PLUGINPATH; return (results, screenshot path).

    ``extra_checks`` is Python code run inside QGIS (indented into the check function): it may
    read ``iface`` and store JSON-able values in ``result``. ``hidden_modules`` are made
    unimportable except from the profile folder (``tmp_path/profiles``).
    """
    profiles = tmp_path / "profiles"
    write_profile(profiles, locale)
    result_path = tmp_path / "result.json"
    screenshot = tmp_path / "qgis_window.png"
    script = tmp_path / "check_in_qgis.py"
    extra = textwrap.indent(textwrap.dedent(extra_checks), " " * 8)
    script.write_text(
        SCRIPT.format(
            result_path=str(result_path),
            screenshot_path=str(screenshot),
            plugin=PLUGIN,
            extra=extra,
            settle_ms=settle_ms,
        ),
        encoding="utf-8",
    )
    errors_path = tmp_path / "python_errors.jsonl"
    startup = tmp_path / "home" / ".local" / "share" / "QGIS" / "QGIS3" / "startup.py"
    startup.parent.mkdir(parents=True, exist_ok=True)
    startup_code = STARTUP.format(errors_path=str(errors_path))
    if hidden_modules:
        startup_code += HIDE_MODULES.format(names=set(hidden_modules), allowed=str(profiles))
    startup.write_text(startup_code, encoding="utf-8")
    env = dict(os.environ)
    # pytest-qgis points QGIS_CUSTOM_CONFIG_PATH at the test session's own profile: without this,
    # every "throw-away HOME" would share that profile (and its enabled plugins).
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    env.pop("QT_QPA_PLATFORM", None)
    env["HOME"] = str(tmp_path / "home")
    env["QGIS_PLUGINPATH"] = str(plugin_parent)
    env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p.endswith("site-packages"))
    command = [
        "xvfb-run", "-a", "-s", "-screen 0 1440x900x24",
        "qgis", "--profiles-path", str(profiles), "--nologo", "--noversioncheck", "--code", str(script),
    ]
    completed = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout)
    if not result_path.exists():
        raise AssertionError(
            f"QGIS exited ({completed.returncode}) without writing its checks.\n"
            f"stdout:\n{completed.stdout[-3000:]}\nstderr:\n{completed.stderr[-3000:]}"
        )
    results = json.loads(result_path.read_text(encoding="utf-8"))
    results["stderr"] = completed.stderr
    results["python_errors"] = (
        [json.loads(line) for line in errors_path.read_text(encoding="utf-8").splitlines()]
        if errors_path.exists()
        else []
    )
    return results, screenshot
