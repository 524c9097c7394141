"""A document's country focus: how strongly it is about each country."""

from __future__ import annotations

import heapq
from operator import itemgetter


class Focus(dict[str, float]):
    """Country code -> weight (a dateline counts 3, a country name 2, a province 1.5, a town 1)."""

    def add(self, code: str, weight: float) -> None:
        self[code] = self.get(code, 0.0) + weight

    def ranked(self, count: int) -> list[str]:
        """The ``count`` heaviest countries, the first seen first among equal weights."""
        return [code for code, _weight in heapq.nlargest(count, self.items(), key=itemgetter(1))]

    @property
    def total(self) -> float:
        """The sum of the weights, or 1 when there are none (a divisor)."""
        return sum(self.values()) or 1
