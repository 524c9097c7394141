"""A web page becomes a Document: the article (trafilatura, through ``read/html.py``), its
canonical URL, and an id derived from that URL.

The id is what makes the same article at two URLs one document: a page's
``<link rel="canonical">`` (or ``og:url``) names it, tracking parameters and fragments are
dropped, and the id is a hash of what is left. Two different URLs with the same text are
caught by the store's content hash instead.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from ...errors import ReadError
from ...models import Document
from .. import ReadResult, read_bytes
from ..html import document_from_html

if TYPE_CHECKING:
    from .fetch import Fetcher, Response

_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|igshid|ref_src|cmpid|at_medium|at_campaign)$",
                       re.IGNORECASE)
_CANONICAL = re.compile(r"<link\b[^>]*\brel=[\"']?canonical[\"']?[^>]*>", re.IGNORECASE)
_HREF = re.compile(r"\bhref=[\"']([^\"']+)[\"']", re.IGNORECASE)


def is_url(value: object) -> bool:
    """Whether a command-line input is a web address rather than a path."""
    return isinstance(value, str) and value.lower().startswith(("http://", "https://"))


def normalize_url(url: str) -> str:
    """The URL without fragment, tracking parameters, default port or upper-case host."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port is None or (scheme, port) in (("http", 80), ("https", 443)) else f"{host}:{port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                       if not _TRACKING.match(k)])
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def document_id(canonical: str) -> str:
    """A readable, stable id for the article at ``canonical``: host, last path word, hash."""
    parts = urlsplit(canonical)
    words = [w for w in re.split(r"[^a-z0-9]+", parts.path.lower()) if w and w not in {"html", "htm", "php"}]
    slug = "-".join(words[-6:])[:60].strip("-")
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12]
    return "-".join(part for part in ((parts.hostname or "web"), slug, digest) if part)


def canonical_url(html: str, final_url: str, extracted: str | None) -> str:
    """The page's canonical URL: what trafilatura found, else a relative ``<link
    rel=canonical>`` made absolute, else the URL fetched (after redirects)."""
    candidate = extracted
    if not candidate:
        link = _CANONICAL.search(html[:200_000])
        href = _HREF.search(link.group(0)) if link else None
        candidate = href.group(1) if href else None
    if candidate:
        absolute = urljoin(final_url, candidate.strip())
        if absolute.startswith(("http://", "https://")):
            return normalize_url(absolute)
    return normalize_url(final_url)


def document_from_response(response: Response, *, published: str | None = None,
                           title: str | None = None) -> Document:
    """The article of a fetched page; ``published`` and ``title`` (from a feed item) fill
    what the page does not say. Raises :class:`ReadError` when the page holds no article."""
    if response.content_type == "text/plain":
        results = list(read_bytes(response.body, stem="page", name=response.url, kind="text"))
        result = results[0] if results else ReadError("empty page", path=response.url)
        if isinstance(result, ReadError):
            raise result
        doc, canonical = result, normalize_url(response.url)
    else:
        html = response.text()
        doc = document_from_html(html, doc_id="page", path=response.url)
        canonical = canonical_url(html, response.url, doc.url)
    host = urlsplit(canonical).hostname or ""
    meta = dict(doc.meta, fetched_url=response.url)
    return doc.model_copy(update={
        "id": document_id(canonical), "url": canonical, "source": doc.source or host,
        "published": doc.published or published, "title": doc.title or title, "meta": meta})


def read_url(url: str, fetcher: Fetcher) -> Iterator[ReadResult]:
    """``dateline ingest URL``: the page's Document, or one error saying why not."""
    try:
        yield document_from_response(fetcher.get(url, "page"))
    except ReadError as error:
        if not error.path:
            error.path = url
        yield error
