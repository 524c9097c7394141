"""How place names are spelled across languages and scripts (``dateline/data/places/names.toml``).

The rules are data, validated on load like a language pack; :mod:`.keys` applies them to
make a name's lookup keys, :mod:`.sources` to read the gazetteer's sources.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from pydantic import Field

from ..packs import read_data_file, validate
from ..packs.schema import Phrases, Table

SPELLING_FILE = ("places", "names.toml")


class _Arabic(Table):
    articles: Phrases = Field(description="the Arabic article in Latin spellings (al, el, ash...)")
    cyrillic_articles: Phrases = Field(description="the Arabic article in Cyrillic spellings (аль, эш...)")
    script_article: str = Field(description="the article in Arabic script")
    proclitics: Phrases = Field(description="words glued before a name, tried in order")
    consonants: dict[str, str] = Field(description="Arabic letter -> Latin consonant class")
    letter_variants: list[tuple[str, str]] = Field([], description="letters written for one sound by some "
                                                                   "presses (ج, ق for غ): a name not found is "
                                                                   "looked up with the other letter")
    non_joining: str = Field("", description="letters that do not join the next one: a name whose words end in "
                                             "them is also indexed run together (طير حرفا, طيرحرفا)")
    city_prefix: str = Field("", description="the word 'city' opening a city's Arabic name (مدينة X)")
    city_suffixes: Phrases = Field([], description="'City' spelled out after a name (X سيتي): a city "
                                                   "named 'city' + X is also indexed as X + each of these")


class _Cyrillic(Table):
    case_endings: Phrases = Field(description="case endings of Russian and Ukrainian, folded")
    alternations: list[tuple[str, str]] = Field(description="Ukrainian case ending -> dictionary form ending")
    adjective_suffixes: Phrases = Field(description="suffixes of a city's adjective")
    adjective_stems: list[tuple[str, str]] = Field([], description="end of a city adjective's stem -> end of the "
                                                                   "city's stem, where the two differ")
    sounds: list[tuple[str, str]] = Field(description="Cyrillic spellings of foreign sounds -> Latin")
    village_sounds: list[tuple[str, str]] = Field([], description="other Latin letters a Cyrillic letter of a "
                                                                  "foreign village's name may stand for (ч: ky)")


class _Latin(Table):
    transliterations: list[tuple[str, str]] = Field(description="spelling variants folded for fuzzy matching")
    particles: Phrases = Field(description="lower-case words inside place names")


class _Sources(Table):
    admin_suffixes: Phrases = Field(description="administrative words ending a province's name")
    admin_prefixes: Phrases = Field(description="administrative words opening a province's name, in any language")
    english_words: Phrases = Field(description="words that mark a province's name as English")
    own_name_languages: Phrases = Field([], description="languages (ISO 639-1) whose countries' own names of "
                                                        "their provinces the news keeps")
    airbase_patterns: Phrases = Field(description="patterns of an airport name that make it an air base")
    airbase_suffixes: Phrases = Field(description="patterns ending an air base's name")


class _SpellingFile(Table):
    arabic: _Arabic
    cyrillic: _Cyrillic
    latin: _Latin
    sources: _Sources


@dataclass(frozen=True)
class Spelling:
    """The rules of ``names.toml``, ready to apply."""

    articles: frozenset[str]  # Latin and Cyrillic spellings of the Arabic article
    script_article: str
    proclitics: tuple[str, ...]
    consonants: dict[str, str]
    letter_variants: tuple[tuple[str, str], ...]
    non_joining: frozenset[str]
    city_prefix: str
    city_suffixes: tuple[str, ...]
    case_endings: tuple[str, ...]  # longest first
    alternations: tuple[tuple[str, str], ...]
    adjective_suffixes: tuple[str, ...]  # longest first
    adjective_stems: tuple[tuple[str, str], ...]
    sounds: tuple[tuple[str, str], ...]
    village_sounds: tuple[tuple[str, str], ...]
    transliterations: tuple[tuple[str, str], ...]
    particles: frozenset[str]  # lower-case words inside names, the articles included
    admin_suffixes: re.Pattern[str]
    admin_prefixes: re.Pattern[str]
    english_words: frozenset[str]
    own_name_languages: frozenset[str]
    airbase_words: re.Pattern[str]
    airbase_suffix: re.Pattern[str]


@functools.cache
def spelling() -> Spelling:
    """The spelling rules, read and validated once (a :class:`PackError` names a bad key)."""
    data = validate(_SpellingFile, read_data_file(*SPELLING_FILE), "dateline/data/" + "/".join(SPELLING_FILE))
    arabic, cyrillic, latin, sources = data.arabic, data.cyrillic, data.latin, data.sources
    articles = frozenset(arabic.articles) | frozenset(arabic.cyrillic_articles)
    return Spelling(
        articles=articles,
        script_article=arabic.script_article,
        proclitics=tuple(arabic.proclitics),
        consonants=dict(arabic.consonants),
        letter_variants=tuple(arabic.letter_variants),
        non_joining=frozenset(arabic.non_joining),
        city_prefix=arabic.city_prefix,
        city_suffixes=tuple(arabic.city_suffixes),
        case_endings=tuple(sorted(cyrillic.case_endings, key=len, reverse=True)),
        alternations=tuple(cyrillic.alternations),
        adjective_suffixes=tuple(sorted(cyrillic.adjective_suffixes, key=len, reverse=True)),
        adjective_stems=tuple(cyrillic.adjective_stems),
        sounds=tuple(cyrillic.sounds),
        village_sounds=tuple(cyrillic.village_sounds),
        transliterations=tuple(latin.transliterations),
        particles=articles | frozenset(latin.particles),
        admin_suffixes=re.compile(r"\s+(" + _alternatives(sources.admin_suffixes) + r")$", re.IGNORECASE),
        admin_prefixes=re.compile(r"^(" + _alternatives(sources.admin_prefixes) + r")\s+", re.IGNORECASE),
        english_words=frozenset(w.lower() for w in sources.english_words),
        own_name_languages=frozenset(sources.own_name_languages),
        airbase_words=re.compile(r"\b(" + "|".join(sources.airbase_patterns) + ")", re.IGNORECASE),
        airbase_suffix=re.compile(r"\s*(" + "|".join(sources.airbase_suffixes) + r")\s*$", re.IGNORECASE),
    )


def _alternatives(words: list[str]) -> str:
    """A regular expression alternation of ``words``, the longest first ("autonomous republic"
    before "republic")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
