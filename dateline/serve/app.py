"""The application factory: ``create_app(settings)`` gives the ASGI app ``dateline serve`` runs.

FastAPI because the API is mostly typed query parameters over pydantic records, which it turns
into validation and the OpenAPI document the docs page, schemathesis and clients read; it is
Starlette underneath, so the middleware here is plain ASGI.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from anyio import to_thread
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.openapi.utils import get_openapi
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool

from .. import __version__
from ..extraction import Engine
from ..settings import Settings
from ..store import Store
from . import problems
from .cache import ResponseCache
from .live import LiveOptions
from .middleware import BodyLimit, SecurityHeaders
from .problems import PROBLEM_TYPE
from .routes import changes, claims, documents, events, health, pages, stats
from .shared import SharedAnswers
from .state import THREADS, Resources

DESCRIPTION = """Conflict events extracted from news reports, with the words behind every field.

Reads need nothing. Writes (`POST /api/documents`, merge, split) need the server's token:
`Authorization: Bearer $DATELINE_API_TOKEN`; a server started without one is read-only.
Errors are RFC 9457 problem details (`application/problem+json`). What the store gained since a
change number: `GET /api/changes` (a page) or `GET /api/changes/stream` (server-sent events).
Guide: docs/api.md."""

# gzip level 3: about half the time of level 5 on a page of events, for some 10 % more bytes
# (each answer is compressed once, then kept compressed)
GZIP_LEVEL = 3


def create_app(settings: Settings | None = None, *, store: Store | None = None,
               engine: Engine | None = None, live: LiveOptions | None = None,
               shared_answers: str | Path | None = None) -> FastAPI:
    """The API and dashboard over ``settings.db`` (or over ``store``, which the caller keeps
    and closes), extracting with ``engine`` or the one ``settings`` names; ``live`` times the
    change streams (tests shorten them); ``shared_answers`` is the directory where the workers
    of one server share kept answers (:mod:`.shared`). Nothing is opened until a request
    needs it."""
    settings = settings or Settings.from_env()
    held = Resources(settings, store, engine, live)
    max_bytes = settings.api_cache_mb << 20
    if shared_answers is not None:
        held.shared = SharedAnswers(shared_answers, max_bytes)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        to_thread.current_default_thread_limiter().total_tokens = THREADS
        await run_in_threadpool(held.warm)
        try:
            yield
        finally:
            held.end_streams()
            held.close()

    app = FastAPI(title="dateline", version=__version__, description=DESCRIPTION, lifespan=lifespan,
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json")
    app.state.resources = held
    problems.install(app)
    for module in (health, events, documents, claims, stats, changes, pages):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=pages.STATIC), name="static")
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    # outermost last: security headers on everything, then CORS, then the body bound, then
    # kept answers (compressed: outside gzip)
    app.add_middleware(GZipMiddleware, minimum_size=4096, compresslevel=GZIP_LEVEL)
    app.add_middleware(ResponseCache, version=held.latest_seq, inline=held.latest_seq_inline, max_bytes=max_bytes,
                       shared=held.shared)
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    if settings.cors_origin_list:
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origin_list, allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"], expose_headers=["Link"])
    app.add_middleware(SecurityHeaders)
    return app


def _openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's document plus the input contract's schema (POST /api/documents reads its body
    itself, so FastAPI cannot see it)."""
    if app.openapi_schema is None:
        schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components["InputDocument"] = documents.input_document_schema()
        components.pop("HTTPValidationError", None)
        components.pop("ValidationError", None)
        for item in schema["paths"].values():
            for operation in item.values():
                for answer in operation.get("responses", {}).values():
                    content = answer.get("content", {})
                    if PROBLEM_TYPE in content:  # problems are only ever problem+json
                        answer["content"] = {PROBLEM_TYPE: content[PROBLEM_TYPE]}
        app.openapi_schema = schema
    return app.openapi_schema
