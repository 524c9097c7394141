"""A store made by an older dateline opens with the current one: data carried over."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from dateline.models import Document, Event
from dateline.store import Store
from dateline.store.db import MIGRATIONS, create_engine

from ..conftest import reset_postgres


def _upgraded_to(target: str, revision: str, *statements: str) -> None:
    """A store made by the dateline of ``revision``, with ``statements`` run on it."""
    engine = create_engine(target)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        for statement in statements:
            connection.execute(sa.text(statement))
    engine.dispose()


def test_a_store_at_0003_is_upgraded_and_its_documents_keep_their_families(store_target):
    if store_target.startswith("postgresql"):
        reset_postgres(store_target)
    _upgraded_to(store_target, "0003_feeds",
                 "INSERT INTO documents (id, content_hash, text, meta, simhash, family_id, ingested_at) "
                 "VALUES ('old', 'h', 'An old report.', '{}', 1234, 'wire-family', '2024-01-01')",
                 "INSERT INTO document_bands (doc_id, band, value, day) VALUES ('old', 0, 7, '2024-01-01')")
    with Store(store_target) as store:  # migrates to the head
        with store.engine.connect() as conn:
            row = conn.execute(sa.text("SELECT simhash, family_id FROM document_bands WHERE doc_id = 'old'")).one()
            indexes = {ix["name"] for ix in sa.inspect(conn).get_indexes("events")}
        assert tuple(row) == (1234, "wire-family")
        assert "ix_events_filter" in indexes and "ix_events_country_date" not in indexes
        store.add(Document(id="new", text="A new report of a strike.", published="2024-01-02"),
                  [Event(doc_id="new", event_date="2024-01-02", sub_event_type="Air/drone strike", country_code="SY")])
        assert store.counts()["clusters"] == 1


def test_a_sqlite_store_at_0009_keeps_every_row_when_its_documents_table_is_rebuilt(tmp_path):
    """0010 rebuilds ``documents`` without its unique hash constraint: dropping the old table
    must delete no event or band row (foreign keys are off while it runs), and the hash stays
    unique with its publication date."""
    target = str(tmp_path / "old.db")
    report = Document(id="kept", text="Shelling hit Kherson on Monday.", published="2024-05-06")
    with Store(target) as store:
        store.add(report, [Event(doc_id="kept", event_date="2024-05-06", country_code="UA",
                                 sub_event_type="Shelling/artillery/missile attack")])
        before = store.counts()
        with store.engine.begin() as conn:  # the store as revision 0009 left it
            conn.execute(sa.text("DROP INDEX ix_documents_published_hash"))
            conn.execute(sa.text("CREATE UNIQUE INDEX ix_documents_content_hash_0009 ON documents (content_hash)"))
            conn.execute(sa.text("UPDATE alembic_version SET version_num = '0009_published_hash'"))
    with Store(target) as store:  # migrates to the head
        assert store.counts() == before and before["events"] == 1
        assert store.add(report, []).outcome == "unchanged"
        with store.engine.connect() as conn:
            bands = conn.execute(sa.text("SELECT count(*) FROM document_bands WHERE doc_id = 'kept'")).scalar()
            plan = " ".join(str(row[-1]) for row in conn.execute(sa.text(
                "EXPLAIN QUERY PLAN SELECT content_hash FROM documents "
                "WHERE coalesce(published, '') = '2024-05-06' AND content_hash = 'x'")))
        assert bands and "ix_documents_published_hash" in plan
        store.add(Document(id="copy", text=report.text, published="2024-05-06"), [])
        assert store.counts()["documents"] == 1  # the same text and day: stored once


def test_a_sqlite_store_made_at_0009_loses_its_table_level_hash_constraint_and_no_band(tmp_path):
    target = str(tmp_path / "made-at-0009.db")
    _upgraded_to(target, "0009_published_hash",
                 "INSERT INTO documents (id, content_hash, published, text, meta, simhash, family_id, ingested_at) "
                 "VALUES ('old', 'h', '2024-01-01', 'An old report.', '{}', 1234, 'old', '2024-01-01')",
                 "INSERT INTO document_bands (doc_id, band, value, day) VALUES ('old', 0, 7, '2024-01-01')")
    engine = create_engine(target)
    with engine.connect() as connection:
        assert "UNIQUE (content_hash)" in connection.execute(sa.text(
            "SELECT sql FROM sqlite_master WHERE name = 'documents'")).scalar()
    engine.dispose()
    with Store(target) as store, store.engine.connect() as conn:
        ddl = conn.execute(sa.text("SELECT sql FROM sqlite_master WHERE name = 'documents'")).scalar()
        bands = conn.execute(sa.text("SELECT count(*) FROM document_bands WHERE doc_id = 'old'")).scalar()
        unique = set(conn.execute(sa.text(
            "SELECT name FROM pragma_index_list('documents') WHERE \"unique\" AND origin != 'pk'")).scalars())
    assert "UNIQUE" not in ddl and bands == 1 and unique == {"ix_documents_published_hash"}
