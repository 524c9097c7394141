"""What a scan of the language pack's phrases finds in a document: :class:`Hit`.

Hits are shared by every step of extraction that reads the pack's vocabulary (frames,
places, dates, figures), so they live apart from the lexicon that produces them.
"""

from __future__ import annotations

from typing import NamedTuple

from ..actors.kb import ActorRef


class Hit(NamedTuple):
    """A phrase of the lexicon found in a document (a named tuple: cheap to make)."""

    kind: str
    label: str
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    value: ActorRef | int | None = None  # the actor of an ``actor`` hit, the number of a number word

    @property
    def size(self) -> int:
        return self.end - self.start

    @property
    def actor(self) -> ActorRef:
        """The actor an ``actor`` hit names."""
        if not isinstance(self.value, ActorRef):
            raise TypeError(f"a {self.kind} hit names no actor")
        return self.value

    @property
    def number(self) -> int:
        """The value of a number word ("vingt", "dozens")."""
        if not isinstance(self.value, int):
            raise TypeError(f"a {self.kind} hit has no number")
        return self.value
