"""PostgreSQL: band rows indexed by publication month first, as on SQLite (0007).

Led by ``(band, value)``, the family look-up index took each new document's six band rows
to six random leaf pages of an index that grows with the store (four million rows at a
million events): past the size of PostgreSQL's shared buffers, nearly every row written
read a page from the operating system and wrote a dirty one back to make room, a cost per
batch that grew with the store. Led by the publication month,
``(substr(day, 1, 7), band, value, day, simhash, family_id)``, a batch writes into the
current month's part of the index only (a few hundred pages, always in memory), and a
look-up is still one index descent per (month, band, value).

Revision ID: 0008_band_months
Revises: 0007_band_lookups
"""

from alembic import op

revision = "0008_band_months"
down_revision = "0007_band_lookups"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE INDEX ix_document_bands_month ON document_bands "
            "(substr(day, 1, 7), band, value, day, simhash, family_id)"
        )
        op.drop_index("ix_document_bands_lookup", table_name="document_bands")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.create_index("ix_document_bands_lookup", "document_bands", ["band", "value", "day", "simhash", "family_id"])
        op.drop_index("ix_document_bands_month", table_name="document_bands")
