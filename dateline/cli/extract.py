"""``dateline extract``: events of the given inputs, printed; nothing is stored."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import click

from ..errors import ReadError
from ..export import write_claims, write_csv, write_geojson, write_jsonl
from ..export.table import print_events
from ..extraction import Extraction, get_engine
from ..read import read_paths
from .common import engine_option, handles_errors, input_options, report, settings_from, stdout_console


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
    and .html pages. Nothing is stored: use 'dateline ingest' for that.
    """
    settings = settings_from(engine=engine, max_file_bytes=max_bytes)
    extractor = get_engine(settings.engine, settings)
    failures = 0

    def extractions() -> Iterator[Extraction]:
        """One document at a time, so that JSON lines, CSV and GeoJSON stream in constant memory."""
        nonlocal failures
        for result in read_paths(paths, max_bytes=settings.max_file_bytes, encoding=encoding):
            if isinstance(result, ReadError):
                report(str(result))
                failures += 1
                continue
            yield extractor.extract(result.model_copy(update={"lang": lang}) if lang else result)

    out = sys.stdout
    events = (event for extraction in extractions() for event in extraction.events)
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
        print_events(found, stdout_console(), title=f"{len(found)} event(s)")
    if failures:
        sys.exit(1)
