"""``dateline ingest -j N``: N processes extract, one writes, in input order."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli.main import cli

from .conftest import ROOT, reset_postgres
from .store.snapshot import store_snapshot

DEV = ROOT / "eval" / "dev"


@pytest.mark.slow
def test_two_processes_store_exactly_what_one_does(store_target):
    """Canonical events depend on the order reports arrive: -j 2 must keep the input order."""
    runner = CliRunner()
    inputs = [str(DEV / "fr"), str(DEV / "en"), str(ROOT / "examples")]
    serial = runner.invoke(cli, ["ingest", *inputs, "--db", store_target, "-q", "-j", "1"])
    assert serial.exit_code == 0, serial.output
    one = store_snapshot(store_target)
    if store_target.startswith("postgresql"):
        reset_postgres(store_target)
    else:
        for suffix in ("", "-wal", "-shm"):
            Path(store_target + suffix).unlink(missing_ok=True)
    parallel = runner.invoke(cli, ["ingest", *inputs, "--db", store_target, "-q", "-j", "2"])
    assert parallel.exit_code == 0, parallel.output
    two = store_snapshot(store_target)
    assert len(one["events"]) > 50 and len(one["clusters"]) < len(one["events"])  # some reports merged
    for table in one:
        assert two[table] == one[table], table


def test_a_failing_document_in_a_worker_is_one_error_and_the_rest_is_stored(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("date: 2025-03-14\n\nA drone struck Kharkiv on Friday, killing two people.\n",
                                     encoding="utf-8")
    (folder / "bad.json").write_text('{"id": "x", "text": ', encoding="utf-8")
    db = str(tmp_path / "s.db")
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", db, "-q", "-j", "2"])
    assert result.exit_code == 1 and "bad.json" in result.stderr
    assert [d["id"] for d in store_snapshot(db)["documents"]] == ["good"]
