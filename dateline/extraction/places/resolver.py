"""Toponym resolution in context: which places a sentence names, and which gazetteer entry
each one is.

Candidates come from :class:`~.finder.PlaceFinder`; the choice weighs the document's country
focus (dateline, other places), containment ("Al-Harir à Erbil"), feature words ("base
aérienne", "dam"), administrative words ("province") and population
(:func:`~.scoring.score_place`). Every choice records a reason string, so an analyst can see
why a place was picked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import replace

from ...geo.distance import haversine_km
from ...geo.gazetteer import Gazetteer, Place, latin_spelling
from ...geo.keys import name_key, query_keys
from ...normalize import COMMAS
from ...packs import LanguagePack
from ...packs.vocabulary import HitKind, PlaceWord
from ...prepare.tokens import Token
from .. import tuning as T
from ..hits import Hit
from .capitals import Capitals, capital_mentions
from .evidence import FocusReader
from .finder import PlaceFinder
from .focus import Focus
from .lists import after_comma_of, list_after_province_word, list_of_provinces, next_in_list
from .mention import AREA_KINDS, SITE_KINDS, VILLAGE, WATER_KINDS, PlaceMention
from .offsets import Offsets
from .qualified import in_the_qualifying_province, near_spellings_in_provinces
from .readings import Candidate
from .roles import ELSEWHERE, SentenceRoles
from .scoring import NO_CONTEXT, PlaceScore, ScoreContext, own_key, own_named_countries, score_place
from .spanning import names_a_world_region
from .surroundings import (
    admin_near,
    article,
    axis_after,
    district_of_a_city_before,
    district_of_another_province,
    feature_before,
    in_a_named_province,
    in_the_province_after,
    in_the_story_provinces,
    is_speaker,
    listed_before_subdivision,
    near_before,
    outside_the_province_told,
    owners_alone,
    part_word_after,
    province_after_comma,
    province_phrase,
    province_word_after,
    region_of_a_city,
    target_before,
    the_sea,
    the_town,
    the_town_of_its_name,
)
from .unknown_villages import district_holders, opens_an_unknown_village, raion_of_its_seat, told_a_village
from .words import PlaceWords

_NOT_SUBDIVISIONS = SITE_KINDS | {"admin1", "admin2", "region"}
_LOCATING_KINDS = frozenset({HitKind.PLACE, HitKind.FEATURE, HitKind.CUE})  # the hits a name's checks read
_GLUED_LOCATIVES = ("ب", "وب", "فب")  # Arabic "in" glued to the name: "بغزة"


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")  # a name the press spelled in Cyrillic

class PlaceResolver:
    """Finds and resolves place mentions with one language's place words."""

    def __init__(self, gazetteer: Gazetteer, pack: LanguagePack) -> None:
        self.gazetteer = gazetteer
        self.words = PlaceWords.of(pack)
        self.finder = PlaceFinder(gazetteer, self.words)
        self._capital_ids: dict[str, int | None] = {}
        self.reader = FocusReader(self.finder, self.words)
        self.introducers = self.words.locatives | self.words.at_words
        self.capitals = Capitals(gazetteer, self.words, self.reader, self.introducers)
        self.offsets = Offsets.of(list(self.words.distance_units), list(self.words.bearings))
        # "nach Angaben", "according to": a source named after them; the name before them is no speaker
        self.according_to = frozenset(phrase.split()[0] for phrase in pack.grammar.according_to if phrase.strip())

    def lookup(self, key: str) -> tuple[Place, ...]:
        """Places the folded name ``key`` may refer to (see :meth:`PlaceFinder.lookup`)."""
        return self.finder.lookup(key)

    @staticmethod
    def score(place: Place, key: str, context: ScoreContext = NO_CONTEXT) -> PlaceScore:
        """How well ``place`` fits the name ``key`` in ``context``, term by term."""
        return score_place(place, key, context)

    def resolve(self, tokens: list[Token], hits: Iterable[Hit], blocked: AbstractSet[int],
                focus: Focus | None = None, text: str = "", *, near_spellings: bool = True,
                titles: bool = True) -> list[PlaceMention]:
        """Place mentions of ``tokens`` with the best candidate for each (``near_spellings``:
        also names found by a near spelling after a locative; ``titles`` false: also the towns
        of officials' titles)."""
        hits = list(hits)
        document_focus = focus or Focus()
        found = self.finder.candidates(tokens, blocked, text, document_focus if near_spellings else None)
        roles = SentenceRoles(self.words, tokens, hits, text, titles)
        # the checks below read place words, feature words and cues only, each name all of them
        sites = {h.start for h in hits if h.kind == HitKind.ACTOR and h.actor is not None
                 and h.actor.category == "civilians"}  # "market", "hospital": a site named after a name
        hits = [h for h in hits if h.kind in _LOCATING_KINDS]
        mentions: list[PlaceMention] = []
        owners: set[int] = set()  # starts of town adjectives read as the owner of the next name
        starts = {s for s, _e, _k, _p in found}
        pending: set[int] = set()  # starts of cities told before a part word whose part is yet to be found
        for start, end, key, places in found:
            # a name does not support itself when the rest of the story clearly says where it is
            rest = document_focus.without(key)
            focus = rest if max(rest.values(), default=0) >= T.FOCUS_CLEAR else document_focus
            total = focus.total
            others = [ps for s, _e, _k, ps in found if s != start]
            names_in_sentence = {p.admin1.lower() for ps in others for p in ps if p.kind == "admin1"}
            districts_in_sentence = {k for s, _e, k, _ps in found if s != start} | {  # "Pale Township"
                own_key(p.name) for ps in others for p in ps if p.kind == "admin2"}
            countries_in_sentence = {p.country_code for ps in others for p in ps if p.kind == "country"}
            if is_speaker(start, end, hits, tokens, text, self.according_to) or roles.not_a_place(start, end, places):
                continue
            if opens_an_unknown_village(self.words, self.lookup, tokens, start, end, starts, text, roles):
                continue  # "село Зелена Балка-Друга": not Zelena, a town elsewhere of its first word
            if self._of_another_country(found, end, places, tokens, text) \
                    or outside_the_province_told(found, end, places, tokens, text, roles.settlement_named):
                continue  # "El Plateado, Cauca": a town the gazetteer knows in Mexico only is not this one
            if (code := self._adjective_beside(tokens, start, end)) is not None \
                    and any(p.kind in _AREAS and p.country_code != code for p in places):
                # "le Sahel malien", "the Malian Sahel": a part of Mali, not Burkina Faso's Sahel region
                places = tuple(p for p in places if p.country_code == code)
                if not places:  # "dans le Centre malien": no place of Mali by that name, Mali
                    if (whole := self.country_place(code)) is not None:
                        mentions.append(PlaceMention(start, end, whole, 0.0, "area",
                                                     f"'{key}' told with the adjective of {whole.name}"))
                    continue
            if names_a_world_region(key, places) and not any(
                    focus.get(p.country_code, 0) >= T.IN_FOCUS_SHARE * max(focus.total, 1) for p in places):
                continue  # "across the Sahel" in a story about Mali: not Burkina Faso's Sahel region
            after = end - tokens[0].index
            before = start - tokens[0].index
            words_before = [j for j in range(max(0, before - T.SUBDIVISION_WINDOW), before)
                            if tokens[j].norm in self.words.subdivisions]
            # "Шевченковский район Харькова": the town holding a district named before
            holder = bool(words_before) and self._closes_a_name(tokens, words_before[-1])
            words_after = tokens[after - 1].norm in self.words.subdivisions or (
                after < len(tokens) and tokens[after].norm in self.words.subdivisions
                and part_word_after(self.words, tokens, end) not in starts) or (  # "the Kyiv suburb of Irpin": Kyiv's
                listed_before_subdivision(tokens, after, self.words))  # "Шевченківського району"
            subdivision = words_after or (
                bool(words_before) and not holder
                and not roles.settlement(start)) or (  # "أحياء مدينة الأبيض": the districts of the city of El Obeid
                roles.owned_by_a_settlement(start))  # "the city's Kyivskyi district"
            subdivision = subdivision and key not in self.finder.adjective_keys  # "Leipziger Stadtteil": the town
            raion = subdivision and words_after and not holder and raion_of_its_seat(
                self.words, tokens, start, after, places, found, roles,
                self._district_of_a_town(tokens, after, found, roles))
            if raion:  # "село Тихе Запорізького району": the rural district, at its seat (an area a town
                subdivision = False  # told later in the story may place more closely)
                places = tuple(replace(p, kind="admin2") for p in places if p.kind == "city") \
                    or tuple(p for p in places if p.kind == "admin2")
            if subdivision and before > 0 and tokens[before - 1].norm not in self.words.subdivisions \
                    and not self.words.cased and not {p.id for p in places} & self.finder.literal_ids(key):
                subdivision = False  # "في حي الرابية بعمان": a glued "in" after the district's name: its city
            if subdivision and not near_before(start, hits) and (
                    not any(p.kind in _NOT_SUBDIVISIONS for p in places) or roles.owned_by_a_settlement(start)
                    or self._district_of_a_town(tokens, after, found, roles)
                    or (words_after and (district_of_a_city_before(district_holders(found, roles, tokens), start)
                                         or district_of_another_province(places, document_focus, key, self.lookup)))):
                continue  # "the city's Kyivskyi district", "у Київському районі", "в Днепровском районе Херсона"
            country = next((p for p in places if p.kind == "country"), None)
            # "à Djibouti", "à Mexico": a locative of towns before a country's name is its city
            town_locative = before > 0 and tokens[before - 1].norm in self.words.town_locatives
            if country is not None and not roles.settlement(start) and not town_locative:
                # "Mexiko" is the country, not its capital
                places = tuple(p for p in places if p.kind == "country" or p.country_code != country.country_code)
            feature = feature_before(start, hits)
            if feature:
                composite = self._composite(tokens, feature, end)
                if composite:
                    places, start = composite, feature.start
            stand_in = bool(region := region_of_a_city(places, key, tokens, start, self.words,
                                                       self.gazetteer.lookup_key, self.gazetteer.province_of))
            places = region or places  # "на Запоріжжі": the oblast
            comma_after = bool(text) and after < len(tokens) and \
                bool(COMMAS.intersection(text[tokens[after - 1].end:tokens[after].start]))
            told_in = False  # "в Климово Брянской области": the province told after the town holds it
            if comma_after:
                key_after, province, province_end = province_after_comma(found, end, tokens, self.words)
                listed_on = next_in_list(found, province_end, tokens, text, self.words.conjunctions) is not None
                places = in_the_province_after(places, province, document_focus.without(key_after), listed_on)
                if not places:
                    continue  # "El Plateado, Cauca": no place of Cauca's country by that name
            elif province := province_word_after(end, tokens, self.words.admin_words, self.lookup):
                # "Золочів Харківської області"; the province told after a village the gazetteer lacks
                # there stands for it: "село" says nothing against it, its province word stands after it
                named = in_a_named_province(places, province, self.gazetteer.province_of)
                stand_in = named is not places and all(p.kind == "admin1" for p in named) \
                    and any(p.kind != "admin1" for p in places)
                if stand_in and any(s == end for s, _e, _k, _ps in found):
                    continue  # the province's words, read on their own, place it
                told_in = named is not places and not stand_in
                places = named
            listed = not holder and (list_of_provinces(found, end, tokens, text, hits, self.words.conjunctions)
                                     or list_after_province_word(found, start, tokens, text, hits,
                                                                 self.words.conjunctions))
            admin = not holder and (admin_near(start, end, hits, comma_after, not self.words.cased)
                                    or after_comma_of(found, start, tokens, text, self.words.conjunctions)
                                    or listed)
            if not admin:
                places = the_sea(places)
            beside = admin and self._admin_beside(start, end, hits, tokens)
            if admin and not beside:
                places = tuple(p for p in places if p.kind != "admin2") or places  # "la región fronteriza con Mali"
            if (beside or listed) and not any(p.kind in AREA_KINDS for p in places):  # "مقاطعة روستوف": the province
                places = (*places, *self.finder.provinces(key, places, [*{p.country_code: 0 for p in places},
                                                                         *document_focus.ranked(2)]))
            if admin:  # "в штаті Нігер", "l'État du Niger", "estado de México": the state, not the country
                places = (*places, *self._province_named_as_country(places, document_focus))
            if listed:  # "the Belgorod and Kursk regions": each name the province, not its capital
                places = tuple(p for p in places if p.kind in ("admin1", "region")) or places
            places = self._fitting_villages(places, tokens, start, hits, key, focus, found, roles)
            if max(rest.values(), default=0) >= T.FOCUS_CLEAR and roles.settlement(start):
                # "the village of Palma" in a story that clearly is about Mozambique: its Palma, not
                # Mallorca's; "the village of Kuchi" in one about Nigeria: not Kochi, in an India it never names
                places = tuple(p for p in places if rest.get(p.country_code)) or self._spelled_near_in(key, rest)
            # the names after one of a list of provinces are the list's, not its qualifiers
            qualifiers = [] if listed else [(s, ps) for s, _e, _k, ps in found if 0 <= s - end <= T.QUALIFIER_WINDOW]
            places = near_spellings_in_provinces(places, key, self.finder.literal_ids, [ps for _s, ps in qualifiers], [
                ps for s, ps in qualifiers if any(h.kind == HitKind.PLACE and h.label == PlaceWord.NEAR
                                                  and end <= h.start and h.end <= s for h in hits)])
            spelled = not self.words.cased and start > tokens[0].index \
                and tokens[start - 1 - tokens[0].index].norm in self.introducers  # "مدينة بارا في شمال كردفان"
            places = in_the_story_provinces(in_the_qualifying_province(places, key, found, end, tokens, text,
                                                                       document_focus, self.gazetteer, spelled,
                                                                       self.words.admin_words, self.words.cased,
                                                                       told_a_village(self.words, tokens, start, end,
                                                                                      roles),
                                                                       self.words.conjunctions),
                                            document_focus, self.lookup)
            if not places:
                continue
            relation = "near" if raion or self._near(start, hits, tokens, text) or axis_after(end, hits) else "in"
            if relation == "near" and not admin and (named := province_phrase(start, hits, tokens, self.words, places,
                                                                               self.finder.provinces, key)):
                places, admin, relation = named, True, "in"  # "dans la région de Belgorod": the province
            if relation == "near" and not admin:
                places = the_town(places)
            elif not admin and town_locative:
                places = the_town_of_its_name(places)
            scoring = ScoreContext(feature.label if feature else None, admin or stand_in, focus, total,
                                   names_in_sentence, countries_in_sentence, roles.settlement(start) and not stand_in,
                                   districts_in_sentence,
                                   {p.id for p in places if p.kind == "city" and self._is_capital(p)},
                                   tuple(self.finder.spellings.respelled(key)),
                                   any(p.kind == "country" for p in places), own_named_countries(places, key))
            scores = [score_place(p, key, scoring).total for p in places]  # each scored once
            score = max(scores)
            best = places[scores.index(score)]  # the first of the best, as ``max`` picks
            owner = mentions[-1] if mentions and mentions[-1].relation == "possessive" and (
                0 <= start - mentions[-1].end <= 1
                or part_word_after(self.words, tokens, mentions[-1].end) == start) else None
            if owner is not None:  # "Culiacan's Tierra Blanca neighbourhood": inside the owner
                pending.discard(owner.start)
                if owner.place.kind in AREA_KINDS:  # "Syria's Hasakah province"
                    inside = [p for p in places if p.country_code == owner.place.country_code]
                    # "Chhattisgarh's Bijapur district": the province's own, not another province's namesake
                    inside = [p for p in inside if owner.place.kind == "admin1"
                              and p.admin1 == owner.place.admin1] or inside
                else:  # "Culiacan's Tierra Blanca neighbourhood"
                    inside = [p for p in places if haversine_km(p.lat, p.lon, owner.place.lat, owner.place.lon)
                              <= T.POSSESSED_KM]
                if not inside:
                    mentions[-1] = PlaceMention(owner.start, owner.end, owner.place, owner.score, "near",
                                                owner.reason + ", part named after it")
                    continue
                best = max(inside, key=lambda p: p.population)
                score = max(score, T.POSSESSED_SCORE)
            share = focus.get(best.country_code, 0) / total
            if best.kind == "country" or best.kind in WATER_KINDS:
                threshold = T.ACCEPT_IN_FOCUS  # a country or a sea is a place in any story; the focus picks the coast
            elif not focus:  # no context at all (a single sentence): trust a clear best candidate
                threshold = T.ACCEPT_ALONE
            else:
                threshold = T.ACCEPT_IN_FOCUS if share >= T.IN_FOCUS_SHARE else T.ACCEPT_OUT_OF_FOCUS
            if best.kind == "city" and share < T.IN_FOCUS_SHARE and self._is_capital(best):
                threshold = T.ACCEPT_IN_FOCUS  # "وقعا اتفاقا في الدوحة": talks and deals abroad meet in capitals
            # any word may be a name where there are no capitals; not one opened by its province word,
            # nor one a settlement word introduces ("في مدينة جنين", "في بلدة قباطية"): a name for sure
            threshold += 0 if self.words.cased or tokens[start - tokens[0].index].norm in self.words.admin_words \
                or roles.settlement(start) else T.ACCEPT_UNCASED
            if self.words.cased and start == tokens[0].index and end - start == 1 and best.kind != "country" \
                    and share < T.IN_FOCUS_SHARE:
                threshold += T.ACCEPT_OPENER  # "Poco antes...", "Hubo...": capitalised because it opens the sentence
            if score < (min(threshold, T.ACCEPT_IN_FOCUS) if told_in else threshold):  # its province told: its country
                continue
            if focus and share < T.IN_FOCUS_SHARE and best.kind != "country" and not told_in \
                    and not self._introduced(tokens, start, hits, key, best):
                continue  # a place outside the story's countries must be introduced as one ("in", "near")
            if focus and share < T.IN_FOCUS_SHARE and best.kind != "country" and end in sites:
                continue  # "the Naivasha market" in a story of Darfur: a market's name, not the Kenyan town
            if not focus and best.kind not in AREA_KINDS and best.population < T.BIG_TOWN_POPULATION \
                    and not self._introduced(tokens, start, hits, key, best):
                continue  # no country known: a small town named without "in" may be a person ("Víctor, el hombre")
            if best.kind in WATER_KINDS and self._coast_of(mentions, start, tokens, text):
                continue
            if best.kind in AREA_KINDS and relation == "in":
                relation = "area"
            if self.words.possessive and text and text.startswith(self.words.possessive, tokens[end - 1 - tokens[0].index].end) \
                    and not self._part_after(tokens, end, {s for s, _e, _k, _p in found}):  # noqa: E501
                relation = "possessive"  # "Moscow's war machine": not where it happened
            if relation not in ("possessive", "area") and part_word_after(self.words, tokens, end) in starts:
                relation = "possessive"  # "the Port-au-Prince suburb of Kenscoff": the suburb is the place
                pending.add(start)
            if key in self.finder.adjective_keys \
                    and any(0 < s - end <= T.ADJECTIVE_PART_WORDS for s, _e, _k, _p in found):
                relation = "possessive"  # "im Kiewer Vorort Irpin": the suburb named next is the place
                owners.add(start)
            elsewhere = roles.elsewhere(start, end)
            if elsewhere:
                relation = ELSEWHERE  # "transféré à Bangui", "Hengaw mit Sitz in Oslo"
            offset = self.offsets.shift(best, text[tokens[0].start:tokens[start - tokens[0].index].start]) \
                if relation == "near" and best.kind not in AREA_KINDS and text else None
            if offset is not None and any(start - offset[2] <= s < start for s, _e, _k, _p in found):
                offset = None  # "30 nautical miles north-east of Fujairah in the Gulf of Oman": of Fujairah only
            if offset is not None:  # "a camp 40 km west of Mogadishu": there, not in Mogadishu
                best = offset[0]
            reason = (f"'{key}': {best.kind} {best.name} ({best.country_code}) of {len(places)} "
                      f"candidate(s), score {score:.1f}"
                      + (f", feature '{feature.label}'" if feature else "")
                      + (", focus" if focus.get(best.country_code) else "")
                      + (f", {elsewhere}" if elsewhere else "")
                      + (f", {offset[1]}" if offset else ""))
            worded = best.kind not in AREA_KINDS and (
                tokens[before].norm in self.words.admin_words
                or before > 0 and tokens[before - 1].norm in self.words.admin_words)
            mentions.append(PlaceMention(start, end, best, score, relation, reason, self._located(tokens, start),
                                         moved=offset is not None, province_word=worded))
        # "the Beirut suburb of Dahiyeh" with no Dahiyeh accepted: the city is where it happened
        mentions = [replace(m, relation="in") if m.start in pending and m.relation == "possessive" else m
                    for m in mentions]
        return roles.route(capital_mentions(self.capitals, tokens, hits, owners_alone(mentions, owners), roles))

    def _closes_a_name(self, tokens: list[Token], j: int) -> bool:
        """A subdivision word after a capitalised name ("Шевченковский район Харькова"): the
        district's word, so the name after it is the town that holds the district."""
        return self.words.cased and j > 0 and tokens[j - 1].upper

    def _district_of_a_town(self, tokens: list[Token], after: int, found: list[Candidate],
                            roles: SentenceRoles) -> bool:
        """A district's name followed by its subdivision word, then a town word or a town's name
        ("в Днепровском районе города", "в Днепровском районе Херсона"): part of that town, not the
        rural district, nor another city's district, of that name."""
        word = after - 1 if tokens[after - 1].norm in self.words.subdivisions else after
        if word >= len(tokens) or tokens[word].norm not in self.words.subdivisions:
            return False
        holder = tokens[word].index + 1
        return roles.of_a_settlement(holder) or any(
            s == holder and any(p.kind == "city" for p in ps) for s, _e, _k, ps in found)

    def _coast_of(self, mentions: list[PlaceMention], start: int, tokens: list[Token], text: str) -> bool:
        """"Port-Soudan, sur la mer Rouge", "Hodeidah, on the Red Sea coast": a sea set off by a
        comma right after a town says where the town is; it is no place of its own (a list,
        "over Kursk and the Sea of Azov", names two)."""
        if not mentions or not text or mentions[-1].place.kind in WATER_KINDS | AREA_KINDS:
            return False
        first, town = tokens[0].index, mentions[-1]
        if not 0 < start - town.end <= T.COAST_WORDS:
            return False
        between = tokens[town.end - first:start - first]
        return bool(COMMAS.intersection(text[tokens[town.end - 1 - first].end:tokens[start - first].start])) \
            and not any(t.norm in self.words.conjunctions for t in between)

    def _part_after(self, tokens: list[Token], end: int, names: set[int]) -> bool:
        """"Nairobi's central business district", "Beirut's southern suburbs": a part of the
        place follows its possessive, so the place is where it happened. Not when a place the
        gazetteer knows is named before the part word ("Chhattisgarh's Sukma district"): the
        district is that place's, and it is where it happened (``names``: starts of names found)."""
        words = self.words.place_nouns | self.words.subdivisions
        after = end - tokens[0].index
        for t in tokens[after:after + T.POSSESSED_PART_WORDS]:
            if t.norm in words or t.norm.rstrip("s") in words:
                return True
            if t.index in names:
                return False
        return False

    def _is_capital(self, place: Place) -> bool:
        """Whether ``place`` is its country's capital: a name the world knows, rarely a word."""
        code = place.country_code
        if code not in self._capital_ids:  # one look-up per country: this runs for many candidates
            capital = self.gazetteer.capital(code)
            self._capital_ids[code] = capital.id if capital is not None else None
        return self._capital_ids[code] == place.id

    def _fitting_villages(self, places: tuple[Place, ...], tokens: list[Token], start: int, hits: list[Hit],
                          key: str, focus: Focus, found: list[Candidate], roles: SentenceRoles) -> tuple[Place, ...]:
        """``places`` without the villages that do not fit. Villages are many and named like
        words and like places elsewhere: one is taken only in a story about its country; when
        the sentence names provinces or districts, only in one of them ("Kuriga, in Chikun,
        Kaduna State"; not a Kaya of Kano beside "Zamfara State", nor a Nigerian village beside
        a Cameroonian department); else when a locative or a settlement word introduces it ("in
        Kuriga", "the village of Kuriga") or, for a name of several words, when its country is
        the story's first ("Nyaung Kone")."""
        if not any(p.kind == VILLAGE for p in places):
            return places
        others = [ps for s, _e, _k, ps in found if s != start]
        top = focus.ranked(1)
        introduced: bool | None = None
        kept = []
        for place in places:
            if place.kind != VILLAGE:
                kept.append(place)
                continue
            if focus.get(place.country_code, 0) / focus.total < T.IN_FOCUS_SHARE:
                continue  # never a village of a country the story is not about
            country = place.country_code
            areas = {own_key(p.name) for ps in others for p in ps if p.kind in _AREAS and p.country_code == country}
            if areas:
                if own_key(place.admin1) in areas or (place.admin2 and own_key(place.admin2) in areas):
                    kept.append(place)
                continue  # its country's provinces named in the sentence do not hold it
            if any(any(p.kind in _AREAS for p in ps) and all(p.country_code != country for p in ps) for ps in others):
                continue  # the sentence names an area of another country only
            if top and top[0] == country and " " in key:  # one word may be a word ("Mob", "Suche", "Target")
                kept.append(place)
                continue
            if introduced is None:
                introduced = roles.settlement(start) or self._introduced(tokens, start, hits, key, place)
            if introduced:
                kept.append(place)
        return tuple(kept)

    def _admin_beside(self, start: int, end: int, hits: list[Hit], tokens: list[Token]) -> bool:
        """A province word right beside the name ("district de Macomia", "Anka LGA"), as a
        district needs: one a few words away may be about something else."""
        before = start - tokens[0].index
        gap = 1 if before > 0 and tokens[before - 1].norm in self.words.particles | self.words.genitive else 0
        return any(h.kind == HitKind.PLACE and h.label == PlaceWord.ADMIN
                   and (h.end == start - gap or h.end == start or h.start == end) for h in hits)

    def _spelled_near_in(self, key: str, focus: Focus) -> tuple[Place, ...]:
        """"до села Кучі" in a story about Nigeria, a name the gazetteer knows as written only
        elsewhere (Kochi, India): in the story's countries, the village its Latin spelling names
        (villages are looked up only as written), else its near spellings. Looked for only once
        every place of that spelling is ruled out. A Cyrillic or Arabic-script name may also be
        a village of theirs by its Latin spellings (:mod:`dateline.geo.village_spelling`)."""
        countries = focus.ranked(2)
        if _CYRILLIC.search(key):
            latin = latin_spelling(key)
            found = tuple({p.id: p for variant in query_keys(latin) for p in self.gazetteer.lookup_key(variant)
                           if p.country_code in countries}.values())
            if found:
                return found
        for country in countries:  # "у селі Дораю": a village the gazetteer spells in Latin only
            if villages := self.finder.villages.find(key, country):
                return villages
        for country in countries:
            matches = self.gazetteer.fuzzy(key, country=country, cutoff=T.FUZZY_CUTOFF, limit=T.FUZZY_CANDIDATES)
            if matches:
                return tuple(p for p, _score in matches)
        return ()

    def _province_named_as_country(self, places: tuple[Place, ...], focus: Focus) -> tuple[Place, ...]:
        """A province word beside a country's name names the province so called in a country
        of the story ("в штаті Нігер" in a story about Nigeria: Niger State; "estado de México":
        the State of Mexico), found under the country's own name when the language spells them
        alike and the gazetteer knows the province by its English name only."""
        country = next((p for p in places if p.kind == "country"), None)
        if country is None or any(p.kind == "admin1" for p in places):
            return ()
        return tuple(p for p in self.finder.lookup(name_key(country.name))
                     if p.kind == "admin1" and focus.get(p.country_code))

    def _introduced(self, tokens: list[Token], start: int, hits: list[Hit], key: str, place: Place) -> bool:
        """Whether a locative ("in", "à", "في"), a relative phrase ("near"), a feature word ("the
        airport of") or a glued preposition ("بغزة") introduces the name starting at ``start``."""
        before = start - tokens[0].index
        if before > 0 and tokens[before - 1].norm in self.introducers:
            return True
        if before > 1 and tokens[before - 2].norm in self.introducers and article(tokens[before - 1], self.words):
            return True  # "in the Red Sea", "in the Gulf of Aden"
        if near_before(start, hits) or feature_before(start, hits) is not None or target_before(start, hits):
            return True
        if self._after_capital_word(tokens, start, hits):
            return True
        return not self.words.cased and tokens[before].norm.startswith(_GLUED_LOCATIVES) \
            and place.id not in self.finder.literal_ids(key)

    def _located(self, tokens: list[Token], start: int) -> bool:
        """Whether a word saying where something happened introduces the name, directly ("in
        Haifa") or through the nouns naming it ("in der Küstenmetropole Tel Aviv", "в столице
        Катара Дохе", "dans la ville de Kaya"), or opening it ("بولاية جنوب كردفان")."""
        words = self.words
        index = start - tokens[0].index - 1
        if tokens[index + 1].norm in words.at_words and tokens[index + 1].norm in words.admin_words:
            return True
        for _ in range(T.APPOSITION_WORDS + 1):
            if index < 0:
                return False
            norm = tokens[index].norm
            if norm in words.at_words:
                return True
            if not (norm in words.place_nouns or norm in words.genitive or norm in words.demonyms
                    or (norm in words.not_places and len(norm) <= 3)):
                return False
            index -= 1
        return False

    def _after_capital_word(self, tokens: list[Token], start: int, hits: list[Hit]) -> bool:
        """"the capital Kyiv", "в столице Катара Дохе", "der georgischen Hauptstadt Tiflis": a
        capital word, then at most a country's name or adjective, before the name."""
        first = tokens[0].index
        for cue in hits:
            if cue.kind != HitKind.PLACE or cue.label != PlaceWord.CAPITAL \
                    or not 0 <= start - cue.end <= T.CAPITAL_WINDOW:
                continue
            between = [t.norm for t in tokens[cue.end - first:start - first]]
            if all(w in self.words.genitive or self.reader.demonym([w], 0) is not None or
                   any(p.kind == "country" for p in self.lookup(w)) for w in between):
                return True
        return False

    def _near(self, start: int, hits: list[Hit], tokens: list[Token], text: str = "") -> bool:
        """A relative phrase locates the place right after it ("near the town of Maru"), not a
        place that a locative of its own introduces ("outside a busy restaurant in Mogadishu"), nor
        one after a comma right after it or a colon ("border towns, including: Kayes, Nioro"):
        the phrase has ended."""
        cue = max((h for h in hits if h.kind == HitKind.PLACE and h.label == PlaceWord.NEAR
                   and start - T.NEAR_WINDOW <= h.end <= start), key=lambda h: h.end, default=None)  # the nearest
        if cue is None:
            return False
        first = tokens[0].index
        if text and cue.end < start and (COMMAS.intersection(text[tokens[cue.end - 1 - first].end:
                                                                  tokens[cue.end - first].start])
                                         or ":" in text[tokens[cue.end - 1 - first].end:tokens[start - first].start]):
            return False
        between = [t.norm for t in tokens[cue.end - first:start - first]]
        words = self.words
        return not (len(between) >= 2 and between[-1] in words.locatives and between[-1] not in words.genitive)

    def _of_another_country(self, found: list[Candidate], end: int, places: tuple[Place, ...],
                            tokens: list[Token], text: str) -> bool:
        """Whether the name ending at ``end`` is followed by a comma and the name of a province
        of another country than all of its places ("El Plateado, Cauca"): the province told after
        it says where the town is, and the gazetteer's namesakes are elsewhere. (A country after
        the comma is left alone: "в штаті Нігер, Нігерія" names a state the sources spell apart.)"""
        first = tokens[0].index
        nxt = next((f for f in found if f[0] == end and f[0] - first < len(tokens)), None)
        if nxt is None or not text or (self.words.cased and not tokens[nxt[0] - first].upper) \
                or not COMMAS.intersection(text[tokens[end - 1 - first].end:
                                                                      tokens[nxt[0] - first].start]):
            return False
        areas = {p.country_code for p in nxt[3] if p.kind == "admin1"}
        return bool(areas) and not any(p.country_code in areas for p in places)

    def _adjective_beside(self, tokens: list[Token], start: int, end: int) -> str | None:
        """The country of an adjective right after the name ("le Sahel malien", "el norte
        maliense") or right before it ("the Malian Sahel", "im malischen Sahel"), or None: a
        province name told with another country's adjective names a part of that country (a
        region of the world told by its share in it), not a province of another."""
        first = tokens[0].index
        norms = [t.norm for t in tokens]
        after, before = end - first, start - first
        # "Курской области украинский беспилотник": where adjectives precede, the drone's
        found = self.reader.demonym(norms, after) if after < len(norms) and not self.words.adjectives_before else None
        if found is None and before >= 1 and (told := self.reader.demonym(norms, before - 1)) is not None \
                and told[1] == 1:
            found = told
        return found[0] if found is not None else None

    def country_place(self, code: str) -> Place | None:
        """The gazetteer's place of the country ``code``."""
        country = self.gazetteer.countries().get(code)
        return next((p for p in self.lookup(name_key(country.name)) if p.kind == "country"
                     and p.country_code == code), None) if country else None

    def _composite(self, tokens: list[Token], feature: Hit, end: int) -> tuple[Place, ...] | None:
        """"barrage de Mossoul" as one name (Mosul Dam) when the gazetteer knows it."""
        first = tokens[0].index
        span = tokens[feature.start - first:end - first]
        return self.lookup(" ".join(t.norm for t in span)) or None

    def focus(self, sentences: Iterable[list[Token]], dateline_place: str | None,
              dateline_region: str | None, text: str = "", hits: Iterable[Hit] = (),
              days: AbstractSet[int] = frozenset()) -> Focus:
        """How strongly the document is about each country (:class:`~.evidence.FocusReader`);
        ``days``: token positions of the days the text names."""
        return self.reader.focus(sentences, (dateline_region, dateline_place), text, hits, days)


_AREAS = frozenset({"admin1", "admin2"})  # the areas whose naming places a village in a sentence
# "district de Macomia" is a district, not a part of a city; nor is a region ("районі Оракзай")

