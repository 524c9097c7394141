"""Answers kept for the next client who asks the same, until the store changes.

Analysts of one team look at the same countries and weeks, and every open dashboard asks for
the same map points; a filtered page costs the server milliseconds of SQL and encoding, a kept
answer almost nothing. :class:`ResponseCache` keeps whole successful answers of the read
endpoints in ``CACHED_PATHS`` (status, headers and the possibly gzipped body, keyed by path,
query, host and whether the client takes gzip) in a least-recently-used map bounded in bytes.

The same question asked while it is being answered waits for that answer; with several
workers, answers are also shared between them, and a question one worker computes is awaited
by the others (:mod:`.shared`).

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

from .shared import CLAIM_SECONDS, SharedAnswers

CACHED_PATHS = frozenset({"/api/events", "/api/stats", "/api/points", "/api/claims"})
# one answer bigger than this share of the cache is passed through, not kept
LARGEST_SHARE = 4
# how often a worker looks for the answer another worker is computing for it
SHARED_POLL_SECONDS = 0.003


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

    def __init__(self, app: ASGIApp, version: Callable[[], int], max_bytes: int, inline: bool = False,
                 shared: SharedAnswers | None = None) -> None:
        self.app = app
        self.version = version
        self.inline = inline
        self.answers = AnswerStore(max_bytes)
        self.shared = shared
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
        kept = self.answers.get(key, version) or self._shared_get(key, version)
        if kept is None and (key, version) in self._pending:
            kept = await asyncio.shield(self._pending[(key, version)])
            self.joined += kept is not None
        if kept is not None:
            await _send_answer(send, kept)
            return
        pending: asyncio.Future[_Answer | None] = asyncio.get_running_loop().create_future()
        self._pending[(key, version)] = pending
        claimed = False
        try:
            if self.shared is not None:
                claimed = self.shared.claim(_shared_key(key), version)
                if not claimed:  # another worker computes it: wait for its answer
                    kept = await self._wait_shared(key, version)
                    if kept is not None:
                        self.joined += 1
                        pending.set_result(kept)
                        await _send_answer(send, kept)
                        return
            await self._compute(scope, receive, send, key, version, pending)
        finally:  # an error, or an answer not kept: those who waited ask for themselves
            if not pending.done():
                pending.set_result(None)
            if self._pending.get((key, version)) is pending:
                del self._pending[(key, version)]
            if claimed and self.shared is not None:
                self.shared.release(_shared_key(key), version)

    async def _compute(self, scope: Scope, receive: Receive, send: Send, key: tuple[str, ...], version: int,
                       pending: asyncio.Future[_Answer | None]) -> None:
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
                    if self.shared is not None:
                        self.shared.put(_shared_key(key), version, 200, start["headers"], answer.body)
                    if not pending.done():
                        pending.set_result(answer)
            await send(message)

        await self.app(scope, receive, keeping)

    def _shared_get(self, key: tuple[str, ...], version: int) -> _Answer | None:
        """The answer another worker kept (now kept here too)."""
        if self.shared is None:
            return None
        found = self.shared.get(_shared_key(key), version)
        if found is None:
            return None
        status, headers, body = found
        answer = _Answer({"type": "http.response.start", "status": status, "headers": headers}, body)
        self.answers.put(key, version, answer)
        return answer

    async def _wait_shared(self, key: tuple[str, ...], version: int) -> _Answer | None:
        """Poll for the answer another worker claimed, until it is there or no longer claimed
        (an error, an answer too big to keep, a worker gone: then compute it here)."""
        assert self.shared is not None
        loop = asyncio.get_running_loop()
        deadline = loop.time() + CLAIM_SECONDS
        while loop.time() < deadline:
            await asyncio.sleep(SHARED_POLL_SECONDS)
            kept = self._shared_get(key, version)
            if kept is not None:
                return kept
            if not self.shared.claimed(_shared_key(key), version):
                return self._shared_get(key, version)
        return None


async def _send_answer(send: Send, kept: _Answer) -> None:
    # a copy of the headers: outer middleware (CORS) edits the headers it is sent
    await send({**kept.start, "headers": list(kept.start.get("headers", []))})
    await send({"type": "http.response.body", "body": kept.body})


def _shared_key(key: tuple[str, ...]) -> str:
    return "\n".join(key)


def _key(scope: Scope) -> tuple[str, ...]:
    headers = dict(scope.get("headers", []))
    gzip = b"gzip" in headers.get(b"accept-encoding", b"")
    return (scope["path"], scope.get("query_string", b"").decode("latin-1"),
            headers.get(b"host", b"").decode("latin-1"), "gzip" if gzip else "")
