"""Watcher state (feeds, feed items, folder files) and the ingest sequence.

``ingest_log`` numbers every document written (added, updated, deleted) in commit order, so
that a live view (``dateline serve``) can ask "what is new since N" cheaply; documents
already in the store are numbered once here, in the order they were ingested.

Revision ID: 0003_feeds
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_feeds"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feeds",
        sa.Column("feed_id", sa.String(40), primary_key=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("kind", sa.String(8)),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("last_fetch_at", sa.String(32)),
        sa.Column("last_success_at", sa.String(32)),
        sa.Column("last_status", sa.String(40)),
        sa.Column("last_error", sa.Text),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("next_poll_at", sa.String(32)),
    )
    op.create_table(
        "feed_items",
        sa.Column("feed_id", sa.String(40), primary_key=True),
        sa.Column("item_key", sa.String(64), primary_key=True),
        sa.Column("url", sa.Text),
        sa.Column("url_hash", sa.String(64)),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.String(32)),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("doc_id", sa.String(300)),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("error", sa.Text),
        sa.Column("first_seen_at", sa.String(32), nullable=False),
        sa.Column("done_at", sa.String(32)),
    )
    op.create_index("ix_feed_items_url_hash", "feed_items", ["url_hash"])
    op.create_index("ix_feed_items_status", "feed_items", ["feed_id", "status"])
    op.create_table(
        "folder_files",
        sa.Column("path_hash", sa.String(64), primary_key=True),
        sa.Column("folder", sa.Text, nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("mtime_ns", sa.BigInteger, nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("documents", sa.Integer, nullable=False),
        sa.Column("error", sa.Text),
        sa.Column("seen_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_folder_files_folder", "folder_files", ["folder"])
    op.create_table(
        "ingest_log",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("doc_id", sa.String(300), nullable=False),
        sa.Column("change", sa.String(8), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_ingest_log_doc_id", "ingest_log", ["doc_id"])
    op.execute("INSERT INTO ingest_log (doc_id, change, at) "
               "SELECT id, 'added', ingested_at FROM documents ORDER BY ingested_at, id")


def downgrade() -> None:
    op.drop_table("ingest_log")
    op.drop_table("folder_files")
    op.drop_table("feed_items")
    op.drop_table("feeds")
