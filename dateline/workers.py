"""Work on documents in worker processes, results in input order (``dateline ingest -j N``).

Extraction is per document and pure, so N processes extract N documents at once; the one
process that writes to the store takes their results in the order of the inputs, so the
store ends exactly as a one-process ingest leaves it (canonical events depend on the order
reports arrive). At most ``WINDOW_PER_WORKER`` documents per worker are in flight: memory
stays flat on an archive of millions of articles. Documents go to the workers
``CHUNK_DOCUMENTS`` at a time, because a task's round trip costs the writing process about
as much as storing the article; what comes back is rows, not models (``table_rows.py``).

Workers are started fresh (``spawn``), never forked from a process holding database
connections. ``dateline ingest`` starts them before anything else, and importing this module
loads neither the engine nor the store: the workers import and build their engines while the
writing process imports the store, opens it and reads its inputs (started after all that,
they left a core idle for half a second and more). When the last result is in, the writing
process goes on without waiting for the workers to exit.
"""

from __future__ import annotations

import atexit
import functools
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from .errors import ExtractError
from .settings import Settings

if TYPE_CHECKING:  # loaded by the workers, not by the process that starts them
    from .extraction import Engine
    from .models import Document

T = TypeVar("T")
R = TypeVar("R")
# Documents in flight per worker: enough to keep a worker busy while the writer stores a batch.
WINDOW_PER_WORKER = 32
# Documents sent to a worker at once: each task costs a future, two pipe messages and a few
# thread switches in the writing process (about 1 ms, a fifth of an article's extraction), so
# documents travel a few at a time.
CHUNK_DOCUMENTS = 8
Work = Callable[["Document", "Engine"], R]


@dataclass(frozen=True)
class Job(Generic[T]):
    """An input passed through in order: ``doc`` to work on, or None to pass ``tag`` along."""

    tag: T
    doc: Document | None = None


@dataclass
class _Chunk(Generic[T, R]):
    """Consecutive jobs sent as one task (``future`` None when none of them has a document)."""

    jobs: list[Job[T]]
    future: Future[list[R]] | None = None

    @property
    def documents(self) -> list[Document]:
        return [job.doc for job in self.jobs if job.doc is not None]


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
            self._pool = ProcessPoolExecutor(self.jobs, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_start_worker, initargs=(self.settings,))
            for _ in range(self.jobs):  # a process is started per task until there are ``jobs``
                self._pool.submit(_started)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            # done: the workers exit (their engines freed) while this process finishes its own work;
            # interrupted or failed: nothing is left running
            self._pool.shutdown(wait=exc[0] is not None, cancel_futures=True)
            self._pool = None

    def engine(self) -> Engine:
        if self._engine is None:
            from .extraction import get_engine

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
        flight: deque[_Chunk[T, R]] = deque()
        in_flight = 0
        chunks: Iterator[_Chunk[T, R]] = _chunks(jobs)
        for chunk in chunks:
            if docs := chunk.documents:
                chunk.future = self._pool.submit(_run_chunk, work, docs, self.settings)
            flight.append(chunk)
            in_flight += len(docs)
            while flight and (in_flight > window or flight[0].future is None or flight[0].future.done()):
                done = flight.popleft()
                in_flight -= len(done.documents)
                yield from _results(done)
        while flight:
            yield from _results(flight.popleft())


def _chunks(jobs: Iterable[Job[T]]) -> Iterator[_Chunk[T, R]]:
    """Consecutive jobs, up to ``CHUNK_DOCUMENTS`` documents a chunk (jobs without a document
    ride along with the documents around them)."""
    chunk: list[Job[T]] = []
    documents = 0
    for job in jobs:
        chunk.append(job)
        documents += job.doc is not None
        if documents >= CHUNK_DOCUMENTS:
            yield _Chunk(chunk)
            chunk, documents = [], 0
    if chunk:
        yield _Chunk(chunk)


def _results(chunk: _Chunk[T, R]) -> Iterator[tuple[T, R | None]]:
    try:
        results = iter(chunk.future.result() if chunk.future is not None else ())
    except BrokenProcessPool as error:  # killed (out of memory, a signal): nothing after it is stored
        raise ExtractError("a worker process stopped abruptly (killed, or out of memory); what was stored "
                           "before is complete, and running again goes on from there") from error
    for job in chunk.jobs:
        yield job.tag, next(results) if job.doc is not None else None


@functools.cache
def engine_for(settings: Settings) -> Engine:
    """The engine of a worker process (of a pool or of a Dask cluster), built once."""
    from .extraction import get_engine

    return get_engine(settings.engine, settings)


def _start_worker(settings: Settings) -> None:
    """A worker process's start: its engine built before the first documents arrive, and its
    collector tuned for extraction (``collect_for_batches``). An engine that cannot be built
    (no gazetteer, an unknown engine) fails again on the first documents, where the error
    reaches the user as it would in one process."""
    from .extraction import collect_for_batches

    collect_for_batches()
    atexit.register(_exit_at_once)
    try:
        engine_for(settings)
    except Exception:  # reported by the first task, with its message
        pass


def _exit_at_once() -> None:
    """A worker's last act once the pool has let it go (its results are all sent, its output
    flushed): exit without freeing its engine object by object, the interpreter's teardown of
    a few hundred thousand objects that cost a tenth of a second and more while the writing
    process waited for it. A worker that fails is seen by the pool however it exits."""
    os._exit(0)


def _started() -> None:
    """A task that starts a worker process (see ``Workers.__enter__``)."""


def _run_chunk(work: Work[R], docs: list[Document], settings: Settings) -> list[R]:
    engine = engine_for(settings)
    return [work(doc, engine) for doc in docs]
