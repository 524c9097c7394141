"""Places a sentence names where its event did not happen: a country that acts ("Israel
struck", "frappé par la Russie"), a distant landmark ("180 km south-east of Moscow"), the city
a story was filed from ("Maputo — Terrorists murdered…"), and the place of an earlier act told
after the event ("a truce they signed three months ago in Rome").

The frame builder drops them before choosing the event's place; each rule reads only the
sentence's hits, its numbers and the text between names.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import replace

from ...geo.gazetteer import Place
from ...normalize import breaks_clause
from ...packs.vocabulary import TRIGGER_KINDS, Cue, HitKind
from .. import tuning as T
from ..hits import Hit
from ..places import ELSEWHERE, PlaceMention
from .context import DocContext, SentenceView, day_words
from .mention_filters import attack_by_country
from .mentions import ActorMentions
from .verb_final import inverted_subject, subject_of_a_final_verb

_DATELINE_MARKS = frozenset({"—", "–", "-", ":", "--"})  # after a wire dateline's city


def places_not_of_the_event(ctx: DocContext, view: SentenceView, places: list[PlaceMention], first_trigger: Hit,
                            actors: ActorMentions, *, verb_initial: bool, genitive: frozenset[str]) -> set[int]:
    """Starts of the sentence's places where its event is not."""
    return acting_countries(ctx, view, places, actors, verb_initial=verb_initial, genitive=genitive) \
        | far_anchors(ctx, view, places) | filed_from(ctx, places) | of_a_past_act(view, places, first_trigger) \
        | of_a_purpose(ctx, view, places, first_trigger)


def acting_countries(ctx: DocContext, view: SentenceView, places: list[PlaceMention], actors: ActorMentions, *,
                     verb_initial: bool, genitive: frozenset[str]) -> set[int]:
    """Starts of country names that act ("Israel struck", "frappé par la Russie"; in a
    verb-initial language the subject right after its verb: "وقعت السودان ... اتفاقا"; "удара
    Израиля"). A trigger after "par"/"by" is the agent's ("enlevés au Nigeria par des hommes
    armés": the country is the place)."""
    tokens, text = ctx.prepared.tokens, ctx.prepared.doc.text
    triggers = [h.start for h in view.hits if h.kind in TRIGGER_KINDS]
    verb_ends = {h.end for h in view.hits if h.kind in TRIGGER_KINDS} if verb_initial else set()
    agent_cues = view.of(HitKind.CUE, Cue.PASSIVE_AGENT)
    agents = {h.end for h in agent_cues}
    days = day_words(view)  # "Israël a mené jeudi soir des frappes": the days between do not part them
    acting = set()
    for place in places:
        if place.place.kind != "country" or place.relation == "near":
            continue  # "an der Grenze zu Syrien eine Drohne abgeschossen": by the country, not the country
        if actors.after_locative(place, view) and not {place.start, place.start - 1, place.start - 2} & agents:
            continue  # "en Syrie" is where; "par la Russie", "por Rusia" (the agent word a locative too) who
        follows = [t for t in triggers if 0 <= t - place.end - len(days.intersection(range(place.end, t)))
                   <= T.ACTING_COUNTRY_WINDOW
                   and not breaks_clause(text[tokens[place.end - 1].end:tokens[t].start])
                   and not any(place.end <= cue.start < t for cue in agent_cues)]
        if follows or {place.start, place.start - 1} & agents or place.start in verb_ends \
                or attack_by_country(view, place, genitive) \
                or subject_of_a_final_verb(ctx, view, place, actors.according_to) \
                or inverted_subject(ctx, view, place, places):
            acting.add(place.start)
    return acting | joined_to_acting(ctx, places, acting)


def far_anchors(ctx: DocContext, view: SentenceView, places: list[PlaceMention]) -> set[int]:
    """Starts of places named only as a distant landmark ("180 km south-east of Moscow"):
    the event is not there, and its place comes from the rest of the story."""
    numbers = {n.end: n.value for n in ctx.numbers(view)}
    far: set[int] = set()
    for hit in view.of(HitKind.MEASURE):
        factor = {"distance_km": 1.0, "distance_miles": 1.609}.get(hit.label)
        value = numbers.get(hit.start)
        if factor is None or value is None or value * factor < T.FAR_KM:
            continue
        far.update(p.start for p in places if 0 <= p.start - hit.end <= T.ANCHOR_WINDOW)
    return far


def country_of_far_anchors(ctx: DocContext, view: SentenceView, places: list[PlaceMention],
                           country_place: Callable[[str], Place | None]) -> list[PlaceMention]:
    """The country of a town named only as a distant landmark, when the sentence names no other
    place ("in Tinkoubeli, 250 km north of Bamako"): the event is in that country, somewhere a
    province or the story may tell (geo_precision 3), not in the town; at the spot the distance
    and the direction give, when the sentence gives both."""
    far = far_anchors(ctx, view, places)
    anchor = next((p for p in places if p.start in far and p.place.kind not in ("country", "admin1", "region")), None)
    country = country_place(anchor.place.country_code) if anchor is not None else None
    if anchor is None or country is None:
        return []
    if anchor.moved:
        country = replace(country, lat=anchor.place.lat, lon=anchor.place.lon)
    return [PlaceMention(anchor.start, anchor.end, country, anchor.score, "area",
                         f"{anchor.reason}; a distant landmark, so its country", anchor.located)]


def filed_from(ctx: DocContext, places: list[PlaceMention]) -> set[int]:
    """A city opening the story before a dash or a colon ("Maputo — Terrorists murdered...")
    is where it was filed, not where it happened, when the sentence names another place."""
    tokens, text = ctx.prepared.tokens, ctx.prepared.doc.text
    opening = {p.start for p in places if p.start == 0 and p.end < len(tokens)
               and text[tokens[p.end - 1].end:tokens[p.end].start].strip() in _DATELINE_MARKS}
    return opening if any(p.start not in opening and p.relation != ELSEWHERE for p in places) else set()


def of_a_past_act(view: SentenceView, places: list[PlaceMention], first_trigger: Hit) -> set[int]:
    """Starts of the places of an earlier act told after the event ("began a prisoner swap, part
    of a truce they signed three months ago in Rome"): a place right after a historical cue
    ("ago") that follows the event word is where that past act happened, not the event."""
    ends = [h.end for h in view.of(HitKind.CUE, Cue.HISTORICAL) if h.start > first_trigger.start]
    return {p.start for p in places if any(0 <= p.start - end <= T.PAST_PLACE_GAP for end in ends)}


def joined_to_acting(ctx: DocContext, places: list[PlaceMention], acting: AbstractSet[int]) -> set[int]:
    """Starts of countries joined to an acting one by a conjunction ("Les Etats-Unis et le
    Royaume-Uni ont mené des frappes"): they act with it."""
    if not acting:
        return set()
    tokens = ctx.prepared.tokens
    conjunctions = ctx.prepared.pack.grammar.conjunctions
    countries = [p for p in places if p.place.kind == "country"]
    joined: set[int] = set()
    for first, second in zip(countries, countries[1:], strict=False):
        if second.start in acting and first.start not in acting \
                and 1 <= second.start - first.end <= T.JOINED_COUNTRY_GAP and tokens[first.end].norm in conjunctions:
            joined.add(first.start)
    return joined


def of_a_purpose(ctx: DocContext, view: SentenceView, places: list[PlaceMention], first_trigger: Hit) -> set[int]:
    """Starts of the places a purpose or a prospect names after the event is placed ("se
    manifestaron en Madrid para exigir el fin de la ofensiva en Gaza", "rallied in Paris to demand
    an end to the war in Sudan"): the place after such a cue, in its clause, is what the act is
    about, not where it happened, when the event word and a place were told before the cue."""
    cues = [h for h in view.of(HitKind.CUE, Cue.FUTURE) if h.start > first_trigger.start]
    if not cues:
        return set()
    tokens, text = ctx.prepared.tokens, ctx.prepared.doc.text
    about: set[int] = set()
    for cue in cues:
        if not any(p.end <= cue.start for p in places):
            continue
        about.update(p.start for p in places if p.start >= cue.end
                     and not breaks_clause(text[tokens[cue.end - 1].end:tokens[p.start].start]))
    return about
