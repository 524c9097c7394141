"""Writes over HTTP: the token rules, ingest with the CLI's readers and limits (each
document's outcome in the answer), body bounds, and the analysts' merge and split."""

from __future__ import annotations

import json

from dateline.store import EventQuery, Store

from .conftest import TOKEN, assert_problem, auth, fill, make_client

ARTICLE = ("date: 2025-03-14\ntitle: Missile strike on Kharkiv\nsource: Example Wire\n\n"
           "KHARKIV, Ukraine, March 14 (Example Wire) - A Russian missile struck an apartment block in "
           "Kharkiv on Friday, killing four people and wounding 27, the regional governor said.\n")


def test_a_server_without_token_refuses_every_write(store: Store, engine):
    fill(store, engine)
    client = make_client(store)
    event = next(store.events())
    for path, kwargs in (("/api/documents", {"content": ARTICLE, "headers": {"Content-Type": "text/plain"}}),
                         (f"/api/events/{event.event_id}/merge", {"json": {"other": event.event_id}}),
                         (f"/api/events/{event.event_id}/split", {})):
        body = assert_problem(client.post(path, **kwargs), 403)
        assert "read-only" in body["detail"]
        assert_problem(client.post(path, headers=auth(), **{k: v for k, v in kwargs.items() if k != "headers"}), 403)
    assert client.get("/api/health").json()["documents"] == store.counts()["documents"]


def test_a_missing_or_wrong_token_is_401(writable):
    for headers in ({}, auth("wrong"), {"Authorization": f"Basic {TOKEN}"}, {"Authorization": "Bearer"}):
        response = writable.post("/api/documents", content=ARTICLE, headers={"Content-Type": "text/plain", **headers})
        assert_problem(response, 401)
        assert response.headers["www-authenticate"].startswith("Bearer")
    assert writable.get("/api/health").json()["writable"] is True


def test_post_one_article_then_again(writable, store: Store):
    before = store.counts()["documents"]
    first = writable.post("/api/documents", params={"id": "kharkiv-strike"}, content=ARTICLE.encode(),
                          headers={"Content-Type": "text/plain; charset=utf-8", **auth()})
    body = first.json()
    assert first.status_code == 200 and body["ok"] and body["added"] == 1
    [outcome] = body["documents"]
    assert outcome["doc_id"] == "kharkiv-strike" and outcome["status"] == "added" and outcome["events"] >= 1
    stored = list(store.events(EventQuery(doc_id="kharkiv-strike")))
    assert len(stored) == outcome["events"] and stored[0].country_code == "UA"
    assert store.counts()["documents"] == before + 1
    again = writable.post("/api/documents", params={"id": "kharkiv-strike"}, content=ARTICLE,
                          headers={"Content-Type": "text/plain", **auth()}).json()
    assert again["unchanged"] == 1 and again["documents"][0]["status"] == "unchanged"


def test_a_json_lines_batch_reports_each_document(writable, store: Store):
    lines = [json.dumps({"id": "batch-good", "text": ARTICLE.split("\n\n", 1)[1], "published": "2025-03-14"}),
             "{not json",
             json.dumps({"id": "batch-empty", "text": "  "}),
             json.dumps({"id": "batch-bad-date", "text": "Some words.", "published": "2025-02-30"})]
    response = writable.post("/api/documents", content="\n".join(lines) + "\n",
                             headers={"Content-Type": "application/x-ndjson", **auth()})
    body = response.json()
    assert response.status_code == 200 and body["ok"] is False
    assert (body["read"], body["added"], body["failed"]) == (1, 1, 3)
    statuses = [(d["status"], d["line"]) for d in body["documents"]]
    assert statuses == [("added", None), ("failed", 2), ("failed", 3), ("failed", 4)]
    assert "malformed JSON" in body["documents"][1]["error"] and "[R110]" in body["documents"][3]["error"]
    assert list(store.events(EventQuery(doc_id="batch-good")))


def test_json_document_and_list(writable, store: Store):
    one = {"id": "json-one", "text": ARTICLE.split("\n\n", 1)[1], "published": "2025-03-14"}
    body = writable.post("/api/documents", json=one, headers=auth()).json()
    assert body["added"] == 1 and body["documents"][0]["doc_id"] == "json-one"
    two = [dict(one, id="json-two", title="a"), dict(one, id="json-three", title="b")]
    body = writable.post("/api/documents", json=two, headers=auth()).json()
    assert [d["doc_id"] for d in body["documents"]] == ["json-two", "json-three"] and body["added"] == 2


def test_the_cli_limits_apply_per_document(store: Store, engine):
    with make_client(store, engine, api_token=TOKEN, max_file_bytes=200) as small:
        big = json.dumps({"id": "big", "text": "word " * 100})
        tiny = json.dumps({"id": "tiny", "text": ARTICLE.split("\n\n", 1)[1][:150]})
        body = small.post("/api/documents", content=f"{big}\n{tiny}\n",
                          headers={"Content-Type": "application/x-ndjson", **auth()}).json()
        assert [d["status"] for d in body["documents"]] == ["failed", "added"]
        assert "too large" in body["documents"][0]["error"]
        text = small.post("/api/documents", content="x" * 300, headers={"Content-Type": "text/plain", **auth()})
        assert text.json()["documents"][0]["status"] == "failed"


def test_bodies_over_the_limit_are_413(store: Store, engine):
    with make_client(store, engine, api_token=TOKEN, max_body_bytes=1000) as small:
        declared = small.post("/api/documents", content="x" * 1001, headers={"Content-Type": "text/plain", **auth()})
        assert "max_body_bytes" in assert_problem(declared, 413)["detail"]

        def chunks():  # no Content-Length: counted as it streams
            for _ in range(5):
                yield b"y" * 400

        streamed = small.post("/api/documents", content=chunks(), headers={"Content-Type": "text/plain", **auth()})
        assert_problem(streamed, 413)
        assert small.post("/api/documents", content="z" * 900,
                          headers={"Content-Type": "text/plain", **auth()}).status_code == 200


def test_unreadable_bodies(writable):
    text = {"Content-Type": "text/plain", **auth()}
    assert_problem(writable.post("/api/documents", content=b"\x00\x01", headers={**text, "Content-Type": "image/png"}),
                   415)
    assert_problem(writable.post("/api/documents", content=b"   ", headers=text), 400)
    binary = writable.post("/api/documents", content=b"abc\x00def", headers=text)
    assert binary.json()["documents"][0]["status"] == "failed" and "binary" in binary.json()["documents"][0]["error"]
    latin = "date: 2025-03-14\n\nCafé à Kharkiv.".encode("cp1252")
    wrong = writable.post("/api/documents", content=latin, headers={"Content-Type": "text/plain", **auth()}).json()
    assert wrong["failed"] == 1 and "UTF-8" in wrong["documents"][0]["error"]
    right = writable.post("/api/documents", content=latin,
                          headers={"Content-Type": "text/plain; charset=cp1252", **auth()}).json()
    assert right["failed"] == 0


def test_merge_and_split_are_the_cli_corrections(writable, store: Store):
    first, second = [c for c in store.canonical() if c.reports == 1][:2]
    response = writable.post(f"/api/events/{first.cluster_id}/merge", json={"other": second.report_list[0].event_id},
                             headers=auth())
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["cluster_id"] == first.cluster_id and body["canonical"]["reports"] == 2
    moved = second.report_list[0].event_id
    assert store.event(moved).cluster_id == first.cluster_id
    detail = writable.get(f"/api/events/{moved}").json()
    assert {r["event_id"] for r in detail["reports"]} == {first.report_list[0].event_id, moved}
    split = writable.post(f"/api/events/{moved}/split", headers=auth()).json()
    assert split["cluster_id"] != first.cluster_id and store.event(moved).cluster_id == split["cluster_id"]
    assert writable.get(f"/api/events/{first.cluster_id}").json()["canonical"]["reports"] == 1


def test_merge_and_split_errors(writable):
    assert_problem(writable.post("/api/events/ev-nothing/merge", json={"other": "ev-else"}, headers=auth()), 404)
    assert_problem(writable.post("/api/events/ev-nothing/split", headers=auth()), 404)
    assert_problem(writable.post("/api/events/ev-x/merge", json={}, headers=auth()), 422)
    assert_problem(writable.post("/api/events/ev-x/merge", content="{", headers={"Content-Type": "application/json",
                                                                                 **auth()}), 422)
