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
from sqlalchemy import event
from sqlalchemy.orm import Session

READS = frozenset({"GET", "HEAD", "OPTIONS"})
_request = threading.local()


SET_ACCOUNT = "SELECT set_config('agency.user', %s, true)"


@event.listens_for(Session, "after_begin")
def _tag_transaction(session, transaction, connection) -> None:
    account = getattr(_request, "account", None)
    if account:
        # straight on the DBAPI connection of this transaction (psycopg2 opens the transaction
        # with this first statement; SQLAlchemy's next statements and its commit follow in it):
        # through connection.execute(text(...)) the same statement cost twice as much in Python
        # (compiling, events), about 0.06 ms of every write
        cursor = connection.connection.cursor()
        try:
            cursor.execute(SET_ACCOUNT, (account,))
        finally:
            cursor.close()


def APP(environ, start_response):
    account = environ.get("HTTP_X_AGENCY_USER") or None
    _request.account = account if environ.get("REQUEST_METHOD") not in READS else None
    try:
        return PYGEOAPI(environ, start_response)
    finally:
        _request.account = None
