"""Network details of the HTTP client that do not depend on QGIS: proxies, TLS failures, refusals.

The QGIS side (``processing/network.py``) reads QGIS's proxy settings and trusted certificate
authorities and passes them here already resolved: when it does, the environment
(``HTTPS_PROXY``, ``REQUESTS_CA_BUNDLE``, ``~/.netrc``) no longer overrides them (``requests``
lets environment settings win over a session's own). Certificate verification is never turned
off: a failure says what is wrong and what to do.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Optional, Union

import requests

from ..i18n import tr
from .client import Forbidden, TlsError


def configure_session(session: requests.Session, url: str, verify: Union[bool, str],
                      proxies: Optional[Mapping[str, str]]) -> None:
    """Use exactly ``verify`` and ``proxies`` (an empty mapping: no proxy; None: the
    environment's). ``requests`` lets ``REQUESTS_CA_BUNDLE`` and ``HTTPS_PROXY`` override a
    session's own settings, so as soon as either is given explicitly the session stops reading
    the environment (which also keeps ``~/.netrc`` credentials out)."""
    session.verify = verify
    if proxies is None and verify is True:
        return  # requests' defaults, environment included
    if proxies is None:
        environment = requests.utils.get_environ_proxies(url)
        proxies = {k: v for k, v in environment.items() if k in ("http", "https", "all") and v}
    session.trust_env = False
    session.proxies.clear()
    session.proxies.update(proxies)


def tls_failure(url: str, error: BaseException) -> str:
    """A clear, translated message for a failed TLS connection to ``url``."""
    text = str(error)
    lowered = text.lower()
    if "certificate has expired" in lowered:
        return tr("The certificate of {url} has expired: the connection was refused. The agency's "
                  "IT must renew the server's certificate.").format(url=url)
    if "not yet valid" in lowered:
        return tr("The certificate of {url} is not valid yet: check this computer's date and time, "
                  "or tell the agency's IT.").format(url=url)
    if "hostname mismatch" in lowered or "doesn't match" in lowered or "ip address mismatch" in lowered:
        return tr("The certificate of {url} was issued for another address: use the address written "
                  "in the certificate, or tell the agency's IT.").format(url=url)
    if "certificate verify failed" in lowered:
        return tr("The certificate of {url} is not trusted by this computer: add the agency's "
                  "certificate authority in QGIS (Settings > Options > Authentication > Certificate "
                  "Manager > Authorities), then try again.").format(url=url)
    if "wrong version number" in lowered or "record layer failure" in lowered:
        return tr("{url} does not speak HTTPS on this port: check the address (http:// or https://, "
                  "and the port).").format(url=url)
    return tr("Secure connection to {url} failed: {error}").format(url=url, error=text)


def check_refusal(url: str, response: requests.Response) -> None:
    """Raise the typed error of a refusal that is not about the credentials themselves."""
    if response.status_code == 403:
        raise Forbidden(tr("The server {url} does not allow this account to do this (HTTP 403): ask "
                           "the agency's administrator for the role or the collection.").format(url=url))
    if response.status_code == 426:
        raise TlsError(tr("The server {url} accepts HTTPS only: change the connection's address to "
                          "https://.").format(url=url))
