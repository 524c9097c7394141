"""Indexes for scale: events by (country, day), canonical events by blocking key, SimHash
bands that answer a family look-up alone.

``ix_events_country_date`` serves the HTTP API's and the CLI's usual filter (a country and a
date range) and replaces the index on the country alone, which it starts with.
``ix_clusters_blocking`` serves the merge stage's candidate query: the canonical events of a
country with one date precision within a range of days (``merge/blocking.py``); it replaces
the index on (country, day), which read the widest window for every report.
``document_bands`` carries its document's SimHash and family, and its index covers them: a
family look-up reads the index only, never the documents (whose text makes every row long).

Revision ID: 0004_scale
Revises: 0003_feeds
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_scale"
down_revision = "0003_feeds"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_events_country_date", "events", ["country_code", "event_date"])
    op.drop_index("ix_events_country_code", table_name="events")
    op.create_index("ix_clusters_blocking", "clusters", ["country_code", "time_precision", "event_date"])
    op.drop_index("ix_clusters_block", table_name="clusters")
    with op.batch_alter_table("document_bands") as table:
        table.add_column(sa.Column("simhash", sa.BigInteger))
        table.add_column(sa.Column("family_id", sa.String(300)))
    op.execute("UPDATE document_bands SET simhash = (SELECT simhash FROM documents WHERE id = doc_id), "
               "family_id = (SELECT family_id FROM documents WHERE id = doc_id)")
    op.drop_index("ix_document_bands_value", table_name="document_bands")
    op.create_index("ix_document_bands_lookup", "document_bands", ["band", "value", "day", "simhash", "family_id"])


def downgrade() -> None:
    op.create_index("ix_document_bands_value", "document_bands", ["band", "value", "day"])
    op.drop_index("ix_document_bands_lookup", table_name="document_bands")
    with op.batch_alter_table("document_bands") as table:
        table.drop_column("family_id")
        table.drop_column("simhash")
    op.create_index("ix_clusters_block", "clusters", ["country_code", "event_date"])
    op.drop_index("ix_clusters_blocking", table_name="clusters")
    op.create_index("ix_events_country_code", "events", ["country_code"])
    op.drop_index("ix_events_country_date", table_name="events")
