"""``dateline watch`` as a service, in a subprocess: graceful stop on SIGTERM, and nothing
lost or stored twice when it is killed with SIGKILL mid-run and started again."""

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter

import pytest
import sqlalchemy as sa

from dateline.store import Store
from dateline.store.changes import changes_since
from dateline.store.watch_tables import feed_items
from dateline.watch.loopback import article_html, rss

pytestmark = pytest.mark.slow
SERVICE_ENV = {"DATELINE_HOST_DELAY": "0", "DATELINE_FETCH_TIMEOUT": "5", "DATELINE_RETRY_DELAY": "0.05",
               "DATELINE_LOG_FORMAT": "json"}


def publish(site, numbers, *, delay=0.0):
    for n in numbers:
        site.route(f"/a/{n}", body=article_html(n, canonical=site.url(f"/a/{n}")), delay=delay)
    site.route("/feed.xml", content_type="application/rss+xml", etag=f'"{len(numbers)}"',
               body=rss([(f"item-{n}", site.url(f"/a/{n}"), "2025-03-14") for n in numbers]))


def start(site, target, log_path, *extra):
    command = [sys.executable, "-m", "dateline", "watch", site.url("/feed.xml"), "--db", target,
               "--interval", "0.3", *extra]
    log = open(log_path, "ab")  # noqa: SIM115 (closed with the process below)
    process = subprocess.Popen(command, stdout=log, stderr=log, env={**os.environ, **SERVICE_ENV})
    process.log_file = log  # type: ignore[attr-defined]
    return process


def finish(process, timeout=60.0):
    try:
        return process.wait(timeout)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.log_file.close()


def wait_for_documents(target, at_least, process, timeout=90.0):
    deadline = time.monotonic() + timeout
    with Store(target) as store:
        while time.monotonic() < deadline:
            count = store.counts()["documents"]
            if count >= at_least:
                return count
            if process.poll() is not None:
                raise AssertionError(f"the watcher exited early with status {process.returncode}")
            time.sleep(0.05)
    raise AssertionError(f"fewer than {at_least} documents after {timeout} s")


def page_hits(site):
    return Counter({path: n for path, n in site.hits.items() if path.startswith("/a/")})


def test_sigterm_finishes_the_article_in_hand_and_exits_cleanly(site, store_target, tmp_path):
    publish(site, range(12), delay=0.5)
    log_path = tmp_path / "watch.log"
    process = start(site, store_target, log_path)
    try:
        wait_for_documents(store_target, 1, process)
        process.send_signal(signal.SIGTERM)
    finally:
        status = finish(process)
    assert status == 0
    with Store(store_target) as store:
        stored = {doc.url for doc in store.documents()}
    requested = {site.url(path) for path in page_hits(site)}
    assert stored == requested  # the page in hand when the signal came was finished, not dropped
    assert len(stored) < 12
    events = [json.loads(line)["event"] for line in log_path.read_text().splitlines() if line.startswith("{")]
    assert "watch.stopped" in events and events.index("watch.stopped") > events.index("item.stored")


def test_nothing_is_lost_or_duplicated_across_kill_9(site, store_target, tmp_path):
    first_batch, second_batch = range(30), range(30, 40)
    publish(site, first_batch, delay=0.02)
    process = start(site, store_target, tmp_path / "first.log")
    try:
        wait_for_documents(store_target, 5, process)
        process.send_signal(signal.SIGKILL)
    finally:
        assert finish(process) == -signal.SIGKILL
    with Store(store_target) as store:
        before = store.counts()["documents"]
    assert 5 <= before < 30
    # while it is down, the feed gets new items; the restarted watcher catches up and exits
    publish(site, [*first_batch, *second_batch])
    process = start(site, store_target, tmp_path / "second.log", "--once")
    assert finish(process) == 0, (tmp_path / "second.log").read_text()[-2000:]
    with Store(store_target) as store:
        urls = Counter(doc.url for doc in store.documents())
        changes = changes_since(store, 0, limit=1000)
        with store.engine.connect() as conn:
            rows = conn.execute(sa.select(feed_items.c.status, feed_items.c.doc_id)).all()
        doc_ids = {doc.id for doc in store.documents()}
        events_doc_ids = {event.doc_id for event in store.events()}
    expected = {site.url(f"/a/{n}") for n in [*first_batch, *second_batch]}
    assert set(urls) == expected and set(urls.values()) == {1}  # every item, each once
    assert [c.change for c in changes] == ["added"] * 40
    assert len(rows) == 40 and {status for status, _ in rows} == {"stored"}
    assert {doc_id for _, doc_id in rows} == doc_ids
    assert events_doc_ids <= doc_ids and len(events_doc_ids) == 40
    # at most the one page in hand at the kill was fetched twice
    refetched = [path for path, n in page_hits(site).items() if n > 1]
    assert len(refetched) <= 1
