"""``dateline backfill``: extraction of an archive on a Dask cluster, then one merge pass.

Each shard (``shards.py``) is a task: a Dask worker reads it, extracts its documents (one
engine per worker process) and writes them to the store in one transaction without merging,
each document queued with its place in the inputs' order. Many workers write at once (on
PostgreSQL; SQLite takes them one at a time). When every shard is written, one deterministic
pass merges the queue in input order (``store/merging.py``): the store ends as a serial
``dateline ingest`` of the same inputs leaves it.

Killed at any moment, a backfill resumes where it stopped without duplicates: a shard is
marked done only after its documents are stored, a shard done is skipped, a document already
stored (same content) is neither extracted nor written again, and the merge pass takes its
queue a batch per transaction.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from ..errors import ConfigError, ReadError
from ..models import Document
from ..pipeline import extract_for_store
from ..settings import Settings
from ..store import Store
from ..store.merging import enqueue, merge_pending
from ..store.tables import backfill_shards
from ..store.writer import AddResult, Pending
from ..workers import engine_for
from . import shards as sharding
from .shards import Shard

log = logging.getLogger(__name__)
Progress = Callable[[str, int, int], None]  # (phase, done, total)


@dataclass
class ShardResult:
    number: int
    documents: int = 0
    added: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass
class BackfillSummary:
    shards: int = 0
    skipped: int = 0  # shards done by an earlier run
    documents: int = 0
    added: int = 0
    events: int = 0
    merged: int = 0
    dashboard: str = ""
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def backfill(sources: Iterable[str | Path], target: str, *, scheduler: str | None = None, workers: int | None = None,
             settings: Settings | None = None, shard_bytes: int = sharding.SHARD_BYTES,
             progress: Progress | None = None, on_dashboard: Callable[[str], None] | None = None) -> BackfillSummary:
    """Extract every document of ``sources`` on a Dask cluster (``scheduler`` address, or a
    local cluster of ``workers`` processes), write it to the store at ``target``, then merge."""
    from distributed import Client, LocalCluster, as_completed

    settings = settings or Settings.from_env()
    summary = BackfillSummary()
    planned, unreadable = sharding.plan(sources, shard_bytes=shard_bytes)
    summary.errors += [str(error) for error in unreadable]
    with Store(target) as store, store.engine.connect() as conn:
        done = set(conn.execute(sa.select(backfill_shards.c.shard_key)).scalars())
    todo = [shard for shard in planned if shard.key not in done]
    summary.shards, summary.skipped = len(planned), len(planned) - len(todo)
    if scheduler and workers:
        raise ConfigError("give --scheduler or --workers, not both")
    cluster = None if scheduler else LocalCluster(n_workers=workers or 1, threads_per_worker=1, processes=True,
                                                  dashboard_address=":0")
    try:
        with Client(scheduler or cluster) as client:
            summary.dashboard = client.dashboard_link or ""
            if on_dashboard and summary.dashboard:
                on_dashboard(summary.dashboard)
            futures = client.map(write_shard, todo, target=target, settings=settings, pure=False)
            for finished, future in enumerate(as_completed(futures), start=1):
                result: ShardResult = future.result()
                summary.documents += result.documents
                summary.added += result.added
                summary.events += result.events
                summary.errors += result.errors
                if progress:
                    progress("shards", finished + summary.skipped, summary.shards)
    finally:
        if cluster is not None:
            cluster.close()
    with Store(target) as store:
        summary.merged = merge_pending(store.engine, progress=(lambda done, total: progress("merge", done, total))
                                       if progress else None)
    return summary


def write_shard(shard: Shard, *, target: str, settings: Settings) -> ShardResult:
    """One shard, on a Dask worker: read, extract what is not stored yet, write without
    merging (one transaction), then mark the shard done."""
    store = _store(target)
    result = ShardResult(shard.number)
    read = [(rank, doc) for rank, doc in enumerate(sharding.read(shard, max_bytes=settings.max_file_bytes))]
    docs = [doc for _rank, doc in read if isinstance(doc, Document)]
    known = store.known(docs)
    items: list[Pending] = []
    positions: dict[str, int] = {}
    for rank, doc in read:
        if isinstance(doc, ReadError):
            result.errors.append(str(doc))
            continue
        result.documents += 1
        if doc.content_hash in known:
            continue
        extracted = extract_for_store(doc, engine_for(settings))
        if extracted.error:
            result.errors.append(f"{doc.meta.get('path', doc.id)}: {extracted.error}")
            continue
        items.append(Pending(doc, fingerprint=extracted.fingerprint, rows=extracted.rows))
        positions[doc.id] = shard.position(rank)

    def queue(conn: sa.Connection, written: Any, outcomes: Any) -> None:
        enqueue(conn, [(item.doc.id, positions[item.doc.id]) for item, outcome in zip(written, outcomes, strict=True)
                       if outcome.outcome != "unchanged"])

    for outcome in store.add_many(items, merge=False, after=queue) if items else []:
        if isinstance(outcome, AddResult):
            result.added += outcome.outcome != "unchanged"
            result.events += outcome.events if outcome.outcome != "unchanged" else 0
        else:
            result.errors.append(str(outcome))
    _mark_done(store, shard, result.documents)
    return result


def _mark_done(store: Store, shard: Shard, documents: int) -> None:
    with store.engine.begin() as conn:
        if conn.execute(sa.select(backfill_shards.c.shard_key).where(
                backfill_shards.c.shard_key == shard.key)).first() is None:
            conn.execute(backfill_shards.insert().values(
                shard_key=shard.key, source=shard.label[:1000], documents=documents,
                done_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds")))


@functools.cache
def _store(target: str) -> Store:
    """The store of a worker process, opened once (its connections serve every shard)."""
    return Store(target)
