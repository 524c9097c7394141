"""What the server holds for its lifetime: settings, the store, the extraction engine and
the live-changes poller.

Opened on first use (not at import, not when the app object is built) and closed when the
server stops; a lock serialises writes so that one process never races itself on SQLite.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import threading

import sqlalchemy as sa
from fastapi import Request

from ..extraction import Engine, get_engine
from ..settings import Settings
from ..store import Store
from ..store.changes import LatestSeq
from ..store.db import database_url
from ..store.tables import clusters, events
from .live import LiveChanges, LiveOptions
from .shared import SharedAnswers

# threads that answer requests in one server process (FastAPI runs blocking endpoints in a
# pool of threads), and as many store connections kept open: one process answers on one
# core, so more threads only take turns, and fewer connections than threads would be made
# and closed again on every burst of requests
THREADS = 16
# connections made before the first request (a burst of requests on a fresh server does not
# wait for them)
WARM_CONNECTIONS = 8
# what each of them asks first (a database server's own caches of the tables and their
# indexes fill per connection; a new PostgreSQL connection's first query costs milliseconds)
WARM_QUERY = (sa.select(events.c.event_id, clusters.c.reports)
              .outerjoin(clusters, clusters.c.cluster_id == events.c.cluster_id)
              .where(events.c.country_code == "", events.c.event_date == dt.date(1900, 1, 1),
                     events.c.sub_event_type.in_(["Attack"]))
              .limit(1))


log = logging.getLogger(__name__)


class Resources:
    def __init__(self, settings: Settings, store: Store | None = None, engine: Engine | None = None,
                 live: LiveOptions | None = None) -> None:
        self.settings = settings
        self.live_options = live or LiveOptions()
        self._store = store
        self._owns_store = store is None
        self._engine = engine
        self._live: LiveChanges | None = None
        self._latest: LatestSeq | None = None
        self.shared: SharedAnswers | None = None  # answers kept with the other workers (create_app)
        url = store.engine.url if store is not None else sa.make_url(database_url(settings.db))
        # whether the change number is read on the event loop (see LatestSeq)
        self.latest_seq_inline = LatestSeq.quick(url)
        self._opening = threading.Lock()
        self.writing = threading.Lock()

    @property
    def store(self) -> Store:
        if self._store is None:
            with self._opening:
                if self._store is None:
                    self._store = Store(self.settings.db, connections=THREADS)
        return self._store

    def warm(self) -> None:
        """Open the store, its change-number reader and ``WARM_CONNECTIONS`` connections
        before the first request; a store that cannot be reached now is only logged (requests
        answer 503 until it can)."""
        try:
            store = self.store
            self.latest_seq()
            if isinstance(store.engine.pool, sa.pool.QueuePool):
                opened = [store.engine.connect() for _ in range(WARM_CONNECTIONS)]
                for connection in opened:
                    connection.execute(WARM_QUERY).all()
                    connection.close()
        except Exception as exc:  # noqa: BLE001 - the server starts anyway, and says why it cannot read
            log.warning("the store cannot be opened yet: %s", exc)

    def latest_seq(self) -> int:
        """The store's change number, which every write advances (kept answers are checked
        against it before every answer)."""
        if self._latest is None:
            latest = LatestSeq(self.store)
            with self._opening:
                if self._latest is None:
                    self._latest = latest
        return self._latest()

    @property
    def engine(self) -> Engine:
        """The extraction engine of POST /api/documents (lexicons and gazetteer load once)."""
        if self._engine is None:
            with self._opening:
                if self._engine is None:
                    self._engine = get_engine(self.settings.engine, self.settings)
        return self._engine

    @property
    def writable(self) -> bool:
        return bool(self.settings.api_token)

    def live(self) -> LiveChanges:
        """The live-changes poller of the running event loop (made on first use: a server has
        one loop; a test client that runs no lifespan may start a new loop per request)."""
        loop = asyncio.get_running_loop()
        if self._live is None or self._live.loop is not loop:
            self._live = LiveChanges(lambda: self.store, self.live_options, self.settings.max_live_streams)
        return self._live

    def stored(self) -> None:
        """This server just wrote to the store: open streams hear of it without waiting."""
        if self._live is not None and self._live.loop is _running_loop():
            self._live.poke()

    def end_streams(self) -> None:
        """End every live stream now (the server is stopping); call it on the server's loop."""
        if self._live is not None:
            self._live.stop()

    def close(self) -> None:
        if self.shared is not None:
            self.shared.close()
        if self._latest is not None:
            self._latest.close()
            self._latest = None
        if self._store is not None and self._owns_store:
            self._store.close()
            self._store = None


# Dependencies that only look something up are ``async``: FastAPI runs a plain ``def``
# dependency in the thread pool, a hop that costs more than the look-up. ``store`` stays plain:
# the first request opens (and may migrate) the store, which blocks.

async def resources(request: Request) -> Resources:
    return request.app.state.resources  # type: ignore[no-any-return]


def store(request: Request) -> Store:
    return request.app.state.resources.store  # type: ignore[no-any-return]


async def settings(request: Request) -> Settings:
    return request.app.state.resources.settings  # type: ignore[no-any-return]


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None
