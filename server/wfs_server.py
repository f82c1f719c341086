"""Start and stop the WFS-T reference server: QGIS Server over PostGIS, no versioning triggers.

What most agencies already run: a WFS-T (Transaction) server over plain PostGIS tables. Here it is
Debian's QGIS Server 3.22 development server (``qgis_mapserver``, package ``qgis-server``) serving
a project written with PyQGIS (``wfs_project.py``): the tables of the reference server
(``schema.sql``, same columns and synthetic data) in a database of their own, ``agency_wfs``,
**without** ``version`` / ``updated_at`` and without triggers. Plain Python (stdlib only)::

    python3 server/wfs_server.py start --folder .build/server   # last line: the WFS URL
    python3 server/wfs_server.py stop --folder .build/server

It shares the PostgreSQL cluster of ``agency_server.py`` (same folder); its state is in
``wfs-state.json``, the project in ``wfs/agency.qgs``, the server's log in ``wfs/qgis_mapserver.log``.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import agency_server
from agency_server import DB_USER, PG_BIN, SERVER_DIR, AgencyServer, ServerSetupError, _run

DB_NAME = "agency_wfs"
# zoning (a generic geometry column) is not published: PyQGIS 3.22 crashes loading it.
TABLES = (("buildings", "Polygon"), ("parcels", "Polygon"))
MAPSERVER = os.environ.get("AGENCY_QGIS_MAPSERVER", "/usr/bin/qgis_mapserver")


def schema_sql() -> str:
    """The reference tables without versioning (``agency_enable_versioning`` calls removed)."""
    text = (SERVER_DIR / "schema.sql").read_text() + (SERVER_DIR / "parcels.sql").read_text()
    start = text.index("CREATE TABLE IF NOT EXISTS buildings")
    tables = text[start:].replace(
        "CREATE TABLE IF NOT EXISTS parcels", "\nCREATE TABLE IF NOT EXISTS parcels"
    )
    return "CREATE EXTENSION IF NOT EXISTS postgis;\n" + re.sub(
        r"SELECT agency_enable_versioning\('\w+'\);", "", tables
    )


class WfsServer:
    """QGIS Server (WFS 1.0/1.1 with Transaction) over the ``agency_wfs`` database of a cluster."""

    def __init__(self, folder: Path | str, agency: AgencyServer | None = None):
        self.folder = Path(folder).resolve()
        self.agency = agency or AgencyServer(self.folder, sample_gpkg=None)
        self.wfs_dir = self.folder / "wfs"
        self.state_file = self.folder / "wfs-state.json"
        self.state = json.loads(self.state_file.read_text()) if self.state_file.exists() else {}
        self._process: subprocess.Popen | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.state['port']}/ows/"

    @property
    def project(self) -> Path:
        return self.wfs_dir / "agency.qgs"

    def dsn(self) -> str:
        return f"host=127.0.0.1 port={self.agency.pg_port} dbname={DB_NAME} user={DB_USER}"

    def start(self) -> str:
        """Start PostgreSQL if needed, create and load ``agency_wfs`` the first time, write the
        project and start ``qgis_mapserver``; returns the WFS URL."""
        if not Path(MAPSERVER).exists():
            raise ServerSetupError(f"{MAPSERVER} missing (apt-get install qgis-server)")
        self.agency.start_postgres()
        self.wfs_dir.mkdir(parents=True, exist_ok=True)
        self.state.setdefault("port", agency_server.free_port())
        self._save_state()
        self._create_database()
        if not self.project.exists():
            self._write_project()
        self.start_mapserver()
        return self.base_url

    def stop(self) -> None:
        """Stop ``qgis_mapserver`` (PostgreSQL is left to ``agency_server.py stop``)."""
        self._stop(signal.SIGTERM)

    def kill(self) -> None:
        """Kill ``qgis_mapserver`` at once (SIGKILL), as a crash would; for fault tests."""
        self._stop(signal.SIGKILL)

    def psql(self, sql: str) -> str:
        cmd = [
            str(PG_BIN / "psql"),
            "-X",
            "-q",
            "-A",
            "-t",
            "-v",
            "ON_ERROR_STOP=1",
            "-h",
            "127.0.0.1",
            "-p",
            str(self.agency.pg_port),
            "-U",
            DB_USER,
            "-d",
            DB_NAME,
        ]
        return _run(cmd, input=sql).stdout

    # -- database and project ------------------------------------------------------------------
    def _create_database(self) -> None:
        exists = _run(
            [
                str(PG_BIN / "psql"),
                "-X",
                "-A",
                "-t",
                "-h",
                "127.0.0.1",
                "-p",
                str(self.agency.pg_port),
                "-U",
                DB_USER,
                "-d",
                "postgres",
                "-c",
                f"SELECT 1 FROM pg_database WHERE datname = '{DB_NAME}'",
            ]
        ).stdout.strip()
        if exists:
            return
        _run(
            [
                str(PG_BIN / "createdb"),
                "-h",
                "127.0.0.1",
                "-p",
                str(self.agency.pg_port),
                "-U",
                DB_USER,
                DB_NAME,
            ]
        )
        synthetic = agency_server._load_module("agency_synthetic", SERVER_DIR / "synthetic.py")
        self.psql(schema_sql() + synthetic.parcels_sql() + synthetic.buildings_sql() + "ANALYZE;")

    def _write_project(self) -> None:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        _run(
            [
                "/usr/bin/python3",
                str(SERVER_DIR / "wfs_project.py"),
                str(self.project),
                self.dsn(),
                *(f"{t}:{g}" for t, g in TABLES),
            ],
            env=env,
        )

    # -- qgis_mapserver -----------------------------------------------------------------------
    def _save_state(self) -> None:
        self.state_file.write_text(json.dumps(self.state, indent=2))

    def _running(self) -> bool:
        return agency_server.pid_alive(self.state.get("pid"))

    def start_mapserver(self) -> None:
        """Start ``qgis_mapserver`` on the project (again after ``kill``, same port)."""
        if self._running():
            return
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "QGIS_SERVER_LOG_LEVEL": "2",
            "QGIS_SERVER_LOG_STDERR": "1",
            "HOME": str(self.wfs_dir),
        }
        log = open(self.wfs_dir / "qgis_mapserver.log", "ab")
        with log:
            process = subprocess.Popen(
                [MAPSERVER, "-p", str(self.project), f"127.0.0.1:{self.state['port']}"],
                env=env,
                stdout=log,
                stderr=log,
                stdin=subprocess.DEVNULL,
                cwd=self.wfs_dir,
                start_new_session=True,
            )
        self._process = process
        self.state["pid"] = process.pid
        self._save_state()
        self._wait_http(process)

    def _wait_http(self, process: subprocess.Popen, timeout: float = 60.0) -> None:
        url = self.base_url + "?SERVICE=WFS&REQUEST=GetCapabilities&VERSION=1.1.0"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise ServerSetupError(f"qgis_mapserver exited; see {self.wfs_dir / 'qgis_mapserver.log'}")
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    if b"FeatureTypeList" in response.read():
                        return
            except OSError:
                pass
            time.sleep(0.3)
        raise ServerSetupError(f"qgis_mapserver did not answer on {self.base_url}")

    def _stop(self, sig: int) -> None:
        if not self._running():
            self.state.pop("pid", None)
            return
        pid = self.state.pop("pid")
        try:
            os.killpg(pid, sig)
        except ProcessLookupError:
            pass
        if self._process is not None:
            self._process.wait(timeout=30)
            self._process = None
        else:
            agency_server._wait_gone(pid)
        self._save_state()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("start", "stop", "url"))
    parser.add_argument("--folder", default=str(agency_server.REPO / ".build" / "server"))
    args = parser.parse_args(argv)
    server = WfsServer(args.folder)
    if args.action == "start":
        print(server.start())
    else:
        agency_server.stop_or_show(server, args.action, args.folder, what="WFS server")
    return 0


if __name__ == "__main__":
    sys.exit(main())
