"""Query parameters shared by the read endpoints, each bounded, typed and documented.

Strings are length-limited and refuse control characters (PostgreSQL cannot store NUL, and no
filter needs one); page sizes, bounding boxes and figures are range-checked; everything
reaches SQL as a bound parameter through :mod:`dateline.store.api_queries`.
"""

from __future__ import annotations

import datetime as dt
import math
from enum import StrEnum
from typing import Annotated

from fastapi import Depends, Query
from pydantic import StringConstraints

from ..store import EventQuery
from ..store.api_queries import BBox, ClaimFilter, EventFilter
from .problems import Problem
from .state import Resources, resources

PRINTABLE = r"^[^\x00-\x1f\x7f]*$"
MAX_FILTER = 200
MAX_TYPES = 20
DEFAULT_PAGE = 100



class Format(StrEnum):
    json = "json"
    csv = "csv"
    geojson = "geojson"
    parquet = "parquet"


class TableFormat(StrEnum):
    json = "json"
    csv = "csv"


class Interval(StrEnum):
    day = "day"
    week = "week"


def parse_bbox(value: str | None) -> BBox | None:
    if value is None:
        return None
    try:
        west, south, east, north = (float(part) for part in value.split(","))
    except ValueError:
        raise Problem(422, "bbox: four numbers west,south,east,north (degrees)") from None
    if not all(math.isfinite(x) for x in (west, south, east, north)):
        raise Problem(422, "bbox: four finite numbers")
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise Problem(422, "bbox: longitudes within -180..180, latitudes within -90..90, south <= north")
    return west, south, east, north


async def event_filter(
    country: Annotated[str | None, Query(max_length=100, pattern=PRINTABLE,
                                         description="ISO alpha-2 code (IQ) or country name.")] = None,
    since: Annotated[dt.date | None, Query(description="Events on or after this day (YYYY-MM-DD).")] = None,
    until: Annotated[dt.date | None, Query(description="Events on or before this day (YYYY-MM-DD).")] = None,
    type: Annotated[list[Annotated[str, StringConstraints(max_length=100, pattern=PRINTABLE)]] | None,
                    Query(max_length=MAX_TYPES, description="Event type, sub-event type or disorder type; "
                                                            "repeat for several (any of them).")] = None,
    actor: Annotated[str | None, Query(max_length=MAX_FILTER, pattern=PRINTABLE,
                                       description="Part of an actor's name.")] = None,
    text: Annotated[str | None, Query(max_length=MAX_FILTER, pattern=PRINTABLE,
                                      description="Part of the notes, the place or the article text.")] = None,
    doc: Annotated[str | None, Query(max_length=300, pattern=PRINTABLE, description="Events of one document.")] = None,
    cluster: Annotated[str | None, Query(max_length=64, pattern=PRINTABLE,
                                         description="Reports of one canonical event (ce-...).")] = None,
    bbox: Annotated[str | None, Query(max_length=120,
                                      description="west,south,east,north in degrees (west > east crosses "
                                                  "the antimeridian).")] = None,
    min_fatalities: Annotated[int | None, Query(ge=0, le=1_000_000_000,
                                                description="At least this many fatalities.")] = None,
) -> EventFilter:
    """The filters of ``dateline events``, plus a bounding box and a fatality floor (``async``,
    as every parameter dependency here: nothing blocks, so no hop to the thread pool)."""
    query = EventQuery(country=country or None, since=since, until=until, types=tuple(t for t in type or () if t),
                       actor=actor or None, text=text or None, doc_id=doc or None, cluster_id=cluster or None)
    return EventFilter(query=query, bbox=parse_bbox(bbox), min_fatalities=min_fatalities)


async def claim_filter(
    doc: Annotated[str | None, Query(max_length=300, pattern=PRINTABLE, description="Claims of one document.")] = None,
    kind: Annotated[list[Annotated[str, StringConstraints(max_length=20, pattern=PRINTABLE)]] | None,
                    Query(max_length=5, description="count, attribution, denial, contradiction or "
                                                    "threat; repeat for several.")] = None,
    text: Annotated[str | None, Query(max_length=MAX_FILTER, pattern=PRINTABLE,
                                      description="Part of the subject, the period or who makes the "
                                                  "claim.")] = None,
) -> ClaimFilter:
    return ClaimFilter(doc_id=doc or None, kinds=tuple(k for k in kind or () if k), text=text or None)


class PageParams:
    """``limit`` (1..api_max_page) and ``cursor`` (the ``next`` of the previous page)."""

    def __init__(self, limit: int, cursor: str | None) -> None:
        self.limit = limit
        self.cursor = cursor


async def page_params(
    held: Annotated[Resources, Depends(resources)],
    limit: Annotated[int, Query(ge=1, le=1_000_000, description="Records per page (at most the api_max_page "
                                                                "setting, 5000 by default).")] = DEFAULT_PAGE,
    cursor: Annotated[str | None, Query(max_length=2000, pattern=r"^[A-Za-z0-9_-]*$",
                                        description="The `next` value of the previous page.")] = None,
) -> PageParams:
    if limit > held.settings.api_max_page:
        raise Problem(422, f"limit: at most {held.settings.api_max_page} (setting api_max_page)")
    return PageParams(limit, cursor or None)
