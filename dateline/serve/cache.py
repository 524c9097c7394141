"""Answers kept for the next client who asks the same, until the store changes.

Analysts of one team look at the same countries and weeks, and every open dashboard asks for
the same map points; a filtered page costs the server milliseconds of SQL and encoding, a kept
answer almost nothing. :class:`ResponseCache` keeps whole successful answers of the read
endpoints in ``CACHED_PATHS`` (status, headers and the possibly gzipped body, keyed by path,
query, host and whether the client takes gzip) in a least-recently-used map bounded in bytes.

Freshness is exact, not timed: every answer is stored with the store's change number (the
ingest sequence, which ingest, watch, delete, merge and split all advance, from any process),
that number is read again for every request (one indexed ``max``), and a different number
empties the map. A client therefore never sees an answer older than the last change it could
have seen, whichever process wrote it.
"""

from __future__ import annotations

import asyncio
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field

from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CACHED_PATHS = frozenset({"/api/events", "/api/stats", "/api/points", "/api/claims"})
# one answer bigger than this share of the cache is passed through, not kept
LARGEST_SHARE = 4


@dataclass
class _Answer:
    start: Message
    body: bytes
    size: int = field(init=False)

    def __post_init__(self) -> None:
        self.size = len(self.body) + sum(len(k) + len(v) for k, v in self.start.get("headers", []))


class AnswerStore:
    """The least-recently-used map of answers, for one version of the store."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.version: int | None = None
        self._answers: OrderedDict[tuple[str, ...], _Answer] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, key: tuple[str, ...], version: int) -> _Answer | None:
        with self._lock:
            if version != self.version:
                self._answers.clear()
                self._bytes = 0
                self.version = version
            answer = self._answers.get(key)
            if answer is None:
                self.misses += 1
                return None
            self._answers.move_to_end(key)
            self.hits += 1
            return answer

    def put(self, key: tuple[str, ...], version: int, answer: _Answer) -> None:
        with self._lock:
            if version != self.version or answer.size * LARGEST_SHARE > self.max_bytes:
                return
            old = self._answers.pop(key, None)
            self._bytes += answer.size - (old.size if old else 0)
            self._answers[key] = answer
            while self._bytes > self.max_bytes:
                _key, dropped = self._answers.popitem(last=False)
                self._bytes -= dropped.size


class ResponseCache:
    """ASGI middleware in front of the read endpoints (and outside gzip, so kept answers are
    kept compressed); ``version`` reads the store's change number, in the thread pool unless
    ``inline`` says it is quick enough for the event loop (a SQLite file, see
    :class:`~dateline.store.changes.LatestSeq`).

    The same question asked again while its first asking is being answered waits for that
    answer instead of computing it once more: when a view is shared (a team opening the same
    link) or every dashboard reloads after a change, one request does the work."""

    def __init__(self, app: ASGIApp, version: Callable[[], int], max_bytes: int, inline: bool = False) -> None:
        self.app = app
        self.version = version
        self.inline = inline
        self.answers = AnswerStore(max_bytes)
        self._pending: dict[tuple[tuple[str, ...], int], asyncio.Future[_Answer | None]] = {}
        self.joined = 0  # requests answered by another's computation (for tests and tuning)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"] not in CACHED_PATHS:
            await self.app(scope, receive, send)
            return
        try:
            version = self.version() if self.inline else await run_in_threadpool(self.version)
        except Exception:  # the store is unreachable: let the endpoint answer (with its problem)
            await self.app(scope, receive, send)
            return
        key = _key(scope)
        kept = self.answers.get(key, version)
        if kept is None and (key, version) in self._pending:
            kept = await asyncio.shield(self._pending[(key, version)])
            self.joined += kept is not None
        if kept is not None:  # a copy: outer middleware (CORS) edits the headers it is sent
            await send({**kept.start, "headers": list(kept.start.get("headers", []))})
            await send({"type": "http.response.body", "body": kept.body})
            return
        pending: asyncio.Future[_Answer | None] = asyncio.get_running_loop().create_future()
        self._pending.setdefault((key, version), pending)
        start: Message = {}
        chunks: list[bytes] = []

        async def keeping(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = {**message, "headers": list(message.get("headers", []))}
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False) and start.get("status") == 200:
                    answer = _Answer(start, b"".join(chunks))
                    self.answers.put(key, version, answer)
                    if not pending.done():
                        pending.set_result(answer)
            await send(message)

        try:
            await self.app(scope, receive, keeping)
        finally:  # an error, or an answer not kept: those who waited ask for themselves
            if not pending.done():
                pending.set_result(None)
            if self._pending.get((key, version)) is pending:
                del self._pending[(key, version)]


def _key(scope: Scope) -> tuple[str, ...]:
    headers = dict(scope.get("headers", []))
    gzip = b"gzip" in headers.get(b"accept-encoding", b"")
    return (scope["path"], scope.get("query_string", b"").decode("latin-1"),
            headers.get(b"host", b"").decode("latin-1"), "gzip" if gzip else "")
