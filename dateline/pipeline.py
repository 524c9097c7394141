"""The main job, as functions: read → extract → store, with a summary of what happened.

The CLI and the Python API both call these, so a script gets exactly what a user of
``dateline ingest`` gets.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from .errors import DatelineError, ExtractError, ReadError, StoreError
from .extraction import Engine, Extraction, get_engine
from .models import Document, Event
from .read import ReadResult, expand_paths, read_file, read_paths, read_text
from .read.web.page import is_url, read_url
from .settings import Settings
from .table_rows import Rows, rows_of

if TYPE_CHECKING:  # extracting text never loads the store (SQLAlchemy costs a third of a second)
    import sqlalchemy as sa

    from .read.web.fetch import Fetcher
    from .store import AddResult, Store
    from .store.store import Outcome
    from .workers import Job, Workers

log = logging.getLogger(__name__)
T = TypeVar("T")

# One article yields at most this many events and claims: a real article reports a few dozen
# at most, and a hostile one (a sentence repeated a million times) must not fill the store.
MAX_EVENTS_PER_DOCUMENT = 500
MAX_CLAIMS_PER_DOCUMENT = 500


@dataclass
class IngestSummary:
    read: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    events: int = 0
    claims: int = 0
    year_inferred: int = 0  # documents dated by a dateline's day and month, the year inferred
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.failed == 0


@functools.cache
def default_engine() -> Engine:
    """The engine of the convenience API, built once per process (lexicons, gazetteer)."""
    return get_engine(Settings.from_env().engine)


def extract(text: str, published: str | None = None, lang: str | None = None, *,
            engine: Engine | None = None) -> list[Event]:
    """Events reported by ``text`` (a header and wire dateline are understood)."""
    doc = read_text(text, published=published, lang=lang)
    return extract_document(doc, engine=engine).events


def extract_document(doc: Document, *, engine: Engine | None = None) -> Extraction:
    """The events and claims of one document, whatever the engine does: a bug on one article
    is an :class:`ExtractError` for that article (the rest of a batch goes on), and no
    article yields more than ``MAX_EVENTS_PER_DOCUMENT`` events or claims."""
    engine = engine or default_engine()
    try:
        extraction = engine.extract(doc)
    except DatelineError:
        raise
    except Exception as exc:  # an engine bug, not the user's fault: one line, and the batch goes on
        name = getattr(engine, "name", "extraction")
        log.debug("the %s engine failed on %s", name, doc.id, exc_info=True)
        raise ExtractError(f"the {name} engine failed on document {doc.id[:80]!r} ({type(exc).__name__}: "
                           f"{str(exc)[:200]}); run with -vv for the traceback, and please report it") from exc
    return _bounded(_with_dating(extraction, doc), doc)


def year_inferred(doc: Document) -> bool:
    """Whether the document's year was inferred (a dateline with a day and a month only)."""
    return "published_inferred" in doc.meta


def _with_dating(extraction: Extraction, doc: Document) -> Extraction:
    """Events of a document whose year was inferred say so in their provenance."""
    inferred = doc.meta.get("published_inferred")
    if inferred:
        for event in extraction.events:
            event.provenance["published"] = inferred
    return extraction


def _bounded(extraction: Extraction, doc: Document) -> Extraction:
    events, claims = extraction.events, extraction.claims
    if len(events) > MAX_EVENTS_PER_DOCUMENT or len(claims) > MAX_CLAIMS_PER_DOCUMENT:
        log.warning("%s: %d events and %d claims; keeping the first %d of each", doc.id, len(events),
                    len(claims), MAX_EVENTS_PER_DOCUMENT)
        return Extraction(events[:MAX_EVENTS_PER_DOCUMENT], claims[:MAX_CLAIMS_PER_DOCUMENT])
    return extraction


@dataclass
class Extracted:
    """What the store needs of one extracted document: the rows of its events and claims and
    its SimHash (made by the extracting process, off the writer's path: ``table_rows.py``), or
    why extraction failed."""

    rows: Rows = field(default_factory=Rows)
    fingerprint: int | None = None
    error: str | None = None


def extract_for_store(doc: Document, engine: Engine) -> Extracted:
    """Extraction as the store needs it (run by ``dateline ingest``'s worker processes)."""
    from .merge.simhash import simhash  # the store's business: extracting text alone never loads it

    try:
        extraction = extract_document(doc, engine=engine)
    except DatelineError as error:
        return Extracted(error=str(error))
    return Extracted(rows_of(extraction.events, extraction.claims), simhash(doc.text))


def extract_and_store(doc: Document, store: Store, engine: Engine, *,
                      within: Callable[[sa.Connection, Outcome], None] | None = None) -> AddResult:
    """Extract and store one document, in one transaction; a document already stored (same
    content) is not extracted again. ``within`` runs in that transaction (``Store.add``)."""
    if store.has(doc):
        return store.add(doc, (), (), within=within)
    extraction = extract_document(doc, engine=engine)
    return store.add(doc, extraction.events, extraction.claims, within=within)


@dataclass(frozen=True)
class DocumentOutcome:
    """What happened to one input document: added, updated, unchanged or failed (with why)."""

    doc_id: str | None
    status: str
    events: int = 0
    claims: int = 0
    error: str | None = None
    line: int | None = None


# Documents stored per transaction: large enough that a batch costs a few statements per
# table, small enough that an interrupted run loses little work and a reader waits little.
BATCH_DOCUMENTS = 200
# Documents whose "already stored?" question is asked at once.
LOOKUP_DOCUMENTS = 64


def ingest(paths: Iterable[str | Path], store: Store, *, engine: Engine | None = None, jobs: int = 1,
           settings: Settings | None = None, workers: Workers | None = None, max_bytes: int = 5_000_000,
           encoding: str | None = None, on_file: Callable[[str, IngestSummary], None] | None = None,
           on_error: Callable[[str], None] | None = None) -> IngestSummary:
    """Read every input (files, folders, ``-``, http(s) URLs), extract its events and store
    them, a batch of documents per transaction. ``jobs`` > 1 extracts in that many processes
    (each building the engine ``settings`` names; ``engine`` then serves no purpose), with the
    same result as one: documents are stored in input order. ``workers``: a pool already
    started (``jobs``, ``engine`` and ``settings`` are then its own), as ``dateline ingest``
    starts its workers before it opens the store."""
    from .workers import Workers

    summary = IngestSummary()
    pages = _Pages(max_bytes)
    try:
        with nullcontext(workers) if workers is not None else Workers(engine, jobs=jobs, settings=settings) as pool:
            for source, outcome in _ingest_tagged(_tagged_inputs(paths, pages, max_bytes, encoding), store,
                                                  pool, summary, on_error):
                if outcome is None and on_file:
                    on_file(source, summary)
    finally:
        pages.close()
    return summary


def ingest_results(results: Iterable[Document | ReadError], store: Store, *, engine: Engine,
                   summary: IngestSummary, on_error: Callable[[str], None] | None = None
                   ) -> Iterator[DocumentOutcome]:
    """Extract and store documents already read (``dateline ingest`` and ``POST /api/documents``
    alike), a batch per transaction; read errors are counted as failures and reported."""
    from .workers import Workers

    with Workers(engine) as workers:
        for _tag, outcome in _ingest_tagged((("", r) for r in results), store, workers, summary, on_error):
            if outcome is not None:
                yield outcome


_END = None  # in a tagged stream: every document of this tag's source has been given


def _tagged_inputs(paths: Iterable[str | Path], pages: _Pages, max_bytes: int,
                   encoding: str | None) -> Iterator[tuple[str, Document | ReadError | None]]:
    for source in _expand(paths):
        if isinstance(source, ReadError):
            yield str(source.path), source
            continue
        results = read_paths(["-"], max_bytes=max_bytes, encoding=encoding) if source == "-" \
            else pages.read(source) if is_url(source) \
            else read_file(Path(source), max_bytes=max_bytes, encoding=encoding)
        for result in results:
            yield str(source), result
        yield str(source), _END


def _ingest_tagged(items: Iterable[tuple[str, Document | ReadError | None]], store: Store,
                   workers: Workers, summary: IngestSummary, on_error: Callable[[str], None] | None
                   ) -> Iterator[tuple[str, DocumentOutcome | None]]:
    """Outcomes in input order (a ``_END`` passes through once everything before it is stored)."""
    batch: list[tuple[str, Document | ReadError | None, Extracted | None]] = []
    extracted_in_batch = 0
    for (tag, doc), extracted in workers.map(extract_for_store, _jobs(items, store)):
        batch.append((tag, doc, extracted))
        extracted_in_batch += extracted is not None
        if extracted_in_batch >= BATCH_DOCUMENTS:
            yield from _store_batch(batch, store, summary, on_error)
            batch, extracted_in_batch = [], 0
    yield from _store_batch(batch, store, summary, on_error)


def _jobs(items: Iterable[tuple[str, Document | ReadError | None]],
          store: Store) -> Iterator[Job[tuple[str, Document | ReadError | None]]]:
    from .workers import Job

    """What to extract: every document not already stored (asked a few dozen at a time)."""
    for chunk in _chunked(items, LOOKUP_DOCUMENTS):
        known = store.known([doc for _tag, doc in chunk if isinstance(doc, Document)])
        for tag, doc in chunk:
            fresh = isinstance(doc, Document) and doc.content_hash not in known
            yield Job((tag, doc), doc) if fresh and isinstance(doc, Document) else Job((tag, doc))


def _store_batch(batch: list[tuple[str, Document | ReadError | None, Extracted | None]], store: Store,
                 summary: IngestSummary, on_error: Callable[[str], None] | None
                 ) -> Iterator[tuple[str, DocumentOutcome | None]]:
    from .store.writer import Pending

    pending = [Pending(doc, fingerprint=extracted.fingerprint, rows=extracted.rows)
               for _tag, doc, extracted in batch
               if isinstance(doc, Document) and extracted is not None and extracted.error is None]
    stored = iter(store.add_many(pending) if pending else [])
    for tag, doc, extracted in batch:
        if doc is _END:
            yield tag, None
            continue
        if isinstance(doc, ReadError):
            _failed(summary, str(doc), on_error)
            yield tag, DocumentOutcome(None, "failed", error=str(doc), line=doc.line)
            continue
        summary.read += 1
        summary.year_inferred += year_inferred(doc)
        if extracted is None:  # already stored, not extracted again
            summary.unchanged += 1
            yield tag, DocumentOutcome(doc.id, "unchanged")
            continue
        result = next(stored) if extracted.error is None else None
        if result is None or isinstance(result, StoreError):
            message = f"{doc.meta.get('path', doc.id)}: {extracted.error or result}"
            _failed(summary, message, on_error)
            yield tag, DocumentOutcome(doc.id, "failed", error=message)
            continue
        if result.outcome == "unchanged":
            summary.unchanged += 1
            yield tag, DocumentOutcome(doc.id, "unchanged")
            continue
        setattr(summary, result.outcome, getattr(summary, result.outcome) + 1)
        summary.events += result.events
        summary.claims += result.claims
        yield tag, DocumentOutcome(doc.id, result.outcome, result.events, result.claims)


def _chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _failed(summary: IngestSummary, message: str, on_error: Callable[[str], None] | None) -> None:
    summary.failed += 1
    summary.errors.append(message)
    if on_error:
        on_error(message)


def _expand(paths: Iterable[str | Path]) -> Iterator[Path | str | ReadError]:
    """Inputs in order: URLs as given, paths through ``expand_paths``."""
    for raw in paths:
        if is_url(raw):
            yield str(raw)
        else:
            yield from expand_paths([raw])


class _Pages:
    """Web pages of an ingest, through one fetcher opened on the first URL."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.fetcher: Fetcher | None = None

    def read(self, url: str | Path) -> Iterator[ReadResult]:
        if self.fetcher is None:
            from .read.web.fetch import Fetcher, FetchOptions  # httpx loads only when a URL is given
            from .read.web.politeness import Politeness

            settings = Settings.from_env()
            self.fetcher = Fetcher(FetchOptions.from_settings(settings, max_bytes=self.max_bytes),
                                   gate=Politeness(min_interval=settings.host_delay, user_agent=settings.user_agent))
        return read_url(str(url), self.fetcher)

    def close(self) -> None:
        if self.fetcher is not None:
            self.fetcher.close()
