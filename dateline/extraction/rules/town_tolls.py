"""Tolls told town by town in one sentence: which places a sentence counts, and the casualties
each town has of its own ("sept morts à Saqqez et trois à Bukan"; "У Дружківці поранено людину;
в Олексієво-Дружківці одна людина загинула"). A sentence naming several towns without such a
split gives no town a toll (the figure is the sentence's total).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from ...normalize import fold_key
from ...packs.vocabulary import Casualty, Cue, HitKind, PlaceWord
from ...prepare.tokens import Token
from .. import tuning as T
from ..hits import Hit
from ..places import PlaceMention
from .context import DocContext, SentenceView
from .figures import Figure, Figures
from .numbers import casualty_figures

_COMMAS = frozenset(",\u060c")  # with the Arabic comma ("،")
_SEMICOLONS = frozenset(";\u061b")  # with the Arabic semicolon ("؛")


class _Placed(Protocol):
    """A frame, as far as a town's toll needs it: where it is."""

    @property
    def place(self) -> PlaceMention | None: ...


def counted_per_place(ctx: DocContext, view: SentenceView, places: list[PlaceMention]) -> bool:
    """Whether places have counts of their own ("19 over Rostov, 6 over Bryansk"): a number
    between each of two or more places and the place before it."""
    return len(counted_places(ctx, view, places)) >= 2


def counted_places(ctx: DocContext, view: SentenceView, places: list[PlaceMention]) -> set[int]:
    """Starts of the places with a number between them and the place before them ("19 over
    Rostov, 6 over Bryansk"), or, when that counts fewer than two, between them and the place
    after them ("Над Ростовской областью уничтожены 14 беспилотников, над Воронежской — шесть")."""
    ordered = sorted(places, key=lambda p: p.start)
    numbers = [n for n in ctx.numbers(view) if n.value > 0]
    counted: set[int] = set()
    for index, place in enumerate(ordered):
        low = ordered[index - 1].end if index else view.sentence.tokens[0].index
        if any(low <= n.end <= place.start for n in numbers):
            counted.add(place.start)
    if len(counted) >= 2 or len(ordered) < 2:
        return counted
    after: set[int] = set()
    for index, place in enumerate(ordered):
        high = ordered[index + 1].start if index + 1 < len(ordered) else view.sentence.tokens[-1].index + 1
        if any(place.end <= n.start < high for n in numbers):
            after.add(place.start)
    return after if len(after) == len(ordered) else counted


def tolls_by_clause(ctx: DocContext, view: SentenceView, places: list[PlaceMention]) -> dict[int, Figures]:
    """Towns told clause by clause ("У Дружківці поранено людину, пошкоджено 30 будинків; в
    Олексієво-Дружківці одна людина загинула"): each clause between semicolons names one town
    and counts its own casualties. Any town sharing a clause, or a clause with no casualty
    word: no town has a toll of its own this way."""
    tokens, text = view.sentence.tokens, ctx.prepared.doc.text
    breaks = [t.index for prev, t in zip(tokens, tokens[1:], strict=False)
              if not _SEMICOLONS.isdisjoint(text[prev.end:t.start])]
    if not breaks:  # "У Степногірську загинув чоловік, у Малокатеринівці поранено жінку": a comma
        # then "in" and the next town opens the next town's clause
        starts = {p.start for p in places}
        locatives = {fold_key(w).strip("'") for w in ctx.prepared.pack.places.places.locative}
        breaks = [t.index for prev, t in zip(tokens, tokens[1:], strict=False)
                  if not _COMMAS.isdisjoint(text[prev.end:t.start]) and t.norm in locatives and t.index + 1 in starts]
    if not breaks:  # "В Антонівці поранені двоє людей, ще одну людину поранено в Станіславі": a comma
        # before a clause naming the next town, a town told before it
        breaks = _commas_before_towns(tokens, text, sorted(p.start for p in places))
    if not breaks:
        return {}
    bounds = list(zip([tokens[0].index, *breaks], [*breaks, tokens[-1].index + 1], strict=True))
    pack = ctx.prepared.pack
    tolls: dict[int, Figures] = {}
    for low, high in bounds:
        inside = [p for p in places if low <= p.start < high]
        hits = [h for h in view.hits if low <= h.start and h.end <= high]
        if not inside:
            continue
        if len(inside) > 1 or not any(h.kind == HitKind.CASUALTY for h in hits):
            return {}
        clause = [t for t in tokens if low <= t.index < high]
        numbers = [n for n in ctx.numbers(view) if low <= n.start and n.end <= high]
        tolls[inside[0].start] = casualty_figures(
            clause, hits, numbers, pack.months, verb_initial=pack.grammar.verb_initial,
            conjunctions=pack.grammar.conjunctions, text=text, possessives=pack.grammar.possessives,
            determiners=pack.grammar.determiners)
    return tolls if len(tolls) == len(places) else {}


def _commas_before_towns(tokens: list[Token], text: str, starts: list[int]) -> list[int]:
    """The commas of a sentence that open a clause naming a town, with a town told before them."""
    commas = [t.index for prev, t in zip(tokens, tokens[1:], strict=False)
              if not _COMMAS.isdisjoint(text[prev.end:t.start])]
    if not commas:
        return []
    ends = [*commas[1:], tokens[-1].index + 1]
    return [comma for comma, end in zip(commas, ends, strict=True)
            if starts and starts[0] < comma and any(comma <= s < end for s in starts)]


def tolls_by_place(ctx: DocContext, view: SentenceView, places: list[PlaceMention]) -> dict[int, Figures]:
    """Tolls told town by town ("la répression a fait sept morts à Saqqez et trois à Bukan"):
    the number nearest before each place ("N [morts] à X", "N personnes ont été tuées à X"), in
    a sentence that counts one kind of casualty. Any place without its own number: no town has one."""
    labels = {h.label for h in view.of(HitKind.CASUALTY) if h.label in (Casualty.KILLED, Casualty.INJURED)}
    if len(labels) != 1:
        return {}
    numbers = [n for n in ctx.numbers(view) if not n.vague]
    tolls: dict[int, Figures] = {}
    previous = view.sentence.tokens[0].index
    for place in sorted(places, key=lambda p: p.start):
        # the count nearest before the town, after the town before it: "cinq personnes ont été tuées à
        # Mopti, deux à Ségou"
        own = [n for n in numbers if previous <= n.start and 1 <= place.start - n.end <= T.TOWN_TOLL_WINDOW]
        if not own:
            return {}
        previous = place.end
        number = own[-1]
        figure = Figure(number.value, number.start, number.end, number.at_least)
        tolls[place.start] = Figures(killed=figure) if Casualty.KILLED in labels else Figures(injured=figure)
    return tolls


def tolls_by_act(ctx: DocContext, view: SentenceView, acts: list[tuple[PlaceMention, Hit]]) -> dict[int, Figures]:
    """Towns each told with an act of its own ("jets struck X, killing three, a day after a drone
    attack on Y killed one man"): the casualties told from one act up to the next are that act's.
    Towns sharing one act ("hit X, Y and Z, killing five") or an act told before the town of the
    act before it: no town has a toll of its own this way."""
    ordered = sorted(acts, key=lambda act: act[1].start)
    if len({trigger.start for _, trigger in ordered}) != len(ordered) \
            or not any(h.kind == HitKind.CASUALTY for h in view.hits):
        return {}
    tokens, text, pack = view.sentence.tokens, ctx.prepared.doc.text, ctx.prepared.pack
    # "… on Monday, while an attack on Y": the article or count before an act opens its part
    opening = {n.end: n.lead if n.lead >= 0 else n.start for n in ctx.numbers(view)}
    lows = [tokens[0].index, *(opening.get(trigger.start, trigger.start) for _, trigger in ordered[1:])]
    highs = [*lows[1:], tokens[-1].index + 1]
    tolls: dict[int, Figures] = {}
    for (place, _), low, high in zip(ordered, lows, highs, strict=True):
        if not low <= place.start < high:
            return {}
        clause = [t for t in tokens if low <= t.index < high]
        hits = [h for h in view.hits if low <= h.start and h.end <= high]
        numbers = [n for n in ctx.numbers(view) if low <= n.start and n.end <= high]
        tolls[place.start] = casualty_figures(
            clause, hits, numbers, pack.months, verb_initial=pack.grammar.verb_initial,
            conjunctions=pack.grammar.conjunctions, text=text, possessives=pack.grammar.possessives,
            determiners=pack.grammar.determiners)
    return tolls


def part_in_a_town(ctx: DocContext, view: SentenceView) -> bool:
    """Whether a sentence names a part of its toll in one town ("22 killed across the country,
    including 10 in Nairobi", "faisant 22 morts dans tout le pays, dont dix à Nairobi"): a number
    right after "including" with a word saying where right after it."""
    return bool(_parts_before_places(ctx, view))


def _parts_before_places(ctx: DocContext, view: SentenceView) -> dict[int, Figure]:
    """Where each such part's place word starts → the part ("10 in": 10 before "in")."""
    includes = [h.end for h in view.of(HitKind.CUE, Cue.INCLUDING)]
    if not includes:
        return {}
    at = {h.start for h in view.of(HitKind.PLACE, PlaceWord.AT)}
    # "including 10 in Nairobi and three in Mombasa": a part opens right after "including" or
    # after a conjunction told after it
    conjunctions = ctx.prepared.pack.grammar.conjunctions
    opens = [*includes, *(t.index + 1 for t in view.sentence.tokens
                          if t.norm in conjunctions and t.index >= min(includes))]
    return {n.end: Figure(n.value, n.start, n.end, n.at_least) for n in ctx.numbers(view)
            if n.end in at and any(0 <= (n.lead if n.lead >= 0 else n.start) - end <= T.PART_OPENING_WORDS
                                    for end in opens)}


def tolls_of_parts(ctx: DocContext, view: SentenceView, frames: Sequence[_Placed]) -> dict[int, Figures]:
    """A nationwide total with parts in towns ("22 killed across the country, including 10 in
    Nairobi"): each town named right after its part has the part as its toll, in the total's slot;
    the total itself is no town's, and a frame with no part is no event."""
    parts = _parts_before_places(ctx, view)
    total = ctx.figures(view) if parts else Figures()
    tolls: dict[int, Figures] = {}
    for place in (f.place for f in frames if f.place is not None):
        part = next((f for at, f in parts.items() if 0 <= place.start - at <= T.PART_PLACE_WORDS), None)
        if part is not None:
            tolls[place.start] = Figures(killed=part) if total.killed is not None else Figures(injured=part)
    return tolls
