"""The ingest sequence a live view polls: every write numbered, in commit order."""

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from dateline.models import Document
from dateline.store import Store
from dateline.store.changes import changes_since, latest_seq
from dateline.store.db import MIGRATIONS, create_engine


def _doc(doc_id, text):
    return Document(id=doc_id, text=text, published="2024-05-02", lang="en")


def test_added_updated_and_deleted_are_numbered_in_order(store):
    assert latest_seq(store) == 0
    store.add(_doc("a", "A bomb exploded in Gao."), [])
    store.add(_doc("b", "Gunmen attacked Mopti."), [])
    store.add(_doc("a", "A bomb exploded in Gao, killing two."), [])
    store.add(_doc("b", "Gunmen attacked Mopti."), [])  # unchanged: not a change
    store.delete_document("b")
    changes = changes_since(store)
    assert [(c.doc_id, c.change) for c in changes] == [("a", "added"), ("b", "added"), ("a", "updated"),
                                                       ("b", "deleted")]
    assert [c.seq for c in changes] == sorted(c.seq for c in changes)
    assert changes_since(store, changes[1].seq) == changes[2:]
    assert changes_since(store, 0, limit=1) == changes[:1]
    assert latest_seq(store) == changes[-1].seq


def test_a_callers_bookkeeping_commits_with_the_document(store):
    seen = []

    def within(conn, outcome):
        seen.append(outcome)
        raise RuntimeError("the caller's write failed")

    try:
        store.add(_doc("c", "Shelling hit Kherson."), [], within=within)
    except RuntimeError:
        pass
    assert seen == ["added"] and store.counts()["documents"] == 0 and latest_seq(store) == 0


def test_upgrading_an_older_store_numbers_its_documents(tmp_path):
    path = tmp_path / "old.db"
    engine = create_engine(str(path))
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
        for doc_id, when in (("late", "2024-05-03T00:00:00+00:00"), ("early", "2024-05-01T00:00:00+00:00")):
            connection.execute(sa.text(
                "INSERT INTO documents (id, content_hash, text, meta, ingested_at) "
                "VALUES (:id, :hash, 'text', '{}', :at)"), {"id": doc_id, "hash": doc_id, "at": when})
    engine.dispose()
    with Store(str(path)) as store:
        assert [(c.doc_id, c.change) for c in changes_since(store)] == [("early", "added"), ("late", "added")]


def test_the_change_number_reader_sees_every_commit_of_other_connections(store_target: str):
    """``LatestSeq`` keeps a connection of its own (autocommit on PostgreSQL): each read sees
    what other processes committed before it, and it never holds a transaction open."""
    import datetime as dt

    from dateline.models import Document, Event
    from dateline.store.changes import LatestSeq

    with Store(store_target) as served, Store(store_target) as writer:
        reader = LatestSeq(served)
        assert reader.own and reader.inline == (served.engine.dialect.name == "sqlite")
        assert reader() == 0
        for number in range(3):
            doc = Document(id=f"w{number}", text="Gunmen attacked a convoy.", published=f"2024-05-0{number + 1}")
            writer.add(doc, [Event(doc_id=doc.id, event_date=dt.date(2024, 5, number + 1), sub_event_type="Attack",
                                   country_code="ML")])
            assert reader() == latest_seq(writer) == number + 1
        writer.delete_document("w0")
        assert reader() == latest_seq(writer) == 4
        reader.close()
        assert reader() == latest_seq(writer)  # opens again when asked again
        reader.close()
