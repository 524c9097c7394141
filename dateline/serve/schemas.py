"""Shapes of the API's bodies, for the OpenAPI document (and for the request bodies, checked).

Responses are built as plain JSON for speed; these models describe them to clients and to
the docs page, and ``tests/serve`` checks real responses against them.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from .params import PRINTABLE


class ProblemBody(BaseModel):
    """RFC 9457 problem details (``application/problem+json``)."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    code: str | None = Field(None, description="dateline's error code, e.g. S404.")
    errors: list[dict[str, Any]] | None = Field(None, description="Each invalid parameter (422 only).")


class Health(BaseModel):
    status: str
    version: str
    store: str = Field(description="sqlite or postgresql.")
    writable: bool = Field(description="Whether the server has a token and so accepts writes.")
    documents: int
    events: int
    claims: int
    canonical_events: int
    latest_change: int = Field(description="Number of the store's last change (ingest sequence): a live "
                                           "client starts GET /api/changes or the stream after it.")


class Change(BaseModel):
    seq: int = Field(description="The change's number, in commit order.")
    doc_id: str
    change: str = Field(description="added, updated or deleted.")
    at: str = Field(description="When it was committed (ISO 8601, UTC).")
    event_ids: list[str] = Field(description="The document's events now (none once deleted).")
    cluster_ids: list[str] = Field(description="Their canonical events (ce-...): the ids on the map.")


class ChangePage(BaseModel):
    changes: list[Change]
    count: int
    since: int
    next: int = Field(description="Pass as `since` for the changes after this page.")
    latest: int = Field(description="The store's last change number; `next < latest` means more pages.")
    reset: bool = Field(description="`since` was beyond the store's last change (another or an emptied "
                                    "store): reload, then go on from `latest`.")


class EventPage(BaseModel):
    events: list[dict[str, Any]] = Field(description="Records with the CSV export's columns (ACLED's names first).")
    count: int
    canonical: bool
    next: str | None = Field(description="Cursor of the next page (pass as `cursor`); null on the last page.")
    next_url: str | None


class ClaimPage(BaseModel):
    claims: list[dict[str, Any]]
    count: int
    next: str | None
    next_url: str | None


class EventDetail(BaseModel):
    event: dict[str, Any] = Field(description="The full record, with evidence and provenance.")
    canonical: dict[str, Any] | None = Field(description="Its canonical event, with the list of reports.")
    reports: list[dict[str, Any]] = Field(description="Every report of the same event: outlet, language, "
                                                      "date, address, figures, why it was merged.")
    claims: list[dict[str, Any]] = Field(description="Claims made in the reporting documents.")
    document: dict[str, Any] | None


class DocumentView(BaseModel):
    document: dict[str, Any]
    events: list[dict[str, Any]]
    claims: list[dict[str, Any]]
    spans: list[dict[str, Any]] = Field(description="Evidence spans: start, end (code points), field, event_id "
                                                    "or claim_id.")
    segments: list[dict[str, Any]] = Field(description="The text cut at span boundaries; each piece lists the "
                                                       "fields, events and claims whose evidence covers it.")


class Stats(BaseModel):
    canonical: bool
    interval: str
    total: dict[str, Any]
    by_period: list[dict[str, Any]]
    by_country: list[dict[str, Any]]
    by_type: list[dict[str, Any]]


class Points(BaseModel):
    count: int
    truncated: bool = Field(description="More events matched than the map_max_points setting allows.")
    canonical: bool
    coded: list[str] = Field(description="Columns whose values are indexes into `values`.")
    values: list[str]
    columns: dict[str, list[Any]]


class DocumentOutcome(BaseModel):
    doc_id: str | None
    status: str = Field(description="added, updated, unchanged or failed.")
    events: int = 0
    claims: int = 0
    error: str | None = None
    line: int | None = Field(None, description="The JSON line that failed, for a batch.")


class IngestReport(BaseModel):
    ok: bool = Field(description="False when any document failed; see each document's error.")
    read: int
    added: int
    updated: int
    unchanged: int
    failed: int
    events: int
    claims: int
    documents: list[DocumentOutcome]


class MergeRequest(BaseModel):
    other: str = Field(min_length=1, max_length=64, pattern=PRINTABLE,
                       description="The event (ev-...) or canonical event (ce-...) to merge into this one.")


class ClusterChange(BaseModel):
    cluster_id: str = Field(description="The canonical event the report(s) now belong to.")
    canonical: dict[str, Any] | None
