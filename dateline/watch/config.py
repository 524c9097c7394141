"""What to watch and how: sources from the command line and a small TOML file.

A config file lists ``feeds`` (URLs, or tables with ``url`` and ``interval``), ``folders``
(paths, or tables with ``path`` and ``interval``) and any of dateline's settings by name::

    db = "events.db"
    watch_interval = 120
    feeds = ["https://example.org/world/rss.xml", { url = "https://example.net/feed.json", interval = 600 }]
    folders = ["/srv/dateline/inbox"]

Precedence, lowest first: defaults, the file, ``DATELINE_*`` variables, command-line options.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from ..errors import WatchConfigError
from ..read.web.page import is_url
from ..settings import Settings
from .state import feed_id


@dataclass(frozen=True)
class FeedSpec:
    url: str
    interval: float | None = None  # seconds; None: the watch_interval setting

    @property
    def feed_id(self) -> str:
        return feed_id(self.url)


@dataclass(frozen=True)
class FolderSpec:
    path: str
    interval: float | None = None


@dataclass(frozen=True)
class WatchConfig:
    feeds: tuple[FeedSpec, ...] = ()
    folders: tuple[FolderSpec, ...] = ()
    settings: Mapping[str, Any] = field(default_factory=dict)  # setting name -> value


def load_config(path: str | Path) -> WatchConfig:
    """Read a watch config file; every problem names the file and the key."""
    where = str(path)
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise WatchConfigError(f"{where}: cannot read the config file: {exc.strerror or exc}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise WatchConfigError(f"{where}: not valid TOML: {exc}") from None
    types = {f.name: f.type for f in fields(Settings)}
    settings: dict[str, Any] = {}
    for key, value in data.items():
        if key in ("feeds", "folders"):
            continue
        if key not in types:
            raise WatchConfigError(f"{where}: unknown key {key!r} (expected feeds, folders or a setting "
                                   "listed by `dateline settings`)")
        settings[key] = _typed(where, key, value, str(types[key]))
    feeds = tuple(FeedSpec(*_entry(where, "feeds", "url", entry)) for entry in _list(where, data, "feeds"))
    folders = tuple(FolderSpec(*_entry(where, "folders", "path", entry)) for entry in _list(where, data, "folders"))
    for feed in feeds:
        if not is_url(feed.url):
            raise WatchConfigError(f"{where}: feeds: {feed.url!r} is not an http(s) URL")
    return WatchConfig(feeds, folders, settings)


def sources_from_args(args: Iterable[str]) -> WatchConfig:
    """Command-line sources: URLs are feeds, existing folders are watched folders."""
    feeds, folders = [], []
    for arg in args:
        if is_url(arg):
            feeds.append(FeedSpec(arg))
        elif Path(arg).is_dir():
            folders.append(FolderSpec(str(Path(arg))))
        else:
            raise WatchConfigError(f"{arg}: not a feed URL (http:// or https://) nor an existing folder")
    return WatchConfig(tuple(feeds), tuple(folders))


def combine(*configs: WatchConfig) -> WatchConfig:
    """Sources of every config (each once, first wins), settings of the later ones winning."""
    feeds: dict[str, FeedSpec] = {}
    folders: dict[str, FolderSpec] = {}
    settings: dict[str, Any] = {}
    for config in configs:
        for feed in config.feeds:
            feeds.setdefault(feed.url, feed)
        for folder in config.folders:
            folders.setdefault(folder.path, folder)
        settings.update(config.settings)
    return WatchConfig(tuple(feeds.values()), tuple(folders.values()), settings)


def resolve_settings(config: WatchConfig, environ: Mapping[str, str] | None = None,
                     **options: Any) -> Settings:
    """Settings with the file's values under the environment's, command-line ``options`` on top."""
    env = os.environ if environ is None else environ
    from_file = {key: value for key, value in config.settings.items() if not env.get(f"DATELINE_{key.upper()}")}
    given = {key: value for key, value in options.items() if value is not None}
    return Settings.from_env(dict(env), **{**from_file, **given})


def _list(where: str, data: Mapping[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise WatchConfigError(f"{where}: {key} must be a list")
    return value


def _entry(where: str, section: str, name: str, entry: Any) -> tuple[str, float | None]:
    if isinstance(entry, str):
        return entry, None
    if isinstance(entry, dict) and isinstance(entry.get(name), str):
        unknown = set(entry) - {name, "interval"}
        if unknown:
            raise WatchConfigError(f"{where}: {section}: unknown key {sorted(unknown)[0]!r}")
        interval = entry.get("interval")
        if interval is not None and (not isinstance(interval, int | float) or interval <= 0):
            raise WatchConfigError(f"{where}: {section}: interval must be a positive number of seconds")
        return entry[name], float(interval) if interval is not None else None
    raise WatchConfigError(f"{where}: {section}: each entry is a string or a table with {name!r}")


def _typed(where: str, key: str, value: Any, type_name: str) -> Any:
    if "float" in type_name and isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
        return float(value)
    if "int" in type_name and isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    if "str" in type_name and isinstance(value, str):
        return value
    raise WatchConfigError(f"{where}: {key} = {value!r} is not a valid value (see `dateline settings`)")
