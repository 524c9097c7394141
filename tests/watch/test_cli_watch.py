"""The commands: ``dateline ingest URL...`` and ``dateline watch`` (once, status, mistakes)."""

import json

from click.testing import CliRunner

from dateline.cli.main import cli
from dateline.watch.loopback import article_html, rss

FAST_ENV = {"DATELINE_FETCH_TIMEOUT": "0.6", "DATELINE_FETCH_ATTEMPTS": "1", "DATELINE_HOST_DELAY": "0",
            "DATELINE_RETRY_DELAY": "0.01"}


def invoke(*args, env=None):
    return CliRunner().invoke(cli, [str(a) for a in args], env={**FAST_ENV, **(env or {})},
                              catch_exceptions=False)


def test_ingest_urls_one_line_per_bad_page_and_the_rest_stored(site, tmp_path):
    site.route("/good", body=article_html(1, canonical=site.url("/good")))
    site.route("/report.pdf", body=b"%PDF-1.4\n...", content_type="application/pdf")
    site.route("/hang", body=b"", delay=30)
    site.route("/loop", status=301, headers={"Location": "/loop"})
    db = tmp_path / "web.db"
    result = invoke("ingest", site.url("/good"), site.url("/report.pdf"), site.url("/missing"),
                    site.url("/hang"), site.url("/loop"), "--db", db)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 4
    assert any("[F105]" in e and "PDF" in e for e in errors)
    assert any("[F102]" in e and "404" in e for e in errors)
    assert any("[F101]" in e for e in errors)
    assert any("[F104]" in e and "redirect loop" in e for e in errors)
    assert "Traceback" not in result.stderr
    events = invoke("events", "--db", db, "--format", "jsonl").stdout.splitlines()
    assert events and all(json.loads(e)["doc_id"].startswith("127.0.0.1-good-") for e in events)


def test_ingest_mixes_urls_and_files(site, tmp_path):
    site.route("/good", body=article_html(2))
    article = tmp_path / "local.txt"
    article.write_text("date: 2025-03-14\n\nA bomb exploded in Gao on Friday, killing two soldiers.", encoding="utf-8")
    result = invoke("ingest", article, site.url("/good"), "--db", tmp_path / "mixed.db", "--quiet")
    assert result.exit_code == 0, result.stderr


def test_watch_once_then_status(site, tmp_path):
    site.route("/a/1", body=article_html(1))
    site.route("/a/2", body=article_html(2))
    site.route("/feed.xml", content_type="application/rss+xml",
               body=rss([("1", site.url("/a/1"), "2025-03-14"), ("2", site.url("/a/2"), "2025-03-14")]))
    db = tmp_path / "watch.db"
    result = invoke("watch", site.url("/feed.xml"), "--db", db, "--once", "--log-format", "json")
    assert result.exit_code == 0, result.stderr
    lines = [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
    assert [line["event"] for line in lines if line["event"] == "item.stored"] == ["item.stored"] * 2
    assert all({"ts", "level", "logger", "event"} <= set(line) for line in lines)
    status = json.loads(invoke("watch", "--status", "--db", db, "--format", "json").stdout)
    (feed,) = status["feeds"]
    assert feed["url"] == site.url("/feed.xml") and feed["stored"] == 2 and feed["failures"] == 0
    table = invoke("watch", "--status", "--db", db)
    assert table.exit_code == 0 and site.url("/feed.xml") in table.stdout


def test_watch_once_exits_1_when_a_feed_failed(site, tmp_path):
    site.route("/feed.xml", status=500, body=b"down")
    result = invoke("watch", site.url("/feed.xml"), "--db", tmp_path / "w.db", "--once")
    assert result.exit_code == 1
    assert "feed.failed" in result.stderr and "500" in result.stderr


def test_watch_from_a_config_file(site, tmp_path):
    site.route("/a/1", body=article_html(1))
    site.route("/feed.xml", content_type="application/rss+xml", body=rss([("1", site.url("/a/1"), "2025-03-14")]))
    config = tmp_path / "watch.toml"
    config.write_text(f'db = "{tmp_path / "conf.db"}"\nfeeds = ["{site.url("/feed.xml")}"]\n', encoding="utf-8")
    assert invoke("watch", "--config", config, "--once").exit_code == 0
    status = json.loads(invoke("watch", "--status", "--config", config, "--format", "json").stdout)
    assert status["feeds"][0]["stored"] == 1


def test_watch_mistakes_are_one_line(tmp_path):
    nothing = invoke("watch", "--db", tmp_path / "w.db")
    assert nothing.exit_code == 1 and "nothing to watch" in nothing.stderr
    bad = tmp_path / "bad.toml"
    bad.write_text("colour = 1\n", encoding="utf-8")
    wrong = invoke("watch", "--config", bad)
    assert wrong.exit_code == 1 and "[C010]" in wrong.stderr and "colour" in wrong.stderr
    missing = invoke("watch", tmp_path / "no-such-folder", "--db", tmp_path / "w.db")
    assert missing.exit_code == 1 and "nor an existing folder" in missing.stderr
    assert all(len(r.stderr.strip().splitlines()) == 1 for r in (nothing, wrong, missing))


def test_status_of_an_empty_store(tmp_path):
    result = invoke("watch", "--status", "--db", tmp_path / "empty.db")
    assert result.exit_code == 0 and "nothing watched yet" in result.stdout
