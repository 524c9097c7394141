"""What the server holds for its lifetime: settings, the store, the extraction engine.

Opened on first use (not at import, not when the app object is built) and closed when the
server stops; a lock serialises writes so that one process never races itself on SQLite.
"""

from __future__ import annotations

import threading

from fastapi import Request

from ..extraction import Engine, get_engine
from ..settings import Settings
from ..store import Store


class Resources:
    def __init__(self, settings: Settings, store: Store | None = None, engine: Engine | None = None) -> None:
        self.settings = settings
        self._store = store
        self._owns_store = store is None
        self._engine = engine
        self._opening = threading.Lock()
        self.writing = threading.Lock()

    @property
    def store(self) -> Store:
        if self._store is None:
            with self._opening:
                if self._store is None:
                    self._store = Store(self.settings.db)
        return self._store

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

    def close(self) -> None:
        if self._store is not None and self._owns_store:
            self._store.close()
            self._store = None


def resources(request: Request) -> Resources:
    return request.app.state.resources  # type: ignore[no-any-return]


def store(request: Request) -> Store:
    return resources(request).store


def settings(request: Request) -> Settings:
    return resources(request).settings
