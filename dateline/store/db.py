"""Opening a store: URLs, SQLite pragmas (WAL, foreign keys) and schema migrations."""

from __future__ import annotations

import logging
from pathlib import Path

import sqlalchemy as sa

from ..errors import StoreError

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).parent / "migrations"
HEAD_REVISION = "0003_feeds"


def database_url(target: str) -> str:
    """A SQLAlchemy URL for ``target``: a URL as given, or a SQLite file path."""
    if "://" in target:
        return target
    if target == ":memory:":
        return "sqlite://"
    return f"sqlite:///{Path(target).expanduser()}"


def create_engine(target: str) -> sa.Engine:
    url = database_url(target)
    try:
        engine = sa.create_engine(url, future=True)
    except (sa.exc.ArgumentError, ImportError) as exc:
        raise StoreError(f"cannot use database {target!r}: {exc}") from exc
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # 32 MB of page cache (SQLite's default is 2 MB): the blocking indexes of a large store
    # stay in memory as the store grows
    cursor.execute("PRAGMA cache_size=-32000")
    cursor.close()


def current_revision(connection: sa.Connection) -> str | None:
    if not sa.inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: sa.Engine) -> None:
    """Bring the schema to the head revision; a no-op (one query) when it already is."""
    try:
        with engine.connect() as connection:
            if current_revision(connection) == HEAD_REVISION:
                return
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        log.info("store schema upgraded to %s", HEAD_REVISION)
    except sa.exc.OperationalError as exc:
        raise StoreError(f"cannot open the store {engine.url.render_as_string()}: "
                         f"{exc.orig}") from exc
