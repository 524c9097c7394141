"""SQLite: a document's content hash unique together with its publication date, as on
PostgreSQL since 0009.

On SQLite the hash's unique constraint is part of the ``documents`` table, so its index took
each new document to a random page of an index that grows with the store: at a million
events, one page written (and checkpointed) per document. Replacing the constraint means
rebuilding the table, as SQLite's documentation prescribes for any change of a constraint:
a new table without it, every row copied, the old one dropped, the new one renamed, then the
unique index ``(coalesce(published, ''), content_hash)`` and the family index. It runs with
foreign keys off (the migration engine, ``store/db.py``), so dropping the old table deletes
no event, and checks them after. A store of a million documents copies in a minute or two,
once.

Revision ID: 0010_sqlite_published_hash
Revises: 0009_published_hash
"""

import logging

from alembic import op

revision = "0010_sqlite_published_hash"
down_revision = "0009_published_hash"
branch_labels = None
depends_on = None

log = logging.getLogger("dateline.store")

# the documents table as revision 0009 leaves it, without UNIQUE (content_hash)
_DOCUMENTS = """
CREATE TABLE documents_rebuilt (
    id VARCHAR(300) NOT NULL,
    content_hash VARCHAR(64) NOT NULL,
    title TEXT,
    url TEXT,
    source VARCHAR(300),
    published VARCHAR(32),
    lang VARCHAR(8),
    place VARCHAR(300),
    text TEXT NOT NULL,
    meta JSON NOT NULL,
    simhash BIGINT,
    family_id VARCHAR(300),
    ingested_at VARCHAR(32) NOT NULL,
    PRIMARY KEY (id)
)"""
_COLUMNS = ("id, content_hash, title, url, source, published, lang, place, text, meta, simhash, family_id, "
            "ingested_at")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    bind = op.get_bind()
    count = bind.exec_driver_sql("SELECT count(*) FROM documents").scalar() or 0
    if count:
        log.warning("rebuilding the documents table of the store (%s documents, once)", f"{count:,}")
    op.execute(_DOCUMENTS)
    op.execute(f"INSERT INTO documents_rebuilt ({_COLUMNS}) SELECT {_COLUMNS} FROM documents")
    op.execute("DROP TABLE documents")
    op.execute("ALTER TABLE documents_rebuilt RENAME TO documents")
    op.execute("CREATE INDEX ix_documents_family_id ON documents (family_id)")
    op.execute("CREATE UNIQUE INDEX ix_documents_published_hash ON documents ((coalesce(published, '')), content_hash)")
    broken = bind.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise RuntimeError(f"rebuilding documents broke {len(broken)} references, e.g. {broken[0]}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.drop_index("ix_documents_published_hash", table_name="documents")
    op.execute("CREATE UNIQUE INDEX ix_documents_content_hash ON documents (content_hash)")
