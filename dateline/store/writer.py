"""Writing documents in batches: one transaction and a few statements per batch.

A batch of documents (with their events and claims) costs a handful of statements whatever
its size: one look-up of the ids and contents already stored, the reads the merge stage
needs (``clusters.py``), and one bulk insert per table (``bulk.py``). Documents are taken in
order, so a batch gives the same canonical events as storing them one by one: a document
that replaces a stored one (same id, new content) is written on its own, after the ones
before it, exactly as it would be alone.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal

import sqlalchemy as sa

from ..merge.family import Banded
from ..merge.simhash import simhash
from ..models import Claim, Document, Event
from ..table_rows import Rows, claim_row, event_row, rows_of
from . import bulk, changes
from . import clusters as clustering
from .tables import claims, document_bands, documents, events, merge_queue

Outcome = Literal["added", "unchanged", "updated"]
EVENT_COLUMNS = [c.name for c in events.columns]
CLAIM_COLUMNS = [c.name for c in claims.columns]
BAND_COLUMNS = ("doc_id", "band", "value", "day", "simhash", "family_id")
# key of the PostgreSQL advisory lock that makes concurrent writers merge one at a time
CLUSTER_LOCK_KEY = 0x646174656C696E66


@dataclass(frozen=True)
class AddResult:
    outcome: Outcome
    events: int = 0
    claims: int = 0


@dataclass
class Pending:
    """A document to store with what extraction found in it: its events and claims, or their
    rows already made (``rows``, by an extraction worker: ``table_rows.py``). ``fingerprint``
    is its SimHash when already computed (by an extraction worker); ``within`` runs in the
    transaction that stores it, with the outcome, so a caller's bookkeeping commits with the
    document."""

    doc: Document
    events: Sequence[Event] = ()
    claims: Sequence[Claim] = ()
    fingerprint: int | None = None
    within: Callable[[sa.Connection, Outcome], None] | None = None
    rows: Rows | None = None

    def table_rows(self) -> Rows:
        if self.rows is None:
            self.rows = rows_of(self.events, self.claims)
        return self.rows


def write(conn: sa.Connection, items: Sequence[Pending], *, merge: bool = True) -> list[AddResult]:
    """Store ``items`` in order in the open transaction; ``merge=False`` leaves the merge to a
    later pass (the events have no canonical event yet, the document no source family)."""
    with collector_paused():
        return _write(conn, items, merge=merge)


def _write(conn: sa.Connection, items: Sequence[Pending], *, merge: bool) -> list[AddResult]:
    no_jit(conn)
    stored_ids, stored_hashes = _stored(conn, items)
    if merge:
        serialise_merging(conn)
    results: list[AddResult] = []
    run: list[Pending] = []
    for item in items:
        digest = item.doc.content_hash
        if digest in stored_hashes:
            results.append(_finish(conn, item, "unchanged"))
            continue
        if item.doc.id in stored_ids:
            _flush(conn, run, merge=merge)
            run = []
            touched = clustering.clusters_of_documents(conn, [item.doc.id])
            delete_documents(conn, [item.doc.id])
            _flush(conn, [item], merge=merge, refresh=touched, outcome="updated")
            if touched and not merge:  # its old canonical events lost reports now
                serialise_merging(conn)
                clustering.refresh(conn, touched)
            results.append(_counted("updated", item))
        else:
            run.append(item)
            results.append(_counted("added", item))
        stored_ids.add(item.doc.id)
        stored_hashes.add(digest)
    _flush(conn, run, merge=merge)
    return results


def _finish(conn: sa.Connection, item: Pending, outcome: Outcome) -> AddResult:
    if item.within:
        item.within(conn, outcome)
    return AddResult(outcome) if outcome == "unchanged" else _counted(outcome, item)


def _counted(outcome: Outcome, item: Pending) -> AddResult:
    rows = item.table_rows()
    return AddResult(outcome, len(rows.events), len(rows.claims))


def _stored(conn: sa.Connection, items: Sequence[Pending]) -> tuple[set[str], set[str]]:
    """Ids and content hashes of ``items`` already stored."""
    ids: set[str] = set()
    wanted_ids = sorted({item.doc.id for item in items})
    for part in bulk.parts(conn, wanted_ids):
        ids.update(conn.execute(sa.select(documents.c.id).where(
            bulk.one_of(conn, documents.c.id, part))).scalars())
    return ids, stored_hashes(conn, [item.doc for item in items])


# PostgreSQL: one descent per document in the index led by the publication date (0009)
_HASHES_POSTGRESQL = ("SELECT d.content_hash FROM unnest(CAST(? AS text[]), CAST(? AS text[])) "
                      "AS wanted(published, content_hash) CROSS JOIN LATERAL (SELECT content_hash FROM documents "
                      "WHERE coalesce(published, '') = wanted.published AND content_hash = wanted.content_hash "
                      "OFFSET 0) AS d")


# SQLite: the same, the wanted pairs as a table of values joined to the index (0010)
_HASHES_SQLITE = ("WITH wanted(published, content_hash) AS (VALUES {}) SELECT d.content_hash FROM wanted "
                  "JOIN documents AS d ON coalesce(d.published, '') = wanted.published "
                  "AND d.content_hash = wanted.content_hash")


def stored_hashes(conn: sa.Connection, docs: Sequence[Document]) -> set[str]:
    """Content hashes of ``docs`` already stored. A hash is unique with its publication date
    (migrations 0009 and 0010), and looked up with it: a batch reads the pages of its days."""
    found: set[str] = set()
    pairs = sorted({(doc.published or "", doc.content_hash) for doc in docs})
    for part in bulk.parts(conn, pairs):
        if conn.dialect.name == "postgresql":
            rows = bulk.select(conn, _HASHES_POSTGRESQL, (
                [published for published, _hash in part], [digest for _published, digest in part]))
        else:
            rows = bulk.select(conn, _HASHES_SQLITE.format(", ".join(["(?, ?)"] * len(part))),
                               [value for pair in part for value in pair])
        found.update(row[0] for row in rows)
    return found


def _flush(conn: sa.Connection, run: Sequence[Pending], *, merge: bool, refresh: set[str] | None = None,
           outcome: Literal["added", "updated"] = "added") -> None:
    """Write a run of new documents (or one replacing a stored one, whose old canonical events
    ``refresh`` lists)."""
    if not run:
        return
    ingested_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    rows = [document_row(item.doc, ingested_at) for item in run]
    for row, item in zip(rows, run, strict=True):
        row["simhash"] = item.fingerprint if item.fingerprint is not None else simhash(item.doc.text)
    tables = [item.table_rows() for item in run]
    bands: list[Banded] = []
    if merge:
        family_of, bands = clustering.families_of(
            conn, [(row["id"], row["simhash"], item.doc.published_date()) for row, item in zip(rows, run, strict=True)])
        for row in rows:
            row["family_id"] = family_of[row["id"]]
        decided = clustering.decide(conn, [
            [clustering.member(e, published=item.doc.published, ingested_at=ingested_at, family_id=row["family_id"])
             for e in table.events] for row, item, table in zip(rows, run, tables, strict=True)])
        for item, table in zip(run, tables, strict=True):
            for event_values in table.events:
                event_values["cluster_id"] = decided.clusters[event_values["event_id"]]
            for event in item.events:  # the caller's models say where they went, as their rows
                event.cluster_id = decided.clusters[event.event_id]
    bulk.insert(conn, documents, rows)
    bulk.insert_values(conn, document_bands, BAND_COLUMNS, [band_values(b) for b in bands])
    bulk.insert(conn, events, [event_values for table in tables for event_values in table.events])
    bulk.insert(conn, claims, [claim_values for table in tables for claim_values in table.claims])
    if merge:
        clustering.write(conn, decided.assigner, refresh=refresh or set())
    for item in run:
        _finish(conn, item, outcome)
    changes.record_many(conn, [(item.doc.id, outcome) for item in run])


def delete_documents(conn: sa.Connection, doc_ids: Sequence[str]) -> None:
    for table, column in ((claims, claims.c.doc_id), (events, events.c.doc_id),
                          (document_bands, document_bands.c.doc_id), (merge_queue, merge_queue.c.doc_id),
                          (documents, documents.c.id)):
        for part in bulk.parts(conn, doc_ids):
            conn.execute(table.delete().where(column.in_(part)))


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while a batch is written. A batch makes tens of
    thousands of objects that live until it ends (the rows read, the canonical events and their
    members): each counted towards the collector's thresholds and was scanned again by every
    collection it outlived, a tenth to a quarter of a batch's CPU time (more in a process that
    holds much else, as an ingest holding its extraction engine does). They hold no cycles and
    go by reference counting when the batch ends; the collector, on again, finds anything else."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def no_jit(conn: sa.Connection) -> None:
    """PostgreSQL: no JIT compilation in this transaction. Its planner overestimates the rows of
    the merge stage's look-ups in a large store (a canonical event has a few reports, not the
    hundreds its statistics say), and past ``jit_above_cost`` it spent 0.4 s compiling a
    look-up that runs in 3 ms, every batch, at a million events."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("SET LOCAL jit = off")


def serialise_merging(conn: sa.Connection) -> None:
    """Two writers storing two reports of one event at once must not each found a canonical
    event: before the merge stage reads the canonical events it decides on, the transaction
    takes a lock, so the second writer sees the first's cluster. PostgreSQL: an advisory
    transaction lock. SQLite: its one write lock, which Python's driver takes only at the first
    write of a transaction (a statement that writes nothing still takes it)."""
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": CLUSTER_LOCK_KEY})
    elif conn.dialect.name == "sqlite":
        conn.execute(sa.text("DELETE FROM cluster_overrides WHERE 0 = 1"))


def document_row(doc: Document, ingested_at: str) -> dict[str, Any]:
    return {
        "id": doc.id, "content_hash": doc.content_hash, "title": doc.title, "url": doc.url,
        "source": doc.source, "published": doc.published, "lang": doc.lang, "place": doc.place,
        "text": doc.text, "meta": doc.meta, "simhash": None, "family_id": None, "ingested_at": ingested_at,
    }


def band_row(band: Banded) -> dict[str, Any]:
    return dict(zip(BAND_COLUMNS, band_values(band), strict=True))


def band_values(band: Banded) -> tuple[Any, ...]:
    """A band row as the values of ``BAND_COLUMNS``."""
    return band.doc_id, band.band, band.value, band.day, band.simhash, band.family_id


def batches(items: Sequence[Pending], *, documents: int = 500, records: int = 5000) -> Iterator[Sequence[Pending]]:
    """``items`` cut into batches of at most ``documents`` documents and about ``records``
    events and claims (one transaction each)."""
    start = count = 0
    for index, item in enumerate(items):
        count += len(item.events) + len(item.claims)
        if index + 1 - start >= documents or count >= records:
            yield items[start:index + 1]
            start, count = index + 1, 0
    if start < len(items):
        yield items[start:]


__all__ = ["AddResult", "Outcome", "Pending", "batches", "claim_row", "delete_documents", "event_row",
           "stored_hashes", "write"]
