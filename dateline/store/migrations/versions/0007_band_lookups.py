"""Band look-ups that stay cheap to write as the store grows, and undated rows apart.

SQLite: the band index led by the band value took each new document's six band rows to six
random pages of an index that grows with the store (half of the pages a batch wrote at
100,000 events). Led by the publication month, ``(substr(day, 1, 7), band, value, day, ...)``,
a batch writes into the current month's part of the index only, and a look-up is still one
index search per (month, band, value). PostgreSQL keeps ``(band, value, day, ...)``: it logs
the rows written, not whole pages, and its look-up is one descent per (band, value).

PostgreSQL checks a foreign key row by row (a trigger each): for the six band rows of every
document that cost more than writing them. Band rows are derived from their document and only
the store's writer makes or deletes them (deleting a document deletes its band rows first), so
on PostgreSQL ``document_bands.doc_id`` is no longer a foreign key.

Both: a document of unknown publication day may be a copy of any, so every band value of a
batch was also looked up among undated documents: thousands of index searches per batch that
find nothing in a store where every document has a day. A partial index holds only the
undated rows (usually none): one look says whether that search is needed at all.

Revision ID: 0007_band_lookups
Revises: 0006_api_filter
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_band_lookups"
down_revision = "0006_api_filter"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_document_bands_undated", "document_bands", ["band", "value"],
                    sqlite_where=sa.text("day = ''"), postgresql_where=sa.text("day = ''"))
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE INDEX ix_document_bands_month ON document_bands "
                   "(substr(day, 1, 7), band, value, day, simhash, family_id)")
        op.drop_index("ix_document_bands_lookup", table_name="document_bands")
    else:
        op.drop_constraint("document_bands_doc_id_fkey", "document_bands", type_="foreignkey")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.create_foreign_key("document_bands_doc_id_fkey", "document_bands", "documents", ["doc_id"], ["id"],
                              ondelete="CASCADE")
    if op.get_bind().dialect.name == "sqlite":
        op.create_index("ix_document_bands_lookup", "document_bands", ["band", "value", "day", "simhash", "family_id"])
        op.drop_index("ix_document_bands_month", table_name="document_bands")
    op.drop_index("ix_document_bands_undated", table_name="document_bands")
