"""Opening a store: URLs, SQLite pragmas (WAL, foreign keys) and schema migrations."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from ..errors import StoreError

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).parent / "migrations"
HEAD_REVISION = "0010_sqlite_published_hash"
MMAP_BYTES = 1 << 31  # SQLite: the first 2 GB of the file (its usual limit) read through a memory map
WAL_CHECKPOINT_PAGES = 40000  # a backstop: a store's writes are checkpointed by a thread (checkpoint.py)


def database_url(target: str) -> str:
    """A SQLAlchemy URL for ``target``: a URL as given, or a SQLite file path."""
    if "://" in target:
        return target
    if target == ":memory:":
        return "sqlite://"
    return f"sqlite:///{Path(target).expanduser()}"


def create_engine(target: str, *, connections: int | None = None) -> sa.Engine:
    """An engine for ``target``; its pool keeps ``connections`` open (a server sizes it to
    its threads, so that a burst of requests does not open and close connections each
    time: a PostgreSQL connection costs milliseconds to make), or SQLAlchemy's default."""
    url = database_url(target)
    options: dict[str, Any] = {}
    if connections is not None and url not in ("sqlite://", "sqlite:///:memory:"):
        options = {"pool_size": connections, "max_overflow": connections // 4}
    try:
        engine = sa.create_engine(url, future=True, **options)
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
    cursor.execute("PRAGMA synchronous=NORMAL")  # safe in WAL mode: a crash loses no committed page
    # 64 MB of page cache (SQLite's default is 2 MB): the blocking indexes of a large store
    # stay in memory as the store grows
    cursor.execute("PRAGMA cache_size=-64000")
    # pages read through a memory map, not a read() each: the random look-ups of a large
    # store's indexes cost no system call, and a server's many connections share the
    # operating system's copy (the map holds the file, not a copy: the OS may drop its pages)
    cursor.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
    # a batch of 500 documents dirties thousands of index pages: checkpointing the WAL into
    # the database after every such commit (the default, at 1,000 pages) copies the hot pages
    # again and again. A Store's writes are checkpointed by a thread of its own, about once a
    # second (checkpoint.py); the commit that crosses this mark (160 MB of WAL) checkpoints
    # itself, should that thread fall behind
    cursor.execute(f"PRAGMA wal_autocheckpoint={WAL_CHECKPOINT_PAGES}")
    cursor.close()


def database_reason(exc: Exception) -> str:
    """The database's own one-line reason for ``exc``, without SQLAlchemy's dump of the
    statement and its parameters (which may hold a whole article)."""
    original = getattr(exc, "orig", None) or exc
    lines = [line.strip() for line in str(original).splitlines() if line.strip()]
    return lines[0] if lines else type(original).__name__


def current_revision(connection: sa.Connection) -> str | None:
    if not sa.inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


# any constant agreed by every dateline process: the key of the PostgreSQL advisory lock
# that serialises schema migrations ("dateline" in ASCII)
MIGRATION_LOCK_KEY = 0x646174656C696E65


def migrate(engine: sa.Engine) -> None:
    """Bring the schema to the head revision; a no-op (one query) when it already is.

    Two processes opening a fresh store at once (two ``dateline ingest`` started together)
    take turns: the migration runs under a lock (a PostgreSQL advisory lock, SQLite's
    ``BEGIN IMMEDIATE``), and the second finds the schema done and does nothing.
    """
    try:
        with engine.connect() as connection:
            if current_revision(connection) == HEAD_REVISION:
                return
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        locked = _migration_engine(engine)
        try:
            with locked.begin() as connection:
                if connection.dialect.name == "postgresql":
                    connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
                if current_revision(connection) == HEAD_REVISION:
                    return  # another process migrated while this one waited for the lock
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
        finally:
            if locked is not engine:
                locked.dispose()
        log.info("store schema upgraded to %s", HEAD_REVISION)
    except sa.exc.OperationalError as exc:
        raise StoreError(f"cannot open the store {engine.url.render_as_string()}: "
                         f"{database_reason(exc)}") from exc


def _migration_engine(engine: sa.Engine) -> sa.Engine:
    """The engine migrations run on. SQLite's Python driver starts no transaction before DDL,
    so two migrators would both create the tables: a second engine on the same file starts
    its transactions with ``BEGIN IMMEDIATE``, which waits (``busy_timeout``) for the other
    writer, and makes the DDL transactional too."""
    if engine.dialect.name != "sqlite" or engine.url.database in (None, "", ":memory:"):
        return engine
    immediate = sa.create_engine(engine.url, poolclass=sa.pool.NullPool)

    def connect(dbapi_connection: Any, record: object) -> None:
        _sqlite_pragmas(dbapi_connection, record)
        # a migration that rebuilds a table (0010) drops the old one: with foreign keys on, that
        # would delete the rows referring to it; migrations check the references themselves
        dbapi_connection.execute("PRAGMA foreign_keys=OFF")
        dbapi_connection.isolation_level = None  # the driver leaves BEGIN to us

    def begin(connection: sa.Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    sa.event.listen(immediate, "connect", connect)
    sa.event.listen(immediate, "begin", begin)
    return immediate
