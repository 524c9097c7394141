"""Fixtures of the watcher's tests: a real HTTP site on loopback, fast settings, a watcher."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from dateline.read.web.fetch import Fetcher, FetchOptions
from dateline.read.web.politeness import Politeness
from dateline.settings import Settings
from dateline.store import Store
from dateline.watch.config import FeedSpec, FolderSpec
from dateline.watch.loop import Watcher
from dateline.watch.loopback import LoopbackSite

# short limits so that timeouts and retries take a fraction of a second
FAST = {"fetch_timeout": 0.6, "retry_delay": 0.01, "fetch_attempts": 2, "host_delay": 0.0,
        "watch_interval": 0.2, "max_file_bytes": 200_000}


@pytest.fixture
def store(store_target: str) -> Iterator[Store]:
    """A store the watcher's worker threads share: a SQLite file (an in-memory database lives
    on one connection, which a thread cannot lend another), or PostgreSQL."""
    with Store(store_target) as opened:
        yield opened


@pytest.fixture
def site() -> Iterator[LoopbackSite]:
    with LoopbackSite() as running:
        yield running


@pytest.fixture
def fast_settings() -> Settings:
    return Settings.from_env(**FAST)  # type: ignore[arg-type]


@pytest.fixture
def fetcher(fast_settings: Settings) -> Iterator[Fetcher]:
    gate = Politeness(min_interval=0.0, user_agent=fast_settings.user_agent)
    with Fetcher(FetchOptions.from_settings(fast_settings), gate=gate) as opened:
        yield opened


@pytest.fixture
def make_watcher(store: Store, engine, fast_settings: Settings) -> Iterator[Callable[..., Watcher]]:  # type: ignore[no-untyped-def]
    made: list[Watcher] = []

    def make(feeds: list[str] = (), folders: list[str] = (), **settings: object) -> Watcher:  # type: ignore[assignment]
        chosen = Settings.from_env(**{**FAST, **settings})  # type: ignore[arg-type]
        watcher = Watcher(store, engine, chosen, feeds=[FeedSpec(u) for u in feeds],
                          folders=[FolderSpec(f) for f in folders])
        made.append(watcher)
        return watcher

    yield make
    for watcher in made:
        watcher.close()
