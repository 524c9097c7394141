"""Filters over stored events, shared by the CLI, the Python API and (later) the HTTP API."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import sqlalchemy as sa

from .tables import documents, events

ESCAPE = "\\"


def contains(fragment: str) -> str:
    """A LIKE pattern for "contains ``fragment``" (lower-cased), its own ``%`` and ``_``
    escaped: ``--actor "%"`` looks for a percent sign, not for everything."""
    escaped = fragment.lower().replace(ESCAPE, ESCAPE * 2).replace("%", ESCAPE + "%").replace("_", ESCAPE + "_")
    return f"%{escaped}%"


@dataclass(frozen=True)
class EventQuery:
    """Which events to list; every field is optional and they combine with AND."""

    country: str | None = None  # ISO alpha-2 code or country name
    since: dt.date | None = None
    until: dt.date | None = None
    types: tuple[str, ...] = field(default_factory=tuple)  # event, sub-event or disorder types
    actor: str | None = None  # substring of actor1, actor2 or their associates
    text: str | None = None  # substring of the notes, the evidence or the document text
    doc_id: str | None = None
    cluster_id: str | None = None
    limit: int | None = None

    def where(self) -> list[sa.ColumnElement[bool]]:
        clauses: list[sa.ColumnElement[bool]] = []
        if self.country:
            value = self.country.strip()
            clauses.append(sa.or_(sa.func.upper(events.c.country_code) == value.upper(),
                                  sa.func.lower(events.c.country) == value.lower()))
        if self.since:
            clauses.append(events.c.event_date >= self.since)
        if self.until:
            clauses.append(events.c.event_date <= self.until)
        if self.types:
            wanted = [t.lower() for t in self.types]
            clauses.append(sa.or_(sa.func.lower(events.c.event_type).in_(wanted),
                                  sa.func.lower(events.c.sub_event_type).in_(wanted),
                                  sa.func.lower(events.c.disorder_type).in_(wanted)))
        if self.actor:
            pattern = contains(self.actor)
            clauses.append(sa.or_(*(sa.func.lower(column).like(pattern, escape=ESCAPE) for column in (
                events.c.actor1, events.c.actor2, events.c.assoc_actor_1, events.c.assoc_actor_2))))
        if self.text:
            pattern = contains(self.text)
            in_document = sa.select(documents.c.id).where(
                documents.c.id == events.c.doc_id, sa.func.lower(documents.c.text).like(pattern, escape=ESCAPE))
            clauses.append(sa.or_(sa.func.lower(events.c.notes).like(pattern, escape=ESCAPE),
                                  sa.func.lower(events.c.location).like(pattern, escape=ESCAPE),
                                  in_document.exists()))
        if self.doc_id:
            clauses.append(events.c.doc_id == self.doc_id)
        if self.cluster_id:
            clauses.append(events.c.cluster_id == self.cluster_id)
        return clauses
