"""Tokens with offsets into the original text, folded forms and light-morphology stems.

Lexicons are matched on stems, so one entry covers a word's inflections ("attaque",
"attaques", "attaqué"). Stems come from Snowball (PyStemmer) where it has the language, or
from a suffix list in the language pack (``morphology.suffixes``) where it does not.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from ..normalize import WORD, Folded, fold_key


class Token(NamedTuple):
    """One word (a named tuple: documents have many, and tuples are cheap to make)."""

    index: int  # type: ignore[assignment]  # position in the document (shadows tuple.index)
    start: int  # offsets into the original text
    end: int
    norm: str  # folded form
    stem: str
    upper: bool  # the original word starts with a capital letter
    is_digit: bool


Stemmer = Callable[[str, str], str]  # (original word, folded word) -> folded stem
# Arabic short vowels, shadda, sukun, dagger alif and tatweel: a writer may add them or not,
# and Snowball reads "وقّعت" (shadda) as another word than "وقعت" (its proclitic و kept), so the
# stemmer sees the word without them
_ARABIC_MARKS = dict.fromkeys([*range(0x064B, 0x0660), 0x0670, 0x0640])


def tokenize(text: str, folded: Folded, stem: Stemmer, *, offset: int = 0,
             first_index: int = 0) -> list[Token]:
    """Tokens of ``folded`` (the folded form of ``text``), offsets shifted by ``offset``."""
    tokens: list[Token] = []
    append = tokens.append  # the hottest loop of the engine: names bound once
    new = tuple.__new__  # a Token made without the Python-level ``Token.__new__``
    to_original = None if folded.offsets is None else folded.to_original
    # a StemmerCache's memo read here, without a call per word; the stemmer itself on a miss
    memo: dict[str, str] = stem._cache if isinstance(stem, StemmerCache) else {}
    by_original = isinstance(stem, StemmerCache) and stem.keyed_by_original
    for index, match in enumerate(WORD.finditer(folded.text), start=first_index):
        start, end = match.span() if to_original is None else to_original(*match.span())
        norm = match.group()
        word = text[start:end]
        stemmed = memo.get(word if by_original else norm)
        if stemmed is None:
            stemmed = stem(word, norm)
        append(new(Token, (index, start + offset, end + offset, norm, stemmed, word[:1].isupper(), norm.isdigit())))
    return tokens


class StemmerCache:
    """A memoised stemmer for one language (vocabularies are small; stemming is not free)."""

    def __init__(self, algorithm: str | None, suffixes: list[str], proclitics: list[str],
                 min_stem: int = 3) -> None:
        self._snowball = None
        if algorithm:
            import Stemmer  # PyStemmer

            self._snowball = Stemmer.Stemmer(algorithm)
        self._suffixes = sorted(suffixes, key=len, reverse=True)
        self._proclitics = sorted(proclitics, key=len, reverse=True)
        self._min = min_stem
        self._cache: dict[str, str] = {}
        self.keyed_by_original = self._snowball is not None  # the memo's key: the word as written, or folded

    def __call__(self, original: str, folded: str) -> str:
        """The folded stem of a word. Snowball stems the word as written (it knows that
        "revendiqué" and "revendiquée" are one word only with their accents), then the stem
        is folded; a pack's suffix list works on the folded word, as it is written."""
        key = original if self._snowball is not None else folded
        cached = self._cache.get(key)
        if cached is None:
            cached = self._stem(original.lower(), folded)
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[key] = cached
        return cached

    def _stem(self, word: str, folded: str) -> str:
        if folded.isdigit() or len(folded) <= 2:
            return folded
        if self._snowball is None:
            return self._strip_suffix(self._strip_clitic(folded))
        stem = self._snowball.stemWord(self._strip_clitic(word.translate(_ARABIC_MARKS)))
        return fold_key(stem).replace(" ", "") or folded

    def _strip_clitic(self, word: str) -> str:
        for clitic in self._proclitics:
            if word.startswith(clitic) and len(word) - len(clitic) >= self._min + 1:
                return word[len(clitic):]
        return word

    def _strip_suffix(self, word: str) -> str:
        for suffix in self._suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) >= self._min:
                return word[: -len(suffix)]
        return word
