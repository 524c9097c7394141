import datetime as dt

import pytest
import sqlalchemy as sa

from dateline import table_rows
from dateline.errors import StoreError
from dateline.models import Claim, Document, Event, Evidence
from dateline.store import EventQuery, Store, writer


def _doc(doc_id="d1", text="A bomb exploded in Gao.", published="2024-05-02"):
    return Document(id=doc_id, text=text, published=published, lang="en", source="Wire")


def _event(doc_id="d1", **fields):
    values = dict(doc_id=doc_id, event_date="2024-05-02", sub_event_type="Remote explosive/landmine/IED",
                  country="Mali", country_code="ML", location="Gao", latitude=16.27, longitude=-0.04,
                  actor1="Unidentified Armed Group (Mali)", actor2="Military Forces of Mali",
                  fatalities=3, evidence=[Evidence(field="sentence", text="A bomb", start=0, end=6)])
    values.update(fields)
    return Event(**values)


def test_add_is_idempotent_by_content(store):
    first = store.add(_doc(), [_event()], [Claim(doc_id="d1", kind="count", value=40)])
    again = store.add(_doc(), [_event()])
    assert (first.outcome, first.events, first.claims) == ("added", 1, 1)
    assert again.outcome == "unchanged"
    assert store.counts() == {"documents": 1, "events": 1, "claims": 1, "clusters": 1}
    assert store.has(_doc())


def test_same_id_with_new_content_replaces_the_document(store):
    store.add(_doc(), [_event(), _event(location="Ansongo", sub_event_type="Armed clash")])
    result = store.add(_doc(text="Updated: the bomb killed four."), [_event(fatalities=4)])
    assert result.outcome == "updated"
    events = list(store.events())
    assert [e.fatalities for e in events] == [4]


def _break_event_rows(monkeypatch):
    """Rows of events the database refuses (no document), found only when they are inserted."""
    real = table_rows.event_row
    monkeypatch.setattr(table_rows, "event_row", lambda event: {**real(event), "doc_id": None})


def test_a_failed_write_leaves_nothing_behind(store, monkeypatch):
    broken = _event()
    _break_event_rows(monkeypatch)
    with pytest.raises(StoreError):
        store.add(_doc(), [broken])
    assert store.counts()["documents"] == 0


def test_events_round_trip_every_field(store):
    original = _event(injured=7, intercepted=True, claimed_by="a police spokesman", confidence=0.8,
                      provenance={"type_reason": "explosive device"})
    store.add(_doc(), [original])
    (stored,) = list(store.events())
    assert stored.model_dump(exclude={"cluster_id", "reports", "corroboration"}) == \
        original.model_dump(exclude={"cluster_id", "reports", "corroboration"})


@pytest.fixture
def filled(store):
    store.add(_doc("a", "Bomb in Gao kills three soldiers."), [_event("a")])
    store.add(_doc("b", "Protest in Paris against pension reform.", "2024-06-10"), [_event(
        "b", event_date="2024-06-10", sub_event_type="Peaceful protest", country="France",
        country_code="FR", location="Paris", actor1="Protesters (France)", actor2="", fatalities=None)])
    store.add(_doc("c", "Drone shot down over Erbil.", "2023-11-09"), [_event(
        "c", event_date="2023-11-09", sub_event_type="Disrupted weapons use", country="Iraq",
        country_code="IQ", location="Erbil", actor1="US-led coalition forces", intercepted=True)])
    return store


@pytest.mark.parametrize("query, expected", [
    (EventQuery(country="IQ"), {"c"}),
    (EventQuery(country="france"), {"b"}),
    (EventQuery(since=dt.date(2024, 1, 1)), {"a", "b"}),
    (EventQuery(until=dt.date(2024, 5, 31)), {"a", "c"}),
    (EventQuery(types=("Protests",)), {"b"}),
    (EventQuery(types=("disrupted weapons use", "Peaceful protest")), {"b", "c"}),
    (EventQuery(types=("Strategic developments",)), {"c"}),
    (EventQuery(actor="coalition"), {"c"}),
    (EventQuery(text="pension"), {"b"}),
    (EventQuery(text="erbil"), {"c"}),
    (EventQuery(doc_id="a"), {"a"}),
    (EventQuery(limit=1), {"c"}),
])
def test_query_filters(filled, query, expected):
    assert {e.doc_id for e in filled.events(query)} == expected


def test_sqlite_store_uses_wal_and_foreign_keys(tmp_path):
    with Store(str(tmp_path / "x.db")) as store:
        with store.engine.connect() as conn:
            assert conn.execute(sa.text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(sa.text("PRAGMA foreign_keys")).scalar() == 1


def test_reopening_runs_no_migration_twice(store_target):
    with Store(store_target) as store:
        store.add(_doc(), [_event()])
    with Store(store_target) as store:
        assert store.counts()["events"] == 1


def test_unusable_database_url_is_a_store_error():
    with pytest.raises(StoreError):
        Store("nosuchdialect://x")


def test_a_document_stored_by_another_writer_meanwhile_is_unchanged(store_target, monkeypatch):
    """The race of two ingests: this writer's look-up finds nothing, then the other writer's
    insert lands first. This one sees "unchanged", not a UNIQUE-constraint failure."""
    with Store(store_target) as mine, Store(store_target) as theirs:
        looked_up = []
        original = writer._stored

        def blind_first_time(conn, items):
            if not looked_up:
                looked_up.append(items[0].doc.id)
                theirs.add(_doc(), [_event()])  # stored by the other process, a moment ago
                return set(), set()
            return original(conn, items)

        monkeypatch.setattr(writer, "_stored", blind_first_time)
        result = mine.add(_doc(), [_event()])
        assert looked_up == ["d1"]
        assert result.outcome == "unchanged"
        assert mine.counts()["documents"] == 1 and mine.counts()["events"] == 1


@pytest.mark.parametrize("field, value, message", [
    ("id", "x" * 5000, "'id' is 5,000 characters long (the limit is 300)"),
    ("text", "a bomb\x00 exploded", "'text' contains NUL characters"),
    ("lang", "english-language", "'lang' is 16 characters long (the limit is 8)"),
])
def test_what_no_store_can_keep_is_one_clear_error_on_every_store(store, field, value, message):
    doc = _doc().model_copy(update={field: value})
    with pytest.raises(StoreError) as caught:
        store.add(doc, [])
    assert message in str(caught.value)
    assert "[SQL" not in str(caught.value) and len(str(caught.value)) < 300
    assert store.counts()["documents"] == 0


def test_database_errors_are_one_line_without_the_statement(store, monkeypatch):
    _break_event_rows(monkeypatch)
    with pytest.raises(StoreError) as caught:
        store.add(_doc(text="x" * 5000), [_event()])
    message = str(caught.value)
    assert "\n" not in message and "[SQL" not in message and "xxxxxxxxxx" not in message


@pytest.mark.parametrize("fragment, expected", [("%", {"p"}), ("_", {"u"}), ("coalition", {"c"}),
                                                ("50%", {"p"}), ("a_b", {"u"}), ("a%b", set()),
                                                ("\\", set())])
def test_like_wildcards_in_filters_are_literal(filled, fragment, expected):
    filled.add(_doc("p", "Strike.", "2024-01-02"), [_event("p", actor1="Brigade 50% (Mali)", location="Kidal")])
    filled.add(_doc("u", "Clash.", "2024-01-03"), [_event("u", actor1="Group a_b", location="Menaka")])
    assert {e.doc_id for e in filled.events(EventQuery(actor=fragment))} == expected
    assert {e.doc_id for e in filled.events(EventQuery(text="%"))} == set()  # no note, place or text has one


def test_a_read_only_open_refuses_a_store_that_does_not_exist(tmp_path):
    from dateline.errors import NotFoundError

    with pytest.raises(NotFoundError, match="no dateline store"):
        Store(str(tmp_path / "typo.db"), create=False)
    assert not (tmp_path / "typo.db").exists()
    with Store(str(tmp_path / "real.db")):
        pass
    with Store(str(tmp_path / "real.db"), create=False) as store:
        assert store.counts()["documents"] == 0


def test_a_read_only_open_refuses_a_database_without_a_store(store_target):
    from dateline.errors import NotFoundError

    if "://" not in store_target:
        open(store_target, "wb").close()  # an empty SQLite file: a database, not a store
    with pytest.raises(NotFoundError):
        Store(store_target, create=False)


def test_a_deleted_or_replaced_document_leaves_no_band_rows_behind(store):
    store.add(_doc("kept", "Shelling hit the market of Gao at noon."), [_event("kept")])
    store.add(_doc("gone", "A convoy was ambushed north of Kidal on the road."), [_event("gone")])
    store.add(_doc("gone", "A convoy was ambushed north of Kidal on the main road."), [_event("gone")])
    with store.engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM document_bands WHERE doc_id = 'gone'")).scalar() == 6
    store.delete_document("gone")
    with store.engine.connect() as conn:
        left = conn.execute(sa.text("SELECT doc_id, count(*) FROM document_bands GROUP BY doc_id")).all()
    assert [tuple(row) for row in left] == [("kept", 6)]


_WIRE = ("Gunmen attacked a convoy on the road north of Gao on Sunday, killing three soldiers and wounding "
         "five, the army said in a statement. Residents said the attackers fled on motorcycles towards the "
         "border after an exchange of fire that lasted about an hour, and the road stayed closed overnight.")


def test_a_copy_published_in_the_next_month_joins_the_family_of_a_stored_story(store):
    """Band rows are looked up month by month (the index is led by the publication month):
    a copy three days later, across a month's end, still finds the stored story."""
    store.add(_doc("wire", _WIRE, "2024-05-30"), [])
    store.add(_doc("copy", _WIRE.replace("the army said", "the military said"), "2024-06-02"), [])
    store.add(_doc("late", _WIRE, "2024-06-20"), [])  # beyond a week: a story of its own
    with store.engine.connect() as conn:
        families = dict(conn.execute(sa.text("SELECT id, family_id FROM documents")).all())
    assert families == {"wire": "wire", "copy": "wire", "late": "late"}


def test_band_rows_are_indexed_by_publication_month_first(store):
    sql = ("SELECT indexname FROM pg_indexes WHERE tablename = 'document_bands'"
           if store.engine.dialect.name == "postgresql"
           else "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'document_bands'")
    with store.engine.connect() as conn:
        names = set(conn.execute(sa.text(sql)).scalars())
    assert "ix_document_bands_month" in names and "ix_document_bands_lookup" not in names


def test_a_document_with_no_publication_date_is_found_again(store):
    """On PostgreSQL the content hash is looked up with its publication date (0009): an
    unknown date is the empty one, in the index and in the look-up alike."""
    undated = Document(id="undated", text="A bomb exploded in Gao.", lang="en")
    assert store.add(undated, []).outcome == "added"
    assert store.add(undated, []).outcome == "unchanged"
    assert store.has(undated) and store.known([undated, _doc()]) == {undated.content_hash}
