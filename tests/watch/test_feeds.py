"""RSS, Atom and JSON Feed become the same items; broken feeds fail clearly or degrade."""

import json

import pytest

from dateline.errors import FeedError
from dateline.watch.feeds import item_key, parse_feed
from dateline.watch.loopback import rss

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title>
<entry><id>tag:wire,2025:2</id><title>Second</title><link href="/news/2"/>
<updated>2025-03-15T09:00:00Z</updated></entry>
<entry><id>tag:wire,2025:1</id><title>First</title><link href="/news/1"/>
<published>2025-03-14T09:00:00Z</published></entry>
</feed>"""


def test_rss_items_come_oldest_first_with_absolute_links():
    data = rss([("a", "http://h.example/a", "2025-03-13"), ("b", "http://h.example/b", "2025-03-14")])
    feed = parse_feed(data, url="http://h.example/feed.xml", content_type="application/rss+xml")
    assert feed.kind == "rss" and feed.title == "Loopback Wire"
    assert [i.url for i in feed.items] == ["http://h.example/a", "http://h.example/b"]
    assert [i.published for i in feed.items] == ["2025-03-13", "2025-03-14"]
    assert feed.items[0].key == item_key("a") and feed.warning is None


def test_atom_relative_links_resolve_against_the_feed():
    feed = parse_feed(ATOM, url="https://wire.example/feeds/all.atom")
    assert feed.kind == "atom"
    assert [(i.title, i.url) for i in feed.items] == [("First", "https://wire.example/news/1"),
                                                     ("Second", "https://wire.example/news/2")]


def test_json_feed():
    data = json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "JSON Wire", "items": [
        {"id": "7", "url": "/story/7", "title": "Seven", "date_published": "2025-03-14T10:00:00+02:00"},
        {"id": "8", "external_url": "https://other.example/8"},
        {"title": "no id and no link: skipped"}]}).encode()
    feed = parse_feed(data, url="https://wire.example/feed.json", content_type="application/feed+json")
    assert feed.kind == "json" and feed.title == "JSON Wire"
    assert {i.url for i in feed.items} == {"https://wire.example/story/7", "https://other.example/8"}
    assert next(i for i in feed.items if i.title == "Seven").published == "2025-03-14"


def test_a_feed_with_broken_xml_still_gives_its_items_with_a_warning():
    broken = (b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>'
              b"<item><title>a</title><link>http://h.example/a</link></item>"
              b"<item><title>b & c</title><link>http://h.example/b</link></item></channel>")
    feed = parse_feed(broken, url="http://h.example/feed")
    assert sorted(i.url for i in feed.items) == ["http://h.example/a", "http://h.example/b"]
    assert feed.warning and "malformed" in feed.warning


@pytest.mark.parametrize("data, reason", [
    (b"this is not xml <<<", "malformed XML"),
    (b"<html><body><p>a web page</p></body></html>", "no RSS, Atom or JSON Feed"),
    (b'{"version": "https://jsonfeed.org/version/1", "items": [', "broken JSON"),
    (b'{"hello": "world"}', "without a JSON Feed version"),
])
def test_what_is_not_a_feed_is_one_clear_error(data, reason):
    with pytest.raises(FeedError) as caught:
        parse_feed(data, url="http://h.example/feed")
    assert reason in caught.value.message and caught.value.code == "F110"
    assert str(caught.value).startswith("http://h.example/feed: [F110]")


def test_an_empty_feed_is_fine():
    feed = parse_feed(rss([]), url="http://h.example/feed")
    assert feed.items == () and feed.warning is None
