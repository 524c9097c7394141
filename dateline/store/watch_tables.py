"""Tables of ``dateline watch`` and of the ingest sequence (migration ``0003_feeds``).

Kept apart from ``tables.py`` because only the watcher and the live API read them; they
share its ``metadata``. Times are ISO 8601 text in UTC, as ``documents.ingested_at`` is.
"""

from __future__ import annotations

import sqlalchemy as sa

from .tables import metadata

feeds = sa.Table(
    "feeds", metadata,
    sa.Column("feed_id", sa.String(40), primary_key=True),  # a hash of the URL: URLs can be long
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("title", sa.Text),
    sa.Column("kind", sa.String(8)),  # rss, atom, json (the format last seen)
    sa.Column("etag", sa.Text),
    sa.Column("last_modified", sa.Text),
    sa.Column("last_fetch_at", sa.String(32)),
    sa.Column("last_success_at", sa.String(32)),
    sa.Column("last_status", sa.String(40)),  # "200", "304", or the error code ("F101")
    sa.Column("last_error", sa.Text),
    sa.Column("failures", sa.Integer, nullable=False, default=0),  # consecutive failed polls
    sa.Column("next_poll_at", sa.String(32)),
)

feed_items = sa.Table(
    "feed_items", metadata,
    sa.Column("feed_id", sa.String(40), primary_key=True),
    sa.Column("item_key", sa.String(64), primary_key=True),  # hash of the guid, else of the link
    sa.Column("url", sa.Text),
    sa.Column("url_hash", sa.String(64), index=True),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.String(32)),
    # stored | duplicate | failed (final) or pending (failed transiently, tried again)
    sa.Column("status", sa.String(12), nullable=False),
    sa.Column("doc_id", sa.String(300)),
    sa.Column("attempts", sa.Integer, nullable=False, default=0),
    sa.Column("error", sa.Text),
    sa.Column("first_seen_at", sa.String(32), nullable=False),
    sa.Column("done_at", sa.String(32)),
)
sa.Index("ix_feed_items_status", feed_items.c.feed_id, feed_items.c.status)

folder_files = sa.Table(
    "folder_files", metadata,
    sa.Column("path_hash", sa.String(64), primary_key=True),
    sa.Column("folder", sa.Text, nullable=False, index=True),
    sa.Column("path", sa.Text, nullable=False),
    sa.Column("size", sa.BigInteger, nullable=False),
    sa.Column("mtime_ns", sa.BigInteger, nullable=False),
    sa.Column("status", sa.String(12), nullable=False),  # stored | failed
    sa.Column("documents", sa.Integer, nullable=False, default=0),
    sa.Column("error", sa.Text),
    sa.Column("seen_at", sa.String(32), nullable=False),
)

ingest_log = sa.Table(
    "ingest_log", metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("doc_id", sa.String(300), nullable=False, index=True),
    sa.Column("change", sa.String(8), nullable=False),  # added | updated | deleted
    sa.Column("at", sa.String(32), nullable=False),
    sqlite_autoincrement=True,
)
