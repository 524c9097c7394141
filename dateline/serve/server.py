"""Running the app under uvicorn so that live streams end when the server stops, in one
process or in several that share one listening socket.

uvicorn stops in this order: it stops accepting, waits for every open connection to finish,
and only then tells the app (lifespan shutdown). An endless server-sent events stream never
finishes by itself, so a plain ``uvicorn.run`` would wait for it until a second Ctrl-C.
:class:`Server` ends the streams first (each sends a last comment and closes its answer
properly, and browsers reconnect to the next server with ``Last-Event-ID``); everything
else stops as uvicorn always does.

One Python process answers on one core. :func:`run_workers` binds the socket once and starts
``workers`` processes that each build their own app (their own store connections and change
poller) and run :class:`Server` on it, so the kernel spreads connections over cores, as
``uvicorn --workers`` does; unlike uvicorn's supervisor it keeps this module's stream-ending
shutdown in every worker. Workers that crash are started again; SIGTERM or Ctrl-C stops them
all gracefully.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import shutil
import signal
import socket
import tempfile
import threading
import time
from collections.abc import Iterable
from multiprocessing.process import BaseProcess
from typing import Any

import uvicorn
from fastapi import FastAPI
from uvicorn.config import STARTUP_FAILURE

from ..settings import Settings
from .state import Resources

log = logging.getLogger(__name__)
# a worker that dies sooner than this after its start is failing, not crashing now and then
STEADY_AFTER_SECONDS = 5.0
STOP_GRACE_SECONDS = 30.0

multiprocessing.allow_connection_pickling()  # the listening socket goes to each worker


class Server(uvicorn.Server):
    """uvicorn's server over a dateline app (from ``create_app``)."""

    def __init__(self, app: FastAPI, **options: Any) -> None:
        super().__init__(uvicorn.Config(app, **options))
        self.resources: Resources = app.state.resources

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        self.resources.end_streams()
        await super().shutdown(sockets)


def _options(log_level: str) -> dict[str, Any]:
    return {"log_level": log_level, "server_header": False, "proxy_headers": False}


def run(app: FastAPI, *, host: str, port: int, log_level: str) -> bool:
    """Serve ``app`` on ``host:port`` until SIGINT or SIGTERM (``dateline serve``), as
    ``uvicorn.run`` would; False when it could not start (uvicorn has logged why)."""
    server = Server(app, host=host, port=port, **_options(log_level))
    try:
        server.run()
    except KeyboardInterrupt:  # uvicorn raises the Ctrl-C it caught again once it has stopped
        pass
    except SystemExit as exc:  # uvicorn exits when it cannot listen; the command says so in one line
        if exc.code != STARTUP_FAILURE:
            raise
        return False
    return server.started


def _worker(settings: Settings, listening: socket.socket, log_level: str, shared: str) -> None:
    """One worker process: its own app over the shared socket, out of the terminal's process
    group so that a Ctrl-C reaches only the supervisor, which stops each worker once; kept
    answers are shared with the other workers in the directory ``shared``."""
    from .app import create_app

    os.setpgrp()
    logging.getLogger("dateline").setLevel(logging.INFO)
    Server(create_app(settings, shared_answers=shared), **_options(log_level)).run(sockets=[listening])


def run_workers(settings: Settings, *, workers: int, host: str, port: int, log_level: str) -> bool:
    """Serve the store of ``settings`` from ``workers`` processes on ``host:port`` until SIGINT
    or SIGTERM; False when it could not listen or the workers could not start."""
    try:
        listening = uvicorn.Config("dateline.serve:create_app", host=host, port=port, log_level=log_level).bind_socket()
    except SystemExit as exc:
        if exc.code != STARTUP_FAILURE:
            raise
        return False
    context = multiprocessing.get_context("spawn")  # nothing of this process (threads, connections) is inherited
    shared = tempfile.mkdtemp(prefix="dateline-serve-")  # the workers' shared answers, for this run only

    def start() -> tuple[BaseProcess, float]:
        process = context.Process(target=_worker, args=(settings, listening, log_level, shared),
                                  name="dateline-serve")
        process.start()
        return process, time.monotonic()

    stopping = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: stopping.set()) for sig in (signal.SIGINT, signal.SIGTERM)}
    running = [start() for _ in range(workers)]
    healthy = True
    try:
        while not stopping.wait(0.5):
            for slot, (process, started) in enumerate(running):
                if process.is_alive():
                    continue
                if time.monotonic() - started < STEADY_AFTER_SECONDS:
                    log.error("a serve worker exited at start (code %s); stopping", process.exitcode)
                    healthy = False
                    stopping.set()
                    break
                log.warning("serve worker %s exited (code %s); starting another", process.pid, process.exitcode)
                running[slot] = start()
    finally:
        _stop(process for process, _ in running)
        listening.close()
        shutil.rmtree(shared, ignore_errors=True)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return healthy


def _stop(processes: Iterable[BaseProcess]) -> None:
    """SIGTERM each worker once (uvicorn then finishes what it is answering), then wait."""
    processes = list(processes)
    for process in processes:
        if process.is_alive() and process.pid is not None:
            os.kill(process.pid, signal.SIGTERM)
    deadline = time.monotonic() + STOP_GRACE_SECONDS
    for process in processes:
        process.join(max(0.1, deadline - time.monotonic()))
        if process.is_alive():
            process.kill()
            process.join()
