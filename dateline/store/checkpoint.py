"""Checkpoints of a SQLite store's write-ahead log, in a thread of their own.

In WAL mode a commit appends the pages it changed to the log; a checkpoint copies them into
the database file and waits for the disk (``fsync``). SQLite runs that checkpoint inside the
commit that crosses ``wal_autocheckpoint``, so the writer stood idle while the disk flushed:
at a million events, where each event dirties pages of its own in the indexes keyed by
hashes, that wait was half the time of a batch. Here a thread with its own connection runs a
*passive* checkpoint (one that never blocks a writer or a reader) at most once every
``interval`` seconds after a commit, while the writer goes on with its next batch: the
database work is the same, but the writer no longer waits for it. SQLite's automatic
checkpoint stays on, at a higher mark (``db.WAL_CHECKPOINT_PAGES``), for a log the thread
could not keep up with.

Safe by SQLite's design: a checkpoint copies only committed pages, a crash in the middle of
one loses nothing (the log is still there), and readers see the same data before and after.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time

log = logging.getLogger(__name__)

INTERVAL_S = 1.0  # a checkpoint copies the pages of about a second of commits at once


class Checkpointer:
    """Runs ``PRAGMA wal_checkpoint(PASSIVE)`` on the SQLite file at ``path`` in a daemon
    thread, when :meth:`committed` says there is something new, at most once per ``interval``
    seconds. :meth:`close` waits for a checkpoint under way and stops the thread."""

    def __init__(self, path: str, *, interval: float = INTERVAL_S) -> None:
        self.path = path
        self.interval = interval
        self.checkpoints = 0  # passes run, for tests and logs
        self._wanted = threading.Event()
        self._progress = threading.Condition()
        self._signalled = 0  # commits signalled
        self._copied = 0  # of those, commits whose pages a finished pass has copied
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="dateline-checkpoint", daemon=True)
        self._thread.start()

    def committed(self) -> None:
        """A write transaction committed: its pages are in the log, to be copied."""
        with self._progress:
            self._signalled += 1
        self._wanted.set()

    def wait(self, timeout: float = 30.0) -> bool:
        """Wait until the commits signalled so far are checkpointed (False on timeout, or
        when the thread has stopped)."""
        with self._progress:
            target = self._signalled
            return self._progress.wait_for(lambda: self._copied >= target or not self.alive, timeout)

    def close(self) -> None:
        self._stopping.set()
        self._wanted.set()
        self._thread.join()

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        try:
            connection = sqlite3.connect(self.path, check_same_thread=False)
        except sqlite3.Error as exc:  # the writer's own automatic checkpoint still runs
            log.warning("no background checkpoints for %s: %s", self.path, exc)
            return
        last = 0.0
        try:
            while True:
                self._wanted.wait()
                # commits arriving during the pause are copied in this same pass; at close the
                # last connection's own checkpoint copies what is left
                if self._stopping.wait(max(0.0, last + self.interval - time.monotonic())):
                    return
                with self._progress:
                    self._wanted.clear()
                    target = self._signalled
                self._checkpoint(connection)
                last = time.monotonic()
                with self._progress:
                    self._copied = target
                    self._progress.notify_all()
        finally:
            connection.close()
            with self._progress:
                self._progress.notify_all()

    def _checkpoint(self, connection: sqlite3.Connection) -> None:
        try:
            connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            self.checkpoints += 1
        except sqlite3.Error as exc:  # busy or gone: the next commit asks again
            log.debug("checkpoint of %s skipped: %s", self.path, exc)
