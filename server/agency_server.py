"""Start and stop a reference agency server: PostgreSQL/PostGIS + pygeoapi (OGC API - Features).

Plain Python (stdlib only, no QGIS) so that ``make server`` and the test fixtures share it::

    python3 server/agency_server.py start --folder .build/server   # last line: the base URL
    python3 server/agency_server.py stop --folder .build/server

An instance lives entirely in its folder: a throw-away cluster (``postgres/data``, socket and log
in ``postgres/``), the generated pygeoapi configuration and OpenAPI document, logs and
``state.json`` (ports and gunicorn pid). Both servers bind to 127.0.0.1 only, on free ports chosen
at the first start and reused afterwards. The cluster runs as the ``postgres`` user when we are
root (PostgreSQL refuses to run as root), so the folder's parents must be traversable by it.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from string import Template

SERVER_DIR = Path(__file__).resolve().parent
REPO = SERVER_DIR.parent
POSTGRESQL_LIB = Path("/usr/lib/postgresql")
POSTGRESQL_SHARE = Path("/usr/share/postgresql")
DEFAULT_VENV = REPO / ".build" / "pygeoapi-venv"
SAMPLE_GPKG = REPO / "sample_data" / "hay_al_amal.gpkg"
DB_NAME = "agency"
DB_USER = "postgres"
COLLECTIONS = {"parcels": "Parcels", "buildings": "Buildings", "zoning": "Zoning"}
SAMPLE_TABLES = ("parcels", "buildings")  # loaded with data; the others start empty


class ServerSetupError(RuntimeError):
    """The reference server could not be installed or started."""


def find_pg_bin(lib: Path = POSTGRESQL_LIB, share: Path = POSTGRESQL_SHARE) -> Path:
    """PostgreSQL's server binaries: ``$AGENCY_PG_BIN``, else the newest ``<lib>/<major>/bin``
    whose major version has PostGIS installed (the cluster needs it), else the newest one, else
    ``pg_config --bindir``. Debian installs each major version side by side: which one is there
    depends on the release (15 on Debian 12, 17 on Debian 13), so none is assumed."""
    if os.environ.get("AGENCY_PG_BIN"):
        return Path(os.environ["AGENCY_PG_BIN"])
    found = []
    for initdb in lib.glob("*/bin/initdb"):
        major = initdb.parent.parent.name
        if major.replace(".", "").isdigit():
            has_postgis = (share / major / "extension" / "postgis.control").exists()
            found.append((has_postgis, tuple(int(n) for n in major.split(".")), initdb.parent))
    if found:
        return max(found)[2]
    if shutil.which("pg_config"):
        bindir = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True).stdout.strip()
        if bindir:
            return Path(bindir)
    return lib / "bin"  # nothing installed: a path without initdb, which callers report


PG_BIN = find_pg_bin()


def free_port() -> int:
    """A TCP port free on the loopback right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def ensure_venv(venv: Path = DEFAULT_VENV) -> Path:
    """Create pygeoapi's own venv unless already made from the current requirements.

    The pygeoapi version depends on the interpreter (server/requirements.txt has one pin per
    Python range). The stamp holds the requirements it was made from, not a date: a fresh copy
    or clone of the repository does not reinstall a venv that is up to date."""
    venv = Path(venv)
    requirements = SERVER_DIR / "requirements.txt"
    stamp = venv / ".installed"
    wanted = requirements.read_text()
    if stamp.exists() and stamp.read_text() == wanted:
        return venv
    if not (venv / "bin" / "python").exists():
        _run(["/usr/bin/python3", "-m", "venv", str(venv)])
    _run([str(venv / "bin" / "pip"), "install", "-q", "--disable-pip-version-check",
          "-r", str(requirements)])
    stamp.write_text(wanted)
    return venv


def _run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(cmd, check=True, capture_output=True, text=True, **kwargs)
    except subprocess.CalledProcessError as err:
        raise ServerSetupError(f"{' '.join(cmd)} failed:\n{err.stdout}\n{err.stderr}") from err


def _load_privacy():
    """core/privacy.py loaded by path: the server scripts do not import the plugin package."""
    return _load_module("agency_privacy", REPO / "core" / "privacy.py")


class AgencyServer:
    """One reference server instance living in ``folder``."""

    db_user = DB_USER  # the account pygeoapi connects with (the secure layout uses its own)

    def __init__(self, folder: Path | str, venv: Path | str = DEFAULT_VENV,
                 sample_gpkg: Path | None = SAMPLE_GPKG, workers: int = 2):
        self.folder = Path(folder).resolve()
        self.venv = Path(venv).resolve()
        self.sample_gpkg = sample_gpkg
        self.workers = workers
        self.pg_dir = self.folder / "postgres"
        self.state_file = self.folder / "state.json"
        self.state = self._read_state()
        self._process: subprocess.Popen | None = None

    # -- public -------------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.state['http_port']}"

    @property
    def pg_port(self) -> int:
        return self.state["pg_port"]

    def dsn(self) -> str:
        return f"host=127.0.0.1 port={self.pg_port} dbname={DB_NAME} user={DB_USER}"

    def start(self) -> str:
        """Start PostgreSQL and pygeoapi (creating and loading the database the first time)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        self._choose_ports()
        fresh = self._init_cluster()
        self._start_postgres()
        if fresh:
            self._create_database()
        else:  # idempotent: brings an older instance up to the current schema
            self.psql((SERVER_DIR / "schema.sql").read_text())
        self._write_pygeoapi_config()
        self._start_pygeoapi()
        return self.base_url

    def start_postgres(self) -> None:
        """Start PostgreSQL only (the cluster is created the first time; no database loaded)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        self._choose_ports()
        self._init_cluster()
        self._start_postgres()

    def stop(self) -> None:
        """Stop pygeoapi then PostgreSQL; the data stays in the folder."""
        self._stop_pygeoapi()
        if (self.pg_dir / "data" / "postmaster.pid").exists():
            self._as_db_user([str(PG_BIN / "pg_ctl"), "-D", str(self.pg_dir / "data"),
                              "-m", "fast", "-w", "stop"])

    def kill_pygeoapi(self) -> None:
        """Kill gunicorn and its workers at once (SIGKILL), as a crash would; for fault tests."""
        pid = self.state.pop("gunicorn_pid", None)
        if pid:
            try:
                os.killpg(pid, signal.SIGKILL)  # started in its own session: the group is gunicorn's
            except ProcessLookupError:
                pass
            if self._process is not None:
                self._process.wait(timeout=30)
                self._process = None
            else:
                _wait_gone(pid)
        self._save_state()

    def start_pygeoapi(self) -> None:
        """Start gunicorn again (after ``kill_pygeoapi``) on the same port and configuration."""
        self._start_pygeoapi()

    def psql(self, sql: str) -> str:
        """Run SQL in the agency database (as the superuser) and return psql's unaligned output."""
        cmd = [str(PG_BIN / "psql"), "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
               "-h", "127.0.0.1", "-p", str(self.pg_port), "-U", DB_USER, "-d", DB_NAME]
        return _run(cmd, input=sql).stdout

    def __enter__(self) -> AgencyServer:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- state --------------------------------------------------------------------------------
    def _read_state(self) -> dict:
        if self.state_file.exists():
            return json.loads(self.state_file.read_text())
        return {}

    def _save_state(self) -> None:
        self.state_file.write_text(json.dumps(self.state, indent=2))

    def _choose_ports(self) -> None:
        self.state.setdefault("pg_port", free_port())
        self.state.setdefault("http_port", free_port())
        self._save_state()

    # -- PostgreSQL ---------------------------------------------------------------------------
    def _as_db_user(self, cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
        if os.geteuid() == 0:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return _run(cmd, cwd="/", **kwargs)

    def _give_to_db_user(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            user = pwd.getpwnam("postgres")
            os.chown(path, user.pw_uid, user.pw_gid)
        self._check_traversable(path)

    def _check_traversable(self, path: Path) -> None:
        for parent in path.parents:
            if os.geteuid() == 0 and not parent.stat().st_mode & 0o001:
                raise ServerSetupError(f"{parent} is not traversable by the postgres user")

    def _init_cluster(self) -> bool:
        data = self.pg_dir / "data"
        if (data / "PG_VERSION").exists():
            return False
        self._give_to_db_user(self.pg_dir)
        self._as_db_user([str(PG_BIN / "initdb"), "-D", str(data), "-U", DB_USER,
                          "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"])
        settings = (SERVER_DIR / "postgresql.conf").read_text()
        settings += f"\nport = {self.pg_port}\nunix_socket_directories = '{self.pg_dir}'\n"
        self._as_db_user(["tee", "-a", str(data / "postgresql.conf")], input=settings)
        return True

    def _start_postgres(self) -> None:
        data = self.pg_dir / "data"
        if (data / "postmaster.pid").exists() and self._pg_ready():
            return
        self._as_db_user([str(PG_BIN / "pg_ctl"), "-D", str(data), "-l",
                          str(self.pg_dir / "postgres.log"), "-w", "-t", "60", "start"])

    def _pg_ready(self) -> bool:
        result = subprocess.run([str(PG_BIN / "pg_isready"), "-h", "127.0.0.1", "-p",
                                 str(self.pg_port)], capture_output=True)
        return result.returncode == 0

    def _create_database(self) -> None:
        _run([str(PG_BIN / "createdb"), "-h", "127.0.0.1", "-p", str(self.pg_port),
              "-U", DB_USER, DB_NAME])
        self.psql((SERVER_DIR / "schema.sql").read_text())
        for table in SAMPLE_TABLES:
            if not self._import_layer(table):
                self._load_synthetic(table)
        self.psql("ANALYZE;")

    def _load_synthetic(self, table: str) -> None:
        synthetic = _load_module("agency_synthetic", SERVER_DIR / "synthetic.py")
        if table == "parcels":
            self.psql((SERVER_DIR / "parcels.sql").read_text() + synthetic.parcels_sql())
        else:
            self.psql(synthetic.buildings_sql())

    def _gpkg_layers(self) -> list[str]:
        if not self.sample_gpkg or not Path(self.sample_gpkg).exists():
            return []
        out = _run(["ogrinfo", "-q", "-so", str(self.sample_gpkg)]).stdout
        return [line.split(":")[1].split("(")[0].strip() for line in out.splitlines() if ":" in line]

    def _import_layer(self, table: str) -> bool:
        """Load ``table`` from the sample GeoPackage if it has that layer (parcels only)."""
        if table != "parcels" or table not in self._gpkg_layers():
            return False
        _run(["ogr2ogr", "-f", "PostgreSQL", f"PG:{self.dsn()}", str(self.sample_gpkg), table,
              "-nln", table, "-t_srs", "EPSG:26191", "-nlt", "POLYGON", "-lco", "GEOMETRY_NAME=geom",
              "-lco", "FID=gpkg_fid", "-lco", "SPATIAL_INDEX=GIST"])
        self._adopt_imported(table)
        return True

    def _adopt_imported(self, table: str) -> None:
        columns = self.psql(f"SELECT column_name FROM information_schema.columns "
                            f"WHERE table_name = '{table}';").split()
        personal = _load_privacy().PrivacyPolicy().personal_fields(columns)
        drops = "".join(f'ALTER TABLE {table} DROP COLUMN "{c}";\n' for c in personal)
        id_sql = "" if "id" in columns else (  # deterministic ids: the same on every reload
            f"ALTER TABLE {table} ADD COLUMN id text DEFAULT gen_random_uuid()::text;\n"
            f"UPDATE {table} SET id = md5('{table}:' || gpkg_fid)::uuid::text;\n")
        self.psql(drops + id_sql + (
            f"ALTER TABLE {table} ALTER COLUMN id TYPE text USING id::text;\n"
            f"ALTER TABLE {table} DROP CONSTRAINT IF EXISTS {table}_pkey;\n"
            f"ALTER TABLE {table} DROP COLUMN gpkg_fid;\n"
            f"ALTER TABLE {table} ADD PRIMARY KEY (id);\n"
            f"SELECT agency_enable_versioning('{table}');\n"))

    # -- pygeoapi -----------------------------------------------------------------------------
    def _extent(self, table: str) -> str:
        row = self.psql(f"SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM "
                        f"(SELECT ST_Extent(ST_Transform(geom, 4326)) AS e FROM {table}) s;").strip()
        if not row or row == "|||":
            return "-13.2, 27.6, -1.0, 35.9"
        return ", ".join(f"{float(v):.6f}" for v in row.split("|"))

    def _write_pygeoapi_config(self) -> None:
        collection = Template((SERVER_DIR / "collection.template.yml").read_text())
        resources = "".join(
            collection.substitute(name=name, title=title, bbox=self._extent(name),
                                  pg_port=self.pg_port, db_user=self.db_user)
            for name, title in COLLECTIONS.items())
        config = Template((SERVER_DIR / "pygeoapi-config.template.yml").read_text()).substitute(
            http_port=self.state["http_port"], base_url=self.base_url, resources=resources,
            log_level=os.environ.get("AGENCY_LOG_LEVEL", "ERROR"),
            log_file=self.folder / "pygeoapi.log")
        (self.folder / "pygeoapi-config.yml").write_text(config)
        _run([str(self.venv / "bin" / "pygeoapi"), "openapi", "generate",
              str(self.folder / "pygeoapi-config.yml"), "--output-file",
              str(self.folder / "openapi.yml")], env=self._pygeoapi_env())

    def _pygeoapi_env(self) -> dict:
        env = dict(os.environ)
        env.update(PYGEOAPI_CONFIG=str(self.folder / "pygeoapi-config.yml"),
                   PYGEOAPI_OPENAPI=str(self.folder / "openapi.yml"))
        return env

    def _gunicorn_running(self) -> bool:
        return pid_alive(self.state.get("gunicorn_pid"))

    def _start_pygeoapi(self) -> None:
        if self._gunicorn_running():
            return
        cmd = [str(self.venv / "bin" / "gunicorn"), "--bind", f"127.0.0.1:{self.state['http_port']}",
               "--workers", str(self.workers), "--worker-class", "gthread", "--threads", "4",
               "--keep-alive", "30", "--timeout", "120", "--no-control-socket",
               "pygeoapi.flask_app:APP"]
        log = open(self.folder / "gunicorn.log", "ab")
        with log:
            process = subprocess.Popen(cmd, env=self._pygeoapi_env(), stdout=log, stderr=log,
                                       stdin=subprocess.DEVNULL, cwd=self.folder,
                                       start_new_session=True)
        self._process = process
        self.state["gunicorn_pid"] = process.pid
        self._save_state()
        self._wait_http(process)

    def _wait_http(self, process: subprocess.Popen, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise ServerSetupError(f"gunicorn exited; see {self.folder / 'gunicorn.log'}")
            try:
                with urllib.request.urlopen(f"{self.base_url}/collections?f=json", timeout=5):
                    return
            except OSError:
                time.sleep(0.3)
        raise ServerSetupError(f"pygeoapi did not answer on {self.base_url}")

    def _stop_pygeoapi(self) -> None:
        if not self._gunicorn_running():
            return
        pid = self.state.pop("gunicorn_pid")
        os.kill(pid, signal.SIGTERM)
        if self._process is not None:  # our child: reap it
            self._process.wait(timeout=30)
            self._process = None
        else:
            _wait_gone(pid)
        self._save_state()


def stop_or_show(server, action: str, folder, what: str = "server") -> None:
    """The servers' command lines end alike: ``stop`` stops the server recorded in ``folder``,
    ``url`` prints its address; both say so when none was started there."""
    if not server.state:
        print(f"no {what} in {folder}")
    elif action == "stop":
        server.stop()
        print(f"stopped {server.base_url}")
    else:
        print(server.base_url)


def pid_alive(pid: int | None) -> bool:
    """True while the process ``pid`` exists (the servers' scripts keep their pids in state.json)."""
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    return True


def _wait_gone(pid: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and pid_alive(pid):
        time.sleep(0.1)


def _load_module(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _check_system() -> None:
    missing = [str(p) for p in (PG_BIN / "initdb", PG_BIN / "pg_ctl") if not p.exists()]
    if shutil.which("ogr2ogr") is None:
        missing.append("ogr2ogr")
    if missing:
        raise ServerSetupError("missing: " + ", ".join(missing) + " (run scripts/install-system.sh)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("start", "stop", "url", "venv"))
    parser.add_argument("--folder", default=str(REPO / ".build" / "server"))
    parser.add_argument("--venv", default=str(DEFAULT_VENV))
    args = parser.parse_args(argv)
    if args.action == "venv":
        print(ensure_venv(Path(args.venv)))
        return 0
    server = AgencyServer(args.folder, venv=args.venv)
    if args.action == "start":
        _check_system()
        ensure_venv(Path(args.venv))
        print(server.start())
    else:
        stop_or_show(server, args.action, args.folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
