"""Stored rows are read back without validating them again (``dateline.store.rows``): the
records must be exactly those that validation would give, field by field and in every
export, for real extractions (evidence, provenance, merged reports) and for odd values."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import sqlalchemy as sa

from dateline import pipeline
from dateline.export.records import CANONICAL_COLUMNS, CSV_COLUMNS, event_record, typed_row
from dateline.models import CanonicalEvent, Document, Event, Evidence
from dateline.store import Store
from dateline.store.rows import event_from_row
from dateline.store.tables import events

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _validated(row: dict) -> Event:
    return Event.model_validate(row)


def test_events_read_back_equal_validated_records(store: Store, engine):  # type: ignore[no-untyped-def]
    pipeline.ingest([EXAMPLES], store, engine=engine)
    with store.engine.connect() as conn:
        rows = [dict(row) for row in conn.execute(sa.select(events)).mappings()]
    assert len(rows) >= 5 and any(row["evidence"] for row in rows)
    for row in rows:
        fast, checked = event_from_row(row), _validated(row)
        assert fast == checked
        assert event_record(fast) == event_record(checked)
        assert typed_row(fast, CSV_COLUMNS) == typed_row(checked, CSV_COLUMNS)


def test_canonical_events_equal_validated_records(store: Store, engine):  # type: ignore[no-untyped-def]
    pipeline.ingest([EXAMPLES], store, engine=engine)
    canonical = list(store.canonical())
    assert any(len(event.report_list) > 1 for event in canonical)  # the examples tell one event twice
    for event in canonical:
        checked = CanonicalEvent.model_validate(event.model_dump())
        assert event == checked
        assert typed_row(event, CANONICAL_COLUMNS) == typed_row(checked, CANONICAL_COLUMNS)


def test_codes_follow_the_sub_event_type_not_the_stored_columns(store: Store):
    """A store written when the taxonomy coded a sub-type differently reads as today's."""
    doc = Document(id="d1", text="Troops shelled the town.", published="2024-03-02")
    store.add(doc, [Event(doc_id="d1", event_date=dt.date(2024, 3, 2), sub_event_type="Peaceful protest",
                          fatalities=None, evidence=[Evidence(field="event_type", text="Troops", start=0, end=6)])])
    with store.engine.begin() as conn:
        conn.execute(events.update().values(event_type="Battles", disorder_type="Political violence"))
    event = next(store.events())
    assert (event.event_type, event.disorder_type) == ("Protests", "Demonstrations")
    assert event.fatalities is None and event.evidence[0].end == 6
    assert event.model_dump() == _validated(event.model_dump()).model_dump()


def test_api_json_rows_without_models_equal_the_exported_rows(store: Store, engine):  # type: ignore[no-untyped-def]
    """The API's JSON pages skip models entirely and read only the columns they show (the
    evidence as its stored JSON text); their rows are those of the CSV export's typed rows of
    validated events, page after page."""
    from dateline.store.api_queries import EventFilter, event_json_page, event_page

    pipeline.ingest([EXAMPLES], store, engine=engine)
    cursor, fast_cursor, pages = None, None, 0
    while True:
        page = event_page(store, EventFilter(), limit=4, after=cursor)
        fast = event_json_page(store, EventFilter(), limit=4, after=fast_cursor)
        assert all(isinstance(row["evidence"], str) for row in fast.items)
        assert [{**row, "evidence": json.loads(row["evidence"])} for row in fast.items] == [
            typed_row(_validated(event.model_dump()), CSV_COLUMNS) for event in page.items]
        assert list(fast.items[0]) == CSV_COLUMNS
        assert fast.next_cursor == page.next_cursor
        pages += 1
        if page.next_cursor is None:
            break
        cursor = fast_cursor = page.next_cursor
    assert pages >= 2
