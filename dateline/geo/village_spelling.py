"""Villages of one country found by the Latin spellings a Cyrillic or Arabic-script name stands for.

The village sources (:mod:`.villages`) name Nigeria's and Myanmar's villages in Latin letters
only, and villages are looked up only as written: "село Дораю" or "قرية دوراي" in a story about
Nigeria never reached Dorayu. Here a name is compared with the villages of the one country the
story is about, by the transliteration skeleton of its Latin spelling (Cyrillic: several
spellings, :func:`cyrillic_spellings`) or by its consonants (Arabic script writes no short
vowels). Villages are many, so only a single name is an answer: two villages of different names
with that spelling make none (namesakes of one name are all returned, for the resolver to choose).
"""

from __future__ import annotations

import re
from collections import defaultdict

from .gazetteer import Gazetteer, Place, latin_spelling
from .keys import (
    arabic_consonant_skeleton,
    consonant_count,
    consonant_skeleton,
    cyrillic_stem,
    letter_variants,
    name_key,
    strip_article,
    translit_skeleton,
)
from .spelling import spelling

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_BRACKETS = re.compile(r"\([^)]*\)")
_VOWELS = "aiu"  # the vowels a transliteration skeleton keeps (e, o, y fold into them)
SHORTEST_SKELETON = 4  # a Cyrillic name's Latin skeleton: shorter ones match villages at random
FEWEST_CONSONANTS = 3  # an Arabic-script name's: two consonants name hundreds of villages
SHORTEST_ARABIC = 5  # an Arabic-script name's letters with its long vowels, looked up as a skeleton
BEST_RATIO = 75.0  # of villages sharing the consonants, the one so near the long vowels' spelling
BEST_MARGIN = 10.0  # and this much nearer than the next name
_ARABIC_VOWELS = {"ا": "a", "أ": "a", "إ": "i", "آ": "a", "ى": "a", "و": "u", "ي": "i"}


class _Index:
    """One country's villages by skeleton, by skeleton without its last vowels (a declined
    name's stem: "Дораю" -> "дора"... "dur"), and by consonants."""

    def __init__(self, villages: list[Place]) -> None:
        self.skeletons: dict[str, list[Place]] = defaultdict(list)
        self.stems: dict[str, list[Place]] = defaultdict(list)
        self.consonants: dict[str, list[Place]] = defaultdict(list)
        for place in villages:
            for key in {name_key(place.name), name_key(_BRACKETS.sub(" ", place.name))}:
                if not key.isascii() or not key:
                    continue
                skeleton = translit_skeleton(key)
                self.skeletons[skeleton].append(place)
                self.stems[skeleton.rstrip(_VOWELS)].append(place)
                self.consonants[consonant_skeleton(key.replace(" ", ""))].append(place)


class VillageSpellings:
    """Looks a name written in another script up among one country's villages (indexed once
    a country, on first use)."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._indexes: dict[str, _Index] = {}

    def find(self, key: str, country: str) -> tuple[Place, ...]:
        """The villages of ``country`` the folded name ``key`` spells, all of one name, or none."""
        index = self._indexes.get(country)
        if index is None:
            index = self._indexes[country] = _Index(self.gazetteer.villages_of(country))
        if _ARABIC.search(key):
            if key.startswith(spelling().script_article) or key.endswith("ة") or self.gazetteer.starts_name(key):
                # "قرية صغيرة", "القرية المجاورة": an adjective, not a foreign village's name; "بلدة برج
                # قلاويه": a word opening names of several words ("برج", tower), the rest unknown
                return ()
            return _by_consonants(index, key)
        if _CYRILLIC.search(key):
            return _by_spelling(index, key)
        return ()


def _one_name(places: list[Place]) -> tuple[Place, ...]:
    """``places`` when they all bear one name (namesake villages), else none: a spelling that
    reads as two names is no answer."""
    names = {name_key(p.name) for p in places}
    return tuple({p.id: p for p in places}.values()) if len(names) == 1 else ()


def _by_consonants(index: _Index, key: str) -> tuple[Place, ...]:
    """An Arabic-script name by its letters, long vowels read ("كوريغا": "kuriga"), then by its
    consonants (short vowels go unwritten), each also with each press's letter for "g". Of
    villages of several names with those consonants, the one its long vowels spell clearly best."""
    variants = [strip_article(v) or v for v in (key, *letter_variants(key))]
    for variant in variants:
        spelled = arabic_spelling(variant)
        if len(spelled) >= SHORTEST_ARABIC and (found := index.skeletons.get(spelled)):
            return _one_name(found)
    for variant in variants:
        skeleton = arabic_consonant_skeleton(variant)
        if consonant_count(skeleton) < FEWEST_CONSONANTS:
            return ()
        if found := index.consonants.get(skeleton):
            return _one_name(found) or _best_spelled(found, arabic_spelling(variant))
    return ()


def arabic_spelling(key: str) -> str:
    """An Arabic-script name in the letters of a transliteration skeleton, its long vowels
    as vowels ("دورايو" -> "duraiu"): as near as its letters come to the Latin name."""
    consonants = spelling().consonants
    letters = "".join(consonants.get(char) or _ARABIC_VOWELS.get(char, "") for char in key.replace(" ", ""))
    return re.sub(r"(.)\1+", r"\1", letters).rstrip("h")


def _best_spelled(places: list[Place], spelled: str) -> tuple[Place, ...]:
    """Of villages of several names, the one whose Latin skeleton ``spelled`` comes clearly
    nearest (by a margin), with its namesakes; none when two come about as near."""
    from rapidfuzz import fuzz

    by_name: dict[str, list[Place]] = defaultdict(list)
    for place in places:
        by_name[name_key(place.name)].append(place)
    scored = sorted(((fuzz.ratio(spelled, translit_skeleton(name)), name) for name in by_name), reverse=True)
    best, name = scored[0]
    if best < BEST_RATIO or (len(scored) > 1 and best - scored[1][0] < BEST_MARGIN):
        return ()
    return tuple(by_name[name])


def _by_spelling(index: _Index, key: str) -> tuple[Place, ...]:
    """A Cyrillic name by the skeletons of its Latin spellings, the plain one first; then its
    stem (a declined name: "у селі Дораї") against the villages' skeletons without their last vowels."""
    for spelled in cyrillic_spellings(key):
        skeleton = translit_skeleton(spelled)
        if len(skeleton) >= SHORTEST_SKELETON and (found := index.skeletons.get(skeleton)):
            return _one_name(found)
    stem = " ".join(cyrillic_stem(word, 3) for word in key.split())
    if stem == key:
        return ()
    for spelled in cyrillic_spellings(stem):
        skeleton = translit_skeleton(spelled).rstrip(_VOWELS)
        if len(skeleton) >= SHORTEST_SKELETON and (found := index.stems.get(skeleton)):
            return _one_name(found)
    return ()


def cyrillic_spellings(key: str) -> list[str]:
    """Latin spellings of a folded Cyrillic name: as the press's Latin sources spell foreign
    names ("дораю" -> "doraiu"), then with one letter of ``village_sounds`` spelled the other
    way ("чаикдон" -> "kyaikdon")."""
    spellings = [latin_spelling(key)]
    for old, new in spelling().village_sounds:
        if old in key:
            spellings.append(latin_spelling(key.replace(old, new)))
    return [s for s in dict.fromkeys(spellings) if s.replace(" ", "").isalpha()]
