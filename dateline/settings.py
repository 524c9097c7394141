"""Settings: one table of (name, default, help), overridable from the environment.

Every setting can be given as ``DATELINE_<NAME>`` in the environment; command-line options
override both. ``dateline settings`` prints this table, and a test checks each one is documented.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields
from pathlib import Path

from .errors import ConfigError


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
    Setting("max_file_bytes", 5_000_000, "Largest input file (or JSON-lines document) read, "
            "in bytes; bigger inputs are reported and skipped."),
    Setting("data_dir", None, "Where the compiled gazetteer is kept "
            "(default: $XDG_DATA_HOME/dateline or ~/.local/share/dateline)."),
    Setting("gazetteer", None, "Path of a compiled gazetteer file to use instead of the default."),
    Setting("default_lang", "en", "Language assumed when detection is not confident."),
    Setting("api_token", None, "Bearer token that turns on the writes of `dateline serve` "
            "(POST /api/documents, merge, split); without it the HTTP API is read-only."),
    Setting("cors_origins", "", "Comma-separated origins allowed to call the HTTP API from "
            "other sites' pages (CORS); empty: none."),
    Setting("max_body_bytes", 20_000_000, "Largest request body `dateline serve` accepts, in "
            "bytes; each document in it is still limited by max_file_bytes."),
    Setting("api_max_page", 5_000, "Most records one page of /api/events or /api/claims holds "
            "(the `limit` parameter's upper bound)."),
    Setting("map_max_points", 250_000, "Most events /api/points sends to the dashboard's map."),
)


@dataclass(frozen=True)
class Settings:
    """Resolved configuration; build it with :meth:`Settings.from_env`."""

    db: str = "dateline.db"
    engine: str = "rules"
    max_file_bytes: int = 5_000_000
    data_dir: str = field(default_factory=_default_data_dir)
    gazetteer: str | None = None
    default_lang: str = "en"
    api_token: str | None = field(default=None, repr=False)
    cors_origins: str = ""
    max_body_bytes: int = 20_000_000
    api_max_page: int = 5_000
    map_max_points: int = 250_000

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
    if "int" in str(type_name):
        try:
            value = int(raw.replace("_", ""))
        except ValueError:
            raise ConfigError(f"DATELINE_{name.upper()} must be an integer, got {raw!r}") from None
        if value <= 0:
            raise ConfigError(f"DATELINE_{name.upper()} must be positive, got {raw!r}")
        return value
    return raw
