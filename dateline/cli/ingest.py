"""``dateline ingest``: read, extract and store, one transaction per document."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click

from ..workers import Workers
from .common import (
    db_option,
    engine_option,
    file_progress,
    handles_errors,
    input_options,
    note_inferred_years,
    report,
    settings_from,
    stderr,
)

if TYPE_CHECKING:
    from rich.table import Table

    from ..extraction import Engine
    from ..pipeline import IngestSummary
    from ..settings import Settings


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, metavar="PATH|URL...")
@db_option
@engine_option
@input_options
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Processes that extract at once; the store gets the same result as with one "
                   "[env: DATELINE_JOBS; default: 1].")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
@handles_errors
def ingest_command(paths: tuple[str, ...], db: str | None, engine: str | None,
                   max_bytes: int | None, encoding: str | None, jobs: int | None, quiet: bool) -> None:
    """Extract the events of PATH|URL... and add them to the store.

    A PATH is a file, a folder or - (stdin); a URL (http:// or https://) is a web page,
    fetched politely (robots.txt, User-Agent, timeouts, size limit) and read with trafilatura.

    Idempotent: a document already stored (same content) is skipped; a document whose id
    is stored with different content is replaced. Documents are written a batch at a time,
    each batch in one transaction, so an interruption never leaves half a document behind.
    With -j N, N processes extract while this one writes, in input order: the store ends
    exactly as with one process.
    """
    settings = settings_from(db=db, engine=engine, max_file_bytes=max_bytes, jobs=jobs)
    # the worker processes first: they import and build their engines while this process
    # imports the store, opens it and reads the inputs (``workers.py``)
    with Workers(_engine(settings), jobs=settings.jobs, settings=settings) as workers:
        from ..extraction import collect_for_batches
        from ..pipeline import ingest
        from ..read import expand_paths
        from ..store import Store

        collect_for_batches()  # this process extracts with -j 1, and unpickles rows with -j N
        total = sum(1 for _ in expand_paths(paths))
        with Store(settings.db) as store:
            with file_progress(quiet=quiet) as progress:
                task = progress.add_task("ingesting", total=total)

                def on_file(name: str, summary: IngestSummary) -> None:
                    progress.update(task, advance=1,
                                    description=f"{summary.read} documents, {summary.events} events")

                summary = ingest(paths, store, workers=workers, max_bytes=settings.max_file_bytes,
                                 encoding=encoding, on_file=on_file, on_error=report)
            counts = store.counts()
    if not quiet:
        stderr.print(_summary_table(summary, counts, settings.db))
    note_inferred_years(summary.year_inferred)
    if not summary.ok:
        sys.exit(1)


def _engine(settings: Settings) -> Engine | None:
    """The engine of this process when it extracts (-j 1), built before the store is opened:
    an unknown engine is reported before a store is made."""
    if settings.jobs > 1:
        return None
    from ..extraction import get_engine

    return get_engine(settings.engine, settings)


def _summary_table(summary: IngestSummary, counts: dict[str, int], db: str) -> Table:
    from rich.table import Table

    table = Table(title=f"ingest into {db}", show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column(justify="right")
    for label, value in (("documents read", summary.read), ("added", summary.added),
                         ("updated", summary.updated), ("skipped (already stored)", summary.unchanged),
                         ("failed", summary.failed), ("events added", summary.events),
                         ("claims added", summary.claims),
                         ("store now holds", f"{counts['documents']} documents, {counts['events']} "
                                             f"events, {counts['claims']} claims")):
        table.add_row(label, str(value))
    return table
