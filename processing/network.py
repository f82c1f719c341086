"""QGIS's network settings for the plugin's HTTP client (``requests``): proxy and trusted CAs.

Agency desktops reach the server through the proxy configured in QGIS (Settings > Options >
Network) and trust the agency's certificate authority through QGIS's authentication manager
(Settings > Options > Authentication > Certificate Manager > Authorities). ``requests`` knows
neither, so :func:`network_options` translates them for :class:`OgcApiFeaturesClient`:

* ``proxies``: the proxy QGIS applies (``QgsNetworkAccessManager.fallbackProxy()``, built by QGIS
  from its ``proxy/*`` settings), unless the address is in QGIS's exclusion lists; without a
  proxy in QGIS, the environment's (``HTTPS_PROXY``, ``NO_PROXY``) as before;
* ``verify``: a PEM bundle of the certificate authorities QGIS trusts (the system's, unless QGIS
  is told to ignore them, plus those added in QGIS), with ``REQUESTS_CA_BUNDLE``'s added when it
  is set. Written to the profile folder, named by its content. Verification is never disabled.

Both are passed explicitly, so the environment no longer overrides them (see core/sync/network.py).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Union
from urllib.parse import quote

import requests
from qgis.core import QgsApplication, QgsNetworkAccessManager
from qgis.PyQt.QtNetwork import QNetworkProxy

PROXY_SCHEMES = {
    QNetworkProxy.ProxyType.HttpProxy: "http",
    QNetworkProxy.ProxyType.HttpCachingProxy: "http",
    QNetworkProxy.ProxyType.Socks5Proxy: "socks5h",
}


def network_options(url: str) -> dict:
    """``proxies`` and ``verify`` for a client of ``url``, from QGIS's settings."""
    return {"proxies": proxies_for(url), "verify": ca_bundle()}


def proxies_for(url: str) -> dict[str, str]:
    """The proxy QGIS would use for ``url`` as a ``requests`` mapping ({} = none)."""
    manager = QgsNetworkAccessManager.instance()
    excluded = [*manager.excludeList(), *manager.noProxyList()]
    if any(prefix.strip() and url.startswith(prefix.strip()) for prefix in excluded):
        return {}
    proxy = manager.fallbackProxy()
    scheme = PROXY_SCHEMES.get(proxy.type())
    if scheme and proxy.hostName():
        credentials = ""
        if proxy.user():  # QGIS's own proxy settings; kept in memory, never shown
            credentials = f"{quote(proxy.user(), safe='')}:{quote(proxy.password(), safe='')}@"
        port = f":{proxy.port()}" if proxy.port() > 0 else ""
        address = f"{scheme}://{credentials}{proxy.hostName()}{port}"
        return {"http": address, "https": address}
    environment = requests.utils.get_environ_proxies(url)
    return {k: v for k, v in environment.items() if k in ("http", "https", "all") and v}


def ca_bundle() -> Union[str, bool]:
    """A PEM file of the CAs QGIS trusts (plus ``REQUESTS_CA_BUNDLE``'s); True when QGIS has none."""
    extra = _environment_bundle()
    manager = QgsApplication.authManager()
    pem = b""
    if manager is not None and not manager.isDisabled():
        pem = bytes(manager.trustedCaCertsPemText())
    if not pem.strip():
        return str(extra) if extra else True
    if extra:
        pem += b"\n" + extra.read_bytes()
    folder = Path(QgsApplication.qgisSettingsDirPath()) / "agence_urbaine"
    path = folder / f"trusted-ca-{hashlib.sha256(pem).hexdigest()[:16]}.pem"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        partial.write_bytes(pem)
        os.replace(partial, path)
    return str(path)


def _environment_bundle() -> Union[Path, None]:
    for name in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
        value = os.environ.get(name)
        if value and Path(value).is_file():
            return Path(value)
    return None
