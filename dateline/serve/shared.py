"""Kept answers shared by the workers of one ``dateline serve --workers N``.

Each worker keeps answers in its own memory (:class:`~dateline.serve.cache.AnswerStore`); a
question one worker answered would be computed again by every other worker, and the same
question asked of two workers at once would be computed by both. :class:`SharedAnswers` is a
second level behind each worker's own: a small SQLite file in a directory the supervisor
makes for its workers (and removes when they stop). A worker that misses its own memory
looks there; one that must compute first *claims* the question there, so that another worker
asked the same meanwhile waits for that answer instead of computing it too.

Freshness is the same as the workers' own: every answer is stored with the store's change
number and found only under that number; a worker that sees a new number deletes the others.
Everything here runs on the worker's event loop: each call is a single statement on a local
file (tens of microseconds), and a busy file (another worker writing) is waited for a few
milliseconds at most, then treated as a miss. A lost answer costs a computation, never a
wrong answer. Size is bounded like the workers' memory: oldest answers go first.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

FILE_NAME = "answers.sqlite"
# a claim older than this is forgotten: its worker died or its answer was not kept
CLAIM_SECONDS = 10.0
BUSY_MILLISECONDS = 20
SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, version INTEGER NOT NULL, status INTEGER NOT NULL,
                                    headers TEXT NOT NULL, body BLOB NOT NULL, size INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS claims (key TEXT PRIMARY KEY, version INTEGER NOT NULL, at REAL NOT NULL);
"""


class SharedAnswers:
    """Answers (status, headers, body) by question and change number, in ``directory``."""

    def __init__(self, directory: str | Path, max_bytes: int) -> None:
        self.path = Path(directory) / FILE_NAME
        self.max_bytes = max_bytes
        self._connection: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self._version: int | None = None
        self.hits = 0

    def _conn(self) -> sqlite3.Connection:
        if self._connection is None:
            connection = sqlite3.connect(self.path, timeout=BUSY_MILLISECONDS / 1000, isolation_level=None,
                                         check_same_thread=False)
            connection.execute("PRAGMA journal_mode=WAL")
            # a cache: losing it in a crash loses nothing, so no waiting for the disk
            connection.execute("PRAGMA synchronous=OFF")
            connection.executescript(SCHEMA)
            self._connection = connection
        return self._connection

    def _run(self, work: Any, default: Any) -> Any:
        """``work(connection)``, or ``default`` when the file is busy or broken (logged once
        at debug level: the answer is computed instead)."""
        with self._lock:
            try:
                return work(self._conn())
            except sqlite3.Error as exc:
                log.debug("shared answers unavailable: %s", exc)
                return default

    def get(self, key: str, version: int) -> tuple[int, list[tuple[bytes, bytes]], bytes] | None:
        """The answer kept for ``key`` at ``version``: status, headers, body."""
        def work(conn: sqlite3.Connection) -> Any:
            if version != self._version:  # the store changed: what was kept for other numbers goes
                conn.execute("DELETE FROM answers WHERE version != ?", (version,))
                conn.execute("DELETE FROM claims WHERE version != ?", (version,))
                self._version = version
            return conn.execute("SELECT status, headers, body FROM answers WHERE key = ? AND version = ?",
                                (key, version)).fetchone()

        row = self._run(work, None)
        if row is None:
            return None
        self.hits += 1
        status, headers, body = row
        return status, [(name.encode("latin-1"), value.encode("latin-1")) for name, value in json.loads(headers)], body

    def put(self, key: str, version: int, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
        """Keep an answer (and let go of the claim on it); oldest answers go when over size."""
        text = json.dumps([(name.decode("latin-1"), value.decode("latin-1")) for name, value in headers])
        size = len(body) + len(text)
        if size * 4 > self.max_bytes:  # as the workers' memory: one answer is at most a quarter
            self.release(key, version)
            return

        def work(conn: sqlite3.Connection) -> None:
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.execute("INSERT OR REPLACE INTO answers (key, version, status, headers, body, size) "
                             "VALUES (?, ?, ?, ?, ?, ?)", (key, version, status, text, body, size))
                conn.execute("DELETE FROM claims WHERE key = ?", (key,))
                total = conn.execute("SELECT coalesce(sum(size), 0) FROM answers").fetchone()[0]
                if total > self.max_bytes:
                    conn.execute("DELETE FROM answers WHERE rowid IN (SELECT rowid FROM answers ORDER BY rowid "
                                 "LIMIT (SELECT count(*) / 4 + 1 FROM answers))")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise

        self._run(work, None)

    def claim(self, key: str, version: int) -> bool:
        """Whether this worker computes ``key`` at ``version``: True unless another worker
        claimed it less than ``CLAIM_SECONDS`` ago (then wait for its answer)."""
        now = time.time()

        def work(conn: sqlite3.Connection) -> bool:
            conn.execute("DELETE FROM claims WHERE key = ? AND (version != ? OR at < ?)",
                         (key, version, now - CLAIM_SECONDS))
            return conn.execute("INSERT OR IGNORE INTO claims (key, version, at) VALUES (?, ?, ?)",
                                (key, version, now)).rowcount == 1

        return bool(self._run(work, True))

    def claimed(self, key: str, version: int) -> bool:
        """Whether someone still works on ``key`` at ``version``."""
        def work(conn: sqlite3.Connection) -> bool:
            return conn.execute("SELECT 1 FROM claims WHERE key = ? AND version = ? AND at >= ?",
                                (key, version, time.time() - CLAIM_SECONDS)).fetchone() is not None

        return bool(self._run(work, False))

    def release(self, key: str, version: int) -> None:
        self._run(lambda conn: conn.execute("DELETE FROM claims WHERE key = ? AND version = ?", (key, version)), None)

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None
