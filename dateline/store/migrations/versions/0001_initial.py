"""Documents, per-document events and claims.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(300), primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("title", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("source", sa.String(300)),
        sa.Column("published", sa.String(32)),
        sa.Column("lang", sa.String(8)),
        sa.Column("place", sa.String(300)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("meta", sa.JSON, nullable=False),
        sa.Column("simhash", sa.BigInteger),
        sa.Column("family_id", sa.String(300)),
        sa.Column("ingested_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_documents_family_id", "documents", ["family_id"])
    op.create_table(
        "events",
        sa.Column("event_id", sa.String(40), primary_key=True),
        sa.Column("doc_id", sa.String(300), sa.ForeignKey("documents.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("cluster_id", sa.String(40)),
        sa.Column("event_date", sa.Date, nullable=False),
        sa.Column("time_precision", sa.Integer, nullable=False),
        sa.Column("disorder_type", sa.String(64)),
        sa.Column("event_type", sa.String(64), nullable=False),
        sa.Column("sub_event_type", sa.String(64), nullable=False),
        sa.Column("actor1", sa.String(300), nullable=False),
        sa.Column("assoc_actor_1", sa.String(300), nullable=False),
        sa.Column("inter1", sa.Integer),
        sa.Column("actor2", sa.String(300), nullable=False),
        sa.Column("assoc_actor_2", sa.String(300), nullable=False),
        sa.Column("inter2", sa.Integer),
        sa.Column("interaction", sa.Integer),
        sa.Column("civilian_targeting", sa.String(32), nullable=False),
        sa.Column("country", sa.String(120), nullable=False),
        sa.Column("country_code", sa.String(2), nullable=False),
        sa.Column("iso", sa.Integer),
        sa.Column("region", sa.String(120), nullable=False),
        sa.Column("admin1", sa.String(200), nullable=False),
        sa.Column("admin2", sa.String(200), nullable=False),
        sa.Column("location", sa.String(300), nullable=False),
        sa.Column("latitude", sa.Float),
        sa.Column("longitude", sa.Float),
        sa.Column("geo_precision", sa.Integer),
        sa.Column("geonameid", sa.BigInteger),
        sa.Column("fatalities", sa.Integer),
        sa.Column("injured", sa.Integer),
        sa.Column("intercepted", sa.Boolean, nullable=False),
        sa.Column("source", sa.String(300), nullable=False),
        sa.Column("source_url", sa.Text, nullable=False),
        sa.Column("claimed_by", sa.Text, nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("evidence", sa.JSON, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("provenance", sa.JSON, nullable=False),
    )
    for column in ("doc_id", "cluster_id", "event_date", "country_code"):
        op.create_index(f"ix_events_{column}", "events", [column])
    op.create_table(
        "claims",
        sa.Column("claim_id", sa.String(40), primary_key=True),
        sa.Column("doc_id", sa.String(300), sa.ForeignKey("documents.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("subject", sa.Text, nullable=False),
        sa.Column("value", sa.Integer),
        sa.Column("period", sa.Text, nullable=False),
        sa.Column("claimed_by", sa.Text, nullable=False),
        sa.Column("evidence", sa.JSON, nullable=False),
    )
    op.create_index("ix_claims_doc_id", "claims", ["doc_id"])


def downgrade() -> None:
    op.drop_table("claims")
    op.drop_table("events")
    op.drop_table("documents")
