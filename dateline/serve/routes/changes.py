"""``/api/changes``: what the store gained since a number, as a page or as a live stream.

Both answer from the ingest sequence, so whoever wrote (``dateline watch``, ``dateline
ingest``, this server) the reader sees it. The page suits scripts and polling clients; the
stream (server-sent events) suits browsers, whose ``EventSource`` reconnects on its own and
resumes from the last event it saw (``Last-Event-ID``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

import sqlalchemy as sa
from fastapi import APIRouter, Depends, Header, Query
from fastapi.responses import StreamingResponse
from starlette.types import Receive, Scope, Send

from ...errors import StoreError
from ...store import Store
from ...store.db import database_reason
from ..live import StreamsFull, changes_page, stream
from ..problems import Problem
from ..responses import JSONResponse
from ..schemas import ChangePage
from ..state import Resources, resources, store
from . import problems

router = APIRouter(tags=["changes"])
MAX_SEQ = 2**31 - 1  # the sequence is a 32-bit integer column (PostgreSQL refuses larger numbers)
MAX_CHANGES = 1000
Since = Annotated[int | None, Query(ge=0, le=MAX_SEQ, description="The last change number the client has "
                                                                  "(`next` of the previous page, or "
                                                                  "`latest_change` of /api/health).")]


@router.get("/api/changes", response_model=ChangePage, responses=problems(422, 503))
def list_changes(source: Annotated[Store, Depends(store)], since: Since = 0,
                 limit: Annotated[int, Query(ge=1, le=MAX_CHANGES, description="Changes per page.")] = 100) -> Any:
    """Documents added, updated or deleted after change number `since`, oldest first, each
    with the event ids and canonical event ids it has now. Pass `next` as `since` to go on;
    `reset` is true when `since` is beyond the store's last change (another or an emptied
    store): start again from `latest`."""
    try:
        return JSONResponse(changes_page(source, since or 0, limit))
    except sa.exc.SQLAlchemyError as exc:
        raise StoreError(f"cannot read the store's changes: {database_reason(exc)}") from exc


class EventStream(StreamingResponse):
    """``text/event-stream``, never cached or buffered by a proxy; ``release`` runs when the
    answer ends however it ends (done, client gone, server stopping)."""

    media_type = "text/event-stream"

    def __init__(self, content: Any, release: Callable[[], None] | None = None) -> None:
        super().__init__(content, headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
        self._release = release

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            if self._release is not None:
                self._release()


STREAM_PROBLEMS = problems(422, 503)
STREAM_PROBLEMS[503] = {**STREAM_PROBLEMS[503], "description": "Every stream slot is taken (setting "
                        "max_live_streams; Retry-After says when to try again), or the store cannot be reached."}


@router.get("/api/changes/stream", response_class=EventStream, status_code=200, responses={
    **STREAM_PROBLEMS,
    200: {"content": {"text/event-stream": {"schema": {"type": "string"}}},
          "description": "Server-sent events: `ready`, then one `change` per change (its id is the change "
                         "number, its data a record of /api/changes), `reset` when the cursor is beyond the "
                         "store's last change; comment lines as heartbeats."}})
async def stream_changes(
    held: Annotated[Resources, Depends(resources)], since: Since = None,
    last_event_id: Annotated[str | None, Header(max_length=20, pattern=r"^\s*[0-9]{1,10}\s*$",
                                                description="Sent by EventSource when it reconnects: the "
                                                            "stream resumes after it (wins over `since`).")] = None,
) -> EventStream:
    """Changes as they happen, as server-sent events (EventSource). Starts after `since`,
    after `Last-Event-ID`, or from now. Idle streams get a heartbeat comment every 15 s; a
    stream ends after 30 minutes (EventSource reconnects and resumes) and when the server
    stops. At most `max_live_streams` at once: beyond, 503 with Retry-After (poll
    /api/changes instead)."""
    cursor = int(last_event_id) if last_event_id is not None else since
    if cursor is not None and cursor > MAX_SEQ:
        raise Problem(422, f"Last-Event-ID: at most {MAX_SEQ}")
    hub = held.live()
    try:
        hub.open_stream()
    except StreamsFull:
        raise Problem(503, f"{hub.max_streams} live streams are open (setting max_live_streams): poll "
                           "GET /api/changes instead, or try again later", headers={"Retry-After": "30"}) from None
    try:
        latest = await hub.refresh()
    except sa.exc.SQLAlchemyError as exc:
        hub.close_stream()
        raise StoreError(f"cannot read the store's changes: {database_reason(exc)}") from exc
    except BaseException:
        hub.close_stream()
        raise
    return EventStream(stream(hub, held.store, cursor, latest), release=hub.close_stream)
