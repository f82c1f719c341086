"""SQL text built in one place: names and texts quoted, never pasted raw.

SQLite and PostgreSQL cannot bind identifiers (table, column, trigger names) as parameters, so
statements that name tables the plugin created (a workspace's tables, a GeoPackage output) are
built as text. Every piece of such text goes through this module:

* ``quote_identifier(name)`` and ``quote_literal(text)`` quote, whatever the name holds (quotes,
  spaces, Arabic; NUL is refused: neither engine accepts it in SQL text);
* ``compose(template, **pieces)`` fills ``{name}`` fields with pieces that are :class:`Sql` (made
  here, or SQL text the code itself wrote, wrapped in ``Sql``) or integers; a plain ``str`` is
  refused, so a name coming from data cannot reach a statement unquoted;
* ``join(pieces)`` joins such pieces.

Values are still bound as parameters (``?``) wherever the engine allows it.
"""

from __future__ import annotations

import string
from collections.abc import Iterable


class Sql(str):
    """SQL text that is safe to put in a statement as it is (quoted, or written by the code)."""


def quote_identifier(name: str) -> Sql:
    """``name`` as a double-quoted SQL identifier (inner quotes doubled)."""
    if "\x00" in name:
        raise ValueError(f"an SQL identifier cannot hold a NUL character: {name!r}")
    return Sql('"' + name.replace('"', '""') + '"')


def quote_literal(text: str) -> Sql:
    """``text`` as a single-quoted SQL string literal (inner quotes doubled)."""
    if "\x00" in text:
        raise ValueError("an SQL string literal cannot hold a NUL character; bind it instead")
    return Sql("'" + text.replace("'", "''") + "'")


def join(pieces: Iterable[Sql], separator: str = ", ") -> Sql:
    """``pieces`` joined by ``separator`` (SQL text written by the code, e.g. ``", "``)."""
    pieces = list(pieces)
    for piece in pieces:
        _check(piece)
    return Sql(separator.join(pieces))


def compose(template: str, /, **pieces: Sql | int) -> Sql:
    """``template`` (SQL written by the code) with its ``{name}`` fields filled by ``pieces``."""
    fields = {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
    missing = fields - set(pieces)
    if missing:
        raise KeyError(f"no piece for {', '.join(sorted(missing))}")
    for piece in pieces.values():
        _check(piece)
    return Sql(template.format(**pieces))


def _check(piece: object) -> None:
    if isinstance(piece, bool) or not isinstance(piece, (Sql, int)):
        raise TypeError(f"{piece!r} is not SQL made by core.sql: quote it with quote_identifier "
                        "or quote_literal, or bind it as a parameter")
