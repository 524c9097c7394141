"""Errors as RFC 9457 problem details (``application/problem+json``), for every path.

Library errors become problems here and nowhere else: a missing record is a 404, a bad
cursor or an unreadable upload a 400, a store that cannot be reached a 503. Anything
unexpected is logged with its traceback and answered with a bare 500 that leaks nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

import sqlalchemy as sa
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import DatelineError, NotFoundError, QueryError, ReadError, StoreError
from ..store.db import database_reason

log = logging.getLogger(__name__)
PROBLEM_TYPE = "application/problem+json"


class Problem(Exception):
    """Raise to answer with a problem: ``Problem(409, "conflict detail", code="X")``."""

    def __init__(self, status: int, detail: str, *, headers: Mapping[str, str] | None = None,
                 **extensions: Any) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = dict(headers or {})
        self.extensions = extensions


def problem_body(status: int, detail: str | None = None, *, instance: str | None = None,
                 **extensions: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"type": "about:blank", "title": _title(status), "status": status}
    if detail:
        body["detail"] = detail
    if instance:
        body["instance"] = instance
    body.update(extensions)
    return body


def problem_response(status: int, detail: str | None = None, *, instance: str | None = None,
                     headers: Mapping[str, str] | None = None, **extensions: Any) -> JSONResponse:
    return JSONResponse(problem_body(status, detail, instance=instance, **extensions), status_code=status,
                        media_type=PROBLEM_TYPE, headers=dict(headers or {}))


def _title(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def status_of(error: DatelineError) -> int:
    if isinstance(error, NotFoundError):
        return 404
    if isinstance(error, (QueryError, ReadError)):
        return 400
    if isinstance(error, StoreError):
        return 503
    return 500


def install(app: FastAPI) -> None:
    """Register the handlers that turn every error into a problem."""

    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem) -> JSONResponse:
        return problem_response(exc.status, exc.detail, instance=request.url.path, headers=exc.headers,
                                **exc.extensions)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) and exc.detail != _title(exc.status_code) else None
        return problem_response(exc.status_code, detail, instance=request.url.path, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [{"loc": [str(part) for part in error.get("loc", ())], "msg": str(error.get("msg", "")),
                   "type": str(error.get("type", ""))} for error in exc.errors()]
        first = errors[0] if errors else {"loc": [], "msg": "invalid request"}
        where = ".".join(first["loc"])
        return problem_response(422, f"{where}: {first['msg']}" if where else str(first["msg"]),
                                instance=request.url.path, errors=errors)

    @app.exception_handler(DatelineError)
    async def _dateline(request: Request, exc: DatelineError) -> JSONResponse:
        status = status_of(exc)
        if status >= 500:
            log.error("%s %s: %s", request.method, request.url.path, exc)
        return problem_response(status, exc.message, instance=request.url.path, code=exc.code)

    @app.exception_handler(sa.exc.OperationalError)
    @app.exception_handler(sa.exc.InterfaceError)
    async def _unreachable(request: Request, exc: sa.exc.DBAPIError) -> JSONResponse:
        """A database restarting or out of reach is the store's condition, not a bug: 503, and
        the next request (the pool reconnects) may well succeed."""
        log.warning("%s %s: the store cannot be reached: %s", request.method, request.url.path, database_reason(exc))
        return problem_response(503, f"the store cannot be reached: {database_reason(exc)}",
                                instance=request.url.path, headers={"Retry-After": "5"})

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("%s %s failed", request.method, request.url.path)
        return problem_response(500, "the server failed on this request; its log says why",
                                instance=request.url.path)
