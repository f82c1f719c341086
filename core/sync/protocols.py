"""Which protocol an agency server speaks, and the client for it.

A connection's protocol is ``auto`` (the default), ``ogcapi`` or ``wfs``. ``auto`` looks at the
address once: an OGC API landing page (JSON with ``links``) → OGC API - Features; a WFS
GetCapabilities document → WFS-T. Everything above :mod:`.client` then works the same.
"""

from __future__ import annotations

from typing import Any, Optional

import requests

from ..i18n import tr
from .client import AgencyClient, Unreachable

PROTOCOLS = ("auto", "ogcapi", "wfs")


def looks_like_wfs(url: str) -> bool:
    """An address shaped like a WFS endpoint (no request made)."""
    lowered = url.lower()
    return "service=wfs" in lowered or lowered.rstrip("/").endswith(("/wfs", "/ows"))


def detect(url: str, auth: Any = None, timeout: float = 10.0, verify: Any = True) -> str:
    """``ogcapi`` or ``wfs`` for the server at ``url`` (``ogcapi`` when neither answers as such:
    its client then names the problem, as before protocols were detected)."""
    session = requests.Session()
    session.auth, session.verify = auth, verify
    probes = [_probe_wfs, _probe_ogcapi] if looks_like_wfs(url) else [_probe_ogcapi, _probe_wfs]
    try:
        for probe in probes:
            found = probe(session, url, timeout)
            if found:
                return found
    except requests.exceptions.RequestException as err:
        raise Unreachable(tr("The server {url} cannot be reached: {error}").format(
            url=url, error=err)) from err
    finally:
        session.close()
    return "ogcapi"  # neither recognised: the OGC API client says what is wrong on first use


def _probe_ogcapi(session: requests.Session, url: str, timeout: float) -> Optional[str]:
    response = session.get(url.split("?")[0], params={"f": "json"}, timeout=timeout, allow_redirects=False,
                           headers={"Accept": "application/json"})
    try:
        document = response.json() if response.status_code == 200 else None
    except ValueError:
        return None
    return "ogcapi" if isinstance(document, dict) and isinstance(document.get("links"), list) else None


def _probe_wfs(session: requests.Session, url: str, timeout: float) -> Optional[str]:
    response = session.get(url.split("?")[0], params={"SERVICE": "WFS", "REQUEST": "GetCapabilities"},
                           timeout=timeout, allow_redirects=False)  # never follow: the auth stays home
    return "wfs" if response.status_code == 200 and b"WFS_Capabilities" in response.content[:5000] else None


def make_client(url: str, protocol: str = "auto", auth: Any = None, **options: Any) -> AgencyClient:
    """The client for ``url`` (``options`` go to the client's constructor)."""
    if protocol not in PROTOCOLS:
        raise ValueError(f"protocol must be one of {PROTOCOLS}")
    if protocol == "auto":
        protocol = detect(url, auth, verify=options.get("verify", True))
    if protocol == "wfs":
        from .wfst import WfsTransactionClient

        return WfsTransactionClient(url, auth=auth, **options)
    from .ogcapi import OgcApiFeaturesClient

    return OgcApiFeaturesClient(url, auth=auth, **options)
