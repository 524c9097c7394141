"""A Bloom filter of the gazetteer's name keys: most words asked about name no place.

A place finder asks the gazetteer about every capitalised word and every run of words that
could open a name, and on news it has not seen most of them ("Monday", "President", "Said")
name nothing: four lookups in five found no row on the real-news development set, each an
SQL query. The builder stores a filter of every key; a lookup the filter rules out costs a
hash instead of a query. A filter errs only one way: it may let through a key that is not
there (about one in a hundred, then answered by the query), never turn away one that is.

Hashes are BLAKE2b digests, the same in every process and on every machine (Python's own
``hash`` of a string changes with each run).
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterable
from hashlib import blake2b

ERROR_RATE = 0.01  # the share of absent keys a filter lets through to the query
_MASK = (1 << 64) - 1


class BloomFilter:
    """A set of strings that may answer "maybe" for a string not in it, never "no" for one in it."""

    __slots__ = ("bits", "hashes", "size")

    def __init__(self, bits: bytes, hashes: int) -> None:
        self.bits = bits
        self.hashes = hashes
        self.size = len(bits) * 8

    @classmethod
    def of(cls, keys: Iterable[str], count: int, error_rate: float = ERROR_RATE) -> BloomFilter:
        """A filter of ``keys`` sized for ``count`` of them (more keys raise the error rate)."""
        size = max(64, math.ceil(-max(count, 1) * math.log(error_rate) / math.log(2) ** 2))
        hashes = max(1, round(size / max(count, 1) * math.log(2)))
        bits = bytearray((size + 7) // 8)
        size = len(bits) * 8
        for key in keys:
            first, step = _halves(key)
            for _ in range(hashes):
                position = first % size
                bits[position >> 3] |= 1 << (position & 7)
                first = (first + step) & _MASK
        return cls(bytes(bits), hashes)

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        bits, size = self.bits, self.size
        first, step = _halves(key)
        for _ in range(self.hashes):
            position = first % size
            if not bits[position >> 3] >> (position & 7) & 1:
                return False
            first = (first + step) & _MASK
        return True


def _halves(key: str) -> tuple[int, int]:
    """Two 64-bit hashes of ``key``: the i-th probe is ``first + i * step`` (double hashing)."""
    digest = blake2b(key.encode("utf-8"), digest_size=16).digest()
    return int.from_bytes(digest[:8], "little"), int.from_bytes(digest[8:], "little") | 1


TABLE = "CREATE TABLE filters (name TEXT PRIMARY KEY, hashes INTEGER NOT NULL, bits BLOB NOT NULL) WITHOUT ROWID"


def write(connection: sqlite3.Connection, name: str, query: str) -> None:
    """Store a filter of the keys ``query`` selects (one column) under ``name``."""
    (count,) = connection.execute(f"SELECT count(*) FROM ({query})").fetchone()
    keys = (key for (key,) in connection.execute(query))
    bloom = BloomFilter.of(keys, count)
    connection.execute("INSERT INTO filters VALUES (?, ?, ?)", (name, bloom.hashes, bloom.bits))


def read(connection: sqlite3.Connection, name: str) -> BloomFilter | None:
    """The filter stored under ``name``, or None (a file without filters: every key is asked)."""
    try:
        row = connection.execute("SELECT hashes, bits FROM filters WHERE name = ?", (name,)).fetchone()
    except sqlite3.OperationalError:
        return None  # no filters table: a user's import, or an older build
    return None if row is None else BloomFilter(bytes(row[1]), int(row[0]))
