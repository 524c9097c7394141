"""``GET /api/health``: is the store reachable, how much it holds, can it be written."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from ... import __version__
from ...store.changes import latest_seq
from ..schemas import Health
from ..state import Resources, resources
from . import problems

router = APIRouter(tags=["health"])


@router.get("/api/health", response_model=Health, responses=problems(503))
def health(held: Annotated[Resources, Depends(resources)]) -> Health:
    """Store reachable and its counts; whether writes are enabled."""
    store = held.store
    counts = store.counts()
    return Health(status="ok", version=__version__, store=store.engine.dialect.name, writable=held.writable,
                  documents=counts["documents"], events=counts["events"], claims=counts["claims"],
                  canonical_events=counts["clusters"], latest_change=latest_seq(store))
