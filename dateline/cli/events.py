"""``dateline events`` and ``dateline claims``: query the store and export."""

from __future__ import annotations

import datetime as dt
import sys

import click

from ..errors import DatelineError
from ..export import write_claims, write_csv, write_geojson, write_jsonl, write_parquet
from ..export.table import print_events
from ..store import EventQuery, Store
from .common import db_option, handles_errors, settings_from, stdout_console


def _date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


@click.group("events", invoke_without_command=True)
@db_option
@click.option("--country", metavar="CODE|NAME", help="ISO alpha-2 code (IQ) or country name.")
@click.option("--since", callback=_date, metavar="YYYY-MM-DD", help="Events on or after this day.")
@click.option("--until", callback=_date, metavar="YYYY-MM-DD", help="Events on or before this day.")
@click.option("--type", "types", multiple=True, metavar="TYPE",
              help="Event type, sub-event type or disorder type (repeatable).")
@click.option("--actor", metavar="TEXT", help="Part of an actor's name.")
@click.option("--text", metavar="TEXT", help="Part of the notes, the place or the article text.")
@click.option("--doc", "doc_id", metavar="ID", help="Events of one document.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many events.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv", "geojson", "parquet"]),
              default="table", show_default=True, help="Output format.")
@click.option("--output", "-o", metavar="FILE", help="Write to FILE instead of stdout (needed for parquet).")
@click.option("--canonical", is_flag=True,
              help="One record per real-world event, merged from all its reports (with their list).")
@click.pass_context
@handles_errors
def events_group(ctx: click.Context, db: str | None, country: str | None, since: dt.date | None,
                 until: dt.date | None, types: tuple[str, ...], actor: str | None, text: str | None,
                 doc_id: str | None, limit: int | None, fmt: str, output: str | None,
                 canonical: bool) -> None:
    """List stored events, filtered, as a table, JSON lines, ACLED-compatible CSV, GeoJSON or Parquet.

    \b
    Examples:
      dateline events --country IQ --since 2023-10-01 --format csv > iraq.csv
      dateline events --type "Air/drone strike" --format geojson -o strikes.geojson
    """
    if ctx.invoked_subcommand is not None:
        ctx.obj = {"db": db}
        return
    settings = settings_from(db=db)
    query = EventQuery(country=country, since=since, until=until, types=types, actor=actor,
                       text=text, doc_id=doc_id, limit=limit)
    with Store(settings.db, create=False) as store:
        events = store.canonical(query) if canonical else store.events(query)
        if fmt == "parquet":
            if not output:
                raise click.UsageError("--format parquet needs --output FILE")
            write_parquet(events, output, canonical=canonical)
            return
        out = open(output, "w", encoding="utf-8", newline="") if output else sys.stdout
        try:
            if fmt == "jsonl":
                write_jsonl(events, out)
            elif fmt == "csv":
                write_csv(events, out, canonical=canonical)
            elif fmt == "geojson":
                write_geojson(events, out)
            else:
                count = print_events(events, stdout_console())
                if count == 0:
                    click.echo("no events match", err=True)
        finally:
            if output:
                out.close()


@events_group.command("merge")
@click.argument("keep", metavar="EVENT")
@click.argument("other", metavar="OTHER")
@db_option
@click.pass_obj
@handles_errors
def merge_command(obj: dict, keep: str, other: str, db: str | None) -> None:
    """Merge OTHER's canonical event into EVENT's (event ids or canonical ids, ce-...).

    The correction is recorded and survives later ingests and re-runs. --db may come
    before or after 'merge'.
    """
    with Store(settings_from(db=db or obj.get("db")).db, create=False) as store:
        cluster_id = store.merge(keep, other)
    click.echo(cluster_id)


@events_group.command("split")
@click.argument("event_id", metavar="EVENT")
@db_option
@click.pass_obj
@handles_errors
def split_command(obj: dict, event_id: str, db: str | None) -> None:
    """Take one report (a per-document event id) out of its canonical event, for good.
    --db may come before or after 'split'."""
    with Store(settings_from(db=db or obj.get("db")).db, create=False) as store:
        cluster_id = store.split(event_id)
    click.echo(cluster_id)


@click.command("claims")
@db_option
@click.option("--doc", "doc_id", metavar="ID", help="Claims of one document.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@handles_errors
def claims_command(db: str | None, doc_id: str | None, fmt: str) -> None:
    """List stored claims: tallies, attributions, denials, threats, contradictions."""
    settings = settings_from(db=db)
    with Store(settings.db, create=False) as store:
        write_claims(store.claims(doc_id), sys.stdout, fmt)


__all__ = ["DatelineError", "claims_command", "events_group"]
