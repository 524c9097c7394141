"""Running the app under uvicorn so that live streams end when the server stops.

uvicorn stops in this order: it stops accepting, waits for every open connection to finish,
and only then tells the app (lifespan shutdown). An endless server-sent events stream never
finishes by itself, so a plain ``uvicorn.run`` would wait for it until a second Ctrl-C.
:class:`Server` ends the streams first (each sends a last comment and closes its answer
properly, and browsers reconnect to the next server with ``Last-Event-ID``); everything
else stops as uvicorn always does.
"""

from __future__ import annotations

import socket
from typing import Any

import uvicorn
from fastapi import FastAPI
from uvicorn.config import STARTUP_FAILURE

from .state import Resources


class Server(uvicorn.Server):
    """uvicorn's server over a dateline app (from ``create_app``)."""

    def __init__(self, app: FastAPI, **options: Any) -> None:
        super().__init__(uvicorn.Config(app, **options))
        self.resources: Resources = app.state.resources

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        self.resources.end_streams()
        await super().shutdown(sockets)


def run(app: FastAPI, *, host: str, port: int, log_level: str) -> bool:
    """Serve ``app`` on ``host:port`` until SIGINT or SIGTERM (``dateline serve``), as
    ``uvicorn.run`` would; False when it could not start (uvicorn has logged why)."""
    server = Server(app, host=host, port=port, log_level=log_level, server_header=False, proxy_headers=False)
    try:
        server.run()
    except KeyboardInterrupt:  # uvicorn raises the Ctrl-C it caught again once it has stopped
        pass
    except SystemExit as exc:  # uvicorn exits when it cannot listen; the command says so in one line
        if exc.code != STARTUP_FAILURE:
            raise
        return False
    return server.started
