"""core/sql.py: the one place SQL text is built from names; nothing reaches a statement unquoted."""

import sqlite3

import pytest

from agence_urbaine.core import sql


@pytest.mark.parametrize("name", ['parcels', 'a "quoted" name', "it's", "قطع أرضية", "x; DROP TABLE t; --"])
def test_any_name_is_one_identifier(name):
    db = sqlite3.connect(":memory:")
    quoted = sql.quote_identifier(name)
    db.execute(sql.compose("CREATE TABLE {t} ({c} TEXT)", t=quoted, c=quoted))
    db.execute(sql.compose("INSERT INTO {t} VALUES ({v})", t=quoted, v=sql.quote_literal(name)))
    assert db.execute(sql.compose("SELECT {c} FROM {t}", t=quoted, c=quoted)).fetchall() == [(name,)]
    assert [r[0] for r in db.execute("SELECT name FROM sqlite_master")] == [name]


def test_a_plain_string_is_refused():
    """A name from data pasted without quoting is the injection bandit's B608 warns about."""
    with pytest.raises(TypeError, match="quote_identifier"):
        sql.compose("SELECT * FROM {t}", t="parcels; DROP TABLE x")
    with pytest.raises(TypeError):
        sql.join(["a", sql.quote_identifier("b")])
    with pytest.raises(TypeError):
        sql.compose("LIMIT {n}", n=True)


def test_numbers_code_text_and_joins_are_accepted():
    columns = sql.join(map(sql.quote_identifier, ["a", "b"]))
    statement = sql.compose("SELECT {columns} FROM {t} LIMIT {n}", columns=columns,
                            t=sql.quote_identifier("t"), n=3)
    assert statement == 'SELECT "a", "b" FROM "t" LIMIT 3'
    assert isinstance(statement, sql.Sql)


def test_a_missing_piece_is_named():
    with pytest.raises(KeyError, match="table"):
        sql.compose("SELECT 1 FROM {table}")


def test_nul_is_refused_in_names_and_literals():
    with pytest.raises(ValueError):
        sql.quote_identifier("a\x00b")
    with pytest.raises(ValueError):
        sql.quote_literal("a\x00b")
