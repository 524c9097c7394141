"""Kept answers (``dateline.serve.cache``): the same question is answered from memory, and
never after the store changed, whoever changed it (another process's ingest, an analyst's
merge or split through the API)."""

from __future__ import annotations

import datetime as dt

from dateline.models import Document, Event
from dateline.serve.cache import AnswerStore, ResponseCache, _Answer
from dateline.store import Store

from .conftest import TOKEN, auth, fill, make_client


def fill_store(store: Store, engine: object) -> Store:
    fill(store, engine)
    return store


def _cache(client) -> ResponseCache:  # type: ignore[no-untyped-def]
    """The cache middleware of a test client's app (built on the first request)."""
    layer = client.app.middleware_stack
    while not isinstance(layer, ResponseCache):
        layer = layer.app
    return layer


def _other_process_adds(target: str, doc_id: str, day: dt.date) -> None:
    """What `dateline ingest` in another process does: its own connection, its own commit."""
    with Store(target) as other:
        doc = Document(id=doc_id, text="Gunmen attacked a convoy near Gao.", published=day.isoformat())
        other.add(doc, [Event(doc_id=doc_id, event_date=day, sub_event_type="Attack", country_code="ML",
                              location="Gao", latitude=16.27, longitude=-0.04, fatalities=3)])


def test_the_same_question_is_answered_from_memory_until_the_store_changes(store_target: str, engine):  # type: ignore[no-untyped-def]
    with Store(store_target) as store, make_client(fill_store(store, engine)) as client:
        first = client.get("/api/events", params={"limit": 500})
        cache = _cache(client)
        hits = cache.answers.hits
        again = client.get("/api/events", params={"limit": 500})
        assert cache.answers.hits == hits + 1
        assert again.content == first.content and again.headers["content-type"] == first.headers["content-type"]
        assert "content-security-policy" in again.headers  # outer layers still apply to kept answers
        _other_process_adds(store.target, "later-wire", dt.date(2031, 5, 2))
        fresh = client.get("/api/events", params={"limit": 500})
        assert fresh.json()["count"] == first.json()["count"] + 1
        assert "later-wire" in {row["doc_id"] for row in fresh.json()["events"]}
        stats = client.get("/api/stats").json()
        assert stats["total"]["last_day"] == "2031-05-02"


def test_different_questions_and_encodings_are_kept_apart(client):  # type: ignore[no-untyped-def]
    iraq = client.get("/api/events", params={"country": "IQ"}).json()
    spain = client.get("/api/events", params={"country": "ES"}).json()
    assert {row["country_code"] for row in iraq["events"]} == {"IQ"}
    assert {row["country_code"] for row in spain["events"]} <= {"ES"}
    plain = client.get("/api/points", headers={"Accept-Encoding": "identity"})
    packed = client.get("/api/points", headers={"Accept-Encoding": "gzip"})
    assert plain.headers.get("content-encoding") is None and packed.json() == plain.json()


def test_errors_are_never_kept(client):  # type: ignore[no-untyped-def]
    cache = _cache(client)
    before = dict(cache.answers._answers)
    assert client.get("/api/events", params={"limit": 0}).status_code == 422
    assert dict(cache.answers._answers).keys() == before.keys()


def test_an_analysts_merge_shows_at_once(writable):  # type: ignore[no-untyped-def]
    canonical = writable.get("/api/events", params={"canonical": True, "limit": 100}).json()["events"]
    keep, other = canonical[0], canonical[1]
    assert writable.get("/api/events", params={"canonical": True, "limit": 100}).json()["events"] == canonical
    merged = writable.post(f"/api/events/{keep['event_id']}/merge", json={"other": other["event_id"]},
                           headers=auth(TOKEN))
    assert merged.status_code == 200, merged.text
    after = writable.get("/api/events", params={"canonical": True, "limit": 100}).json()["events"]
    assert len(after) == len(canonical) - 1
    assert other["event_id"] not in {row["event_id"] for row in after}


def test_the_store_of_answers_stays_within_its_bytes():
    answers = AnswerStore(max_bytes=10_000)
    start = {"type": "http.response.start", "status": 200, "headers": []}
    for number in range(20):
        answers.put(("/api/stats", str(number), "", ""), 0, _Answer(start, b"x" * 1_000)) if answers.get(
            ("/api/stats", str(number), "", ""), 0) is None else None
    kept = answers._answers
    assert 0 < len(kept) <= 10 and sum(answer.size for answer in kept.values()) <= 10_000
    assert ("/api/stats", "19", "", "") in kept and ("/api/stats", "0", "", "") not in kept
    answers.put(("/api/points", "", "", ""), 0, _Answer(start, b"y" * 5_000))  # over a quarter: not kept
    assert ("/api/points", "", "", "") not in answers._answers
    assert answers.get(("/api/stats", "19", "", ""), 1) is None and not answers._answers  # new version: emptied


# -- answers shared by the workers of one server (dateline.serve.shared) --------------------

def test_shared_answers_by_version_claim_and_size(tmp_path):  # type: ignore[no-untyped-def]
    from dateline.serve.shared import CLAIM_SECONDS, SharedAnswers

    one, two = SharedAnswers(tmp_path, max_bytes=40_000), SharedAnswers(tmp_path, max_bytes=40_000)
    headers = [(b"content-type", b"application/json")]
    one.put("q1", 7, 200, headers, b"answer")
    assert two.get("q1", 7) == (200, headers, b"answer")  # another worker finds it
    assert two.get("q1", 8) is None and one.get("q1", 7) is None  # a new change number: gone for all
    assert one.claim("q2", 8) and not two.claim("q2", 8) and two.claimed("q2", 8)
    one.put("q2", 8, 200, headers, b"done")  # keeping the answer lets go of the claim
    assert not two.claimed("q2", 8) and two.claim("q2", 8)
    two.release("q2", 8)
    assert one.claim("q3", 8)
    with one._lock:  # a claim as old as a dead worker's is taken over
        one._conn().execute("UPDATE claims SET at = at - ? WHERE key = 'q3'", (CLAIM_SECONDS + 1,))
    assert two.claim("q3", 8)
    for number in range(30):
        one.put(f"many-{number}", 8, 200, headers, b"z" * 3_000)
    with one._lock:
        total = one._conn().execute("SELECT sum(size) FROM answers").fetchone()[0]
    assert total <= 40_000 and two.get("many-29", 8) is not None and two.get("many-0", 8) is None
    one.put("huge", 8, 200, headers, b"h" * 20_000)  # over a quarter: not kept
    assert two.get("huge", 8) is None
    one.close()
    two.close()


def _shared_client(store: Store, directory):  # type: ignore[no-untyped-def]
    import os

    from fastapi.testclient import TestClient

    from dateline.serve import create_app
    from dateline.settings import Settings

    environ = {k: v for k, v in os.environ.items() if k in ("DATELINE_DATA_DIR", "DATELINE_GAZETTEER")}
    app = create_app(Settings.from_env(environ=environ, db=store.target), store=store, shared_answers=directory)
    return TestClient(app, raise_server_exceptions=False)


def test_workers_share_answers_and_never_stale_ones(tmp_path, engine):  # type: ignore[no-untyped-def]
    target = str(tmp_path / "shared.db")
    with Store(target) as first_store, Store(target) as second_store:
        fill(first_store, engine)
        with _shared_client(first_store, tmp_path) as first, _shared_client(second_store, tmp_path) as second:
            answer = first.get("/api/stats")
            assert second.get("/api/stats").content == answer.content
            assert _cache(second).shared.hits == 1  # type: ignore[union-attr]
            _other_process_adds(target, "later-wire", dt.date(2031, 5, 2))
            assert second.get("/api/stats").json()["total"]["last_day"] == "2031-05-02"
            assert first.get("/api/stats").json()["total"]["last_day"] == "2031-05-02"


def test_a_worker_waits_for_the_answer_another_worker_computes(tmp_path, engine):  # type: ignore[no-untyped-def]
    """A question claimed by another worker is not computed again: its answer is awaited.
    A claim let go without an answer (an error) is computed here after all."""
    import threading

    from dateline.serve.shared import SharedAnswers
    from dateline.store.changes import latest_seq

    target = str(tmp_path / "wait.db")
    with Store(target) as store:
        fill(store, engine)
        with _shared_client(store, tmp_path) as client:
            client.get("/api/stats")
            other = SharedAnswers(tmp_path, max_bytes=1 << 20)
            with other._lock:
                key = other._conn().execute("SELECT key FROM answers").fetchone()[0]
            _other_process_adds(target, "later-wire", dt.date(2031, 5, 2))
            version = latest_seq(store)
            assert other.claim(key, version)
            marker = b'{"computed": "by the other worker"}'
            headers = [(b"content-type", b"application/json"), (b"content-length", str(len(marker)).encode())]
            threading.Timer(0.2, lambda: other.put(key, version, 200, headers, marker)).start()
            assert client.get("/api/stats").content == marker
            assert _cache(client).joined == 1
            _other_process_adds(target, "even-later-wire", dt.date(2031, 6, 2))
            version = latest_seq(store)
            assert other.claim(key, version)
            threading.Timer(0.2, lambda: other.release(key, version)).start()
            assert client.get("/api/stats").json()["total"]["last_day"] == "2031-06-02"
            other.close()
