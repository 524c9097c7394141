"""``dateline ingest -j N``: N processes extract, one writes, in input order."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli.main import cli
from dateline.errors import ExtractError
from dateline.extraction import Engine
from dateline.models import Document
from dateline.workers import CHUNK_DOCUMENTS, Job, Workers

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


def _title_and_process(doc: Document, _engine: Engine) -> tuple[str, int]:
    return doc.title or "", os.getpid()


def test_documents_travel_in_chunks_and_come_back_in_input_order():
    """Jobs without a document (an input's end, a document already stored) keep their place
    among the chunks' results, and the documents are extracted in other processes."""
    jobs = [Job(n, Document(id=f"d{n}", text=f"Text {n}.", title=f"t{n}") if n % 3 else None)
            for n in range(5 * CHUNK_DOCUMENTS + 3)]
    with Workers(jobs=2) as workers:
        results = list(workers.map(_title_and_process, iter(jobs)))
    assert [tag for tag, _result in results] == list(range(len(jobs)))
    assert all((result is None) == (tag % 3 == 0) for tag, result in results)
    assert [result[0] for _tag, result in results if result] == [f"t{n}" for n in range(len(jobs)) if n % 3]
    assert os.getpid() not in {result[1] for _tag, result in results if result}


def _die(_doc: Document, _engine: Engine) -> None:
    os._exit(9)  # as a process the system kills for its memory


def test_a_worker_killed_is_one_clear_error():
    with Workers(jobs=2) as workers, pytest.raises(ExtractError, match="worker process stopped"):
        list(workers.map(_die, [Job(0, Document(id="a", text="Text."))]))


def test_the_ingest_command_loads_neither_store_nor_engine_before_its_workers_start():
    """Workers start first: their start-up overlaps this process's (importing the store,
    opening it, reading the inputs) instead of following it."""
    code = ("import sys, dateline.cli.ingest, dateline.workers; "
            "print(sorted(m for m in ('sqlalchemy', 'dateline.store', 'dateline.extraction', 'dateline.pipeline') "
            "if m in sys.modules))")
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert found.stdout.strip() == "[]"


_FIRST = {
    "a.txt": "date: 2025-03-14\n\nKHARKIV, March 14 - A drone struck a warehouse in Kharkiv on Friday, "
             "killing two workers, the regional governor said.\n",
    "b.txt": "date: 2025-03-14\n\nKHARKIV, March 14 - Two people were killed when a drone hit a warehouse "
             "in Kharkiv on Friday, officials said.\n",
    "c.txt": "date: 2025-03-15\n\nKHERSON, March 15 - Shelling of Kherson on Saturday wounded four civilians, "
             "the city administration said.\n",
}
_SECOND = {
    "a.txt": "date: 2025-03-14\n\nKHARKIV, March 14 - A drone struck a warehouse in Kharkiv on Friday, "
             "killing three workers, the regional governor said.\n",  # updated: a new figure
    "c.txt": _FIRST["c.txt"],  # a repeat: unchanged
    "d.txt": "date: 2025-03-15\n\nKHERSON, March 15 - Four civilians were wounded by shelling in Kherson "
             "on Saturday, the city administration said.\n",
}


@pytest.mark.slow
def test_updates_repeats_and_merges_store_the_same_with_two_processes(tmp_path):
    """Rows made by the workers go through the writer's every path (added, updated, unchanged,
    merged into an earlier report's canonical event) as models did in one process."""
    folders = []
    for number, texts in enumerate((_FIRST, _SECOND)):
        folders.append(tmp_path / f"in-{number}")
        folders[-1].mkdir()
        for name, text in texts.items():
            (folders[-1] / name).write_text(text, encoding="utf-8")
    stores = {}
    for run in ("1", "2"):
        db = str(tmp_path / f"run-{run}.db")
        for folder in folders:
            result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", db, "-q", "-j", run])
            assert result.exit_code == 0, result.output
        stores[run] = store_snapshot(db)
    one, other = stores["1"], stores["2"]
    assert len(one["documents"]) == 4 and len(one["clusters"]) < len(one["events"])
    assert 3 in {event["fatalities"] for event in one["events"]}
    for table in one:
        assert other[table] == one[table], table
