"""The watcher on loopback: latency from an item appearing in a feed to its events in the
store, and throughput with 100 feeds. Measured, never asserted; ``make bench`` calls
:func:`bench_watch` and keeps the dict it returns.

Every feed is its own host (127.0.0.2, 127.0.0.3, ...: all loopback on Linux), so the
watcher's politeness applies as it would on the web: one request at a time per host and,
for the latency measure, the default minimum interval between two requests to a host. The
throughput measure turns that interval off to measure the watcher itself (the hosts are
ours); with it on, a host's items come at most one per ``host_delay`` seconds by design.
"""

from __future__ import annotations

import random
import statistics
import threading
import time
from pathlib import Path
from typing import Any

from dateline.extraction import Engine, get_engine
from dateline.models import Document
from dateline.settings import Settings
from dateline.store import Store
from dateline.store.changes import changes_since
from dateline.watch.config import FeedSpec
from dateline.watch.loop import Watcher
from dateline.watch.loopback import LoopbackSite, article_html, article_text, rss

TARGET_P99_S = 5.0


class _Feed:
    """One feed on its own loopback host; :meth:`publish` adds an item (page first)."""

    def __init__(self, site: LoopbackSite) -> None:
        self.site = site
        self.items: list[tuple[str, str, str]] = []
        self.publish_many([])

    @property
    def url(self) -> str:
        return self.site.url("/feed.xml")

    def publish_many(self, numbers: list[int]) -> list[str]:
        urls = []
        for number in numbers:
            page = self.site.url(f"/a/{number}")
            self.site.route(f"/a/{number}", body=article_html(number, canonical=page))
            self.items.append((f"item-{number}", page, "2025-03-14"))
            urls.append(page)
        self.site.route("/feed.xml", body=rss(self.items), content_type="application/rss+xml",
                        etag=f'"{len(self.items)}"')
        return urls


def _sites(count: int) -> tuple[list[LoopbackSite], bool]:
    """``count`` sites on distinct loopback hosts, or all on 127.0.0.1 where the system has
    only that one (then they share a host and its politeness)."""
    sites: list[LoopbackSite] = []
    try:
        for index in range(count):
            sites.append(LoopbackSite(f"127.0.{(index + 2) // 250}.{(index + 2) % 250 or 250}"))
        return sites, True
    except OSError:
        for site in sites:
            site.close()
        return [LoopbackSite() for _ in range(count)], False


def _watch(store: Store, engine: Engine, settings: Settings, feeds: list[_Feed]) -> tuple[Watcher, threading.Thread]:
    watcher = Watcher(store, engine, settings, feeds=[FeedSpec(feed.url) for feed in feeds])
    thread = threading.Thread(target=watcher.run, name="bench-watcher", daemon=True)
    thread.start()
    return watcher, thread


def _stop(watcher: Watcher, thread: threading.Thread) -> None:
    watcher.stop()
    thread.join(60)
    watcher.close()


def bench_latency(workdir: Path, engine: Engine, sites: list[LoopbackSite], *, items: int, gap: float,
                  poll: float, seed: int = 11) -> dict[str, Any]:
    """Items published one at a time at random feeds, ``gap`` seconds apart on average; for
    each, the seconds until its document (committed with its events) is in the store."""
    rng = random.Random(seed)
    feeds = [_Feed(site) for site in sites]
    settings = Settings.from_env(watch_interval=poll)
    store = Store(str(workdir / "watch-latency.db"))
    watcher, thread = _watch(store, engine, settings, feeds)
    published: dict[str, float] = {}
    seen: dict[str, float] = {}
    done = threading.Event()

    def monitor() -> None:
        last = 0
        while not done.is_set():
            for change in changes_since(store, last):
                last = change.seq
                seen.setdefault(store.document(change.doc_id).url or "", time.monotonic())
            done.wait(0.02)

    watcher_thread = threading.Thread(target=monitor, daemon=True)
    time.sleep(poll * 1.5)  # the first (empty) polls
    watcher_thread.start()
    for number in range(items):
        (url,) = rng.choice(feeds).publish_many([number])
        published[url] = time.monotonic()
        time.sleep(rng.expovariate(1 / gap))
    deadline = time.monotonic() + 30 + poll * 10
    while len(seen.keys() & published.keys()) < len(published) and time.monotonic() < deadline:
        time.sleep(0.05)
    done.set()
    watcher_thread.join(5)
    _stop(watcher, thread)
    store.close()
    latencies = sorted(seen[url] - published[url] for url in published if url in seen)
    quantiles = statistics.quantiles(latencies, n=100, method="inclusive") if len(latencies) > 1 else latencies * 99
    return {"feeds": len(feeds), "items": items, "arrived": len(latencies), "poll_s": poll,
            "host_delay_s": settings.host_delay, "p50_s": round(statistics.median(latencies), 3) if latencies else None,
            "p99_s": round(quantiles[98], 3) if latencies else None,
            "max_s": round(latencies[-1], 3) if latencies else None, "target_p99_s": TARGET_P99_S,
            "meets_target": bool(latencies) and len(latencies) == items and quantiles[98] <= TARGET_P99_S}


def bench_throughput(workdir: Path, engine: Engine, sites: list[LoopbackSite], *, items_per_feed: int,
                     poll: float) -> dict[str, Any]:
    """A fresh store and ``len(sites)`` feeds with ``items_per_feed`` new items each: items
    stored per second until all are in; then feeds polled per second once nothing is new."""
    feeds = [_Feed(site) for site in sites]
    for index, feed in enumerate(feeds):
        feed.publish_many([100_000 + index * 1000 + k for k in range(items_per_feed)])
    total = len(feeds) * items_per_feed
    settings = Settings.from_env(watch_interval=poll, host_delay=0.0, watch_workers=8)
    store = Store(str(workdir / "watch-throughput.db"))
    started = time.monotonic()
    watcher, thread = _watch(store, engine, settings, feeds)
    deadline = started + 600
    while store.counts()["documents"] < total and time.monotonic() < deadline:
        time.sleep(0.05)
    seconds = time.monotonic() - started
    stored = store.counts()["documents"]
    polls_before, idle_started = watcher.counts["polls"], time.monotonic()
    time.sleep(poll * 5)
    idle_polls = (watcher.counts["polls"] - polls_before) / (time.monotonic() - idle_started)
    _stop(watcher, thread)
    store.close()
    return {"feeds": len(feeds), "items": total, "stored": stored, "seconds": round(seconds, 2),
            "items_per_s": round(stored / seconds, 1), "idle_polls_per_s": round(idle_polls, 1),
            "poll_s": poll, "host_delay_s": 0.0, "workers": settings.watch_workers}


def bench_watch(workdir: Path, *, smoke: bool = False) -> dict[str, Any]:
    """Both measures; ``smoke`` runs a few items on a few feeds (seconds, for tests)."""
    engine = get_engine("rules")
    _title, text = article_text(0)
    engine.extract(Document(id="warm-up", text=text, published="2025-03-14"))  # lexicons, gazetteer
    feeds, items, per_feed = (3, 4, 2) if smoke else (100, 200, 5)
    sites, distinct_hosts = _sites(feeds)
    try:
        latency = bench_latency(workdir, engine, sites[:min(20, feeds)], items=items, gap=0.1 if smoke else 0.25,
                                poll=1.0)
        for site in sites:
            site.hits.clear()
        throughput = bench_throughput(workdir, engine, sites, items_per_feed=per_feed, poll=1.0)
    finally:
        for site in sites:
            site.close()
    return {"latency": latency, "throughput": throughput, "distinct_hosts": distinct_hosts}


def watch_rows(watch: dict[str, Any] | None) -> list[tuple[str, str, str]]:
    """The README Speed table's rows for :func:`bench_watch`'s result (none if it did not run)."""
    if not watch:
        return []
    latency, throughput = watch["latency"], watch["throughput"]
    hosts = "one loopback host per feed" if watch.get("distinct_hosts") else "all feeds on one host"
    return [
        ("`dateline watch`, feed item to events in the store",
         f"p50 {latency['p50_s']} s, p99 {latency['p99_s']} s",
         f"{latency['items']} items, {latency['feeds']} feeds, {latency['poll_s']:g} s poll, "
         f"{latency['host_delay_s']:g} s per-host interval, {hosts}; target p99 ≤ {latency['target_p99_s']:g} s"),
        (f"`dateline watch`, {throughput['feeds']} feeds", f"{throughput['items_per_s']} items/s",
         f"{throughput['items']} new items on a fresh store, {throughput['workers']} workers, no per-host interval; "
         f"{throughput['idle_polls_per_s']} polls/s once nothing is new"),
    ]
