"""Named connections to agency servers: an address in the plugin's settings, credentials in QGIS.

A connection is ``agence_urbaine/connections/<name>/url`` and, when the server wants credentials,
``agence_urbaine/connections/<name>/authcfg``: the id of a configuration in QGIS's
authentication database (encrypted by the master password). Passwords never appear in settings,
parameters or logs; they are read from the authentication manager when a request is built.
An address carrying ``user:password@`` is refused (saved, loaded or opened). Credentials go over
plain ``http://`` only to this computer, or when the connection says so explicitly:
``agence_urbaine/connections/<name>/allow_insecure`` (``true``; absent means no), the one rule of
:func:`security_problem`, shared with the dock.

Supported authentication methods: ``Basic`` (username and password, QGIS 3.22 and later) and
``APIHeader`` (fixed request headers such as an API key; offered by QGIS 3.26 and later only).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional

import requests
from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsProcessingException, QgsSettings

from ..core.i18n import tr
from ..core.sync.client import AgencyClient
from ..core.sync.http import address_problem, has_userinfo, strip_userinfo
from ..core.sync.protocols import PROTOCOLS, make_client
from .network import network_options

SETTINGS_ROOT = "agence_urbaine/connections"


@dataclass(frozen=True)
class Connection:
    """A named agency server: its address, the id of its QGIS authentication configuration and
    whether that configuration's credentials may cross plain http (off by default)."""

    name: str
    url: str
    authcfg: str = ""
    allow_insecure: bool = False
    protocol: str = "auto"  # "auto" (from the address), "ogcapi" or "wfs": see core/sync/protocols.py


def security_problem(connection: Connection) -> Optional[str]:
    """Why the connection must not be used as it is (None when it may): credentials in the address,
    or credentials over plain http outside this computer without ``allow_insecure``. The one rule
    of Processing and of the dock (its connection dialog and its clients)."""
    return address_problem(connection.url, bool(connection.authcfg), connection.allow_insecure)


def check_connection(connection: Connection) -> None:
    """Raise :class:`QgsProcessingException` (the reason, no credentials) for a connection that
    :func:`security_problem` refuses."""
    problem = security_problem(connection)
    if problem:
        raise QgsProcessingException(tr("Connection {name}: {problem}").format(
            name=connection.name, problem=problem))


def connection_names(settings: Optional[QgsSettings] = None) -> list[str]:
    """The names of the configured connections, sorted."""
    settings = settings or QgsSettings()
    settings.beginGroup(SETTINGS_ROOT)
    try:
        return sorted(settings.childGroups())
    finally:
        settings.endGroup()


def save_connection(connection: Connection, settings: Optional[QgsSettings] = None) -> None:
    """Store a connection (address, authcfg id and, when set, ``allow_insecure``); an address with
    credentials is refused (:class:`QgsProcessingException`): it is never written."""
    if has_userinfo(connection.url):
        check_connection(connection)
    settings = settings or QgsSettings()
    settings.setValue(f"{SETTINGS_ROOT}/{connection.name}/url", connection.url)
    settings.setValue(f"{SETTINGS_ROOT}/{connection.name}/authcfg", connection.authcfg)
    if connection.allow_insecure:
        settings.setValue(f"{SETTINGS_ROOT}/{connection.name}/allow_insecure", True)
    else:
        settings.remove(f"{SETTINGS_ROOT}/{connection.name}/allow_insecure")
    if connection.protocol != "auto":
        settings.setValue(f"{SETTINGS_ROOT}/{connection.name}/protocol", connection.protocol)
    else:
        settings.remove(f"{SETTINGS_ROOT}/{connection.name}/protocol")


def remove_connection(name: str, settings: Optional[QgsSettings] = None) -> None:
    """Forget a connection (its authentication configuration stays in QGIS)."""
    (settings or QgsSettings()).remove(f"{SETTINGS_ROOT}/{name}")


def load_connection(name: str, settings: Optional[QgsSettings] = None, strict: bool = True) -> Connection:
    """The connection called ``name``; a clear error naming the known ones when there is none.

    An address stored with credentials (``user:password@``, from an older version or an edited
    settings file) is refused; with ``strict=False`` it is returned without them instead (to show
    and edit the connection, never to use what the address carried).
    """
    settings = settings or QgsSettings()
    url = str(settings.value(f"{SETTINGS_ROOT}/{name}/url", "") or "").strip()
    if not name or not url:
        known = ", ".join(connection_names(settings)) or tr("none")
        raise QgsProcessingException(tr(
            "No agency server connection is called '{name}' (configured: {known}).").format(
            name=name, known=known))
    authcfg = str(settings.value(f"{SETTINGS_ROOT}/{name}/authcfg", "") or "").strip()
    insecure = settings.value(f"{SETTINGS_ROOT}/{name}/allow_insecure", False)
    allow_insecure = insecure is True or str(insecure).strip().lower() in ("true", "1", "yes")
    protocol = str(settings.value(f"{SETTINGS_ROOT}/{name}/protocol", "auto") or "auto").strip()
    if has_userinfo(url):
        if strict:
            raise QgsProcessingException(tr(
                "The address of the connection {name} contains a user name or password ({url}): edit "
                "the connection, remove them and choose an authentication configuration.").format(
                name=name, url=strip_userinfo(url)))
        url = strip_userinfo(url)
    return Connection(name, url, authcfg, allow_insecure, protocol)


class _Headers(requests.auth.AuthBase):
    """Adds fixed headers (an API key…) to every request."""

    def __init__(self, headers: dict[str, str]):
        self.headers = headers

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers.update(self.headers)
        return request


def auth_config_label(authcfg: str) -> str:
    """How a user knows an authentication configuration: its name as shown in QGIS's
    Authentication settings, with the id after it ("agency account (k3j9x2a)"); the id alone when
    QGIS has no configuration of that id. Reading the name decrypts nothing."""
    manager = QgsApplication.authManager()
    configs = {} if manager is None or manager.isDisabled() else manager.availableAuthMethodConfigs()
    config = configs.get(authcfg)
    name = config.name().strip() if config is not None else ""
    return tr("“{name}” ({id})").format(name=name, id=authcfg) if name else authcfg


def _auth_config(authcfg: str) -> QgsAuthMethodConfig:
    manager = QgsApplication.authManager()
    if manager is None or manager.isDisabled():
        raise QgsProcessingException(tr("QGIS's authentication system is not available: the credentials "
                                        "of configuration {id} cannot be read.").format(id=authcfg))
    if authcfg not in manager.configIds():
        raise QgsProcessingException(tr("The authentication configuration {id} does not exist in "
                                        "this QGIS profile.").format(id=authcfg))
    label = auth_config_label(authcfg)
    loaded = manager.loadAuthenticationConfig(authcfg, QgsAuthMethodConfig(), True)
    ok, config = loaded if isinstance(loaded, tuple) else (bool(loaded), None)
    if not ok or config is None or not config.isValid(True):
        raise QgsProcessingException(tr("The credentials of authentication configuration {id} could "
                                        "not be decrypted (is the master password set?).").format(id=label))
    return config


def requests_auth(authcfg: str) -> Optional[requests.auth.AuthBase]:
    """A ``requests`` auth built from a QGIS authentication configuration (None without one)."""
    if not authcfg:
        return None
    config = _auth_config(authcfg)
    values = config.configMap()
    if config.method() == "Basic":
        # UTF-8 bytes: requests would encode str as Latin-1 and fail on any other character
        return requests.auth.HTTPBasicAuth(str(values.get("username", "")).encode("utf-8"),
                                           str(values.get("password", "")).encode("utf-8"))
    if config.method() == "APIHeader":
        return _Headers({str(k): str(v) for k, v in values.items()})
    raise QgsProcessingException(tr("Authentication method {method} of configuration {id} is not "
                                    "supported for agency servers: use Basic.").format(
        method=config.method(), id=auth_config_label(authcfg)))


def open_client(name: str, settings: Optional[QgsSettings] = None, protocol: str = "auto",
                **options) -> AgencyClient:
    """A client for the named connection (or a server address, see :func:`resolve_connection`),
    of its protocol (OGC API - Features or WFS-T, detected from the server when ``auto``);
    :func:`security_problem` is checked before any credential is read; ``options`` go to the
    client's constructor."""
    return client_for(resolve_connection(name, protocol, settings), **options)


def resolve_connection(text: str, protocol: str = "auto", settings: Optional[QgsSettings] = None
                       ) -> Connection:
    """The connection a Processing parameter names: a saved connection's name, or else a server
    address (``http(s)://…``, without credentials: those need a saved connection, whose
    authentication configuration holds them). ``protocol`` other than ``auto`` overrides the
    connection's own; ``auto`` keeps it (a saved connection's choice, else detection)."""
    text = text.strip()
    if text.startswith(("http://", "https://")) and text not in connection_names(settings):
        connection = Connection(strip_userinfo(text), text)  # named without credentials
    else:
        connection = load_connection(text, settings)
    if protocol not in PROTOCOLS:
        raise QgsProcessingException(tr("Unknown protocol {protocol}.").format(protocol=protocol))
    return replace(connection, protocol=protocol) if protocol != "auto" else connection


def client_for(connection: Connection, **options) -> AgencyClient:
    """A client for ``connection``, refused (:class:`QgsProcessingException`) when
    :func:`security_problem` says so; the credentials are read from QGIS now."""
    check_connection(connection)
    options = {**network_options(connection.url), **options}  # QGIS's proxy and trusted CAs
    return make_client(connection.url, connection.protocol, auth=requests_auth(connection.authcfg),
                       allow_insecure=connection.allow_insecure, **options)


def feedback_progress(feedback):
    """A core ``progress(percent, message)`` callback reporting to a Processing feedback."""
    last = {"message": None}

    def progress(percent: float, message: str) -> None:
        feedback.setProgress(percent)
        if message != last["message"]:
            last["message"] = message
            feedback.pushDebugInfo(message)

    return progress
