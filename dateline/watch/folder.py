"""Watched folders: new and changed files are read as ``dateline ingest`` reads them.

Polling, not inotify: it works on every filesystem (NFS, bind mounts, Docker volumes) and
costs one ``stat`` per file per poll. A file is read once its size and modification time
have stayed still for ``settle`` seconds, so a file still being copied in is not read half
way; it is read again whenever it changes. Its row is written after its documents, and the
store's content hash makes reading it again after a crash harmless.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from ..errors import DatelineError, ReadError
from ..models import Document
from ..pipeline import IngestSummary
from ..read import READABLE_SUFFIXES, read_file
from ..store import AddResult
from .logs import emit
from .state import WatchState

log = logging.getLogger(__name__)


class FolderWatcher:
    """One folder, read recursively (hidden files and folders are skipped)."""

    def __init__(self, folder: str, state: WatchState, *, max_bytes: int, settle: float = 1.0) -> None:
        self.folder = str(Path(folder))
        self.state = state
        self.max_bytes = max_bytes
        self.settle = settle

    def ready_files(self) -> list[tuple[Path, int, int]]:
        """(path, size, mtime_ns) of the files that are new or changed and have settled."""
        root = Path(self.folder)
        known = self.state.file_signatures(self.folder)
        ready = []
        now = time.time()
        for path in sorted(root.rglob("*")):
            if path.suffix.lower() not in READABLE_SUFFIXES \
                    or any(part.startswith(".") for part in path.relative_to(root).parts):
                continue
            try:
                info = path.stat()
            except OSError:
                continue  # gone between the listing and the stat
            if not path.is_file() or known.get(str(path)) == (info.st_size, info.st_mtime_ns):
                continue
            if now - info.st_mtime < self.settle:
                continue  # still being written: next poll
            ready.append((path, info.st_size, info.st_mtime_ns))
        return ready

    def poll(self, store_document: Callable[[Document], AddResult],
             stop: threading.Event) -> tuple[int, IngestSummary]:
        """Read every ready file (stopping between files when ``stop`` is set); the number of
        files read and what became of their documents."""
        summary = IngestSummary()
        if not Path(self.folder).is_dir():
            raise ReadError("watched folder is missing", path=self.folder)
        files = 0
        for path, size, mtime_ns in self.ready_files():
            if stop.is_set():
                break
            files += 1
            stored, errors = 0, []
            for doc in read_file(path, max_bytes=self.max_bytes):
                try:
                    if isinstance(doc, ReadError):
                        raise doc
                    outcome = store_document(doc)
                except DatelineError as error:
                    message = str(error) if isinstance(error, ReadError) else f"{path}: {error}"
                    errors.append(message)
                    emit(log, logging.ERROR, "file.failed", folder=self.folder, path=str(path), error=message)
                    continue
                stored += 1
                summary.read += 1
                setattr(summary, outcome.outcome, getattr(summary, outcome.outcome) + 1)
                summary.events += outcome.events
                emit(log, logging.INFO, "document.known" if outcome.outcome == "unchanged" else "document.stored",
                     folder=self.folder, path=str(path), doc_id=doc.id, outcome=outcome.outcome,
                     events=outcome.events)
            summary.failed += len(errors)
            summary.errors.extend(errors)
            self.state.record_file(self.folder, str(path), size=size, mtime_ns=mtime_ns, documents=stored,
                                   error=errors[-1] if errors else None)
        return files, summary
