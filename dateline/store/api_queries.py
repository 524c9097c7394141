"""Read queries of the HTTP API: keyset pages, map points, aggregates and claim filters.

They add to :class:`~dateline.store.EventQuery` what a server needs and a one-shot command
does not: a bounding box and a fatality floor (:class:`EventFilter`), pages that stay as fast
on page 1,000 as on page 1 (keyset pagination on the store's own sort order, with an opaque
cursor), compact columns for a map of 100,000 points, and counts for charts computed by the
database. Every value reaches SQL as a bound parameter.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Generic, TypeVar

import sqlalchemy as sa

from ..errors import QueryError
from ..models import CanonicalEvent, Claim, Event
from ..taxonomy import SubEventType, disorder_type, event_type_of
from .query import EventQuery
from .rows import JSON_ROW_COLUMNS, derived_codes, event_from_row, event_json_rows
from .store import REPORT_COLUMNS, Store, canonical_event
from .tables import claims, clusters, documents, events

T = TypeVar("T")
BBox = tuple[float, float, float, float]  # west, south, east, north (degrees, as GeoJSON)


@dataclass(frozen=True)
class EventFilter:
    """An :class:`EventQuery` plus the filters of a map: a bounding box (``west > east``
    crosses the antimeridian) and a minimum number of fatalities.

    A two-letter country is matched on the indexed ``country_code`` as stored (upper case,
    as the engine writes it) rather than through ``upper()``, which would read every row:
    at 100,000 events that is the difference between a millisecond and a tenth of a second."""

    query: EventQuery = field(default_factory=EventQuery)
    bbox: BBox | None = None
    min_fatalities: int | None = None

    def where(self) -> list[sa.ColumnElement[bool]]:
        country = (self.query.country or "").strip()
        query = replace(self.query, types=())
        if len(country) == 2 and country.isalpha():
            clauses = replace(query, country=None).where()
            clauses.append(events.c.country_code == country.upper())
        else:
            clauses = query.where()
        if self.query.types:
            clauses.append(events.c.sub_event_type.in_(sub_event_types_of(self.query.types)))
        if self.bbox is not None:
            west, south, east, north = self.bbox
            clauses.append(events.c.latitude.between(south, north))
            if west <= east:
                clauses.append(events.c.longitude.between(west, east))
            else:
                clauses.append(sa.or_(events.c.longitude >= west, events.c.longitude <= east))
        if self.min_fatalities is not None:
            clauses.append(events.c.fatalities >= self.min_fatalities)
        return clauses


def sub_event_types_of(types: Sequence[str]) -> list[str]:
    """The sub-event types that an event, sub-event or disorder type names (any case): the
    type filter as one test on the sub-event type, which the events index holds, so that it
    is checked before an event row is read. The same events as testing each stored column,
    since the event and disorder types follow from the sub-event type (and the API shows them
    as derived from it, see :mod:`.rows`)."""
    wanted = {kind.strip().lower() for kind in types}
    return sorted(sub.value for sub in SubEventType
                  if wanted & {sub.value.lower(), event_type_of(sub).value.lower(), disorder_type(sub).value.lower()})


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of records and the cursor of the next one (None on the last page)."""

    items: list[T]
    next_cursor: str | None


def encode_cursor(values: Sequence[str]) -> str:
    return base64.urlsafe_b64encode(json.dumps(list(values)).encode("utf-8")).decode("ascii").rstrip("=")


def decode_cursor(cursor: str, size: int) -> list[str]:
    """The sort-key values of a cursor made by :func:`encode_cursor`; QueryError otherwise."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = json.loads(raw.decode("utf-8"))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise QueryError(f"not a cursor of this API: {cursor[:40]!r}") from None
    if not (isinstance(values, list) and len(values) == size and all(isinstance(v, str) for v in values)):
        raise QueryError(f"not a cursor of this API: {cursor[:40]!r}")
    return values


def _cursor_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise QueryError("not a cursor of this API (bad date)") from None


def _cluster_clauses(flt: EventFilter) -> list[sa.ColumnElement[bool]]:
    """Canonical events with a matching report; no clause at all when nothing is filtered
    (an IN over every event would cost more than the query it restricts)."""
    clauses = flt.where()
    return [clusters.c.cluster_id.in_(sa.select(events.c.cluster_id).where(*clauses))] if clauses else []


# -- events --------------------------------------------------------------------------------

def _event_page_statement(columns: Sequence[Any], flt: EventFilter, limit: int, after: str | None) -> sa.Select[Any]:
    """``columns`` of the per-document events of ``flt`` with their cluster's, keyset-paged in
    the order of :meth:`Store.events` (day, document, event id): ``limit + 1`` rows after the
    cursor ``after``, the extra one saying whether a next page exists."""
    key = (events.c.event_date, events.c.doc_id, events.c.event_id)
    statement = (sa.select(*columns)
                 .outerjoin(clusters, clusters.c.cluster_id == events.c.cluster_id)
                 .where(*flt.where()).order_by(*key).limit(limit + 1))
    if after is not None:
        day, doc_id, event_id = decode_cursor(after, 3)
        statement = statement.where(sa.tuple_(*key) > sa.tuple_(
            sa.literal(_cursor_date(day), sa.Date), sa.literal(doc_id), sa.literal(event_id)))
    return statement


def _event_rows(store: Store, flt: EventFilter, limit: int, after: str | None) -> tuple[list[str], list[Any]]:
    """Column names and up to ``limit + 1`` rows of per-document events after ``after``, in
    the order of :meth:`Store.events` (day, document, event id)."""
    statement = _event_page_statement((events, clusters.c.reports, clusters.c.corroboration), flt, limit, after)
    with store.engine.connect() as conn:
        result = conn.execute(statement)
        return list(result.keys()), list(result.all())


def event_page(store: Store, flt: EventFilter, *, limit: int, after: str | None = None) -> Page[Event]:
    """Per-document events in the order of :meth:`Store.events` (day, document, event id)."""
    keys, rows = _event_rows(store, flt, limit, after)
    items = [event_from_row(dict(zip(keys, row, strict=True))) for row in rows[:limit]]
    last = items[-1] if len(rows) > limit else None
    cursor = encode_cursor([last.event_date.isoformat(), last.doc_id, last.event_id]) if last else None
    return Page(items, cursor)


def event_json_page(store: Store, flt: EventFilter, *, limit: int,
                    after: str | None = None) -> Page[dict[str, Any]]:
    """:func:`event_page` as the rows of the API's JSON pages (the CSV's columns, typed; see
    :func:`.rows.event_json_rows`), read with only the columns they show: no provenance, and
    the evidence as the JSON text it is stored as, never parsed."""
    statement = _event_page_statement(JSON_ROW_COLUMNS, flt, limit, after)
    with store.engine.connect() as conn:
        rows = conn.execute(statement).all()
    items = event_json_rows(rows[:limit])
    last = items[-1] if len(rows) > limit else None
    cursor = encode_cursor([last["event_date"], last["doc_id"], last["event_id"]]) if last else None
    return Page(items, cursor)


def canonical_page(store: Store, flt: EventFilter, *, limit: int, after: str | None = None) -> Page[CanonicalEvent]:
    """Canonical events having at least one report that matches, by day then cluster id;
    the reports of the whole page are read in one query."""
    lead = events.alias("lead")
    key = (clusters.c.event_date, clusters.c.cluster_id)
    statement = (sa.select(clusters, lead).join(lead, lead.c.event_id == clusters.c.lead_event_id)
                 .where(*_cluster_clauses(flt)).order_by(*key).limit(limit + 1))
    if after is not None:
        day, cluster_id = decode_cursor(after, 2)
        statement = statement.where(sa.tuple_(*key) > sa.tuple_(
            sa.literal(_cursor_date(day), sa.Date), sa.literal(cluster_id)))
    with store.engine.connect() as conn:
        rows = conn.execute(statement).mappings().all()
        page_rows = rows[:limit]
        members: dict[str, list[Any]] = defaultdict(list)
        if page_rows:
            ids = [row["cluster_id"] for row in page_rows]
            for member in conn.execute(sa.select(*REPORT_COLUMNS)
                                       .join(documents, documents.c.id == events.c.doc_id)
                                       .where(events.c.cluster_id.in_(ids))
                                       .order_by(documents.c.published)).mappings():
                members[member["cluster_id"]].append(member)
    items = [canonical_event(row, members[row["cluster_id"]]) for row in page_rows]
    last = items[-1] if len(rows) > limit else None
    cursor = encode_cursor([last.event_date.isoformat(), last.event_id]) if last else None
    return Page(items, cursor)


# -- the map -------------------------------------------------------------------------------

POINT_FIELDS = ("id", "date", "lat", "lon", "event_type", "sub_event_type", "fatalities", "country_code",
                "location", "actor1", "actor2", "reports")
_CODED = ("event_type", "sub_event_type", "country_code", "location", "actor1", "actor2")


def points(store: Store, flt: EventFilter, *, canonical: bool, max_points: int) -> dict[str, Any]:
    """Every located event that matches, in no particular order (sorting 100,000 rows costs
    more than the map gains), as columns (the strings of repetitive columns as indexes into a
    shared ``values`` list), so 100,000 points cost a few megabytes.

    Canonical points are the lead report's place and date with the most conservative
    fatality figure; per-report points are the events themselves."""
    if canonical:
        lead = events.alias("lead")
        statement = (sa.select(clusters.c.cluster_id.label("id"), clusters.c.event_date.label("date"),
                               lead.c.latitude.label("lat"), lead.c.longitude.label("lon"), lead.c.event_type,
                               lead.c.sub_event_type, clusters.c.fatalities_min.label("fatalities"),
                               lead.c.country_code, lead.c.location, lead.c.actor1, lead.c.actor2,
                               clusters.c.reports)
                     .join(lead, lead.c.event_id == clusters.c.lead_event_id)
                     .where(*_cluster_clauses(flt), lead.c.latitude.is_not(None), lead.c.longitude.is_not(None)))
    else:
        statement = (sa.select(events.c.event_id.label("id"), events.c.event_date.label("date"),
                               events.c.latitude.label("lat"), events.c.longitude.label("lon"),
                               events.c.event_type, events.c.sub_event_type, events.c.fatalities,
                               events.c.country_code, events.c.location, events.c.actor1, events.c.actor2,
                               clusters.c.reports)
                     .outerjoin(clusters, clusters.c.cluster_id == events.c.cluster_id)
                     .where(*flt.where(), events.c.latitude.is_not(None), events.c.longitude.is_not(None)))
    with store.engine.connect() as conn:
        rows = conn.execute(statement.limit(max_points + 1)).all()
    truncated = len(rows) > max_points
    rows = rows[:max_points]
    values: list[str] = []
    index: dict[str, int] = {}

    def code(value: str | None) -> int:
        text = value or ""
        found = index.get(text)
        if found is None:
            found = index[text] = len(values)
            values.append(text)
        return found

    transposed = list(zip(*rows, strict=True)) if rows else [() for _ in POINT_FIELDS]
    columns: dict[str, list[Any]] = {}
    for name, column in zip(POINT_FIELDS, transposed, strict=True):
        if name in _CODED:
            columns[name] = [code(value) for value in column]
        elif name == "date":
            columns[name] = [day.isoformat() for day in column]
        elif name in ("lat", "lon"):
            columns[name] = [round(value, 5) for value in column]
        else:
            columns[name] = list(column)
    return {"count": len(rows), "truncated": truncated, "canonical": canonical, "coded": list(_CODED),
            "values": values, "columns": columns}


# -- aggregates ----------------------------------------------------------------------------

def stats(store: Store, flt: EventFilter, *, canonical: bool, interval: str = "day") -> dict[str, Any]:
    """Counts and fatalities by day (or ISO week, Monday first), country and type.

    One statement: the matching events grouped three ways (day, country, sub-event type),
    the three groupings joined by ``UNION ALL``, so the database sums and the server reads a
    row per day, country and type (not per event, nor per combination of the three). On a
    country's quarter every column read is in the events index: no event row is read. The
    event type follows from the sub-event type; weeks are summed here from days. Canonical
    stats count each real event once, with its most conservative fatality figure."""
    if canonical:
        lead = events.alias("lead")
        base = (sa.select(clusters.c.event_date, lead.c.country_code, lead.c.country, lead.c.sub_event_type,
                          clusters.c.fatalities_min.label("fatalities"))
                .join(lead, lead.c.event_id == clusters.c.lead_event_id).where(*_cluster_clauses(flt)))
    else:
        base = sa.select(events.c.event_date, events.c.country_code, events.c.country, events.c.sub_event_type,
                         events.c.fatalities).where(*flt.where())
    rows = base.cte("matching")
    n, dead = sa.func.count(), sa.func.coalesce(sa.func.sum(rows.c.fatalities), 0)
    no_day, no_text = sa.null().cast(sa.Date), sa.null().cast(sa.String)
    grouped = sa.union_all(
        sa.select(sa.literal("d"), rows.c.event_date, no_text, no_text, n, dead).group_by(rows.c.event_date),
        sa.select(sa.literal("c"), no_day, rows.c.country_code, sa.func.max(rows.c.country), n, dead)
        .group_by(rows.c.country_code),
        sa.select(sa.literal("t"), no_day, rows.c.sub_event_type, no_text, n, dead).group_by(rows.c.sub_event_type))
    with store.engine.connect() as conn:
        groups = conn.execute(grouped).all()
    periods: dict[dt.date, list[int]] = defaultdict(lambda: [0, 0])
    countries: list[dict[str, Any]] = []
    types: list[dict[str, Any]] = []
    for kind, day, code, name, count, total in groups:
        if kind == "d":
            start = day - dt.timedelta(days=day.weekday()) if interval == "week" else day
            periods[start][0] += count
            periods[start][1] += int(total)
        elif kind == "c":
            countries.append({"country_code": code or "", "country": name or "", "events": count,
                              "fatalities": int(total)})
        else:
            types.append({"event_type": derived_codes(code)[0], "sub_event_type": code, "events": count,
                          "fatalities": int(total)})
    days = sorted(periods)
    first_last = [day for kind, day, *_ in groups if kind == "d"]
    return {
        "canonical": canonical, "interval": interval,
        "total": {"events": sum(n for n, _ in periods.values()), "fatalities": sum(d for _, d in periods.values()),
                  "first_day": min(first_last).isoformat() if first_last else None,
                  "last_day": max(first_last).isoformat() if first_last else None},
        "by_period": [{"period": start.isoformat(), "events": periods[start][0], "fatalities": periods[start][1]}
                      for start in days],
        "by_country": sorted(countries, key=lambda row: (-row["events"], row["country_code"])),
        "by_type": sorted(types, key=lambda row: (-row["events"], row["event_type"], row["sub_event_type"])),
    }


# -- claims --------------------------------------------------------------------------------

@dataclass(frozen=True)
class ClaimFilter:
    doc_id: str | None = None
    kinds: tuple[str, ...] = ()
    text: str | None = None  # part of the subject, the period or who claims it

    def where(self) -> list[sa.ColumnElement[bool]]:
        clauses: list[sa.ColumnElement[bool]] = []
        if self.doc_id:
            clauses.append(claims.c.doc_id == self.doc_id)
        if self.kinds:
            clauses.append(claims.c.kind.in_(self.kinds))
        if self.text:
            pattern = f"%{self.text.lower()}%"
            clauses.append(sa.or_(*(sa.func.lower(column).like(pattern)
                                    for column in (claims.c.subject, claims.c.period, claims.c.claimed_by))))
        return clauses


def claim_page(store: Store, flt: ClaimFilter, *, limit: int, after: str | None = None) -> Page[Claim]:
    """Claims by document then claim id (the order of :meth:`Store.claims`)."""
    key = (claims.c.doc_id, claims.c.claim_id)
    statement = sa.select(claims).where(*flt.where()).order_by(*key).limit(limit + 1)
    if after is not None:
        doc_id, claim_id = decode_cursor(after, 2)
        statement = statement.where(sa.tuple_(*key) > sa.tuple_(sa.literal(doc_id), sa.literal(claim_id)))
    with store.engine.connect() as conn:
        rows = conn.execute(statement).mappings().all()
    items = [Claim.model_validate(dict(row)) for row in rows[:limit]]
    last = items[-1] if len(rows) > limit else None
    return Page(items, encode_cursor([last.doc_id, last.claim_id]) if last else None)


def documents_of_cluster(store: Store, cluster_id: str) -> list[dict[str, Any]]:
    """Title, outlet, language, date and address of every document reporting a cluster."""
    statement = (sa.select(documents.c.id, documents.c.title, documents.c.source, documents.c.lang,
                           documents.c.published, documents.c.url)
                 .where(documents.c.id.in_(sa.select(events.c.doc_id).where(events.c.cluster_id == cluster_id)))
                 .order_by(documents.c.published, documents.c.id))
    with store.engine.connect() as conn:
        return [dict(row) for row in conn.execute(statement).mappings()]
