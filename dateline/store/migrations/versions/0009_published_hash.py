"""PostgreSQL: a document's content hash unique together with its publication date.

The content hash is a SHA-256, so its unique index took each new document to a random leaf
page of an index that grows with the store, and the batch's look-up of what is already stored
read 500 random pages of it (at a million events most of them from outside the shared
buffers: 16 ms of a batch's server time). The hash covers the publication date
(``Document.content_hash``), so one hash has one date, and ``(published, content_hash)`` is
unique exactly when the hash is; led by the publication date, a batch's rows and look-ups go
to the pages of its days. SQLite keeps its index on the hash alone: there the constraint is
part of the table, and replacing it would copy every stored document.

Revision ID: 0009_published_hash
Revises: 0008_band_months
"""

from alembic import op

revision = "0009_published_hash"
down_revision = "0008_band_months"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE UNIQUE INDEX ix_documents_published_hash ON documents ((coalesce(published, '')), content_hash)"
        )
        op.drop_constraint("documents_content_hash_key", "documents", type_="unique")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.create_unique_constraint("documents_content_hash_key", "documents", ["content_hash"])
        op.drop_index("ix_documents_published_hash", table_name="documents")
