"""Web pages: main text, title, date and site name extracted with trafilatura (offline)."""

from __future__ import annotations

import logging
import re

from ..errors import ReadError
from ..models import Document
from .published import normalize_published
from .text import finish_document

log = logging.getLogger(__name__)
_SYNTHETIC = re.compile(r"<meta\s+name=[\"']dateline:synthetic[\"']\s+content=[\"']true[\"']",
                        re.IGNORECASE)


def document_from_html(html: str, *, doc_id: str, path: str = "") -> Document:
    """The article of a saved web page; the page's boilerplate (menus, footers) is dropped."""
    import trafilatura  # imported here: it is slow to import and only HTML input needs it

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if extracted is None:
        raise ReadError("no article text found in the HTML page", path=path)
    data = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    text = (data.get("text") or "").strip()
    if not text:
        raise ReadError("no article text found in the HTML page", path=path)
    published = None
    if data.get("date"):
        try:
            published = normalize_published(data["date"], path=path)
        except ReadError:
            log.info("%s: ignoring unparseable page date %r", path, data["date"])
    meta: dict[str, object] = {"path": path} if path else {}
    if _SYNTHETIC.search(html):
        meta["synthetic"] = True
    return finish_document(Document(
        id=doc_id, text=text, title=data.get("title") or None, url=data.get("url") or None,
        source=data.get("sitename") or None, published=published,
        lang=data.get("language") or _html_lang(html), meta=meta,
    ), path=path)


def _html_lang(html: str) -> str | None:
    match = re.search(r"<html[^>]*\blang=[\"']([a-zA-Z]{2})", html[:2000])
    return match.group(1).lower() if match else None
