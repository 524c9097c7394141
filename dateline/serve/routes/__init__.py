"""One router per resource; :func:`problems` documents the error answers of a route."""

from __future__ import annotations

from typing import Any

from ..problems import PROBLEM_TYPE
from ..schemas import ProblemBody

_MEANING = {400: "A parameter cannot be used (a cursor not issued by this API, an unreadable upload).",
            401: "The token is missing or wrong.",
            403: "The server is read-only (no DATELINE_API_TOKEN).",
            404: "No such record.",
            413: "The request body is larger than max_body_bytes.",
            415: "The body's Content-Type is not one the endpoint reads.",
            422: "A parameter is out of bounds or malformed.",
            501: "Parquet asked of a server without pyarrow.",
            503: "The store cannot be reached."}


def problems(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {status: {"model": ProblemBody, "description": _MEANING[status],
                     "content": {PROBLEM_TYPE: {"schema": {"$ref": "#/components/schemas/ProblemBody"}}}}
            for status in statuses}
