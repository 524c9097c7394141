"""What a folded name may be: the gazetteer's places under any of the name's lookup keys and
other spellings (genitives, declined plurals, compass words, Cyrillic spelled out, the Arabic
press's letters), and the provinces a name after a province word may be.

:class:`~.finder.PlaceFinder` builds on it to find which spans of a sentence are names; the
resolver asks it alone when it already knows the words ("Золочів Харківської області").
"""

from __future__ import annotations

import functools
import re

from ...geo.gazetteer import Gazetteer, Place, latin_spelling
from ...geo.keys import (
    arabic_consonant_skeleton,
    consonant_skeleton,
    cyrillic_skeletons,
    cyrillic_stem,
    letter_variants,
    literal_keys,
    query_keys,
)
from ...geo.spelling import spelling
from .. import tuning as T
from .compass import compass_after, in_english_compass, respelled, well_known
from .mention import VILLAGE
from .scoring import own_named_countries, own_skeleton
from .variants import Spellings, after_a_bare_proclitic, named_after, with_the_article
from .words import PlaceWords

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_SPELLED_KINDS = frozenset({"country", "admin1", "admin2"})  # found by a transliteration of their name
AREA_KINDS = frozenset({"admin1", "admin2", "region"})
_SOFT_STEM_VOWELS = ("и", "і")  # the stem of a name in "-ия", "-ія" ends in one of these ("нігері")


@functools.lru_cache(maxsize=65_536)
def query_keys_once(key: str) -> tuple[str, ...]:
    """A word's lookup keys, made once: a new word's are asked whether it opens a name, then to look it up."""
    return tuple(query_keys(key))


class NameLookup:
    """The places a folded name may be, with one language's words; answers are cached."""

    def __init__(self, gazetteer: Gazetteer, words: PlaceWords) -> None:
        self.gazetteer = gazetteer
        self.words = words
        self._found: dict[str, tuple[Place, ...]] = {}
        self._literal: dict[str, frozenset[int]] = {}
        self._genitive_countries: frozenset[str] | None = None  # demonym forms that are a country's genitive
        self._compass = frozenset(word for word, _english in words.compass_words)
        self.spellings = Spellings(words)  # a name's other spellings: respelled, foreign sounds

    def _with_declined(self, key: str, found: tuple[Place, ...]) -> tuple[Place, ...]:
        """The places of a Cyrillic word as written and, when it is also a case form of another
        name ("у Михайлівці", locative of Михайлівка), that name's too, for the scorer to choose:
        the word as written is Slovakia's Michalovce ("Михайлівці"), "в Іванівці" the
        Ivanivtsi of Chernivtsi oblast, where a story of the front speaks of Mykhailivka or
        Ivanivka (``alternations`` of ``data/places/names.toml``: "-ці" of "-ка")."""
        if " " in key or not CYRILLIC.search(key):
            return found
        extra = [p for ending, replacement in spelling().alternations
                 if key.endswith(ending) and len(key) - len(ending) >= T.DECLINED_STEM_LETTERS
                 for p in self.gazetteer.lookup_key(key[: -len(ending)] + replacement)]
        whole = max(cyrillic_skeletons(key), key=len, default="")  # the word with its ending
        if not any(own_skeleton(p.name) == whole for p in found):  # "Покровска": Yakutia's Pokrovsk's alternate
            # as written, the genitive of the bigger Pokrovsk whose own name it is: that town too (a
            # case ending off, no more: "хар" of "харьков" is no Haar)
            biggest = max((p.population for p in found), default=0)
            extra += [p for variant in query_keys_once(key)[1:] if len(variant) >= len(key) - 2
                      for p in self.gazetteer.lookup_key(variant)
                      if p.kind in ("city", VILLAGE) and p.population > biggest and own_named_countries((p,), variant)]
        return tuple({p.id: p for p in (*found, *extra)}.values()) if extra else found

    def lookup(self, key: str) -> tuple[Place, ...]:
        """Places the folded name ``key`` may refer to, under any of its lookup keys."""
        cached = self._found.get(key)
        if cached is not None:
            return cached
        places: tuple[Place, ...] = ()
        if key in self._genitive_names():  # "Malis" is Mali's, not a German village of that name
            places = self._genitive(key)
        bare = () if places or key.isascii() else after_a_bare_proclitic(key)
        for variant in () if places else query_keys_once(key):
            found = self.gazetteer.lookup_key(variant)
            if found and variant == key and self.words.cased:
                found = self._not_a_bare_stem(key, found)
            if found and variant in bare:  # "فرقة", "ورقة": no "and Raqqa", which is "والرقة"
                named_with_article = {p.id for p in self.gazetteer.lookup_key(spelling().script_article + variant)}
                found = tuple(p for p in found if p.id not in named_with_article)
            if found and (key.isascii() or self.words.cased):  # "нигерии" is Nigeria before Niger
                places = found if variant != key else self._with_declined(key, found)
                break
            # glued words have several readings ("ولبنان": "and Lebanon", not "and" + a village):
            # keep them all and let the scorer choose
            places = tuple({p.id: p for p in (*places, *found)}.values())
        if not places and key not in self.words.fuzzy_openers:  # "بلجراد": the press's letter for "g" (Belgrade);
            # not a word that introduces places: "قرب" (near) is no "غرب" (Għarb, Malta)
            for variant in letter_variants(key):
                places = tuple(p for k in query_keys_once(variant) for p in self.gazetteer.lookup_key(k))
                if places:
                    break
        for variant in () if places else [*self.spellings.root_alternated(key), *self.spellings.undeclined(key)]:
            # "у Кривому Розі", "in der Zentralafrikanischen Republik"
            places = tuple(p for k in query_keys_once(variant) for p in self.gazetteer.lookup_key(k))
            if places:
                break
        if not places:  # "in den Niederlanden": a plural name declined, known enough to be told so
            places = well_known(self.gazetteer, *self.spellings.plural_undeclined(key))
        if not places:
            compass = [*in_english_compass(self.words, self._compass, key), *compass_after(self.words, key)]
            places = self._genitive(key) or well_known(self.gazetteer, *compass) \
                or well_known(self.gazetteer, *respelled(self.gazetteer, compass))
        if CYRILLIC.search(key) and not any(p.kind in _SPELLED_KINDS for p in places):
            # "Борно", "Сагаинг": an area or a city known by its Latin name only, spelled out
            spelled = [p for p in self.gazetteer.transliterated(key) if p.kind in _SPELLED_KINDS
                       or p.population >= T.BIG_TOWN_POPULATION]
            places = tuple({p.id: p for p in (*places, *spelled)}.values())
        places = self._with_capital(places)
        if len(self._found) > 100_000:
            self._found.clear()
        self._found[key] = places
        return places

    def _not_a_bare_stem(self, key: str, found: tuple[Place, ...]) -> tuple[Place, ...]:
        """``found`` without the places a Cyrillic word names only as the stem of a name in
        "-ия"/"-ія", which is never written bare: Ukrainian "у Нігері" is Niger in the locative,
        not Nigeria ("Нігерія", "у Нігерії"), whose stem "нігері" it spells."""
        if not key.endswith(_SOFT_STEM_VOWELS) or not CYRILLIC.search(key):
            return found
        named = {p.id for p in self.gazetteer.lookup_key(key + "я")}
        return tuple(p for p in found if p.id not in named) if named else found

    def _not_a_place(self, word: str) -> bool:
        """A word never read as a place, but a country in the genitive that the pack lists among
        its demonyms ("im Nordwesten Nigerias": the genitive names the country, as an adjective
        would describe an actor)."""
        return word in self.words.not_places and word not in self._genitive_names()

    def _genitive_names(self) -> frozenset[str]:
        """The pack's demonym forms that are a country's genitive ("syriens", "malis")."""
        if self._genitive_countries is None:
            self._genitive_countries = frozenset(
                form for form in self.words.demonyms
                if any(p.kind == "country" for p in self._genitive(form)))
        return self._genitive_countries

    def _genitive(self, key: str) -> tuple[Place, ...]:
        """A name in the genitive ("im Nordwesten Irans", "im Osten Burkina Fasos"): the name
        without the ending, if it is a country, a province or a big town; the press puts the
        names the reader knows in the genitive, and a common noun in the genitive ("Landes")
        must not become some small town."""
        return well_known(self.gazetteer, *(key[: -len(ending)] for ending in self.words.genitive_endings
                                  if key.endswith(ending)
                                  and len(key.split(" ")[-1]) - len(ending) >= T.GENITIVE_STEM_LETTERS))

    def _with_capital(self, places: tuple[Place, ...]) -> tuple[Place, ...]:
        """A name shared by towns of a country whose capital bears it is the capital too
        ("واشنطن" finds towns called Washington: Washington, D.C. is among them), though the
        sources give the capital's own entry no such alias."""
        towns = {(p.country_code, p.name) for p in places if p.kind == "city"}
        extra = []
        for code in {code for code, _name in towns}:
            capital = self.gazetteer.capital(code)
            if capital is not None and (code, capital.name) in towns and all(p.id != capital.id for p in places):
                extra.append(capital)
        return (*places, *extra) if extra else places

    def provinces(self, key: str, places: tuple[Place, ...], countries: list[str]) -> tuple[Place, ...]:
        """Provinces a name after a province word may be when none of its places is one: the
        province named after a town found ("مقاطعة بريانسك": the town of Bryansk, so the
        Bryansk oblast), and in an uncased script the provinces of ``countries`` whose Latin
        names have the name's consonants, foreign sounds included ("مقاطعة روستوف": Rostov,
        the ف a "v")."""
        found: dict[int, Place] = {}
        for place in places:
            province = self.gazetteer.province_of(place)
            if province is not None and place.kind == "city" \
                    and named_after(province.name, place.name):
                found.setdefault(province.id, province)
        if not self.words.cased and not found:
            for skeleton in self.spellings.sound_variants(arabic_consonant_skeleton(key)):
                for country in countries:
                    for place in self.gazetteer.provinces_by_consonants(skeleton, country):
                        found.setdefault(place.id, place)
        elif CYRILLIC.search(key) and not found:  # "провінції Пенджаб": Punjab, not the Afghan town
            found = {p.id: p for p in self._areas_by_consonants(key, countries, T.AREA_CONSONANTS_AFTER_WORD,
                                                                frozenset({"admin1"}))}
        if CYRILLIC.search(key) and self.words.cased:  # "провинции Сум": Soum, beside Sumy's oblast
            for place in self.spelled_areas(key, countries):
                found.setdefault(place.id, place)
        return tuple(found.values())

    def spelled_areas(self, key: str, countries: list[str]) -> tuple[Place, ...]:
        """Provinces and districts of ``countries`` whose Latin name a short Cyrillic name after a
        province word spells out ("в штате Шан": Shan State; "в провинции Сум": Burkina Faso's
        Soum). The gazetteer looks for no name this short anywhere (it would meet some town of
        every country: "Шан" is read as Shawnee), nor by consonants ("Шан" and "Чин" are both
        "shn"); a province word and the story's countries bound the search enough."""
        wanted = set(countries)
        return tuple(p for p in self.gazetteer.transliterated(key, T.SPELLED_AREA_LETTERS)
                     if p.kind in AREA_KINDS and p.country_code in wanted)

    def literal_ids(self, key: str) -> frozenset[int]:
        """Ids of the places ``key`` names read as one word, without a glued preposition taken off
        ("بارا" is Bara, not "in Arrah"), but from a province word's ("بمحافظة حضرموت")."""
        cached = self._literal.get(key)
        if cached is None:
            opener = " " in key and key.split(" ", 1)[0] in self.words.admin_words
            variants = query_keys(key) if opener else [*literal_keys(key), *with_the_article(key)]
            cached = frozenset(p.id for variant in variants for p in self.gazetteer.lookup_key(variant))
            if len(self._literal) > 100_000:
                self._literal.clear()
            self._literal[key] = cached
        return cached

    def _areas_by_consonants(self, key: str, countries: list[str], shortest: int,
                             kinds: frozenset[str] = AREA_KINDS) -> tuple[Place, ...]:
        """Provinces and districts of the story's countries whose Latin names have the
        consonants of a Cyrillic name, its foreign sounds either way: "Белуджистан" is
        Balochistan ("дж" writes "ch"), "Хайбер-Пахтунхва" Khyber Pakhtunkhwa ("в" writes "w").
        Vowels differ too much between the two spellings for a near spelling to find them."""
        skeletons = {consonant_skeleton(latin_spelling(variant)) for variant in
                     (key, " ".join(cyrillic_stem(word, 3) for word in key.split()))}
        for skeleton in skeletons:
            if len(skeleton) < shortest:
                continue
            for variant in self.spellings.sound_variants(skeleton):
                for country in dict.fromkeys(countries):
                    areas = tuple(p for p in self.gazetteer.by_consonants(variant, country) if p.kind in kinds)
                    if areas:
                        return areas
        return ()
