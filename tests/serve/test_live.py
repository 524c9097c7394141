"""Live changes over HTTP: ``GET /api/changes`` (pages of the ingest sequence with each
document's events) and ``GET /api/changes/stream`` (server-sent events: replay, resume with
Last-Event-ID, new documents as they are stored by another writer, heartbeats, a bounded
number of streams, a clean end when the server stops), on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import sqlalchemy as sa

from dateline.models import Document
from dateline.pipeline import ingest
from dateline.serve.live import LiveOptions
from dateline.store import EventQuery, Store
from dateline.store.changes import latest_seq
from dateline.watch.loopback import article_text

from .conftest import TOKEN, assert_problem, auth, fill, make_client
from .sse import named, read_until

# quick polls and heartbeats; a stream ends by itself after 20 s, so a test whose awaited
# event never comes fails instead of hanging
FAST = LiveOptions(poll_seconds=0.02, heartbeat_seconds=0.2, max_stream_seconds=20)


@pytest.fixture
def target(store_target: str, engine: object) -> str:
    """A store of examples/ that the server and a second writer (as ``dateline watch`` would
    be) open each on their own."""
    with Store(store_target) as filled:
        fill(filled, engine)
    return store_target


@pytest.fixture
def served(target: str) -> Iterator[Store]:
    with Store(target) as opened:
        yield opened


def write_article(target: str, engine: object, tmp_path, number: int) -> str:
    """Store an invented article through another connection, as another process would."""
    title, body = article_text(number, published="2025-06-02")
    path = tmp_path / f"live-{number}.txt"
    path.write_text(f"date: 2025-06-02\ntitle: {title}\n\n{body}\n", encoding="utf-8")
    with Store(target) as writer:
        summary = ingest([path], writer, engine=engine)  # type: ignore[arg-type]
    assert summary.ok and summary.added == 1, summary.errors
    return path.stem


def all_changes(client) -> list[dict]:
    response = client.get("/api/changes", params={"since": 0, "limit": 1000})
    assert response.status_code == 200, response.text
    return response.json()["changes"]


def test_changes_list_every_document_with_its_events(served: Store):
    with make_client(served) as client:
        body = client.get("/api/changes", params={"since": 0, "limit": 1000}).json()
    documents = {doc.id for doc in served.documents()}
    assert body["count"] == len(body["changes"]) == len(documents) and not body["reset"]
    assert {c["doc_id"] for c in body["changes"]} == documents
    assert {c["change"] for c in body["changes"]} == {"added"}
    seqs = [c["seq"] for c in body["changes"]]
    assert seqs == sorted(seqs) and body["next"] == seqs[-1] == body["latest"] == latest_seq(served)
    for change in body["changes"]:
        stored = list(served.events(EventQuery(doc_id=change["doc_id"])))
        assert change["event_ids"] == sorted(e.event_id for e in stored)
        assert change["cluster_ids"] == sorted({e.cluster_id for e in stored if e.cluster_id})
    assert any(change["event_ids"] for change in body["changes"])


def test_pages_follow_next_and_health_gives_the_cursor(served: Store):
    with make_client(served) as client:
        health = client.get("/api/health").json()
        assert health["latest_change"] == latest_seq(served)
        pages, since = [], 0
        while True:
            page = client.get("/api/changes", params={"since": since, "limit": 3}).json()
            assert page["since"] == since and page["count"] <= 3
            if not page["changes"]:
                assert page["next"] == since == page["latest"]
                break
            pages.append(page["changes"])
            since = page["next"]
        assert [c for page in pages for c in page] == all_changes(client)
        assert client.get("/api/changes", params={"since": health["latest_change"]}).json()["changes"] == []


def test_updates_and_deletions_are_changes_too(served: Store):
    [doc_id] = [doc.id for doc in served.documents()][:1]
    with make_client(served) as client:
        since = client.get("/api/health").json()["latest_change"]
        served.add(Document(id=doc_id, text="A rewritten article that reports no event at all."), [])
        served.delete_document(doc_id)
        changes = client.get("/api/changes", params={"since": since}).json()["changes"]
    assert [(c["doc_id"], c["change"]) for c in changes] == [(doc_id, "updated"), (doc_id, "deleted")]
    assert all(c["event_ids"] == [] and c["cluster_ids"] == [] for c in changes)


def test_a_cursor_beyond_the_store_asks_for_a_reset(served: Store):
    with make_client(served) as client:
        latest = latest_seq(served)
        body = client.get("/api/changes", params={"since": latest + 50}).json()
        assert body["reset"] and body["changes"] == [] and body["next"] == body["latest"] == latest
        with client.stream("GET", "/api/changes/stream", headers={"Last-Event-ID": str(latest + 50)}) as response:
            [reset] = named(read_until(response.iter_lines(), lambda seen: seen[-1].kind == "reset"), "reset")
    assert reset.seq == latest and reset.data == {"since": latest + 50, "latest": latest}


@pytest.mark.parametrize("params", [{"since": -1}, {"since": "abc"}, {"since": 2**31}, {"limit": 0},
                                    {"limit": 1001}, {"limit": "many"}])
def test_bad_cursors_and_limits_are_problems(client, params):
    body = assert_problem(client.get("/api/changes", params=params), 422)
    assert body["errors"] and body["errors"][0]["loc"][0] == "query"


@pytest.mark.parametrize("headers, params", [({"Last-Event-ID": "abc"}, {}), ({"Last-Event-ID": "-3"}, {}),
                                             ({"Last-Event-ID": "9" * 30}, {}), ({"Last-Event-ID": str(2**31)}, {}),
                                             ({}, {"since": -1})])
def test_a_bad_stream_cursor_is_a_problem_not_a_stream(client, headers, params):
    response = client.get("/api/changes/stream", headers=headers, params=params)
    assert_problem(response, 422)


def test_openapi_documents_the_page_and_the_stream(client):
    paths = client.get("/openapi.json").json()["paths"]
    page = paths["/api/changes"]["get"]
    assert page["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].endswith("/ChangePage")
    stream = paths["/api/changes/stream"]["get"]
    assert list(stream["responses"]["200"]["content"]) == ["text/event-stream"]
    assert "max_live_streams" in stream["responses"]["503"]["description"]
    assert {p["name"] for p in stream["parameters"]} == {"since", "last-event-id"}


def test_the_stream_replays_then_follows_another_writer(target: str, served: Store, engine, tmp_path):
    with make_client(served, live=FAST) as client:
        expected = all_changes(client)
        with client.stream("GET", "/api/changes/stream", params={"since": 0}) as response:
            assert response.status_code == 200
            assert response.headers["content-type"].startswith("text/event-stream")
            assert response.headers["cache-control"] == "no-cache"
            lines = response.iter_lines()
            replay = read_until(lines, lambda seen: len(named(seen, "change")) == len(expected))
            assert replay[0].kind == "retry" and named(replay, "ready")[0].seq == 0
            assert [event.data for event in named(replay, "change")] == expected
            assert [event.seq for event in named(replay, "change")] == [c["seq"] for c in expected]

            doc_id = write_article(target, engine, tmp_path, 4)
            [arrived] = named(read_until(lines, lambda seen: seen[-1].kind == "change"), "change")
    stored = sorted(e.event_id for e in served.events(EventQuery(doc_id=doc_id)))
    assert arrived.data["doc_id"] == doc_id and arrived.data["change"] == "added"
    assert arrived.data["event_ids"] == stored and stored
    assert arrived.seq == expected[-1]["seq"] + 1 == latest_seq(served)


def test_last_event_id_resumes_and_wins_over_since(served: Store):
    with make_client(served, live=FAST) as client:
        expected = all_changes(client)
        resume_after = expected[-3]["seq"]
        with client.stream("GET", "/api/changes/stream", params={"since": 0},
                           headers={"Last-Event-ID": str(resume_after)}) as response:
            events = read_until(response.iter_lines(), lambda seen: len(named(seen, "change")) == 2)
    assert named(events, "ready")[0].seq == resume_after
    assert [e.data for e in named(events, "change")] == expected[-2:]


def test_a_stream_without_cursor_starts_now_and_beats_when_idle(served: Store):
    with make_client(served, live=FAST) as client:
        with client.stream("GET", "/api/changes/stream", headers={"Accept-Encoding": "gzip"}) as response:
            assert "content-encoding" not in response.headers  # compressed, events would wait in a buffer
            events = read_until(response.iter_lines(), lambda seen: seen[-1].kind == "comment")
    [ready] = named(events, "ready")
    assert ready.seq == latest_seq(served) and ready.data["latest"] == ready.seq
    assert events[-1].text == "keep-alive" and not named(events, "change")


def test_a_document_posted_to_this_server_reaches_open_streams_at_once(target: str, served: Store, engine):
    """With a poll once a minute, only the server's own nudge can bring the change before the
    stream's end (10 s)."""
    slow = LiveOptions(poll_seconds=60, heartbeat_seconds=60, max_stream_seconds=10)
    title, body = article_text(2, published="2025-06-03")
    with make_client(served, engine, live=slow, api_token=TOKEN) as client:
        with client.stream("GET", "/api/changes/stream") as response:
            lines = response.iter_lines()
            read_until(lines, lambda seen: seen[-1].kind == "ready")
            posted = client.post("/api/documents", params={"id": "posted-live"}, content=f"{title}\n\n{body}",
                                 headers={"Content-Type": "text/plain", **auth()})
            assert posted.json()["added"] == 1
            events = read_until(lines, lambda seen: seen[-1].kind == "change")
    assert [e.data["doc_id"] for e in named(events, "change")] == ["posted-live"]


def test_streams_are_bounded_and_a_closed_one_frees_its_slot(served: Store):
    with make_client(served, live=FAST, max_live_streams=1) as client:
        with client.stream("GET", "/api/changes/stream") as first:
            lines = first.iter_lines()  # held: a dropped iterator would end the stream
            read_until(lines, lambda seen: seen[-1].kind == "ready")
            refused = client.get("/api/changes/stream")
            body = assert_problem(refused, 503)
            assert "max_live_streams" in body["detail"] and refused.headers["retry-after"].isdigit()
            assert client.get("/api/changes", params={"since": 0, "limit": 1}).status_code == 200
        with client.stream("GET", "/api/changes/stream") as again:
            assert again.status_code == 200
            assert named(read_until(again.iter_lines(), lambda seen: seen[-1].kind == "ready"), "ready")


def test_streams_end_cleanly_when_the_server_stops(served: Store):
    with make_client(served, live=FAST) as client:
        resources = client.app.state.resources  # type: ignore[attr-defined]
        with client.stream("GET", "/api/changes/stream") as response:
            lines = response.iter_lines()
            read_until(lines, lambda seen: seen[-1].kind == "ready")
            client.portal.call(resources.end_streams)  # what the server does first when it stops
            rest = read_until(lines, lambda seen: False)  # to the end of the answer
        assert rest and "stopping" in rest[-1].text and not named(rest, "change")
        assert_problem(client.get("/api/changes/stream"), 503)  # no new stream on a stopping server


def test_an_unreachable_store_is_503_not_500(served: Store, monkeypatch: pytest.MonkeyPatch):
    def down(*_args: object, **_kwargs: object) -> None:
        raise sa.exc.OperationalError("SELECT 1", {}, ConnectionRefusedError("connection refused"))

    with make_client(served, live=FAST) as client:
        monkeypatch.setattr(Store, "counts", down)
        monkeypatch.setattr("dateline.serve.live.changes_since", down)
        monkeypatch.setattr("dateline.serve.live.latest_seq", down)
        for path in ("/api/health", "/api/changes", "/api/changes/stream"):
            body = assert_problem(client.get(path), 503)
            assert "connection refused" in body["detail"], path
