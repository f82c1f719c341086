"""The agency server as an agency deploys it: nginx (TLS, accounts, roles) in front of two
gunicorn/pygeoapi instances, PostgreSQL as the single writer, an audit trail in the database.

Plain Python (stdlib only) driving Debian's engines, like ``server/agency_server.py`` whose
``AgencyServer`` it extends (same cluster, schema, triggers and sample data)::

    python3 server/deploy/secure_server.py start --folder .build/server-secure   # last line: URL
    python3 server/deploy/secure_server.py account add amina --role terrain --collections buildings
    python3 server/deploy/secure_server.py who-changed buildings <feature id>
    python3 server/deploy/secure_server.py stop --folder .build/server-secure

Layout of an instance folder (besides the cluster in ``postgres/``):
``tls/`` (test CA and server certificate, made with openssl the first time unless
``server.pem``/``server.key`` are already there), ``accounts.json`` (names, roles, collections;
no password), ``nginx/`` (``nginx.conf``, ``htpasswd`` with SHA-512-crypt hashes, ``roles.map``,
``assignments.map``, logs), ``run/`` (the gunicorn sockets, ``root:www-data 0750``).
"""

from __future__ import annotations

import argparse
import getpass
import http.client
import json
import os
import re
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from string import Template

DEPLOY_DIR = Path(__file__).resolve().parent
if str(DEPLOY_DIR.parent) not in sys.path:
    sys.path.insert(0, str(DEPLOY_DIR.parent))

import agency_server  # noqa: E402 - server/ put on the path just above
from agency_server import (  # noqa: E402
    COLLECTIONS,
    DEFAULT_VENV,
    REPO,
    SAMPLE_GPKG,
    AgencyServer,
    ServerSetupError,
    _run,
    _wait_gone,
    free_port,
)

NGINX = os.environ.get("AGENCY_NGINX", "/usr/sbin/nginx")
ROLES = ("lecture", "terrain", "publication", "admin")
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
WEB_GROUP = "www-data"
HASH_ROUNDS = int(os.environ.get("AGENCY_HASH_ROUNDS", "1000"))  # SHA-512 crypt: 1000 is its minimum


class AccountError(ValueError):
    """An account cannot be stored as asked."""


class SecureServer(AgencyServer):
    """nginx (TLS + accounts + roles) → ``instances`` × gunicorn/pygeoapi → PostgreSQL."""

    db_user = "agency_web"

    def __init__(self, folder: Path | str, venv: Path | str = DEFAULT_VENV,
                 sample_gpkg: Path | None = SAMPLE_GPKG, instances: int = 2, workers: int = 1,
                 threads: int = 4, server_name: str = "127.0.0.1"):
        super().__init__(folder, venv, sample_gpkg, workers=workers)
        self.instances = instances
        self.threads = threads
        self.server_name = server_name
        self.nginx_dir = self.folder / "nginx"
        self.run_dir = self.folder / "run"
        self.tls_dir = self.folder / "tls"
        self.accounts_file = self.folder / "accounts.json"
        self._children: dict[str, subprocess.Popen] = {}

    # -- public -------------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        return f"https://{self.server_name}:{self.state['https_port']}"

    @property
    def ca_file(self) -> Path:
        """The certificate authority that signed the server certificate (the test CA)."""
        return self.tls_dir / "ca.pem"

    def start(self) -> str:
        self.folder.mkdir(parents=True, exist_ok=True)
        self._choose_ports()
        self.state.setdefault("https_port", free_port())
        self._save_state()
        fresh = self._init_cluster()
        self._start_postgres()
        if fresh:
            self._create_database()
        else:
            self.psql((agency_server.SERVER_DIR / "schema.sql").read_text())
        self._secure_database()
        self._ensure_tls()
        self._write_accounts(self.accounts())
        self._write_pygeoapi_config()
        self._prepare_dirs()
        for number in range(1, self.instances + 1):
            self.start_instance(number)
        self._write_nginx_config()
        self._start_nginx()
        self._wait_https()
        return self.base_url

    def stop(self) -> None:
        self._stop_nginx()
        for number in list(self.state.get("instances", {})):
            self._stop_instance(number, signal.SIGTERM)
        if (self.pg_dir / "data" / "postmaster.pid").exists():
            self._as_db_user([str(agency_server.PG_BIN / "pg_ctl"), "-D", str(self.pg_dir / "data"),
                              "-m", "fast", "-w", "stop"])

    def kill_instance(self, number: int) -> None:
        """Kill one pygeoapi instance (gunicorn and its workers) at once, as a crash would."""
        self._stop_instance(str(number), signal.SIGKILL)

    def start_instance(self, number: int) -> None:
        key = str(number)
        if self._alive(self.state.get("instances", {}).get(key)):
            return
        sock = self.run_dir / f"pygeoapi-{number}.sock"
        sock.unlink(missing_ok=True)
        cmd = [str(self.venv / "bin" / "gunicorn"), "--bind", f"unix:{sock}",
               "--workers", str(self.workers), "--worker-class", "gthread",
               "--threads", str(self.threads), "--keep-alive", "30", "--timeout", "120",
               "--no-control-socket", "--pythonpath", str(DEPLOY_DIR), "agency_wsgi:APP"]
        with open(self.folder / f"gunicorn-{number}.log", "ab") as log:
            process = subprocess.Popen(cmd, env=self._pygeoapi_env(), stdout=log, stderr=log,
                                       stdin=subprocess.DEVNULL, cwd=self.folder,
                                       start_new_session=True)
        self._children[key] = process
        self.state.setdefault("instances", {})[key] = process.pid
        self._save_state()
        self._wait_socket(sock, process)

    def psql_rows(self, sql: str) -> list[list[str]]:
        return [line.split("|") for line in self.psql(sql).splitlines() if line]

    def who_changed(self, table: str, fid: str) -> list[dict]:
        """The audit rows of one feature, oldest first (account, operation, versions, changes)."""
        out = self.psql(f"SELECT json_agg(h) FROM agency_who_changed("
                        f"{_sql_literal(table)}, {_sql_literal(fid)}) h;").strip()
        return json.loads(out) if out else []

    # -- accounts -----------------------------------------------------------------------------
    def accounts(self) -> dict[str, dict]:
        if self.accounts_file.exists():
            return json.loads(self.accounts_file.read_text())
        return {}

    def set_account(self, name: str, role: str, collections: tuple[str, ...] | list[str] = (),
                    password: str | None = None) -> None:
        """Create or change an account; ``password`` (None: keep the current one) is stored
        hashed (SHA-512 crypt) in nginx's htpasswd. Takes effect at once if nginx runs."""
        if not NAME.match(name):
            raise AccountError(f"invalid account name {name!r} (letters, digits, . _ -)")
        if role not in ROLES:
            raise AccountError(f"unknown role {role!r}: one of {', '.join(ROLES)}")
        bad = [c for c in collections if not NAME.match(c)]
        if bad:
            raise AccountError(f"invalid collection names: {bad}")
        accounts = self.accounts()
        if password is None and name not in accounts:
            raise AccountError(f"a new account needs a password: {name}")
        accounts[name] = {"role": role, "collections": sorted(set(collections))}
        hashes = self._hashes()
        if password is not None:
            hashes[name] = _hash_password(password)
        self._write_accounts(accounts, hashes)

    def remove_account(self, name: str) -> None:
        accounts = self.accounts()
        accounts.pop(name, None)
        hashes = self._hashes()
        hashes.pop(name, None)
        self._write_accounts(accounts, hashes)

    def _hashes(self) -> dict[str, str]:
        path = self.nginx_dir / "htpasswd"
        if not path.exists():
            return {}
        pairs = (line.split(":", 1) for line in path.read_text().splitlines() if ":" in line)
        return {name: digest for name, digest in pairs}

    def _write_accounts(self, accounts: dict[str, dict], hashes: dict[str, str] | None = None) -> None:
        hashes = self._hashes() if hashes is None else hashes
        self.nginx_dir.mkdir(parents=True, exist_ok=True)
        _write_private(self.accounts_file, json.dumps(accounts, indent=2, sort_keys=True) + "\n")
        known = {n: h for n, h in hashes.items() if n in accounts}
        _write_private(self.nginx_dir / "htpasswd", "".join(f"{n}:{h}\n" for n, h in sorted(known.items())),
                       group_readable=True)
        _write_private(self.nginx_dir / "roles.map", "".join(
            f'"{n}" {a["role"]};\n' for n, a in sorted(accounts.items())), group_readable=True)
        _write_private(self.nginx_dir / "assignments.map", "".join(
            f'"{n}:{c}" 1;\n' for n, a in sorted(accounts.items()) if a["role"] == "terrain"
            for c in a["collections"]), group_readable=True)
        if self._nginx_pid():
            self._nginx("-s", "reload")
            time.sleep(0.5)  # the new workers take over within a few milliseconds

    # -- database -----------------------------------------------------------------------------
    def _secure_database(self) -> None:
        tables = "".join(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {t} TO agency_web;\n"
                         f"SELECT agency_enable_audit('{t}');\n" for t in COLLECTIONS)
        self.psql((DEPLOY_DIR / "audit.sql").read_text() + tables)

    # -- TLS ----------------------------------------------------------------------------------
    def _ensure_tls(self) -> None:
        """A test CA and a server certificate for 127.0.0.1/localhost, unless already there
        (a real deployment puts its own ``server.pem`` (full chain) and ``server.key``)."""
        if (self.tls_dir / "server.pem").exists() and (self.tls_dir / "server.key").exists():
            return
        self.tls_dir.mkdir(parents=True, exist_ok=True)
        os.chmod(self.tls_dir, 0o700)
        make_test_certificates(self.tls_dir, [self.server_name, "127.0.0.1", "localhost"])

    # -- pygeoapi instances -------------------------------------------------------------------
    def _prepare_dirs(self) -> None:
        for path in (self.run_dir, self.nginx_dir / "tmp"):
            path.mkdir(parents=True, exist_ok=True)
        os.chmod(self.run_dir, 0o750)
        if os.geteuid() == 0:
            shutil.chown(self.run_dir, "root", WEB_GROUP)
            shutil.chown(self.nginx_dir / "tmp", WEB_GROUP, WEB_GROUP)

    @staticmethod
    def _alive(pid: int | None) -> bool:
        return agency_server.pid_alive(pid)

    def _stop_instance(self, key: str, sig: int) -> None:
        pid = self.state.get("instances", {}).pop(key, None)
        if pid and self._alive(pid):
            try:
                os.killpg(pid, sig)
            except ProcessLookupError:
                pass
            child = self._children.pop(key, None)
            if child is not None:
                child.wait(timeout=30)
            else:
                _wait_gone(pid)
        self._save_state()

    def _wait_socket(self, sock: Path, process: subprocess.Popen, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise ServerSetupError(f"gunicorn exited; see {self.folder}/gunicorn-*.log")
            try:
                if _unix_get(sock, "/collections?f=json") == 200:
                    return
            except OSError:
                pass
            time.sleep(0.3)
        raise ServerSetupError(f"pygeoapi did not answer on {sock}")

    # -- nginx --------------------------------------------------------------------------------
    def _write_nginx_config(self) -> None:
        servers = "\n".join(
            f"        server unix:{self.run_dir}/pygeoapi-{n}.sock max_fails=1 fail_timeout=3s;"
            for n in range(1, self.instances + 1))
        text = Template((DEPLOY_DIR / "nginx.conf.template").read_text()).substitute(
            user_line=f"user {WEB_GROUP} {WEB_GROUP};" if os.geteuid() == 0 else "",
            nginx_dir=self.nginx_dir, run_dir=self.run_dir, tls_dir=self.tls_dir,
            listen=f"127.0.0.1:{self.state['https_port']}", server_name=self.server_name,
            upstream_servers=servers)
        (self.nginx_dir / "nginx.conf").write_text(text)
        self._nginx("-t", "-q")

    def _nginx(self, *args: str) -> subprocess.CompletedProcess:
        return _run([NGINX, "-c", str(self.nginx_dir / "nginx.conf"), "-p", f"{self.nginx_dir}/",
                     "-e", str(self.nginx_dir / "error.log"), *args])

    def _nginx_pid(self) -> int | None:
        pid_file = self.nginx_dir / "nginx.pid"
        if not pid_file.exists():
            return None
        try:
            pid = int(pid_file.read_text().strip())
        except ValueError:
            return None
        return pid if self._alive(pid) else None

    def _start_nginx(self) -> None:
        if self._nginx_pid():
            self._nginx("-s", "reload")
            time.sleep(0.5)
        else:
            self._nginx()

    def _stop_nginx(self) -> None:
        pid = self._nginx_pid()
        if pid:
            os.kill(pid, signal.SIGTERM)
            _wait_gone(pid)

    def _wait_https(self, timeout: float = 30.0) -> None:
        context = ssl.create_default_context(cafile=str(self.ca_file))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{self.base_url}/collections", timeout=5, context=context)
            except urllib.error.HTTPError as err:
                if err.code == 401:
                    return
            except OSError:
                pass
            else:
                raise ServerSetupError("nginx answered without asking for an account")
            time.sleep(0.2)
        raise ServerSetupError(f"nginx did not answer on {self.base_url}; see {self.nginx_dir}/error.log")


def make_test_certificates(folder: Path, names: list[str]) -> None:
    """A test certificate authority (``ca.pem``) and a server certificate signed by it
    (``server.pem``/``server.key``) for ``names`` (IP addresses or DNS names), with openssl."""
    folder = Path(folder)
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    _run(["openssl", "req", "-x509", *ec, "-keyout", str(folder / "ca.key"), "-out", str(folder / "ca.pem"),
          "-days", "3650", "-subj", "/O=Agence urbaine (test)/CN=Agence urbaine test CA",
          "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"])
    _run(["openssl", "req", *ec, "-keyout", str(folder / "server.key"), "-out", str(folder / "server.csr"),
          "-subj", f"/O=Agence urbaine (test)/CN={names[0]}"])
    alt = ",".join(dict.fromkeys(
        f"IP:{n}" if re.fullmatch(r"[0-9.]+|[0-9a-fA-F:]+:[0-9a-fA-F:]*", n) else f"DNS:{n}" for n in names))
    (folder / "server.ext").write_text(
        f"subjectAltName={alt}\nbasicConstraints=CA:FALSE\n"
        "keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n")
    _run(["openssl", "x509", "-req", "-in", str(folder / "server.csr"), "-CA", str(folder / "ca.pem"),
          "-CAkey", str(folder / "ca.key"), "-CAcreateserial", "-out", str(folder / "server.pem"),
          "-days", "825", "-extfile", str(folder / "server.ext")])
    for name in ("ca.key", "server.key"):
        os.chmod(folder / name, 0o600)


def _hash_password(password: str, rounds: int = HASH_ROUNDS) -> str:
    """SHA-512 crypt (``$6$rounds=N$salt$``, salted and iterated), which nginx checks through the
    C library's crypt() on every request: the rounds are a trade-off between the cost of a stolen
    htpasswd and the time added to each request (see server/deploy/README.md)."""
    if not password or "\n" in password:
        raise AccountError("a password must be one non-empty line")
    salt = secrets.token_urlsafe(12).replace("-", ".").replace("_", "/")
    return _run(["openssl", "passwd", "-6", "-salt", f"rounds={rounds}${salt}", "-stdin"],
                input=password + "\n").stdout.strip()


def _write_private(path: Path, text: str, group_readable: bool = False) -> None:
    """Written atomically, readable by root (and nginx's workers' group when asked) only."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text)
    os.chmod(tmp, 0o640 if group_readable else 0o600)
    if group_readable and os.geteuid() == 0:
        shutil.chown(tmp, "root", WEB_GROUP)
    os.replace(tmp, path)


def _sql_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _unix_get(sock: Path, path: str) -> int:
    class Connection(http.client.HTTPConnection):
        def connect(self) -> None:
            self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            self.sock.settimeout(5)
            self.sock.connect(str(sock))

    connection = Connection("localhost")
    try:
        connection.request("GET", path)
        return connection.getresponse().status
    finally:
        connection.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", default=str(REPO / ".build" / "server-secure"))
    parser.add_argument("--venv", default=str(DEFAULT_VENV))
    sub = parser.add_subparsers(dest="action", required=True)
    for action in ("start", "stop", "url"):
        sub.add_parser(action)
    account = sub.add_parser("account", help="manage accounts (the admin role's job)")
    account_sub = account.add_subparsers(dest="account_action", required=True)
    add = account_sub.add_parser("add", help="create or change an account")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--collections", default="", help="comma-separated (terrain)")
    add.add_argument("--keep-password", action="store_true", help="change the role only")
    remove = account_sub.add_parser("remove")
    remove.add_argument("name")
    account_sub.add_parser("list")
    who = sub.add_parser("who-changed", help="the audit rows of one feature")
    who.add_argument("table")
    who.add_argument("fid")
    args = parser.parse_args(argv)
    server = SecureServer(args.folder, venv=args.venv)
    if args.action == "start":
        agency_server._check_system()
        if not Path(NGINX).exists():
            raise ServerSetupError(f"missing: {NGINX} (apt-get install nginx-light)")
        agency_server.ensure_venv(Path(args.venv))
        url = server.start()
        if not server.accounts():
            print("no account yet: python3 server/deploy/secure_server.py account add NAME --role admin",
                  file=sys.stderr)
        print(f"CA certificate (add it to QGIS's authorities): {server.ca_file}")
        print(url)
    elif args.action == "account":
        if args.account_action == "add":
            password = None
            if not args.keep_password:
                password = os.environ.get("AGENCY_PASSWORD") or getpass.getpass(f"password for {args.name}: ")
            collections = [c for c in args.collections.split(",") if c]
            server.set_account(args.name, args.role, collections, password)
        elif args.account_action == "remove":
            server.remove_account(args.name)
        for name, info in sorted(server.accounts().items()):
            print(f"{name}\t{info['role']}\t{','.join(info['collections'])}")
    elif args.action == "who-changed":
        for row in server.who_changed(args.table, args.fid):
            print(f"{row['at']}\t{row['account']}\t{row['operation']}\t{row['old_version']}"
                  f"→{row['new_version']}\t{json.dumps(row['changes'], ensure_ascii=False)}")
    else:
        agency_server.stop_or_show(server, args.action, args.folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
