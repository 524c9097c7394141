"""The read endpoints over a store of examples/: every filter agrees with the store's own
queries, pages walk the whole result once, every format parses, and bad parameters get
problem details."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from dateline.export.records import CANONICAL_COLUMNS, CSV_COLUMNS
from dateline.store import EventQuery, Store

from .conftest import assert_problem


def walk(client, path: str, key: str = "events", **params) -> list[dict]:
    """Every record of a listing, following `next_url` page after page."""
    records, url, pages = [], path, 0
    response = client.get(url, params=params)
    while True:
        assert response.status_code == 200, response.text
        body = response.json()
        records += body[key]
        pages += 1
        assert pages < 100
        if not body["next_url"]:
            return records
        assert response.headers["link"] == f'<{body["next_url"]}>; rel="next"'
        response = client.get(body["next_url"])


def test_health_reports_the_store_and_read_only(client, filled_store: Store):
    body = client.get("/api/health").json()
    counts = filled_store.counts()
    assert body["status"] == "ok" and body["writable"] is False
    assert (body["documents"], body["events"], body["claims"], body["canonical_events"]) == (
        counts["documents"], counts["events"], counts["claims"], counts["clusters"])
    assert body["store"] in ("sqlite", "postgresql")


def test_events_rows_have_the_csv_columns_in_order(client, filled_store: Store):
    body = client.get("/api/events", params={"limit": 500}).json()
    assert body["count"] == filled_store.counts()["events"] and body["next"] is None
    for row in body["events"]:
        assert list(row) == CSV_COLUMNS
        assert row["event_id_cnty"] == row["event_id"] and row["year"] == int(row["event_date"][:4])
        assert isinstance(row["evidence"], list) and isinstance(row["intercepted"], bool)


@pytest.mark.parametrize("params, query", [
    ({"country": "IQ"}, EventQuery(country="IQ")),
    ({"country": "france"}, EventQuery(country="france")),
    ({"type": ["Battles", "Protests"]}, EventQuery(types=("Battles", "Protests"))),
    ({"type": "Air/drone strike"}, EventQuery(types=("Air/drone strike",))),
    ({"actor": "military forces"}, EventQuery(actor="military forces")),
    ({"text": "kirkuk"}, EventQuery(text="kirkuk")),
    ({"since": "2025-01-01", "until": "2025-04-30"},
     EventQuery(since=dt.date(2025, 1, 1), until=dt.date(2025, 4, 30))),
])
def test_event_filters_match_the_store(client, filled_store: Store, params, query):
    expected = [e.event_id for e in filled_store.events(query)]
    assert expected, "the examples should hold events for every filter of this test"
    got = [row["event_id"] for row in walk(client, "/api/events", limit=2, **params)]
    assert got == expected


def test_bbox_and_min_fatalities(client, filled_store: Store):
    everything = list(filled_store.events())
    iraq_box = {"bbox": "38.8,29.0,48.6,37.4"}  # west,south,east,north
    inside = {e.event_id for e in everything if e.latitude is not None
              and 29.0 <= e.latitude <= 37.4 and 38.8 <= e.longitude <= 48.6}
    assert inside
    assert {row["event_id"] for row in walk(client, "/api/events", **iraq_box)} == inside
    deadly = {e.event_id for e in everything if (e.fatalities or 0) >= 5}
    assert deadly and {row["event_id"] for row in walk(client, "/api/events", min_fatalities=5)} == deadly
    # west > east: the box crosses the antimeridian and holds the rest of the world
    outside = {row["event_id"] for row in walk(client, "/api/events", bbox="48.6,-90,38.8,90")}
    assert outside and not outside & inside


def test_pages_walk_every_event_once_in_the_store_order(client, filled_store: Store):
    expected = [e.event_id for e in filled_store.events()]
    got = [row["event_id"] for row in walk(client, "/api/events", limit=3)]
    assert got == expected and len(set(got)) == len(got)


def test_canonical_events_with_their_reports(client, filled_store: Store):
    rows = walk(client, "/api/events", canonical="true", limit=2)
    assert len(rows) == filled_store.counts()["clusters"]
    assert all(list(row) == CANONICAL_COLUMNS for row in rows)
    assert [r["event_id"] for r in rows] == [c.event_id for c in filled_store.canonical()]
    merged = [row for row in rows if row["reports"] > 1]
    assert merged, "the examples hold one event told by two articles"
    assert len(merged[0]["report_list"]) == merged[0]["reports"]


def test_csv_geojson_and_parquet(client, filled_store: Store):
    count = filled_store.counts()["events"]
    text = client.get("/api/events", params={"format": "csv", "limit": 500})
    assert text.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(text.text)))
    assert list(rows[0]) == CSV_COLUMNS and len(rows) == count
    geo = client.get("/api/events", params={"format": "geojson", "country": "IQ"})
    assert geo.headers["content-type"].startswith("application/geo+json")
    features = geo.json()["features"]
    assert features and all(f["properties"]["country_code"] == "IQ" for f in features)
    assert features[0]["geometry"]["type"] == "Point"
    pyarrow = pytest.importorskip("pyarrow.parquet")
    first = client.get("/api/events", params={"format": "parquet", "limit": 2})
    table = pyarrow.read_table(io.BytesIO(first.content))
    assert table.num_rows == 2 and table.column_names == CSV_COLUMNS
    assert 'rel="next"' in first.headers["link"]


def test_one_event_with_its_reports_claims_and_document(client, filled_store: Store):
    canonical = next(c for c in filled_store.canonical() if c.reports and c.reports > 1)
    member = canonical.report_list[0]
    body = client.get(f"/api/events/{member.event_id}").json()
    assert body["event"]["event_id"] == member.event_id
    assert body["event"]["evidence"] and "provenance" in body["event"]
    assert body["canonical"]["cluster_id"] == canonical.cluster_id
    assert {r["event_id"] for r in body["reports"]} == {r.event_id for r in canonical.report_list}
    assert all(r["title"] for r in body["reports"])
    assert body["document"]["id"] == member.doc_id and "meta" not in body["document"]
    docs = {r.doc_id for r in canonical.report_list}
    assert {c["doc_id"] for c in body["claims"]} <= docs
    assert len(body["claims"]) == sum(1 for d in docs for _ in filled_store.claims(d))
    by_cluster = client.get(f"/api/events/{canonical.cluster_id}").json()
    assert by_cluster["event"]["event_id"] == canonical.cluster_id
    assert {r["event_id"] for r in by_cluster["reports"]} == {r["event_id"] for r in body["reports"]}


def test_unknown_ids_are_404_problems(client):
    assert assert_problem(client.get("/api/events/ev-0000"), 404)["code"] == "S404"
    assert assert_problem(client.get("/api/documents/no-such-doc"), 404)["detail"].startswith("no document")
    assert_problem(client.get("/api/nowhere"), 404)


def test_document_segments_rebuild_the_text_and_mark_the_evidence(client, filled_store: Store):
    event = next(e for e in filled_store.events() if e.evidence)
    body = client.get(f"/api/documents/{event.doc_id}").json()
    text = body["document"]["text"]
    assert "".join(piece["text"] for piece in body["segments"]) == text
    assert "meta" not in body["document"]
    for span in body["spans"]:
        assert 0 <= span["start"] < span["end"] <= len(text)
    marked = {item.text for item in event.evidence}
    for item in event.evidence:
        covered = "".join(p["text"] for p in _pieces_of(body["segments"], item.start, item.end))
        assert covered == text[item.start:item.end]
        assert all(event.event_id in p["events"] for p in _pieces_of(body["segments"], item.start, item.end))
    assert marked
    stored = filled_store.events(EventQuery(doc_id=event.doc_id))
    assert {e["event_id"] for e in body["events"]} == {e.event_id for e in stored}


def _pieces_of(segments: list[dict], start: int, end: int) -> list[dict]:
    position, pieces = 0, []
    for piece in segments:
        following = position + len(piece["text"])
        if position >= start and following <= end:
            pieces.append(piece)
        position = following
    return pieces


def test_claims_filters_pages_and_csv(client, filled_store: Store):
    every = list(filled_store.claims())
    assert every
    assert [c["claim_id"] for c in walk(client, "/api/claims", key="claims", limit=2)] == [c.claim_id for c in every]
    kind = every[0].kind
    assert {c["claim_id"] for c in walk(client, "/api/claims", key="claims", kind=kind)} == \
        {c.claim_id for c in every if c.kind == kind}
    doc = every[0].doc_id
    assert {c["claim_id"] for c in walk(client, "/api/claims", key="claims", doc=doc)} == \
        {c.claim_id for c in filled_store.claims(doc)}
    rows = list(csv.DictReader(io.StringIO(client.get("/api/claims", params={"format": "csv", "limit": 500}).text)))
    assert len(rows) == len(every) and json.loads(rows[0]["evidence"])


def test_stats_add_up(client, filled_store: Store):
    events = list(filled_store.events())
    body = client.get("/api/stats").json()
    assert body["total"]["events"] == len(events)
    assert body["total"]["fatalities"] == sum(e.fatalities or 0 for e in events)
    for group in ("by_period", "by_country", "by_type"):
        assert sum(row["events"] for row in body[group]) == len(events)
        assert sum(row["fatalities"] for row in body[group]) == body["total"]["fatalities"]
    weekly = client.get("/api/stats", params={"interval": "week"}).json()["by_period"]
    assert all(dt.date.fromisoformat(row["period"]).weekday() == 0 for row in weekly)
    assert sum(row["events"] for row in weekly) == len(events)
    canonical = client.get("/api/stats", params={"canonical": "true"}).json()
    assert canonical["total"]["events"] == filled_store.counts()["clusters"]
    iraq = client.get("/api/stats", params={"country": "IQ"}).json()
    assert [row["country_code"] for row in iraq["by_country"]] == ["IQ"]


def test_points_are_the_located_events(client, filled_store: Store):
    body = client.get("/api/points", params={"canonical": "false"}).json()
    located = [e for e in filled_store.events() if e.latitude is not None and e.longitude is not None]
    assert body["count"] == len(located) and not body["truncated"]
    columns = body["columns"]
    assert all(len(values) == body["count"] for values in columns.values())
    by_id = {e.event_id: e for e in located}  # in no particular order: the map does not need one
    assert sorted(columns["id"]) == sorted(by_id)
    for i, event_id in enumerate(columns["id"]):
        event = by_id[event_id]
        assert body["values"][columns["country_code"][i]] == event.country_code
        assert (columns["date"][i], columns["lat"][i]) == (event.event_date.isoformat(), round(event.latitude, 5))
    canonical = client.get("/api/points").json()
    assert canonical["canonical"] and canonical["count"] <= filled_store.counts()["clusters"]
    assert all(i.startswith("ce-") for i in canonical["columns"]["id"])


@pytest.mark.parametrize("path, params, status", [
    ("/api/events", {"limit": 0}, 422),
    ("/api/events", {"limit": 5001}, 422),
    ("/api/events", {"actor": "x" * 201}, 422),
    ("/api/events", {"text": "bad\x00byte"}, 422),
    ("/api/events", {"country": "I\nQ"}, 422),
    ("/api/events", {"since": "2023-02-30"}, 422),
    ("/api/events", {"bbox": "1,2,3"}, 422),
    ("/api/events", {"bbox": "0,10,5,-10"}, 422),
    ("/api/events", {"bbox": "0,0,200,10"}, 422),
    ("/api/events", {"bbox": "nan,0,1,1"}, 422),
    ("/api/events", {"min_fatalities": -1}, 422),
    ("/api/events", {"type": ["Battles"] * 21}, 422),
    ("/api/events", {"format": "xml"}, 422),
    ("/api/events", {"cursor": "not-ours"}, 400),
    ("/api/events", {"cursor": "WyJ4Il0"}, 400),  # a valid base64 list of the wrong shape
    ("/api/stats", {"interval": "year"}, 422),
    ("/api/claims", {"kind": "x" * 21}, 422),
    ("/api/points", {"min_fatalities": 10**10}, 422),
])
def test_bad_parameters_are_problems(client, path, params, status):
    body = assert_problem(client.get(path, params=params), status)
    assert body["detail"] and body["instance"] == path
    if status == 422 and "errors" in body:
        assert body["errors"][0]["loc"]


def test_a_cursor_of_another_listing_is_refused(client):
    claims_cursor = client.get("/api/claims", params={"limit": 1}).json()["next"]
    assert claims_cursor
    assert assert_problem(client.get("/api/events", params={"cursor": claims_cursor}), 400)["code"] == "S400"


def test_parquet_without_pyarrow_is_501(client, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "pyarrow" else real(name, *a))
    assert "pyarrow" in assert_problem(client.get("/api/events", params={"format": "parquet"}), 501)["detail"]
