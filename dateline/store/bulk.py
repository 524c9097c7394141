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


def select(conn: sa.Connection, statement: str, parameters: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """Rows of a read written in SQL with ``?`` placeholders, as plain tuples: the merge stage
    reads thousands of rows per batch, and building its statements with SQLAlchemy and
    handing each row through its result objects cost more than the database's work. Values
    come as the driver gives them (SQLite: a date is its ISO text)."""
    if conn.dialect.name == "postgresql":
        statement = statement.replace("?", "%s")
    return list(conn.exec_driver_sql(statement, tuple(parameters)).fetchall())


def marks(count: int) -> str:
    """``count`` placeholders for :func:`select`, comma-separated."""
    return ", ".join("?" * count)


def insert(conn: sa.Connection, table: sa.Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with every column to set) into ``table`` in the open transaction."""
    if not rows:
        return
    names = list(rows[0])
    values = operator.itemgetter(*names) if len(names) > 1 else (lambda row: (row[names[0]],))
    insert_values(conn, table, names, [values(row) for row in rows])


def insert_values(conn: sa.Connection, table: sa.Table, names: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """Insert ``rows``, each the values of the columns ``names`` in that order: the writer's
    thousands of rows per batch go to the driver without a dict each."""
    if not rows:
        return
    if conn.dialect.name == "postgresql" and len(rows) >= COPY_MIN_ROWS:
        _copy(conn, table, list(names), rows)
    elif conn.dialect.name == "sqlite":
        _executemany(conn, table, list(names), rows)
    else:
        conn.execute(table.insert(), [dict(zip(names, row, strict=True)) for row in rows])


def _executemany(conn: sa.Connection, table: sa.Table, names: list[str], rows: Sequence[Sequence[Any]]) -> None:
    statement = (f'INSERT INTO "{table.name}" ({", ".join(f"{chr(34)}{n}{chr(34)}" for n in names)}) '
                 f'VALUES ({", ".join("?" for _ in names)})')
    converted = [(i, to) for i, name in enumerate(names) if (to := _sqlite_value(table.c[name].type)) is not None]
    tuples: list[Any] = list(rows)
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


def _copy(conn: sa.Connection, table: sa.Table, names: list[str], rows: Sequence[Sequence[Any]]) -> None:
    import psycopg

    json_columns = [index for index, name in enumerate(names) if isinstance(table.c[name].type, sa.JSON)]
    columns = ", ".join(f'"{name}"' for name in names)
    driver = conn.connection.driver_connection
    assert driver is not None  # an open connection always has one
    statement = f'COPY "{table.name}" ({columns}) FROM STDIN'
    try:
        _copy_rows(driver, statement, names, json_columns, rows)
    except psycopg.Error as exc:  # as SQLAlchemy would have raised it: callers catch those
        raise sa.exc.DBAPIError.instance(statement, None, exc, psycopg.Error) from exc


def _copy_rows(driver: Any, statement: str, names: list[str], json_columns: list[int],
               rows: Sequence[Sequence[Any]]) -> None:
    from psycopg.types.json import Json

    with driver.cursor() as cursor, cursor.copy(statement) as copy:
        for row in rows:
            if json_columns:
                row = list(row)
                for index in json_columns:
                    if row[index] is not None:
                        row[index] = Json(row[index])
            copy.write_row(row)
