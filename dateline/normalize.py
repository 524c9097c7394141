"""Text normalised for matching, with a map back to offsets in the original text.

Matching runs on a folded copy of the text (lower case, no accents or Arabic diacritics,
one kind of apostrophe, dash and quote) so that lexicons stay short; every match is mapped
back so that evidence spans always index the original text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# A word: letters and digits; an apostrophe between Cyrillic letters belongs to the word
# (Ukrainian "Куп'янськ", "п'ятниця"), elsewhere it separates ("l'armée" is "l" + "armée").
# Marks between two words that end a phrase (Latin and Arabic commas and semicolons, quotes).
CLAUSE_BREAKS = frozenset(",;:()\u060c\u061b\u00ab\u00bb\u201c\u201d\u201e\"")
COMMAS = frozenset(",\u060c;\u061b")


def breaks_clause(gap: str) -> bool:
    """Whether the text between two words separates them (a comma, a semicolon, a quote)."""
    return not CLAUSE_BREAKS.isdisjoint(gap)


WORD = re.compile(r"[^\W_]+(?:(?<=[\u0400-\u04ff])'(?=[\u0400-\u04ff])[^\W_]+)*", re.UNICODE)

_PUNCT = {
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"', "\u201e": '"',
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2011": "-", "\u2010": "-",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ", "\u3000": " ",
    "\u060c": ",", "\u061b": ";", "\u061f": "?",
    # Arabic letters folded the way Arabic search engines fold them.
    "\u0649": "\u064a",  # alef maksura -> ya
    "\u0629": "\u0647",  # ta marbuta -> ha
    "\u0640": "",  # tatweel
    "\u00ad": "", "\u200b": "", "\u200c": "", "\u200d": "", "\u200e": "", "\u200f": "",
    "\u2060": "", "\ufeff": "",
}


def fold_char(char: str) -> str:
    """The matching form of one character (possibly empty or several characters)."""
    if char in _PUNCT:
        return _PUNCT[char]
    lowered = char.lower()
    decomposed = unicodedata.normalize("NFD", lowered)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    # NFD turns alef-with-hamza into alef + mark and ya-with-hamza into alef maksura + mark.
    return "".join(_PUNCT.get(c, c) for c in kept)


class _FoldTable(dict[int, str]):
    """``str.translate`` table filled on first sight of each character."""

    def __init__(self) -> None:
        super().__init__()
        self.variable: set[str] = set()

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = fold_char(char)
        if len(folded) != 1:
            self.variable.add(char)
        self[code] = folded
        return folded


_TABLE = _FoldTable()


@dataclass(frozen=True, slots=True)
class Folded:
    """A folded text and, when lengths differ, the original offset of each folded character."""

    text: str
    offsets: tuple[int, ...] | None  # None: the folded text is aligned with the original
    original_length: int

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the folded text to the original text."""
        if self.offsets is None:
            return start, end
        begin = self.offsets[start] if start < len(self.offsets) else self.original_length
        if end <= 0:
            return begin, begin
        last = self.offsets[end - 1] if end - 1 < len(self.offsets) else self.original_length - 1
        return begin, last + 1


def fold(text: str) -> Folded:
    """Fold ``text`` for matching; cheap when no character changes length."""
    folded = text.translate(_TABLE)  # fills _TABLE.variable with this text's odd characters
    variable = _TABLE.variable
    if len(folded) == len(text) and not (variable and variable.intersection(text)):
        return Folded(folded, None, len(text))
    offsets: list[int] = []
    aligned_from = 0
    for index in [i for i, char in enumerate(text) if char in variable]:
        offsets.extend(range(aligned_from, index))  # unchanged characters map one to one
        offsets.extend([index] * len(_TABLE[ord(text[index])]))
        aligned_from = index + 1
    offsets.extend(range(aligned_from, len(text)))
    return Folded(folded, tuple(offsets), len(text))


def fold_key(text: str) -> str:
    """Folded form used as a lexicon key: folded, whitespace collapsed, stripped."""
    return " ".join(fold(text).text.split())
