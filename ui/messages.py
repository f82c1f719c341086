"""Plain-words explanations of what went wrong, for technicians and field workers.

The core's errors already carry a translated technical message (with the address and the HTTP
status); the dock shows an explanation of what to do first and keeps the technical text as the
details.
"""

from __future__ import annotations

import sqlite3

from qgis.core import QgsProcessingException

from ..core.i18n import tr
from ..core.sync.client import (
    AlreadyExists,
    AuthenticationFailed,
    Forbidden,
    MalformedResponse,
    Moved,
    NotAnOgcApi,
    NotFound,
    ServerError,
    TlsError,
    Unreachable,
    VersionConflict,
)
from ..core.sync.workspace import WorkspaceError, storage_error
from .tasks import Unavailable


def explain(error: BaseException) -> str:
    """A short translated sentence saying what the failure means and what to check."""
    if isinstance(error, Unreachable):
        return tr("Unreachable: the server does not answer. Check the address, that the server is "
                  "running, and your network connection.")
    if isinstance(error, Forbidden):
        return tr("Not allowed (HTTP 403): the server knows this account, but its role does not allow "
                  "this operation on this collection. Ask the agency's administrator.")
    if isinstance(error, AuthenticationFailed):
        return tr("Access refused (HTTP 401/403): the server did not accept the credentials. Check the "
                  "user name and password (or API key) of the authentication configuration, and that "
                  "this account may use the server.")
    if isinstance(error, Moved):  # its message names the new address and says nothing was stored
        return str(error)
    if isinstance(error, sqlite3.Error):  # the workspace file: locked, disk full, read-only
        return str(storage_error(tr("GeoPackage"), error))
    if isinstance(error, NotAnOgcApi):
        return tr("Not an OGC API - Features server: the address answers, but not as an agency server. "
                  "Check the address: it must be the root of the API (the page that links to "
                  "/collections).")
    if isinstance(error, TlsError):
        return tr("Secure connection failed (TLS): the server's certificate is not valid or not trusted "
                  "(expired, self-signed or issued for another name). Ask the server's administrator, or "
                  "add the certificate authority in QGIS's authentication settings.")
    if isinstance(error, (VersionConflict, AlreadyExists)):
        return tr("Someone changed the same data on the server in the meantime. Run the sync again: "
                  "it merges the changes.")
    if isinstance(error, NotFound):
        return tr("The collection no longer exists on the server. Refresh the list of collections.")
    if isinstance(error, ServerError):
        return tr("The server failed while answering. Try again later; if it keeps failing, tell the "
                  "server's administrator.")
    if isinstance(error, MalformedResponse):
        return tr("The server answered with something unusable. Tell the server's administrator.")
    if isinstance(error, (QgsProcessingException, WorkspaceError, Unavailable)):
        return str(error.args[0]) if error.args else str(error)
    return tr("Unexpected error: {error}").format(error=error)


def details(error: BaseException) -> str:
    """The technical message of an error (address, HTTP status…), for the 'details' view."""
    if isinstance(error, (QgsProcessingException, Unavailable)):
        return ""
    return str(error)
