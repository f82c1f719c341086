"""Which protocol an agency server speaks, and the client for it.

A connection's protocol is ``auto`` (the default), ``ogcapi`` or ``wfs``. ``auto`` looks at the
address once: an OGC API landing page (JSON with ``links``) → OGC API - Features; a WFS
GetCapabilities document → WFS-T. Everything above :mod:`.client` then works the same.
"""

from __future__ import annotations

import json
from typing import Any, Optional

from .client import AgencyClient, Moved
from .http import HttpClient

PROTOCOLS = ("auto", "ogcapi", "wfs")


def looks_like_wfs(url: str) -> bool:
    """An address shaped like a WFS endpoint (no request made)."""
    lowered = url.lower()
    return "service=wfs" in lowered or lowered.rstrip("/").endswith(("/wfs", "/ows"))


def detect(url: str, auth: Any = None, **options: Any) -> str:
    """``ogcapi`` or ``wfs`` for the server at ``url`` (``ogcapi`` when neither answers as such:
    its client then names the problem, as before protocols were detected). The probes go through
    the clients' own transport (:class:`.http.HttpClient`: same origin only, deadline, QGIS's proxy
    and CAs given in ``options``)."""
    transport = HttpClient(url.split("?")[0], auth=auth, deadline_s=30.0,
                           **{k: v for k, v in options.items() if k in TRANSPORT_OPTIONS})
    probes = [_probe_wfs, _probe_ogcapi] if looks_like_wfs(url) else [_probe_ogcapi, _probe_wfs]
    try:
        for probe in probes:
            found = probe(transport)
            if found:
                return found
    finally:
        transport.close()
    return "ogcapi"  # neither recognised: the OGC API client says what is wrong on first use


TRANSPORT_OPTIONS = ("timeout", "verify", "proxies", "allow_insecure", "max_page_bytes")


def _probe_ogcapi(transport: HttpClient) -> Optional[str]:
    try:
        response = transport._request("GET", transport.base_url, params={"f": "json"},
                                      headers={"Accept": "application/json"})
        document = json.loads(response.content) if response.status_code == 200 else None
    except (ValueError, Moved):
        return None
    return "ogcapi" if isinstance(document, dict) and isinstance(document.get("links"), list) else None


def _probe_wfs(transport: HttpClient) -> Optional[str]:
    try:
        response = transport._request("GET", transport.base_url,
                                      params={"SERVICE": "WFS", "REQUEST": "GetCapabilities"})
    except Moved:
        return None
    return "wfs" if response.status_code == 200 and b"WFS_Capabilities" in response.content[:5000] else None


def make_client(url: str, protocol: str = "auto", auth: Any = None, **options: Any) -> AgencyClient:
    """The client for ``url`` (``options`` go to the client's constructor)."""
    if protocol not in PROTOCOLS:
        raise ValueError(f"protocol must be one of {PROTOCOLS}")
    if protocol == "auto":
        protocol = detect(url, auth, **options)
    if protocol == "wfs":
        from .wfst import WfsTransactionClient

        return WfsTransactionClient(url, auth=auth, **options)
    from .ogcapi import OgcApiFeaturesClient

    return OgcApiFeaturesClient(url, auth=auth, **options)
