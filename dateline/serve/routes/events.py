"""``/api/events``: lists in four formats, one event's whole story, and analysts' merge/split."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request, Response

from ...store import EventQuery, Store
from ...store.api_queries import EventFilter, canonical_page, event_json_page, event_page
from ..auth import require_token
from ..params import PRINTABLE, Format, PageParams, event_filter, page_params
from ..responses import events_response
from ..schemas import ClusterChange, EventDetail, EventPage, MergeRequest
from ..state import Resources, resources, store
from ..views import event_detail
from . import problems

router = APIRouter(tags=["events"])
EventId = Annotated[str, Path(max_length=64, pattern=PRINTABLE,
                              description="A per-document event id (ev-...) or a canonical event id (ce-...).")]


@router.get("/api/events", response_model=EventPage, responses={
    **problems(400, 422, 501, 503),
    200: {"content": {"text/csv": {}, "application/geo+json": {}, "application/vnd.apache.parquet": {}},
          "description": "A page of events; the next page's address is also in the Link header."}})
def list_events(request: Request, flt: Annotated[EventFilter, Depends(event_filter)],
                page: Annotated[PageParams, Depends(page_params)], held: Annotated[Resources, Depends(resources)],
                canonical: Annotated[bool, Query(description="One record per real-world event, with its "
                                                             "reports, instead of one per report.")] = False,
                format: Annotated[Format, Query(description="json, csv (ACLED columns first), geojson or "
                                                            "parquet.")] = Format.json) -> Response:
    """Events matching every filter given, oldest first, a page at a time (keyset pagination:
    follow `next` or the Link header; pages stay consistent while the store grows)."""
    source = held.store
    if canonical:
        result: Any = canonical_page(source, flt, limit=page.limit, after=page.cursor)
    elif format is Format.json:
        result = event_json_page(source, flt, limit=page.limit, after=page.cursor)
    else:
        result = event_page(source, flt, limit=page.limit, after=page.cursor)
    return events_response(request, result, format, canonical=canonical)


@router.get("/api/events/{event_id}", response_model=EventDetail, responses=problems(404, 422, 503))
def get_event(event_id: EventId, source: Annotated[Store, Depends(store)]) -> dict[str, Any]:
    """One event with its evidence and provenance, its canonical event, every report of it
    (outlets, languages, figures, why each was merged) and the claims of those reports."""
    return event_detail(source, event_id)


@router.post("/api/events/{event_id}/merge", response_model=ClusterChange, dependencies=[Depends(require_token)],
             responses=problems(401, 403, 404, 413, 422, 503))
def merge_event(event_id: EventId, body: MergeRequest,
                held: Annotated[Resources, Depends(resources)]) -> dict[str, Any]:
    """Merge `other`'s canonical event into this one's, as `dateline events merge` does: the
    correction is recorded and survives later ingests."""
    with held.writing:
        cluster_id = held.store.merge(event_id, body.other)
    return _change(held.store, cluster_id)


@router.post("/api/events/{event_id}/split", response_model=ClusterChange, dependencies=[Depends(require_token)],
             responses=problems(401, 403, 404, 413, 422, 503))
def split_event(event_id: EventId, held: Annotated[Resources, Depends(resources)]) -> dict[str, Any]:
    """Take one report (a per-document event id) out of its canonical event, for good, as
    `dateline events split` does."""
    with held.writing:
        cluster_id = held.store.split(event_id)
    return _change(held.store, cluster_id)


def _change(source: Store, cluster_id: str) -> dict[str, Any]:
    canonical = next(source.canonical(EventQuery(cluster_id=cluster_id)), None)
    return {"cluster_id": cluster_id,
            "canonical": canonical.model_dump(mode="json", exclude={"provenance"}) if canonical else None}
