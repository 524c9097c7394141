"""The ingest sequence: every document written gets the next number, in commit order.

A live view polls ``changes_since(store, seq)`` and gets what was added, updated or deleted
after ``seq``: one indexed range query, however large the store. Numbers follow commit order
on both databases: SQLite has one writer at a time, and on PostgreSQL the writer takes a
transaction-scoped advisory lock just before numbering, so a reader that saw N never misses a
later commit numbered below N.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

import sqlalchemy as sa

from . import bulk
from .tables import events
from .watch_tables import ingest_log

if TYPE_CHECKING:
    from .store import Store

Change = Literal["added", "updated", "deleted"]
_PG_LOCK = 0x64617465  # "date": an arbitrary application-wide advisory lock id
INLINE_BUSY_MILLISECONDS = 200


@dataclass(frozen=True)
class DocumentChange:
    seq: int
    doc_id: str
    change: Change
    at: str


def record(conn: sa.Connection, doc_id: str, change: Change) -> None:
    """Number this change; call it last in the transaction that makes it."""
    record_many(conn, [(doc_id, change)])


def record_many(conn: sa.Connection, changed: Sequence[tuple[str, Change]]) -> None:
    """Number these changes, in order; call it last in the transaction that makes them."""
    if not changed:
        return
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK})
    at = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
    bulk.insert(conn, ingest_log, [{"doc_id": doc_id, "change": change, "at": at} for doc_id, change in changed])


def changes_since(store: Store, seq: int = 0, *, limit: int = 1000) -> list[DocumentChange]:
    """Changes numbered above ``seq``, oldest first, at most ``limit``."""
    statement = (sa.select(ingest_log).where(ingest_log.c.seq > seq)
                 .order_by(ingest_log.c.seq).limit(limit))
    with store.engine.connect() as conn:
        return [DocumentChange(row.seq, row.doc_id, row.change, row.at)
                for row in conn.execute(statement)]


def latest_seq(store: Store) -> int:
    """The number of the last change (0 for an empty store): where a new live view starts."""
    with store.engine.connect() as conn:
        return int(conn.execute(sa.select(sa.func.max(ingest_log.c.seq))).scalar() or 0)


class LatestSeq:
    """:func:`latest_seq` asked again and again (a server reads it before every answer it
    keeps), on a connection of its own, without SQLAlchemy. On a SQLite file that takes tens
    of microseconds, little enough to run on a server's event loop (``inline``); each read is
    its own statement in WAL mode, so it sees every commit made before it, from any process.
    On PostgreSQL the connection is in autocommit mode (each read sees every commit before
    it, and no transaction stays open) and may wait on the network, so it belongs in a
    thread. A database in memory has one connection, shared: :func:`latest_seq` on it."""

    SQL = "SELECT max(seq) FROM ingest_log"

    def __init__(self, store: Store) -> None:
        self.store = store
        self.inline = self.quick(store.engine.url)
        self.own = self.inline or store.engine.dialect.name == "postgresql"
        self._connection: Any = None
        self._lock = threading.Lock()

    @staticmethod
    def quick(url: sa.URL) -> bool:
        """Whether the store at ``url`` is read inline: a SQLite file."""
        return url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:")

    def __call__(self) -> int:
        if not self.own:
            return latest_seq(self.store)
        with self._lock:
            if self._connection is None:
                connection = self.store.engine.raw_connection()
                connection.detach()  # never back to the pool, which expects no autocommit
                if self.inline:  # on the event loop: never wait long for a busy file (rare in WAL mode)
                    connection.cursor().execute(f"PRAGMA busy_timeout={INLINE_BUSY_MILLISECONDS}")
                else:
                    connection.dbapi_connection.rollback()  # type: ignore[union-attr]
                    connection.dbapi_connection.autocommit = True  # type: ignore[union-attr]
                self._connection = connection
            try:
                cursor = self._connection.cursor()
                cursor.execute(self.SQL)
                row = cursor.fetchone()
                cursor.close()
            except Exception:
                self._close_locked()
                raise
        return int(row[0] or 0)

    def _close_locked(self) -> None:
        if self._connection is not None:
            try:
                self._connection.close()
            except Exception:  # noqa: BLE001 - a broken connection is dropped either way
                pass
            finally:
                self._connection = None

    def close(self) -> None:
        with self._lock:
            self._close_locked()


def events_of_documents(store: Store, doc_ids: Collection[str]) -> dict[str, list[tuple[str, str | None]]]:
    """``(event_id, cluster_id)`` of the events each document has now, by event id; a document
    without events (or deleted since) is absent. What a live view shows for a change: the
    change says which document, this says which dots on the map."""
    found: dict[str, list[tuple[str, str | None]]] = {}
    wanted = sorted(set(doc_ids))
    with store.engine.connect() as conn:
        for start in range(0, len(wanted), 500):  # well under every database's parameter limit
            statement = (sa.select(events.c.doc_id, events.c.event_id, events.c.cluster_id)
                         .where(events.c.doc_id.in_(wanted[start:start + 500]))
                         .order_by(events.c.doc_id, events.c.event_id))
            for row in conn.execute(statement):
                found.setdefault(row.doc_id, []).append((row.event_id, row.cluster_id))
    return found
