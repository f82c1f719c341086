"""gunicorn entry point of the deployed agency server: pygeoapi's Flask app, plus the account.

nginx authenticates the account and passes it in ``X-Agency-User`` (set by nginx from the
verified user name; a header of that name sent by the client is replaced). pygeoapi 0.21's
PostgreSQL provider writes through a SQLAlchemy ORM ``Session`` (``with Session(engine) as
session: ... session.commit()``), one per operation, in the thread serving the request (gunicorn
``gthread``). So: the account is kept in a thread-local for the duration of the request, and a
class-wide ``after_begin`` listener on ``Session`` runs ``set_config('agency.user', account, true)``
(``SET LOCAL``) at the start of every transaction of that thread. The audit trigger
(``audit.sql``) reads it; it vanishes at commit or rollback, so a pooled connection never carries
it to the next request. Reads are not tagged (no extra round trip).

The unix sockets gunicorn listens on are reachable by nginx and root only (``run/`` is
``root:www-data 0750``): nobody can reach pygeoapi without going through nginx.
"""

from __future__ import annotations

import threading

from pygeoapi.flask_app import APP as PYGEOAPI
from sqlalchemy import event, text
from sqlalchemy.orm import Session

READS = frozenset({"GET", "HEAD", "OPTIONS"})
_request = threading.local()


@event.listens_for(Session, "after_begin")
def _tag_transaction(session, transaction, connection) -> None:
    account = getattr(_request, "account", None)
    if account:
        connection.execute(text("SELECT set_config('agency.user', :account, true)"),
                           {"account": account})


def APP(environ, start_response):
    account = environ.get("HTTP_X_AGENCY_USER") or None
    _request.account = account if environ.get("REQUEST_METHOD") not in READS else None
    try:
        return PYGEOAPI(environ, start_response)
    finally:
        _request.account = None
