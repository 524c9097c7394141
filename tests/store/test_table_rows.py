"""The rows an extraction worker makes (``dateline/table_rows.py``) are the tables' rows."""

from __future__ import annotations

import pickle

from dateline.models import Claim, Document, Event, Evidence
from dateline.pipeline import Extracted, extract_for_store
from dateline.store.tables import claims, events
from dateline.table_rows import rows_of


def _event() -> Event:
    return Event(doc_id="d1", event_date="2024-05-02", sub_event_type="Remote explosive/landmine/IED",
                 country="Mali", country_code="ML", location="Gao", fatalities=3,
                 evidence=[Evidence(field="sentence", text="A bomb", start=0, end=6)],
                 provenance={"type_reason": "explosive device"})


def test_rows_hold_every_column_of_their_tables_and_nothing_else():
    rows = rows_of([_event()], [Claim(doc_id="d1", kind="count", value=40)])
    assert list(rows.events[0]) == [column.name for column in events.columns]
    assert list(rows.claims[0]) == [column.name for column in claims.columns]


def test_a_worker_sends_rows_not_models(engine):
    doc = Document(id="w1", text="A roadside bomb killed three soldiers near Gao on Friday, the army said.",
                   published="2024-05-04", lang="en")
    extracted = pickle.loads(pickle.dumps(extract_for_store(doc, engine)))
    assert isinstance(extracted, Extracted) and extracted.error is None and extracted.fingerprint is not None
    assert extracted.rows.events and all(type(row) is dict for row in extracted.rows.events)
    assert extracted.rows.events[0]["doc_id"] == "w1" and extracted.rows.events[0]["cluster_id"] is None
