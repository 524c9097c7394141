"""The event store: documents, their events and claims, in SQLite or PostgreSQL.

Every document is written in one transaction together with its events and claims, so an
interrupted ingest never leaves half a document behind; the content hash makes ingest
idempotent.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import sqlalchemy as sa

from ..errors import NotFoundError, StoreError
from ..models import Claim, Document, Event
from .db import create_engine, migrate
from .query import EventQuery
from .tables import claims, documents, events

log = logging.getLogger(__name__)
Outcome = Literal["added", "unchanged", "updated"]

EVENT_COLUMNS = [c.name for c in events.columns]
CLAIM_COLUMNS = [c.name for c in claims.columns]


@dataclass(frozen=True)
class AddResult:
    outcome: Outcome
    events: int = 0
    claims: int = 0


class Store:
    """A dateline store at ``target``: a SQLite path, ``:memory:`` or a SQLAlchemy URL."""

    def __init__(self, target: str = "dateline.db") -> None:
        self.target = target
        self.engine = create_engine(target)
        if self.engine.dialect.name == "sqlite" and self.engine.url.database in (None, "", ":memory:"):
            # one shared connection, or every new connection would see a fresh empty database
            self.engine = sa.create_engine("sqlite://", poolclass=sa.pool.StaticPool)
        migrate(self.engine)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    # -- writing -------------------------------------------------------------------------

    def add(self, doc: Document, doc_events: Sequence[Event],
            doc_claims: Sequence[Claim] = ()) -> AddResult:
        """Store one document with its events and claims, all or nothing."""
        digest = doc.content_hash
        try:
            with self.engine.begin() as conn:
                existing = conn.execute(sa.select(documents.c.id, documents.c.content_hash)
                                        .where(sa.or_(documents.c.content_hash == digest,
                                                      documents.c.id == doc.id))).all()
                if any(row.content_hash == digest for row in existing):
                    return AddResult("unchanged")
                outcome: Outcome = "updated" if existing else "added"
                if existing:
                    self._delete_document(conn, doc.id)
                conn.execute(documents.insert().values(_document_row(doc, digest)))
                if doc_events:
                    conn.execute(events.insert(), [_event_row(e) for e in doc_events])
                if doc_claims:
                    conn.execute(claims.insert(), [_claim_row(c) for c in doc_claims])
                return AddResult(outcome, len(doc_events), len(doc_claims))
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"could not store document {doc.id!r}: {exc}") from exc

    def _delete_document(self, conn: sa.Connection, doc_id: str) -> None:
        conn.execute(claims.delete().where(claims.c.doc_id == doc_id))
        conn.execute(events.delete().where(events.c.doc_id == doc_id))
        conn.execute(documents.delete().where(documents.c.id == doc_id))

    def delete_document(self, doc_id: str) -> None:
        with self.engine.begin() as conn:
            if not conn.execute(sa.select(documents.c.id).where(documents.c.id == doc_id)).first():
                raise NotFoundError(f"no document {doc_id!r}")
            self._delete_document(conn, doc_id)

    def has(self, doc: Document) -> bool:
        """Whether this exact document (same content) is already stored."""
        with self.engine.connect() as conn:
            return conn.execute(sa.select(documents.c.id).where(
                documents.c.content_hash == doc.content_hash)).first() is not None

    # -- reading -------------------------------------------------------------------------

    def events(self, query: EventQuery | None = None) -> Iterator[Event]:
        """Stored per-document events matching ``query``, oldest first."""
        query = query or EventQuery()
        statement = (sa.select(events).where(*query.where())
                     .order_by(events.c.event_date, events.c.doc_id, events.c.event_id))
        if query.limit:
            statement = statement.limit(query.limit)
        with self.engine.connect() as conn:
            for row in conn.execute(statement).mappings():
                yield Event.model_validate(dict(row))

    def event(self, event_id: str) -> Event:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(events).where(events.c.event_id == event_id)).mappings().first()
        if row is None:
            raise NotFoundError(f"no event {event_id!r}")
        return Event.model_validate(dict(row))

    def claims(self, doc_id: str | None = None) -> Iterator[Claim]:
        statement = sa.select(claims).order_by(claims.c.doc_id, claims.c.claim_id)
        if doc_id:
            statement = statement.where(claims.c.doc_id == doc_id)
        with self.engine.connect() as conn:
            for row in conn.execute(statement).mappings():
                yield Claim.model_validate(dict(row))

    def documents(self) -> Iterator[Document]:
        with self.engine.connect() as conn:
            for row in conn.execute(sa.select(documents).order_by(documents.c.id)).mappings():
                yield _document_from_row(row)

    def document(self, doc_id: str) -> Document:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(documents).where(documents.c.id == doc_id)).mappings().first()
        if row is None:
            raise NotFoundError(f"no document {doc_id!r}")
        return _document_from_row(row)

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {table.name: conn.execute(sa.select(sa.func.count()).select_from(table)).scalar_one()
                    for table in (documents, events, claims)}


def _document_row(doc: Document, digest: str) -> dict[str, Any]:
    return {
        "id": doc.id, "content_hash": digest, "title": doc.title, "url": doc.url,
        "source": doc.source, "published": doc.published, "lang": doc.lang, "place": doc.place,
        "text": doc.text, "meta": doc.meta,
        "ingested_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }


def _document_from_row(row: Any) -> Document:
    return Document(id=row["id"], text=row["text"], title=row["title"], url=row["url"],
                    source=row["source"], published=row["published"], lang=row["lang"],
                    place=row["place"], meta=row["meta"] or {})


def _event_row(event: Event) -> dict[str, Any]:
    data = event.model_dump(mode="json")
    data["event_date"] = event.event_date
    return {name: data.get(name) for name in EVENT_COLUMNS}


def _claim_row(claim: Claim) -> dict[str, Any]:
    data = claim.model_dump(mode="json")
    return {name: data.get(name) for name in CLAIM_COLUMNS}
