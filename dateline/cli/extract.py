"""``dateline extract``: events of the given inputs, printed; nothing is stored."""

from __future__ import annotations

import sys

import click

from ..errors import ReadError
from ..export import write_claims, write_csv, write_geojson, write_jsonl
from ..export.table import print_events
from ..extraction import get_engine
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
    events, found_claims, failures = [], [], 0
    for result in read_paths(paths, max_bytes=settings.max_file_bytes, encoding=encoding):
        if isinstance(result, ReadError):
            report(str(result))
            failures += 1
            continue
        if lang:
            result = result.model_copy(update={"lang": lang})
        extraction = extractor.extract(result)
        events.extend(extraction.events)
        found_claims.extend(extraction.claims)
    out = sys.stdout
    if claims:
        write_claims(found_claims, out)
    elif fmt == "jsonl":
        write_jsonl(events, out)
    elif fmt == "csv":
        write_csv(events, out)
    elif fmt == "geojson":
        write_geojson(events, out)
    else:
        print_events(events, stdout_console(), title=f"{len(events)} event(s)")
    if failures:
        sys.exit(1)
