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
LEAD_WORDS = 250
LEAD_CHARS = 40 * LEAD_WORDS  # far more than 250 words take: a huge text is not lowered whole
_LANE = 16
# byte -> its 8 bits spread into 8 lanes of 16 bits (most significant bit in the first lane)
_SPREAD = [sum(((byte >> (7 - i)) & 1) << (_LANE * i) for i in range(8)) for byte in range(256)]


def simhash(text: str) -> int:
    """64-bit SimHash of the words and word pairs of ``text`` (as a signed 64-bit integer).
    The first ``LEAD_WORDS`` words suffice: copies of a wire story share their opening."""
    words = _WORD.findall(text[:LEAD_CHARS].lower())[:LEAD_WORDS]
    features = words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
    lanes = 0  # 64 counters of 16 bits packed in one integer: one addition per byte of a hash
    for feature in features:
        digest = hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest()
        for position, byte in enumerate(digest):
            lanes += _SPREAD[byte] << (_LANE * 8 * position)
    half = len(features) / 2
    unsigned = 0
    for bit in range(64):
        if (lanes >> (_LANE * bit)) & 0xFFFF > half:
            unsigned |= 1 << (63 - bit)
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
