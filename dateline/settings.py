"""Settings: one table of (name, default, help), overridable from the environment.

Every setting can be given as ``DATELINE_<NAME>`` in the environment; command-line options
override both. ``dateline settings`` prints this table, and a test checks each one is documented.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path

from .errors import ConfigError
from .version import __version__

PROJECT_URL = "https://example.org/dateline"
USER_AGENT = f"dateline/{__version__} (+{PROJECT_URL})"


def _default_data_dir() -> str:
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return str(Path(base) / "dateline")


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "dateline.db", "Event store: a SQLite file path or a SQLAlchemy URL "
            "(sqlite:///x.db, postgresql+psycopg://user@host/db)."),
    Setting("engine", "rules", "Extraction engine used by extract, ingest and eval."),
    Setting("jobs", 1, "Processes that extract documents at once in dateline ingest (the store "
            "gets the same result as with one)."),
    Setting("max_file_bytes", 5_000_000, "Largest input file (or JSON-lines document) read, "
            "in bytes; bigger inputs are reported and skipped."),
    Setting("max_analysed_chars", 200_000, "Characters of one document the engine analyses (cut at a "
            "paragraph end; the store keeps the whole text): bounds the cost of a huge input."),
    Setting("data_dir", None, "Where the compiled gazetteer is kept "
            "(default: $XDG_DATA_HOME/dateline or ~/.local/share/dateline)."),
    Setting("gazetteer", None, "Path of a compiled gazetteer file to use instead of the default."),
    Setting("default_lang", "en", "Language assumed when detection is not confident."),
    Setting("user_agent", USER_AGENT, "User-Agent of every web request (ingest URL, watch); add a contact "
            "address for the sites you watch."),
    Setting("fetch_timeout", 20.0, "Longest a web request may take in total, in seconds (connection, "
            "headers and body); slower pages and feeds are reported and tried again later."),
    Setting("fetch_attempts", 3, "Tries of a web request that fails transiently (timeout, network, "
            "5xx, 429), waiting retry_delay, then twice as long, between tries."),
    Setting("retry_delay", 1.0, "Seconds before the first retry of a failed web request (doubled for each "
            "retry; a server's Retry-After wins when longer)."),
    Setting("max_redirects", 5, "Redirects followed per web request; more, or a loop, is an error."),
    Setting("host_delay", 1.0, "Minimum seconds between two requests to one host (one request at a "
            "time per host; a longer robots.txt Crawl-delay wins)."),
    Setting("watch_interval", 60.0, "Seconds between two polls of a feed or folder by dateline watch "
            "(failing feeds back off exponentially, up to an hour)."),
    Setting("watch_workers", 16, "Feeds dateline watch polls at once (hosts differ; never two requests "
            "to one host at a time)."),
    Setting("log_format", "text", "Log lines of dateline watch: text, or json (one JSON object a line, "
            "for journald, Loki or jq)."),
    Setting("api_token", None, "Bearer token that turns on the writes of `dateline serve` "
            "(POST /api/documents, merge, split); without it the HTTP API is read-only."),
    Setting("cors_origins", "", "Comma-separated origins allowed to call the HTTP API from "
            "other sites' pages (CORS); empty: none."),
    Setting("max_body_bytes", 20_000_000, "Largest request body `dateline serve` accepts, in "
            "bytes; each document in it is still limited by max_file_bytes."),
    Setting("api_max_page", 5_000, "Most records one page of /api/events or /api/claims holds "
            "(the `limit` parameter's upper bound)."),
    Setting("map_max_points", 250_000, "Most events /api/points sends to the dashboard's map."),
    Setting("api_cache_mb", 64, "Megabytes of answers (event pages, stats, map points) each `dateline serve` "
            "worker keeps for the next client asking the same; any change to the store empties it."),
    Setting("max_live_streams", 100, "Most live streams (GET /api/changes/stream) `dateline serve` keeps "
            "open at once; more get 503 and the dashboard polls GET /api/changes instead."),
)


@dataclass(frozen=True)
class Settings:
    """Resolved configuration; build it with :meth:`Settings.from_env`."""

    db: str = "dateline.db"
    engine: str = "rules"
    jobs: int = 1
    max_file_bytes: int = 5_000_000
    max_analysed_chars: int = 200_000
    data_dir: str = field(default_factory=_default_data_dir)
    gazetteer: str | None = None
    default_lang: str = "en"
    user_agent: str = USER_AGENT
    fetch_timeout: float = 20.0
    fetch_attempts: int = 3
    retry_delay: float = 1.0
    max_redirects: int = 5
    host_delay: float = 1.0
    watch_interval: float = 60.0
    watch_workers: int = 16  # a poll mostly waits on its host's interval: threads, not cores
    log_format: str = "text"
    api_token: str | None = field(default=None, repr=False)
    cors_origins: str = ""
    max_body_bytes: int = 20_000_000
    api_max_page: int = 5_000
    map_max_points: int = 250_000
    api_cache_mb: int = 64
    max_live_streams: int = 100

    @property
    def cors_origin_list(self) -> list[str]:
        return [origin.strip() for origin in self.cors_origins.split(",") if origin.strip()]

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: object) -> Settings:
        """Defaults, then ``DATELINE_*`` variables, then explicit (non-None) overrides."""
        env = os.environ if environ is None else environ
        values: dict[str, object] = {}
        for f in fields(cls):
            raw = env.get(f"DATELINE_{f.name.upper()}")
            if raw is not None and raw != "":
                values[f.name] = _coerce(f.name, raw, f.type)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]


def _coerce(name: str, raw: str, type_name: object) -> object:
    if "float" in str(type_name):
        try:
            number = float(raw.replace("_", ""))
        except ValueError:
            raise ConfigError(f"DATELINE_{name.upper()} must be a number, got {raw!r}") from None
        if not number >= 0:
            raise ConfigError(f"DATELINE_{name.upper()} must not be negative, got {raw!r}")
        return number
    if "int" in str(type_name):
        try:
            value = int(raw.replace("_", ""))
        except ValueError:
            raise ConfigError(f"DATELINE_{name.upper()} must be an integer, got {raw!r}") from None
        if value <= 0:
            raise ConfigError(f"DATELINE_{name.upper()} must be positive, got {raw!r}")
        return value
    return raw
