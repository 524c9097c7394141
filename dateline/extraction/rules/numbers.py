"""Numbers in digits and words, ACLED's vague quantities, and casualty figures.

Figures follow ACLED (docs/annotation-guide.md, "Fatalities"): the most conservative number
reported ("at least 5" is 5, "5 to 7" is 5, "dozens" 12); an explicit "no casualties" is 0; no
figure at all is None. A number that counts a part of the toll ("one of the victims") or a
thing ("un enfrentamiento", "30 houses", "a 59-year-old") is no figure; the dead of both sides
told together ("two soldiers killed and a dozen attackers neutralised") add up.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...packs.vocabulary import (
    COUNTED_CASUALTIES,
    GLUED_UNIT,
    TRIGGER_KINDS,
    Casualty,
    Cue,
    EventWord,
    HitKind,
    Qualifier,
    Weapon,
)
from ...prepare.tokens import Token
from .. import tuning as T
from ..hits import Hit
from .figures import Figure, Figures, Number
from .number_choice import (
    aside_count,
    day_words,
    number_for,
    smaller_figure,
    subject_count,
    updated_count,
)
from .number_filters import (
    PAUSE,
    after_pause,
    age_words,
    articles_with_nouns,
    body_of_one,
    bracketed,
    counts_of_taking,
    paused_tokens,
    without_inner_ones,
    without_range_ends,
    wounded_who_died,
    wounds_of_bodies,
)
from .sides import (
    both_sides,
    competing_accounts,
    coordinated,
    determiners_after_conjunctions,
    side_of,
    sides_summed,
    speakers,
)

_SEPARATED_THOUSANDS = re.compile(r"^[ ,.\u00a0\u202f']$")
_CODE_HYPHENS = frozenset("-\u2010\u2011")
# a date written in figures ("21-12-2025", "2025/12/21", "21.12.2025"): a wire's dateline, no count
_NUMERIC_DATE = re.compile(r"\d{1,2}([-/.])\d{1,2}\1(?:19|20)\d\d|(?:19|20)\d\d([-/.])\d{1,2}\2\d{1,2}")
_DATE_CHARS = frozenset("0123456789-/.")
# weapons that are people: "three gunmen killed" counts the gunmen
_PERSON_WEAPONS = frozenset({Weapon.FIREARM, Weapon.SUICIDE, Weapon.BLADE})
_SPEAKING = frozenset({Cue.ATTRIBUTION, Cue.CLAIM})  # the verbs a party's own account is told by
# acts an indefinite article may name ("une embuscade", "un enfrentamiento"): "un" is then no count
_ACTS = frozenset({EventWord.ATTACK, EventWord.STRIKE, EventWord.EXPLOSION, EventWord.CLASH, EventWord.LAUNCH,
                   EventWord.MOB})


def numbers_in(tokens: list[Token], hits: list[Hit], text: str, joiners: frozenset[str] = frozenset(),
               ambiguous: frozenset[str] = frozenset(), glued: frozenset[str] = frozenset()) -> list[Number]:
    """Number expressions in a sentence (digits, words, vague quantities), left to right;
    ``joiners`` are the pack's conjunctions, which may join number words ("vingt et un");
    ``ambiguous`` number words ("neuf": nine or new) are numbers only before what they count (a
    person, a casualty word, a counted thing: "neuf soldats", "neuf morts", "neuf drones") or
    right after a casualty word ("tuant neuf membres d'une famille");
    ``glued`` conjunctions written as the first letter of the next word make "و6" ("and 6") a
    number too."""
    by_start: dict[int, Hit] = {}
    ties: list[Hit] = []  # a vague word that is also a scale ("десятки": dozens, or the tens of "два десятки")
    for hit in hits:
        if hit.kind in (HitKind.NUMWORD, HitKind.VAGUE) and (hit.start not in by_start or
                                                 hit.size > by_start[hit.start].size):
            by_start[hit.start] = hit
        elif hit.kind in (HitKind.NUMWORD, HitKind.VAGUE) and hit.size == by_start[hit.start].size:
            ties.append(hit)
    if ties:
        _scales_after_counts(by_start, ties, tokens)
    qualified = {h.end: h.start for h in hits if h.kind == HitKind.QUALIFIER and h.label == Qualifier.AT_LEAST}
    floors = {h.end for h in hits if h.kind == HitKind.QUALIFIER and h.label == Qualifier.FLOOR}
    first = tokens[0].index if tokens else 0
    counted = {h.start for h in hits if h.kind in (HitKind.ACTOR, HitKind.CASUALTY, HitKind.MEASURE)}
    counting = {h.end for h in hits if h.kind == HitKind.CASUALTY}  # "tuant neuf membres": the victims follow
    # "погиб 22-летний военный": an age written as a compound after the casualty word stands before its victim
    counting |= {end + 2 for end in counting if 0 <= end - first < len(tokens) - 2 and tokens[end - first].is_digit
                 and text[tokens[end - first].end:tokens[end - first + 1].start] == "-"}
    numbers: list[Number] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.is_digit and (_coded(tokens, i, text) or _in_numeric_date(token, text)):
            i += 1  # "the N-25 highway", "an F-16", "a Su-25": part of a name, no count
            continue
        if token.is_digit:
            value, j = _digits(tokens, i, text)
            numbers.append(Number(value, token.index, tokens[j - 1].index + 1, token.index in qualified,
                                  lead=qualified.get(token.index, token.index), floor=token.index in floors))
            i = j
            continue
        if token.norm[:1] in glued and token.norm[1:].isdigit():  # "19 فوق روستوف، و6 فوق بريانسك"
            numbers.append(Number(int(token.norm[1:]), token.index, token.index + 1, token.index in qualified,
                                  lead=qualified.get(token.index, token.index), floor=token.index in floors))
            i += 1
            continue
        word = by_start.get(token.index)
        if word is not None:
            value, end = _words(tokens, i, by_start, first, joiners)
            vague = word.kind == HitKind.VAGUE
            if end == token.index + 1 and token.norm in ambiguous and end not in counted \
                    and token.index not in counting:
                i += 1
                continue  # "un véhicule neuf a sauté": new, not nine
            numbers.append(Number(value, token.index, end, token.index in qualified or vague, vague,
                                  lead=qualified.get(token.index, token.index), floor=token.index in floors))
            i = end - first
            continue
        i += 1
    return numbers


def _coded(tokens: list[Token], i: int, text: str) -> bool:
    """Digits glued by a hyphen to the letters before them ("N-25", "F-16", "MiG-29") are part
    of a road's, an aircraft's or a weapon's name, never a count of people."""
    if i == 0 or tokens[i].start < 2 or text[tokens[i].start - 1] not in _CODE_HYPHENS:
        return False
    before = tokens[i - 1]
    return before.end == tokens[i].start - 1 and before.norm.isalpha()


def _in_numeric_date(token: Token, text: str) -> bool:
    """Digits inside a date written in figures ("طولكرم 21-12-2025 وفا-", "le 21/12/2025") are
    a day, a month or a year, never a count: an agency's dateline put them before every story."""
    start, end = token.start, token.end
    if (start == 0 or text[start - 1] not in _DATE_CHARS) and (end >= len(text) or text[end] not in _DATE_CHARS):
        return False
    while start > 0 and text[start - 1] in _DATE_CHARS:
        start -= 1
    while end < len(text) and text[end] in _DATE_CHARS:
        end += 1
    while not text[end - 1].isdigit():  # the full stop or hyphen after it ("... 2025.")
        end -= 1
    while not text[start].isdigit():
        start += 1
    return _NUMERIC_DATE.fullmatch(text, start, end) is not None


def _scales_after_counts(by_start: dict[int, Hit], ties: list[Hit], tokens: list[Token]) -> None:
    """A word both vague and a scale is the scale right after a count ("два десятки": twenty) and
    vague elsewhere ("десятки людей": ACLED's dozens)."""
    first = tokens[0].index if tokens else 0
    for hit in ties:
        kept = by_start[hit.start]
        if {hit.kind, kept.kind} != {HitKind.NUMWORD, HitKind.VAGUE} or "scale" not in (hit.label, kept.label):
            continue
        before = by_start.get(hit.start - 1)
        counted = (before is not None and before.label == "unit") or (
            0 < hit.start - first <= len(tokens) and tokens[hit.start - 1 - first].is_digit)
        if (hit.label == "scale") == counted:
            by_start[hit.start] = hit


def _digits(tokens: list[Token], i: int, text: str) -> tuple[int, int]:
    """``1,200`` and ``1 200`` are one number; ``24`` followed by ``-`` and letters is just 24."""
    value = int(tokens[i].norm)
    j = i + 1
    while j < len(tokens) and tokens[j].is_digit and len(tokens[j].norm) == 3:
        gap = text[tokens[j - 1].end:tokens[j].start]
        if not _SEPARATED_THOUSANDS.match(gap) or len(tokens[j - 1].norm) > 3:
            break
        value = value * 1000 + int(tokens[j].norm)
        j += 1
    return value, j


def _words(tokens: list[Token], i: int, by_start: dict[int, Hit], first: int,
           joiners: frozenset[str]) -> tuple[int, int]:
    """Compose number words ("twenty-three", "trois cents", "two thousand") into a value; a
    counted noun and the numeral agreeing with it ("رجل واحد", "مدنيان اثنان") are one count."""
    total = current = 0
    position = tokens[i].index
    last_end = position
    while True:
        hit = by_start.get(position)
        if hit is None:
            # allow one joining word ("and", "et", "y", "und") between number words
            nxt = by_start.get(position + 1)
            compound = current >= 20 and current % 10 == 0 or current >= 100  # "vingt et un", "hundred and five"
            if compound and nxt is not None and position - first < len(tokens) \
                    and tokens[position - first].norm in joiners and nxt.kind == HitKind.NUMWORD \
                    and nxt.label == "unit":
                position += 1
                continue
            break
        if hit.kind == HitKind.VAGUE:
            if total or current:
                break
            return hit.number, hit.end
        if hit.number == 0 and hit.label != "scale" and position == tokens[i].index:
            return 0, _zeroed_noun_end(hit, by_start)  # "no soldier was hurt": none, not one
        if hit.label == "scale":
            current = max(current, 1) * hit.number
            if hit.number >= 1000:
                total, current = total + current, 0
        else:
            if current % 100 and hit.number >= 10 and current % 10 == 0 and current >= 10:
                break  # "twenty thirty" is two numbers
            if hit.label == GLUED_UNIT and position > tokens[i].index:
                break  # "جندي ومدنيان": a glued "and" opens another count
            if current == hit.number < 10:
                last_end = hit.end  # "رجل واحد", "مدنيان اثنان": the noun and its numeral agree
                position = hit.end
                continue
            if current % 10 and hit.number < 10:
                break  # "одна людина", "رجل واحد": a count and its counted word, not one plus one
            if current % 10 and hit.number > 10:
                break  # "ein zwölf Jahre altes Mädchen": an article and a number, not thirteen ("خمسة عشر" is 15)
            if hit.number == 1 and (total + current) >= 100 and (total + current) % 100 == 0:
                break  # "مئة رجل", "ألف جندي": a hundred men, its counted noun is no "and one"
            current += hit.number
        last_end = hit.end
        position = hit.end
    return total + current, last_end


def _zeroed_noun_end(zero: Hit, by_start: dict[int, Hit]) -> int:
    """Where "no" or "zero" ends with the person noun it denies ("no soldier"): a noun that alone
    counts one counts nothing after it."""
    noun = by_start.get(zero.end)
    return noun.end if noun is not None and noun.kind == HitKind.NUMWORD and noun.label == "unit" \
        and noun.number == 1 else zero.end


def casualty_figures(tokens: list[Token], hits: list[Hit], numbers: list[Number],
                     months: dict[str, int], *, verb_initial: bool = False,
                     conjunctions: frozenset[str] = frozenset(), text: str | None = None,
                     glued: frozenset[str] = frozenset(), possessives: frozenset[str] = frozenset(),
                     determiners: frozenset[str] = frozenset(),
                     tense_auxiliaries: frozenset[str] = frozenset(),
                     earlier: tuple[tuple[int, int], ...] = (),
                     days: tuple[tuple[int, int], ...] = (),
                     asides: tuple[tuple[int, int], ...] = (),
                     sources: frozenset[int] = frozenset(),
                     day_nouns: frozenset[int] = frozenset(),
                     helped: tuple[tuple[int, int], ...] = (),
                     places_at: frozenset[str] = frozenset()) -> Figures:
    """Killed and injured figures of one sentence (the smallest when several are given).
    ``glued`` are conjunctions written as the first letter of the next word (Arabic و);
    ``possessives`` and ``determiners`` after a conjunction join as it does ("a woman and her two
    children", "the driver and the two passengers": three);
    ``earlier`` are the token spans of the sentence's days before its latest one: a casualty
    word beside one (or beside "the day before") counts another time's dead, not the event's;
    ``days`` map where each day or manner of killing starts to where it ends (``day_ends``): one
    told between a killing verb and its victim ("mató el martes a un hombre") does not part them;
    nor does a source set off by commas right after the verb (``asides``, where each starts and
    ends: "killing, according to residents, 12 people"), whose words count nobody; nor does a
    source named inside the clause (``sources``: "vier Menschen, darunter ein Kind, wurden nach
    Angaben der Polizei verletzt"). ``day_nouns``
    are the words right before a weekday or a date ("يوم" in "إلى 14 يوم الاثنين", "to 14 on
    Monday"): the day's own noun, no unit of the number before it. ``helped`` are the clauses that
    tell what rescuers or medics did ("the Red Crescent, which transported 12 wounded"): the people
    counted there are a part of the toll, the event's own figure only when the sentence has no other.
    ``places_at`` are the words saying where ("in", "en", "dans"): "one" written as a word right
    after one is the article of a place ("en un bar"), no victim."""
    figures = Figures()
    by_kind: dict[str, list[Hit]] = {}  # the sentence's hits by kind: each set below reads its kinds only
    for h in hits:
        by_kind.setdefault(h.kind, []).append(h)
    if HitKind.CASUALTY in by_kind and HitKind.WEAPON in by_kind:
        # "explosives strapped to her body": a casualty word inside a suicide bomber's phrase is the vest's
        weapons = [(w.start, w.end) for w in by_kind[HitKind.WEAPON]
                   if w.end - w.start > 1 and w.label == Weapon.SUICIDE]
        kept = [h for h in by_kind[HitKind.CASUALTY] if not any(s <= h.start and h.end <= e for s, e in weapons)]
        if len(kept) < len(by_kind[HitKind.CASUALTY]):
            hits = [h for h in hits if h.kind != HitKind.CASUALTY or h in kept]
            by_kind[HitKind.CASUALTY] = kept
            if not kept:
                del by_kind[HitKind.CASUALTY]
    if HitKind.CASUALTY not in by_kind:
        return figures  # no casualty word: nothing below can set a figure
    if HitKind.CUE in by_kind:  # "the body of a man with gunshot wounds": the wounds are the body's
        hits = wounds_of_bodies(hits, tokens, text, conjunctions, glued)
        by_kind[HitKind.CASUALTY] = [h for h in hits if h.kind == HitKind.CASUALTY]
    measured = {h.start for h in by_kind.get(HitKind.MEASURE, ())}
    # "жительница села Теткино": a person word that counts one is followed by whose it is, not
    # by the things it counts ("села", a unit after "два")
    measured -= {n.end for n in numbers if n.start in {h.start for h in by_kind.get(HitKind.ACTOR, ())}}
    measured -= day_nouns
    casualty_starts = {h.start for h in by_kind.get(HitKind.CASUALTY, ()) if h.label in COUNTED_CASUALTIES}
    things = {h.start for h in by_kind.get(HitKind.WEAPON, ()) if h.label not in _PERSON_WEAPONS} - casualty_starts
    # "a sauté sur une mine": a number inside an act's phrase counts its thing
    things |= {i for h in by_kind.get(HitKind.EVENT, ()) for i in range(h.start + 1, h.end)} - casualty_starts
    acts = {h.start for h in by_kind.get(HitKind.EVENT, ()) if h.label in _ACTS} - casualty_starts
    # "Acht Beamte wurden verletzt, 23 Personen wurden festgenommen": a number whose clause ends in
    # an arrest or an abduction counts those taken, as one before a casualty word counts its own
    counts_apart = casualty_starts | {h.start for h in by_kind.get(HitKind.EVENT, ())
                                      if h.label in (EventWord.ARREST, EventWord.ABDUCTION)}
    # "похитили 30 учеников, убив охранника", "kidnapped 30 students, killing a guard": the count
    # right after a verb of taking is those taken, not the dead of a casualty word after it
    # "Vier Beamte wurden verletzt, 27 Menschen nach Polizeiangaben festgenommen": a count after a
    # comma whose own clause closes on an arrest counts those taken, however many words between
    taking_starts = {h.start for h in by_kind.get(HitKind.EVENT, ())
                     if h.label in (EventWord.ARREST, EventWord.ABDUCTION)}
    taken_later = counts_of_taking(numbers, taking_starts, casualty_starts, tokens, text)
    taking_ends = {h.end for h in by_kind.get(HitKind.EVENT, ())
                   if h.label in (EventWord.ARREST, EventWord.ABDUCTION, EventWord.RELEASE)}
    digits = {t.index for t in tokens if t.is_digit}
    # "ein russischer Raketenangriff": an actor's adjective between the article and its act
    acts_of = acts | {h.start for h in by_kind.get(HitKind.ACTOR, ())
                      if acts.intersection(range(h.start + 1, h.end + 1))}
    numbers = [n for n in numbers if verb_initial or not (n.value == 1 and n.start not in digits and n.end in acts_of)]
    # "un combate": an article; a verb-first language's "one" is a counted noun ("قتل رجل بانفجار")
    not_people = measured | {t.index for t in tokens if t.norm in months}
    joins = {h.start for h in by_kind.get(HitKind.QUALIFIER, ()) if h.label == Qualifier.RANGE}
    units_after = measured
    if text is not None and tokens and measured:  # "وأصيب ثالث، اليوم": a comma ends the count, the unit after
        first = tokens[0].index  # it is no thing counted
        units_after = measured - {n.end for n in numbers if n.end in measured and n.end - first < len(tokens) and
                                  PAUSE.search(text, tokens[n.end - 1 - first].end, tokens[n.end - first].start)}
    # "eine 54 Jahre alte Frau": the words of a thing's count (an age) between an article and its noun
    thing_words = frozenset(i for n in numbers if n.end in units_after for i in range(n.start, n.end + 1)) \
        | age_words(tokens, hits, conjunctions)  # "Two men aged 30 and 45 were shot dead"
    numbers = _without_parts(numbers, hits, units_after, joins | {t.index for t in tokens if t.norm in conjunctions})
    people = {h.start for h in by_kind.get(HitKind.ACTOR, ())}  # "35 Menschen", "trois soldats"
    reporting = {i for h in by_kind.get(HitKind.CUE, ()) if h.label == Cue.ATTRIBUTION for i in range(h.start, h.end)}
    if asides:  # "wounding, according to a security source, seven soldiers": the aside counts nobody
        aside_words = {i for start, end in asides for i in range(start, end)}
        reporting -= aside_words
        numbers = [n for n in numbers if n.start not in aside_words]
    joined = {t.index for t in tokens if t.norm in conjunctions  # "neutralisés et un lot d'armes"
              or (t.norm[:1] in glued and len(t.norm) > 3)}  # "14 امرأة ورجلا واحدا"
    joined |= determiners_after_conjunctions(tokens, conjunctions, possessives | determiners)
    names = [(h.start, h.end) for h in by_kind.get(HitKind.ACTOR, ()) if h.end - h.start > 1]
    paused = paused_tokens(tokens, text)
    opened = {h.end for h in by_kind.get(HitKind.QUALIFIER, ()) if h.label == Qualifier.RANGE_START}
    numbers = without_range_ends(numbers, joins, paused, opened,
                                  frozenset(t.index for t in tokens if t.norm in conjunctions))
    if text is not None and tokens:  # "Salomón Valenzuela (30) con una herida": an age in brackets
        first = tokens[0].index
        numbers = [n for n in numbers if not bracketed(n, tokens, first, text)]
    numbers = without_inner_ones(numbers, digits, joined | casualty_starts, tokens, text)
    numbers = articles_with_nouns(numbers, digits, joined | casualty_starts, tokens, text, thing_words)
    includes = [h.end for h in by_kind.get(HitKind.CUE, ()) if h.label == Cue.INCLUDING]
    parts = [n for n in numbers if any(0 <= n.start - end <= 3 and not casualty_starts.intersection(range(end, n.start))
                                       and not _own_count_after_part(n, end, casualty_starts)
                                       for end in includes)]  # "بينهم امرأة وأصيب خمسة": five count their own word
    numbers = [n for n in numbers if n not in parts]
    if text is not None and tokens:  # "погибли трое, ранены 12": the comma ends the count of the dead
        first = tokens[0].index
        numbers = [n if n.end - first >= len(tokens) or not PAUSE.search(
            text, tokens[n.end - 1 - first].end, tokens[n.end - first].start) else replace(n, before_pause=True)
            for n in numbers]
    owned = {n.end: n for n in numbers if n.end in casualty_starts and not n.before_pause  # "16 Toten"
             and n.end not in joined}  # "قتل ثلاثة وأصيب خمسة": the next word opens a clause of its own
    # "Zwei Soldaten und ein Zivilist wurden ... getötet": a split verb's auxiliary, where its act
    # word starts, is no word of its own that a number may count
    auxiliaries = {h.start for h in by_kind.get(HitKind.CUE, ()) if h.label == Cue.PASSIVE} - casualty_starts
    counted = {h.start for h in hits if h.kind == HitKind.CASUALTY or (  # words a number may count
        h.kind == HitKind.EVENT and h.label not in _ACTS  # "في انفجار": the act, not another count
        and h.start not in auxiliaries)}
    people_tokens = {i for h in by_kind.get(HitKind.ACTOR, ()) for i in range(h.start, h.end)}
    agents = {h.end for h in by_kind.get(HitKind.CUE, ()) if h.label == Cue.PASSIVE_AGENT}
    # "beaten to death by a group": the agents are counted, not the dead; but "Helfer sprachen von
    # 14 Todesopfern" counts the dead its number stands before
    numbers = [n for n in numbers if (n.start not in agents and n.start - 1 not in agents)
               or casualty_starts.intersection((n.end, n.end + 1))]
    # "un", "a": often an article; not an article with its person noun ("a soldier", "un membre")
    tense_aids = frozenset(t.index for t in tokens if t.norm in tense_auxiliaries)  # "a tué", "han matado"
    ones = {n.start for n in numbers if n.value == 1 and n.start not in digits and not n.vague
            and n.end - n.start == 1 and n.end not in people_tokens and n.start - 1 not in people_tokens}
    # "five were wounded, a hospital official said": "one" as a word after a comma opens a clause of its own;
    # not a word that is itself the one person ("اغتال مسلحون، مساء السبت، ناشطاً": an activist)
    if places_at and not verb_initial:  # "asesinó el sábado en un bar a tres personas": a place's article
        numbers = [n for n in numbers if n.value != 1 or n.start in digits or n.end - n.start > 1
                   or n.start == tokens[0].index or tokens[n.start - 1 - tokens[0].index].norm not in places_at]
    opening = {n.start for n in numbers if n.value == 1 and n.start not in digits and not n.vague
               and n.start not in people_tokens and after_pause(n, tokens, text)}
    passives = {h.start for h in by_kind.get(HitKind.CUE, ()) if h.label == Cue.PASSIVE}
    passive_ends = {h.end for h in by_kind.get(HitKind.CUE, ()) if h.label == Cue.PASSIVE}
    parties = {h.start: h.actor for h in by_kind.get(HitKind.ACTOR, ())}
    # "three of the attackers": the party a part is taken from is the party it counts
    of_whom = {h.start: h.end for h in by_kind.get(HitKind.QUALIFIER, ()) if h.label == Qualifier.PARTITIVE}
    told_by = speakers([(h.start, h.end) for h in by_kind.get(HitKind.CUE, ()) if h.label in _SPEAKING],
                       [(h.start, h.end, h.actor) for h in by_kind.get(HitKind.ACTOR, ())])
    # "la veille, deux soldats ont été tués" is the event; "killed the day before", after the act, is not
    told_before = [h.start for kind in TRIGGER_KINDS for h in by_kind.get(kind, ())]
    relative = [(h.start, h.end) for h in by_kind.get(HitKind.QUALIFIER, ()) if h.label == Qualifier.EARLIER]
    # "the death toll rose on Monday to 14", "stieg am Montag auf 14": the update reaches its figure past a day
    rises = [h for h in hits if (h.kind, h.label) in ((HitKind.QUALIFIER, Qualifier.UPDATED),
                                                      (HitKind.CUE, Cue.TOLL_UPDATE))]
    # "وارتفع عدد القتلى لاحقا إلى سبعة": an update that names the dead reaches on from their word
    rise_ends = {h.end for h in rises} | {c.end for h in rises for c in by_kind[HitKind.CASUALTY]
                                          if h.start < c.start <= h.end}
    updates = {end + day_words(end, end + T.UPDATE_DAY_WORDS, days) for end in rise_ends}
    told: dict[str, list[Figure]] = {"killed": [], "injured": [], "either": []}
    chosen: dict[tuple[str, int], Number] = {}
    articles: set[Figure] = set()  # figures counted by "one" written as a word
    carried: set[Figure] = set()  # figures of those that rescuers or medics carried or treated
    for hit in sorted(hits, key=lambda h: h.start):  # the first casualty word takes its count first
        if hit.kind != HitKind.CASUALTY:
            continue
        if hit.label == Casualty.NONE:
            figures.killed = smaller_figure(figures.killed, Figure(0, hit.start, hit.end))
            figures.injured = smaller_figure(figures.injured, Figure(0, hit.start, hit.end))
            continue
        if hit.label in (Casualty.NONE_KILLED, Casualty.NONE_INJURED):
            slot = "killed" if hit.label == Casualty.NONE_KILLED else "injured"
            setattr(figures, slot, smaller_figure(getattr(figures, slot), Figure(0, hit.start, hit.end)))
            continue
        if hit.label == Casualty.INJURED \
                and wounded_who_died(hit, by_kind[HitKind.CASUALTY], numbers, joined | joins, paused):
            continue  # "Zwei Verletzte starben im Krankenhaus": the dead of a later update, no count of the hurt
        before = relative if any(t < hit.start for t in told_before) else []
        if _of_another_time(hit, [*earlier, *before]):  # "at the funeral of two people killed the day before"
            if hit.label == Casualty.KILLED and figures.earlier_killed is None and _of_another_time(hit, before):
                number = number_for(hit, [n for n in numbers if n.end not in things], not_people | reporting,
                                     counts_apart, owned, verb_initial, joined, names, people, ones)
                if number is not None:  # the dead of the day before, which an earlier event may claim
                    figures.earlier_killed = Figure(number.value, min(number.start, hit.start),
                                                    max(number.end, hit.end), number.at_least, number.vague)
            continue
        # a count of the dead is no count of the hurt
        taken = {id(n) for (label, _), n in chosen.items() if label != hit.label}
        candidates = [n for n in numbers if n.end not in things and id(n) not in taken
                      and not (n.end <= hit.start and (n.lead if n.lead >= 0 else n.start) in taking_ends)
                      and not (n.start >= hit.end and n.start in taken_later)
                      and not (n.start in opening and n.start >= hit.end)]
        # "mató el martes a un hombre": an active verb's victim after the day; not "fueron asesinadas
        # la noche del martes cuando un grupo ...", whose victims stand before the verb
        active = (() if any(0 <= hit.start - end <= 1 for end in passive_ends) else days) + asides
        number = number_for(hit, candidates, not_people | reporting, counts_apart, owned, verb_initial, joined,
                             names, people, ones, active, paused, thing_words, tense_aids) \
            or subject_count(hit, candidates, passives, reporting, text, tokens, people, thing_words) \
            or aside_count(hit, candidates, counted, text, tokens, sources, passives)
        if number is None or (number.value == 1 and number.start not in digits):  # "the death toll from an
            # al-Shabaab attack … rose to 21": 21, not "an"
            number = updated_count(hit, candidates, updates) or number
        if number is None:  # "тело мужчины": a body counts one
            number = body_of_one(hit, hits)
        if number is None:
            continue
        chosen[(hit.label, hit.start)] = number
        number = coordinated(number, numbers, joined, counted, hit.start)
        figure = Figure(number.value, min(number.start, hit.start), max(number.end, hit.end), number.at_least,
                        number.vague, _parts_of(number, parts),
                        any(0 <= number.start - end <= T.UPDATE_WINDOW for end in updates),
                        side_of(number, parties, of_whom), number.floor)
        if hit.label in told:
            told[hit.label].append(figure)
            if number.start in ones:
                articles.add(figure)
            if any(start <= number.start < end for start, end in helped):
                carried.add(figure)
    for slot, found in told.items():
        found = [f for f in found if f not in carried] or found  # "20 wounded, ... which transported 12 wounded"
        found = [f for f in found if f not in articles] or found  # "un lourd bilan … 35 civils tués": 35
        if not any(f.floor for f in found):  # "al menos siete …, mientras que otra fuente elevó la cifra a nueve"
            found = [f for f in found if f.updated] or found  # "Two more died, raising the toll to seven": the total
        found = competing_accounts(found, told_by)  # "the army said …, while the RSF said …": the lower
        for figure in sides_summed(both_sides(found, joined)):
            setattr(figures, slot, smaller_figure(getattr(figures, slot), figure))
    return figures


_OWN_ACTS = frozenset({HitKind.WEAPON, HitKind.EVENT})  # a sentence telling an act of its own


def _without_parts(numbers: list[Number], hits: list[Hit], measured: set[int], joins: set[int]) -> list[Number]:
    """Numbers that count people of the toll, not a part of it ("one of the victims", "four of
    them") nor things: "44 and 59-year-old" are ages when the second is one. A part that is the
    sentence's only count of people, beside an act of its own, is that act's toll: "Cinq d'entre
    eux ont été tués dans une frappe de drone" after a sentence that counted all the dead."""
    partitive = {h.start for h in hits if h.kind == HitKind.QUALIFIER and h.label == Qualifier.PARTITIVE}
    # "un membre des forces": a person counted with the article before it names whose member, no part
    kept = [n for n in numbers if n.vague or n.end not in partitive or (n.value == 1 and n.end - n.start > 1)]
    things = [n for n in kept if n.end in measured]
    for number in kept:  # "44- та 59-річні", "20 or 30 houses": both ends count the same things
        if any(t.start - number.end == 1 and number.end in joins for t in things):
            things.append(number)
    people = [n for n in kept if n not in things]
    if not people and len(kept) < len(numbers) and any(h.kind in _OWN_ACTS for h in hits):
        return [n for n in numbers if n.end in partitive and n.end not in measured]
    return people


def _of_another_time(hit: Hit, marks: list[tuple[int, int]]) -> bool:
    """Whether a casualty word stands beside a day before the event's ("two people killed the
    day before", "the collapse in November, which killed 15"): another time's dead."""
    return any(0 <= start - hit.end <= T.OTHER_TIME_WINDOW or 0 <= hit.start - end <= T.OTHER_TIME_WINDOW
               for start, end in marks)


def _own_count_after_part(number: Number, cue_end: int, casualty_starts: set[int]) -> bool:
    """Whether ``number`` opens a count of its own after the part an "including" cue told.

    "nine killed, including two civilians, and 23 wounded": the part is two; 23, after it and
    right before its own casualty word, counts the wounded, not more of the dead ("including two
    women and three children" stays two parts: children is no casualty word; "dont deux
    grièvement blessés", right after the cue, stays the part).
    """
    return number.end in casualty_starts and number.start > cue_end


def _parts_of(number: Number, parts: list[Number]) -> tuple[int, ...]:
    """The figures told as parts of ``number`` ("eight wounded, including four children")."""
    return tuple(p.value for p in parts if 0 < p.start - number.end <= T.PARTS_WINDOW)
