"""Language identification from script and function words, using the installed packs.

Cheap and deterministic, and every rule comes from the packs (``pack.toml [script]`` and
``stopwords``): the script with most characters in the text picks the packs that write it;
one such pack is the language; among several, letters only one of them writes decide
(Ukrainian ``і``, Russian ``ы``), else the script's primary pack, else the pack whose stop
words cover most of the text.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from ..normalize import fold, fold_key
from ..packs import available_languages, pack_meta

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
SAMPLE_CHARACTERS = 4000  # enough text to tell languages apart; the rest costs time


@dataclass(frozen=True)
class _Writer:
    """An installed language as its script and letters show it."""

    lang: str
    letters: re.Pattern[str] | None
    primary: bool


@functools.cache
def _scripts(languages: tuple[str, ...]) -> dict[str, tuple[re.Pattern[str], tuple[_Writer, ...]]]:
    """Script name -> (its characters, the languages that write it), scripts by name."""
    characters: dict[str, set[str]] = {}
    writers: dict[str, list[_Writer]] = {}
    for lang in languages:
        script = pack_meta(lang).script
        characters.setdefault(script.name, set()).add(script.characters)
        letters = re.compile(f"[{script.letters}]") if script.letters else None
        writers.setdefault(script.name, []).append(_Writer(lang, letters, script.primary))
    return {name: (re.compile("[" + "".join(sorted(characters[name])) + "]"), tuple(writers[name]))
            for name in sorted(characters)}


def detect_language(text: str, *, default: str = "en") -> str:
    """ISO 639-1 code of the installed language most likely to have written ``text``."""
    sample = text[:SAMPLE_CHARACTERS]
    scripts = _scripts(tuple(available_languages()))
    if not scripts:
        return default
    counts = Counter({name: len(pattern.findall(sample)) for name, (pattern, _writers) in scripts.items()})
    script, count = counts.most_common(1)[0]
    if count == 0:
        return default
    writers = scripts[script][1]
    if len(writers) == 1:
        return writers[0].lang
    if any(w.letters for w in writers):
        letters = {w.lang: len(w.letters.findall(sample)) if w.letters else 0 for w in writers}
        most = max(letters.values())
        leaders = [lang for lang, found in letters.items() if found == most]
        if len(leaders) == 1:
            return leaders[0]
        primary = next((w.lang for w in writers if w.primary), None)
        if primary is not None:
            return primary
    ordered = sorted(writers, key=lambda w: (not w.primary, w.lang))
    return _by_stopwords(sample, [w.lang for w in ordered], default)


def _by_stopwords(sample: str, languages: list[str], default: str) -> str:
    words = _WORD.findall(fold(sample).text)
    if not words or not languages:
        return default
    scores = {}
    for lang in languages:
        stopwords = _stopwords(lang)
        scores[lang] = sum(1 for w in words if w in stopwords)
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] > 0 else default


@functools.cache
def _stopwords(lang: str) -> frozenset[str]:
    """Only ``pack.toml`` is read: guessing the language must not load every pack."""
    return frozenset(fold_key(w) for w in pack_meta(lang).stopwords)
