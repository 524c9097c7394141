"""``dateline watch``: keep a store current from feeds and folders; ``--status`` reports."""

from __future__ import annotations

import json
import logging
import signal
import sys
from dataclasses import asdict
from types import FrameType

import click
from rich.markup import escape
from rich.table import Table

from ..errors import WatchConfigError
from ..store import Store
from .common import db_option, engine_option, handles_errors, stdout_console

log = logging.getLogger("dateline.watch")


@click.command("watch")
@click.argument("sources", nargs=-1, metavar="[URL|FOLDER]...")
@click.option("--config", "config_file", metavar="FILE", default=None,
              help="TOML file of feeds, folders and settings (see docs/watch.md).")
@click.option("--interval", type=click.FloatRange(min=0.1), default=None, metavar="SECONDS",
              help="Seconds between two polls of each source [env: DATELINE_WATCH_INTERVAL; default: 60].")
@db_option
@engine_option
@click.option("--once", is_flag=True, help="Poll every source once, store what is new, then exit "
                                           "(exit status 1 if anything failed).")
@click.option("--status", is_flag=True, help="Print what each feed and folder last did, then exit.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="Output of --status.")
@click.option("--log-format", type=click.Choice(["text", "json"]), default=None,
              help="Log lines as text or JSON lines [env: DATELINE_LOG_FORMAT; default: text].")
@click.pass_context
@handles_errors
def watch_command(ctx: click.Context, sources: tuple[str, ...], config_file: str | None,
                  interval: float | None, db: str | None, engine: str | None, once: bool, status: bool,
                  fmt: str, log_format: str | None) -> None:
    """Watch feeds (RSS, Atom, JSON Feed) and folders; store each new article's events as it comes.

    Runs until SIGTERM or Ctrl-C, which let it finish the article in hand. A restart (even
    after kill -9) goes on where it stopped: an item is marked seen in the transaction that
    stores its document, so nothing is lost or stored twice.

    \b
    Examples:
      dateline watch https://example.org/world/rss.xml /srv/inbox --db events.db
      dateline watch --config watch.toml --log-format json
      dateline watch --status --db events.db
    """
    from ..watch import config as watch_config

    config = watch_config.load_config(config_file) if config_file else watch_config.WatchConfig()
    config = watch_config.combine(config, watch_config.sources_from_args(sources))
    settings = watch_config.resolve_settings(config, db=db, engine=engine, watch_interval=interval,
                                             log_format=log_format)
    if status:
        with Store(settings.db) as store:
            _print_status(store, fmt)
        return
    if not config.feeds and not config.folders:
        raise WatchConfigError("nothing to watch: give feed URLs or folders, or --config FILE")
    if settings.log_format not in ("text", "json"):
        raise WatchConfigError(f"log_format must be text or json, got {settings.log_format!r}")
    from ..extraction import get_engine
    from ..watch.logs import configure, emit
    from ..watch.loop import Watcher

    verbose = ctx.find_root().params.get("verbose") or 0
    configure(settings.log_format, level=logging.DEBUG if verbose else logging.INFO)
    with Store(settings.db) as store:
        watcher = Watcher(store, get_engine(settings.engine, settings), settings,
                          feeds=config.feeds, folders=config.folders)

        def on_signal(signum: int, _frame: FrameType | None) -> None:
            name = signal.Signals(signum).name
            if watcher.stopping.is_set():
                emit(log, logging.WARNING, "watch.stopping", signal=name,
                     note="already stopping; SIGKILL is safe if it cannot wait")
                return
            emit(log, logging.INFO, "watch.stopping", signal=name, note="finishing the article in hand")
            watcher.stop()

        previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
        try:
            counts = watcher.run(once=once)
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            watcher.close()
    if once and (counts["failed"] or counts["failed_polls"]):
        sys.exit(1)


def _print_status(store: Store, fmt: str) -> None:
    from ..watch.state import WatchState

    feeds, folders = WatchState(store).status()
    if fmt == "json":
        print(json.dumps({"feeds": [asdict(f) for f in feeds], "folders": [asdict(f) for f in folders]},
                         indent=2, ensure_ascii=False))
        return
    console = stdout_console()
    if not feeds and not folders:
        console.print(f"nothing watched yet in {escape(store.target)}")
        return
    if feeds:
        table = Table(title="feeds", title_justify="left")
        for column in ("feed", "last fetch", "status", "items", "stored", "dup", "failed", "pending",
                       "errors in a row", "last error"):
            table.add_column(column, justify="right" if column in {"items", "stored", "dup", "failed",
                                                                    "pending", "errors in a row"} else "left")
        for f in feeds:
            table.add_row(escape(f.url), f.last_fetch_at or "never", f.last_status or "", str(f.items),
                          str(f.stored), str(f.duplicates), str(f.failed), str(f.pending), str(f.failures),
                          escape(f.last_error or ""))
        console.print(table)
    if folders:
        table = Table(title="folders", title_justify="left")
        for column in ("folder", "files", "documents", "failed", "last file read", "last error"):
            table.add_column(column)
        for d in folders:
            table.add_row(escape(d.folder), str(d.files), str(d.documents), str(d.failed), d.last_seen_at or "",
                          escape(d.last_error or ""))
        console.print(table)
