"""Bytes to text: refuse binary, empty, oversized and undecodable input with a clear reason."""

from __future__ import annotations

import codecs

from ..errors import ReadError

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def check_size(size: int, max_bytes: int, *, path: str, line: int | None = None) -> None:
    if size > max_bytes:
        raise ReadError(f"too large: {size:,} bytes (limit {max_bytes:,}; raise it with "
                        "--max-bytes or DATELINE_MAX_FILE_BYTES)", path=path, line=line)


def decode_bytes(data: bytes, *, path: str, encoding: str | None = None) -> str:
    """Text of ``data``: UTF-8 (or its BOM variants) unless ``encoding`` says otherwise."""
    if not data.strip():
        raise ReadError("empty file", path=path)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode(data, codec, path)
    if b"\x00" in data[:8192]:
        raise ReadError("binary file (contains NUL bytes); expected text, HTML or JSON", path=path)
    return _decode(data, encoding or "utf-8", path)


def _decode(data: bytes, codec: str, path: str) -> str:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise ReadError(f"not valid {exc.encoding} at byte {exc.start}; convert the file to "
                        "UTF-8 or pass --encoding (e.g. cp1252)", path=path) from None
    except LookupError:
        raise ReadError(f"unknown encoding {codec!r}", path=path) from None
    if not text.strip():
        raise ReadError("empty file", path=path)
    return text
