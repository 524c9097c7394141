"""``dateline backfill``: extract an archive on a Dask cluster, write it, merge it."""

from __future__ import annotations

import logging
import sys

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from ..errors import ConfigError
from .common import db_option, engine_option, handles_errors, report, settings_from, stderr


@click.command("backfill")
@click.argument("sources", nargs=-1, required=True, metavar="PATH...")
@db_option
@engine_option
@click.option("--scheduler", metavar="ADDRESS", default=None,
              help="A running Dask scheduler, e.g. tcp://10.0.0.5:8786 (its workers need dateline installed).")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Start a local Dask cluster of this many worker processes instead [default: 1].")
@click.option("--shard-mb", type=click.FloatRange(min=0.01), default=8.0, show_default=True,
              help="Size of the pieces a JSON-lines file is cut into, in MB (Parquet: one row group each).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
@handles_errors
def backfill_command(sources: tuple[str, ...], db: str | None, engine: str | None, scheduler: str | None,
                     workers: int | None, shard_mb: float, quiet: bool) -> None:
    """Extract the events of an archive (JSON lines, Parquet, folders) on a Dask cluster.

    Each shard of the inputs is extracted and written by a worker (PostgreSQL takes many
    writers at once); then one pass merges the reports in the order of the inputs, so the
    store ends as 'dateline ingest' of the same inputs would leave it. Killed, it resumes
    where it stopped: shards done are skipped, nothing is stored twice.
    """
    try:
        from ..backfill import backfill
    except ImportError as exc:  # the optional extra
        raise ConfigError(f"dateline backfill needs Dask: pip install 'dateline[distributed]' ({exc})") from exc
    settings = settings_from(db=db, engine=engine)
    if logging.getLogger().level > logging.INFO:  # Dask's own chatter only with -v
        logging.getLogger("distributed").setLevel(logging.WARNING)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=stderr, transient=True, disable=quiet) as progress:
        tasks: dict[str, object] = {}

        def advance(phase: str, done: int, total: int) -> None:
            if phase not in tasks:
                tasks[phase] = progress.add_task("shards written" if phase == "shards" else "documents merged",
                                                 total=total)
            progress.update(tasks[phase], completed=done, total=total)  # type: ignore[arg-type]

        def dashboard(link: str) -> None:
            if not quiet:
                stderr.print(f"Dask dashboard: {link}")

        summary = backfill(sources, settings.db, scheduler=scheduler, workers=workers, settings=settings,
                           shard_bytes=int(shard_mb * 1_000_000), progress=advance, on_dashboard=dashboard)
    for error in summary.errors:
        report(error)
    if not quiet:
        stderr.print(f"backfill into {settings.db}: {summary.shards} shards ({summary.skipped} done before), "
                     f"{summary.documents} documents read, {summary.added} stored, {summary.events} events, "
                     f"{summary.merged} documents merged")
    if not summary.ok:
        sys.exit(1)
