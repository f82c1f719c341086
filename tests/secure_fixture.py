"""Pytest plugin: the agency server AS DEPLOYED (server/deploy/) for one test session.

``secure_server`` (session): nginx (TLS with a test CA, accounts, roles) → two gunicorn/pygeoapi
instances → PostgreSQL with the audit trail, in a temporary folder, with the accounts of
``ACCOUNTS`` (password: ``password(name)``). Like ``agency_server``: with ``CI`` set, a server
that cannot start is a failure, never a skip.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from server_fixture import unavailable

REPO = Path(__file__).resolve().parent.parent

# name → (role, collections assigned)
ACCOUNTS = {
    "lina": ("lecture", ()),
    "amina": ("terrain", ("buildings",)),
    "youssef": ("terrain", ("buildings",)),
    "karim": ("publication", ()),
    "salma": ("admin", ()),
}


def password(name: str) -> str:
    return f"pw-{name}-Ş3cret!"


def secure_module():
    if "secure_server" not in sys.modules:
        path = REPO / "server" / "deploy" / "secure_server.py"
        spec = importlib.util.spec_from_file_location("secure_server", path)
        module = importlib.util.module_from_spec(spec)
        sys.modules["secure_server"] = module
        spec.loader.exec_module(module)
    return sys.modules["secure_server"]


@pytest.fixture(scope="session")
def secure_server() -> Iterator[object]:
    """A running deployed server (a ``SecureServer``: ``.base_url``, ``.ca_file``, ``.psql()``,
    ``.kill_instance(n)``, ``.start_instance(n)``, ``.set_account()``)."""
    module = secure_module()
    agency = sys.modules["agency_server"]
    if not (agency.PG_BIN / "initdb").exists():
        unavailable(f"PostgreSQL binaries missing in {agency.PG_BIN} (run scripts/install-system.sh)")
    if not Path(module.NGINX).exists():
        unavailable(f"nginx missing ({module.NGINX}): apt-get install nginx-light")
    agency.ensure_venv()
    folder = Path(tempfile.mkdtemp(prefix="agency-secure-"))
    os.chmod(folder, 0o755)  # the cluster runs as postgres, nginx's workers as www-data
    server = module.SecureServer(folder, sample_gpkg=None)
    try:
        for name, (role, collections) in ACCOUNTS.items():
            server.set_account(name, role, collections, password(name))
        server.start()
        yield server
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def admin_client(secure_server) -> Iterator[object]:
    """A core client as the admin account (seeding, checking), trusting the test CA directly."""
    import requests

    from agence_urbaine.core.sync.ogcapi import OgcApiFeaturesClient

    client = OgcApiFeaturesClient(secure_server.base_url, verify=str(secure_server.ca_file),
                                  auth=requests.auth.HTTPBasicAuth(b"salma", password("salma").encode()))
    yield client
    client.close()
