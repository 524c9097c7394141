"""What the place finder read at each word of a sentence, kept for the sentence's next scan.

A document's sentences are scanned for place names twice: once for the story's countries
(:class:`.evidence.FocusReader`: nothing blocked, no near spellings) and again when a
sentence's events are placed (:meth:`.resolver.PlaceResolver.resolve`: the words the lexicon
explains blocked, near spellings in the story's countries). At each word both scans ask the
same questions (a province of a list, a name opened by lower-case words, the longest known
name) and get the same answers, except where an answer read a word that the second scan
blocks. So the first scan records each answer with the positions it asked the blocked set
about, and the second reuses it when none of those positions is blocked; otherwise, and for
near spellings (which depend on the story's countries), it reads afresh. The result is the
same as reading everything twice, at about half the cost.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import NamedTuple

from mypy_extensions import mypyc_attr

from ...geo.gazetteer import Place
from ...prepare.tokens import Token

Candidate = tuple[int, int, str, tuple[Place, ...]]  # (start, end, key, places): a span naming places
SENTENCES_KEPT = 1024  # readings of this many token lists at most (a long document's, not a corpus's)


# a Python class in a compiled build too (mypyc compiles no subclass of set), and every function
# it reaches types ``blocked`` as an abstract set: compiled code then asks ``__contains__`` (for a
# ``set[int]`` it would test membership directly, and the probe would never hear the question)
@mypyc_attr(native_class=False)
class Probe(set[int]):
    """An empty blocked set that remembers which positions it was asked about. It is truthy, so
    a check written ``blocked and any(i in blocked ...)`` asks too (and hears "no", the answer
    an empty set gives, so what is found is what an empty set finds)."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[int] = set()

    def __contains__(self, index: object) -> bool:
        self.asked.add(index)  # type: ignore[arg-type]
        return False

    def __bool__(self) -> bool:
        return True


class Reading(NamedTuple):
    """The names found from one word with nothing blocked, and the positions that decided it."""

    first: Candidate | None  # a province of a list, or a name opened by lower-case words
    exact: Candidate | None  # the longest known name from the word (read when ``first`` is None)
    asked: frozenset[int]  # positions whose being blocked would change the answers

    def holds(self, blocked: AbstractSet[int]) -> bool:
        """Whether the answers hold with ``blocked`` blocked."""
        return not blocked or self.asked.isdisjoint(blocked)


class Readings:
    """Readings by sentence: by its token list and text, both by identity (a list is kept
    while its readings are, so another list never takes its identity)."""

    def __init__(self) -> None:
        self._by_sentence: dict[int, tuple[list[Token], str, dict[int, Reading]]] = {}

    def of(self, tokens: list[Token], text: str) -> dict[int, Reading]:
        """The readings of ``tokens`` (word position in the list -> reading), to read and fill."""
        entry = self._by_sentence.get(id(tokens))
        if entry is not None and entry[0] is tokens and entry[1] is text:
            return entry[2]
        if len(self._by_sentence) >= SENTENCES_KEPT:
            self._by_sentence.clear()
        readings: dict[int, Reading] = {}
        self._by_sentence[id(tokens)] = (tokens, text, readings)
        return readings


def countries_named(found: list[Candidate]) -> tuple[str, ...]:
    """The countries among the names a sentence gave so far, in their order (where to look
    for a near spelling told after them)."""
    return tuple(dict.fromkeys(p.country_code for _s, _e, _k, places in found for p in places if p.kind == "country"))
