"""The bookkeeping of ``dateline backfill``: shards done, documents waiting for the merge pass.

Revision ID: 0005_backfill
Revises: 0004_scale
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_backfill"
down_revision = "0004_scale"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "backfill_shards",
        sa.Column("shard_key", sa.String(64), primary_key=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("documents", sa.Integer, nullable=False),
        sa.Column("done_at", sa.String(32), nullable=False),
    )
    op.create_table(
        "merge_queue",
        sa.Column("doc_id", sa.String(300), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("position", sa.BigInteger, nullable=False),
    )
    op.create_index("ix_merge_queue_position", "merge_queue", ["position"])


def downgrade() -> None:
    op.drop_table("merge_queue")
    op.drop_table("backfill_shards")
