"""Flat records of events and claims, and the column orders of each export.

``ACLED_COLUMNS`` are ACLED's own column names in ACLED's order, for every column dateline
has; ``OWN_COLUMNS`` follow them, so that scripts written for ACLED exports read ours.
"""

from __future__ import annotations

import json
from typing import Any

from ..models import Claim, Event

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
]
OWN_COLUMNS = [
    "event_id", "doc_id", "cluster_id", "country_code", "geonameid", "injured", "intercepted",
    "source_url", "claimed_by", "language", "confidence", "reports", "corroboration", "evidence",
]
CSV_COLUMNS = ACLED_COLUMNS + OWN_COLUMNS
CANONICAL_COLUMNS = CSV_COLUMNS + ["fatalities_min", "fatalities_max", "injured_min", "injured_max",
                                   "first_reported", "report_list"]
CLAIM_COLUMNS = ["claim_id", "doc_id", "kind", "subject", "value", "period", "claimed_by",
                 "evidence"]


def event_record(event: Event, *, provenance: bool = True) -> dict[str, Any]:
    """The JSON-lines record of an event: the data contract's fields."""
    record = event.model_dump(mode="json")
    if not provenance:
        record.pop("provenance", None)
    return record


def csv_row(event: Event, columns: list[str] = CSV_COLUMNS) -> dict[str, Any]:
    record = event_record(event, provenance=False)
    record["event_id_cnty"] = record["event_id"]
    record["year"] = event.event_date.year
    for key in ("evidence", "report_list"):
        if key in record:
            record[key] = json.dumps(record[key], ensure_ascii=False)
    record["intercepted"] = "true" if record["intercepted"] else "false"
    return {column: _cell(record.get(column)) for column in columns}


def typed_row(event: Event, columns: list[str] = CSV_COLUMNS) -> dict[str, Any]:
    """The CSV's columns in the CSV's order with typed values (nulls stay null, booleans stay
    booleans, evidence and reports stay lists): the rows of the HTTP API's JSON."""
    record = event_record(event, provenance=False)
    record["event_id_cnty"] = record["event_id"]
    record["year"] = event.event_date.year
    return {column: record.get(column) for column in columns}


def parquet_row(event: Event) -> dict[str, Any]:
    """The CSV columns with typed values: nulls stay null, booleans stay booleans."""
    record = typed_row(event)
    record["evidence"] = json.dumps(record["evidence"], ensure_ascii=False)
    return record


def claim_record(claim: Claim) -> dict[str, Any]:
    return claim.model_dump(mode="json")


def _cell(value: Any) -> Any:
    return "" if value is None else value
