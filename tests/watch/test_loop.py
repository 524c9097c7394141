"""The watcher against real HTTP servers on loopback, on SQLite (and PostgreSQL when set)."""

from collections import Counter

import sqlalchemy as sa

from dateline.store.changes import changes_since
from dateline.store.watch_tables import feed_items, feeds
from dateline.watch.loopback import article_html, rss
from dateline.watch.state import WatchState


def publish(site, numbers, *, path="/feed.xml", etag=None, canonical=True):
    """Pages /a/N for each number and a feed listing them (links with a tracking parameter)."""
    for n in numbers:
        site.route(f"/a/{n}", body=article_html(n, canonical=site.url(f"/a/{n}") if canonical else None))
    items = [(f"item-{n}", site.url(f"/a/{n}?utm_source=feed"), "2025-03-14") for n in numbers]
    site.route(path, body=rss(items), content_type="application/rss+xml", etag=etag)


def stored_urls(store):
    return Counter(doc.url for doc in store.documents())


def item_rows(store):
    with store.engine.connect() as conn:
        return {row.url: row for row in conn.execute(sa.select(feed_items))}


def feed_row(store):
    with store.engine.connect() as conn:
        return conn.execute(sa.select(feeds)).one()


def test_new_items_are_stored_with_their_events(site, store, make_watcher):
    publish(site, [1, 2, 3])
    counts = make_watcher([site.url("/feed.xml")]).run(once=True)
    assert counts["stored"] == 3
    assert stored_urls(store) == Counter({site.url(f"/a/{n}"): 1 for n in (1, 2, 3)})
    events = list(store.events())
    assert {e.doc_id for e in events} == {d.id for d in store.documents()}
    assert all(e.source_url.startswith(site.origin) or e.source_url == "" for e in events)
    assert {row.status for row in item_rows(store).values()} == {"stored"}


def test_a_feed_that_changes_between_polls_gives_only_its_new_items(site, store, make_watcher):
    publish(site, [1, 2])
    make_watcher([site.url("/feed.xml")]).run(once=True)
    publish(site, [1, 2, 3, 4])
    counts = make_watcher([site.url("/feed.xml")]).run(once=True)
    assert counts["stored"] == 2
    assert sum(stored_urls(store).values()) == 4
    assert site.hits["/a/1"] == 1 and site.hits["/a/4"] == 1  # seen items are not fetched again


def test_an_unchanged_feed_answers_304_and_nothing_is_fetched(site, store, make_watcher):
    publish(site, [1, 2], etag='"v1"')
    make_watcher([site.url("/feed.xml")]).run(once=True)
    hits_before = dict(site.hits)
    make_watcher([site.url("/feed.xml")]).run(once=True)
    assert site.request_headers[-1][1].get("if-none-match") == '"v1"'
    assert feed_row(store).last_status == "304"
    assert {p: n for p, n in site.hits.items() if p.startswith("/a/")} == \
        {p: n for p, n in hits_before.items() if p.startswith("/a/")}


def test_a_failing_feed_is_recorded_backs_off_and_recovers(site, store, make_watcher):
    site.route("/feed.xml", status=500, body=b"oops")
    counts = make_watcher([site.url("/feed.xml")]).run(once=True)
    row = feed_row(store)
    assert counts["failed_polls"] == 1 and row.failures == 1 and row.last_status == "F102"
    assert "500" in row.last_error
    publish(site, [5])
    make_watcher([site.url("/feed.xml")]).run(once=True)
    row = feed_row(store)
    assert row.failures == 0 and row.last_error is None and row.last_status == "200"
    assert len(stored_urls(store)) == 1


def test_a_hanging_feed_is_a_timeout(site, store, make_watcher):
    site.route("/feed.xml", body=rss([]), delay=30)
    make_watcher([site.url("/feed.xml")], fetch_attempts=1).run(once=True)
    assert feed_row(store).last_status == "F101"


def test_malformed_xml_is_a_clear_feed_error(site, store, make_watcher):
    site.route("/feed.xml", body=b"<rss><channel><item><title>cut off", content_type="application/rss+xml")
    make_watcher([site.url("/feed.xml")]).run(once=True)
    row = feed_row(store)
    assert row.last_status == "F110" and "not a feed" in row.last_error


def test_bad_items_fail_one_by_one_and_the_good_ones_are_stored(site, store, make_watcher):
    publish(site, [1])
    site.route("/a/pdf", body=b"%PDF-1.5\n...", content_type="application/pdf")
    site.route("/a/loop", status=302, headers={"Location": "/a/loop2"})
    site.route("/a/loop2", status=302, headers={"Location": "/a/loop"})
    site.route("/a/huge", body=b"<html><body><p>" + b"word " * 100_000 + b"</p></body></html>")
    items = [("item-1", site.url("/a/1"), "2025-03-14"), ("pdf", site.url("/a/pdf"), "2025-03-14"),
             ("loop", site.url("/a/loop"), "2025-03-14"), ("huge", site.url("/a/huge"), "2025-03-14")]
    site.route("/feed.xml", body=rss(items), content_type="application/rss+xml")
    counts = make_watcher([site.url("/feed.xml")]).run(once=True)
    rows = item_rows(store)
    assert counts["stored"] == 1 and counts["failed"] == 3
    assert "PDF" in rows[site.url("/a/pdf")].error and rows[site.url("/a/pdf")].status == "failed"
    assert "redirect loop" in rows[site.url("/a/loop")].error
    assert "too large" in rows[site.url("/a/huge")].error
    assert rows[site.url("/a/1")].status == "stored"
    # final failures are not tried again
    make_watcher([site.url("/feed.xml")]).run(once=True)
    assert site.hits["/a/pdf"] == 1


def test_a_transient_item_failure_is_retried_and_a_304_does_not_hide_it(site, store, make_watcher):
    publish(site, [1, 2], etag='"v1"')
    site.route("/a/2", body=article_html(2, canonical=site.url("/a/2")), fail_first=2)
    make_watcher([site.url("/feed.xml")], fetch_attempts=1).run(once=True)
    assert item_rows(store)[site.url("/a/2?utm_source=feed")].status == "pending"
    assert feed_row(store).etag is None  # validators are kept back while an item is pending
    make_watcher([site.url("/feed.xml")], fetch_attempts=1).run(once=True)  # second 500
    make_watcher([site.url("/feed.xml")], fetch_attempts=1).run(once=True)
    assert item_rows(store)[site.url("/a/2?utm_source=feed")].status == "stored"
    assert feed_row(store).etag == '"v1"'
    assert len(stored_urls(store)) == 2


def test_the_same_article_from_two_feeds_is_stored_once(site, store, make_watcher):
    publish(site, [1, 2], path="/one.xml")
    # the second feed links the same articles under other URLs; the pages name the same canonical URL
    for n in (1, 2):
        site.route(f"/mirror/{n}", body=article_html(n, canonical=site.url(f"/a/{n}")))
    site.route("/two.xml", body=rss([(f"m{n}", site.url(f"/mirror/{n}"), "2025-03-14") for n in (1, 2)]),
               content_type="application/rss+xml")
    counts = make_watcher([site.url("/one.xml"), site.url("/two.xml")], watch_workers=2).run(once=True)
    assert stored_urls(store) == Counter({site.url("/a/1"): 1, site.url("/a/2"): 1})
    assert counts["stored"] == 2 and counts["duplicates"] == 2
    assert {row.status for row in item_rows(store).values()} == {"stored", "duplicate"}


def test_the_same_text_at_two_urls_without_canonical_is_stored_once(site, store, make_watcher):
    site.route("/x/1", body=article_html(7))
    site.route("/y/1", body=article_html(7))
    site.route("/feed.xml", body=rss([("x", site.url("/x/1"), "2025-03-14"), ("y", site.url("/y/1"), "2025-03-14")]),
               content_type="application/rss+xml")
    make_watcher([site.url("/feed.xml")]).run(once=True)
    assert len(list(store.documents())) == 1
    rows = item_rows(store)
    assert sorted(r.status for r in rows.values()) == ["duplicate", "stored"]
    assert len({r.doc_id for r in rows.values()}) == 1


def test_robots_txt_forbidding_an_article_fails_it_clearly(site, store, make_watcher):
    publish(site, [1, 2])
    site.route("/robots.txt", body=b"User-agent: *\nDisallow: /a/2\n", content_type="text/plain")
    make_watcher([site.url("/feed.xml")]).run(once=True)
    rows = item_rows(store)
    assert rows[site.url("/a/2?utm_source=feed")].status == "failed"
    assert "robots.txt" in rows[site.url("/a/2?utm_source=feed")].error
    assert site.hits["/a/2"] == 0


def test_the_ingest_sequence_numbers_each_stored_document(site, store, make_watcher):
    publish(site, [1, 2])
    make_watcher([site.url("/feed.xml")]).run(once=True)
    changes = changes_since(store, 0)
    assert [c.change for c in changes] == ["added", "added"]
    assert {c.doc_id for c in changes} == {d.id for d in store.documents()}
    publish(site, [1, 2, 3])
    make_watcher([site.url("/feed.xml")]).run(once=True)
    newer = changes_since(store, changes[-1].seq)
    assert len(newer) == 1 and newer[0].seq > changes[-1].seq


def test_status_reports_each_feed(site, store, make_watcher):
    publish(site, [1, 2], path="/good.xml")
    site.route("/bad.xml", status=503, body=b"later")
    make_watcher([site.url("/good.xml"), site.url("/bad.xml")]).run(once=True)
    feeds_status, folders_status = WatchState(store).status()
    by_url = {f.url: f for f in feeds_status}
    assert by_url[site.url("/good.xml")].stored == 2 and by_url[site.url("/good.xml")].failures == 0
    assert by_url[site.url("/bad.xml")].failures == 1 and "503" in by_url[site.url("/bad.xml")].last_error
    assert folders_status == []
