"""Which of a sentence's numbers may count people at all: "one" written as an article inside a
counted phrase or before its noun, the second end of a range, an age in brackets, the count of
those taken in a clause closing on an arrest, the wounds of a dead body; and where the
sentence's pauses stand."""

from __future__ import annotations

import re
from dataclasses import replace

from ...packs.vocabulary import Casualty, Cue, HitKind, Qualifier
from ...prepare.tokens import Token
from .. import tuning as T
from ..hits import Hit
from .figures import Number

# a pause between words: with the Arabic comma and semicolon ("،", "؛"); read by the number modules
PAUSE = re.compile(r"[,;:\u060c\u061b]")


def without_inner_ones(numbers: list[Number], digits: set[int], stops: set[int], tokens: list[Token],
                       text: str | None) -> list[Number]:
    """"Seis integrantes de un grupo criminal murieron", "five members of a gang were killed":
    "one" written as a word this close after a figure, with no conjunction, casualty word or
    comma between, is the article of a noun inside the counted phrase, not a count of its own;
    so is a "one" a conjunction joins to it ("двоє людей — чоловік і жінка": two, not three),
    and a person noun that counts one alone ("امرأة", a woman) right after a figure in digits is
    the noun it counts ("14 امرأة ورجل واحد" is fourteen women and one man)."""
    first = tokens[0].index if tokens else 0

    def inner(one: Number) -> bool:
        return one.value == 1 and one.start not in digits and any(
            n is not one and n.value != 1 and (0 < one.start - n.end <= T.INNER_ONE_WINDOW
                                             or (one.start == n.end and n.start in digits))
            and not stops.intersection(range(n.end, one.start + 1))
            and not (text and PAUSE.search(text, tokens[n.end - 1 - first].end, tokens[one.start - first].start))
            for n in numbers)
    kept: list[Number] = []
    dropped: set[int] = set()  # where the inner ones end
    for number in numbers:
        # "двоє людей — чоловік і жінка": a one joined to an inner one is inside the phrase too
        if inner(number) or (number.value == 1 and number.start not in digits and number.start - 1 in stops
                             and number.start - 1 in dropped):
            dropped.add(number.end)
            continue
        kept.append(number)
    return kept


def age_words(tokens: list[Token], hits: list[Hit], joiners: frozenset[str]) -> frozenset[int]:
    """The token indices of ages told after an age marker ("two men aged 30 and 45", "deux
    hommes âgés de 30 et 45 ans", "im Alter von 30 und 45 Jahren", "в возрасте 30 и 45 лет"):
    the marker, the figures it opens (digits, or number words of two and more, joined by a
    conjunction or a range word: "aged between 20 and 25"), and the unit right after the last
    ("ans", "Jahren"). These figures count no one, and their words part no count of people from
    its casualty word ("Two men aged 30 and 45 were shot dead" is two, not 75)."""
    markers = [h for h in hits if h.kind == HitKind.QUALIFIER and h.label == Qualifier.AGED]
    if not markers or not tokens:
        return frozenset()
    first = tokens[0].index
    words = {h.start: h for h in hits if h.kind == HitKind.NUMWORD and h.number >= 2}
    links = {i for h in hits if h.kind == HitKind.QUALIFIER and h.label in (Qualifier.RANGE, Qualifier.RANGE_START)
             for i in range(h.start, h.end)}
    units = {h.start: h.end for h in hits if h.kind == HitKind.MEASURE}
    found: set[int] = set()
    for marker in markers:
        i, last = marker.end, -1
        while 0 <= i - first < len(tokens):
            if tokens[i - first].is_digit:
                last, i = i + 1, i + 1
            elif i in words:
                last = i = words[i].end
            elif i in links or tokens[i - first].norm in joiners:
                i += 1
            else:
                break
        if last < 0:
            continue  # "aged" with no figure after it
        found.update(range(marker.start, units.get(last, last)))
    return frozenset(found)


def articles_with_nouns(numbers: list[Number], digits: set[int], stops: set[int], tokens: list[Token],
                        text: str | None, ages: frozenset[int] = frozenset()) -> list[Number]:
    """"A young villager", "un jeune homme": an article and the singular person noun a word
    or two after it (both number words of one) are one count of one, not two counts; nothing
    but a word or two between them, no conjunction, casualty word or comma. The words of a
    count of things between them (``ages``: "eine 54 Jahre alte Frau", "ein zwölf Jahre altes
    Mädchen", "ein 45-jähriger Mann": the age the only words between) do not part them."""
    if len(numbers) < 2 or not tokens:
        return numbers
    first = tokens[0].index
    merged: list[Number] = []
    for number in numbers:
        last = merged[-1] if merged else None
        if last is not None and last.value == number.value == 1 and last.start not in digits \
                and number.start not in digits \
                and 0 < number.start - last.end \
                and number.start - last.end - len(ages.intersection(range(last.end, number.start))) \
                <= T.ARTICLE_NOUN_WORDS \
                and not stops.intersection(range(last.end, number.start + 1)) \
                and not (text and PAUSE.search(text, tokens[last.end - 1 - first].end,
                                                tokens[number.start - first].start)):
            merged[-1] = replace(last, end=number.end, before_pause=number.before_pause)
            continue
        merged.append(number)
    return merged


def after_pause(number: Number, tokens: list[Token], text: str | None) -> bool:
    """Whether a comma, a semicolon or a colon stands right before the number."""
    if text is None or not tokens:
        return False
    at = number.start - tokens[0].index
    return 0 < at < len(tokens) and bool(PAUSE.search(text, tokens[at - 1].end, tokens[at].start))


def bracketed(number: Number, tokens: list[Token], first: int, text: str) -> bool:
    """A number alone in brackets after a name is an age ("Salomón Valenzuela (30)"), not a count."""
    start, end = tokens[number.start - first].start, tokens[number.end - 1 - first].end
    return text[:start].rstrip().endswith("(") and text[end:].lstrip().startswith(")")


def without_range_ends(numbers: list[Number], joins: set[int], paused: frozenset[int] = frozenset(),
                       opened: set[int] | frozenset[int] = frozenset(),
                       conjunctions: frozenset[int] = frozenset()) -> list[Number]:
    """"between 30 and 40", "5 to 7": keep the first, ACLED's conservative figure. A comma before
    the joining word ends the first count: "quatre morts, dont un policier, et douze blessés"
    tells twelve wounded, not a range from one to twelve. A conjunction ("and", "et", "und")
    joins a range only after its opening word (``opened``: where "between", "entre" end): "the
    driver and two passengers" are three people, not one to two."""
    kept: list[Number] = []
    for number in numbers:
        if kept and number.start - 1 in joins and kept[-1].end == number.start - 1 \
                and kept[-1].end - 1 not in paused \
                and (number.start - 1 not in conjunctions or kept[-1].lead in opened or kept[-1].start in opened):
            continue
        kept.append(number)
    return kept


def paused_tokens(tokens: list[Token], text: str | None) -> frozenset[int]:
    """The indices of the tokens a comma or a semicolon follows."""
    if text is None or len(tokens) < 2:
        return frozenset()
    return frozenset(a.index for a, b in zip(tokens, tokens[1:], strict=False)
                     if PAUSE.search(text, a.end, b.start))


def counts_of_taking(numbers: list[Number], taking_starts: set[int], casualty_starts: set[int],
                     tokens: list[Token], text: str | None) -> frozenset[int]:
    """Starts of the numbers right after a comma whose clause closes on an arrest or an
    abduction word within a few words, with no casualty word between: those taken, not the
    dead or hurt of the casualty word before the comma."""
    if text is None or not tokens or not taking_starts:
        return frozenset()
    first = tokens[0].index
    found: set[int] = set()
    for n in numbers:
        k = n.start - first
        if k <= 0 or k >= len(tokens) or not PAUSE.search(text, tokens[k - 1].end, tokens[k].start):
            continue
        for i in range(n.end, min(n.end + T.TAKEN_COUNT_WINDOW, first + len(tokens))):
            if i in casualty_starts or (i > n.end and PAUSE.search(text, tokens[i - 1 - first].end,
                                                                   tokens[i - first].start)):
                break
            if i in taking_starts:
                found.add(n.start)
                break
    return frozenset(found)


def wounds_of_bodies(hits: list[Hit], tokens: list[Token], text: str | None,
                     conjunctions: frozenset[str], glued: frozenset[str]) -> list[Hit]:
    """The hits of a sentence without the wound words that describe a dead body ("the body of a
    man with gunshot wounds", "عثر على جثة رجل مصابة بطلقات نارية", "тело мужчины с
    огнестрельными ранениями"): a wound word this close after a body, with no comma or
    conjunction between (nor one glued to the wound word, Arabic "وأصيب"), tells how the dead
    died; it counts nobody injured."""
    ends = [h.end for h in hits if h.kind == HitKind.CUE and h.label == Cue.BODY]
    if not ends or not tokens:
        return hits
    first = tokens[0].index

    def describes(wound: Hit) -> bool:
        return any(0 <= wound.start - end <= T.BODY_WOUND_WINDOW
                   and not any(t.norm in conjunctions for t in tokens[end - first:wound.start - first])
                   and tokens[wound.start - first].norm[:1] not in glued
                   and not (text and end - first < len(tokens) and
                            PAUSE.search(text, tokens[end - 1 - first].end, tokens[wound.start - first].start))
                   for end in ends)
    return [h for h in hits if not (h.kind == HitKind.CASUALTY and h.label == Casualty.INJURED and describes(h))]


def body_of_one(hit: Hit, hits: list[Hit]) -> Number | None:
    """"Тело мужчины", "جثة": a killed word that is a dead body in the singular counts one when no
    figure counts it."""
    if hit.label != Casualty.KILLED:
        return None
    if any(h.kind == HitKind.CUE and h.label == Cue.BODY and h.start <= hit.start < h.end for h in hits):
        return Number(1, hit.start, hit.end)
    return None


def wounded_who_died(hit: Hit, casualties: list[Hit], numbers: list[Number], joined: set[int],
                      paused: frozenset[int]) -> bool:
    """Whether an injured word is the subject of a killed word right after it ("Deux blessés
    sont morts", "Zwei Verletzte starben", "two wounded later died"): those it counts died; no
    count, conjunction or comma stands between ("20 wounded and 5 killed" counts both)."""
    return any(c.label == Casualty.KILLED and 0 <= c.start - hit.end <= T.WOUNDED_DIED_WORDS
               and not joined.intersection(range(hit.end, c.start))
               and not paused.intersection(range(hit.start, c.start))
               and not any(hit.end <= n.start < c.start for n in numbers) for c in casualties)
