"""HTTP GET for pages and feeds, with the limits a service needs.

Every request has a total deadline (a server that drips one byte a second is cut off as
surely as one that never answers), a size cap checked while the body streams in (so a huge
page never sits in memory), a redirect limit with loop detection, a content-type check, and
conditional GET. Redirects are followed here, hop by hop, so that each hop goes through the
host's politeness slot and robots.txt. Transient failures are retried with exponential
backoff; every failure becomes one coded :class:`~dateline.errors.FetchError`.
"""

from __future__ import annotations

import email.utils
import logging
import random
import re
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urljoin, urlsplit

import httpx

from ...errors import (
    ContentTypeError,
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    RedirectError,
    RobotsError,
    TooLargeError,
)
from ...settings import Settings

log = logging.getLogger(__name__)

Kind = Literal["page", "feed", "robots"]
REDIRECTS = {301, 302, 303, 307, 308}
_PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
_FEED_TYPES = ("xml", "rss", "atom", "json", "text/plain", "text/html")
_ACCEPT = {
    "page": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5",
    "feed": "application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,"
            "application/json;q=0.8,text/xml;q=0.8,*/*;q=0.1",
    "robots": "text/plain",
}
_NAMES = {"application/pdf": "a PDF document", "application/zip": "a ZIP archive",
          "application/octet-stream": "binary data", "application/msword": "a Word document"}


@dataclass(frozen=True)
class FetchOptions:
    """Limits of one fetcher; :meth:`from_settings` reads them from dateline's settings."""

    user_agent: str
    timeout: float = 20.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    attempts: int = 3
    retry_delay: float = 1.0

    @classmethod
    def from_settings(cls, settings: Settings, *, max_bytes: int | None = None) -> FetchOptions:
        return cls(user_agent=settings.user_agent, timeout=settings.fetch_timeout or 20.0,
                   max_bytes=max_bytes or settings.max_file_bytes, max_redirects=settings.max_redirects,
                   attempts=settings.fetch_attempts, retry_delay=settings.retry_delay)


@dataclass(frozen=True)
class Validators:
    """What a conditional GET sends back: the ETag and Last-Modified of the last full answer."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass
class Response:
    """A complete answer: the final URL after redirects, status, headers and body."""

    url: str
    status: int
    content_type: str
    charset: str | None
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def validators(self) -> Validators:
        return Validators(self.headers.get("etag"), self.headers.get("last-modified"))

    def text(self) -> str:
        """The body as text: the declared charset, else a ``<meta charset>``, else UTF-8."""
        charset = self.charset or _meta_charset(self.body[:4096]) or "utf-8"
        try:
            return self.body.decode(charset, errors="replace")
        except LookupError:
            return self.body.decode("utf-8", errors="replace")


class Gate:
    """What the fetcher asks before each hop; :class:`~dateline.read.web.politeness.Politeness`
    is the real one (robots.txt, one request per host, a minimum interval)."""

    def check(self, url: str, fetcher: Fetcher) -> None:
        """Raise :class:`~dateline.errors.RobotsError` when ``url`` must not be fetched."""

    def slot(self, url: str) -> AbstractContextManager[None]:
        return nullcontext()


class Fetcher:
    """One HTTP client (connection pool, User-Agent) shared by every request of a run.

    ``transport`` swaps the network for tests; ``stop`` cuts retry waits short on shutdown.
    """

    def __init__(self, options: FetchOptions, *, gate: Gate | None = None,
                 transport: httpx.BaseTransport | None = None, stop: threading.Event | None = None) -> None:
        self.options = options
        self.gate = gate or Gate()
        self.stop = stop or threading.Event()
        timeout = httpx.Timeout(options.timeout, connect=min(options.timeout, 10.0))
        self.client = httpx.Client(headers={"User-Agent": options.user_agent}, timeout=timeout,
                                   follow_redirects=False, transport=transport, trust_env=False)

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    def get(self, url: str, kind: Kind = "page", *, validators: Validators | None = None,
            retry: bool = True) -> Response:
        """GET ``url``, retrying transient failures; a 304 comes back as a Response too."""
        attempts = max(1, self.options.attempts) if retry else 1
        for attempt in range(attempts):
            try:
                return self._get_once(url, kind, validators)
            except FetchError as error:
                # an unreadable robots.txt is remembered for a minute: retrying now is pointless
                if not error.transient or isinstance(error, RobotsError) or attempt + 1 >= attempts \
                        or self.stop.is_set():
                    raise
                wait = self.options.retry_delay * 2 ** attempt * random.uniform(1.0, 1.25)
                if error.retry_after is not None:
                    wait = max(wait, min(error.retry_after, 300.0))
                log.info("retrying %s in %.1f s: %s", url, wait, error)
                if self.stop.wait(wait):
                    raise
        raise AssertionError("unreachable")

    def _get_once(self, url: str, kind: Kind, validators: Validators | None) -> Response:
        visited: list[str] = []
        current = url
        while True:
            _check_scheme(current, url)
            if kind != "robots":  # robots.txt itself is never subject to robots.txt
                self.gate.check(current, self)
            visited.append(current)
            with self.gate.slot(current):
                response = self._request(current, kind, validators if len(visited) == 1 else None)
            if isinstance(response, Response):
                return self._accept(response, kind)
            target = urljoin(current, response)
            if target.split("#")[0] in visited:
                raise RedirectError(f"redirect loop: {current} sends back to {target}", url=url)
            if len(visited) > self.options.max_redirects:
                raise RedirectError(f"more than {self.options.max_redirects} redirects "
                                    "(raise DATELINE_MAX_REDIRECTS)", url=url)
            current = target.split("#")[0]

    def _request(self, url: str, kind: Kind, validators: Validators | None) -> Response | str:
        """The Response, or the Location of a redirect."""
        headers = {"Accept": _ACCEPT[kind]}
        if validators and validators.etag:
            headers["If-None-Match"] = validators.etag
        if validators and validators.last_modified:
            headers["If-Modified-Since"] = validators.last_modified
        deadline = time.monotonic() + self.options.timeout
        try:
            with self.client.stream("GET", url, headers=headers) as answer:
                if answer.status_code in REDIRECTS:
                    location = answer.headers.get("location")
                    if not location:
                        raise RedirectError(f"redirect ({answer.status_code}) without a Location", url=url)
                    return str(location)
                if answer.status_code >= 400:
                    raise HTTPStatusError(f"the server answered {answer.status_code} "
                                          f"{answer.reason_phrase}".rstrip(), url=url,
                                          status=answer.status_code,
                                          retry_after=_retry_after(answer.headers.get("retry-after")))
                content_type = answer.headers.get("content-type", "").split(";")[0].strip().lower()
                response = Response(url=str(answer.url), status=answer.status_code,
                                    content_type=content_type, charset=answer.charset_encoding,
                                    headers={k.lower(): v for k, v in answer.headers.items()})
                if answer.status_code == 304:
                    return response
                _refuse_binary(content_type, kind, url)
                response.body = self._read_body(answer.iter_bytes(), answer.headers, url, deadline)
                return response
        except httpx.TimeoutException as exc:
            raise FetchTimeoutError(f"no answer within {self.options.timeout:g} s "
                                    f"({type(exc).__name__})", url=url) from exc
        except httpx.HTTPError as exc:
            raise FetchError(f"cannot fetch: {_reason(exc)}", url=url) from exc

    def _read_body(self, chunks: Iterator[bytes], headers: httpx.Headers, url: str,
                   deadline: float) -> bytes:
        limit = self.options.max_bytes
        declared = headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise TooLargeError(_too_large(int(declared), limit), url=url)
        body = bytearray()
        for chunk in chunks:
            body += chunk
            if len(body) > limit:
                raise TooLargeError(_too_large(len(body), limit, more=True), url=url)
            if time.monotonic() > deadline:
                raise FetchTimeoutError(f"the answer took more than {self.options.timeout:g} s "
                                        f"({len(body):,} bytes received)", url=url)
        return bytes(body)

    def _accept(self, response: Response, kind: Kind) -> Response:
        if response.not_modified or kind == "robots":
            return response
        sniffed = _sniff(response.body)
        if kind == "page":
            if sniffed == "pdf" or (response.content_type and
                                    not response.content_type.startswith(_PAGE_TYPES) and sniffed != "html"):
                raise ContentTypeError(_not_wanted(response.content_type, sniffed, "an HTML page"),
                                       url=response.url)
        elif sniffed == "pdf" or (response.content_type and
                                  not any(part in response.content_type for part in _FEED_TYPES)
                                  and sniffed not in ("xml", "json")):
            raise ContentTypeError(_not_wanted(response.content_type, sniffed, "a feed"), url=response.url)
        return response


def _check_scheme(url: str, original: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        message = f"not an http(s) URL: {url}"
        if url != original:
            raise RedirectError(f"redirected to {message}", url=original)
        error = FetchError(message, url=original)
        error.transient = False
        raise error


def _refuse_binary(content_type: str, kind: Kind, url: str) -> None:
    """Refuse before reading the body when the headers already say it is not text."""
    if kind == "robots":
        return
    if content_type in _NAMES or content_type.startswith(("image/", "audio/", "video/", "font/")):
        wanted = "an HTML page" if kind == "page" else "a feed"
        raise ContentTypeError(_not_wanted(content_type, None, wanted), url=url)


def _sniff(body: bytes) -> str | None:
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"%pdf-"):
        return "pdf"
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if head.startswith(b"<"):
        return "xml"
    if head.startswith((b"{", b"[")):
        return "json"
    return None


def _not_wanted(content_type: str, sniffed: str | None, wanted: str) -> str:
    what = "a PDF document" if sniffed == "pdf" else _NAMES.get(content_type, content_type or "unknown content")
    return f"not {wanted}: the server sent {what}" + (f" ({content_type})" if what != content_type and
                                                        content_type else "")


def _too_large(size: int, limit: int, *, more: bool = False) -> str:
    amount = f"more than {limit:,} bytes" if more else f"{size:,} bytes"
    return f"too large: {amount} (limit {limit:,}; raise it with --max-bytes or DATELINE_MAX_FILE_BYTES)"


def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (seconds, or an HTTP date)."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _reason(exc: httpx.HTTPError) -> str:
    cause = exc.__cause__ or exc.__context__
    text = str(exc) or (str(cause) if cause else "") or type(exc).__name__
    return re.sub(r"\s+", " ", text)[:200]


_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([a-zA-Z0-9_.:-]+)", re.IGNORECASE)


def _meta_charset(head: bytes) -> str | None:
    match = _META_CHARSET.search(head)
    return match.group(1).decode("ascii") if match else None

