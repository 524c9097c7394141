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
# byte value -> that byte with each bit k as a byte of its own (0 or 1), one table per k:
# counting the ones of bit k at one position of every feature's hash is then a C loop
_BIT_TABLES = [bytes((value >> k) & 1 for value in range(256)) for k in range(8)]


def simhash(text: str) -> int:
    """64-bit SimHash of the words and word pairs of ``text`` (as a signed 64-bit integer).
    The first ``LEAD_WORDS`` words suffice: copies of a wire story share their opening.

    Bit ``j`` is set when more than half the features' 64-bit BLAKE2b hashes have bit ``j``
    set; the counts are taken over the concatenated hashes with ``bytes.translate`` and
    ``bytes.count``, not bit by bit in Python."""
    words = [word.encode("utf-8") for word in _WORD.findall(text[:LEAD_CHARS].lower())[:LEAD_WORDS]]
    # the pairs joined as bytes: the same features as "a b".encode(), at a third of the cost
    features = words + [a + b" " + b for a, b in zip(words, words[1:], strict=False)]
    blake = hashlib.blake2b
    hashes = b"".join([blake(feature, digest_size=8).digest() for feature in features])
    half = len(features) / 2
    unsigned = 0
    for k, table in enumerate(_BIT_TABLES):
        flags = hashes.translate(table)
        for position in range(8):  # byte ``position`` of a big-endian hash holds bits 8 * (7 - position) + k
            if flags[position::8].count(1) > half:
                unsigned |= 1 << (8 * (7 - position) + k)
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
