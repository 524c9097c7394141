"""Records from the store's rows, built without validating them a second time.

Every row of ``events`` was an :class:`~dateline.models.Event` that passed validation when it
was written, so reading it back through ``model_validate`` re-checks what is already known to
hold; at a page of 100 events that was most of what an API request cost (enum look-ups, the
derived-code validator, the evidence spans, then ``model_dump`` to turn it all back into JSON).
Here rows become events with ``model_construct``, or go straight to the JSON form of an event
(what ``Event.model_dump(mode="json")`` gives) for the API's JSON pages. The two codes that
follow from the sub-event type are derived again (from a cached table), so a record never
disagrees with the taxonomy even when the store was written by an older version.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from ..models import CanonicalEvent, Event, Evidence, Report
from ..taxonomy import disorder_type, event_type_of

_EVENT_FIELDS = frozenset(Event.model_fields)
_CANONICAL_FIELDS = frozenset(CanonicalEvent.model_fields)


@lru_cache(maxsize=64)
def _codes(sub_event_type: str) -> tuple[str, str]:
    """(event_type, disorder_type) of a sub-event type, as the Event validator derives them."""
    return event_type_of(sub_event_type).value, disorder_type(sub_event_type).value


def _fields(row: Mapping[str, Any], names: frozenset[str]) -> dict[str, Any]:
    fields = {key: value for key, value in row.items() if key in names}
    fields["evidence"] = [Evidence.model_construct(**span) for span in fields.get("evidence") or ()]
    fields["event_type"], fields["disorder_type"] = _codes(fields["sub_event_type"])
    return fields


def event_from_row(row: Mapping[str, Any]) -> Event:
    """The event of a stored ``events`` row (plus ``reports``/``corroboration`` when joined)."""
    return Event.model_construct(**_fields(row, _EVENT_FIELDS))


def canonical_from_record(record: Mapping[str, Any], reports: list[dict[str, Any]]) -> CanonicalEvent:
    """A canonical event from its stored cluster fields and its reports' stored values."""
    fields = _fields(record, _CANONICAL_FIELDS)
    fields["report_list"] = [Report.model_construct(**report) for report in reports]
    return CanonicalEvent.model_construct(**fields)


def event_records_of_rows(keys: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[dict[str, Any]]:
    """The JSON form of each stored event (as ``event_record(event, provenance=False)``
    gives it) from plain result rows and their column names: no model at all."""
    keep = [(position, key) for position, key in enumerate(keys) if key in _EVENT_FIELDS and key != "provenance"]
    records = []
    for row in rows:
        record = {key: row[position] for position, key in keep}
        record["event_type"], record["disorder_type"] = _codes(record["sub_event_type"])
        day = record["event_date"]
        record["event_date"] = day.isoformat() if isinstance(day, dt.date) else day
        record.setdefault("evidence", [])
        records.append(record)
    return records
