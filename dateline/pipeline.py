"""The main job, as functions: read → extract → store, with a summary of what happened.

The CLI and the Python API both call these, so a script gets exactly what a user of
``dateline ingest`` gets.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import DatelineError, ReadError
from .extraction import Engine, Extraction, get_engine
from .models import Document, Event
from .read import expand_paths, read_file, read_paths, read_text
from .settings import Settings
from .store import Store


@dataclass
class IngestSummary:
    read: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    events: int = 0
    claims: int = 0
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
    return (engine or default_engine()).extract(doc).events


def extract_document(doc: Document, *, engine: Engine | None = None) -> Extraction:
    return (engine or default_engine()).extract(doc)


@dataclass(frozen=True)
class DocumentOutcome:
    """What happened to one input document: added, updated, unchanged or failed (with why)."""

    doc_id: str | None
    status: str
    events: int = 0
    claims: int = 0
    error: str | None = None
    line: int | None = None


def ingest(paths: Iterable[str | Path], store: Store, *, engine: Engine | None = None,
           max_bytes: int = 5_000_000, encoding: str | None = None,
           on_file: Callable[[str, IngestSummary], None] | None = None,
           on_error: Callable[[str], None] | None = None) -> IngestSummary:
    """Read every input, extract its events and store each document in its own transaction."""
    engine = engine or default_engine()
    summary = IngestSummary()
    for source in expand_paths(paths):
        if isinstance(source, ReadError):
            _failed(summary, str(source), on_error)
            continue
        results = read_paths(["-"], max_bytes=max_bytes, encoding=encoding) if source == "-" \
            else read_file(Path(source), max_bytes=max_bytes, encoding=encoding)
        for _outcome in ingest_results(results, store, engine=engine, summary=summary, on_error=on_error):
            pass
        if on_file:
            on_file(str(source), summary)
    return summary


def ingest_results(results: Iterable[Document | ReadError], store: Store, *, engine: Engine,
                   summary: IngestSummary, on_error: Callable[[str], None] | None = None
                   ) -> Iterator[DocumentOutcome]:
    """Extract and store documents already read (``dateline ingest`` and ``POST /api/documents``
    alike), one transaction each; read errors are counted as failures and reported."""
    for result in results:
        if isinstance(result, ReadError):
            _failed(summary, str(result), on_error)
            yield DocumentOutcome(None, "failed", error=str(result), line=result.line)
            continue
        summary.read += 1
        try:
            if store.has(result):
                summary.unchanged += 1
                yield DocumentOutcome(result.id, "unchanged")
                continue
            extraction = engine.extract(result)
            outcome = store.add(result, extraction.events, extraction.claims)
        except DatelineError as error:
            message = f"{result.meta.get('path', result.id)}: {error}"
            _failed(summary, message, on_error)
            yield DocumentOutcome(result.id, "failed", error=message)
            continue
        if outcome.outcome == "unchanged":
            summary.unchanged += 1
            yield DocumentOutcome(result.id, "unchanged")
            continue
        setattr(summary, outcome.outcome, getattr(summary, outcome.outcome) + 1)
        summary.events += outcome.events
        summary.claims += outcome.claims
        yield DocumentOutcome(result.id, outcome.outcome, outcome.events, outcome.claims)


def _failed(summary: IngestSummary, message: str, on_error: Callable[[str], None] | None) -> None:
    summary.failed += 1
    summary.errors.append(message)
    if on_error:
        on_error(message)
