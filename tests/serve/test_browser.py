"""The dashboard in a real browser: Debian's chromium, headless, driven by Playwright.

It loads the dashboard over a store of examples/ plus a hostile article, sees markers,
filters by country, brushes the timeline, opens an event and sees its evidence highlighted,
checks right-to-left Arabic, that the hostile article ran nothing, that nothing was fetched
from outside and that the docs page renders offline; sees an article stored by another
writer appear on the map and in the table without a reload, the filters and view kept; and
it takes the README's screenshot (saved as docs/img/dashboard.png with DATELINE_UPDATE_SCREENSHOT=1).
Skipped (with the reason) where /usr/bin/chromium is missing, except in CI: `.ci/run`
installs chromium and sets DATELINE_REQUIRE_BROWSER=1, so there a missing browser fails.
Never `playwright install`: the browser is Debian's.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlparse

import pytest

from dateline.pipeline import ingest
from dateline.serve import create_app
from dateline.settings import Settings
from dateline.store import EventQuery, Store
from dateline.watch.loopback import article_text

from ..conftest import ROOT
from .conftest import TOKEN, fill

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOT = ROOT / "docs" / "img" / "dashboard.png"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--no-first-run"]
UPDATE_SCREENSHOT = os.environ.get("DATELINE_UPDATE_SCREENSHOT") == "1"
REQUIRED = os.environ.get("DATELINE_REQUIRE_BROWSER") == "1"  # set by .ci/run: CI must run this test
pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists() and not REQUIRED,
                       reason="needs Debian's chromium: apt-get install -y chromium"),
]
playwright_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package (dev extra)")
uvicorn = pytest.importorskip("uvicorn", reason="needs the serve extra")
from dateline.serve.server import Server  # noqa: E402 (needs uvicorn)

# An article written to attack the page: markup and a javascript: address in its title, text,
# outlet and address. Its first sentence is an ordinary event so that it appears on the map.
HOSTILE = {
    "id": "hostile-kharkiv",
    "title": "Strike <img src=x onerror=\"window.__pwned='title'\"> <script>window.__pwned='title-script'</script>",
    "source": "<b onmouseover=\"window.__pwned='source'\">Example Wire</b>",
    "url": "javascript:window.__pwned='url'",
    "published": "2025-03-14",
    "text": ("KHARKIV, Ukraine, March 14 (Example Wire) - A Russian missile struck an apartment block in "
             "Kharkiv on Friday, killing four people and wounding 27, the regional governor said. "
             "<script>window.__pwned='text'</script> <img src=x onerror=\"window.__pwned='img'\"> "
             "<a href=\"javascript:window.__pwned='link'\">more</a> <svg onload=\"alert('svg')\"></svg>\n"),
}


@contextlib.contextmanager
def serving(store: Store, engine: object, port: int = 0, **settings: Any) -> Iterator[tuple[str, int]]:
    """A real HTTP server (uvicorn, as `dateline serve` runs it) over ``store`` on loopback,
    on ``port`` (0: a free one); stopped, its live streams ended, on leaving."""
    app = create_app(Settings(db=store.target, api_token=TOKEN, **settings), store=store,
                     engine=engine)  # type: ignore[arg-type]
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # the same port again after a stop
    sock.bind(("127.0.0.1", port))
    port = sock.getsockname()[1]
    instance = Server(app, log_level="warning", lifespan="on")
    thread = threading.Thread(target=instance.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not instance.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}", port
    finally:
        instance.should_exit = True
        thread.join(timeout=20)
        sock.close()
    assert not thread.is_alive(), "the server did not stop"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, engine: object) -> Iterator[tuple[str, Store]]:
    """A server over examples/ and the hostile article, shared by the module's tests."""
    folder = tmp_path_factory.mktemp("browser")
    (folder / "hostile.jsonl").write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    store = Store(str(folder / "dashboard.db"))
    fill(store, engine)
    fill(store, engine, folder / "hostile.jsonl")
    with serving(store, engine) as (origin, _port):
        yield origin, store
    store.close()


class Watch:
    """What the page did that it should not: requests to other hosts, script errors, CSP
    violations, dialogs (alert() of an injected script)."""

    def __init__(self, page: Any, origin: str) -> None:
        self.outside: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        page.on("console", lambda message: self.errors.append(message.text)
                if message.type == "error" and "Content Security Policy" in message.text else None)
        page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))

        def route(request_route: Any) -> None:
            url = request_route.request.url
            if url.startswith(origin) or url.startswith("data:"):
                request_route.continue_()
            else:
                self.outside.append(url)
                request_route.abort()

        page.route("**/*", route)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser: Any, server: tuple[str, Store]) -> Iterator[tuple[Any, Watch, str]]:
    origin = server[0]
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    opened = context.new_page()
    watch = Watch(opened, origin)
    yield opened, watch, origin
    context.close()
    assert not watch.outside, f"requests left the machine: {watch.outside}"
    assert not watch.errors, f"script errors or CSP violations: {watch.errors}"
    assert not watch.dialogs, f"an injected script ran: {watch.dialogs}"


def ready(page: Any, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("body[data-ready=true]", timeout=20_000)


def query_of(page: Any) -> dict[str, list[str]]:
    return parse_qs(urlparse(page.url).query)


def test_markers_country_filter_brush_and_evidence(page: tuple[Any, Watch, str], server: tuple[str, Store]) -> None:
    tab, _watch, origin = page
    store = server[1]
    ready(tab, origin + "/")
    assert tab.locator(".dl-marker").count() > 0
    assert tab.locator("path.leaflet-interactive").count() >= tab.locator(".dl-marker").count()

    tab.select_option("#f-country", "IQ")
    tab.wait_for_function("""() => {
        const cells = [...document.querySelectorAll('#events tbody td.country')];
        return cells.length > 0 && cells.every((cell) => cell.textContent === 'IQ');
    }""", timeout=10_000)
    iraq = {c.cluster_id for c in store.canonical(EventQuery(country="IQ")) if c.latitude is not None}
    rows = tab.locator("#events tbody tr")
    assert {rows.nth(i).get_attribute("data-id") for i in range(rows.count())} == iraq
    assert query_of(tab)["country"] == ["IQ"] and tab.locator(".dl-marker").count() >= 1

    # brush the whole timeline but its first day: the oldest Iraqi event leaves the table
    box = tab.locator("#timeline canvas").bounding_box()
    tab.mouse.move(box["x"] + box["width"] * 0.5, box["y"] + box["height"] / 2)
    tab.mouse.down()
    tab.mouse.move(box["x"] + box["width"] - 2, box["y"] + box["height"] / 2, steps=5)
    tab.mouse.up()
    tab.wait_for_function("() => new URLSearchParams(location.search).has('from')")
    state = query_of(tab)
    since, until = state["from"][0], state["to"][0]
    tab.wait_for_function("(n) => document.querySelectorAll('#events tbody tr').length < n", arg=len(iraq))
    dates = tab.locator("#events tbody td.nowrap").all_text_contents()
    assert dates and all(since <= day <= until for day in dates)
    tab.mouse.click(box["x"] + 5, box["y"] + 5)  # a click lets the period go
    tab.wait_for_function("(n) => document.querySelectorAll('#events tbody tr').length === n", arg=len(iraq))

    first = tab.locator("#events tbody tr").first
    cluster_id = first.get_attribute("data-id")
    first.click()
    tab.wait_for_selector("#panel mark.current")
    expected = next(store.canonical(EventQuery(cluster_id=cluster_id)))
    assert expected.sub_event_type in tab.locator("#panel h2").inner_text()
    marked = tab.locator("#panel mark.current").all_text_contents()
    evidence = " ".join(item.text for item in expected.evidence)
    assert marked and all(piece.strip() in evidence or piece.strip() in tab.locator(".article-text").inner_text()
                          for piece in marked)
    assert any(piece.strip() and piece.strip() in evidence for piece in marked)
    assert query_of(tab)["event"] == [cluster_id]

    # the link holds the view: a fresh page on it shows the same filter and event
    tab2 = tab.context.new_page()
    Watch(tab2, origin)
    ready(tab2, tab.url)
    tab2.wait_for_selector("#panel mark.current")
    assert tab2.locator("#f-country").input_value() == "IQ"
    assert expected.sub_event_type in tab2.locator("#panel h2").inner_text()
    tab2.close()


def test_a_hostile_article_runs_nothing(page: tuple[Any, Watch, str], server: tuple[str, Store]) -> None:
    tab, watch, origin = page
    store = server[1]
    [event] = store.events(EventQuery(doc_id=HOSTILE["id"]))
    ready(tab, f"{origin}/?event={event.event_id}")
    tab.wait_for_selector("#panel .article-text")
    tab.wait_for_timeout(300)
    article = tab.locator("#panel .article-text").inner_text()
    assert "<script>window.__pwned='text'</script>" in article and "onerror=" in article
    panel = tab.locator("#panel").inner_text()
    assert "<img src=x onerror=" in panel and "<b onmouseover=" in panel
    for selector in ("#panel img", "#panel script", "#panel svg", "#panel b", "a[href^='javascript']"):
        assert tab.locator(selector).count() == 0, selector
    tab.locator("#panel .article-text").hover()
    tab.locator("#panel .doc-title").click()
    assert tab.evaluate("window.__pwned") is None
    assert tab.locator("#panel mark.current").count() > 0  # its event is still shown, evidence and all
    assert not watch.dialogs


def test_arabic_reads_right_to_left(page: tuple[Any, Watch, str], server: tuple[str, Store]) -> None:
    tab, _watch, origin = page
    store = server[1]
    [event] = store.events(EventQuery(doc_id="ar-hawija-2025-02-16-wakalat-mithal"))
    ready(tab, f"{origin}/?event={event.event_id}")
    tab.wait_for_selector("#panel mark.current")
    assert tab.locator("#panel .article-text").evaluate("node => node.matches(':dir(rtl)')")
    assert tab.locator("#panel .doc-title").evaluate("node => node.matches(':dir(rtl)')")
    assert not tab.locator("#panel h2").evaluate("node => node.matches(':dir(rtl)')")


def test_docs_page_renders_offline(page: tuple[Any, Watch, str]) -> None:
    tab, _watch, origin = page
    tab.goto(origin + "/docs")
    tab.wait_for_selector(".opblock", timeout=20_000)
    assert tab.locator(".opblock").count() >= 10


def test_screenshot_for_the_readme(page: tuple[Any, Watch, str], server: tuple[str, Store], tmp_path: Path) -> None:
    """docs/img/dashboard.png (written with DATELINE_UPDATE_SCREENSHOT=1): the examples with the
    event told by two articles open."""
    tab, _watch, origin = page
    store = server[1]
    merged = next(c for c in store.canonical() if c.reports and c.reports > 1)
    ready(tab, f"{origin}/?event={merged.cluster_id}")
    tab.wait_for_selector("#panel mark.current")
    tab.locator("#panel mark.current").first.scroll_into_view_if_needed()
    tab.wait_for_timeout(500)  # let the map settle after the panel opened
    target = tmp_path / "dashboard.png"
    tab.screenshot(path=str(target))
    assert target.stat().st_size > 20_000
    if UPDATE_SCREENSHOT:  # a test run leaves the checkout as it found it unless asked
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(target, SCREENSHOT)


def store_elsewhere(target: str, engine: object, folder: Path, *articles: tuple[int, str]) -> None:
    """Store invented articles (loopback's, by number) through a connection of their own, as
    `dateline watch` in another process would."""
    paths = []
    for number, name in articles:
        title, body = article_text(number, published="2025-06-02")
        paths.append(folder / f"{name}.txt")
        paths[-1].write_text(f"date: 2025-06-02\ntitle: {title}\n\n{body}\n", encoding="utf-8")
    with Store(target) as writer:
        summary = ingest(paths, writer, engine=engine)  # type: ignore[arg-type]
    assert summary.ok and summary.added == len(articles), summary.errors


def test_articles_stored_elsewhere_appear_without_a_reload(page: tuple[Any, Watch, str], server: tuple[str, Store],
                                                          engine: object, tmp_path: Path) -> None:
    """Two articles stored by another writer (as dateline watch would): the Ukrainian one
    appears on the filtered map and in the table, ringed and counted; the Iraqi one does not
    (the filter holds); the page is never reloaded and the view never moves."""
    tab, _watch, origin = page
    store = server[1]
    view = "5/47.000/33.000"
    ready(tab, f"{origin}/?country=UA&at={view}")
    tab.wait_for_selector("#live[data-state=live]", timeout=20_000)
    tab.evaluate("window.__samePage = true")  # gone if the page reloads
    rows_before = tab.locator("#events tbody tr").count()
    assert tab.locator("#live-new").is_hidden()

    store_elsewhere(store.target, engine, tmp_path, (4, "live-kherson"), (1, "live-mosul"))
    [kherson] = {e.cluster_id for e in store.events(EventQuery(doc_id="live-kherson"))}
    [mosul] = {e.cluster_id for e in store.events(EventQuery(doc_id="live-mosul"))}

    tab.wait_for_selector(f"#events tbody tr.new[data-id='{kherson}']", timeout=20_000)
    assert tab.locator("path.dl-marker.dl-new").count() >= 1
    assert tab.locator("#live-new").inner_text() == "1 new event"
    assert tab.locator("#events tbody tr").count() == rows_before + 1
    assert tab.locator(f"#events tbody tr[data-id='{mosul}']").count() == 0
    assert tab.evaluate("window.__samePage") is True
    assert query_of(tab)["at"] == [view] and query_of(tab)["country"] == ["UA"]
    assert tab.locator("#f-country").input_value() == "UA"

    tab.click("#live-new")  # shows them: the map moves to the new event, the count goes
    tab.wait_for_function("() => document.querySelector('#live-new').hidden")
    assert query_of(tab)["at"] != [view]
    assert tab.locator(f"#events tbody tr.new[data-id='{kherson}']").count() == 1


@pytest.fixture
def small_store(tmp_path: Path, engine: object) -> Iterator[Store]:
    """A store of one article, for tests that stop and start their own server."""
    with Store(str(tmp_path / "small.db")) as store:
        fill(store, engine, ROOT / "examples" / "fr-gao-2025-04-09-agence-exemple.txt")
        yield store


@pytest.fixture
def bare_tab(browser: Any) -> Iterator[Any]:
    """A page of its own (no shared server), with the same watch for what must not happen."""
    context = browser.new_context(viewport={"width": 1200, "height": 800})
    opened = context.new_page()
    watch = Watch(opened, "http://127.0.0.1:")
    yield opened
    context.close()
    assert not watch.errors, f"script errors or CSP violations: {watch.errors}"


def test_the_page_catches_up_after_the_server_restarts(bare_tab: Any, small_store: Store, engine: object,
                                                       tmp_path: Path) -> None:
    tab = bare_tab
    with serving(small_store, engine) as (origin, port):
        ready(tab, origin + "/?at=3/35.000/20.000")  # Mali and Ukraine in view
        tab.wait_for_selector("#live[data-state=live]", timeout=20_000)
        tab.evaluate("window.__samePage = true")
        markers = tab.locator(".dl-marker").count()
    tab.wait_for_selector("#live[data-state=reconnecting]", timeout=20_000)
    store_elsewhere(small_store.target, engine, tmp_path, (4, "while-down"))  # stored while no server runs
    with serving(small_store, engine, port=port):
        tab.wait_for_selector("path.dl-marker.dl-new", timeout=40_000)
        tab.wait_for_selector("#live[data-state=live], #live[data-state=polling]", timeout=20_000)
        assert tab.locator("#live-new").inner_text() == "1 new event"
        assert tab.locator(".dl-marker").count() >= markers
        assert tab.evaluate("window.__samePage") is True


def test_where_no_stream_can_be_had_the_page_polls(bare_tab: Any, small_store: Store, engine: object,
                                                   tmp_path: Path) -> None:
    tab = bare_tab
    with serving(small_store, engine, max_live_streams=0) as (origin, _port):  # every stream refused
        ready(tab, origin + "/?at=3/35.000/20.000")
        tab.wait_for_selector("#live[data-state=polling]", timeout=20_000)
        store_elsewhere(small_store.target, engine, tmp_path, (4, "polled"))
        tab.wait_for_selector("#events tbody tr.new", timeout=30_000)
        assert tab.locator("#live-new").inner_text() == "1 new event"


def test_merge_and_split_from_the_panel(page: tuple[Any, Watch, str], server: tuple[str, Store]) -> None:
    """Last in this module: it corrects the shared store (and puts it back)."""
    tab, _watch, origin = page
    store = server[1]
    [keep] = store.canonical(EventQuery(country="FR"))
    [other] = store.canonical(EventQuery(country="DE"))
    ready(tab, f"{origin}/?event={keep.cluster_id}")
    tab.wait_for_selector("#panel #merge")
    tab.fill("#token", "not-the-token")
    tab.fill("#merge-other", other.cluster_id)
    tab.click("#merge")
    tab.wait_for_selector("#panel .message.error")
    assert "token" in tab.locator("#panel .message").inner_text()
    assert store.event(other.report_list[0].event_id).cluster_id == other.cluster_id

    tab.fill("#token", TOKEN)
    tab.click("#merge")
    tab.wait_for_function("() => document.querySelectorAll('#panel .reports li').length === 2")
    moved = other.report_list[0].event_id
    assert store.event(moved).cluster_id == keep.cluster_id

    tab.locator("#panel .reports li", has_text=other.report_list[0].source or "").locator("button.split").click()
    tab.wait_for_function("(id) => new URLSearchParams(location.search).get('event') === id", arg=moved)
    tab.wait_for_selector("#panel h2")
    assert store.event(moved).cluster_id != keep.cluster_id
    assert next(store.canonical(EventQuery(cluster_id=keep.cluster_id))).reports == 1
