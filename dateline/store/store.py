"""The event store: documents, their events and claims, in SQLite or PostgreSQL.

Every document is written in one transaction together with its events and claims, so an
interrupted ingest never leaves half a document behind; the content hash makes ingest
idempotent.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from ..errors import NotFoundError, StoreError
from ..merge.cluster import Override
from ..models import CanonicalEvent, Claim, Document, Event
from . import bulk, changes, writer
from . import clusters as clustering
from .checkpoint import Checkpointer
from .db import create_engine, current_revision, database_reason, migrate
from .query import EventQuery
from .rows import canonical_from_record, event_from_row
from .tables import claims, cluster_overrides, clusters, documents, events
from .writer import EVENT_COLUMNS, Pending
from .writer import AddResult as AddResult  # re-exported: callers know them from here
from .writer import Outcome as Outcome

log = logging.getLogger(__name__)

WRITE_ATTEMPTS = 3


class Store:
    """A dateline store at ``target``: a SQLite path, ``:memory:`` or a SQLAlchemy URL."""

    def __init__(self, target: str = "dateline.db", *, create: bool = True, connections: int | None = None) -> None:
        """Open the store at ``target``, creating it unless ``create`` is False: commands that
        only read (``dateline events``) refuse a store that does not exist rather than make
        an empty one at a mistyped path and report that nothing matches. ``connections``:
        how many the pool keeps open (a server's threads; see ``create_engine``)."""
        self.target = target
        self.engine = create_engine(target, connections=connections)
        if self.engine.dialect.name == "sqlite" and self.engine.url.database in (None, "", ":memory:"):
            # one shared connection, or every new connection would see a fresh empty database;
            # threads may share it (a web server's workers, a watcher's), one at a time
            self.engine = sa.create_engine("sqlite://", poolclass=sa.pool.StaticPool,
                                           connect_args={"check_same_thread": False})
        elif not create:
            self._must_exist()
        migrate(self.engine)
        self.checkpointer: Checkpointer | None = None
        if self.engine.dialect.name == "sqlite" and self.engine.url.database not in (None, "", ":memory:"):
            self._watch_commits(self.engine.url.database)

    def _watch_commits(self, path: str) -> None:
        """Checkpoint this file's write-ahead log in a thread of its own after writes
        (``checkpoint.py``), started at the first write: a store opened to read starts none.
        SQLAlchemy announces a commit before it runs; the connection's return to the pool
        comes after, and that is when its pages are in the log."""
        wrote = threading.Event()
        starting = threading.Lock()

        def on_commit(_connection: sa.Connection) -> None:
            wrote.set()

        def on_checkin(_dbapi_connection: object, _record: object) -> None:
            if not wrote.is_set():
                return
            wrote.clear()
            with starting:
                if self.checkpointer is None:
                    self.checkpointer = Checkpointer(path)
            self.checkpointer.committed()

        sa.event.listen(self.engine, "commit", on_commit)
        sa.event.listen(self.engine.pool, "checkin", on_checkin)

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
        if self.checkpointer is not None:
            self.checkpointer.close()
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
        (result,) = self.add_many([Pending(doc, doc_events, doc_claims, within=within)])
        if isinstance(result, StoreError):
            raise result
        return result

    def add_many(self, items: Sequence[Pending], *, merge: bool = True,
                 after: Callable[[sa.Connection, Sequence[Pending], Sequence[AddResult]], None] | None = None
                 ) -> list[AddResult | StoreError]:
        """Store documents with their events and claims, in order, in one transaction: the
        same outcome, canonical events included, as storing them one by one, in a few
        statements. What cannot be stored is a :class:`StoreError` in its place in the result
        (a database error on a batch retries its documents one by one to find which);
        ``merge=False`` leaves the merge to :func:`dateline.store.merging.merge_pending`.
        ``after`` runs in each transaction, with the items it wrote and their outcomes."""
        results: list[AddResult | StoreError | None] = [None] * len(items)
        valid: list[int] = []
        for index, item in enumerate(items):
            problem = item.doc.storage_problem()
            if problem:
                results[index] = StoreError(f"cannot store document {_short(item.doc.id)!r}: {problem}")
            else:
                valid.append(index)
        if valid:
            self._write([items[i] for i in valid], valid, results, merge=merge, after=after)
        return [r if r is not None else StoreError("not written") for r in results]

    def _write(self, batch: Sequence[Pending], where: Sequence[int], results: list[AddResult | StoreError | None],
               *, merge: bool,
               after: Callable[[sa.Connection, Sequence[Pending], Sequence[AddResult]], None] | None) -> None:
        name = _short(batch[0].doc.id) if len(batch) == 1 else f"{len(batch)} documents"
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                with self.engine.begin() as conn:
                    written = writer.write(conn, batch, merge=merge)
                    if after:
                        after(conn, batch, written)
                for index, result in zip(where, written, strict=True):
                    results[index] = result
                return
            except (sa.exc.IntegrityError, sa.exc.OperationalError) as exc:
                # a concurrent writer won the race (same content, same id, a shared cluster)
                # or held the lock too long: look again, from the start
                if attempt < WRITE_ATTEMPTS:
                    log.info("%s: concurrent write (%s); trying again", name, database_reason(exc))
                    continue
                error: sa.exc.SQLAlchemyError = exc
            except sa.exc.SQLAlchemyError as exc:
                error = exc
            break
        if len(batch) > 1:  # one document the database refuses must not cost the others
            for item, index in zip(batch, where, strict=True):
                self._write([item], [index], results, merge=merge, after=after)
            return
        failure = StoreError(f"could not store document {name!r}: {database_reason(error)}")
        failure.__cause__ = error
        results[where[0]] = failure

    def delete_document(self, doc_id: str) -> None:
        with self.engine.begin() as conn:
            if not conn.execute(sa.select(documents.c.id).where(documents.c.id == doc_id)).first():
                raise NotFoundError(f"no document {doc_id!r}")
            touched = clustering.clusters_of_documents(conn, [doc_id])
            writer.delete_documents(conn, [doc_id])
            clustering.refresh(conn, touched)
            changes.record(conn, doc_id, "deleted")

    def has(self, doc: Document) -> bool:
        """Whether this exact document (same content) is already stored."""
        return doc.content_hash in self.known([doc])

    def known(self, docs: Sequence[Document]) -> set[str]:
        """Content hashes of ``docs`` already stored (one query per few hundred documents)."""
        try:
            with self.engine.connect() as conn:
                return writer.stored_hashes(conn, docs)
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
            result = conn.execute(statement)
            keys = list(result.keys())
            for row in result:
                yield event_from_row(dict(zip(keys, row, strict=True)))

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
            self._record_regrouped(conn, moved)
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
            self._record_regrouped(conn, [event_id])
            return cluster_id

    @staticmethod
    def _record_regrouped(conn: sa.Connection, event_ids: Sequence[str]) -> None:
        """Number the documents whose events changed canonical event as updated, so live views
        and the API's kept answers see an analyst's merge or split like any other change."""
        doc_ids = sorted(set(conn.execute(sa.select(events.c.doc_id).where(
            bulk.one_of(conn, events.c.event_id, list(event_ids)))).scalars()))
        changes.record_many(conn, [(doc_id, "updated") for doc_id in doc_ids])

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
        return event_from_row(dict(row))

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
    return canonical_from_record(record, [dict(
        event_id=m["event_id"], doc_id=m["doc_id"], source=m["source"] or "", language=m["language"] or "",
        url=m["url"] or "", published=m["published"], first_seen=m["ingested_at"] or "",
        family_id=m["family_id"] or "", fatalities=m["fatalities"], injured=m["injured"],
        reason=reasons.get(m["event_id"], "")) for m in members])


def _document_from_row(row: Any) -> Document:
    return Document(id=row["id"], text=row["text"], title=row["title"], url=row["url"],
                    source=row["source"], published=row["published"], lang=row["lang"],
                    place=row["place"], meta=row["meta"] or {})


def _short(identifier: str, limit: int = 80) -> str:
    """An identifier for a message: a 5,000-character id is not repeated in full."""
    return identifier if len(identifier) <= limit else identifier[:limit] + "…"
