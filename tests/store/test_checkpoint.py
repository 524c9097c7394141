"""A SQLite store's write-ahead log is copied into the database file by a thread of its own
(dateline/store/checkpoint.py), not by the commit that crosses SQLite's mark."""

import shutil
import sqlite3
import threading

from dateline.models import Document, Event
from dateline.store import Store
from dateline.store.checkpoint import Checkpointer


def _report(number: int) -> tuple[Document, list[Event]]:
    doc = Document(id=f"wire-{number}", text=f"Shelling hit the market of Tessit on day {number}.",
                   published="2025-03-04", lang="en", source="Wire")
    event = Event(doc_id=doc.id, event_date="2025-03-04", sub_event_type="Shelling/artillery/missile attack",
                  country="Mali", country_code="ML", location="Tessit", latitude=15.01, longitude=0.96,
                  actor1="Unidentified Armed Group (Mali)", fatalities=number % 4)
    return doc, [event]


def _documents_in_main_file(path, workdir) -> int:
    """Documents in the database file alone, as a copy of it without its log shows them."""
    alone = workdir / "alone.db"
    shutil.copy(path, alone)
    with sqlite3.connect(alone) as connection:
        return connection.execute("SELECT count(*) FROM documents").fetchone()[0]


def test_writes_reach_the_database_file_without_a_commit_waiting(tmp_path):
    path = tmp_path / "store.db"
    with Store(str(path)) as store:
        for number in range(5):
            store.add(*_report(number))
        assert store.checkpointer is not None and store.checkpointer.wait(timeout=30)
        assert store.checkpointer.checkpoints >= 1
        # far below SQLite's own mark (40,000 pages): only the thread can have copied them
        assert _documents_in_main_file(path, tmp_path) == 5
        store.add(*_report(5))
        assert store.checkpointer.wait(timeout=30)
        assert _documents_in_main_file(path, tmp_path) == 6


def test_a_store_opened_to_read_starts_no_thread(tmp_path):
    path = tmp_path / "store.db"
    with Store(str(path)) as store:
        store.add(*_report(1))
    with Store(str(path), create=False) as reader:
        assert len(list(reader.events())) == 1
        assert reader.checkpointer is None


def test_closing_the_store_stops_the_thread_and_keeps_every_write(tmp_path):
    path = tmp_path / "store.db"
    with Store(str(path)) as store:
        for number in range(3):
            store.add(*_report(number))
        checkpointer = store.checkpointer
    assert checkpointer is not None and not checkpointer.alive
    assert not [t for t in threading.enumerate() if t.name == "dateline-checkpoint"]
    with Store(str(path), create=False) as again:
        assert again.counts()["documents"] == 3


def test_a_file_that_cannot_be_opened_stops_the_thread_quietly(tmp_path):
    checkpointer = Checkpointer(str(tmp_path / "no" / "such" / "dir" / "store.db"), interval=0)
    checkpointer.committed()
    assert not checkpointer.wait(timeout=5) or not checkpointer.alive
    checkpointer.close()
    assert not checkpointer.alive
