"""What the watcher remembers, in the store itself: feeds (validators, last fetch, errors),
the items of each feed and what became of them, and the files of watched folders.

An item counts as seen only once its fate is final: ``stored`` and ``duplicate`` rows are
written in the transaction that stores the document (``Store.add(within=...)``), so a kill
at any moment either keeps the document and its row or neither. ``pending`` rows (a
transient failure) are tried again; after ``MAX_ATTEMPTS`` they become ``failed``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from ..read.web.fetch import Validators
from ..read.web.page import document_id, normalize_url
from ..store import Store
from ..store.tables import documents
from ..store.watch_tables import feed_items, feeds, folder_files
from .feeds import FeedItem

FINAL = ("stored", "duplicate", "failed")
MAX_ATTEMPTS = 5


def now_iso(offset: float = 0.0) -> str:
    return (dt.datetime.now(dt.UTC) + dt.timedelta(seconds=offset)).isoformat(timespec="seconds")


def url_hash(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()


def feed_id(url: str) -> str:
    return url_hash(url)[:32]


@dataclass(frozen=True)
class FeedStatus:
    """One line of ``dateline watch --status``."""

    url: str
    title: str | None
    kind: str | None
    last_fetch_at: str | None
    last_success_at: str | None
    last_status: str | None
    failures: int
    last_error: str | None
    next_poll_at: str | None
    items: int
    stored: int
    duplicates: int
    failed: int
    pending: int


@dataclass(frozen=True)
class FolderStatus:
    folder: str
    files: int
    documents: int
    failed: int
    last_seen_at: str | None
    last_error: str | None


class WatchState:
    """Reads and writes of the watcher's tables. ``lock`` serialises this process's writes
    (SQLite allows one writer; taking turns here avoids "database is locked")."""

    def __init__(self, store: Store, lock: threading.Lock | None = None) -> None:
        self.store = store
        self.lock = lock or threading.Lock()

    # -- feeds ---------------------------------------------------------------------------

    def register_feed(self, url: str) -> str:
        fid = feed_id(url)
        with self.lock, self.store.engine.begin() as conn:
            if conn.execute(sa.select(feeds.c.feed_id).where(feeds.c.feed_id == fid)).first() is None:
                conn.execute(feeds.insert().values(feed_id=fid, url=url, failures=0))
        return fid

    def validators(self, fid: str) -> tuple[Validators, int]:
        """The feed's last ETag/Last-Modified and its count of consecutive failed polls."""
        with self.store.engine.connect() as conn:
            row = conn.execute(sa.select(feeds.c.etag, feeds.c.last_modified, feeds.c.failures)
                               .where(feeds.c.feed_id == fid)).first()
        if row is None:
            return Validators(), 0
        return Validators(row.etag, row.last_modified), row.failures

    def poll_succeeded(self, fid: str, *, status: int, next_poll_in: float,
                       validators: Validators | None, title: str | None = None, kind: str | None = None) -> None:
        """Record a good poll; ``validators`` only once every item of the answer is final
        (saving them earlier would let a 304 hide items a crash left unprocessed)."""
        values: dict[str, Any] = {"last_fetch_at": now_iso(), "last_success_at": now_iso(),
                                  "last_status": str(status), "last_error": None, "failures": 0,
                                  "next_poll_at": now_iso(next_poll_in)}
        if validators is not None:
            values.update(etag=validators.etag, last_modified=validators.last_modified)
        if title:
            values["title"] = title
        if kind:
            values["kind"] = kind
        with self.lock, self.store.engine.begin() as conn:
            conn.execute(feeds.update().where(feeds.c.feed_id == fid).values(**values))

    def poll_failed(self, fid: str, *, code: str, error: str, next_poll_in: float) -> int:
        """Record a failed poll; returns the number of consecutive failures."""
        with self.lock, self.store.engine.begin() as conn:
            conn.execute(feeds.update().where(feeds.c.feed_id == fid).values(
                last_fetch_at=now_iso(), last_status=code, last_error=error,
                failures=feeds.c.failures + 1, next_poll_at=now_iso(next_poll_in)))
            return int(conn.execute(sa.select(feeds.c.failures).where(feeds.c.feed_id == fid)).scalar_one())

    # -- items ---------------------------------------------------------------------------

    def unfinished(self, fid: str, items: Iterable[FeedItem]) -> list[tuple[FeedItem, int]]:
        """The items whose fate is not final yet, with the attempts already made."""
        wanted = list(items)
        with self.store.engine.connect() as conn:
            rows = {row.item_key: row for row in conn.execute(
                sa.select(feed_items.c.item_key, feed_items.c.status, feed_items.c.attempts)
                .where(feed_items.c.feed_id == fid))}
        return [(item, rows[item.key].attempts if item.key in rows else 0) for item in wanted
                if item.key not in rows or rows[item.key].status not in FINAL]

    def stored_elsewhere(self, url: str) -> str | None:
        """The document already stored for this exact item URL (by any feed), if any."""
        with self.store.engine.connect() as conn:
            doc_id = conn.execute(sa.select(feed_items.c.doc_id).where(
                feed_items.c.url_hash == url_hash(url), feed_items.c.status.in_(("stored", "duplicate")),
                feed_items.c.doc_id.is_not(None)).limit(1)).scalar()
            if doc_id is None:  # stored before, by ``dateline ingest URL`` or under this canonical URL
                doc_id = conn.execute(sa.select(documents.c.id).where(
                    documents.c.id == document_id(normalize_url(url)))).scalar()
        return doc_id

    def mark_item(self, conn: sa.Connection, fid: str, item: FeedItem, *, status: str,
                  doc_id: str | None = None, error: str | None = None, attempts: int = 1) -> None:
        """Write the item's row on ``conn`` (inside the caller's transaction)."""
        values = {"feed_id": fid, "item_key": item.key, "url": item.url,
                  "url_hash": url_hash(item.url) if item.url else None, "title": item.title,
                  "published": item.published, "status": status, "doc_id": doc_id, "attempts": attempts,
                  "error": error, "first_seen_at": now_iso(),
                  "done_at": now_iso() if status in FINAL else None}
        _upsert(conn, feed_items, values, keys=("feed_id", "item_key"), keep=("first_seen_at",))

    def record_item(self, fid: str, item: FeedItem, **fields: Any) -> None:
        """:meth:`mark_item` in a transaction of its own (failures, duplicates found early)."""
        with self.lock, self.store.engine.begin() as conn:
            self.mark_item(conn, fid, item, **fields)

    # -- folders -------------------------------------------------------------------------

    def file_signatures(self, folder: str) -> dict[str, tuple[int, int]]:
        """(size, mtime_ns) of every file of ``folder`` read so far, by path."""
        with self.store.engine.connect() as conn:
            return {row.path: (row.size, row.mtime_ns) for row in conn.execute(
                sa.select(folder_files.c.path, folder_files.c.size, folder_files.c.mtime_ns)
                .where(folder_files.c.folder == folder))}

    def record_file(self, folder: str, path: str, *, size: int, mtime_ns: int, documents: int,
                    error: str | None) -> None:
        values = {"path_hash": url_hash(path), "folder": folder, "path": path, "size": size,
                  "mtime_ns": mtime_ns, "status": "failed" if error and not documents else "stored",
                  "documents": documents, "error": error, "seen_at": now_iso()}
        with self.lock, self.store.engine.begin() as conn:
            _upsert(conn, folder_files, values, keys=("path_hash",))

    # -- status --------------------------------------------------------------------------

    def status(self) -> tuple[list[FeedStatus], list[FolderStatus]]:
        with self.store.engine.connect() as conn:
            counts: dict[str, dict[str, int]] = {}
            for fid, status, count in conn.execute(sa.select(feed_items.c.feed_id, feed_items.c.status,
                                                             sa.func.count())
                                                   .group_by(feed_items.c.feed_id, feed_items.c.status)):
                counts.setdefault(fid, {})[status] = count
            feed_rows = conn.execute(sa.select(feeds).order_by(feeds.c.url)).mappings().all()
            folder_rows = conn.execute(
                sa.select(folder_files.c.folder, sa.func.count(), sa.func.sum(folder_files.c.documents),
                          sa.func.sum(sa.case((folder_files.c.status == "failed", 1), else_=0)),
                          sa.func.max(folder_files.c.seen_at))
                .group_by(folder_files.c.folder).order_by(folder_files.c.folder)).all()
            last_errors = {folder: error for folder, error in conn.execute(
                sa.select(folder_files.c.folder, folder_files.c.error).where(folder_files.c.error.is_not(None))
                .order_by(folder_files.c.seen_at))}
        feed_status = []
        for feed in feed_rows:
            by_status = counts.get(feed["feed_id"], {})
            feed_status.append(FeedStatus(
                url=feed["url"], title=feed["title"], kind=feed["kind"], last_fetch_at=feed["last_fetch_at"],
                last_success_at=feed["last_success_at"], last_status=feed["last_status"],
                failures=feed["failures"], last_error=feed["last_error"], next_poll_at=feed["next_poll_at"],
                items=sum(by_status.values()), stored=by_status.get("stored", 0),
                duplicates=by_status.get("duplicate", 0), failed=by_status.get("failed", 0),
                pending=by_status.get("pending", 0)))
        folder_status = [FolderStatus(folder=folder, files=files, documents=int(docs or 0), failed=int(failed or 0),
                                      last_seen_at=seen, last_error=last_errors.get(folder))
                         for folder, files, docs, failed, seen in folder_rows]
        return feed_status, folder_status


def _upsert(conn: sa.Connection, table: sa.Table, values: dict[str, Any], *, keys: tuple[str, ...],
            keep: tuple[str, ...] = ()) -> None:
    """Insert or update by primary key, in one statement, on SQLite and PostgreSQL."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    statement = dialect.insert(table).values(**values)
    update = {k: statement.excluded[k] for k in values if k not in keys and k not in keep}
    conn.execute(statement.on_conflict_do_update(index_elements=list(keys), set_=update))
