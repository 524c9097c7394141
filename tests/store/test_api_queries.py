"""The HTTP API's read queries on synthetic events, on SQLite and PostgreSQL: keyset pages,
bounding boxes across the antimeridian, the map's capped points and the aggregates."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from dateline.errors import QueryError
from dateline.models import Document, Event
from dateline.store import EventQuery, Store
from dateline.store.api_queries import (
    ClaimFilter,
    EventFilter,
    canonical_page,
    claim_page,
    decode_cursor,
    encode_cursor,
    event_page,
    points,
    stats,
)

PLACES = [("Suva", "FJ", -18.14, 178.44), ("Taveuni", "FJ", -16.85, -179.95), ("Gao", "ML", 16.27, -0.04),
          ("Kidal", "ML", 18.44, 1.41), ("Mopti", "ML", 14.49, -4.20)]


@pytest.fixture
def spread(store: Store) -> Store:
    """Ten one-event documents, two a day from 2024-05-01, in five places far apart."""
    for i in range(10):
        name, code, lat, lon = PLACES[i % len(PLACES)]
        day = dt.date(2024, 5, 1) + dt.timedelta(days=i // 2)
        doc = Document(id=f"doc-{i:02d}", text=f"Report {i} from {name}.", published=day.isoformat(),
                       source=f"Wire {i}")
        store.add(doc, [Event(doc_id=doc.id, event_date=day, sub_event_type="Armed clash", country_code=code,
                              location=name, latitude=lat, longitude=lon, fatalities=i)])
    return store


def test_cursors_round_trip_and_refuse_anything_else():
    assert decode_cursor(encode_cursor(["2024-05-01", "doc/é", "ev-1"]), 3) == ["2024-05-01", "doc/é", "ev-1"]
    for bad in ("", "%%%", encode_cursor(["a", "b"]), "eyJhIjogMX0"):
        with pytest.raises(QueryError):
            decode_cursor(bad, 3)


def test_keyset_pages_follow_the_store_order(spread: Store):
    expected = [e.event_id for e in spread.events()]
    seen, cursor = [], None
    while True:
        page = event_page(spread, EventFilter(), limit=3, after=cursor)
        seen += [e.event_id for e in page.items]
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert seen == expected
    # a page read after the store grew still starts right after the last one seen
    first = event_page(spread, EventFilter(), limit=4)
    doc = Document(id="doc-early", text="An older report.", published="2024-04-01")
    spread.add(doc, [Event(doc_id=doc.id, event_date=dt.date(2024, 4, 1), sub_event_type="Armed clash")])
    second = event_page(spread, EventFilter(), limit=4, after=first.next_cursor)
    assert [e.event_id for e in second.items] == expected[4:8]


def test_canonical_pages_carry_their_reports(spread: Store):
    page = canonical_page(spread, EventFilter(query=EventQuery(country="ML")), limit=100)
    assert [c.event_id for c in page.items] == [c.event_id for c in spread.canonical(EventQuery(country="ML"))]
    assert all(c.report_list and c.report_list[0].doc_id for c in page.items) and page.next_cursor is None


def test_bbox_across_the_antimeridian(spread: Store):
    fiji = {e.event_id for e in spread.events() if e.country_code == "FJ"}
    across = EventFilter(bbox=(178.0, -20.0, -179.0, -15.0))
    assert {e.event_id for e in event_page(spread, across, limit=100).items} == fiji
    plain = EventFilter(bbox=(-5.0, 10.0, 5.0, 20.0), min_fatalities=5)
    assert {e.location for e in event_page(spread, plain, limit=100).items} <= {"Gao", "Kidal", "Mopti"}
    assert all((e.fatalities or 0) >= 5 for e in event_page(spread, plain, limit=100).items)


def test_points_are_capped_and_coded(spread: Store):
    capped = points(spread, EventFilter(), canonical=False, max_points=4)
    assert capped["truncated"] and capped["count"] == 4
    full = points(spread, EventFilter(), canonical=False, max_points=100)
    assert not full["truncated"] and full["count"] == 10
    names = [full["values"][i] for i in full["columns"]["location"]]
    assert sorted(names) == sorted(e.location for e in spread.events())


def test_stats_by_day_week_country_and_type(spread: Store):
    daily = stats(spread, EventFilter(), canonical=False)
    assert daily["total"] == {"events": 10, "fatalities": 45, "first_day": "2024-05-01", "last_day": "2024-05-05"}
    assert [row["events"] for row in daily["by_period"]] == [2, 2, 2, 2, 2]
    weekly = stats(spread, EventFilter(), canonical=False, interval="week")["by_period"]
    # 2024-05-01 was a Wednesday: Wed-Sun fall in the week of Monday 2024-04-29
    assert weekly == [{"period": "2024-04-29", "events": 10, "fatalities": 45}]
    countries = {row["country_code"]: row["events"] for row in daily["by_country"]}
    assert countries == {"ML": 6, "FJ": 4}
    empty = stats(spread, EventFilter(query=EventQuery(country="ZZ")), canonical=True)
    assert empty["total"]["events"] == 0 and empty["by_period"] == []


def test_claim_pages(store: Store):
    from dateline.models import Claim

    doc = Document(id="c", text="Forty attacks since October, officials said.")
    store.add(doc, [], [Claim(doc_id="c", kind="count", value=40 + i, subject=f"attack {i}") for i in range(5)])
    first = claim_page(store, ClaimFilter(), limit=2)
    rest = claim_page(store, ClaimFilter(), limit=10, after=first.next_cursor)
    assert len(first.items) == 2 and len(rest.items) == 3 and rest.next_cursor is None
    assert len(claim_page(store, ClaimFilter(text="ATTACK 3"), limit=10).items) == 1
    assert claim_page(store, ClaimFilter(kinds=("denial",)), limit=10).items == []


TYPED = [("Air/drone strike", 3), ("Peaceful protest", 0), ("Excessive force against protesters", 2),
         ("Arrests", 0), ("Armed clash", 5)]


@pytest.fixture
def typed(store: Store) -> Store:
    """One event of each sub-event type of ``TYPED``, a day apart, all in Mali."""
    for i, (sub, dead) in enumerate(TYPED):
        day = dt.date(2024, 6, 1) + dt.timedelta(days=i)
        doc = Document(id=f"typed-{i}", text=f"Report {i}.", published=day.isoformat())
        store.add(doc, [Event(doc_id=doc.id, event_date=day, sub_event_type=sub, country_code="ML",
                              location="Gao", fatalities=dead)])
    return store


@pytest.mark.parametrize("types", [("Battles",), ("armed CLASH",), ("Demonstrations",), ("Protests",),
                                   ("Political violence",), ("Strategic developments", "Riots"),
                                   ("Political violence; Demonstrations",), ("no such type",)])
def test_type_filter_on_the_sub_event_type_matches_the_stored_columns(typed: Store, types: tuple[str, ...]):
    """The API tests the sub-event type only (which the events index holds); it finds the
    events that testing the event, sub-event and disorder type columns finds."""
    query = EventQuery(country="ML", since=dt.date(2024, 6, 1), until=dt.date(2024, 6, 30), types=types)
    expected = [e.event_id for e in typed.events(query)]
    assert [e.event_id for e in event_page(typed, EventFilter(query=query), limit=50).items] == expected
    assert stats(typed, EventFilter(query=query), canonical=False)["total"]["events"] == len(expected)


def test_stats_of_a_country_and_period_read_the_index_alone(typed: Store):
    """On SQLite the plan of a country's quarter says so (PostgreSQL decides by its statistics)."""
    if typed.engine.dialect.name != "sqlite":
        pytest.skip("SQLite's plan")
    import sqlalchemy as sa

    from dateline.store.tables import events

    query = EventQuery(country="ML", since=dt.date(2024, 6, 1), until=dt.date(2024, 8, 30), types=("Battles",))
    statement = sa.select(events.c.event_date, events.c.country, events.c.sub_event_type, events.c.fatalities) \
        .where(*EventFilter(query=query).where())
    sql = str(statement.compile(typed.engine, compile_kwargs={"literal_binds": True}))
    with typed.engine.connect() as conn:
        plan = " ".join(row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
    assert "COVERING INDEX ix_events_filter" in plan
    by_type = stats(typed, EventFilter(query=replace(query, types=())), canonical=False)["by_type"]
    assert {(row["event_type"], row["sub_event_type"]): row["fatalities"] for row in by_type} == {
        ("Battles", "Armed clash"): 5, ("Explosions/Remote violence", "Air/drone strike"): 3,
        ("Protests", "Peaceful protest"): 0, ("Protests", "Excessive force against protesters"): 2,
        ("Strategic developments", "Arrests"): 0}


@pytest.mark.parametrize("interval", ["day", "week"])
def test_stats_equal_sums_over_the_events_themselves(typed: Store, interval: str):
    """The grouped statement against a direct reading of every matching event."""
    for extra, (sub, dead) in enumerate(TYPED[:3]):  # more events, on days and in a country already used
        day = dt.date(2024, 6, 1) + dt.timedelta(days=extra * 3)
        doc = Document(id=f"more-{extra}", text=f"Another report {extra}.", published=day.isoformat())
        typed.add(doc, [Event(doc_id=doc.id, event_date=day, sub_event_type=sub, country_code="NE",
                              location="Niamey", fatalities=dead + 1)])
    for query in (EventQuery(), EventQuery(country="ML"), EventQuery(types=("Political violence",)),
                  EventQuery(since=dt.date(2024, 6, 3), until=dt.date(2024, 6, 7))):
        found = list(typed.events(query))
        got = stats(typed, EventFilter(query=query), canonical=False, interval=interval)
        periods: dict[str, list[int]] = {}
        for event in found:
            day = event.event_date - dt.timedelta(days=event.event_date.weekday() if interval == "week" else 0)
            bucket = periods.setdefault(day.isoformat(), [0, 0])
            bucket[0] += 1
            bucket[1] += event.fatalities or 0
        assert got["by_period"] == [{"period": day, "events": n, "fatalities": d}
                                    for day, (n, d) in sorted(periods.items())]
        assert got["total"]["events"] == len(found)
        assert got["total"]["fatalities"] == sum(e.fatalities or 0 for e in found)
        assert {row["country_code"]: row["events"] for row in got["by_country"]} == {
            code: sum(e.country_code == code for e in found) for code in {e.country_code for e in found}}
        assert {(row["event_type"], row["sub_event_type"]): row["fatalities"] for row in got["by_type"]} == {
            (e.event_type, e.sub_event_type): sum(other.fatalities or 0 for other in found
                                                  if other.sub_event_type == e.sub_event_type)
            for e in found}
