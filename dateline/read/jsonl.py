"""JSON documents: one object per line (``.jsonl``), or a ``.json`` object or list.

Input contract: ``text`` is required; ``id``, ``title``, ``url``, ``source``, ``published``
and ``lang`` are optional; any other field is kept in ``meta``. A gold file (it has
``events``) reads as the document it annotates.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from ..errors import ReadError
from ..models import Document
from .decode import check_size
from .published import normalize_published
from .text import finish_document

KNOWN = {"id", "text", "title", "url", "source", "published", "lang"}


def documents_from_jsonl(text: str, *, stem: str, path: str,
                         max_bytes: int) -> Iterator[Document | ReadError]:
    """One Document or ReadError per non-blank line; a bad line never stops the others."""
    for number, line in enumerate(text.split("\n"), start=1):  # JSON lines end at \n, nowhere else
        if not line.strip():
            continue
        try:
            check_size(len(line.encode("utf-8")), max_bytes, path=path, line=number)
            yield document_from_json_line(line, default_id=f"{stem}-{number}", path=path, number=number)
        except ReadError as error:
            yield error


def document_from_json_line(text: str, *, default_id: str, path: str, number: int | None) -> Document:
    """The Document of one JSON line numbered ``number`` (a ReadError when it is not a
    valid input record)."""
    return document_from_record(_loads(text, path=path, line=number), default_id=default_id, path=path,
                                line=number)


def documents_from_json(text: str, *, stem: str, path: str) -> Iterator[Document | ReadError]:
    try:
        data = _loads(text, path=path, line=None)
    except ReadError as error:
        yield error
        return
    if isinstance(data, list):
        for index, record in enumerate(data, start=1):
            try:
                yield document_from_record(record, default_id=f"{stem}-{index}", path=path,
                                           line=None)
            except ReadError as error:
                yield error
        return
    try:
        yield document_from_record(data, default_id=stem, path=path, line=None)
    except ReadError as error:
        yield error


MAX_NESTING = 64  # no document needs more; a deeper structure is an attack on the parser


def _loads(text: str, *, path: str, line: int | None) -> Any:
    too_deep = ReadError(f"JSON nested more than {MAX_NESTING} levels deep", path=path, line=line)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f" (column {exc.colno})" if line is not None else f" (line {exc.lineno})"
        raise ReadError(f"malformed JSON: {exc.msg}{where}", path=path, line=line) from None
    except RecursionError:
        raise too_deep from None
    if _deeper_than(data, MAX_NESTING):
        raise too_deep
    return data


def _deeper_than(value: Any, limit: int) -> bool:
    """Whether ``value`` nests lists and objects more than ``limit`` deep (iteratively: a
    deep structure must not exhaust the stack that checks it)."""
    stack = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            item = list(item.values())
        if isinstance(item, list):
            if depth >= limit:
                return True
            stack.extend((child, depth + 1) for child in item)
    return False


def document_from_record(record: Any, *, default_id: str, path: str = "",
                         line: int | None = None) -> Document:
    """Validate one input record against the input contract."""
    if not isinstance(record, dict):
        raise ReadError(f"expected a JSON object, got {type(record).__name__}", path=path,
                        line=line)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ReadError("document has no text (field 'text' missing or empty)", path=path,
                        line=line)
    for key in ("id", "title", "url", "source", "lang"):
        if record.get(key) is not None and not isinstance(record[key], (str, int)):
            raise ReadError(f"field {key!r} must be a string", path=path, line=line)
    meta = {k: v for k, v in record.items() if k not in KNOWN}
    if path:
        meta.setdefault("path", path)
    doc = Document(
        id=str(record.get("id") or default_id),
        text=text,
        title=_optional(record.get("title")),
        url=_optional(record.get("url")),
        source=_optional(record.get("source") or record.get("outlet")),
        published=normalize_published(record.get("published"), path=path, line=line),
        lang=_optional(record.get("lang")),
        meta=meta,
    )
    return finish_document(doc, path=path, line=line)


def _optional(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None
