"""Run-time dependency checks, reported to the user instead of raised at load, and the way to
install what is missing.

QGIS does not ship shapely 2 everywhere: Debian 12's ``python3-shapely`` is 1.8, and
``pip install --user`` is refused there (PEP 668, "externally-managed-environment"). As the QPIP
plugin does, the plugin can install shapely with QGIS's own Python into a folder of the QGIS
profile (``<profile>/python/dependencies``) and put that folder first on ``sys.path``; ``--target``
is the one pip mode PEP 668 allows, and it touches neither the system nor other profiles.
"""

from __future__ import annotations

import importlib
import os
import platform
import shlex
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from .i18n import tr

SHAPELY_MINIMUM = (2, 0)
SHAPELY_REQUIREMENT = "shapely>=2,<3"
#: Where, inside a QGIS profile folder, the plugin installs the packages it needs.
DEPENDENCIES_SUBFOLDER = ("python", "dependencies")

# The profile's dependencies folder once the plugin has put it on sys.path (see use_folder).
_STATE: dict[str, Path | None] = {"folder": None}


def _version_tuple(text: str) -> tuple[int, ...]:
    parts = []
    for piece in text.split("."):
        digits = "".join(ch for ch in piece if ch.isdigit())
        if not digits:
            break
        parts.append(int(digits))
    return tuple(parts)


def dependencies_folder(profile_folder: str | Path) -> Path:
    """The folder of a QGIS profile where the plugin installs its Python dependencies."""
    return Path(profile_folder).joinpath(*DEPENDENCIES_SUBFOLDER)


def use_folder(folder: str | Path) -> None:
    """Put ``folder`` first on ``sys.path`` (once), so that what was installed there wins over an
    older copy elsewhere (Debian's shapely 1.8), and remember it for the install advice."""
    folder = Path(folder)
    _STATE["folder"] = folder
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))
    importlib.invalidate_caches()


def installed_folder() -> Path | None:
    """The dependencies folder set by :func:`use_folder`, if any."""
    return _STATE["folder"]


def python_executable(
    executable: str = sys.executable,
    prefix: str = sys.base_exec_prefix,
    version: Sequence[int] = sys.version_info,
    system: str | None = None,
    exists: Callable[[str], bool] = os.path.isfile,
) -> str | None:
    """The Python interpreter QGIS runs, as a program pip can be run with, or None.

    Inside QGIS ``sys.executable`` is QGIS itself (``qgis-bin.exe``) or whatever ``python3`` comes
    first on PATH (a pyenv shim, another version): the interpreter of QGIS's own version is looked
    for where that Python is installed first.
    """
    system = system or platform.system()
    major, minor = version[0], version[1]
    if system == "Windows":
        candidates = [os.path.join(prefix, "python.exe"), os.path.join(prefix, "python3.exe")]
    else:
        candidates = [os.path.join(prefix, "bin", name) for name in (f"python{major}.{minor}", "python3")]
    found = next((path for path in candidates if exists(path)), None)
    if found is None and Path(executable).name.lower().startswith("python"):
        return executable
    return found


def pip_command(python: str, folder: str | Path) -> list[str]:
    """The pip command installing shapely 2 into ``folder``.

    ``--no-deps``: shapely's one dependency, numpy, is QGIS's own and is already loaded; a second
    numpy in the folder would shadow it.
    """
    return [python, "-m", "pip", "install", "--upgrade", "--no-deps", "--disable-pip-version-check",
            "--target", str(folder), SHAPELY_REQUIREMENT]


def command_text(command: Sequence[str], system: str | None = None) -> str:
    """``command`` as the user would type it in their platform's shell."""
    if (system or platform.system()) == "Windows":
        return subprocess.list2cmdline(list(command))
    return shlex.join(command)


def run_pip(command: Sequence[str], canceled: Callable[[], bool] = lambda: False,
            timeout: float = 600.0) -> tuple[int, str]:
    """Run ``command``; return (exit code, output). Stops it when ``canceled()`` becomes true
    (exit code -1) or after ``timeout`` seconds (exit code -2)."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    start = time.monotonic()
    while process.poll() is None:
        if canceled() or time.monotonic() - start > timeout:
            process.kill()
            output = process.communicate()[0]
            return (-1 if canceled() else -2), output
        time.sleep(0.2)
    return process.returncode, process.communicate()[0]


def shapely_version() -> str | None:
    """The importable shapely's version, or None when there is none."""
    importlib.invalidate_caches()
    try:
        import shapely
    except ImportError:
        return None
    return getattr(shapely, "__version__", "0")


def install_advice(system: str, python: str | None, folder: Path | None) -> str:
    """How to get shapely 2 on ``system`` (``platform.system()``), with the exact command to run
    when QGIS's interpreter and the profile folder are known."""
    if python is None or folder is None:
        command = None
    else:
        command = command_text(pip_command(python, folder), system)
    if system in ("Windows", "Darwin"):
        if command is None:
            return tr("QGIS 3.28 or later ships shapely 2 on Windows and macOS: install the current QGIS.")
        return tr("QGIS 3.28 or later ships shapely 2 on Windows and macOS: install the current QGIS, or "
                  "click \u201cInstall shapely\u201d, or run: {command}").format(command=command)
    if command is None:
        return tr("Install shapely 2 for QGIS's Python with pip (\"{requirement}\").").format(
            requirement=SHAPELY_REQUIREMENT)
    return tr("Click \u201cInstall shapely\u201d to install it into your QGIS profile, or run: "
              "{command}").format(command=command)


def shapely_problem() -> str | None:
    """Return a translated message if shapely >= 2 is not importable, else None."""
    found = shapely_version()
    if found is None:
        problem = tr("The Python package shapely 2 or later is missing: the conformity checks are disabled.")
    elif _version_tuple(found) < SHAPELY_MINIMUM:
        problem = tr("shapely {found} is installed but version 2 or later is required: the conformity "
                     "checks are disabled.").format(found=found)
    else:
        return None
    system = platform.system()
    return problem + " " + install_advice(system, python_executable(system=system), installed_folder())
