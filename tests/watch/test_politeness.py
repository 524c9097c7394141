"""robots.txt, one request per host at a time, a minimum interval between requests."""

import threading

import pytest

from dateline.errors import RobotsError
from dateline.read.web.fetch import Fetcher, FetchOptions
from dateline.read.web.politeness import Politeness
from dateline.watch.loopback import article_html


@pytest.fixture
def polite(fast_settings):
    gate = Politeness(min_interval=0.0, user_agent=fast_settings.user_agent)
    with Fetcher(FetchOptions.from_settings(fast_settings), gate=gate) as fetcher:
        yield fetcher


def test_robots_txt_is_obeyed_and_read_once(site, polite):
    site.route("/robots.txt", body=b"User-agent: dateline\nDisallow: /private/\n", content_type="text/plain")
    site.route("/private/x", body=article_html(1))
    site.route("/public/x", body=article_html(2))
    with pytest.raises(RobotsError) as caught:
        polite.get(site.url("/private/x"))
    assert "disallows" in caught.value.message and not caught.value.transient
    assert site.hits["/private/x"] == 0
    assert polite.get(site.url("/public/x")).status == 200
    assert site.hits["/robots.txt"] == 1


def test_rules_for_other_robots_do_not_apply(site, polite):
    site.route("/robots.txt", body=b"User-agent: otherbot\nDisallow: /\n", content_type="text/plain")
    site.route("/page", body=article_html(1))
    assert polite.get(site.url("/page")).status == 200


def test_a_missing_robots_txt_allows_everything(site, polite):
    site.route("/page", body=article_html(1))
    assert polite.get(site.url("/page")).status == 200
    assert site.hits["/robots.txt"] == 1


def test_an_unreachable_robots_txt_means_not_now(site, polite):
    site.route("/robots.txt", status=503, body=b"down")
    site.route("/page", body=article_html(1))
    with pytest.raises(RobotsError) as caught:
        polite.get(site.url("/page"))
    assert caught.value.transient and "RFC 9309" in caught.value.message
    assert site.hits["/page"] == 0
    assert site.hits["/robots.txt"] == 1  # remembered for a while, not asked again at once


class _Clock:
    """A clock that only moves when the politeness gate waits."""

    def __init__(self) -> None:
        self.now = 100.0
        self.waits: list[float] = []

    def __call__(self) -> float:
        return self.now

    def wait(self, seconds: float) -> bool:
        self.waits.append(round(seconds, 6))
        self.now += seconds
        return False

    def is_set(self) -> bool:
        return False


def test_the_minimum_interval_applies_per_host():
    clock = _Clock()
    gate = Politeness(min_interval=2.0, user_agent="dateline/test", clock=clock, stop=clock)  # type: ignore[arg-type]
    with gate.slot("http://a.example/1"):
        pass
    with gate.slot("http://b.example/1"):  # another host: no wait
        pass
    clock.now += 0.5
    with gate.slot("http://a.example/2"):  # same host 0.5 s later: waits the remaining 1.5 s
        pass
    assert clock.waits == [1.5]


def test_one_request_at_a_time_per_host():
    gate = Politeness(min_interval=0.0, user_agent="dateline/test")
    inside, release, second_entered = threading.Event(), threading.Event(), threading.Event()

    def first() -> None:
        with gate.slot("http://a.example/1"):
            inside.set()
            release.wait(5)

    def second() -> None:
        with gate.slot("http://a.example:8080/2"):  # another port of the same host
            second_entered.set()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    threads[0].start()
    inside.wait(5)
    threads[1].start()
    assert not second_entered.wait(0.2)  # blocked while the first request is in hand
    with gate.slot("http://b.example/1"):  # another host is not blocked
        pass
    release.set()
    assert second_entered.wait(5)
    for thread in threads:
        thread.join(5)


def test_crawl_delay_from_robots_txt_is_respected(site, fast_settings):
    site.route("/robots.txt", body=b"User-agent: *\nCrawl-delay: 7\n", content_type="text/plain")
    site.route("/page", body=article_html(1))
    clock = _Clock()
    gate = Politeness(min_interval=0.0, user_agent=fast_settings.user_agent, clock=clock, stop=clock)  # type: ignore[arg-type]
    with Fetcher(FetchOptions.from_settings(fast_settings), gate=gate) as fetcher:
        fetcher.get(site.url("/page"))
        fetcher.get(site.url("/page"))
    assert clock.waits and clock.waits[-1] == 7.0
