"""What a scan of the language pack's phrases finds in a document: :class:`Hit`.

Hits are shared by every step of extraction that reads the pack's vocabulary (frames,
places, dates, figures), so they live apart from the lexicon that produces them.
"""

from __future__ import annotations

from typing import NamedTuple


class Hit(NamedTuple):
    """A phrase of the lexicon found in a document (a named tuple: cheap to make)."""

    kind: str
    label: str
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    value: object = None

    @property
    def size(self) -> int:
        return self.end - self.start
