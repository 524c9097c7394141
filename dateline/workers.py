"""Work on documents in worker processes, results in input order (``dateline ingest -j N``).

Extraction is per document and pure, so N processes extract N documents at once; the one
process that writes to the store takes their results in the order of the inputs, so the
store ends exactly as a one-process ingest leaves it (canonical events depend on the order
reports arrive). At most ``WINDOW_PER_WORKER`` documents per worker are in flight: memory
stays flat on an archive of millions of articles. Workers are started fresh (``spawn``),
never forked from a process holding database connections, and each builds its engine once.
"""

from __future__ import annotations

import functools
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Generic, TypeVar

from .extraction import Engine, get_engine
from .models import Document
from .settings import Settings

T = TypeVar("T")
R = TypeVar("R")
WINDOW_PER_WORKER = 32  # documents in flight per worker: enough to hide the writer's pauses
Work = Callable[[Document, Engine], R]


@dataclass(frozen=True)
class Job(Generic[T]):
    """An input passed through in order: ``doc`` to work on, or None to pass ``tag`` along."""

    tag: T
    doc: Document | None = None


class Workers:
    """Runs ``work(document, engine)`` in order, in this process (``jobs=1``, on ``engine``)
    or in ``jobs`` processes, each building the engine that ``settings`` names."""

    def __init__(self, engine: Engine | None = None, *, jobs: int = 1, settings: Settings | None = None) -> None:
        self.jobs = max(1, jobs)
        self.settings = settings or Settings.from_env()
        self._engine = engine
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Workers:
        if self.jobs > 1:
            self._pool = ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context("spawn"))
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = get_engine(self.settings.engine, self.settings)
        return self._engine

    def map(self, work: Work[R], jobs: Iterable[Job[T]]) -> Iterator[tuple[T, R | None]]:
        """(tag, what ``work`` gave) for every job, in order; None for a job without a
        document. ``work`` must be a module-level function (it is sent to the workers)."""
        if self._pool is None:
            for job in jobs:
                yield job.tag, work(job.doc, self.engine()) if job.doc is not None else None
            return
        window = WINDOW_PER_WORKER * self.jobs
        flight: deque[tuple[T, Future[R] | None]] = deque()
        for job in jobs:
            flight.append((job.tag, self._pool.submit(_run, work, job.doc, self.settings)
                           if job.doc is not None else None))
            while len(flight) > window or (flight and (flight[0][1] is None or flight[0][1].done())):
                tag, future = flight.popleft()
                yield tag, future.result() if future is not None else None
        while flight:
            tag, future = flight.popleft()
            yield tag, future.result() if future is not None else None


@functools.cache
def engine_for(settings: Settings) -> Engine:
    """The engine of a worker process (of a pool or of a Dask cluster), built once."""
    return get_engine(settings.engine, settings)


def _run(work: Work[R], doc: Document, settings: Settings) -> R:
    return work(doc, engine_for(settings))
