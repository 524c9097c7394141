"""``/api/documents``: one article with its evidence marked, and ingest over HTTP.

``POST`` reads its body with the readers of ``dateline ingest`` (a plain-text article with
its optional header, an HTML page, a JSON document or list, JSON lines) under the same
limits (``max_file_bytes`` per document or JSON line), and stores each document through the
same pipeline; each document's outcome, error included, is in the answer.
"""

from __future__ import annotations

import hashlib
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from starlette.concurrency import run_in_threadpool

from ...models import Document
from ...pipeline import IngestSummary, ingest_results
from ...read import read_bytes
from ...store import Store
from ..auth import require_token
from ..params import PRINTABLE
from ..problems import Problem
from ..schemas import DocumentView, IngestReport
from ..state import Resources, resources, store
from ..views import document_view
from . import problems

router = APIRouter(tags=["documents"])
KINDS = {"text/plain": "text", "text/html": "html", "application/json": "json",
         "application/x-ndjson": "jsonl", "application/jsonl": "jsonl", "application/jsonlines": "jsonl",
         "application/json-lines": "jsonl"}
REQUEST_BODY = {"required": True, "content": {
    "text/plain": {"schema": {"type": "string"}, "example": "date: 2025-03-14\ntitle: Example\n\nKHARKIV, March 14 "
                                                             "(Example Wire) - A missile struck ..."},
    "text/html": {"schema": {"type": "string"}},
    "application/json": {"schema": {"oneOf": [
        {"$ref": "#/components/schemas/InputDocument"},
        {"type": "array", "items": {"$ref": "#/components/schemas/InputDocument"}}]}},
    "application/x-ndjson": {"schema": {"type": "string"}, "example": '{"id": "a1", "text": "..."}\n'},
}}


@router.get("/api/documents/{doc_id:path}", response_model=DocumentView, responses=problems(404, 422, 503))
def get_document(doc_id: Annotated[str, Path(max_length=300, pattern=PRINTABLE)],
                 source: Annotated[Store, Depends(store)]) -> Any:
    """The article (text, title, outlet, date, language), its events and claims, and its text
    cut into segments marked with the evidence that covers them."""
    return document_view(source, doc_id)


@router.post("/api/documents", response_model=IngestReport, dependencies=[Depends(require_token)],
             responses=problems(400, 401, 403, 413, 415, 422, 503), openapi_extra={"requestBody": REQUEST_BODY})
async def post_documents(request: Request, held: Annotated[Resources, Depends(resources)],
                         id: Annotated[str | None, Query(max_length=300, pattern=PRINTABLE,
                                                         description="Id of a text or HTML article (default: "
                                                                     "derived from its content).")] = None) -> Any:
    """Ingest one article (text/plain with an optional header, text/html, application/json)
    or a batch (application/x-ndjson: JSON lines). Idempotent, one transaction per document;
    a document that fails does not stop the others."""
    media, _, parameters = request.headers.get("content-type", "").partition(";")
    kind = KINDS.get(media.strip().lower())
    if kind is None:
        raise Problem(415, "send text/plain, text/html, application/json or application/x-ndjson; got "
                           f"{media.strip()[:80] or 'no Content-Type'}")
    charset = _charset(parameters)
    body = await request.body()
    if not body.strip():
        raise Problem(400, "the request body is empty")
    try:
        return await run_in_threadpool(_ingest, held, body, kind, id, charset)
    finally:
        held.stored()


def _ingest(held: Resources, body: bytes, kind: str, doc_id: str | None, charset: str | None) -> dict[str, Any]:
    stem = doc_id or "api-" + hashlib.sha1(body).hexdigest()[:12]
    results = read_bytes(body, stem=stem, name="request", kind=kind, encoding=charset,
                         max_bytes=held.settings.max_file_bytes)
    summary = IngestSummary()
    with held.writing:
        outcomes = list(ingest_results(results, held.store, engine=held.engine, summary=summary))
    return {"ok": summary.ok, "read": summary.read, "added": summary.added, "updated": summary.updated,
            "unchanged": summary.unchanged, "failed": summary.failed, "events": summary.events,
            "claims": summary.claims, "documents": [vars(outcome) for outcome in outcomes]}


def _charset(parameters: str) -> str | None:
    for parameter in parameters.split(";"):
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip('"').lower()
            return None if charset in ("utf-8", "utf8") else charset
    return None


def input_document_schema() -> dict[str, Any]:
    """The input contract's JSON Schema, for the OpenAPI document's request bodies."""
    schema = Document.model_json_schema()
    for name in ("place", "meta"):
        schema["properties"].pop(name, None)
    schema["required"] = ["text"]
    schema["title"] = "InputDocument"
    return schema
