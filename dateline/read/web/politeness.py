"""Being a good guest on other people's servers.

One request at a time per host, a minimum interval between two requests to the same host
(robots.txt ``Crawl-delay`` wins when longer), robots.txt read once an hour per origin and
obeyed, and an honest User-Agent (``settings.user_agent``) that names the project. robots.txt
answers follow RFC 9309: a 4xx means no rules; a 5xx or a network failure means "fetch
nothing for now", which is reported as a transient error and tried again later.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from ...errors import FetchError, FetchTimeoutError, HTTPStatusError, RobotsError
from .fetch import Fetcher, Gate

log = logging.getLogger(__name__)
ROBOTS_TTL = 3600.0  # seconds a robots.txt is trusted
UNREACHABLE_TTL = 60.0  # seconds before an unreachable robots.txt is asked again
MAX_CRAWL_DELAY = 60.0  # a Crawl-delay above this is capped (it would stall the watcher)


@dataclass
class _Host:
    lock: threading.Lock = field(default_factory=threading.Lock)
    last_request_end: float = float("-inf")
    crawl_delay: float = 0.0


@dataclass
class _Robots:
    lock: threading.Lock = field(default_factory=threading.Lock)
    rules: RobotFileParser | None = None
    unreachable: str | None = None  # why, while robots.txt cannot be read
    expires: float = float("-inf")


class Politeness(Gate):
    """The fetcher's gate: robots.txt per origin, a slot and an interval per host."""

    def __init__(self, *, min_interval: float, user_agent: str, stop: threading.Event | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.min_interval = min_interval
        self.user_agent = user_agent
        self.stop = stop or threading.Event()
        self.clock = clock
        self._hosts: dict[str, _Host] = {}
        self._robots: dict[str, _Robots] = {}
        self._guard = threading.Lock()

    def check(self, url: str, fetcher: Fetcher) -> None:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}".lower()
        robots = self._robots_of(origin, url, fetcher)
        if robots.unreachable:
            raise RobotsError(f"robots.txt of {origin} cannot be read ({robots.unreachable}); "
                              "nothing is fetched from it until it can (RFC 9309)", url=url, transient=True)
        if robots.rules is not None and not robots.rules.can_fetch(self.user_agent, url):
            raise RobotsError(f"robots.txt of {origin} disallows this URL for {self.user_agent.split('/')[0]}",
                              url=url)

    @contextmanager
    def slot(self, url: str) -> Iterator[None]:
        """Hold the host's only slot; start no sooner than the interval after the last request."""
        host = self._host(urlsplit(url).hostname or "")
        with host.lock:
            wait = host.last_request_end + max(self.min_interval, host.crawl_delay) - self.clock()
            if wait > 0:
                self.stop.wait(wait)
            try:
                yield
            finally:
                host.last_request_end = self.clock()

    def _host(self, name: str) -> _Host:
        with self._guard:
            return self._hosts.setdefault(name.lower(), _Host())

    def _robots_of(self, origin: str, url: str, fetcher: Fetcher) -> _Robots:
        with self._guard:
            robots = self._robots.setdefault(origin, _Robots())
        with robots.lock:  # one robots.txt request per origin, however many feeds wait on it
            if self.clock() < robots.expires:
                return robots
            robots.rules, robots.unreachable, ttl = self._read_robots(origin, url, fetcher)
            robots.expires = self.clock() + ttl
            if robots.rules is not None:
                delay = robots.rules.crawl_delay(self.user_agent)
                if delay:
                    self._host(urlsplit(origin).hostname or "").crawl_delay = min(float(delay), MAX_CRAWL_DELAY)
            return robots

    def _read_robots(self, origin: str, url: str,
                     fetcher: Fetcher) -> tuple[RobotFileParser | None, str | None, float]:
        """(rules, or None for "no rules"; why robots.txt is unreachable; how long to trust this).
        A host that cannot be reached at all raises, as the page itself would."""
        try:
            response = fetcher.get(f"{origin}/robots.txt", "robots", retry=False)
        except HTTPStatusError as error:
            if 400 <= error.status < 500:
                return None, None, ROBOTS_TTL
            return None, f"it answered {error.status}", UNREACHABLE_TTL
        except FetchTimeoutError as error:
            raise FetchTimeoutError(f"{origin} does not answer: {error.message}", url=url) from error
        except FetchError as error:
            if error.code == FetchError.code:  # the network itself: refused, reset, unknown host
                raise FetchError(f"{origin} cannot be reached: {error.message}", url=url) from error
            return None, None, ROBOTS_TTL  # too large, redirected away, not text: no usable rules
        rules = RobotFileParser(f"{origin}/robots.txt")
        rules.parse(response.text().splitlines())
        log.debug("read %s/robots.txt", origin)
        return rules, None, ROBOTS_TTL
