"""Plain-text articles: optional header, then the body (which may open with a wire dateline)."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import replace
from typing import Any

from ..errors import ReadError
from ..models import Document, Opening
from .header import Header, parse_header
from .published import normalize_published
from .wire import find_wire_dateline, most_recent_day, resolve_published

log = logging.getLogger(__name__)
NUL = "\x00"


def document_from_text(text: str, *, doc_id: str, path: str = "", published: str | None = None) -> Document:
    """A Document from the decoded text of a ``.txt`` file (header removed from the body);
    ``published``, when given, wins over the header's date."""
    header = parse_header(text)
    body = text[header.body_start:]
    if not body.strip():
        raise ReadError("no article text after the header", path=path)
    fields = header.fields
    published = normalize_published(published or fields.get("date"), path=path)
    return finish_document(
        Document(
            id=fields.get("id") or doc_id,
            text=body,
            title=fields.get("title") or None,
            url=fields.get("url") or None,
            source=fields.get("source") or None,
            published=published,
            lang=fields.get("lang") or None,
            meta=_meta(fields, path),
        ),
        path=path,
    )


def finish_document(doc: Document, *, path: str = "", line: int | None = None) -> Document:
    """Every reader's last step: NUL characters out (counted in ``meta``), the wire dateline's
    place, agency and day in, and a clear ReadError for what no store could keep (an id
    longer than the store's column, say)."""
    doc = _with_dateline(_without_nul(doc))
    problem = doc.storage_problem()
    if problem:
        raise ReadError(problem, path=path, line=line)
    return doc


def _without_nul(doc: Document) -> Document:
    """NUL characters removed from every field: PostgreSQL cannot store them and no article
    means one. How many were removed is kept in ``meta["nul_removed"]``."""
    removed = 0

    def clean(value: Any) -> Any:
        nonlocal removed
        if isinstance(value, str):
            removed += value.count(NUL)
            return value.replace(NUL, "")
        if isinstance(value, dict):
            return {clean(k): clean(v) for k, v in value.items()}
        if isinstance(value, list):
            return [clean(v) for v in value]
        return value

    fields = ("id", "text", "title", "url", "source", "published", "lang", "place", "meta")
    updates = {name: clean(getattr(doc, name)) for name in fields}
    if not removed:
        return doc
    log.info("%s: removed %d NUL character(s)", updates["id"], removed)
    updates["meta"] = {**updates["meta"], "nul_removed": removed}
    return doc.model_copy(update=updates)


def dated_by_dateline(doc: Document, not_after: dt.date, basis: str) -> Document:
    """A dateline day and month with no year anywhere (no header, no ``published``): the most
    recent such day not after ``not_after`` (the file's modification day, or today), said
    in ``meta["published_inferred"]`` so that nobody takes the year for the article's."""
    dateline = doc.meta.get("dateline")
    if doc.published or not isinstance(dateline, dict) or not dateline.get("day") or not dateline.get("month"):
        return doc
    day = most_recent_day(int(dateline["month"]), int(dateline["day"]), not_after)
    if day is None:
        return doc
    log.info("%s: the dateline gives %02d-%02d without a year; dated %s (the most recent such day "
             "not after %s)", doc.id, day.month, day.day, day, basis)
    meta = {**doc.meta, "published_inferred": {
        "published": day.isoformat(),
        "reason": f"wire dateline day and month without a year: the most recent such day not after {basis}"}}
    return doc.model_copy(update={"published": day.isoformat(), "meta": meta})


def parse_opening(text: str) -> tuple[Opening, Header]:
    """The archive header and the wire dateline that open ``text`` (a JSON text may still
    open with its archive header), parsed once for every later stage."""
    header = parse_header(text)
    body = text[header.body_start:]
    dateline = find_wire_dateline(body)
    if dateline is None:
        return Opening(header.body_start, None), header
    opens = not body[:dateline.start].strip()  # the body opens with it, or it follows the headline
    dateline = replace(dateline, start=header.body_start + dateline.start, end=header.body_start + dateline.end)
    return Opening(dateline.end if opens else header.body_start, dateline), header


def _with_dateline(doc: Document) -> Document:
    """Let the wire dateline refine the place, the agency and the day of publication; keep
    what opens the text on the document (``Document.opening``) for the prepare stage."""
    opening, header = parse_opening(doc.text)
    dateline = opening.dateline
    if dateline is None:
        return doc.with_opening(opening)
    published = doc.published or _header_date(header.fields.get("date"))
    updates: dict[str, Any] = {"published": resolve_published(published, dateline)}
    if dateline.place and not doc.place:
        updates["place"] = dateline.place
    if not doc.source and dateline.source:
        updates["source"] = dateline.source
    meta = dict(doc.meta)
    meta["dateline"] = {"place": dateline.place, "region": dateline.region, "day": dateline.day,
                        "month": dateline.month, "source": dateline.source,
                        "end": dateline.end}
    updates["meta"] = meta
    return doc.with_opening(opening, **updates)


def _header_date(value: str | None) -> str | None:
    try:
        return normalize_published(value)
    except ReadError:
        return None


def _meta(fields: dict[str, str], path: str) -> dict[str, object]:
    meta: dict[str, object] = {}
    if path:
        meta["path"] = path
    if "synthetic" in fields:
        meta["synthetic"] = fields["synthetic"].strip().lower() in {"true", "yes", "1"}
    return meta
