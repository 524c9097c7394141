"""Watched folders: new files are read once settled, changed files again, bad files once."""

import os
import time

from dateline.watch.loopback import article_text
from dateline.watch.state import WatchState


def _write(path, text, *, age=10.0):
    path.write_text(text, encoding="utf-8")
    past = time.time() - age
    os.utime(path, (past, past))


def _article(number):
    title, body = article_text(number)
    return f"date: 2025-03-14\ntitle: {title}\n\n{body}"


def test_new_files_are_stored_and_read_once(tmp_path, store, make_watcher):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _write(inbox / "one.txt", _article(1))
    counts = make_watcher(folders=[str(inbox)]).run(once=True)
    assert counts["stored"] == 1 and [d.id for d in store.documents()] == ["one"]
    _write(inbox / "two.txt", _article(2))
    counts = make_watcher(folders=[str(inbox)]).run(once=True)
    assert counts["files"] == 1 and counts["stored"] == 1
    assert sorted(d.id for d in store.documents()) == ["one", "two"]


def test_a_file_still_being_written_waits_for_the_next_poll(tmp_path, store, make_watcher):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _write(inbox / "fresh.txt", _article(3), age=0.0)
    counts = make_watcher(folders=[str(inbox)], watch_interval=30.0).run(once=True)
    assert counts["files"] == 0 and not list(store.documents())


def test_a_changed_file_is_read_again(tmp_path, store, make_watcher):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _write(inbox / "story.txt", _article(4))
    make_watcher(folders=[str(inbox)]).run(once=True)
    _write(inbox / "story.txt", _article(4) + "\n\nUpdate: the toll rose, officials said.", age=5.0)
    make_watcher(folders=[str(inbox)]).run(once=True)
    (doc,) = store.documents()
    assert doc.text.endswith("officials said.")


def test_a_bad_file_is_one_failure_and_is_not_read_again(tmp_path, store, make_watcher):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    past = time.time() - 10
    os.utime(inbox / "binary.txt", (past, past))
    _write(inbox / "good.txt", _article(5))
    counts = make_watcher(folders=[str(inbox)]).run(once=True)
    assert counts["failed"] == 1 and counts["stored"] == 1
    _feeds, (folder,) = WatchState(store).status()
    assert folder.files == 2 and folder.failed == 1 and "binary" in folder.last_error
    again = make_watcher(folders=[str(inbox)]).run(once=True)
    assert again["files"] == 0


def test_a_missing_folder_is_a_failed_poll(tmp_path, store, make_watcher):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    watcher = make_watcher(folders=[str(inbox)])
    inbox.rmdir()
    assert watcher.run(once=True)["failed_polls"] == 1
