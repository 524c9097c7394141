"""Many rows in one statement: ``COPY`` on PostgreSQL, the driver's ``executemany`` on SQLite.

A batch of documents is written with one statement per table, never one per row: SQLite's
``executemany`` runs the prepared insert in a C loop, PostgreSQL's ``COPY FROM STDIN``
streams the rows (several times faster than even a multi-row ``INSERT``). Both take the
values straight to the driver, past SQLAlchemy's per-row parameter processing (which cost
more than the insert itself); the values are converted here as SQLAlchemy would store them
(JSON text, ISO dates).
"""

from __future__ import annotations

import datetime as dt
import json
import operator
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

import sqlalchemy as sa

COPY_MIN_ROWS = 8  # below this, a plain executemany costs less than setting up a COPY
T = TypeVar("T")
# values of one "IN" per statement: SQLite binds each (its limit is 32,766); PostgreSQL gets
# one array, so only the size of a statement bounds it
PART = {"sqlite": 500, "postgresql": 20_000}


def parts(conn: sa.Connection, values: Sequence[T]) -> Iterator[Sequence[T]]:
    """``values`` cut into parts small enough for one :func:`one_of` each."""
    size = PART.get(conn.dialect.name, 500)
    for start in range(0, len(values), size):
        yield values[start:start + size]


def one_of(conn: sa.Connection, column: sa.ColumnElement[Any], values: Sequence[Any]) -> sa.ColumnElement[bool]:
    """``column IN values``: on PostgreSQL ``= ANY(array)``, one parameter however many values
    (an expanded IN costs more to build and parse than to run)."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import ARRAY

        return column == sa.any_(sa.bindparam(None, list(values), type_=ARRAY(column.type)))
    return column.in_(values)


def insert(conn: sa.Connection, table: sa.Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with every column to set) into ``table`` in the open transaction."""
    if not rows:
        return
    if conn.dialect.name == "postgresql" and len(rows) >= COPY_MIN_ROWS:
        _copy(conn, table, rows)
    elif conn.dialect.name == "sqlite":
        _executemany(conn, table, rows)
    else:
        conn.execute(table.insert(), list(rows))


def _executemany(conn: sa.Connection, table: sa.Table, rows: Sequence[dict[str, Any]]) -> None:
    names = list(rows[0])
    statement = (f'INSERT INTO "{table.name}" ({", ".join(f"{chr(34)}{n}{chr(34)}" for n in names)}) '
                 f'VALUES ({", ".join("?" for _ in names)})')
    values = operator.itemgetter(*names) if len(names) > 1 else (lambda row: (row[names[0]],))
    converted = [(i, to) for i, name in enumerate(names) if (to := _sqlite_value(table.c[name].type)) is not None]
    tuples: list[Any] = [values(row) for row in rows]
    if converted:
        for index, row_values in enumerate(tuples):
            row_list = list(row_values)
            for i, to in converted:
                if row_list[i] is not None:
                    row_list[i] = to(row_list[i])
            tuples[index] = tuple(row_list)
    conn.exec_driver_sql(statement, tuples)


def _sqlite_value(column_type: sa.types.TypeEngine[Any]) -> Callable[[Any], Any] | None:
    """How SQLAlchemy stores a value of this type in SQLite (None: as it is)."""
    if isinstance(column_type, sa.JSON):
        return json.dumps
    if isinstance(column_type, sa.Date):
        return _iso_date
    return None


def _iso_date(value: dt.date) -> str:
    return value.isoformat()


def _copy(conn: sa.Connection, table: sa.Table, rows: Sequence[dict[str, Any]]) -> None:
    import psycopg

    names = list(rows[0])
    json_columns = {name for name in names if isinstance(table.c[name].type, sa.JSON)}
    columns = ", ".join(f'"{name}"' for name in names)
    driver = conn.connection.driver_connection
    assert driver is not None  # an open connection always has one
    statement = f'COPY "{table.name}" ({columns}) FROM STDIN'
    try:
        _copy_rows(driver, statement, names, json_columns, rows)
    except psycopg.Error as exc:  # as SQLAlchemy would have raised it: callers catch those
        raise sa.exc.DBAPIError.instance(statement, None, exc, psycopg.Error) from exc


def _copy_rows(driver: Any, statement: str, names: list[str], json_columns: set[str],
               rows: Sequence[dict[str, Any]]) -> None:
    from psycopg.types.json import Json

    with driver.cursor() as cursor, cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row([Json(row[name]) if name in json_columns and row[name] is not None else row[name]
                            for name in names])
