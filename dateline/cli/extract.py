"""``dateline extract``: events of the given inputs, printed; nothing is stored."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import click

from ..errors import DatelineError, ReadError
from ..export import write_claims, write_csv, write_geojson, write_jsonl
from ..export.table import print_events
from ..extraction import Extraction, collect_for_batches, get_engine
from ..pipeline import extract_document, year_inferred
from ..read import expand_paths, read_paths
from .common import (
    engine_option,
    file_progress,
    handles_errors,
    input_options,
    note_inferred_years,
    report,
    settings_from,
    stderr,
    stdout_console,
)


@click.command("extract")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv", "geojson"]),
              default="table", show_default=True, help="Output format.")
@click.option("--claims", is_flag=True, help="Print the claims (tallies, denials...) as JSON lines instead.")
@click.option("--lang", default=None, metavar="CODE", help="Language of every input (default: detect).")
@engine_option
@input_options
@handles_errors
def extract_command(paths: tuple[str, ...], fmt: str, claims: bool, lang: str | None,
                    engine: str | None, max_bytes: int | None, encoding: str | None) -> None:
    """Print the events reported by PATH... (files, folders, or - for stdin).

    Reads .txt (optional 'date YYYY-MM-DD' header, wire dateline), .json/.jsonl documents
    and .html pages. Nothing is stored: use 'dateline ingest' for that. On a terminal, a
    progress bar on stderr counts the files.
    """
    settings = settings_from(engine=engine, max_file_bytes=max_bytes)
    collect_for_batches()
    extractor = get_engine(settings.engine, settings)
    failures = 0
    inferred = 0
    sources = list(expand_paths(paths))
    streaming_to_terminal = fmt != "table" and not claims and sys.stdout.isatty()
    progress = file_progress(quiet=streaming_to_terminal or not stderr.is_terminal)
    task = progress.add_task("extracting", total=len(sources))

    def extractions() -> Iterator[Extraction]:
        """One document at a time, so that JSON lines, CSV and GeoJSON stream in constant memory."""
        nonlocal failures, inferred
        for source in sources:
            results = [source] if isinstance(source, ReadError) else read_paths(
                [source], max_bytes=settings.max_file_bytes, encoding=encoding)
            for result in results:
                if isinstance(result, ReadError):
                    report(str(result))
                    failures += 1
                    continue
                inferred += year_inferred(result)
                try:
                    yield extract_document(result.model_copy(update={"lang": lang}) if lang else result,
                                           engine=extractor)
                except DatelineError as error:
                    report(f"{result.meta.get('path', result.id)}: {error}")
                    failures += 1
            progress.advance(task)

    out = sys.stdout
    with progress:
        events = (event for extraction in extractions() for event in extraction.events)
        found = None
        if claims:
            write_claims((claim for extraction in extractions() for claim in extraction.claims), out)
        elif fmt == "jsonl":
            write_jsonl(events, out)
        elif fmt == "csv":
            write_csv(events, out)
        elif fmt == "geojson":
            write_geojson(events, out)
        else:
            found = list(events)
    if found is not None:
        print_events(found, stdout_console(), title=f"{len(found)} event(s)")
    note_inferred_years(inferred)
    if failures:
        sys.exit(1)
