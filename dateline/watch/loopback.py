"""A small web site on the loopback interface, for the watcher's tests and benchmark.

Routes can change while it runs (a feed that grows between polls), answer with any status,
send ETags and honour ``If-None-Match``, wait before answering, hang, or drip their body a
few bytes at a time. It only ever listens on 127.0.0.0/8 and stops with :meth:`close`.
Articles are invented (:func:`article_html`), never copied from real reporting.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from email.utils import formatdate
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

_PLACES = [("KHARKIV", "Ukraine", "Kharkiv", "A Russian missile struck an apartment block"),
           ("MOSUL", "Iraq", "Mosul", "A roadside bomb exploded next to a police patrol"),
           ("GAO", "Mali", "Gao", "Gunmen attacked a village market"),
           ("ODESA", "Ukraine", "Odesa", "A drone strike hit a grain warehouse"),
           ("KHERSON", "Ukraine", "Kherson", "Artillery shells landed on a bus station")]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None  # sent, and a matching If-None-Match gets 304
    delay: float = 0.0  # seconds before the answer (a hanging server: longer than the client waits)
    drip: float = 0.0  # seconds between 16-byte pieces of the body
    fail_first: int = 0  # answer 500 to the first this many requests
    length: bool = True  # send Content-Length (False: the body ends when the connection closes)


class LoopbackSite:
    """``site.route("/feed.xml", body=..., content_type=...)`` then ``site.url("/feed.xml")``."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        if not host.startswith("127."):
            raise ValueError("the loopback site listens on 127.0.0.0/8 only")
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.request_headers: list[tuple[str, dict[str, str]]] = []
        self.closing = threading.Event()
        self._lock = threading.Lock()
        self.server = _QuietServer((host, 0), _handler(self))
        self.server.daemon_threads = True
        self.server.block_on_close = False
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True, name=f"loopback-{host}")
        self.thread.start()

    @property
    def origin(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        return self.origin + path

    def route(self, path: str, **answer: object) -> Route:
        route = Route(**answer)  # type: ignore[arg-type]
        with self._lock:
            self.routes[path] = route
        return route

    def close(self) -> None:
        self.closing.set()
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> LoopbackSite:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _answer(self, path: str, headers: dict[str, str]) -> Route | None:
        with self._lock:
            self.hits[path] += 1
            self.request_headers.append((path, headers))
            return self.routes.get(path)


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hung up early (the timeout tests) is expected, not news


def _handler(site: LoopbackSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            path = self.path.split("?")[0]
            route = site._answer(path, {k.lower(): v for k, v in self.headers.items()})
            if route is None:
                return self._send(404, b"not found", {"Content-Type": "text/plain"})
            if route.delay and site.closing.wait(route.delay):
                return
            if site.hits[path] <= route.fail_first:
                return self._send(500, b"try again", {"Content-Type": "text/plain"})
            headers = {"Content-Type": route.content_type, **route.headers}
            if route.etag:
                headers["ETag"] = route.etag
                if self.headers.get("If-None-Match") == route.etag:
                    return self._send(304, b"", {"ETag": route.etag})
            self._send(route.status, route.body, headers, drip=route.drip, length=route.length)

        def _send(self, status: int, body: bytes, headers: dict[str, str], *, drip: float = 0.0,
                  length: bool = True) -> None:
            try:
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                if status != 304 and length:
                    self.send_header("Content-Length", str(len(body)))
                elif not length:
                    self.send_header("Connection", "close")
                    self.close_connection = True
                self.end_headers()
                if not drip:
                    self.wfile.write(body)
                    return
                for start in range(0, len(body), 16):
                    if site.closing.wait(drip):
                        return
                    self.wfile.write(body[start:start + 16])
                    self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test): nothing to do

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (http.server's name)
            pass

    return Handler


def article_html(number: int, *, canonical: str | None = None, published: str = "2025-03-14") -> bytes:
    """An invented news page with one clear event, different for every ``number``."""
    title, text = article_text(number, published=published)
    link = f'<link rel="canonical" href="{escape(canonical)}">' if canonical else ""
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n"))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>{link}'
            f'<meta property="article:published_time" content="{published}T08:00:00Z">'
            f'<meta property="og:site_name" content="Loopback Wire"></head><body>'
            f'<nav><a href="/">Home</a> <a href="/world">World</a></nav>'
            f'<article><h1>{escape(title)}</h1>{paragraphs}</article>'
            f'<footer>Loopback Wire, an invented outlet for tests.</footer></body></html>').encode()


def article_text(number: int, *, published: str = "2025-03-14") -> tuple[str, str]:
    """(title, body) of invented article ``number``: a place, a kind of attack, figures."""
    city, country, place, act = _PLACES[number % len(_PLACES)]
    year, month, day = (int(part) for part in published.split("-"))
    killed, wounded = 2 + number % 7, 5 + number % 11
    title = f"{act.split(' ', 2)[1].capitalize()} attack in {place} kills {killed} (report {number})"
    body = (f"{city}, {country}, {_MONTHS[month - 1]} {day} (Loopback Wire) - {act} in {place} on "
            f"{_weekday(year, month, day)}, killing {killed} people and wounding {wounded}, the regional "
            f"governor said in report number {number}.\n\n"
            f"Emergency crews worked through the night, the governor added, and schools in the district "
            f"stayed closed the next day while engineers inspected the damage (report {number}).")
    return title, body


def _weekday(year: int, month: int, day: int) -> str:
    import datetime as dt

    return dt.date(year, month, day).strftime("%A")


def rss(items: list[tuple[str, str, str]], *, title: str = "Loopback Wire") -> bytes:
    """An RSS 2.0 feed of (guid, link, ISO date) items, newest first as feeds are."""
    entries = "".join(
        f"<item><title>Report {escape(guid)}</title><link>{escape(link)}</link>"
        f"<guid isPermaLink=\"false\">{escape(guid)}</guid>"
        f"<pubDate>{formatdate(time.mktime(time.strptime(day, '%Y-%m-%d')), usegmt=True)}</pubDate></item>"
        for guid, link, day in reversed(items))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{escape(title)}</title>'
            f"<link>http://127.0.0.1/</link><description>invented</description>{entries}</channel></rss>"
            ).encode()
