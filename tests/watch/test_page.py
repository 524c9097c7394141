"""Pages become Documents with a canonical URL, an id from it, and the page's date."""

import pytest

from dateline.errors import ReadError
from dateline.read.web.fetch import Response
from dateline.read.web.page import canonical_url, document_from_response, document_id, is_url, normalize_url
from dateline.watch.loopback import article_html


def _page(body: bytes, url: str = "https://news.example/world/2025/strike.html?utm_source=rss",
          content_type: str = "text/html") -> Response:
    return Response(url=url, status=200, content_type=content_type, charset="utf-8", body=body)


def test_tracking_parameters_fragments_and_default_ports_are_dropped():
    assert normalize_url("HTTPS://News.Example:443/a?id=3&utm_source=x&fbclid=y#top") == "https://news.example/a?id=3"
    assert normalize_url("http://news.example:8080") == "http://news.example:8080/"


def test_the_id_is_readable_and_stable():
    first = document_id("https://news.example/world/2025/drone-strike-on-depot.html")
    assert first.startswith("news.example-world-2025-drone-strike-on-depot-")
    assert first == document_id("https://news.example/world/2025/drone-strike-on-depot.html")
    assert first != document_id("https://news.example/world/2025/drone-strike-on-depot-2.html")


def test_a_relative_canonical_link_is_made_absolute():
    html = '<html><head><link href="/world/story-1" rel="canonical"></head></html>'
    assert canonical_url(html, "https://news.example/amp/story-1?utm_medium=x", None) == \
        "https://news.example/world/story-1"
    assert canonical_url("<html></html>", "https://news.example/a?utm_medium=x", None) == "https://news.example/a"


def test_the_document_takes_the_canonical_url_title_and_date_of_the_page():
    doc = document_from_response(_page(article_html(3, canonical="https://news.example/world/story-3",
                                                    published="2025-03-12")))
    assert doc.url == "https://news.example/world/story-3"
    assert doc.id == document_id("https://news.example/world/story-3")
    assert doc.published == "2025-03-12" and "report 3" in doc.title
    assert doc.source == "Loopback Wire" and "Emergency crews" in doc.text
    assert doc.meta["fetched_url"].endswith("utm_source=rss")


def test_the_feed_fills_what_the_page_does_not_say():
    body = (b"<html><body><article><p>" + b"Gunmen attacked a convoy near Gao on Tuesday, killing three "
            b"soldiers, the army said in a statement read on state television in the evening.</p>"
            b"</article></body></html>")
    doc = document_from_response(_page(body), published="2025-03-11", title="Convoy attacked")
    assert (doc.published, doc.title) == ("2025-03-11", "Convoy attacked")
    assert doc.url == "https://news.example/world/2025/strike.html"


def test_a_plain_text_page_is_read_as_text():
    doc = document_from_response(_page(b"date: 2025-03-10\n\nA bomb exploded in Gao, killing two.",
                                       url="https://news.example/wire.txt", content_type="text/plain"))
    assert doc.published == "2025-03-10" and doc.text.startswith("A bomb")


def test_a_page_without_an_article_is_a_read_error():
    with pytest.raises(ReadError) as caught:
        document_from_response(_page(b"<html><head><title>Home</title></head><body></body></html>"))
    assert "no article text" in caught.value.message and caught.value.path.startswith("https://news.example")


@pytest.mark.parametrize("value, expected", [("https://a.example/x", True), ("HTTP://a.example", True),
                                             ("a.example/x", False), ("news/", False), ("-", False)])
def test_is_url(value, expected):
    assert is_url(value) is expected
