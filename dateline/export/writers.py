"""Writers for each export format; all stream, so a large store exports in constant memory."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO

from ..models import Claim, Event
from .records import (
    CANONICAL_COLUMNS,
    CLAIM_COLUMNS,
    CSV_COLUMNS,
    claim_record,
    csv_cell,
    csv_row,
    event_record,
    parquet_row,
)

FORMATS = ("jsonl", "csv", "geojson", "table", "parquet")


def write_jsonl(events: Iterable[Event], out: IO[str]) -> int:
    count = 0
    for event in events:
        out.write(json.dumps(event_record(event), ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(events: Iterable[Event], out: IO[str], *, canonical: bool = False) -> int:
    """ACLED-compatible CSV: ACLED's columns in ACLED's order, then dateline's own (and, for
    canonical events, the figures' range and the list of reports). Lines end in CRLF (RFC
    4180), so a cell holding a carriage return from a Windows article is quoted, not split."""
    columns = CANONICAL_COLUMNS if canonical else CSV_COLUMNS
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    count = 0
    for event in events:
        writer.writerow(csv_row(event, columns))
        count += 1
    return count


def write_geojson(events: Iterable[Event], out: IO[str]) -> int:
    """A GeoJSON FeatureCollection (RFC 7946); events without coordinates get a null geometry."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    count = 0
    for event in events:
        properties = event_record(event, provenance=False)
        geometry = None
        if event.latitude is not None and event.longitude is not None:
            geometry = {"type": "Point", "coordinates": [event.longitude, event.latitude]}
        feature = {"type": "Feature", "id": event.event_id, "geometry": geometry,
                   "properties": properties}
        out.write(("," if count else "") + json.dumps(feature, ensure_ascii=False) + "\n")
        count += 1
    out.write("]}\n")
    return count


def write_claims(claims: Iterable[Claim], out: IO[str], fmt: str = "jsonl") -> int:
    count = 0
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=CLAIM_COLUMNS, lineterminator="\r\n")
        writer.writeheader()
    for claim in claims:
        record = claim_record(claim)
        if fmt == "csv":
            record["evidence"] = json.dumps(record["evidence"], ensure_ascii=False)
            writer.writerow({k: csv_cell(record.get(k)) for k in CLAIM_COLUMNS})
        else:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_parquet(events: Iterable[Event], path: str, *, canonical: bool = False) -> int:
    """The CSV's columns (the canonical CSV's for canonical events), typed: Parquet needs
    the optional ``parquet`` extra (pyarrow)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        from ..errors import DatelineError

        raise DatelineError("Parquet export needs pyarrow: pip install 'dateline[parquet]'") from exc
    columns = CANONICAL_COLUMNS if canonical else CSV_COLUMNS
    rows = [parquet_row(e, columns) for e in events]
    table = pa.Table.from_pylist(rows) if rows else pa.table({c: [] for c in columns})
    pq.write_table(table, path)
    return len(rows)
