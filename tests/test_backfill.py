"""``dateline backfill`` on a local Dask cluster: the store a serial ingest makes, resumable."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner

from dateline.cli.main import cli
from dateline.evaluate.gold import GoldArticle, iter_gold

from .conftest import ROOT, reset_postgres
from .store.snapshot import store_snapshot

pytest.importorskip("distributed", reason="dateline backfill needs the distributed extra")
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The dev set's articles as an archive: JSON lines, and a folder of two text files."""
    folder = tmp_path_factory.mktemp("archive")
    articles = [a for a in iter_gold(ROOT / "eval" / "dev") if isinstance(a, GoldArticle)]
    with (folder / "dev.jsonl").open("w", encoding="utf-8") as out:
        for article in articles:
            out.write(json.dumps({"id": article.id, "text": article.text, "published": article.published,
                                  "lang": article.lang, "source": article.outlet}, ensure_ascii=False) + "\n")
    (folder / "more").mkdir()
    (folder / "more" / "kharkiv.txt").write_text(
        "date: 2025-03-14\n\nKHARKIV, Ukraine, March 14 (Example Wire) - A Russian missile struck an apartment "
        "block in Kharkiv early on Friday, killing four people, the regional governor said.\n", encoding="utf-8")
    (folder / "more" / "broken.json").write_text('{"id": "x", "text": ', encoding="utf-8")
    return folder


def _ingest_serially(archive: Path, target: str) -> dict:
    result = CliRunner().invoke(cli, ["ingest", str(archive / "dev.jsonl"), str(archive / "more"), "--db", target,
                                      "-q"])
    assert result.exit_code == 1 and "broken.json" in result.stderr  # the broken file, and only it
    return store_snapshot(target)


def _fresh(target: str) -> None:
    if target.startswith("postgresql"):
        reset_postgres(target)
    else:
        for suffix in ("", "-wal", "-shm"):
            Path(target + suffix).unlink(missing_ok=True)


def _backfill_command(archive: Path, target: str, *extra: str) -> list[str]:
    return [sys.executable, "-m", "dateline", "backfill", str(archive / "dev.jsonl"), str(archive / "more"),
            "--db", target, "--shard-mb", "0.05", "-q", *extra]


def test_a_backfill_on_two_workers_stores_what_a_serial_ingest_does(archive, store_target):
    serial = _ingest_serially(archive, store_target)
    _fresh(store_target)
    run = subprocess.run(_backfill_command(archive, store_target, "--workers", "2"), capture_output=True, text=True,
                         timeout=600)
    assert run.returncode == 1 and "broken.json" in run.stderr  # one bad input: one line, the rest stored
    backfilled = store_snapshot(store_target)
    assert len(serial["events"]) > 100 and len(serial["clusters"]) < len(serial["events"])
    for table in serial:
        assert backfilled[table] == serial[table], table
    with sa.create_engine(_url(store_target)).connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM merge_queue")).scalar() == 0
        assert conn.execute(sa.text("SELECT count(*) FROM backfill_shards")).scalar() >= 5


def test_a_killed_backfill_resumes_without_duplicates(archive, tmp_path):
    target = str(tmp_path / "resumed.db")
    serial = _ingest_serially(archive, str(tmp_path / "serial.db"))
    process = subprocess.Popen(_backfill_command(archive, target, "--workers", "1"), start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and process.poll() is None and _shards_done(target) < 2:
            time.sleep(0.2)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)  # the command and its Dask workers, mid-run
        process.wait()
    again = subprocess.run(_backfill_command(archive, target, "--workers", "1"), capture_output=True, text=True,
                           timeout=600)
    assert again.returncode == 1 and "broken.json" in again.stderr
    resumed = store_snapshot(target)
    for table in serial:
        assert resumed[table] == serial[table], table


@pytest.mark.postgres
def test_two_backfills_writing_at_once_lose_and_repeat_nothing(archive, tmp_path):
    url = os.environ.get("DATELINE_TEST_PG")
    if not url:
        pytest.skip("DATELINE_TEST_PG is not set")
    reset_postgres(url)
    serial = _ingest_serially(archive, str(tmp_path / "serial.db"))
    serial_pg = None
    runs = [subprocess.Popen(_backfill_command(archive, url, "--workers", "1"), stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True) for _ in range(2)]
    errors = [run.communicate(timeout=600)[1] for run in runs]
    assert [run.returncode for run in runs] == [1, 1], errors
    both = store_snapshot(url)
    reset_postgres(url)
    serial_pg = _ingest_serially(archive, url)
    assert len(both["documents"]) == len(serial["documents"]) and len(both["events"]) == len(serial["events"])
    for table in serial_pg:
        assert both[table] == serial_pg[table], table


def _shards_done(target: str) -> int:
    if not Path(target).is_file():
        return 0
    try:
        with sa.create_engine(_url(target)).connect() as conn:
            return int(conn.execute(sa.text("SELECT count(*) FROM backfill_shards")).scalar() or 0)
    except sa.exc.OperationalError:  # not created yet
        return 0


def _url(target: str) -> str:
    return target if "://" in target else f"sqlite:///{target}"
