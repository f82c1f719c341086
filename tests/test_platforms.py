"""Debian 12 and 13 alike: nothing assumes a PostgreSQL, pygeoapi or QGIS version or path.

The build picks versioned names from what the release offers (install-system.sh asks apt which
PostgreSQL `postgresql` installs), the server finds PostgreSQL's binaries, and pygeoapi's pin
follows the interpreter.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
pytest_plugins = ["server_fixture"]


def _fake_postgresql(tmp_path: Path, majors: dict[str, bool]) -> tuple[Path, Path]:
    lib, share = tmp_path / "lib", tmp_path / "share"
    for major, postgis in majors.items():
        (lib / major / "bin").mkdir(parents=True)
        (lib / major / "bin" / "initdb").touch()
        (share / major / "extension").mkdir(parents=True)
        if postgis:
            (share / major / "extension" / "postgis.control").touch()
    return lib, share


def test_the_newest_postgresql_with_postgis_is_used(agency_server_module, tmp_path, monkeypatch):
    monkeypatch.delenv("AGENCY_PG_BIN", raising=False)
    lib, share = _fake_postgresql(tmp_path, {"9.6": True, "15": True, "17": True, "18": False})
    # 18 is newer but has no PostGIS; numeric order, not text order ("9.6" > "17" as text)
    assert agency_server_module.find_pg_bin(lib, share) == lib / "17" / "bin"


def test_without_postgis_the_newest_postgresql_is_used(agency_server_module, tmp_path, monkeypatch):
    monkeypatch.delenv("AGENCY_PG_BIN", raising=False)
    lib, share = _fake_postgresql(tmp_path, {"13": False, "16": False})
    assert agency_server_module.find_pg_bin(lib, share) == lib / "16" / "bin"


def test_agency_pg_bin_overrides(agency_server_module, tmp_path, monkeypatch):
    monkeypatch.setenv("AGENCY_PG_BIN", str(tmp_path / "elsewhere"))
    lib, share = _fake_postgresql(tmp_path, {"17": True})
    assert agency_server_module.find_pg_bin(lib, share) == tmp_path / "elsewhere"


def test_this_machine_has_postgresql_found(agency_server_module):
    assert (agency_server_module.PG_BIN / "initdb").exists()
    assert (agency_server_module.PG_BIN / "pg_ctl").exists()


def test_the_running_server_is_the_postgresql_found(agency_server, agency_server_module):
    major = agency_server.psql("SHOW server_version_num;").strip()
    assert agency_server_module.PG_BIN.parent.name == str(int(major) // 10000)
    assert agency_server.psql("SELECT extversion FROM pg_extension WHERE extname = 'postgis';").strip()


def _fake_tools(tmp_path: Path, installed: dict[str, str], candidate_depends: str) -> Path:
    """dpkg-query, apt-cache and apt-get that answer from ``installed`` (package → Depends) and
    record what apt-get is asked to install."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "apt.log"
    status = "\n".join(f'  {name}) echo -n "install ok installed"; exit 0;;' for name in installed)
    depends = "\n".join(f'  {name}) echo -n "{dep}"; exit 0;;' for name, dep in installed.items())
    scripts = {
        "dpkg-query": f"""#!/bin/bash
pkg="${{@: -1}}"
if [[ "$*" == *Status* ]]; then case "$pkg" in
{status}
esac; exit 1; fi
case "$pkg" in
{depends}
esac
exit 1
""",
        "apt-cache": f"""#!/bin/bash
echo "Package: postgresql"
echo "Depends: {candidate_depends}"
""",
        "apt-get": f"""#!/bin/bash
echo "$*" >> {log}
""",
        "id": "#!/bin/bash\necho 0\n",
    }
    for name, text in scripts.items():
        (bin_dir / name).write_text(text)
        (bin_dir / name).chmod(0o755)
    return bin_dir


def _install_system(tmp_path: Path, installed: dict[str, str], candidate: str) -> list[str]:
    bin_dir = _fake_tools(tmp_path, installed, candidate)
    env = {**os.environ, "PATH": f"{bin_dir}:/usr/bin:/bin"}
    subprocess.run(["bash", str(REPO / "scripts" / "install-system.sh")], env=env, check=True,
                   capture_output=True, text=True)
    log = tmp_path / "apt.log"
    return log.read_text().splitlines() if log.exists() else []


def test_postgis_is_chosen_for_the_release_postgresql(tmp_path):
    """Debian 13: apt would install postgresql-17, so PostGIS for 17 is asked for (not 15)."""
    calls = _install_system(tmp_path, {}, "postgresql-17, postgresql-common (>= 252)")
    install = [call for call in calls if call.startswith("install")]
    assert len(install) == 1
    assert "postgresql-17-postgis-3" in install[0].split()
    assert not re.search(r"postgresql-1[0-6]", install[0])


def test_installed_postgresql_decides_and_nothing_missing_installs_nothing(tmp_path):
    """Debian 12 with everything installed: no apt-get call at all (quick the second time)."""
    packages = (REPO / "scripts" / "install-system.sh").read_text()
    listed = re.search(r"packages=\((.*?)\)", packages, re.S).group(1).split()
    installed = dict.fromkeys([p for p in listed if not p.startswith("#")], "")
    installed["postgresql"] = "postgresql-15"
    installed["postgresql-15-postgis-3"] = ""
    assert _install_system(tmp_path, installed, "postgresql-17") == []


def _pygeoapi_pins(python: str) -> list[str]:
    from packaging.markers import Marker
    from packaging.requirements import Requirement

    pins = []
    for line in (REPO / "server" / "requirements.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if line.startswith("pygeoapi"):
            requirement = Requirement(line)
            marker = requirement.marker or Marker("python_version >= '0'")
            if marker.evaluate({"python_version": python}):
                pins.append(str(requirement.specifier))
    return pins


@pytest.mark.parametrize("python, release", [("3.11", "0.21"), ("3.13", "0.24")])
def test_pygeoapi_pin_follows_the_interpreter(python, release):
    """pygeoapi 0.22+ requires Python 3.12: Debian 12's 3.11 keeps 0.21, Debian 13's 3.13 does not."""
    from packaging.specifiers import SpecifierSet

    pins = _pygeoapi_pins(python)
    assert len(pins) == 1
    assert f"{release}.0" in SpecifierSet(pins[0])


def test_the_server_venv_has_the_pinned_pygeoapi(agency_server):
    version = subprocess.run([str(agency_server.venv / "bin" / "python"), "-c",
                              "import pygeoapi; print(pygeoapi.__version__)"],
                             capture_output=True, text=True, check=True).stdout.strip()
    from packaging.specifiers import SpecifierSet

    python = f"{sys.version_info.major}.{sys.version_info.minor}"
    assert version in SpecifierSet(_pygeoapi_pins(python)[0])


def test_server_venv_stamp_is_the_requirements_not_a_date(agency_server_module, tmp_path, monkeypatch):
    """A fresh clone (every file newer than the venv) does not reinstall an up-to-date venv."""
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "python").touch()
    (venv / ".installed").write_text((agency_server_module.SERVER_DIR / "requirements.txt").read_text())
    os.utime(venv / ".installed", (0, 0))
    ran = []
    monkeypatch.setattr(agency_server_module, "_run", lambda cmd, **kw: ran.append(cmd))
    agency_server_module.ensure_venv(venv)
    assert ran == []
    (venv / ".installed").write_text("pygeoapi==0.1\n")
    agency_server_module.ensure_venv(venv)
    assert ran and ran[-1][-1].endswith("requirements.txt")
