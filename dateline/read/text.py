"""Plain-text articles: optional header, then the body (which may open with a wire dateline)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..errors import ReadError
from ..models import Document, Opening
from .header import Header, parse_header
from .published import normalize_published
from .wire import parse_wire_dateline, resolve_published


def document_from_text(text: str, *, doc_id: str, path: str = "") -> Document:
    """A Document from the decoded text of a ``.txt`` file (header removed from the body)."""
    header = parse_header(text)
    body = text[header.body_start:]
    if not body.strip():
        raise ReadError("no article text after the header", path=path)
    fields = header.fields
    published = normalize_published(fields.get("date"), path=path)
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
        )
    )


def parse_opening(text: str) -> tuple[Opening, Header]:
    """The archive header and the wire dateline that open ``text`` (a JSON text may still
    open with its archive header), parsed once for every later stage."""
    header = parse_header(text)
    dateline = parse_wire_dateline(text[header.body_start:])
    if dateline is not None:  # offsets into the whole text
        dateline = replace(dateline, start=header.body_start + dateline.start, end=header.body_start + dateline.end)
    return Opening(dateline.end if dateline else header.body_start, dateline), header


def finish_document(doc: Document) -> Document:
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
    if not doc.source:
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
