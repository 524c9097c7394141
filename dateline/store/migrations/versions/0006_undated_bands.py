"""Band rows of documents of unknown publication day, in an index of their own.

A document of unknown day may be a copy of any, so the merge stage also looks up every band
value of a batch among undated documents: thousands of index searches per batch that find
nothing in a store where every document has a day. This partial index holds only the undated
rows (usually none): one look at it says whether that search is needed at all, and when it
is, it searches this small index.

Revision ID: 0006_undated_bands
Revises: 0005_backfill
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_undated_bands"
down_revision = "0005_backfill"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_document_bands_undated", "document_bands", ["band", "value"],
                    sqlite_where=sa.text("day = ''"), postgresql_where=sa.text("day = ''"))


def downgrade() -> None:
    op.drop_index("ix_document_bands_undated", table_name="document_bands")
