"""End to end: ``dateline serve`` as its own process over a temporary store, while other
processes write to the store (``dateline ingest`` of a file, ``dateline watch --once`` of a
feed on loopback). Their events arrive through the live stream; SIGTERM ends the stream
cleanly and the server exits; a restarted server replays what was stored meanwhile to a
client that resumes with Last-Event-ID."""

from __future__ import annotations

import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from dateline.store import EventQuery, Store
from dateline.watch.loopback import LoopbackSite, article_html, article_text, rss

from .sse import Sse, parse

pytestmark = pytest.mark.slow
WAIT = 60.0  # seconds a test waits for what must come before it fails (a guard, not a measure)
QUIET = {"DATELINE_API_TOKEN": "", "DATELINE_HOST_DELAY": "0", "DATELINE_FETCH_TIMEOUT": "5"}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """``dateline serve --db target`` on a free loopback port, its output in ``log``."""

    def __init__(self, target: str, log: Path, workers: int = 1) -> None:
        self.port = _free_port()
        self.origin = f"http://127.0.0.1:{self.port}"
        self.log = log.open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "dateline", "serve", "--db", target, "--port", str(self.port),
             "--workers", str(workers)],
            stdout=self.log, stderr=subprocess.STDOUT, env={**os.environ, **QUIET})
        deadline = time.monotonic() + WAIT
        while True:
            try:
                if httpx.get(self.origin + "/api/health", timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise AssertionError(f"dateline serve did not start:\n{log.read_text(errors='replace')}")
            time.sleep(0.1)

    def terminate(self) -> int:
        """SIGTERM, then its exit status (killed after WAIT seconds: that fails the test)."""
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(WAIT)
        finally:
            self.stop()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.log.close()


class Stream(threading.Thread):
    """A client of /api/changes/stream in the background: events into a queue, then how the
    answer ended ("complete": the chunked body was terminated properly)."""

    def __init__(self, url: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(daemon=True)
        self.url = url
        self.headers = headers or {}
        self.events: queue.Queue[Sse | None] = queue.Queue()
        self.seen: list[Sse] = []
        self.outcome: str = "running"
        self.start()

    def run(self) -> None:
        try:
            with httpx.stream("GET", self.url, headers=self.headers, timeout=httpx.Timeout(10, read=WAIT)) as answer:
                answer.raise_for_status()
                for event in parse(answer.iter_lines()):
                    self.events.put(event)
            self.outcome = "complete"
        except httpx.HTTPError as exc:
            self.outcome = f"{type(exc).__name__}: {exc}"
        finally:
            self.events.put(None)

    def next(self, kind: str) -> Sse:
        """The next event named ``kind`` (comments and others are kept in ``seen``)."""
        deadline = time.monotonic() + WAIT
        while (left := deadline - time.monotonic()) > 0:
            try:
                event = self.events.get(timeout=left)
            except queue.Empty:
                break
            if event is None:
                raise AssertionError(f"the stream ended ({self.outcome}) before a {kind!r} event")
            self.seen.append(event)
            if event.kind == kind:
                return event
        raise AssertionError(f"no {kind!r} event within {WAIT} s; saw {self.seen}")

    def rest(self) -> list[Sse]:
        """Everything up to the end of the answer."""
        self.join(WAIT)
        assert not self.is_alive(), "the stream did not end"
        rest = []
        while (event := self.events.get_nowait()) is not None:
            rest.append(event)
        return rest


def dateline(*args: str) -> None:
    done = subprocess.run([sys.executable, "-m", "dateline", *args], capture_output=True, text=True,
                          env={**os.environ, **QUIET}, timeout=300)
    assert done.returncode == 0, done.stderr


def article_file(folder: Path, number: int) -> Path:
    title, body = article_text(number, published="2025-06-02")
    path = folder / f"wire-{number}.txt"
    path.write_text(f"date: 2025-06-02\ntitle: {title}\n\n{body}\n", encoding="utf-8")
    return path


def events_of(target: str, doc_id: str) -> list[str]:
    with Store(target) as store:
        return sorted(event.event_id for event in store.events(EventQuery(doc_id=doc_id)))


@pytest.fixture
def target(tmp_path: Path, gazetteer: object) -> str:
    """An empty store (``gazetteer``: compiled before the writers start, in the tests' data directory)."""
    path = str(tmp_path / "live.db")
    Store(path).close()
    return path


@pytest.fixture
def site() -> Iterator[LoopbackSite]:
    with LoopbackSite() as running:
        yield running


def test_what_ingest_and_watch_store_arrives_live_and_sigterm_ends_the_stream(
        target: str, tmp_path: Path, site: LoopbackSite) -> None:
    server = Server(target, tmp_path / "serve.log")
    try:
        stream = Stream(server.origin + "/api/changes/stream")
        ready = stream.next("ready")

        dateline("ingest", str(article_file(tmp_path, 1)), "--db", target)
        ingested = stream.next("change")
        assert ingested.data["doc_id"] == "wire-1" and ingested.data["change"] == "added"
        assert ingested.data["event_ids"] == events_of(target, "wire-1") != []

        site.route("/a/3", body=article_html(3, canonical=site.url("/a/3"), published="2025-06-03"))
        site.route("/feed.xml", content_type="application/rss+xml",
                   body=rss([("item-3", site.url("/a/3"), "2025-06-03")]))
        dateline("watch", site.url("/feed.xml"), "--db", target, "--once")
        watched = stream.next("change")
        assert watched.seq == ingested.seq + 1 and watched.data["change"] == "added"
        assert watched.data["event_ids"] == events_of(target, watched.data["doc_id"]) != []

        # the same changes for a client that polls, and the new events in the API
        page = httpx.get(server.origin + "/api/changes", params={"since": ready.seq}).json()
        assert page["changes"] == [ingested.data, watched.data] and page["latest"] == watched.seq
        listed = httpx.get(server.origin + "/api/events", params={"doc": "wire-1"}).json()["events"]
        assert sorted(row["event_id"] for row in listed) == ingested.data["event_ids"]

        status = server.terminate()
    finally:
        server.stop()
    rest = stream.rest()
    assert stream.outcome == "complete", stream.outcome  # a properly ended answer, not a cut connection
    assert rest and "stopping" in rest[-1].text
    assert status in (0, -signal.SIGTERM), status  # uvicorn re-raises the SIGTERM it handled


def test_a_client_that_resumes_after_a_restart_gets_what_was_stored_meanwhile(target: str, tmp_path: Path) -> None:
    first = Server(target, tmp_path / "serve-1.log")
    try:
        stream = Stream(first.origin + "/api/changes/stream")
        last_seen = stream.next("ready").seq
        first.terminate()
    finally:
        first.stop()
    stream.rest()

    dateline("ingest", str(article_file(tmp_path, 2)), "--db", target)  # while no server runs

    second = Server(target, tmp_path / "serve-2.log")
    try:
        # what EventSource does when the server is back: the same address, Last-Event-ID
        resumed = Stream(second.origin + "/api/changes/stream", headers={"Last-Event-ID": str(last_seen)})
        change = resumed.next("change")
        assert change.seq == last_seen + 1 and change.data["doc_id"] == "wire-2"
        second.terminate()
    finally:
        second.stop()
    resumed.rest()
    assert resumed.outcome == "complete", resumed.outcome


def _children(pid: int) -> set[int]:
    """Process ids whose parent is ``pid`` (from /proc, as ``pgrep -P`` reads it)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def test_several_workers_share_the_port_see_every_change_and_stop_together(target: str, tmp_path: Path) -> None:
    server = Server(target, tmp_path / "serve.log", workers=2)
    try:
        workers = _children(server.process.pid)
        assert len(workers) >= 2, workers  # spawn may add its resource tracker beside the two
        streams = [Stream(server.origin + "/api/changes/stream") for _ in range(4)]  # spread over workers
        for stream in streams:
            stream.next("ready")
        before = httpx.get(server.origin + "/api/events").json()["count"]
        dateline("ingest", str(article_file(tmp_path, 5)), "--db", target)
        for stream in streams:
            assert stream.next("change").data["doc_id"] == "wire-5"
        for _ in range(6):  # whichever worker answers, and whatever it kept, the new events are there
            with httpx.Client() as fresh_connection:
                assert fresh_connection.get(server.origin + "/api/events").json()["count"] > before
        status = server.terminate()
    finally:
        server.stop()
    for stream in streams:
        stream.rest()
        assert stream.outcome == "complete", stream.outcome
    assert status == 0, status
    # spawn's resource tracker exits once the supervisor has: on a busy machine it may still be
    # on its way out when the supervisor is gone, so give the children a moment
    deadline = time.monotonic() + 5
    while any(_running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_running(pid) for pid in workers)


def _running(pid: int) -> bool:
    try:
        return "zombie" not in Path(f"/proc/{pid}/status").read_text()
    except OSError:  # gone
        return False
