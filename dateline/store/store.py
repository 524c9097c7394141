"""The event store: documents, their events and claims, in SQLite or PostgreSQL.

Every document is written in one transaction together with its events and claims, so an
interrupted ingest never leaves half a document behind; the content hash makes ingest
idempotent.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import sqlalchemy as sa

from ..errors import NotFoundError, StoreError
from ..merge.cluster import Override
from ..merge.simhash import simhash
from ..models import CanonicalEvent, Claim, Document, Event, Report
from . import changes
from . import clusters as clustering
from .db import create_engine, current_revision, database_reason, migrate
from .query import EventQuery
from .tables import claims, cluster_overrides, clusters, document_bands, documents, events

log = logging.getLogger(__name__)
Outcome = Literal["added", "unchanged", "updated"]

WRITE_ATTEMPTS = 3
EVENT_COLUMNS = [c.name for c in events.columns]
CLAIM_COLUMNS = [c.name for c in claims.columns]


@dataclass(frozen=True)
class AddResult:
    outcome: Outcome
    events: int = 0
    claims: int = 0


class Store:
    """A dateline store at ``target``: a SQLite path, ``:memory:`` or a SQLAlchemy URL."""

    def __init__(self, target: str = "dateline.db", *, create: bool = True) -> None:
        """Open the store at ``target``, creating it unless ``create`` is False: commands that
        only read (``dateline events``) refuse a store that does not exist rather than make
        an empty one at a mistyped path and report that nothing matches."""
        self.target = target
        self.engine = create_engine(target)
        if self.engine.dialect.name == "sqlite" and self.engine.url.database in (None, "", ":memory:"):
            # one shared connection, or every new connection would see a fresh empty database;
            # threads may share it (a web server's workers, a watcher's), one at a time
            self.engine = sa.create_engine("sqlite://", poolclass=sa.pool.StaticPool,
                                           connect_args={"check_same_thread": False})
        elif not create:
            self._must_exist()
        migrate(self.engine)

    def _must_exist(self) -> None:
        missing = NotFoundError(f"no dateline store at {self.target!r} ('dateline ingest' creates one; "
                                "check --db or DATELINE_DB)")
        database = self.engine.url.database
        if self.engine.dialect.name == "sqlite" and database and not Path(database).is_file():
            self.engine.dispose()
            raise missing
        try:
            with self.engine.connect() as connection:
                found = current_revision(connection)
        except sa.exc.SQLAlchemyError as exc:
            self.engine.dispose()
            raise StoreError(f"cannot open the store {self.target!r}: {database_reason(exc)}") from exc
        if found is None:
            self.engine.dispose()
            raise missing

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    # -- writing -------------------------------------------------------------------------

    def add(self, doc: Document, doc_events: Sequence[Event],
            doc_claims: Sequence[Claim] = (), *,
            within: Callable[[sa.Connection, Outcome], None] | None = None) -> AddResult:
        """Store one document with its events and claims, all or nothing.

        Safe against another process storing the same files at the same time: a document it
        stored between this one's look-up and insert is "unchanged", not a failure. ``within``
        runs inside the same transaction (also when the document is found already stored), so
        a caller's own bookkeeping commits with the document or not at all."""
        problem = doc.storage_problem()
        if problem:
            raise StoreError(f"cannot store document {_short(doc.id)!r}: {problem}")
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                return self._add_once(doc, doc_events, doc_claims, within)
            except (sa.exc.IntegrityError, sa.exc.OperationalError) as exc:
                # a concurrent writer won the race (same content, same id, a shared cluster)
                # or held the lock too long: look again, from the start
                if attempt == WRITE_ATTEMPTS:
                    raise StoreError(f"could not store document {_short(doc.id)!r}: {database_reason(exc)}") from exc
                log.info("document %s: concurrent write (%s); trying again", doc.id, database_reason(exc))
            except sa.exc.SQLAlchemyError as exc:
                raise StoreError(f"could not store document {_short(doc.id)!r}: {database_reason(exc)}") from exc
        raise AssertionError("unreachable")

    def _add_once(self, doc: Document, doc_events: Sequence[Event], doc_claims: Sequence[Claim],
                  within: Callable[[sa.Connection, Outcome], None] | None) -> AddResult:
        digest = doc.content_hash
        with self.engine.begin() as conn:
            existing = self._stored_as(conn, doc.id, digest)
            if any(row.content_hash == digest for row in existing):
                if within:
                    within(conn, "unchanged")
                return AddResult("unchanged")
            outcome: Outcome = "updated" if existing else "added"
            touched: set[str] = set()
            if existing:
                touched = clustering.clusters_of_documents(conn, [doc.id])
                self._delete_document(conn, doc.id)
            row = _document_row(doc, digest)
            _serialise_merging(conn)
            fingerprint = simhash(doc.text)
            row["simhash"] = fingerprint
            row["family_id"], bands = clustering.families(conn, [(fingerprint, doc.published_date())]).family(
                doc.id, fingerprint, doc.published_date())
            corrections = clustering.overrides(conn, [e.event_id for e in doc_events])
            members = [clustering.member(e, published=doc.published, ingested_at=row["ingested_at"],
                                         family_id=row["family_id"]) for e in doc_events]
            decided = clustering.assigner(conn, members, corrections)
            own: set[str] = set()
            for event, report in zip(doc_events, members, strict=True):
                event.cluster_id = decided.assign(report, override=corrections.get(event.event_id),
                                                  exclude=own).cluster_id
                own.add(event.cluster_id)
            conn.execute(documents.insert().values(row))
            conn.execute(document_bands.insert(), [{"doc_id": doc.id, "band": b.band, "value": b.value, "day": b.day}
                                                   for b in bands])
            if doc_events:
                conn.execute(events.insert(), [_event_row(e) for e in doc_events])
            if doc_claims:
                conn.execute(claims.insert(), [_claim_row(c) for c in doc_claims])
            clustering.write(conn, decided, refresh=touched)
            if within:
                within(conn, outcome)
            changes.record(conn, doc.id, "updated" if existing else "added")
            return AddResult(outcome, len(doc_events), len(doc_claims))

    def _stored_as(self, conn: sa.Connection, doc_id: str, digest: str) -> list[Any]:
        """Stored documents with this content or this id."""
        return list(conn.execute(sa.select(documents.c.id, documents.c.content_hash).where(
            sa.or_(documents.c.content_hash == digest, documents.c.id == doc_id))).all())

    def _delete_document(self, conn: sa.Connection, doc_id: str) -> None:
        conn.execute(claims.delete().where(claims.c.doc_id == doc_id))
        conn.execute(events.delete().where(events.c.doc_id == doc_id))
        conn.execute(document_bands.delete().where(document_bands.c.doc_id == doc_id))
        conn.execute(documents.delete().where(documents.c.id == doc_id))

    def delete_document(self, doc_id: str) -> None:
        with self.engine.begin() as conn:
            if not conn.execute(sa.select(documents.c.id).where(documents.c.id == doc_id)).first():
                raise NotFoundError(f"no document {doc_id!r}")
            touched = clustering.clusters_of_documents(conn, [doc_id])
            self._delete_document(conn, doc_id)
            clustering.refresh(conn, touched)
            changes.record(conn, doc_id, "deleted")

    def has(self, doc: Document) -> bool:
        """Whether this exact document (same content) is already stored."""
        try:
            with self.engine.connect() as conn:
                return conn.execute(sa.select(documents.c.id).where(
                    documents.c.content_hash == doc.content_hash)).first() is not None
        except sa.exc.SQLAlchemyError as exc:
            raise StoreError(f"cannot read the store: {database_reason(exc)}") from exc

    # -- reading -------------------------------------------------------------------------

    def events(self, query: EventQuery | None = None) -> Iterator[Event]:
        """Stored per-document events matching ``query``, oldest first, each with the size of
        its canonical event (``reports``, ``corroboration``)."""
        query = query or EventQuery()
        statement = (sa.select(events, clusters.c.reports, clusters.c.corroboration)
                     .outerjoin(clusters, clusters.c.cluster_id == events.c.cluster_id)
                     .where(*query.where())
                     .order_by(events.c.event_date, events.c.doc_id, events.c.event_id))
        if query.limit:
            statement = statement.limit(query.limit)
        with self.engine.connect() as conn:
            for row in conn.execute(statement).mappings():
                yield Event.model_validate(dict(row))

    def canonical(self, query: EventQuery | None = None) -> Iterator[CanonicalEvent]:
        """One record per real-world event: the most precise report's fields, the figures'
        range across reports, and every report (document, outlet, language, URL, first seen)."""
        query = query or EventQuery()
        lead = events.alias("lead")
        matching = sa.select(events.c.cluster_id).where(*query.where())
        statement = (sa.select(clusters, lead).join(lead, lead.c.event_id == clusters.c.lead_event_id)
                     .where(clusters.c.cluster_id.in_(matching))
                     .order_by(clusters.c.event_date, clusters.c.cluster_id))
        if query.limit:
            statement = statement.limit(query.limit)
        with self.engine.connect() as conn:
            for row in conn.execute(statement).mappings().all():
                yield self._canonical(conn, row)

    def _canonical(self, conn: sa.Connection, row: Any) -> CanonicalEvent:
        members = conn.execute(sa.select(*REPORT_COLUMNS).join(documents, documents.c.id == events.c.doc_id)
                               .where(events.c.cluster_id == row["cluster_id"])
                               .order_by(documents.c.published)).mappings().all()
        return canonical_event(row, members)

    # -- analysts' corrections -------------------------------------------------------------

    def merge(self, keep: str, other: str) -> str:
        """Put every report of ``other``'s event into ``keep``'s (event or cluster ids).
        Recorded as overrides, so later runs never undo it. Returns the cluster id."""
        with self.engine.begin() as conn:
            target = self._cluster_of(conn, keep)
            source = self._cluster_of(conn, other)
            lead = conn.execute(sa.select(clusters.c.lead_event_id).where(
                clusters.c.cluster_id == target)).scalar_one()
            moved = conn.execute(sa.select(events.c.event_id).where(events.c.cluster_id == source)).scalars().all()
            for event_id in moved:
                self._override(conn, event_id, "merge", lead)
            clustering.set_cluster(conn, moved, target)
            clustering.refresh(conn, [source, target])
            return target

    def split(self, event_id: str) -> str:
        """Take one report out of its canonical event into a new one of its own, for good."""
        with self.engine.begin() as conn:
            old = self._cluster_of(conn, event_id)
            if conn.execute(sa.select(events.c.event_id).where(events.c.event_id == event_id)).first() is None:
                raise NotFoundError(f"no event {event_id!r} (split takes a per-document event id)")
            self._override(conn, event_id, "split", None)
            clustering.set_cluster(conn, [event_id], None)
            clustering.refresh(conn, [old])
            (report,) = clustering.members_of(conn, [event_id])
            decided = clustering.assigner(conn, [report], {event_id: Override("split")})
            cluster_id = decided.assign(report, override=Override("split")).cluster_id
            clustering.set_cluster(conn, [event_id], cluster_id)
            clustering.write(conn, decided)
            return cluster_id

    def _cluster_of(self, conn: sa.Connection, identifier: str) -> str:
        if conn.execute(sa.select(clusters.c.cluster_id).where(clusters.c.cluster_id == identifier)).first():
            return identifier
        cluster_id = conn.execute(sa.select(events.c.cluster_id).where(events.c.event_id == identifier)).scalar()
        if cluster_id is None:
            raise NotFoundError(f"no event or canonical event {identifier!r}")
        return str(cluster_id)

    def _override(self, conn: sa.Connection, event_id: str, kind: str, target: str | None) -> None:
        conn.execute(cluster_overrides.delete().where(cluster_overrides.c.event_id == event_id))
        conn.execute(cluster_overrides.insert().values(
            event_id=event_id, kind=kind, target_event_id=target,
            created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds")))

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
                    for table in (documents, events, claims, clusters)}


# what the report list of a canonical event shows of each member (``canonical_event``)
REPORT_COLUMNS = (events.c.event_id, events.c.cluster_id, events.c.doc_id, events.c.language, events.c.fatalities,
                  events.c.injured, documents.c.source, documents.c.url, documents.c.published,
                  documents.c.ingested_at, documents.c.family_id)


def canonical_event(row: Any, members: Sequence[Any]) -> CanonicalEvent:
    """The canonical record of a cluster row joined with its lead event's columns, and its
    reports (rows of ``REPORT_COLUMNS``, oldest publication first)."""
    reasons = {r["event_id"]: r["reason"] for r in row["merge_reasons"] or []}
    record = {key: row[key] for key in EVENT_COLUMNS if key in row}
    record.update(event_id=row["cluster_id"], cluster_id=row["cluster_id"], reports=row["reports"],
                  corroboration=row["corroboration"], fatalities=row["fatalities_min"],
                  injured=row["injured_min"], fatalities_min=row["fatalities_min"],
                  fatalities_max=row["fatalities_max"], injured_min=row["injured_min"],
                  injured_max=row["injured_max"], first_reported=row["first_reported"])
    record["report_list"] = [Report(
        event_id=m["event_id"], doc_id=m["doc_id"], source=m["source"] or "", language=m["language"] or "",
        url=m["url"] or "", published=m["published"], first_seen=m["ingested_at"],
        family_id=m["family_id"] or "", fatalities=m["fatalities"], injured=m["injured"],
        reason=reasons.get(m["event_id"], "")) for m in members]
    return CanonicalEvent.model_validate(record)


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


# key of the PostgreSQL advisory lock that makes concurrent writers merge one at a time
CLUSTER_LOCK_KEY = 0x646174656C696E66


def _serialise_merging(conn: sa.Connection) -> None:
    """Two writers storing two reports of one event at once must not each found a canonical
    event: before the merge stage reads the canonical events it decides on, the transaction
    takes a lock, so the second writer sees the first's cluster. PostgreSQL: an advisory
    transaction lock. SQLite: its one write lock, which Python's driver takes only at the first
    write of a transaction (a statement that writes nothing still takes it)."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": CLUSTER_LOCK_KEY})
    elif conn.dialect.name == "sqlite":
        conn.execute(sa.text("DELETE FROM cluster_overrides WHERE 0 = 1"))


def _short(identifier: str, limit: int = 80) -> str:
    """An identifier for a message: a 5,000-character id is not repeated in full."""
    return identifier if len(identifier) <= limit else identifier[:limit] + "…"
