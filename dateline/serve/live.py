"""Live changes: what the store gained since a number, as a page or as server-sent events.

Every document written to the store, by ``dateline watch``, ``dateline ingest`` or this
server, gets the next number of the ingest sequence (``store/changes.py``). A client keeps
the last number it has seen and asks for what came after: ``GET /api/changes?since=N`` (a
page) or ``GET /api/changes/stream`` (an endless answer, one event per change).

One poller per server, not one per stream: :class:`LiveChanges` reads the last number
(one indexed ``max()``) every ``poll_seconds`` while any stream is open and wakes the
streams when it moves, so a hundred open dashboards cost the store one tiny query a second
plus one read per change. The writer may be another process (the watcher), which is why
the store is polled rather than told.

uvicorn waits for open connections to finish before it tells the app to stop, so an endless
stream would hold a stopping server forever: the server (``serve/server.py``) calls
:meth:`LiveChanges.stop` first, and every stream ends at once, cleanly.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from starlette.concurrency import run_in_threadpool

from ..errors import DatelineError
from ..store import Store
from ..store.changes import DocumentChange, changes_since, events_of_documents, latest_seq

log = logging.getLogger(__name__)
STREAM_BATCH = 200  # changes read at a time by a stream catching up


@dataclass(frozen=True)
class LiveOptions:
    """Timings of the live stream; the defaults suit a dashboard, tests shorten them."""

    poll_seconds: float = 1.0  # how often the store's last number is read while streams are open
    heartbeat_seconds: float = 15.0  # a comment line on an idle stream: proxies keep it, dead peers show
    max_stream_seconds: float = 1800.0  # a stream then ends; EventSource reconnects with Last-Event-ID
    retry_ms: int = 3000  # the reconnection delay the stream asks of EventSource


class StreamsFull(Exception):
    """Every stream slot is taken (setting max_live_streams)."""


class LiveChanges:
    """The shared poller and the stream slots of one server (one event loop).

    Streams wait on :attr:`changed`, an event that is set, then replaced, whenever the last
    number moves (or the server stops): a stream that captures it before reading the store
    can never sleep through a change that came in between.
    """

    def __init__(self, store: Callable[[], Store], options: LiveOptions, max_streams: int) -> None:
        self.loop = asyncio.get_running_loop()
        self.options = options
        self.max_streams = max_streams
        self.latest: int | None = None
        self.stopping = False
        self.changed = asyncio.Event()
        self._store = store
        self._streams = 0
        self._wake = asyncio.Event()
        self._poller: asyncio.Task[None] | None = None
        self._failing = False

    @property
    def streams(self) -> int:
        return self._streams

    def open_stream(self) -> None:
        """Take a slot (StreamsFull when none is left) and make sure the poller runs."""
        if self.stopping or self._streams >= self.max_streams:
            raise StreamsFull
        self._streams += 1
        if self._poller is None or self._poller.done():
            self._poller = self.loop.create_task(self._poll(), name="dateline-live-poller")

    def close_stream(self) -> None:
        self._streams = max(0, self._streams - 1)

    def poke(self) -> None:
        """Something was just written (by this server): look now, not at the next tick."""
        self._wake.set()

    def stop(self) -> None:
        """End every stream and the poller; new streams are refused from now on."""
        self.stopping = True
        self._notify()
        if self._poller is not None:
            self._poller.cancel()

    async def refresh(self) -> int:
        """The store's last number, read now; streams are woken if it moved."""
        latest = await run_in_threadpool(latest_seq, self._store())
        if latest != self.latest:
            self.latest = latest
            self._notify()
        return latest

    def _notify(self) -> None:
        changed, self.changed = self.changed, asyncio.Event()
        if self.stopping:
            self.changed.set()
        changed.set()

    async def _poll(self) -> None:
        while self._streams and not self.stopping:
            try:
                await self.refresh()
                if self._failing:
                    log.info("live changes: the store answers again")
                    self._failing = False
            except (sa.exc.SQLAlchemyError, DatelineError, OSError) as exc:
                if not self._failing:  # one line per outage, not one a second
                    log.warning("live changes: cannot read the store (%s); trying again", exc)
                    self._failing = True
            self._wake.clear()
            try:
                await asyncio.wait_for(self._wake.wait(), self.options.poll_seconds)
            except TimeoutError:
                pass


def change_records(store: Store, since: int, limit: int) -> list[dict[str, Any]]:
    """The changes numbered above ``since`` (at most ``limit``), each with the event ids and
    canonical event ids its document has now (none once deleted)."""
    changes = changes_since(store, since, limit=limit)
    owned = events_of_documents(store, {change.doc_id for change in changes if change.change != "deleted"})
    return [_record(change, owned.get(change.doc_id, []) if change.change != "deleted" else [])
            for change in changes]


def _record(change: DocumentChange, events: list[tuple[str, str | None]]) -> dict[str, Any]:
    clusters = sorted({cluster_id for _event_id, cluster_id in events if cluster_id})
    return {"seq": change.seq, "doc_id": change.doc_id, "change": change.change, "at": change.at,
            "event_ids": [event_id for event_id, _cluster_id in events], "cluster_ids": clusters}


def changes_page(store: Store, since: int, limit: int) -> dict[str, Any]:
    """``GET /api/changes``: a page of changes, the cursor of the next and the last number.

    ``latest`` is read after the page, so ``next <= latest`` always; a ``since`` beyond it
    means the store is not the one the cursor came from (or was emptied): ``reset``."""
    changes = change_records(store, since, limit)
    latest = latest_seq(store)
    if since > latest:
        return {"changes": [], "count": 0, "since": since, "next": latest, "latest": latest, "reset": True}
    following = changes[-1]["seq"] if changes else since
    return {"changes": changes, "count": len(changes), "since": since, "next": following, "latest": latest,
            "reset": False}


def sse(data: dict[str, Any], *, event: str | None = None, event_id: int | None = None) -> bytes:
    """One server-sent event. JSON escapes line breaks, so the data is always one line."""
    lines = [f"event: {event}"] if event else []
    if event_id is not None:
        lines.append(f"id: {event_id}")
    lines.append("data: " + json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    return ("\n".join(lines) + "\n\n").encode("utf-8")


HEARTBEAT = b": keep-alive\n\n"
STOPPING = b": the server is stopping; reconnect with Last-Event-ID\n\n"


async def stream(hub: LiveChanges, store: Store, cursor: int | None, latest: int) -> AsyncIterator[bytes]:
    """The event stream from ``cursor`` (None: from now), ``latest`` being the store's last
    number as the request came in. Events: ``ready`` (the stream is open; its id is where it
    starts), ``change`` (one per change, its id the change's number), ``reset`` (the store is
    not the one the cursor came from: reload everything); comment lines as heartbeats. Ends
    when the server stops or after ``max_stream_seconds``; a store that stops answering
    mid-stream only delays the changes (heartbeats go on)."""
    options = hub.options
    deadline = hub.loop.time() + options.max_stream_seconds
    yield f"retry: {options.retry_ms}\n\n".encode()
    if cursor is not None and cursor > latest:
        yield sse({"since": cursor, "latest": latest}, event="reset", event_id=latest)
        cursor = latest
    else:
        cursor = latest if cursor is None else cursor
        yield sse({"since": cursor, "latest": latest}, event="ready", event_id=cursor)
    while not hub.stopping:
        changed = hub.changed  # captured before reading: a change from now on sets it
        known = cursor if hub.latest is None else hub.latest
        if known < cursor:  # the store was emptied or replaced under a running stream
            yield sse({"since": cursor, "latest": known}, event="reset", event_id=known)
            cursor = known
        elif known > cursor:
            try:
                batch = await run_in_threadpool(change_records, store, cursor, STREAM_BATCH)
            except (sa.exc.SQLAlchemyError, DatelineError, OSError) as exc:
                log.info("live stream: cannot read the changes (%s); trying again", exc)
                batch = None
            for record in batch or ():
                yield sse(record, event="change", event_id=record["seq"])
                cursor = record["seq"]
            if batch is not None and len(batch) == STREAM_BATCH:
                continue  # catching up: the next batch at once
            if batch == []:
                cursor = known  # nothing above the cursor after all: do not read again and again
        remaining = deadline - hub.loop.time()
        if remaining <= 0:
            return
        try:
            await asyncio.wait_for(changed.wait(), min(options.heartbeat_seconds, remaining))
        except TimeoutError:
            yield HEARTBEAT
    yield STOPPING
