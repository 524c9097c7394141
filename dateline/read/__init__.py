"""Read stage: files, folders, JSON lines, web pages and stdin become Documents.

Readers never raise on bad input: :func:`read_paths` yields a :class:`ReadError` in place of
each input it could not read, so that one broken file never stops a batch.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import ReadError
from ..models import Document
from .decode import check_size, decode_bytes
from .html import document_from_html
from .jsonl import document_from_json_line, document_from_record, documents_from_json
from .text import dated_by_dateline, document_from_text

__all__ = ["JSONL_SUFFIXES", "READABLE_SUFFIXES", "ReadResult", "document_from_record", "expand_paths",
           "read_bytes", "read_file", "read_jsonl_range", "read_paths", "read_text"]

log = logging.getLogger(__name__)
ReadResult = Document | ReadError
TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
READABLE_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES | {".json"}
GOLD_SUFFIX = ".gold.json"
DEFAULT_MAX_BYTES = 5_000_000


def read_paths(paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES,
               encoding: str | None = None, stdin: BinaryIO | None = None) -> Iterator[ReadResult]:
    """Documents from files, folders (recursive, by extension) and ``-`` (standard input)."""
    for source in expand_paths(paths):
        if isinstance(source, ReadError):
            yield source
        elif source == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_stream(stream, max_bytes=max_bytes, encoding=encoding)
        else:
            yield from read_file(Path(source), max_bytes=max_bytes, encoding=encoding)


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path | str | ReadError]:
    """Files named and files found in folders (recursive, readable extensions), in order;
    ``"-"`` for standard input; a ReadError for each path that cannot be read."""
    for raw in paths:
        if str(raw) == "-":
            yield "-"
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*")
                           if p.is_file() and p.suffix.lower() in READABLE_SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(path).parts)
                           and not _annotates_a_sibling(p))
            if not files:
                yield ReadError("folder holds no .txt, .json, .jsonl or .html files", path=str(path))
            yield from files
        elif path.is_file():
            yield path
        elif path.exists():
            yield ReadError("not a regular file", path=str(path))
        else:
            yield ReadError("no such file or folder", path=str(path))


def _annotates_a_sibling(path: Path) -> bool:
    """``X.gold.json`` beside ``X.txt``: the gold annotation (``dateline eval``) of an article
    the folder holds already, so reading the folder reads the article once. Named on its
    own, a gold file still reads as the document it annotates."""
    if not path.name.lower().endswith(GOLD_SUFFIX):
        return False
    base = path.name[:-len(GOLD_SUFFIX)]
    return any((path.parent / (base + suffix)).is_file() for suffix in READABLE_SUFFIXES - {".json"})


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES,
              encoding: str | None = None) -> Iterator[ReadResult]:
    """Documents of one file, chosen by its extension (unknown extensions read as text)."""
    name, suffix = str(path), path.suffix.lower()
    try:
        modified = dt.date.fromtimestamp(path.stat().st_mtime)
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as handle:
                yield from _dated(_read_jsonl_stream(handle, stem=path.stem, name=name, max_bytes=max_bytes,
                                                     encoding=encoding), modified, "file")
            return
        check_size(path.stat().st_size, max_bytes, path=name)
        data = path.read_bytes()
    except ReadError as error:
        yield error
        return
    except OSError as exc:
        yield ReadError(f"cannot read: {exc.strerror or exc}", path=name)
        return
    yield from _dated(read_bytes(data, stem=path.stem, name=name, kind=_kind(suffix), encoding=encoding),
                      modified, "file")


def _dated(results: Iterable[ReadResult], modified: dt.date | None, what: str) -> Iterator[ReadResult]:
    """Documents whose dateline gives a day and a month but nothing gives the year: the most
    recent such day not after the file's modification day (or today, for standard input)."""
    today = dt.date.today()
    if modified is None or modified > today:
        not_after, basis = today, f"today ({today})"
    else:
        not_after, basis = modified, f"the {what}'s modification day ({modified})"
    for result in results:
        yield result if isinstance(result, ReadError) else dated_by_dateline(result, not_after, basis)


def read_text(text: str, *, doc_id: str = "text", published: str | None = None,
              lang: str | None = None) -> Document:
    """A Document from an in-memory string (header and wire dateline understood).

    ``published`` wins over a date in the header; a month-only one takes its day from the
    dateline; with no year anywhere, a dateline's day is the most recent one until today."""
    doc = document_from_text(text, doc_id=doc_id, published=published)
    if lang:
        doc = doc.model_copy(update={"lang": lang})
    (dated,) = _dated([doc], None, "")
    return dated  # type: ignore[return-value]


def read_bytes(data: bytes, *, stem: str, name: str, kind: str,
               encoding: str | None = None, max_bytes: int | None = None) -> Iterator[ReadResult]:
    """Documents from the bytes of one input of ``kind`` text, json, jsonl or html.

    With ``max_bytes`` the limits of :func:`read_file` apply: to each JSON line, or to the
    whole input of the other kinds (the HTTP API reads request bodies through this)."""
    try:
        if kind == "jsonl":
            yield from _read_jsonl_stream(io.BytesIO(data), stem=stem, name=name,
                                          max_bytes=max_bytes or len(data) + 1, encoding=encoding)
            return
        if max_bytes is not None:
            check_size(len(data), max_bytes, path=name)
        text = decode_bytes(data, path=name, encoding=encoding)
        if kind == "json":
            yield from documents_from_json(text, stem=stem, path=name)
        elif kind == "html":
            yield document_from_html(text, doc_id=stem, path=name)
        else:
            yield document_from_text(text, doc_id=stem, path=name)
    except ReadError as error:
        yield error


def _kind(suffix: str) -> str:
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix == ".json":
        return "json"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return "text"


def read_jsonl_range(path: Path, start: int, end: int, first_line: int, *, max_bytes: int = DEFAULT_MAX_BYTES,
                     encoding: str | None = None) -> Iterator[ReadResult]:
    """The documents of the lines of a JSON-lines file from byte ``start`` (the first byte of
    line number ``first_line``) to byte ``end`` (a line's end): one shard of a large file, read
    exactly as :func:`read_file` reads those lines (same ids, same line numbers in errors)."""
    name = str(path)
    try:
        modified = dt.date.fromtimestamp(path.stat().st_mtime)
        with path.open("rb") as handle:
            handle.seek(start)
            chunk = io.BytesIO(handle.read(end - start))
    except OSError as exc:
        yield ReadError(f"cannot read: {exc.strerror or exc}", path=name)
        return
    yield from _dated(_read_jsonl_stream(chunk, stem=path.stem, name=name, max_bytes=max_bytes, encoding=encoding,
                                         first_line=first_line), modified, "file")


def _read_jsonl_stream(handle: BinaryIO, *, stem: str, name: str, max_bytes: int,
                       encoding: str | None, first_line: int = 1) -> Iterator[ReadResult]:
    """JSON lines read one at a time, so a feed of any length streams in constant memory."""
    seen_any = first_line > 1  # a later part of a file may hold only blank lines
    for number, raw in enumerate(handle, start=first_line):
        if not raw.strip():
            continue
        seen_any = True
        if number == 1 and b"\x00" in raw[:8192]:
            yield ReadError("binary file (contains NUL bytes); expected JSON lines", path=name)
            return
        try:
            check_size(len(raw), max_bytes, path=name, line=number)
            line = raw.decode(encoding or "utf-8").lstrip("\ufeff")
        except ReadError as error:
            yield error
            continue
        except UnicodeDecodeError as exc:
            yield ReadError(f"not valid {exc.encoding} at byte {exc.start} of the line",
                            path=name, line=number)
            continue
        except LookupError:
            yield ReadError(f"unknown encoding {encoding!r}", path=name)
            return
        try:
            yield document_from_json_line(line, default_id=f"{stem}-{number}", path=name, number=number)
        except ReadError as error:
            yield error
    if not seen_any:
        yield ReadError("empty file", path=name)


def _read_stream(stream: BinaryIO, *, max_bytes: int, encoding: str | None) -> Iterator[ReadResult]:
    """Standard input: JSON lines, HTML or text, told apart by the first character."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield ReadError(f"too large: more than {max_bytes:,} bytes on standard input", path="<stdin>")
        return
    head = data.lstrip()[:1]
    kind = "jsonl" if head == b"{" else "html" if head == b"<" else "text"
    import hashlib

    stem = "stdin-" + hashlib.sha1(data).hexdigest()[:12]
    yield from _dated(read_bytes(data, stem=stem, name="<stdin>", kind=kind, encoding=encoding), None, "")
