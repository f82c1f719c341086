"""Runs ``qgis_process.bin`` with a throw-away HOME where the plugin is installed and enabled."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# Debian's qgis_process is a wrapper script that fails on 3.22; qgis_process.bin is the program.
# Found, not assumed: a QGIS that ships only qgis_process (another packaging) uses that.
QGIS_PROCESS = shutil.which("qgis_process.bin") or shutil.which("qgis_process") or "/usr/bin/qgis_process.bin"


def qgis_process_env(home: Path, plugin_parent: Path = REPO / ".build" / "plugins") -> dict:
    env = dict(os.environ)
    # pytest-qgis points QGIS_CUSTOM_CONFIG_PATH at the test session's own profile: without this,
    # every "throw-away HOME" would share that profile (and its enabled plugins).
    env.pop("QGIS_CUSTOM_CONFIG_PATH", None)
    env.update(
        HOME=str(home),
        QGIS_PLUGINPATH=str(plugin_parent),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join(p for p in sys.path if p.endswith("site-packages")),
    )
    return env


def run(home: Path, *args: str, timeout: int = 600, check: bool = True) -> subprocess.CompletedProcess:
    home.mkdir(parents=True, exist_ok=True)
    completed = subprocess.run(
        [QGIS_PROCESS, *args], env=qgis_process_env(home), capture_output=True, text=True, timeout=timeout
    )
    if check and completed.returncode != 0:
        raise AssertionError(
            f"qgis_process {' '.join(args)} exited {completed.returncode}\n"
            f"{completed.stdout[-4000:]}\n{completed.stderr[-4000:]}"
        )
    return completed


def enabled_home(home: Path) -> Path:
    run(home, "plugins", "enable", "agence_urbaine")
    return home


def available() -> str | None:
    return None if shutil.which(QGIS_PROCESS) else "qgis_process.bin is not installed (make test installs it)"
