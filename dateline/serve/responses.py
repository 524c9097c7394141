"""Pages of events and claims in each format the API speaks, with the next page's link.

JSON rows carry the CSV export's columns in the CSV's order (ACLED's names first), with typed
values; CSV, GeoJSON and Parquet are the exports of ``dateline events`` byte for byte. The
next page is ``next``/``next_url`` in JSON and an RFC 8288 ``Link: <...>; rel="next"`` header
in every format.
"""

from __future__ import annotations

import importlib.util
import io
import os
import tempfile
from collections.abc import Sequence
from typing import Any

import orjson
from fastapi import Request, Response
from fastapi.responses import JSONResponse as StarletteJSONResponse

from ..export import write_claims, write_csv, write_geojson, write_parquet
from ..export.records import CANONICAL_COLUMNS, claim_record, typed_row
from ..models import Claim, Event
from ..store.api_queries import Page
from .params import Format, TableFormat
from .problems import Problem

MEDIA = {Format.json: "application/json", Format.csv: "text/csv; charset=utf-8",
         Format.geojson: "application/geo+json", Format.parquet: "application/vnd.apache.parquet"}


class JSONResponse(StarletteJSONResponse):
    """JSON written by orjson: a page of 100 events in a fraction of the time ``json.dumps``
    takes (the same text for what the API sends; a NaN, which the standard encoder refuses,
    becomes null)."""

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content)


def next_url(request: Request, cursor: str | None) -> str | None:
    return str(request.url.include_query_params(cursor=cursor)) if cursor else None


def _link(url: str | None) -> dict[str, str]:
    return {"Link": f'<{url}>; rel="next"'} if url else {}


def events_response(request: Request, page: Page[Any], fmt: Format, *, canonical: bool) -> Response:
    following = next_url(request, page.next_cursor)
    headers = _link(following)
    events: Sequence[Event] = page.items
    if fmt is Format.json:
        if canonical:
            rows = [typed_row(item, CANONICAL_COLUMNS) for item in page.items]
        else:  # rows of event_json_page: final but for the evidence, stored JSON text written as it is
            rows = page.items
            for row in rows:
                row["evidence"] = orjson.Fragment(row["evidence"])
        body = {"events": rows, "count": len(rows), "canonical": canonical, "next": page.next_cursor,
                "next_url": following}
        return JSONResponse(body, headers=headers)
    if fmt is Format.parquet:
        if importlib.util.find_spec("pyarrow") is None:
            raise Problem(501, "Parquet needs pyarrow on the server: pip install 'dateline[parquet]'")
        return Response(_parquet(events), media_type=MEDIA[fmt], headers={
            **headers, "Content-Disposition": 'attachment; filename="events.parquet"'})
    out = io.StringIO()
    if fmt is Format.csv:
        write_csv(events, out, canonical=canonical)
    else:
        write_geojson(events, out)
    return Response(out.getvalue(), media_type=MEDIA[fmt], headers=headers)


def claims_response(request: Request, page: Page[Claim], fmt: TableFormat) -> Response:
    following = next_url(request, page.next_cursor)
    if fmt is TableFormat.csv:
        out = io.StringIO()
        write_claims(page.items, out, "csv")
        return Response(out.getvalue(), media_type=MEDIA[Format.csv], headers=_link(following))
    return JSONResponse({"claims": [claim_record(claim) for claim in page.items], "count": len(page.items),
                         "next": page.next_cursor, "next_url": following}, headers=_link(following))


def _parquet(events: Sequence[Event]) -> bytes:
    """The Parquet writer wants a file: write one, read it back, remove it."""
    handle, path = tempfile.mkstemp(suffix=".parquet")
    os.close(handle)
    try:
        write_parquet(events, path)
        with open(path, "rb") as written:
            return written.read()
    finally:
        os.unlink(path)
