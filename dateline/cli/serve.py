"""``dateline serve``: the HTTP API and the map dashboard over a store."""

from __future__ import annotations

import logging
from pathlib import Path

import click

from ..errors import StoreError
from ..store import Store
from .common import db_option, handles_errors, settings_from, stderr


@click.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0: every interface; put TLS in front before sharing a token).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on.")
@click.option("--log-level", type=click.Choice(["critical", "error", "warning", "info", "debug"]),
              default="info", show_default=True, help="Server log level (requests are logged at info).")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes answering requests (one core each); 2 or more for a team on a shared server.")
@handles_errors
def serve_command(db: str | None, host: str, port: int, log_level: str, workers: int) -> None:
    """Serve the HTTP API (OpenAPI at /openapi.json, docs at /docs) and the map dashboard (/).

    Read-only unless DATELINE_API_TOKEN is set; writes then need `Authorization: Bearer
    <token>`. CORS is off unless DATELINE_CORS_ORIGINS lists origins. Needs the serve extra:
    pip install 'dateline[serve]'.

    \b
    Examples:
      dateline serve --db events.db                   # http://127.0.0.1:8000/
      DATELINE_API_TOKEN=s3cret dateline serve --db postgresql+psycopg://user@host/db --port 8080
      dateline serve --db events.db --workers 2       # answer on two cores
    """
    try:
        from ..serve import create_app
        from ..serve.server import run, run_workers
        from ..serve.state import THREADS
    except ImportError as exc:
        raise click.ClickException(f"dateline serve needs its extra: pip install 'dateline[serve]' ({exc.name})") \
            from None
    settings = settings_from(db=db)
    if "://" not in settings.db and settings.db != ":memory:" and not Path(settings.db).expanduser().exists():
        raise StoreError(f"no store at {settings.db}; fill one first: dateline ingest PATH --db {settings.db}")
    store = Store(settings.db, connections=THREADS)  # fails here, in one line, if the store cannot be opened
    mode = "read-write (token set)" if settings.api_token else "read-only (no DATELINE_API_TOKEN)"
    shown = "localhost" if host in ("127.0.0.1", "::1") else host
    stderr.print(f"dateline: serving {store.engine.url.render_as_string(hide_password=True)}, {mode}, "
                 f"on http://{shown}:{port}/  (API docs: /docs)" + (f", {workers} workers" if workers > 1 else ""),
                 markup=False)
    logging.getLogger("dateline").setLevel(logging.INFO)
    if workers > 1:
        store.close()  # each worker opens its own
        if not run_workers(settings, workers=workers, host=host, port=port, log_level=log_level):
            raise click.ClickException(f"could not serve on {host}:{port} (the lines above say why)")
        return
    try:
        if not run(create_app(settings, store=store), host=host, port=port, log_level=log_level):
            raise click.ClickException(f"could not serve on {host}:{port} (the line above says why)")
    finally:
        store.close()
