"""Inputs cut into shards: pieces of work a Dask worker reads, extracts and writes alone.

A shard is a run of lines of a JSON-lines file (cut at line ends, about ``shard_bytes``
each), a row group of a Parquet file, or a few files of a folder. Shards are numbered in the
order of the inputs, and a document's place in that order (``position``: its shard's number,
then its rank in the shard) is what the merge pass follows, so a backfill merges exactly as a
serial ingest of the same inputs would. A shard's key is a hash of what it holds (path, size,
modification time, range): a shard already written is known again after a restart.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import ReadError
from ..read import JSONL_SUFFIXES, ReadResult, document_from_record, expand_paths, read_file, read_jsonl_range

SHARD_BYTES = 8_000_000  # of a JSON-lines file: a few thousand articles, a minute of one worker
SHARD_FILES = 200  # files of a folder per shard
POSITION_BITS = 32  # a document's position: its shard's number above these bits, its rank below


@dataclass(frozen=True)
class Shard:
    """One piece of the inputs: ``kind`` is "jsonl" (bytes ``start``..``end`` of ``paths[0]``,
    whose first line is ``first_line``), "parquet" (row group ``start`` of ``paths[0]``) or
    "files" (every path)."""

    number: int
    kind: str
    paths: tuple[str, ...]
    start: int = 0
    end: int = 0
    first_line: int = 1

    @property
    def key(self) -> str:
        parts = [self.kind, str(self.start), str(self.end)]
        for path in self.paths:
            stat = Path(path).stat()
            parts += [str(Path(path).resolve()), str(stat.st_size), str(stat.st_mtime_ns)]
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()

    @property
    def label(self) -> str:
        if self.kind == "files":
            return f"{self.paths[0]} (+{len(self.paths) - 1} files)" if len(self.paths) > 1 else self.paths[0]
        return f"{self.paths[0]} [{self.kind} {self.start}]"

    def position(self, rank: int) -> int:
        return (self.number << POSITION_BITS) + rank


def plan(sources: Iterable[str | Path], *, shard_bytes: int = SHARD_BYTES,
         shard_files: int = SHARD_FILES) -> tuple[list[Shard], list[ReadError]]:
    """The shards of ``sources`` (files and folders, expanded as ``dateline ingest`` does) in
    input order, and the inputs that cannot be read."""
    shards: list[Shard] = []
    errors: list[ReadError] = []
    files: list[str] = []

    def flush() -> None:
        if files:
            shards.append(Shard(len(shards), "files", tuple(files)))
            files.clear()

    for found in expand_paths(sources):
        if isinstance(found, ReadError):
            errors.append(found)
            continue
        path = Path(found)
        if path.suffix.lower() in JSONL_SUFFIXES:
            flush()
            for start, end, first_line in _line_ranges(path, shard_bytes):
                shards.append(Shard(len(shards), "jsonl", (str(path),), start, end, first_line))
        elif path.suffix.lower() == ".parquet":
            flush()
            for group in range(_row_groups(path)):
                shards.append(Shard(len(shards), "parquet", (str(path),), group))
        else:
            files.append(str(path))
            if len(files) >= shard_files:
                flush()
    flush()
    return shards, errors


def read(shard: Shard, *, max_bytes: int, encoding: str | None = None) -> Iterator[ReadResult]:
    """The documents (and read errors) of a shard, in order."""
    if shard.kind == "jsonl":
        yield from read_jsonl_range(Path(shard.paths[0]), shard.start, shard.end, shard.first_line,
                                    max_bytes=max_bytes, encoding=encoding)
    elif shard.kind == "parquet":
        yield from _parquet_rows(Path(shard.paths[0]), shard.start)
    else:
        for path in shard.paths:
            yield from read_file(Path(path), max_bytes=max_bytes, encoding=encoding)


def _line_ranges(path: Path, shard_bytes: int) -> Iterator[tuple[int, int, int]]:
    """(start, end, first line number) of runs of whole lines of about ``shard_bytes``."""
    start = 0
    line = 1
    size = path.stat().st_size
    with path.open("rb") as handle:
        while start < size:
            handle.seek(min(start + shard_bytes, size))
            if start + shard_bytes < size:
                handle.readline()  # to the end of the line cut
            end = min(handle.tell(), size)
            handle.seek(start)
            lines = handle.read(end - start).count(b"\n")
            yield start, end, line
            line += lines
            start = end


def _row_groups(path: Path) -> int:
    import pyarrow.parquet as pq  # the parquet extra

    return int(pq.ParquetFile(path).metadata.num_row_groups)


def _parquet_rows(path: Path, group: int) -> Iterator[ReadResult]:
    """Rows of one row group, each a record of the input contract (``id``, ``text``...)."""
    import pyarrow.parquet as pq

    parquet = pq.ParquetFile(path)
    offset = sum(parquet.metadata.row_group(g).num_rows for g in range(group))
    for rank, record in enumerate(parquet.read_row_group(group).to_pylist()):
        try:
            yield document_from_record(record, default_id=f"{path.stem}-{offset + rank + 1}", path=str(path),
                                       line=offset + rank + 1)
        except ReadError as error:
            yield error
