"""The store's tables (SQLAlchemy Core). Alembic migrations in ``migrations/`` create them.

Column names of ``events`` are the data contract's field names, so that a SQL user sees the
same record as a JSON or CSV user.
"""

from __future__ import annotations

import sqlalchemy as sa

from ..models import MAX_ID_LENGTH, MAX_LANG_LENGTH, MAX_NAME_LENGTH

metadata = sa.MetaData()

documents = sa.Table(
    "documents", metadata,
    sa.Column("id", sa.String(MAX_ID_LENGTH), primary_key=True),
    # unique with ``coalesce(published, '')`` first (0009 on PostgreSQL, 0010 on SQLite)
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("title", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("source", sa.String(MAX_NAME_LENGTH)),
    sa.Column("published", sa.String(32)),
    sa.Column("lang", sa.String(MAX_LANG_LENGTH)),
    sa.Column("place", sa.String(MAX_NAME_LENGTH)),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("meta", sa.JSON, nullable=False, default=dict),
    sa.Column("simhash", sa.BigInteger),
    sa.Column("family_id", sa.String(300), index=True),
    sa.Column("ingested_at", sa.String(32), nullable=False),
)

events = sa.Table(
    "events", metadata,
    sa.Column("event_id", sa.String(40), primary_key=True),
    sa.Column("doc_id", sa.String(MAX_ID_LENGTH), sa.ForeignKey("documents.id", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("cluster_id", sa.String(40), index=True),
    sa.Column("event_date", sa.Date, nullable=False, index=True),
    sa.Column("time_precision", sa.Integer, nullable=False),
    sa.Column("disorder_type", sa.String(64)),
    sa.Column("event_type", sa.String(64), nullable=False),
    sa.Column("sub_event_type", sa.String(64), nullable=False),
    sa.Column("actor1", sa.String(300), nullable=False, default=""),
    sa.Column("assoc_actor_1", sa.String(300), nullable=False, default=""),
    sa.Column("inter1", sa.Integer),
    sa.Column("actor2", sa.String(300), nullable=False, default=""),
    sa.Column("assoc_actor_2", sa.String(300), nullable=False, default=""),
    sa.Column("inter2", sa.Integer),
    sa.Column("interaction", sa.Integer),
    sa.Column("civilian_targeting", sa.String(32), nullable=False, default=""),
    sa.Column("country", sa.String(120), nullable=False, default=""),
    sa.Column("country_code", sa.String(2), nullable=False, default=""),
    sa.Column("iso", sa.Integer),
    sa.Column("region", sa.String(120), nullable=False, default=""),
    sa.Column("admin1", sa.String(200), nullable=False, default=""),
    sa.Column("admin2", sa.String(200), nullable=False, default=""),
    sa.Column("location", sa.String(300), nullable=False, default=""),
    sa.Column("latitude", sa.Float),
    sa.Column("longitude", sa.Float),
    sa.Column("geo_precision", sa.Integer),
    sa.Column("geonameid", sa.BigInteger),
    sa.Column("fatalities", sa.Integer),
    sa.Column("injured", sa.Integer),
    sa.Column("intercepted", sa.Boolean, nullable=False, default=False),
    sa.Column("source", sa.String(300), nullable=False, default=""),
    sa.Column("source_url", sa.Text, nullable=False, default=""),
    sa.Column("claimed_by", sa.Text, nullable=False, default=""),
    sa.Column("language", sa.String(8), nullable=False, default=""),
    sa.Column("notes", sa.Text, nullable=False, default=""),
    sa.Column("evidence", sa.JSON, nullable=False, default=list),
    sa.Column("confidence", sa.Float, nullable=False, default=0.5),
    sa.Column("provenance", sa.JSON, nullable=False, default=dict),
)

# a country and a range of days, the usual filter of the API and the CLI; with the sub-event
# type, fatalities and country name in it, a type filter is checked and /api/stats is
# answered from the index alone (migration 0006_api_filter)
sa.Index("ix_events_filter", events.c.country_code, events.c.event_date, events.c.sub_event_type,
         events.c.fatalities, events.c.country)

claims = sa.Table(
    "claims", metadata,
    sa.Column("claim_id", sa.String(40), primary_key=True),
    sa.Column("doc_id", sa.String(MAX_ID_LENGTH), sa.ForeignKey("documents.id", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("subject", sa.Text, nullable=False, default=""),
    sa.Column("value", sa.Integer),
    sa.Column("period", sa.Text, nullable=False, default=""),
    sa.Column("claimed_by", sa.Text, nullable=False, default=""),
    sa.Column("evidence", sa.JSON, nullable=False, default=list),
)

clusters = sa.Table(
    "clusters", metadata,
    sa.Column("cluster_id", sa.String(40), primary_key=True),
    sa.Column("event_date", sa.Date, nullable=False),
    sa.Column("time_precision", sa.Integer, nullable=False),
    sa.Column("sub_event_type", sa.String(64), nullable=False),
    sa.Column("country_code", sa.String(2), nullable=False),
    sa.Column("admin1", sa.String(200), nullable=False, default=""),
    sa.Column("latitude", sa.Float),
    sa.Column("longitude", sa.Float),
    sa.Column("geo_precision", sa.Integer),
    sa.Column("actor1", sa.String(300), nullable=False, default=""),
    sa.Column("actor2", sa.String(300), nullable=False, default=""),
    sa.Column("lead_event_id", sa.String(40), nullable=False),
    sa.Column("reports", sa.Integer, nullable=False, default=1),
    sa.Column("corroboration", sa.Integer, nullable=False, default=1),
    sa.Column("fatalities_min", sa.Integer),
    sa.Column("fatalities_max", sa.Integer),
    sa.Column("injured_min", sa.Integer),
    sa.Column("injured_max", sa.Integer),
    sa.Column("first_reported", sa.String(32)),
    sa.Column("merge_reasons", sa.JSON, nullable=False, default=list),
)
# the merge stage's blocking key (migration 0004_scale)
sa.Index("ix_clusters_blocking", clusters.c.country_code, clusters.c.time_precision, clusters.c.event_date)

cluster_overrides = sa.Table(
    "cluster_overrides", metadata,
    sa.Column("event_id", sa.String(40), primary_key=True),
    sa.Column("kind", sa.String(10), nullable=False),  # "merge" (join target's cluster) or "split"
    sa.Column("target_event_id", sa.String(40)),
    sa.Column("created_at", sa.String(32), nullable=False),
)

document_bands = sa.Table(
    "document_bands", metadata,
    # a foreign key on SQLite; on PostgreSQL not (migration 0007_band_lookups: its row-by-row
    # check cost more than the rows; the writer deletes a document's band rows with it)
    sa.Column("doc_id", sa.String(MAX_ID_LENGTH), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("band", sa.Integer, primary_key=True),
    sa.Column("value", sa.Integer, nullable=False),
    sa.Column("day", sa.String(10), nullable=False, default=""),  # publication day, "" if unknown
    sa.Column("simhash", sa.BigInteger),  # the document's, so that a look-up reads this index alone
    sa.Column("family_id", sa.String(300)),
)
# the family look-up, on both databases led by the publication month (migrations
# 0007_band_lookups, 0008_band_months), so that a batch's rows go to the current month's pages,
# not to random pages of an index that grows with the store
sa.Index("ix_document_bands_month", sa.func.substr(document_bands.c.day, 1, 7), document_bands.c.band,
         document_bands.c.value, document_bands.c.day, document_bands.c.simhash, document_bands.c.family_id)
# the rows of documents of unknown day (usually none), so that a batch asks for them only if
# there are any (migration 0007_band_lookups)
sa.Index("ix_document_bands_undated", document_bands.c.band, document_bands.c.value,
         sqlite_where=document_bands.c.day == "", postgresql_where=document_bands.c.day == "")

# ``dateline backfill`` (migration 0005_backfill): shards written, documents not merged yet
backfill_shards = sa.Table(
    "backfill_shards", metadata,
    sa.Column("shard_key", sa.String(64), primary_key=True),  # what the shard holds, hashed
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("documents", sa.Integer, nullable=False),
    sa.Column("done_at", sa.String(32), nullable=False),
)

merge_queue = sa.Table(
    "merge_queue", metadata,
    sa.Column("doc_id", sa.String(MAX_ID_LENGTH), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("position", sa.BigInteger, nullable=False),  # the document's place in the inputs' order
)
sa.Index("ix_merge_queue_position", merge_queue.c.position)
