"""Live input: web pages, feeds and folders, kept in the store as they change.

Modules, each small: ``fetch`` (HTTP with limits), ``politeness`` (robots.txt, one request per
host, intervals), ``page`` (page → Document, canonical URL), ``feeds`` (RSS, Atom, JSON Feed),
``state`` (what was seen, in the store), ``folder`` (watched folders), ``loop`` (the
watcher), ``config`` (TOML), ``logs`` (JSON-lines logs). Nothing is imported until used, so
``dateline extract`` never loads httpx.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__all__ = ["FeedSpec", "Fetcher", "FetchOptions", "FolderSpec", "Politeness", "WatchConfig", "WatchState",
           "Watcher", "load_config", "parse_feed", "read_url"]

_LAZY = {
    "FeedSpec": "config", "FolderSpec": "config", "WatchConfig": "config", "load_config": "config",
    "Fetcher": "fetch", "FetchOptions": "fetch", "Politeness": "politeness", "WatchState": "state",
    "Watcher": "loop", "parse_feed": "feeds", "read_url": "page",
}

if TYPE_CHECKING:
    from ..read.web.fetch import Fetcher, FetchOptions
    from ..read.web.page import read_url
    from ..read.web.politeness import Politeness
    from .config import FeedSpec, FolderSpec, WatchConfig, load_config
    from .feeds import parse_feed
    from .loop import Watcher
    from .state import WatchState


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'dateline.watch' has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{module}"), name)
