"""Fetching against a real server on loopback: every failure is one coded, clear error."""

import pytest

from dateline.errors import (
    ContentTypeError,
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    RedirectError,
    TooLargeError,
)
from dateline.read.web.fetch import Validators
from dateline.settings import USER_AGENT
from dateline.watch.loopback import article_html


def test_a_page_comes_back_with_its_final_url_and_text(site, fetcher):
    site.route("/old", status=301, headers={"Location": "/new"})
    site.route("/new", body=article_html(1))
    response = fetcher.get(site.url("/old"))
    assert response.url == site.url("/new")
    assert "report 1" in response.text()


def test_the_user_agent_names_the_project(site, fetcher):
    site.route("/p", body=article_html(1))
    fetcher.get(site.url("/p"))
    agents = {headers["user-agent"] for path, headers in site.request_headers}
    assert agents == {USER_AGENT}
    assert USER_AGENT.startswith("dateline/") and "+http" in USER_AGENT


def test_conditional_get_sends_validators_and_understands_304(site, fetcher):
    site.route("/feed", body=b"<rss version='2.0'><channel></channel></rss>", content_type="application/rss+xml",
               etag='"v7"')
    first = fetcher.get(site.url("/feed"), "feed")
    assert first.status == 200 and first.validators.etag == '"v7"'
    again = fetcher.get(site.url("/feed"), "feed", validators=first.validators)
    assert again.not_modified and again.body == b""
    assert site.request_headers[-1][1]["if-none-match"] == '"v7"'


def test_a_hanging_server_is_a_timeout(site, fetcher):
    site.route("/hang", body=b"late", delay=30)
    with pytest.raises(FetchTimeoutError) as caught:
        fetcher.get(site.url("/hang"), retry=False)
    assert caught.value.transient and "F101" in str(caught.value)


def test_a_slow_drip_is_cut_off_by_the_total_deadline(site, fetcher):
    # each piece arrives well within the read timeout; the whole never does
    site.route("/drip", body=article_html(2), drip=0.05)
    with pytest.raises(FetchTimeoutError) as caught:
        fetcher.get(site.url("/drip"), retry=False)
    assert "took more than" in caught.value.message


@pytest.mark.parametrize("length", [True, False])
def test_a_huge_page_is_refused_while_streaming(site, fetcher, length):
    site.route("/huge", body=b"<html><body>" + b"x" * 1_000_000 + b"</body></html>", length=length)
    with pytest.raises(TooLargeError) as caught:
        fetcher.get(site.url("/huge"))
    assert "too large" in caught.value.message and not caught.value.transient


def test_a_redirect_loop_is_named(site, fetcher):
    site.route("/a", status=302, headers={"Location": "/b"})
    site.route("/b", status=302, headers={"Location": "/a"})
    with pytest.raises(RedirectError) as caught:
        fetcher.get(site.url("/a"))
    assert "redirect loop" in caught.value.message
    assert site.hits["/a"] == 1 and site.hits["/b"] == 1


def test_too_many_redirects(site, fetcher):
    for hop in range(10):
        site.route(f"/r{hop}", status=307, headers={"Location": f"/r{hop + 1}"})
    with pytest.raises(RedirectError) as caught:
        fetcher.get(site.url("/r0"))
    assert "more than 5 redirects" in caught.value.message


def test_a_redirect_away_from_http_is_refused(site, fetcher):
    site.route("/away", status=302, headers={"Location": "file:///etc/passwd"})
    with pytest.raises(RedirectError, match="not an http"):
        fetcher.get(site.url("/away"))


@pytest.mark.parametrize("content_type", ["application/pdf", "text/html"])
def test_a_pdf_is_not_a_page_whatever_its_content_type_says(site, fetcher, content_type):
    site.route("/report", body=b"%PDF-1.7\n" + b"0" * 100, content_type=content_type)
    with pytest.raises(ContentTypeError) as caught:
        fetcher.get(site.url("/report"))
    assert "PDF" in caught.value.message and not caught.value.transient


def test_an_image_is_not_a_feed(site, fetcher):
    site.route("/logo", body=b"\x89PNG....", content_type="image/png")
    with pytest.raises(ContentTypeError, match="not a feed"):
        fetcher.get(site.url("/logo"), "feed")


def test_server_errors_are_retried_and_client_errors_are_not(site, fetcher):
    site.route("/flaky", body=article_html(3), fail_first=1)
    assert fetcher.get(site.url("/flaky")).status == 200
    assert site.hits["/flaky"] == 2
    with pytest.raises(HTTPStatusError) as caught:
        fetcher.get(site.url("/missing"))
    assert caught.value.status == 404 and not caught.value.transient
    assert site.hits["/missing"] == 1


def test_persistent_server_errors_give_up_after_the_attempts(site, fetcher):
    site.route("/down", status=503, body=b"busy", headers={"Retry-After": "0"})
    with pytest.raises(HTTPStatusError) as caught:
        fetcher.get(site.url("/down"))
    assert caught.value.transient and caught.value.retry_after == 0
    assert site.hits["/down"] == fetcher.options.attempts


def test_a_closed_port_is_a_transient_network_error(fetcher):
    import socket

    with socket.socket() as probe:  # a port that was free a moment ago: nobody listens on it
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError) as caught:
        fetcher.get(f"http://127.0.0.1:{port}/", retry=False)
    assert caught.value.code == "F100" and caught.value.transient


def test_not_an_http_url(fetcher):
    with pytest.raises(FetchError, match="not an http") as caught:
        fetcher.get("ftp://example.org/file")
    assert not caught.value.transient


def test_validators_of_an_answer_without_them_are_empty(site, fetcher):
    site.route("/plain", body=article_html(4))
    assert fetcher.get(site.url("/plain")).validators == Validators()
