"""Which spans of a sentence name a known place, and the gazetteer entries each may be.

Names are found by their lookup keys (:mod:`dateline.geo.keys`: exact, without an article,
Cyrillic case endings stripped, Arabic proclitics removed), capitalisation (in cased
scripts), lower-case words inside names ("bande de Gaza") and, after a locative word, near
spellings in the document's focus countries ("Nabatiyé" for "Nabatieh").
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from ...geo.gazetteer import Gazetteer, Place, latin_spelling
from ...geo.keys import (
    adjectival,
    arabic_consonant_skeleton,
    consonant_count,
    cyrillic_stem,
    declined_word_stem,
    strip_article,
)
from ...geo.spelling import spelling
from ...prepare.tokens import Token
from .. import tuning as T
from .adjectives import axis_town, city_adjective, community_centre, province_of_adjective
from .compass import compass_after, compass_follows
from .crossscript import VillageSpellings, village_after_word
from .focus import Focus
from .lists import elided_area, in_a_comma_list
from .lookup import CYRILLIC, NameLookup, query_keys_once
from .mention import VILLAGE, WATER_KINDS
from .readings import Candidate, Probe, Reading, Readings, countries_named
from .scoring import own_key
from .variants import (
    country_ending_in_a_common_word,
)
from .words import PlaceWords

_DEFINITE = ("ال", "وال", "بال", "فال", "كال", "لل")  # Arabic words with the article, glued words before it


def _elided_initial(tokens: list[Token], i: int, text: str) -> bool:
    """"N'Djamena", "M'Sila": a capital letter glued by an apostrophe to a capitalised word opens a name."""
    return i + 1 < len(tokens) and tokens[i].upper and tokens[i + 1].upper \
        and text[tokens[i].end:tokens[i + 1].start] in ("'", "’")


def _hyphenated_particle(tokens: list[Token], j: int, first: int, text: str) -> bool:
    """"Порт-о-Пренс", "Рио-де-Жанейро", "Ростов-на-Дону": a short lower-case Cyrillic word
    hyphenated between capitalised words of a name is a particle inside it (French "au", Spanish
    "de"), though the same word standing free is a preposition ("о", "на") that ends a name."""
    if not text or j <= first or j + 1 >= len(tokens):
        return False
    word, before, after = tokens[j], tokens[j - 1], tokens[j + 1]
    return len(word.norm) <= T.PARTICLE_LETTERS and bool(CYRILLIC.search(word.norm)) and after.upper \
        and text[before.end:word.start] == "-" and text[word.end:after.start] == "-"


class PlaceFinder(NameLookup):
    """Finds the spans of a token sequence that name places, with one language's words."""

    def __init__(self, gazetteer: Gazetteer, words: PlaceWords) -> None:
        super().__init__(gazetteer, words)
        self._opens: dict[str, bool] = {}
        self.readings = Readings()  # what the last scans of a document's sentences read
        self._admin_stems: tuple[str, ...] | None = None
        # lower-case words that may stand inside or end a name: "Рязанской области", "Красном море"
        self._inside = words.name_words | words.waters
        self.villages = VillageSpellings(gazetteer)
        self.adjective_keys: set[str] = set()  # keys read as a town's adjective ("kiewer"): see _city_adjective

    def candidates(self, tokens: list[Token], blocked: AbstractSet[int], text: str = "",
                   focus: Focus | None = None) -> list[Candidate]:
        """(start, end, key, places) of every span that names a known place, longest first."""
        found: list[Candidate] = []
        i = 0
        cased = self.words.cased
        readings = self.readings.of(tokens, text)  # what an earlier scan of the sentence read
        while i < len(tokens):
            token = tokens[i]
            if cased and not token.upper and token.norm not in self.words.waters \
                    or not self._may_start(tokens, i, blocked, text):
                i += 1
                continue
            reading = readings.get(i)
            if reading is None or not reading.holds(blocked):
                reading = self._read(tokens, i, blocked, text, readings)
            match = reading.first
            if match is None and found and text and CYRILLIC.search(token.norm):  # "11 — над Орловской"
                match = elided_area(self.lookup, self._admin_word, tokens, i, blocked, found)
            if match is None and focus and CYRILLIC.search(token.norm):
                match = self._hyphenated_area(tokens, i, blocked, text, focus)
            if match is None:
                match = self._adjective_first(reading.exact, tokens, i, blocked)
            if match is None and focus is not None and self.words.community_words:  # "Марганецька громада"
                match = community_centre(self.gazetteer, self.words, tokens, i, blocked, focus.ranked(2))
            if match is None and text and (focus or cased and self.words.respellings):  # "auf Mykolajiw"
                listed = bool(found) and found[-1][1] == token.index  # "كورسك وفورونيج": next in a list
                match = self._fuzzy(tokens, i, blocked, text, focus or Focus(), listed,
                                    in_a_comma_list(self.words.cased, tokens, i, text, found), countries_named(found))
            if match is None and focus:  # "село Ругаліман": a village the gazetteer spells in Latin only
                match = village_after_word(self.villages, self.words, tokens, i, blocked, text, focus)
            if match:
                while found and found[-1][0] >= match[0]:  # "Рио" inside "Рио-де-Жанейро" found from its end
                    found.pop()
                found.append(match)
                # on after the name's end: one opened by lower-case words before ``i`` ("municipio de
                # El Tambo", "bande de Gaza") ends fewer words after it than it has
                i = max(i + 1, match[1] - tokens[0].index)
            else:
                i += 1
        return found

    def _adjective_first(self, exact: Candidate | None, tokens: list[Token], i: int,
                         blocked: AbstractSet[int]) -> Candidate | None:
        """A town's or a province's adjective before its word ("Курский аэропорт", "на Покровском
        направлении", "над Московским регионом") names that town or province, not what the word
        alone reads as (Kure, Pokrov); a name of several words ("Белгородской области") stands."""
        if exact is not None and (exact[1] - exact[0] > 1 or not adjectival(tokens[i].norm)):
            return exact
        match = axis_town(self.gazetteer, self.words, tokens, i, blocked) \
            or province_of_adjective(self.lookup, self.words, tokens, i, blocked)
        if match is None and (match := city_adjective(self.gazetteer, self.words, tokens, i, blocked)):
            self.adjective_keys.add(match[2])
        return match or exact

    def _read(self, tokens: list[Token], i: int, blocked: AbstractSet[int], text: str,
              readings: dict[int, Reading]) -> Reading:
        """The names the words from ``i`` give whatever the story's countries; kept for the
        sentence's next scan when nothing is blocked (:mod:`.readings`)."""
        probe = None if blocked else Probe()
        asking = blocked if probe is None else probe
        first = self._listed_area(tokens, i, asking, text)
        exact = None
        if first is None and (first := self._left_extension(tokens, i, asking)) is not None:
            # "province du Nord-Kivu": "province du Nord" (Rwanda's) ends inside the longer name from "Nord"
            exact = self._exact(tokens, i, asking, text)
            if exact is not None and (exact[1] > first[1] or exact[1] == first[1] and all(
                    own_key(p.name) == exact[2] for p in first[3])):
                # "en el municipio de Jerez, Zacatecas": lower-case words that open only an alternate
                # name of places called by the shorter name (GeoNames gives "Municipio de Jerez" to a
                # Guatemalan district) are the words before a name, not part of it: the name itself,
                # with all of its places ("bande de Gaza" stays: the Strip is not called "Gaza")
                first = None
        reading = Reading(first, None if first else exact or self._exact(tokens, i, asking, text),
                          frozenset(probe.asked) if probe is not None else frozenset())
        if probe is not None:
            readings[i] = reading
        return reading

    def _exact(self, tokens: list[Token], i: int, blocked: AbstractSet[int], text: str) -> Candidate | None:
        """The longest known name from word ``i``, unless it is part of a longer proper name."""
        token = tokens[i]
        longest = min(T.MAX_NAME_WORDS, len(tokens) - i) \
            if self._opens_name(token.norm) or compass_follows(self.words, tokens, i) else 1
        if longest > 1:
            longest = self._name_run(tokens, i, blocked, longest, text)
        for size in range(longest, 0, -1):
            span = tokens[i:i + size]
            key = " ".join([t.norm for t in span])
            places = self.lookup(key) if self._valid_span(span, blocked, text, self._after_settlement(tokens, i)) \
                else country_ending_in_a_common_word(self.lookup, self.words.cased, span, blocked)
            if places and size > 1 and not self.words.cased and self._not_a_place(span[-1].norm):
                # "رام الله" (Ramallah) is a town; "البحر الأحمر" ends in a colour as it did before
                # it was known whole: the sea a port "على البحر الأحمر" stands on is no event place
                places = tuple(p for p in places if p.kind not in WATER_KINDS)
            if places and not self._inside_longer_name(tokens, i, i + size, blocked, text):
                return token.index, token.index + size, key, places
        return None

    def _name_run(self, tokens: list[Token], i: int, blocked: AbstractSet[int], longest: int,
                  text: str = "") -> int:
        """How many words from ``i`` (at most ``longest``) a name may span: a blocked word, and in
        a cased script a lower-case word that is no name word (nor hyphenated inside the name),
        end every name :meth:`_valid_span` accepts, so the longer spans need no lookup."""
        cased, name_words = self.words.cased, self._inside
        end, stop = i + 1, i + longest
        while end < stop:
            token = tokens[end]
            if cased and not token.upper and token.norm not in name_words \
                    and not _hyphenated_particle(tokens, end, i, text) or token.index in blocked:
                break
            end += 1
        return end - i

    def _opens_name(self, word: str) -> bool:
        """Whether a name of several words may begin here ("Рязанской области": its stem)."""
        opens = self._opens.get(word)
        if opens is None:  # every word of a longer Cyrillic name declines: "Нових Санжарах"
            variants = {*query_keys_once(word), cyrillic_stem(word, 3), self.spellings.undeclined_word(word)}
            if CYRILLIC.search(word):  # "Спін Болдак", "Бирнин-Яури": a foreign name known in Latin only
                variants.add(latin_spelling(word))
                variants.add(declined_word_stem(word))  # "под Часовым Яром": the adjective of "Часов Яр"
            opens = any(self.gazetteer.starts_name(variant) for variant in variants) \
                or any(word == compass for compass, _english in self.words.compass_words)
            if len(self._opens) > 100_000:
                self._opens.clear()
            self._opens[word] = opens
        return opens

    def _listed_area(self, tokens: list[Token], i: int, blocked: AbstractSet[int], text: str) -> Candidate | None:
        """"над Брянской, Курской и Белгородской областями", "над Харківською та Сумською
        областями": each adjective of a list before one plural province word names a province
        of its own (the last one, right before the word, is found as usual)."""
        words = self.words
        if not words.admin_words or not text:
            return None
        j = i + 1
        listed = False  # a comma or a conjunction makes a list: "Northern Samar province" is none
        while j < len(tokens) and j - i <= T.LISTED_AREA_WORDS:
            if self._admin_word(tokens[j].norm):
                break
            gap, joins = text[tokens[j - 1].end:tokens[j].start], tokens[j].norm in words.conjunctions
            if gap.strip(" ,") or not (tokens[j].upper or joins) or tokens[j].index in blocked:
                return None
            listed = listed or "," in gap or joins
            j += 1
        else:
            return None
        if j > i + 1 and not listed:
            return None
        if j >= len(tokens) or j - i > T.LISTED_AREA_WORDS or text[tokens[j - 1].end:tokens[j].start].strip():
            return None
        last = j == i + 1  # the list's last province, its word right after: "и Курской областями"
        if last and not (i > 0 and tokens[i - 1].norm in words.conjunctions):
            return None
        key = f"{tokens[i].norm} {tokens[j].norm}"
        places = tuple(p for p in self.lookup(key) if p.kind == "admin1")
        return (tokens[i].index, tokens[j].index + 1 if last else tokens[i].index + 1, key, places) if places else None

    def _admin_word(self, norm: str) -> bool:
        """A province word in any of its forms: "областями", "областей" are "область"."""
        if norm in self.words.admin_words:
            return True
        if self._admin_stems is None:
            self._admin_stems = tuple(stem for word in self.words.admin_words
                                      if len(stem := cyrillic_stem(word, 3)) >= T.ADMIN_STEM_LETTERS)
        return norm.startswith(self._admin_stems)

    def _left_extension(self, tokens: list[Token], i: int,
                        blocked: AbstractSet[int]) -> Candidate | None:
        """Names whose first words are lower case: "bande de Gaza", "Strait of Hormuz"; in
        Cyrillic one such word is enough ("у секторі Газа", "в секторе Газа": the Strip, not the
        city of Gaza, which the capitalised word alone names)."""
        if not self.words.cased:
            return None
        for back in (1, 2, 3):
            start = i - back
            if back == 1 and (start < 0 or tokens[start].upper or not CYRILLIC.search(tokens[start].norm)):
                continue
            if start < 0 or tokens[start].norm in self.words.not_places \
                    or not self.gazetteer.starts_name(tokens[start].norm) or tokens[start].index in blocked:
                continue
            for size in range(min(T.MAX_NAME_WORDS, len(tokens) - start), back, -1):
                key = " ".join(t.norm for t in tokens[start:start + size])
                places = self.gazetteer.lookup_key(key)
                if places:
                    return tokens[start].index, tokens[start].index + size, key, places
        return None

    def _fuzzy_uncased(self, tokens: list[Token], i: int, blocked: AbstractSet[int], focus: Focus,
                       listed: bool = False, comma_listed: bool = False,
                       named: tuple[str, ...] = ()) -> Candidate | None:
        """Arabic script: a word after "في"/"قرب" (or glued to ب, or to the و that adds it to a
        list of places: "مقاطعتي كورسك وفورونيج") matched by its consonants, a foreign sound
        written either way ("فورونيج": the ج a "zh", Voronezh); in the story's main country, then
        in one its sentence named before it ("وفي أوكرانيا، ... على مدينة خاركيف": Kharkiv)."""
        token = tokens[i]
        after_locative = i > 0 and tokens[i - 1].norm in self.words.locatives or comma_listed
        after_feature = i > 0 and tokens[i - 1].norm in self.words.feature_words  # "مطار سيئون": Seiyun's airport
        glued = token.norm.startswith(("ب", "وب")) and len(token.norm) > 4
        if listed and token.norm.startswith("و") and len(token.norm) > 4 and not glued:
            after_locative, token_norm = True, token.norm[1:]
        else:
            token_norm = token.norm
        if not (after_locative or glued or after_feature) or token.index in blocked \
                or token.norm in self.words.not_places \
                or token.norm in self.words.place_nouns:  # "في إقليم": a province word, not Kalemie
            return None
        words = [token.norm[2:] if token.norm.startswith("وب") else token.norm[1:]] if glued and not after_locative \
            else [token_norm]
        # an Arabic word is built on three root consonants: a bare three-letter word ("من الشهر",
        # "في مدن") or three consonants after a glued "بـ" ("بدلات") match some village of any
        # country by their consonants alone; a foreign name carries its vowels ("كاجورو")
        words = [w for w in words if len(strip_article(w) or w) > T.ROOT_LETTERS and (
            after_locative or after_feature or consonant_count(arabic_consonant_skeleton(w)) > T.ROOT_LETTERS)]
        for country in dict.fromkeys([*focus.ranked(1), *named]) if after_locative or glued else ():
            for word in words:
                matches = self.gazetteer.fuzzy(word, country=country, cutoff=T.FUZZY_CUTOFF, limit=T.FUZZY_CANDIDATES)
                if matches:
                    return token.index, token.index + 1, word, tuple(p for p, _s in matches)
                for skeleton in self.spellings.sound_variants(arabic_consonant_skeleton(word))[1:]:
                    places = [p for p in self.gazetteer.by_consonants(skeleton, country)
                              if not self.gazetteer.province_named_in_arabic(p)][:T.FUZZY_CANDIDATES]
                    if places:
                        return token.index, token.index + 1, word, tuple(places)
        for word in words:  # a province word before ("مقاطعة إيتوري"): a province
            short = self._short_in_story_provinces(word, focus, i > 0 and tokens[i - 1].norm in self.words.name_words)
            if short:
                return token.index, token.index + 1, word, short
        return None

    def _short_in_story_provinces(self, word: str, focus: Focus, province_word: bool = False) -> tuple[Place, ...]:
        """"في مدينة سيئون", "على مطار سيئون" in a story naming Hadramaout: a name of two
        consonants, too short to be looked for in a whole country, is the one town or district
        of a province the story names (or holding a town it names: "كايس، نيورو") that has them
        (Seiyun; a place of no recorded population gives way to one that has some); none when
        several have. After a province word ("مقاطعة إيتوري"), the country's province so spelt."""
        skeleton = arabic_consonant_skeleton(word)
        if consonant_count(skeleton) != 2 or len(strip_article(word) or word) < T.SHORT_NAME_LETTERS:
            return ()
        country = next(iter(focus.ranked(1)), None)
        areas = self.gazetteer.provinces_by_consonants(skeleton, country) if country and province_word else []
        if country is None or areas:
            return tuple(areas[:1])
        provinces = {p.admin1 for key in focus.by_key for p in self.lookup(key)  # named, or holding a town named
                     if p.kind in ("admin1", "admin2", "city") and p.country_code == country and p.admin1}
        found = [p for admin1 in provinces for p in self.gazetteer.short_in_province(skeleton, country, admin1)]
        peopled = [p for p in found if p.population > 0] or found
        return tuple(peopled) if len({(p.name, round(p.lat), round(p.lon)) for p in peopled}) == 1 else ()

    def _inside_longer_name(self, tokens: list[Token], start: int, end: int, blocked: AbstractSet[int],
                            text: str) -> bool:
        """"Thomas Brenner", "Human Rights", "Lake Victoria": a capitalised neighbour that is
        not itself known means the place name is only part of a longer proper name."""
        if not self.words.cased or not text:
            return False
        for index, gap_from, gap_to in ((start - 1, start - 1, start), (end, end - 1, end)):
            if not 0 <= index < len(tokens):
                continue
            neighbour = tokens[index]
            gap = text[tokens[gap_from].end:tokens[gap_to].start]
            if gap == "-" and neighbour.upper and neighbour.norm not in self.words.particles \
                    and neighbour.norm not in self.words.not_places and neighbour.norm not in self.words.place_nouns \
                    and all(p.kind == VILLAGE for p in self.lookup(neighbour.norm)):
                # "Kordofan-Nord": a part after a hyphen, joined to a name not known alone; "Pont-Sondé":
                # the first part of a name the gazetteer lacks, not the French towns called "Pont" (a
                # village of a postal list called "Sonde" makes no name of it: villages are many)
                return True
            if gap.strip() or not neighbour.upper or neighbour.is_digit:
                continue
            # "Küstenmetropole Tel Aviv", "Provinz Idlib"; a blocked word is asked about last (:mod:`.readings`)
            if neighbour.norm in self.words.not_places or self._landmark(neighbour.norm) \
                    or neighbour.norm in self.words.place_nouns or neighbour.index in blocked:
                continue
            if index == end and index + 1 < len(tokens) and tokens[index + 1].norm in self.words.place_nouns:
                continue  # "у Сергіївці Андріївської громади": the community that locates the village
            if index == start - 1 and (tokens[end - 1].norm in self.words.admin_words
                                       or end < len(tokens) and tokens[end].norm in self.words.admin_words):
                continue  # "в селе Глотово Белгородской области": the province that locates a village
            if index == end and self._noun_after(tokens, start, end):
                continue
            if index == start - 1 and self._province_genitive(tokens, start, end):
                continue  # "село Малые Зорьки Харьковской области": the village's name, then its oblast
            return True
        return False

    def _province_genitive(self, tokens: list[Token], start: int, end: int) -> bool:
        """"Бродок Белгородской области", "Вишнева Роща Куп'янського району": a Cyrillic name
        ending in (or followed by) a lower-case province or district word is the province or the
        district told after a village, in the genitive, not the end of a longer name opened by
        the village's."""
        areas = self.words.admin_words | self.words.subdivisions  # "Куп'янського району": a raion
        last = end if end < len(tokens) and tokens[end].norm in areas else end - 1
        return bool(CYRILLIC.search(tokens[start].norm)) and last > start - 1 \
            and tokens[last].norm in areas and not tokens[last].upper

    def _noun_after(self, tokens: list[Token], start: int, end: int) -> bool:
        """"in Istanbul Dutzende Demonstranten", "in Saporischschja Wohnhäuser": where every noun
        is capitalised, the word after a country, a province or a big city that a locative
        introduces is the sentence's next noun (its object, before the verb closing the clause),
        not the rest of a longer name; a small town's name may go on ("in Ain Ebel")."""
        return self.words.nouns_capitalised and start > 0 and tokens[start - 1].norm in self.words.locatives \
            and self._landmark(" ".join(t.norm for t in tokens[start:end]))

    def _landmark(self, word: str) -> bool:
        """A country, a province or a big city: a neighbour that is a name of its own
        ("столиці Пакистану Ісламабаді", "Katars Hauptstadt Doha"), not part of a longer one."""
        return any(p.kind in ("country", "admin1") or p.population >= T.BIG_TOWN_POPULATION
                   for p in self.lookup(word))

    def _fuzzy(self, tokens: list[Token], i: int, blocked: AbstractSet[int], text: str,
               focus: Focus, listed: bool = False, comma_listed: bool = False,
               named: tuple[str, ...] = ()) -> Candidate | None:
        """A near spelling ("Nabatiyé" for "Nabatieh", "El-Facher" for "El Fasher", "كاجورو" for
        "Kajuru") of a name after a locative word, looked for in the document's focus countries
        (in Arabic script also a name joined by و to a place just found: ``listed``)."""
        if not self.words.cased:
            return self._fuzzy_uncased(tokens, i, blocked, focus, listed, comma_listed, named)
        first = self._article_before(tokens, i, text)
        opener = tokens[first - 1].norm if first > 0 else ""
        after_area_word = opener in self.words.place_nouns and bool(CYRILLIC.search(tokens[i].norm))
        if opener not in self.words.fuzzy_openers and not after_area_word:
            return None
        size = 1  # the name goes on over capitalised words and particles, not into "am Montag", "im Süden"
        particles = self.words.particles
        while i + size < len(tokens) and size < T.FUZZY_MAX_WORDS \
                and (tokens[i + size].upper and tokens[i + size].norm not in self.words.not_places
                     or tokens[i + size].norm in particles) \
                and not text[tokens[i + size - 1].end:tokens[i + size].start].strip(" -"):
            size += 1
        while size > 1 and tokens[i + size - 1].norm in particles:
            size -= 1
        span = tokens[first:i + size]
        key = " ".join(t.norm for t in span)
        if len(key.replace(" ", "")) < T.FUZZY_MIN_LETTERS or not self._valid_span(tokens[i:i + size], blocked) \
                or self._inside_longer_name(tokens, first, i + size, blocked, text):
            return None
        for country in focus.ranked(2):
            for variant in (key, *self.spellings.respelled(key)):
                matches = self.gazetteer.fuzzy(variant, country=country, cutoff=T.FUZZY_CUTOFF,
                                               limit=T.FUZZY_CANDIDATES, skeleton_only=variant != key)
                if matches:
                    return span[0].index, span[-1].index + 1, key, tuple(p for p, _s in matches)
        for variant in self.spellings.respelled(key):  # "auf Mykolajiw": Mykolayiv, a city known without its country
            if places := tuple(p for p in self.lookup(variant) if focus or p.population >= T.BIG_TOWN_POPULATION):
                return span[0].index, span[-1].index + 1, key, places
        if CYRILLIC.search(key):
            shortest = T.AREA_CONSONANTS_AFTER_WORD if after_area_word else T.AREA_CONSONANTS
            areas = self._areas_by_consonants(key, focus.ranked(2), shortest)
            if areas:
                return span[0].index, span[-1].index + 1, key, areas
        return None

    def _article_before(self, tokens: list[Token], i: int, text: str) -> int:
        """Where a name after a locative starts: at an Arabic article hyphenated to it ("in
        al-Suhra", "Bundesstaat al-Dschasira"), which, lower case, opens no name of its own."""
        if i >= 2 and tokens[i - 1].norm in spelling().articles and text \
                and text[tokens[i - 1].end:tokens[i].start] == "-":
            return i - 1
        return i

    def _hyphenated_area(self, tokens: list[Token], i: int, blocked: AbstractSet[int], text: str,
                         focus: Focus) -> Candidate | None:
        """A Cyrillic compound the gazetteer does not know ("Хайбер-Пахтунхва"): a province of
        the story's countries by its consonants, before its first word alone finds some town."""
        end = i + 1
        while end < len(tokens) and end - i < T.FUZZY_MAX_WORDS and tokens[end].upper \
                and text[tokens[end - 1].end:tokens[end].start] == "-":
            end += 1
        span = tokens[i:end]
        if len(span) < 2 or not self._valid_span(span, blocked):
            return None
        key = " ".join(t.norm for t in span)
        if self.lookup(key):
            return None  # known as written: the usual search finds it
        areas = self._areas_by_consonants(key, focus.ranked(2), T.AREA_CONSONANTS)
        return (span[0].index, span[-1].index + 1, key, areas) if areas else None

    def _may_start(self, tokens: list[Token], i: int, blocked: AbstractSet[int], text: str = "") -> bool:
        token = tokens[i]
        if token.index in blocked or token.is_digit or len(token.norm) < 2 and not _elided_initial(tokens, i, text):
            return False
        if self._not_a_place(token.norm) and not self._opens_name(token.norm) and not self._after_settlement(tokens, i):
            return False  # a common word may still open a longer name ("شمال دارفور", "بولاية الجزيرة")
        if self.words.cased:
            return token.upper or token.norm in self.words.waters  # "en mer Rouge", "en el golfo de Adén"
        if i > 0 and self._adjective_of(tokens[i - 1], token):
            return False
        return len(token.norm) >= 3 or self.gazetteer.starts_name(token.norm)  # "أم درمان", "تل أبيب"

    def _adjective_of(self, before: Token, token: Token) -> bool:
        """Arabic script: a definite word right after a definite common noun is that noun's
        adjective ("الأجزاء الشمالية", the northern parts: not the Northern state), as the
        adjective follows its noun and takes its article; after a place noun it is a name in
        apposition ("العاصمة الخرطوم")."""
        article = spelling().script_article
        return token.norm.startswith(article) and before.index + 1 == token.index \
            and before.norm.startswith(_DEFINITE) and before.norm not in self.words.place_nouns \
            and before.norm not in self.words.locatives and not before.is_digit

    def _after_settlement(self, tokens: list[Token], i: int) -> bool:
        """Without capitals, a settlement word right before word ``i`` ("مدينة الأبيض", El
        Obeid; "بلدة الشعب"): the word is a name, common as it may be elsewhere."""
        return not self.words.cased and i > 0 and tokens[i - 1].norm in self.words.settlement_words

    def _valid_span(self, span: list[Token], blocked: AbstractSet[int], text: str = "", named: bool = False) -> bool:
        """Whether ``span`` may be a name; blocked words are asked about last, so that a reading
        kept for the sentence's next scan depends on as few of them as it can (:mod:`.readings`).
        ``text``: the sentence's text, to see a lower-case word hyphenated inside the name."""
        last = span[-1]
        # without capitals a common word may end a name of several words known whole: "رام الله"
        # (Ramallah) ends in "الله", no place alone
        if self._not_a_place(last.norm) and not named \
                and (self.words.cased or len(span) == 1 or self._not_a_place(span[0].norm)) \
                and not self._name_letter(span) and not compass_after(self.words, " ".join(t.norm for t in span)) \
                and not (len(span) > 1 and last.norm in self.words.waters):  # "Roten Meer", "Schwarzen Meer"
            return False
        if len(span) == 1 and len(last.norm) < 3:
            return False
        cased, inside = self.words.cased, self._inside
        if cased and not last.upper and last.norm not in inside:
            return False
        for j in range(1, len(span)) if cased else ():  # loops, not generators: asked for every span of every name
            t = span[j]
            if not t.upper and t.norm not in inside and not _hyphenated_particle(span, j, 0, text):
                return False
        for t in span if blocked else ():
            if t.index in blocked:
                return False
        return True

    def _name_letter(self, span: list[Token]) -> bool:
        """"Чаунг У", "Чаунг-У": a capital letter ending a Cyrillic name of several words is part
        of the name, not the preposition "у" it is spelled like (mid-sentence that is lower case)."""
        last = span[-1]
        return self.words.cased and len(span) > 1 and len(last.norm) == 1 and last.upper \
            and bool(CYRILLIC.search(last.norm))
