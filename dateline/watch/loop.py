"""The watcher: poll feeds and folders on their intervals, store what is new as it comes.

Feeds are polled by a small pool of threads (``watch_workers``); the politeness gate keeps
one request per host at a time. Extraction and every write go through one lock, so the
store has one writer (what SQLite wants) and the engine one caller. ``stop()`` (SIGTERM,
SIGINT) lets each poll finish the article in hand, then ``run`` returns. Nothing is lost or
stored twice across a crash: see :mod:`dateline.watch.state`.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass

import httpx
import sqlalchemy as sa

from ..errors import DatelineError, FetchError, ReadError
from ..extraction import Engine
from ..models import Document
from ..pipeline import extract_and_store
from ..read.web.fetch import Fetcher, FetchOptions
from ..read.web.page import document_from_response
from ..read.web.politeness import Politeness
from ..settings import Settings
from ..store import AddResult, Store
from ..store.store import Outcome
from ..store.tables import documents
from .config import FeedSpec, FolderSpec
from .feeds import FeedItem, parse_feed
from .folder import FolderWatcher
from .logs import emit
from .state import MAX_ATTEMPTS, WatchState

log = logging.getLogger(__name__)
MAX_BACKOFF = 3600.0  # a failing feed is polled at least once an hour


@dataclass(frozen=True)
class _Source:
    kind: str  # "feed" or "folder"
    location: str
    interval: float


class Watcher:
    """Keeps ``store`` current from ``feeds`` and ``folders`` until :meth:`stop` is called.

    ``transport`` replaces the network (tests); everything else comes from ``settings``.
    """

    def __init__(self, store: Store, engine: Engine, settings: Settings, *,
                 feeds: Sequence[FeedSpec] = (), folders: Sequence[FolderSpec] = (),
                 transport: httpx.BaseTransport | None = None) -> None:
        self.store = store
        self.engine = engine
        self.settings = settings
        self.stopping = threading.Event()
        self.state = WatchState(store, threading.Lock())
        self.politeness = Politeness(min_interval=settings.host_delay, user_agent=settings.user_agent,
                                     stop=self.stopping)
        self.fetcher = Fetcher(FetchOptions.from_settings(settings), gate=self.politeness,
                               transport=transport, stop=self.stopping)
        interval = settings.watch_interval
        self.sources = [_Source("feed", f.url, f.interval or interval) for f in feeds] + \
                       [_Source("folder", f.path, f.interval or interval) for f in folders]
        self.folders = {f.path: FolderWatcher(f.path, self.state, max_bytes=settings.max_file_bytes,
                                              settle=min(1.0, interval)) for f in folders}
        self.counts: Counter[str] = Counter()
        self._counts_lock = threading.Lock()

    def stop(self) -> None:
        """Finish the article in hand, then return from :meth:`run` (safe from a signal handler)."""
        self.stopping.set()

    def close(self) -> None:
        self.fetcher.close()

    # -- the loop ------------------------------------------------------------------------

    def run(self, *, once: bool = False) -> Counter[str]:
        """Poll every source on its interval until stopped (``once``: each source once).
        Returns counts: polls, stored, duplicates, failed items, failed polls, files."""
        for source in self.sources:
            if source.kind == "feed":
                self.state.register_feed(source.location)
        emit(log, logging.INFO, "watch.started", feeds=sum(s.kind == "feed" for s in self.sources),
             folders=sum(s.kind == "folder" for s in self.sources), store=self.store.target)
        due = {source: 0.0 for source in self.sources}
        polled: set[_Source] = set()
        running: dict[Future[float], _Source] = {}
        workers = max(1, min(self.settings.watch_workers, len(self.sources) or 1))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="watch") as pool:
            while not self.stopping.is_set():
                now = time.monotonic()
                busy = set(running.values())
                for source in self.sources:
                    if source not in busy and due[source] <= now and not (once and source in polled):
                        running[pool.submit(self._poll, source)] = source
                if once and not running and polled >= set(self.sources):
                    break
                waits = [due[s] - now for s in self.sources if s not in set(running.values())
                         and not (once and s in polled)]
                timeout = max(0.05, min([*waits, 1.0]))
                if running:
                    finished, _ = wait(list(running), timeout=timeout, return_when=FIRST_COMPLETED)
                else:
                    finished = set()
                    self.stopping.wait(timeout)
                for future in finished:
                    source = running.pop(future)
                    polled.add(source)
                    due[source] = time.monotonic() + future.result()
            # stopping: the pool's exit waits for the polls in flight (each ends after its article)
        emit(log, logging.INFO, "watch.stopped", **{k: v for k, v in sorted(self.counts.items())})
        return self.counts

    def _poll(self, source: _Source) -> float:
        """Poll one source; the seconds until its next poll. Never raises: a bug in one poll
        is logged with its traceback and the source is tried again later."""
        try:
            if source.kind == "feed":
                return self.poll_feed(source.location, source.interval)
            return self.poll_folder(source.location, source.interval)
        except Exception:  # the service outlives a bug in one poll; the traceback is logged
            log.exception("unexpected error while polling %s", source.location)
            self._count("failed_polls")
            return min(source.interval * 10, MAX_BACKOFF)

    def _count(self, key: str, amount: int = 1) -> None:
        with self._counts_lock:
            self.counts[key] += amount

    # -- feeds ---------------------------------------------------------------------------

    def poll_feed(self, url: str, interval: float) -> float:
        """Fetch the feed (conditionally), process its unfinished items, record the poll."""
        fid = self.state.register_feed(url)
        validators, failures = self.state.validators(fid)
        self._count("polls")
        try:
            response = self.fetcher.get(url, "feed", validators=validators)
            if response.not_modified:
                self.state.poll_succeeded(fid, status=304, next_poll_in=interval, validators=None)
                emit(log, logging.DEBUG, "feed.not_modified", feed=url)
                return interval
            feed = parse_feed(response.body, url=response.url, content_type=response.content_type)
        except FetchError as error:
            delay = _backoff(interval, failures + 1, error.retry_after)
            failures = self.state.poll_failed(fid, code=error.code, error=str(error), next_poll_in=delay)
            self._count("failed_polls")
            emit(log, logging.ERROR, "feed.failed", feed=url, error=str(error), failures=failures,
                 retry_in=round(delay, 1))
            return delay
        if feed.warning:
            emit(log, logging.WARNING, "feed.malformed", feed=url, warning=feed.warning)
        todo = self.state.unfinished(fid, feed.items)
        emit(log, logging.INFO if todo else logging.DEBUG, "feed.polled", feed=url, status=response.status,
             items=len(feed.items), new=len(todo))
        all_final = True
        for item, attempts in todo:
            if self.stopping.is_set():
                all_final = False
                break
            all_final = self.process_item(fid, url, item, attempts) and all_final
        self.state.poll_succeeded(fid, status=response.status, next_poll_in=interval, title=feed.title,
                                  kind=feed.kind, validators=response.validators if all_final else None)
        return interval

    def process_item(self, fid: str, feed_url: str, item: FeedItem, attempts: int) -> bool:
        """Fetch, extract and store one item; whether its fate is now final."""
        if not item.url:
            self.state.record_item(fid, item, status="failed", error="the feed item has no link")
            self._count("failed")
            return True
        known = self.state.stored_elsewhere(item.url)
        if known:
            self.state.record_item(fid, item, status="duplicate", doc_id=known, attempts=attempts)
            self._count("duplicates")
            emit(log, logging.INFO, "item.duplicate", feed=feed_url, url=item.url, doc_id=known)
            return True
        try:
            response = self.fetcher.get(item.url, "page")
            doc = document_from_response(response, published=item.published, title=item.title)
            doc = doc.model_copy(update={"meta": {**doc.meta, "feed": feed_url}})
            outcome = self._store(doc, fid, item, attempts + 1)
        except DatelineError as error:
            # a fetch can succeed later, and so can a store or engine failure; a page without an
            # article (ReadError) will not change
            transient = (isinstance(error, FetchError) and error.transient) or not isinstance(error, ReadError)
            final = not transient or attempts + 1 >= MAX_ATTEMPTS
            self.state.record_item(fid, item, status="failed" if final else "pending", error=str(error),
                                   attempts=attempts + 1)
            self._count("failed" if final else "retries")
            emit(log, logging.ERROR if final else logging.WARNING,
                 "item.failed" if final else "item.retry_later", feed=feed_url, url=item.url, error=str(error),
                 attempts=attempts + 1)
            return final
        stored = outcome.outcome != "unchanged"
        self._count("stored" if stored else "duplicates")
        emit(log, logging.INFO, "item.stored" if stored else "item.duplicate", feed=feed_url, url=item.url,
             doc_id=doc.id, outcome=outcome.outcome, events=outcome.events if stored else None,
             published=doc.published)
        return True

    def _store(self, doc: Document, fid: str, item: FeedItem, attempts: int) -> AddResult:
        """Extract and store ``doc``; the item's row commits in the same transaction."""

        def mark(conn: sa.Connection, outcome: Outcome) -> None:
            doc_id = doc.id
            if outcome == "unchanged":  # the same text may be stored under another URL's id
                doc_id = conn.execute(sa.select(documents.c.id).where(  # the hash is unique with its date
                    sa.func.coalesce(documents.c.published, "") == (doc.published or ""),
                    documents.c.content_hash == doc.content_hash)).scalar() or doc.id
            self.state.mark_item(conn, fid, item, status="duplicate" if outcome == "unchanged" else "stored",
                                 doc_id=doc_id, attempts=attempts)

        with self.state.lock:
            return extract_and_store(doc, self.store, self.engine, within=mark)

    # -- folders -------------------------------------------------------------------------

    def poll_folder(self, path: str, interval: float) -> float:
        watcher = self.folders[path]

        def store_document(doc: Document) -> AddResult:
            with self.state.lock:
                return extract_and_store(doc, self.store, self.engine)

        try:
            files, summary = watcher.poll(store_document, self.stopping)
        except ReadError as error:
            self._count("failed_polls")
            emit(log, logging.ERROR, "folder.failed", folder=path, error=str(error))
            return _backoff(interval, 1, None)
        self._count("files", files)
        self._count("stored", summary.added + summary.updated)
        self._count("failed", summary.failed)
        return interval


def _backoff(interval: float, failures: int, retry_after: float | None) -> float:
    """Seconds before polling a failing source again: doubling with each failure, jittered,
    at most an hour; never sooner than the server's Retry-After."""
    delay = min(interval * 2 ** min(failures, 16), MAX_BACKOFF) * random.uniform(0.9, 1.1)
    return float(max(delay, retry_after or 0.0))
