"""Language identification from script and function words, using the installed packs.

Cheap and deterministic: Arabic script is Arabic, Cyrillic is Ukrainian when Ukrainian-only
letters or words dominate and Russian otherwise, Latin script is the pack whose stop words
(``pack.toml``: ``stopwords``) cover most of the text.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from ..normalize import fold, fold_key
from ..packs import available_languages, read_data_file

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_UKRAINIAN_LETTERS = re.compile(r"[іїєґІЇЄҐ]")
_RUSSIAN_LETTERS = re.compile(r"[ыэъёЫЭЪЁ]")


def detect_language(text: str, *, default: str = "en") -> str:
    """ISO 639-1 code of the installed language most likely to have written ``text``."""
    sample = text[:4000]
    scripts = Counter({
        "arabic": len(_ARABIC.findall(sample)), "cyrillic": len(_CYRILLIC.findall(sample)),
        "latin": len(_LATIN.findall(sample)),
    })
    script, count = scripts.most_common(1)[0]
    if count == 0:
        return default
    installed = set(available_languages())
    if script == "arabic":
        return "ar" if "ar" in installed else default
    if script == "cyrillic":
        uk = len(_UKRAINIAN_LETTERS.findall(sample))
        ru = len(_RUSSIAN_LETTERS.findall(sample))
        if uk > ru and "uk" in installed:
            return "uk"
        return "ru" if "ru" in installed else default
    return _by_stopwords(sample, [lang for lang in ("en", "fr", "de", "es") if lang in installed],
                         default)


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
    return frozenset(fold_key(w) for w in read_data_file(lang, "pack.toml").get("stopwords", []))
