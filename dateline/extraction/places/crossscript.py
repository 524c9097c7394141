"""A village named in Cyrillic or Arabic script after a settlement word, found among the
villages of the story's country by its Latin spellings (:mod:`dateline.geo.village_spelling`).

"у селі Ругаліман", "в деревне Чайкдон", "قرية روغاليمان" in a story about Nigeria or Myanmar:
the village sources hold these names in Latin letters only. Guarded three ways, villages being
many: a settlement word of the pack right before the name, a country the story is about (the
village is looked for there only), and one village name only that spells it.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from ...geo.village_spelling import VillageSpellings
from ...prepare.tokens import Token
from .. import tuning as T
from .focus import Focus
from .readings import Candidate
from .words import PlaceWords

__all__ = ["VillageSpellings", "village_after_word"]

_SCRIPTS = re.compile(r"[\u0400-\u04ff\u0600-\u06ff]")
_MOST_WORDS = 3  # "Па Зи Джи": a Myanmar village of three syllables written apart


def village_after_word(spellings: VillageSpellings, words: PlaceWords, tokens: list[Token], i: int,
                       blocked: AbstractSet[int], text: str, focus: Focus) -> Candidate | None:
    """The span from ``i`` naming a village of the story's countries in another script than
    the gazetteer's, right after a settlement word ("село", "قرية"); the longest span first."""
    if i == 0 or tokens[i - 1].norm not in words.settlement_words or not _SCRIPTS.search(tokens[i].norm) \
            or not focus or not focus.total:
        return None
    countries = [c for c in focus.ranked(2) if focus.get(c, 0) / focus.total >= T.IN_FOCUS_SHARE]
    span = _name_words(words, tokens, i, blocked, text)
    for size in range(len(span), 0, -1):
        key = " ".join(t.norm for t in span[:size])
        for country in countries:
            places = spellings.find(key, country)
            if places:
                return span[0].index, span[size - 1].index + 1, key, places
    return None


def _name_words(words: PlaceWords, tokens: list[Token], i: int, blocked: AbstractSet[int], text: str) -> list[Token]:
    """The words from ``i`` that may make the name: capitalised in a cased script, a space or a
    hyphen apart, none a common word or blocked (in Arabic script, the one word)."""
    span: list[Token] = []
    for token in tokens[i:i + (_MOST_WORDS if words.cased else 1)]:
        if token.index in blocked or token.norm in words.not_places or token.is_digit \
                or (words.cased and not token.upper):
            break
        if span and text[span[-1].end:token.start].strip(" -"):
            break
        span.append(token)
    return span
