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
