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

from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

import sqlalchemy as sa

from ..columns import CSV_COLUMNS, UNKNOWN_TO_DATELINE
from ..models import CanonicalEvent, Event, Evidence, Report
from ..taxonomy import disorder_type, event_type_of
from .tables import clusters, events

_EVENT_FIELDS = frozenset(Event.model_fields)
_CANONICAL_FIELDS = frozenset(CanonicalEvent.model_fields)


@lru_cache(maxsize=64)
def derived_codes(sub_event_type: str) -> tuple[str, str]:
    """(event_type, disorder_type) of a sub-event type, as the Event validator derives them."""
    return event_type_of(sub_event_type).value, disorder_type(sub_event_type).value


def _fields(row: Mapping[str, Any], names: frozenset[str]) -> dict[str, Any]:
    fields = {key: value for key, value in row.items() if key in names}
    fields["evidence"] = [Evidence.model_construct(**span) for span in fields.get("evidence") or ()]
    fields["event_type"], fields["disorder_type"] = derived_codes(fields["sub_event_type"])
    return fields


def event_from_row(row: Mapping[str, Any]) -> Event:
    """The event of a stored ``events`` row (plus ``reports``/``corroboration`` when joined)."""
    return Event.model_construct(**_fields(row, _EVENT_FIELDS))


def canonical_from_record(record: Mapping[str, Any], reports: list[dict[str, Any]]) -> CanonicalEvent:
    """A canonical event from its stored cluster fields and its reports' stored values."""
    fields = _fields(record, _CANONICAL_FIELDS)
    fields["report_list"] = [Report.model_construct(**report) for report in reports]
    return CanonicalEvent.model_construct(**fields)


def _json_row_column(name: str) -> sa.ColumnElement[Any]:
    """What a JSON row's column is read as: the stored column, or a placeholder that
    :func:`event_json_rows` fills in (derived codes, the year) or leaves null."""
    if name == "event_id_cnty":
        return events.c.event_id.label(name)
    if name in ("year", "event_type", "disorder_type") or name in UNKNOWN_TO_DATELINE:
        return sa.null().label(name)
    if name == "event_date":  # the stored text on SQLite, not a date made to be written again
        return sa.type_coerce(events.c.event_date, sa.String).label(name)
    if name == "evidence":  # the stored JSON text (both databases), not parsed to be written again
        return sa.cast(events.c.evidence, sa.Text).label(name)
    if name in ("reports", "corroboration"):
        return clusters.c[name].label(name)
    return events.c[name].label(name)


# the select list of the API's JSON rows, in the CSV's column order (events outer-joined to
# clusters)
JSON_ROW_COLUMNS = [_json_row_column(name) for name in CSV_COLUMNS]


def event_json_rows(rows: Iterable[Sequence[Any]]) -> list[dict[str, Any]]:
    """The API's JSON rows (``typed_row(event, CSV_COLUMNS)``) of result rows selected with
    ``JSON_ROW_COLUMNS``, with one difference: ``evidence`` is the stored JSON text, for the
    server to embed as it is (it was written from validated spans). One dict built from the
    row as it comes, then the year and the codes derived from the sub-event type."""
    records = []
    for row in rows:
        record = dict(zip(CSV_COLUMNS, row, strict=True))
        day = record["event_date"]
        if not isinstance(day, str):  # PostgreSQL's driver gives dates
            day = record["event_date"] = day.isoformat()
        record["year"] = int(day[:4])
        record["event_type"], record["disorder_type"] = derived_codes(record["sub_event_type"])
        records.append(record)
    return records
