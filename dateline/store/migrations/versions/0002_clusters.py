"""Canonical events (clusters), analysts' merge/split overrides, SimHash bands of documents.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "clusters",
        sa.Column("cluster_id", sa.String(40), primary_key=True),
        sa.Column("event_date", sa.Date, nullable=False),
        sa.Column("time_precision", sa.Integer, nullable=False),
        sa.Column("sub_event_type", sa.String(64), nullable=False),
        sa.Column("country_code", sa.String(2), nullable=False),
        sa.Column("admin1", sa.String(200), nullable=False),
        sa.Column("latitude", sa.Float),
        sa.Column("longitude", sa.Float),
        sa.Column("geo_precision", sa.Integer),
        sa.Column("actor1", sa.String(300), nullable=False),
        sa.Column("actor2", sa.String(300), nullable=False),
        sa.Column("lead_event_id", sa.String(40), nullable=False),
        sa.Column("reports", sa.Integer, nullable=False),
        sa.Column("corroboration", sa.Integer, nullable=False),
        sa.Column("fatalities_min", sa.Integer),
        sa.Column("fatalities_max", sa.Integer),
        sa.Column("injured_min", sa.Integer),
        sa.Column("injured_max", sa.Integer),
        sa.Column("first_reported", sa.String(32)),
        sa.Column("merge_reasons", sa.JSON, nullable=False),
    )
    op.create_index("ix_clusters_block", "clusters", ["country_code", "event_date"])
    op.create_table(
        "cluster_overrides",
        sa.Column("event_id", sa.String(40), primary_key=True),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("target_event_id", sa.String(40)),
        sa.Column("created_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "document_bands",
        sa.Column("doc_id", sa.String(300), sa.ForeignKey("documents.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("band", sa.Integer, primary_key=True),
        sa.Column("value", sa.Integer, nullable=False),
        sa.Column("day", sa.String(10), nullable=False),
    )
    op.create_index("ix_document_bands_value", "document_bands", ["band", "value", "day"])


def downgrade() -> None:
    op.drop_table("document_bands")
    op.drop_table("cluster_overrides")
    op.drop_table("clusters")
