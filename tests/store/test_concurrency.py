"""Several dateline processes on one store at once: schema set-up and ingests of the same
files race, and every process must still succeed (a document another one stored a moment
ago is "unchanged", never a failure). Real processes, on SQLite and on PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from dateline.store import Store

from ..conftest import EXAMPLES

PROCESSES = 3


def _ingest_at_once(target: str, paths: list[str]) -> list[subprocess.CompletedProcess[str]]:
    command = [sys.executable, "-m", "dateline", "ingest", *paths, "--db", target, "-q"]
    running = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env={**os.environ, "COLUMNS": "200"}) for _ in range(PROCESSES)]
    results = []
    for process in running:
        out, err = process.communicate(timeout=300)
        results.append(subprocess.CompletedProcess(process.args, process.returncode, out, err))
    return results


@pytest.mark.slow
def test_ingests_started_together_on_a_fresh_store_all_succeed(store_target):
    results = _ingest_at_once(store_target, [str(EXAMPLES)])
    for result in results:
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr and "error" not in result.stderr.lower(), result.stderr
    with Store(store_target) as store:
        stored = store.counts()
    with Store(":memory:") as alone:
        from dateline.pipeline import ingest

        ingest([EXAMPLES], alone)
        expected = alone.counts()
    assert stored == expected


@pytest.mark.slow
def test_schema_set_up_is_serialised(store_target):
    """Only the schema: opening a fresh store from several processes at once."""
    code = "import sys; from dateline.store import Store; Store(sys.argv[1]).close()"
    running = [subprocess.Popen([sys.executable, "-c", code, store_target], stderr=subprocess.PIPE, text=True)
               for _ in range(PROCESSES)]
    errors = [process.communicate(timeout=120)[1] for process in running]
    assert [process.returncode for process in running] == [0] * PROCESSES, errors
    with Store(store_target) as store:
        assert store.counts()["documents"] == 0


@pytest.mark.slow
def test_two_reports_of_one_event_stored_at_once_make_one_canonical_event(store_target):
    """The French and the English report of the Tuz Khurmatu bomb, each ingested by its own
    process at the same moment: one canonical event, not two."""
    from ..conftest import PG_URL, reset_postgres

    reports = [EXAMPLES / "fr-touz-khourmatou-2024-10-17-agence-exemple.txt",
               EXAMPLES / "en-tuz-khurmatu-2024-10-18-example-wire.txt"]
    for _round in range(3):  # a race: each round is one more chance to lose it
        if store_target == PG_URL:
            reset_postgres(store_target)
        else:
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(store_target + suffix):
                    os.remove(store_target + suffix)
        with Store(store_target):
            pass  # the schema first: this test is about the merge, not the set-up
        command = [sys.executable, "-m", "dateline", "ingest", "--db", store_target, "-q"]
        running = [subprocess.Popen([*command[:4], str(path), *command[4:]], stderr=subprocess.PIPE, text=True)
                   for path in reports]
        errors = [process.communicate(timeout=300)[1] for process in running]
        assert [process.returncode for process in running] == [0, 0], errors
        with Store(store_target) as store:
            clusters = {e.cluster_id for e in store.events()}
            assert store.counts()["events"] == 2 and len(clusters) == 1
