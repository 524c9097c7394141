"""``GET /api/stats`` (aggregates for charts) and ``GET /api/points`` (the dashboard's map)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from ...store.api_queries import EventFilter, points, stats
from ..params import Interval, event_filter
from ..responses import JSONResponse
from ..schemas import Points, Stats
from ..state import Resources, resources
from . import problems

router = APIRouter(tags=["stats"])
Canonical = Annotated[bool, Query(description="Count each real-world event once (its most conservative "
                                              "fatality figure) instead of every report.")]


@router.get("/api/stats", response_model=Stats, responses=problems(422, 503))
def get_stats(flt: Annotated[EventFilter, Depends(event_filter)], held: Annotated[Resources, Depends(resources)],
              canonical: Canonical = False,
              interval: Annotated[Interval, Query(description="Periods of `by_period`: day, or ISO week "
                                                              "(starting Monday).")] = Interval.day) -> Any:
    """Events and fatalities in total, by day or week, by country and by type, for the
    events matching the filters."""
    return JSONResponse(stats(held.store, flt, canonical=canonical, interval=interval.value))


@router.get("/api/points", response_model=Points, responses=problems(422, 503))
def get_points(flt: Annotated[EventFilter, Depends(event_filter)], held: Annotated[Resources, Depends(resources)],
               canonical: Canonical = True) -> Any:
    """Every located event matching the filters as compact columns (the map's data): id,
    date, coordinates, type, fatalities, country, place, actors and reports."""
    return JSONResponse(points(held.store, flt, canonical=canonical, max_points=held.settings.map_max_points))
