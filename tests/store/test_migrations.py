"""A store made by an older dateline opens with the current one: data carried over."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from dateline.models import Document, Event
from dateline.store import Store
from dateline.store.db import MIGRATIONS, create_engine

from ..conftest import reset_postgres


def test_a_store_at_0003_is_upgraded_and_its_documents_keep_their_families(store_target):
    if store_target.startswith("postgresql"):
        reset_postgres(store_target)
    engine = create_engine(store_target)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0003_feeds")
        connection.execute(sa.text(
            "INSERT INTO documents (id, content_hash, text, meta, simhash, family_id, ingested_at) "
            "VALUES ('old', 'h', 'An old report.', '{}', 1234, 'wire-family', '2024-01-01')"))
        connection.execute(sa.text("INSERT INTO document_bands (doc_id, band, value, day) "
                                   "VALUES ('old', 0, 7, '2024-01-01')"))
    engine.dispose()
    with Store(store_target) as store:  # migrates to the head
        with store.engine.connect() as conn:
            row = conn.execute(sa.text("SELECT simhash, family_id FROM document_bands WHERE doc_id = 'old'")).one()
            indexes = {ix["name"] for ix in sa.inspect(conn).get_indexes("events")}
        assert tuple(row) == (1234, "wire-family")
        assert "ix_events_filter" in indexes and "ix_events_country_date" not in indexes
        store.add(Document(id="new", text="A new report of a strike.", published="2024-01-02"),
                  [Event(doc_id="new", event_date="2024-01-02", sub_event_type="Air/drone strike", country_code="SY")])
        assert store.counts()["clusters"] == 1
