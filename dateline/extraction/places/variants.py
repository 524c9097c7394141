"""A place name's other spellings in one language: the pack's respellings of foreign names
("Dschenin" is "Jenin"), its letters that write two foreign sounds (ف also writes "v"), and
the Arabic article a glued preposition carries or not.

The finder tries them only when a name is not found as written (near spellings, consonant
skeletons), so they live apart from its main path.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet

from ...geo.gazetteer import Place
from ...geo.keys import consonant_count, consonant_skeleton
from ...geo.spelling import spelling
from ...normalize import fold_key
from ...prepare.tokens import Token
from .. import tuning as T
from .words import PlaceWords


class Spellings:
    """One language's other spellings of names, its rules compiled once."""

    def __init__(self, words: PlaceWords) -> None:
        self.words = words
        # the pack's spellings of foreign sounds, the longest first ("dsch" before "sch" before "ch")
        self._respell = re.compile("|".join(re.escape(old) for old, _new in sorted(
            words.respellings, key=lambda rule: -len(rule[0])))) if words.respellings else None

    def respelled(self, key: str) -> list[str]:
        """``key`` in English spelling by the pack's respellings ("dschasira" -> "jasira",
        "mariwan" -> "marivan"): with every rule, then with all but one, since a letter may
        write two sounds (German "w" is a "v" in "Mariwan" and a "w" in "Sawija")."""
        if self._respell is None:
            return []
        rules = dict(self.words.respellings)
        used = sorted({m.group(0) for m in self._respell.finditer(key)})
        variants: list[str] = []
        for kept in ("", *used):
            def spell(match: re.Match[str], kept: str = kept) -> str:
                return match.group(0) if match.group(0) == kept else rules[match.group(0)]
            variant = self._respell.sub(spell, key)
            if variant != key and variant not in variants:
                variants.append(variant)
        return variants

    def sound_variants(self, skeleton: str) -> list[str]:
        """``skeleton`` with each foreign sound of the pack written either way ("rstf", "rstv"). A
        sound written with a final "h" ("zh") loses it at the end of a name, as the Latin keys do
        ("frnj" -> "vrnz", Voronezh); a name that ends in "h" before a sound dropped keeps it
        ("hbrphtnhv" -> "hbrphtnh", Pakhtunkhwa)."""
        variants = [skeleton]
        for old, new in self.words.foreign_sounds:
            strip = new.endswith("h")
            variants = [*variants, *((v.replace(old, new).rstrip("h") if strip else v.replace(old, new))
                                     for v in variants if old in v)]
        return list(dict.fromkeys(variants))[:T.SOUND_VARIANTS]

    def undeclined(self, key: str) -> list[str]:
        """``key`` with the adjectives before its last word in the form the name is listed in
        ("zentralafrikanischen republik" -> "zentralafrikanische republik"): a German article
        declines the adjectives of a name ("in der Dominikanischen Republik", "den Vereinigten
        Staaten"), which the gazetteer lists as they stand alone."""
        *adjectives, last = key.split(" ")
        if not adjectives or not self.words.adjective_endings:
            return []
        undeclined = " ".join([*(self.undeclined_word(word) for word in adjectives), last])
        return [undeclined] if undeclined != key else []

    def plural_undeclined(self, key: str) -> list[str]:
        """``key`` with its last word, a plural noun, in the form the name is listed in and its
        adjectives undeclined ("vereinigten arabischen emiraten" -> "vereinigte arabische
        emirate", "niederlanden" -> "niederlande"): German declines a plural name after "den"
        ("in den Niederlanden"), which the gazetteer lists in the nominative."""
        *adjectives, last = key.split(" ")
        forms = [last[:-len(old)] + new for old, new in self.words.plural_endings
                 if last.endswith(old) and len(last) - len(old) >= T.GENITIVE_STEM_LETTERS]
        return [" ".join([*(self.undeclined_word(word) for word in adjectives), form]) for form in forms]

    def undeclined_word(self, word: str) -> str:
        """One adjective in its listed form ("arabischen" -> "arabische"), or ``word`` as it is."""
        return next((word[:-len(old)] + new for old, new in self.words.adjective_endings
                     if word.endswith(old) and len(word) - len(old) >= T.GENITIVE_STEM_LETTERS), word)

    def root_alternated(self, key: str) -> list[str]:
        """``key`` with its last word's end in the dictionary form, where the case changed the
        root ("кривому розі" -> "кривому ріг", found as Кривий Ріг through the declined-word keys)."""
        head, _space, last = key.rpartition(" ")
        return [f"{head} {last[:-len(old)]}{new}".strip() for old, new in self.words.root_alternations
                if last.endswith(old) and len(last) > len(old)]


def country_ending_in_a_common_word(lookup: Callable[[str], tuple[Place, ...]], cased: bool, span: list[Token],
                                    blocked: AbstractSet[int]) -> tuple[Place, ...]:
    """"in der Zentralafrikanischen Republik", "in der Dominikanischen Republik": a country's
    name of several capitalised words whose last word alone is no place (German "Republik", a
    common noun the pack lists among its words that never name a place); the common word ends
    no other name, so only a country is read."""
    if len(span) < 2 or not cased or any(not t.upper or t.index in blocked for t in span):
        return ()  # its first word may be a demonym ("Zentralafrikanischen"), no place alone either
    return tuple(p for p in lookup(" ".join(t.norm for t in span)) if p.kind == "country")


def after_a_bare_proclitic(key: str) -> tuple[str, ...]:
    """What follows a glued "and", "so", "in", "as" that carries no article ("فرقة" read as
    "ف" + "رقة"): a name the language writes with its article keeps it after such a word
    ("والرقة", "بالرقة"), so only names written without one may be read there ("بحلب")."""
    rules = spelling()
    return tuple(key[len(c):] for c in rules.proclitics
                 if not c.endswith(rules.script_article) and c != "لل" and key.startswith(c))


def with_the_article(key: str) -> list[str]:
    """A name of several words whose glued preposition carries the article ("بالضفه الغربيه",
    "in the West Bank") read with the article alone: no other name hides in it, as one may in a
    word that only opens with "ب" ("بارا")."""
    if " " not in key:
        return []
    rules = spelling()
    for clitic in rules.proclitics:
        if (clitic.endswith(rules.script_article) or clitic == "لل") and key.startswith(clitic) \
                and len(key[len(clitic):].split(" ", 1)[0]) >= 3:
            return [rules.script_article + key[len(clitic):]]
    return []


def named_after(province: str, town: str) -> bool:
    """Whether a province's name is its town's ("Bryansk", "Kurskaya oblast'" for Kursk; "Gao"
    for Gao), also in another transliteration, consonant for consonant ("Tombouctou" for
    Timbuktu, "Ségou" for Segou), or with the marks of ayin and hamza ("Dar‘ā" for Daraa)."""
    # a transliteration's marks of ayin and hamza are no letters: "Dar‘ā" is Daraa's, "Ma'rib" Marib's
    town_key, province_key = (fold_key(name).replace("'", "") for name in (town, province))
    if town_key == province_key:
        return True
    if len(town_key) >= 4 and province_key.startswith(town_key[:max(4, len(town_key) - 1)]):
        return True
    skeleton = consonant_skeleton(town_key)
    return consonant_count(skeleton) >= T.NAMED_AFTER_CONSONANTS and skeleton == consonant_skeleton(province_key)
