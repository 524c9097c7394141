"""Flat records of events and claims, and the column orders of each export.

``ACLED_COLUMNS`` are ACLED's own column names in ACLED's order, for every column dateline
has (``admin3``, ``source_scale``, ``tags`` and ``timestamp`` are there, empty, so that
scripts written for ACLED exports find them); ``OWN_COLUMNS`` follow them.
"""

from __future__ import annotations

import json
from typing import Any

from ..columns import ACLED_COLUMNS as ACLED_COLUMNS  # the exports' column orders, re-exported
from ..columns import CANONICAL_COLUMNS as CANONICAL_COLUMNS
from ..columns import CLAIM_COLUMNS as CLAIM_COLUMNS
from ..columns import CSV_COLUMNS as CSV_COLUMNS
from ..columns import OWN_COLUMNS as OWN_COLUMNS
from ..columns import UNKNOWN_TO_DATELINE as UNKNOWN_TO_DATELINE
from ..models import Claim, Event

# what spreadsheet programs run as a formula when a cell starts with it (OWASP, CSV injection)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def event_record(event: Event, *, provenance: bool = True) -> dict[str, Any]:
    """The JSON-lines record of an event: the data contract's fields."""
    return event.model_dump(mode="json", exclude=None if provenance else {"provenance"})


def csv_row(event: Event, columns: list[str] = CSV_COLUMNS) -> dict[str, Any]:
    """A row of the ACLED-compatible CSV: ``fatalities`` is 0 when no death is reported, as
    in ACLED's files (JSON and Parquet keep null apart from 0), and no text cell can run as a
    spreadsheet formula."""
    record = _flat(event, columns)
    if record.get("fatalities") is None:
        record["fatalities"] = 0
    record["intercepted"] = "true" if record["intercepted"] else "false"
    return {column: csv_cell(record.get(column)) for column in columns}


def parquet_row(event: Event, columns: list[str] = CSV_COLUMNS) -> dict[str, Any]:
    """The CSV columns with typed values: nulls stay null, booleans stay booleans."""
    record = _flat(event, columns)
    return {column: record.get(column) for column in columns}


def typed_row(event: Event, columns: list[str] = CSV_COLUMNS) -> dict[str, Any]:
    """The CSV's columns in the CSV's order with typed values (nulls stay null, booleans stay
    booleans, evidence and reports stay lists): the rows of the HTTP API's JSON."""
    return typed_row_of_record(event_record(event, provenance=False), columns)


def typed_row_of_record(record: dict[str, Any], columns: list[str] = CSV_COLUMNS) -> dict[str, Any]:
    """:func:`typed_row` of an event already in its JSON form (``event_record`` without
    provenance, or a stored row read as one by ``dateline.store.rows.event_record_of_row``)."""
    get = record.get
    acled = {"event_id_cnty": record["event_id"], "year": int(record["event_date"][:4]),
             **dict.fromkeys(UNKNOWN_TO_DATELINE)}
    return {column: acled[column] if column in acled else get(column) for column in columns}


def _flat(event: Event, columns: list[str]) -> dict[str, Any]:
    """The CSV's columns with lists (evidence, reports) as JSON text, for flat files."""
    record = typed_row(event, columns)
    for key in ("evidence", "report_list"):
        if record.get(key) is not None:
            record[key] = json.dumps(record[key], ensure_ascii=False)
    return record


def claim_record(claim: Claim) -> dict[str, Any]:
    return claim.model_dump(mode="json")


def csv_cell(value: Any) -> Any:
    """A CSV cell: empty for null; text that a spreadsheet would run as a formula
    (``=HYPERLINK(...)`` in a hostile article's title) gets a leading apostrophe, as OWASP
    recommends, so it shows as text. Numbers are left alone (-0.04 is a longitude)."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
