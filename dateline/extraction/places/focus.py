"""A document's country focus: how strongly it is about each country, and from which names.

Focus is evidence that a story is about a country: its dateline, a country's name, a
demonym ("une base nigérienne"), a province, a big city or a name of several words. A
candidate place never supports itself: when a name is resolved, the weight its own mentions
added is taken out (:meth:`Focus.without`), so "الكونغو" read three times as a village of
Mayotte does not put Mayotte in focus, while two different towns of one country support each
other.
"""

from __future__ import annotations

import heapq
from operator import itemgetter


class Focus(dict[str, float]):
    """Country code -> weight (a dateline counts 3, a country name 2, a province 1.5, a town 1)."""

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.by_key: dict[str, dict[str, float]] = {}  # name key -> the weight its mentions added
        self._without: dict[str, Focus] = {}
        # countries whose army the story names as the side that acts ("Israeli troops raided
        # Jenin"): no evidence of where it happens, but the story is about them
        self.acting: set[str] = set()

    def about(self, code: str) -> bool:
        """Whether the story is about country ``code`` at all: evidence of it as a place, or its
        army named acting (an alias of one of its actors that is a common word elsewhere is meant)."""
        return self.get(code, 0.0) > 0 or code in self.acting

    def add(self, code: str, weight: float, key: str | None = None) -> None:
        """Add evidence for ``code``; ``key`` is the name that gave it (None: not a place name)."""
        self[code] = self.get(code, 0.0) + weight
        if key is not None:
            own = self.by_key.setdefault(key, {})
            own[code] = own.get(code, 0.0) + weight
        self._without.clear()

    def without(self, key: str) -> Focus:
        """The focus the rest of the document gives: the weight name ``key`` added is taken out."""
        own = self.by_key.get(key)
        if not own:
            return self
        cached = self._without.get(key)
        if cached is None:
            cached = Focus({code: weight - own.get(code, 0.0) for code, weight in self.items()
                            if weight - own.get(code, 0.0) > 1e-9})
            cached.acting = self.acting
            self._without[key] = cached
        return cached

    def ranked(self, count: int) -> list[str]:
        """The ``count`` heaviest countries, the first seen first among equal weights."""
        return [code for code, _weight in heapq.nlargest(count, self.items(), key=itemgetter(1))]

    @property
    def total(self) -> float:
        """The sum of the weights, or 1 when there are none (a divisor)."""
        return sum(self.values()) or 1
