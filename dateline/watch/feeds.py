"""Feeds: RSS and Atom (feedparser) and JSON Feed (read here: feedparser 6 does not), all
turned into the same short list of items, each with a stable key.

A feed with a few broken bytes still gives the items feedparser could read (logged as a
warning); one that gives none is a :class:`~dateline.errors.FeedError`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import json
import logging
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

from ..errors import FeedError, ReadError
from ..read.published import normalize_published

log = logging.getLogger(__name__)
_JSON_TYPES = ("application/feed+json", "application/json")


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed: where the article is, and what the feed says about it."""

    key: str  # stable within the feed: a hash of the guid/id, else of the link
    url: str | None
    title: str | None = None
    published: str | None = None  # ISO date, when the feed gives a valid one


@dataclass(frozen=True)
class Feed:
    kind: str  # rss, atom or json
    title: str | None
    items: tuple[FeedItem, ...]
    warning: str | None = None  # what was wrong with a feed that was read anyway


def parse_feed(data: bytes, *, url: str, content_type: str = "") -> Feed:
    """The items of a feed's bytes, oldest first when the feed dates them."""
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    if content_type in _JSON_TYPES or head.startswith(b"{"):
        feed = _parse_json_feed(data, url=url)
    else:
        feed = _parse_xml_feed(data, url=url, content_type=content_type)
    # feeds list the newest first: reversed, then a stable sort by date, gives oldest first
    ordered = sorted(reversed(feed.items), key=lambda i: i.published or "9999")
    return Feed(feed.kind, feed.title, tuple(ordered), feed.warning)


def _parse_xml_feed(data: bytes, *, url: str, content_type: str) -> Feed:
    import feedparser  # imported here: only the watcher needs it

    headers = {"content-location": url, "content-type": content_type or "application/xml"}
    parsed = feedparser.parse(data, response_headers=headers)
    problem = str(parsed.get("bozo_exception") or "").replace("<unknown>:", "line ") or None
    items = [item for item in (_xml_item(entry, url) for entry in parsed.entries) if item]
    if not items and (parsed.bozo or not parsed.version):
        reason = f"malformed XML ({problem})" if problem else "no RSS, Atom or JSON Feed found"
        raise FeedError(f"not a feed: {reason}", url=url)
    kind = "atom" if str(parsed.version).startswith("atom") else "rss"
    warning = f"malformed feed read anyway ({problem}); {len(items)} item(s)" if parsed.bozo else None
    return Feed(kind, parsed.feed.get("title"), tuple(items), warning)


def _xml_item(entry: Any, feed_url: str) -> FeedItem | None:
    link = entry.get("link") or next((lk.get("href") for lk in entry.get("links", []) if lk.get("href")), None)
    identity = entry.get("id") or link
    if not identity:
        return None
    when = entry.get("published_parsed") or entry.get("updated_parsed")
    published = dt.datetime.fromtimestamp(calendar.timegm(when), dt.UTC).date().isoformat() if when else None
    return FeedItem(key=item_key(identity), url=urljoin(feed_url, link) if link else None,
                    title=entry.get("title"), published=published)


def _parse_json_feed(data: bytes, *, url: str) -> Feed:
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FeedError(f"not a feed: broken JSON ({exc})", url=url) from None
    if not isinstance(document, dict) or "jsonfeed.org" not in str(document.get("version", "")) \
            or not isinstance(document.get("items"), list):
        raise FeedError("not a feed: JSON without a JSON Feed version and items", url=url)
    items = []
    for entry in document["items"]:
        if not isinstance(entry, dict):
            continue
        link = entry.get("url") or entry.get("external_url")
        identity = entry.get("id") or link
        if not identity:
            continue
        items.append(FeedItem(key=item_key(str(identity)),
                              url=urljoin(url, str(link)) if link else None,
                              title=entry.get("title") if isinstance(entry.get("title"), str) else None,
                              published=_json_date(entry.get("date_published") or entry.get("date_modified"))))
    title = document.get("title") if isinstance(document.get("title"), str) else None
    return Feed("json", title, tuple(items))


def _json_date(value: object) -> str | None:
    try:
        return normalize_published(value) if isinstance(value, str) else None
    except ReadError:
        return None


def item_key(identity: str) -> str:
    return hashlib.sha256(identity.strip().encode("utf-8")).hexdigest()
