"""What the words around a name say it is: a street's or a person's name, a settlement, or a
place where nothing happened (a destination, the seat of an organisation, a route's end).

The words are the language pack's (``places.toml``: ``streets``, ``landforms``, ``name_openers``,
``settlement``, ``destination``, ``describing``, ``between``); this module reads them around
each name of one sentence.
"""

from __future__ import annotations

import re

from ...geo.gazetteer import Place
from ...normalize import COMMAS
from ...packs.vocabulary import EventWord, HitKind, PlaceWord
from ...prepare.tokens import Token
from .. import tuning as T
from ..hits import Hit
from .mention import AREA_KINDS, PlaceMention
from .words import PlaceWords

ELSEWHERE = "elsewhere"  # the relation of a place named in a sentence where nothing happened there


class SentenceRoles:
    """The roles the words of one sentence give the names in it."""

    def __init__(self, words: PlaceWords, tokens: list[Token], hits: list[Hit], text: str,
                 titles: bool = True) -> None:
        self.words = words
        self.tokens = tokens
        self.first = tokens[0].index if tokens else 0
        self.text = text
        self.cues = [h for h in hits if h.kind == HitKind.PLACE and h.label in _ROLE_LABELS]
        self.launches = {h.start for h in hits if h.kind == HitKind.EVENT and h.label == EventWord.LAUNCH}
        # "in der Nähe von Rafah", "nördlich von Gao": the preposition ends a phrase of nearness
        self.near_ends = {h.end for h in hits if h.kind == HitKind.PLACE and h.label == PlaceWord.NEAR}
        # ``titles`` false: a town in an official's title may name a place ("the mayor of Culiacan")
        self.named = (self._named_after_openers() if titles else set()) | self._quoted_titles()

    def _norm(self, index: int) -> str:
        return self.tokens[index - self.first].norm if 0 <= index - self.first < len(self.tokens) else ""

    def _quoted_titles(self) -> set[int]:
        """Tokens of a quoted title of several words, none a place word ("قال مصدر لـ"عدن الغد"",
        told to "Aden Tomorrow", an outlet): a town in it names the title, not where it happened."""
        titled: set[int] = set()
        if not self.text or not self.tokens or not _QUOTE.search(self.text, self.tokens[0].start, self.tokens[-1].end):
            return titled  # no quotation mark between the words (most sentences): no title
        gaps = [self.text[self.tokens[i - 1].end:token.start] if i else "" for i, token in enumerate(self.tokens)]
        words = self.words
        for i in range(1, len(self.tokens)):
            if not gaps[i].endswith(_QUOTE_MARKS):  # a mark right before the word opens the title
                continue
            for j in range(i + 1, min(i + T.QUOTED_TITLE_WORDS, len(self.tokens))):
                if gaps[j].startswith(_QUOTE_MARKS):  # a mark right after the word before closes it
                    span = self.tokens[i:j]
                    if len(span) >= 2 and not any(t.norm in words.place_nouns or t.norm in words.feature_words
                                                  or t.norm in words.at_words for t in span):
                        titled.update(t.index for t in span)
                    break
        return titled

    def _named_after_openers(self) -> set[int]:
        """Tokens of a name right after a title or a media word: "Mayor Patricia de Lille",
        "قناة الميادين", "alcalde de Kayes"; a word saying where ("en") ends it."""
        named: set[int] = set()
        for token in self.tokens:
            if token.norm not in self.words.name_openers:
                continue
            for index in range(token.index + 1, token.index + 1 + T.NAME_AFTER_OPENER):
                norm = self._norm(index)
                if not norm:
                    break
                word = self.tokens[index - self.first]
                if self.words.cased and not word.upper and (norm not in self.words.particles
                                                            or norm in self.words.at_words):
                    break  # "un periodista en Acapulco": "en" says where, though Arabic names hold "en"
                if not self.words.cased and norm in self.words.at_words:
                    break  # "موقع عسكري في قضاء سامراء": "موقع" is a position there, and "في" says where
                named.add(index)
        return named

    def not_a_place(self, start: int, end: int, places: tuple[Place, ...]) -> str | None:
        """Why the name ``start..end`` is no place ("a street's name"), or None. A city, a
        province or a country after a street word is where the streets are ("the streets of
        Brussels", "las calles de Madrid"), but not right after one: "la plaza San Martín", "Avenida
        Brasil" name a square and a street; a curated site keeps its name ("Puerta del Sol")."""
        if start in self.named:
            return "a person's or an outlet's name"
        streets = self.words.streets
        curated = any(p.source == "dateline" for p in places)
        if (self._norm(start) in streets or self._norm(end - 1) in streets) and not curated:
            return "a street's name"  # "Plaza", "South Gate"
        if self._norm(start - 1) in self.words.named_streets and not curated:
            return "a street's name"  # "la plaza San Martín": no particle, the square's own name
        if any(p.kind in ("country", "admin1") or p.population >= T.BIG_TOWN_POPULATION or p.source == "dateline"
               for p in places):
            return None
        before = self._norm(start - 1)
        if before in streets or (before in self.words.particles and self._norm(start - 2) in streets):
            return "a street's name"  # "Plaza de Juan Goytisolo", "rue de Paris"
        landforms = self.words.landforms
        if before in landforms or (before in self.words.particles and self._norm(start - 2) in landforms):
            return "a landform's name"  # "el cerro de La Cantera": the hill, not the town 90 km away
        return None

    def elsewhere(self, start: int, end: int) -> str | None:
        """Why nothing happened at the name ``start..end`` ("a destination"), or None."""
        if self._destination_told_apart(start):
            return "a destination"
        if self._fired_from(start, end):
            return "where it was fired from"
        for cue in self.cues:
            if cue.label == PlaceWord.DESTINATION and 0 <= start - cue.end <= T.DESTINATION_WINDOW:
                return "a destination"
            window = T.DESCRIBED_WINDOW if cue.size > 1 else 0  # "based" alone: "based on reports from Kyiv"
            if cue.label == PlaceWord.DESCRIBING and (0 <= start - cue.end <= window and not self._locative_between(
                    cue.end, start) or (cue.start == end and self._gap(end - 1, end).strip() in _HYPHENS)):
                return "describes someone"  # "based in Niamey", "the Niamey-based group"
            if cue.label == PlaceWord.DESCRIBED_AFTER and cue.start == end:
                return "describes another place"  # "l'Etat de Borno, dont Maiduguri est la capitale"
        return None

    def _fired_from(self, start: int, end: int) -> bool:
        """"eine aus dem Libanon abgefeuerte Rakete", "fired rockets from Gaza at Sderot": a
        preposition of origin (an article may follow it) before the name and a launch word right
        after it or a few words before the preposition; not a preposition that ends a phrase of
        nearness ("Soldaten hätten in der Nähe von Rafah das Feuer eröffnet": there)."""
        if {start, start - 1} & self.near_ends:
            return False
        at = start - 1 if self._norm(start - 1) in self.words.origins else start - 2 if (
            self._norm(start - 2) in self.words.origins and not self.tokens[start - 1 - self.first].upper) else None
        if at is None:
            return False
        return bool(self.launches & {end, end + 1}) or any(
            at - T.ORIGIN_LAUNCH_WORDS <= launch < at for launch in self.launches)

    def _destination_told_apart(self, start: int) -> bool:
        """"transféré au cours de la nuit à Bangui": a destination verb, a few words of time or
        manner, then the destination's preposition right before the name; not across a comma,
        nor over an agent ("conduit par des soldats à Bangui": who led, then where)."""
        if self._norm(start - 1) not in self.words.destination_preps:
            return False
        for verb in range(start - 3, max(start - 3 - T.DESTINATION_GAP, self.first - 1), -1):
            if self._norm(verb) in self.words.destination_verbs:
                between = {self._norm(i) for i in range(verb + 1, start - 1)}
                return not COMMAS.intersection(self._gap(verb, start - 1)) and not between & self.words.agents
        return False

    def _locative_between(self, start: int, end: int) -> bool:
        """A locative among the tokens ``start..end``: "المدعومة من أوغندا في نيروبي" describes
        the group by Uganda, and then says where (Nairobi)."""
        return any(self._norm(index) in self.words.locatives for index in range(start, end))

    def settlement(self, start: int) -> bool:
        """A settlement word right before the name: "la ciudad de México", "село Кучерів Яр"; a
        lower-case word may stand between, not another name ("municipio de Celaya, Guanajuato":
        Guanajuato is the state). Without capitals the word between is the settlement's own
        unknown name ("مدينة تمبول بولاية الجزيرة": the province after it is no town)."""
        return any(c.label == PlaceWord.SETTLEMENT and (start == c.end or (
            start - c.end == 1 and self.words.cased and not self._upper(c.end))) for c in self.cues) \
            and not self.owned_by_a_settlement(start)

    def owned_by_a_settlement(self, start: int) -> bool:
        """A settlement word and a possessive right before the name ("the city's Kyivskyi district",
        "the town's Al-Salam quarter"): a part of the town the story told, not a town of that name
        (nor the rural district or another country's town the name also is)."""
        if not self.words.possessive or not self.text or not 0 < start - self.first < len(self.tokens):
            return False
        name = self.tokens[start - self.first]
        return any(c.label == PlaceWord.SETTLEMENT and c.end == start - 1 and 0 < c.end - 1 - self.first
                   and self.text[self.tokens[c.end - 1 - self.first].end:name.start].strip() in self.words.possessive
                   for c in self.cues)

    def settlement_named(self, start: int) -> bool:
        """A settlement word before the name or opening its span ("municipio de Argelia" found as one)."""
        return self.settlement(start) or any(c.label == PlaceWord.SETTLEMENT and c.start == start for c in self.cues)

    def of_a_settlement(self, end: int) -> bool:
        """A settlement word right after a district's name ("в Днепровском районе города"): the
        district is part of a town told before, not the rural district of that name."""
        return any(c.label == PlaceWord.SETTLEMENT and c.start == end for c in self.cues)

    def _upper(self, index: int) -> bool:
        return 0 <= index - self.first < len(self.tokens) and self.tokens[index - self.first].upper

    def route(self, mentions: list[PlaceMention]) -> list[PlaceMention]:
        """"between Bougouni and Bamako": the road is near the first place; the second is no
        event place (countries stay: a border between two countries is both theirs)."""
        result = list(mentions)
        for cue in (c for c in self.cues if c.label == PlaceWord.BETWEEN):
            first = next((i for i, m in enumerate(result) if 0 <= m.start - cue.end <= T.BETWEEN_WINDOW), None)
            if first is None or first + 1 >= len(result):
                continue
            one, other = result[first], result[first + 1]
            if one.place.kind == "country" or other.place.kind == "country" or other.start - one.end > 2:
                continue
            result[first] = PlaceMention(one.start, one.end, one.place, one.score, "near",
                                         one.reason + ", a route's end", one.located)
            result[first + 1] = PlaceMention(other.start, other.end, other.place, other.score, ELSEWHERE,
                                             other.reason + ", the other end of a route", other.located)
        return self._roads(result)

    def _roads(self, result: list[PlaceMention]) -> list[PlaceMention]:
        """"on the Abuja-Kaduna highway", "the Lamu-Garissa road": two towns a hyphen joins before a
        road word name a road; it runs near the first, not at the second, and where the sentence
        names another place ("near Katari") the road only says where that place is."""
        for i in range(len(result) - 1):
            one, other = result[i], result[i + 1]
            if one.place.kind == "country" or other.place.kind == "country" \
                    or self._gap(one.end - 1, other.start).strip() not in _HYPHENS \
                    or self._norm(other.end) not in self.words.streets:
                continue
            elsewhere = any(m.place.kind not in AREA_KINDS for j, m in enumerate(result) if j not in (i, i + 1))
            result[i] = PlaceMention(one.start, one.end, one.place, one.score, ELSEWHERE if elsewhere else "near",
                                     one.reason + ", a road's end", one.located)
            result[i + 1] = PlaceMention(other.start, other.end, other.place, other.score, ELSEWHERE,
                                         other.reason + ", the other end of a road", other.located)
        return result

    def _gap(self, left: int, right: int) -> str:
        if not self.text or not 0 <= left - self.first < right - self.first < len(self.tokens):
            return " "
        return self.text[self.tokens[left - self.first].end:self.tokens[right - self.first].start]


_HYPHENS = frozenset({"-", "‐", "‑", "–"})
_ROLE_LABELS = frozenset({PlaceWord.DESTINATION, PlaceWord.DESCRIBING, PlaceWord.DESCRIBED_AFTER,
                          PlaceWord.SETTLEMENT, PlaceWord.BETWEEN})
_QUOTES = frozenset('"«»“”„')  # marks opening or closing a quoted title
_QUOTE_MARKS = tuple(sorted(_QUOTES))  # the same, as ``str.startswith`` takes them
_QUOTE = re.compile("[" + re.escape("".join(_QUOTE_MARKS)) + "]")  # the same, searched for in a span of the text
