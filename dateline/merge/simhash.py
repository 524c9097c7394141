"""SimHash fingerprints: syndicated copies of one wire story are one source family.

Two texts whose 64-bit fingerprints (of their words and word pairs) differ in at most
``MAX_DISTANCE`` bits are near copies: the same story with a changed headline, a reworded
sentence or an added paragraph. Fingerprints are split into ``BANDS`` bands: by the
pigeonhole principle, near copies share at least one band exactly, so candidates come from
an indexed lookup instead of a scan.
"""

from __future__ import annotations

import hashlib
import re

MAX_DISTANCE = 5
BANDS = 6  # MAX_DISTANCE + 1 bands: a pair within MAX_DISTANCE bits agrees on one of them
_BAND_BITS = (11, 11, 11, 11, 10, 10)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def simhash(text: str) -> int:
    """64-bit SimHash of the words and word pairs of ``text`` (as a signed 64-bit integer)."""
    words = _WORD.findall(text.lower())
    features = words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    totals = [0] * 64
    for feature in features:
        value = int.from_bytes(hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest(), "big")
        for bit in range(64):
            totals[bit] += 1 if value >> bit & 1 else -1
    unsigned = sum(1 << bit for bit in range(64) if totals[bit] > 0)
    return unsigned - (1 << 64) if unsigned >= 1 << 63 else unsigned


def bands(value: int) -> list[int]:
    unsigned = value & ((1 << 64) - 1)
    parts, shift = [], 0
    for width in _BAND_BITS:
        parts.append((unsigned >> shift) & ((1 << width) - 1))
        shift += width
    return parts


def distance(a: int, b: int) -> int:
    return ((a ^ b) & ((1 << 64) - 1)).bit_count()
