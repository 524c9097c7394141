"""The merge pass of ``dateline backfill``: documents written without merging, merged in order.

Backfill workers write documents, events and claims as fast as they can, in any order and
many at once, without merging (``Store.add_many(merge=False)``); each document waits in
``merge_queue`` with its place in the order of the inputs. This pass then merges them, a
batch per transaction, in that order, exactly as a serial ingest would have: the same source
families, the same canonical events. A pass killed half way resumes where it stopped (a
batch is merged and leaves the queue in one transaction); two passes at once take turns.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

import sqlalchemy as sa

from . import bulk
from . import clusters as clustering
from .tables import document_bands, documents, events, merge_queue
from .writer import band_row, collector_paused, no_jit, serialise_merging

MERGE_BATCH = 500  # documents merged per transaction


def enqueue(conn: sa.Connection, positions: Sequence[tuple[str, int]]) -> None:
    """Documents (id, place in the inputs' order) written without merging, to merge later."""
    ids = [doc_id for doc_id, _position in positions]
    for part in bulk.parts(conn, ids):
        conn.execute(merge_queue.delete().where(bulk.one_of(conn, merge_queue.c.doc_id, part)))
    bulk.insert(conn, merge_queue, [{"doc_id": doc_id, "position": position} for doc_id, position in positions])


def waiting(conn: sa.Connection) -> int:
    return int(conn.execute(sa.select(sa.func.count()).select_from(merge_queue)).scalar_one())


def merge_next(conn: sa.Connection, limit: int = MERGE_BATCH) -> int:
    """Merge the ``limit`` first documents of the queue (in the open transaction); how many."""
    with collector_paused():
        return _merge_next(conn, limit)


def _merge_next(conn: sa.Connection, limit: int) -> int:
    no_jit(conn)
    serialise_merging(conn)
    ids = list(conn.execute(sa.select(merge_queue.c.doc_id).order_by(merge_queue.c.position, merge_queue.c.doc_id)
                            .limit(limit)).scalars())
    if not ids:
        return 0
    docs = {row.id: row for row in conn.execute(sa.select(
        documents.c.id, documents.c.simhash, documents.c.published, documents.c.ingested_at).where(
        bulk.one_of(conn, documents.c.id, ids)))}
    family_of, bands = clustering.families_of(conn, [(doc_id, docs[doc_id].simhash, _day(docs[doc_id].published))
                                                     for doc_id in ids])
    reports: dict[str, list[clustering.Member]] = {doc_id: [] for doc_id in ids}
    for member in clustering.members_of_documents(conn, ids):
        reports[member.doc_id].append(member)
    decided = clustering.decide(conn, [[clustering.with_family(m, family_of[doc_id]) for m in reports[doc_id]]
                                       for doc_id in ids])
    if ids:
        conn.execute(documents.update().where(documents.c.id == sa.bindparam("b_id")).values(
            family_id=sa.bindparam("b_family")), [{"b_id": doc_id, "b_family": family_of[doc_id]} for doc_id in ids])
    bulk.insert(conn, document_bands, [band_row(band) for band in bands])
    if decided.clusters:
        conn.execute(events.update().where(events.c.event_id == sa.bindparam("b_event")).values(
            cluster_id=sa.bindparam("b_cluster")),
            [{"b_event": event_id, "b_cluster": cluster_id} for event_id, cluster_id in decided.clusters.items()])
    clustering.write(conn, decided.assigner)
    for part in bulk.parts(conn, ids):
        conn.execute(merge_queue.delete().where(bulk.one_of(conn, merge_queue.c.doc_id, part)))
    return len(ids)


def merge_pending(engine: sa.Engine, *, limit: int = MERGE_BATCH,
                  progress: Callable[[int, int], None] | None = None) -> int:
    """Merge every queued document, a batch per transaction; ``progress(done, total)``."""
    with engine.connect() as conn:
        total = waiting(conn)
    done = 0
    while True:
        with engine.begin() as conn:
            merged = merge_next(conn, limit)
        if not merged:
            return done
        done += merged
        if progress:
            progress(done, max(total, done))


def _day(published: str | None) -> dt.date | None:
    return dt.date.fromisoformat(published[:10]) if published and len(published) >= 10 else None
