"""Whether a sentence with event words reports an event as news, and if not, why.

A sentence that tells a threat, a denial, a tally, a trial, a habit, history, a negated act,
an accident or a figure of speech produces no frame: the gate names the reason in a
:class:`Skip`, and claims are built from it (:mod:`.claims`).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from ...normalize import COMMAS, breaks_clause
from ...packs import LanguagePack
from ...packs.vocabulary import (
    COUNTED_CASUALTIES,
    TRIGGER_KINDS,
    ActorCategory,
    Cue,
    EventWord,
    HitKind,
    Measure,
    Weapon,
)
from ...prepare.tokens import Token
from .. import tuning as T
from ..hits import Hit
from .context import DocContext, SentenceView
from .sources import spoken_days
from .timex import DAY_KINDS, TimeExpr
from .town_tolls import part_in_a_town

AGGREGATE_EVENTS = frozenset({EventWord.ATTACK, EventWord.EXPLOSION, EventWord.CLASH, EventWord.PROTEST})
# crowds are counted in hundreds; events are not
_CROWD_EVENTS = frozenset({EventWord.PROTEST, EventWord.RIOT, EventWord.MOB})
# acts that hand people over (a prisoner exchange, a release): a count beside them is of those handed over
_HANDOVERS = frozenset({EventWord.EXCHANGE, EventWord.RELEASE})
_VAGUE_TIMES = ("year", "period")  # times that date no day: "en 2019", "la semaine dernière"
_DAYS = DAY_KINDS
# actors that neither fight nor use force: a disaster told with only these has no act
_UNARMED = frozenset({ActorCategory.CIVILIANS, ActorCategory.GOVERNMENT, ActorCategory.OBSERVERS,
                      ActorCategory.PROTESTERS})
_CROWDS = frozenset({ActorCategory.PROTESTERS, ActorCategory.RIOTERS})  # whose size is no toll
# acts that are one happening when counted as one ("an attack", "a bombing"); weapons too ("a car bomb")
_SINGLE_ACTS = frozenset({EventWord.ATTACK, EventWord.EXPLOSION, EventWord.STRIKE, EventWord.LAUNCH, *Weapon})
# cues that qualify only the acts of their own clause: "the villagers, who accused them of theft" does
# not make the lynching an accusation, "Nach jahrelangen Kämpfen" does not make the agreement a habit
SCOPED_CUES = frozenset({Cue.HISTORICAL, Cue.HABITUAL, Cue.BLAME, Cue.FLIGHT})
_SEMICOLONS = frozenset(";\u061b")  # Latin and Arabic semicolons: between two statements


class SkipReason(StrEnum):
    """Why a sentence with event words reports no event."""

    FIGURATIVE = "figurative"  # "a price war"
    ACCIDENT = "accident"  # "a gas cylinder exploded"
    DISASTER = "disaster"  # "killed when a landslide hit a village"
    HISTORY = "history"  # an anniversary, a trial, background
    HABITUAL = "habitual"  # a habit or a trend
    REACTION = "reaction"  # concern or condemnation, nothing that happened
    CHANT = "chant"  # the words of a chant
    FLIGHT = "flight"  # people fleeing fighting
    HEARD = "heard"  # blasts or shots a witness heard, of the event told before
    HEADING = "heading"  # a section heading ("PROTESTAS EN PUNO")
    DENIAL = "denial"
    ATTRIBUTION = "attribution"  # blame with no figures of its own
    TALLY = "tally"  # a total over time
    THREAT = "threat"
    FUTURE = "future"  # a future act, or one feared
    NEGATED = "negated"
    AGGREGATE = "aggregate"  # "three attacks", "112 drones at the country"


@dataclass(frozen=True)
class Skip:
    """Why a sentence with trigger words is not an event (claims are built from these)."""

    view: SentenceView
    reason: SkipReason


class Gates:
    """The gates of one document's sentences."""

    def __init__(self, context: DocContext, according_to: frozenset[str]) -> None:
        self.ctx = context
        self.according_to = according_to
        self.subordinators = frozenset(context.prepared.pack.grammar.subordinators)
        self.verb_final = context.prepared.pack.grammar.verb_final and context.prepared.pack.meta.script.cased
        self._clauses: dict[int, list[tuple[int, int]]] = {}  # sentence index -> its clauses, asked per cue
        self._semicolons: dict[int, list[int]] = {}  # sentence index -> the tokens opening a statement

    # -- the reach of a cue ---------------------------------------------------------------

    def clauses(self, view: SentenceView) -> list[tuple[int, int]]:
        """Token spans of the sentence's clauses, split at punctuation (read once a sentence)."""
        found = self._clauses.get(view.sentence.index)
        if found is None:
            tokens, text = view.sentence.tokens, self.ctx.prepared.doc.text
            starts = [tokens[0].index]
            for before, token in zip(tokens, tokens[1:], strict=False):
                if breaks_clause(text[before.end:token.start]):
                    starts.append(token.index)
            ends = [*starts[1:], tokens[-1].index + 1]
            found = self._clauses[view.sentence.index] = list(zip(starts, ends, strict=True))
        return list(found)

    def scope(self, view: SentenceView, cue: Hit, clauses: list[tuple[int, int]]) -> tuple[int, int]:
        """The tokens a habit, history or blame cue qualifies: the whole sentence, unless the cue
        stands in a background phrase ("Aus Furcht vor zunehmendem Einfluss", "after years of
        conflict") or a relative clause ("the villagers who accused them of theft", "une milice
        qui combat les jihadistes"), which it then qualifies alone."""
        start, end = next(((s, e) for s, e in clauses if s <= cue.start < e), clauses[-1])
        tokens = view.sentence.tokens
        first = tokens[0].index
        relative = [t.index for t in tokens[start - first:cue.start - first + 1] if t.norm in self.subordinators]
        relative += [h.start for h in view.of(HitKind.CUE, Cue.RELATIVE) if h.start == start != first]
        openers = [h.start for h in view.of(HitKind.CUE, Cue.BACKGROUND) if start <= h.start < cue.start]
        if not relative and not openers:
            return self._independent_clause(view, cue)
        if relative and (not openers or max(relative) > max(openers)):
            return max(relative), end
        opener = max(openers)
        if self.verb_final:  # "Nach tagelangen schweren Kämpfen hat": the phrase ends with its noun
            noun = next((t.index for t in tokens[cue.end - first:end - first] if t.upper), None)
            if noun is not None:
                return opener, noun + 1
        opener_end = max(h.end for h in view.of(HitKind.CUE, Cue.BACKGROUND) if h.start == opener)
        return opener, min(end, opener_end + T.BACKGROUND_WORDS)

    def _charge_of_the_arrested(self, view: SentenceView, trigger: Hit) -> bool:
        """Whether every blame cue of the sentence is the charge against the people an arrest
        takes, in the arrest's own clause ("arrêté lundi à Bamako un ancien ministre accusé de
        complot"), not someone blaming someone for an act."""
        if trigger.label != EventWord.ARREST:
            return False
        tokens, text = self.ctx.prepared.tokens, self.ctx.prepared.doc.text
        cues = view.of(HitKind.CUE, Cue.BLAME)
        return bool(cues) and all(
            h.start >= trigger.end and not COMMAS.intersection(text[tokens[trigger.end - 1].end:tokens[h.start].start])
            for h in cues)

    def _series_told_after(self, view: SentenceView, trigger: Hit) -> bool:
        """Whether every habit cue of the sentence stands after ``trigger``, past a comma: "Gunmen
        killed nine villagers on Monday, the latest in a wave of attacks" tells one act (with a day
        of its own) and then places it in a series; "denounced repeated attacks" tells none."""
        tokens, text = self.ctx.prepared.tokens, self.ctx.prepared.doc.text
        cues = view.of(HitKind.CUE, Cue.HABITUAL)
        return bool(cues) and all(
            h.start >= trigger.end and COMMAS.intersection(text[tokens[trigger.end - 1].end:tokens[h.start].start])
            for h in cues)

    def _threat_told_after(self, view: SentenceView, trigger: Hit) -> bool:
        """Whether every threat cue of a sentence that counts its dead or wounded is told as made
        before, after ``trigger`` ("عثر الأهالي على جثة شاب مقتولاً بطلقات نارية، إذ سبق أن هدده
        التنظيم": a killing, then the threat that came before it); "threatened to attack" tells none."""
        if not view.has(HitKind.CASUALTY):
            return False
        earlier = {h.end for h in view.of(HitKind.CUE, Cue.PLUPERFECT)}
        return all(h.start >= trigger.end and h.start in earlier for h in view.of(HitKind.CUE, Cue.THREAT))

    def _independent_clause(self, view: SentenceView, cue: Hit) -> tuple[int, int]:
        """The tokens between the semicolons around ``cue`` (the whole sentence when it has
        none): a semicolon joins two statements, and a habit told in one ("؛ تجمع يقام بشكل
        مستمر", "; the rally is held every week") does not make the other's rally a habit."""
        tokens = view.sentence.tokens
        low, high = tokens[0].index, tokens[-1].index + 1
        for start in self._statements(view):
            if start <= cue.start:
                low = start
            elif high == tokens[-1].index + 1:
                high = start
        return low, high

    def _statements(self, view: SentenceView) -> list[int]:
        """The tokens right after a semicolon of the sentence (read once a sentence)."""
        found = self._semicolons.get(view.sentence.index)
        if found is None:
            tokens, text = view.sentence.tokens, self.ctx.prepared.doc.text
            found = self._semicolons[view.sentence.index] = [
                token.index for before, token in zip(tokens, tokens[1:], strict=False)
                if not _SEMICOLONS.isdisjoint(text[before.end:token.start])]
        return found

    def qualified(self, view: SentenceView, triggers: list[Hit]) -> dict[Cue, set[int]]:
        """For each scoped label, the starts of the triggers one of its cues qualifies: a habit,
        history, blame or flight in their scope; a purpose or a future right before them
        ("بهدف إنهاء القتال", "para neutralizar"); the words of a chant."""
        found: dict[Cue, set[int]] = {}
        cues = [h for h in view.of(HitKind.CUE) if h.label in SCOPED_CUES and not self._in_name(view, h)
                and not (h.label == Cue.FLIGHT and _armed_before(view, h))]
        clauses = self.clauses(view) if cues else []
        for cue in cues:
            low, high = self.scope(view, cue, clauses)
            inside = {t.start for t in triggers if low <= t.start < high or t.start <= cue.start < t.end}
            if inside:
                found.setdefault(Cue(cue.label), set()).update(inside)
        for opener in view.of(HitKind.CUE, Cue.BACKGROUND):  # "weeks after 14 people were killed in May"
            clause_end = next((e for s, e in (clauses or self.clauses(view)) if s <= opener.start < e), opener.end)
            high = min(clause_end, opener.end + T.BACKGROUND_PAST_WORDS)
            if any(opener.end <= t.start < high and t.kind in ("month", "year") and self._earlier_month(t)
                   for t in view.times):
                inside = {t.start for t in triggers if opener.end <= t.start < high}
                if inside:
                    found.setdefault(Cue.HISTORICAL, set()).update(inside)
        dated = {i for t in view.times for i in range(t.start, t.end)}
        futures = [h for h in view.of(HitKind.CUE, Cue.FUTURE) if h.start not in dated]  # "in May", "12 May": no modal
        clauses = clauses or (self.clauses(view) if futures else [])
        for cue in futures:  # what is to come runs to the end of its clause ("threatened to attack … and to kidnap")
            clause_end = next((e for s, e in clauses if s <= cue.start < e), cue.end)
            ahead = {t.start for t in triggers
                     if 0 < t.start - cue.start <= T.CUE_WINDOW or cue.start < t.start < clause_end}
            if ahead:
                found.setdefault(Cue.FUTURE, set()).update(ahead)
        if self.ctx.last_place:  # an event is told: what witnesses heard right after is that event
            for cue in view.of(HitKind.CUE, Cue.HEARING):
                heard = {t.start for t in triggers if 0 <= t.start - cue.end <= T.HEARD_WINDOW}
                if heard:
                    found.setdefault(Cue.HEARING, set()).update(heard)
        chants = view.of(HitKind.CUE, Cue.CHANT)
        if chants:
            quoted = {t.start for t in triggers
                      if any(c.end <= t.start for c in chants) and self._quoted(view, t.start)}
            if quoted:
                found[Cue.CHANT] = quoted
        return found

    def _earlier_month(self, time: TimeExpr) -> bool:
        """Whether a month or a year named is before the story's own month."""
        reference = self.ctx.reference
        return (time.day.year, time.day.month if time.kind == "month" else 12) < (reference.year, reference.month)

    def chanted(self, view: SentenceView, token: int) -> bool:
        """Whether a token is inside the quoted words of a chant ("han gritado "Gaza, aguanta"")."""
        return any(c.end <= token for c in view.of(HitKind.CUE, Cue.CHANT)) and self._quoted(view, token)

    def quoted(self, view: SentenceView, token: int) -> bool:
        """Whether the token stands inside quotation marks of its sentence (what someone said)."""
        return self._quoted(view, token)

    def _quoted(self, view: SentenceView, token: int) -> bool:
        """Whether the token stands inside quotation marks of its sentence."""
        text = self.ctx.prepared.doc.text[view.sentence.start:self.ctx.prepared.tokens[token].start]
        straight = text.count('"')
        return straight % 2 == 1 or text.count("«") + text.count("“") > text.count("»") + text.count("”")

    def _in_name(self, view: SentenceView, cue: Hit) -> bool:
        """"Batallón de Artillería de Campaña": a cue word capitalised inside a name."""
        tokens = self.ctx.prepared.tokens
        first = view.sentence.tokens[0].index
        if cue.start == first or not tokens[cue.start].upper:
            return False
        before = tokens[cue.start - 1]
        return before.upper or (cue.start - 2 >= first and len(before.norm) <= 3 and tokens[cue.start - 2].upper)

    def purpose_casualties(self, view: SentenceView, first_trigger: Hit) -> set[int]:
        """Starts of the casualty words told in a purpose after the act ("marched to demand justice
        for a student killed in custody", "pour dénoncer la mort de deux manifestants"): the dead
        the act is about, not its own; they end with the purpose's clause."""
        cues = [h for h in view.of(HitKind.CUE, Cue.FUTURE) if h.start >= first_trigger.start]
        if not cues or not view.has(HitKind.CASUALTY):
            return set()
        clauses = self.clauses(view)
        purpose: set[int] = set()
        for cue in cues:
            clause_end = next((e for s, e in clauses if s <= cue.start < e), cue.end)
            purpose.update(h.start for h in view.of(HitKind.CASUALTY) if cue.end <= h.start < clause_end)
        return purpose

    def free_triggers(self, view: SentenceView, triggers: list[Hit]) -> list[Hit]:
        """The triggers no habit, history or blame of their own clause qualifies: what the
        sentence reports as news ("Nach tagelangen Kämpfen hat die Miliz Goma eingenommen":
        the taking of Goma, not the fighting)."""
        qualified = set().union(*self.qualified(view, triggers).values())
        return [t for t in triggers if t.start not in qualified]

    def all_to_come(self, view: SentenceView, triggers: list[Hit]) -> bool:
        """Whether every act the sentence names lies in a clause opened by a future or appeal cue
        ("Ses organisateurs ont appelé à une nouvelle journée de mobilisation jeudi", "vowed to
        keep marching"): a call or a plan, no act of its own, however far the act word stands
        from the cue (the gate's window reads only the words just before the act)."""
        first_cue = min((h.start for h in view.of(HitKind.CUE, Cue.FUTURE)), default=None)
        if first_cue is None or any(h.start <= first_cue for h in view.of(HitKind.CUE, Cue.BACKGROUND)):
            return False  # "Aus Furcht vor zunehmendem Einfluss Russlands haben … protestiert": a motive
        to_come = self.qualified(view, triggers).get(Cue.FUTURE, set())
        tokens = view.sentence.tokens
        first = tokens[0].index
        # "would free the aid workers who were abducted on Sunday": a relative clause tells a past act
        relatives = [h.start for h in view.of(HitKind.CUE, Cue.RELATIVE)]  # "où quatre soldats ont été tués"
        told = {t.start for t in triggers
                if any(w.norm in self.subordinators for w in tokens[first_cue - first:t.start - first])
                or any(first_cue < r < t.start for r in relatives)}
        return bool(to_come) and all(t.start in to_come and t.start not in told for t in triggers)

    # -- the gate -------------------------------------------------------------------------

    def gate(self, view: SentenceView, trigger: Hit) -> SkipReason | None:
        """Reason this sentence does not report an event as news, or None if it does."""
        dated = {i for t in view.times for i in range(t.start, t.end)}  # "on 12 May": a month, not a modal
        near_before = [h for h in view.of(HitKind.CUE) if trigger.start - T.CUE_WINDOW <= h.start < trigger.start
                       and not (h.label == Cue.FUTURE and h.start in dated)]
        labels = view.labels(HitKind.CUE) - SCOPED_CUES - {Cue.CHANT, Cue.HEARING}
        labels |= {label for label, starts in self.qualified(view, [trigger]).items()
                   if trigger.start in starts and label != Cue.FUTURE}
        if figurative(view, trigger):
            return SkipReason.FIGURATIVE  # "a price war", "une offensive contre l'inflation"
        if Cue.CHANT in labels:
            return SkipReason.CHANT  # « Gaza, tiens bon »
        if Cue.FLIGHT in labels:
            return SkipReason.FLIGHT  # "thousands have fled the fighting"
        if Cue.HEARING in labels:
            return SkipReason.HEARD  # "a resident said he heard two loud explosions"
        spoken = spoken_days(view) if view.times else frozenset()
        own_day = any(t.kind in _DAYS and t.start not in spoken for t in view.times)
        if Cue.REACTION in labels and not own_day and not self.ctx.figures(view).killed:
            return SkipReason.REACTION  # "le ministre s'est dit préoccupé par la répression"
        if Cue.ACCIDENT in labels and _accident_of_its_own(view):
            return SkipReason.ACCIDENT  # "l'explosion accidentelle d'une bouteille de gaz": not political violence
        if Cue.DISASTER in labels and not view.has(HitKind.WEAPON) and not _armed_actor(view):
            return SkipReason.DISASTER  # "30 people were killed when a landslide hit a village"
        if Cue.HISTORICAL in labels:
            return SkipReason.HISTORY
        if Cue.HABITUAL in labels and not (own_day and self._series_told_after(view, trigger)):
            return SkipReason.HABITUAL
        recalled = any(h.start == view.sentence.tokens[0].index for h in view.of(HitKind.CUE, Cue.PLUPERFECT))
        reported = not recalled and any(  # "said its units had repelled"; not "Ранее министр сообщал, что…"
            self.ctx.prepared.tokens[h.start].norm not in self.according_to
            for h in view.of(HitKind.CUE, Cue.ATTRIBUTION))
        if view.sentence.index > 0 and view.times and all(
                t.kind == "period" and t.precision >= T.BACKGROUND_PERIOD_PRECISION for t in view.times):
            # "More than 50 were killed in a similar attack earlier this month", after the lead: the
            # story's background, dated by no day or week of its own (reported when it happened)
            return SkipReason.HISTORY
        if Cue.PLUPERFECT in labels and not reported and not [t for t in view.times if t.kind not in _VAGUE_TIMES]:
            # "ce jour-là, ils s'étaient affrontés", "la semaine dernière, 90 otages avaient été libérés":
            # background, no day of its own
            return SkipReason.HISTORY
        if Cue.DENIAL in labels and any(h.label == Cue.DENIAL and h.start < trigger.start
                                      for h in view.of(HitKind.CUE)):
            return SkipReason.DENIAL
        if Cue.BLAME in labels and not self._figures_given(view) and not self._charge_of_the_arrested(view, trigger) \
                and not _blamed_act(view):
            return SkipReason.ATTRIBUTION
        recent_day = any(t.kind in _DAYS and (self.ctx.reference - t.day).days <= T.HISTORY_DAYS for t in view.times)
        if Cue.SERIES in labels and not self._tally_day(view, trigger):
            return SkipReason.AGGREGATE  # "six were beheaded in this new wave of violence": several events' total
        spread = Cue.SPREAD in labels and self.ctx.figures(view)
        if spread and (spread.killed or spread.injured or view.has(HitKind.OUTCOME)) \
                and not part_in_a_town(self.ctx, view):  # "…, including 10 in Nairobi": that town's event
            return SkipReason.AGGREGATE  # "sieben Tote bei Angriffen auf mehrere Regionen", "41 Drohnen über …"
        if Cue.TALLY in labels and not self._tally_day(view, trigger):
            return SkipReason.TALLY  # "40 times since October", "so far": no recent day of its own
        # a word of no casualties ("with no arrests or injuries reported") counts no dead: a count beside it is a crowd
        counted = any(h.label in COUNTED_CASUALTIES for h in view.of(HitKind.CASUALTY))
        crowd = trigger.label in _CROWD_EVENTS and not counted  # "about a hundred people protested"
        # "haben einen Zug mit Hunderten Passagieren in ihre Gewalt gebracht": those taken in one raid
        taken = trigger.label == EventWord.ABDUCTION and not counted
        # "exchanged 146 prisoners", "вернула 146 военных, передав взамен…": those handed over in one swap
        swapped = trigger.label in _HANDOVERS and not counted
        if not recent_day and not crowd and not taken and not swapped and not self._one_act(view) \
                and self.big_count(view):
            return SkipReason.TALLY  # "thousands of dead", "3.5 million displaced by fighting"
        if any(h.label == Cue.TREND and trigger.start - h.end <= T.TREND_WINDOW for h in near_before):
            return SkipReason.HABITUAL  # "el aumento de los asesinatos", "a surge in attacks"
        if self._after_the_act_told(view):
            return SkipReason.HISTORY  # "Tras el enfrentamiento, los militares cerraron la carretera"
        if self._day_to_come(view, trigger, dated):
            return SkipReason.FUTURE  # "the six arrested will appear before a judge on Friday"
        if any(h.label in (Cue.FUTURE, Cue.THREAT) for h in near_before) or (
                Cue.THREAT in labels and not view.has(HitKind.OUTCOME) and not self._threat_told_after(view, trigger)):
            return SkipReason.THREAT if Cue.THREAT in labels else SkipReason.FUTURE
        casualty_tokens = {i for h in view.of(HitKind.CASUALTY) for i in range(h.start, h.end)}
        if any(h.label == Cue.NEGATION and h.start not in casualty_tokens
               and trigger.start - h.end <= T.NEGATION_WINDOW
               for h in near_before):
            return SkipReason.NEGATED
        if self._counted_trigger(view, own_day):
            return SkipReason.AGGREGATE
        return None

    def _after_the_act_told(self, view: SentenceView) -> bool:
        """Whether, after the lead, every event word stands in a background phrase opening the
        sentence and closed by a comma ("Tras el enfrentamiento, militares cerraron la carretera",
        "After the clash, troops sealed off the area"): the act the story told before, and what
        followed it, which is no event; a toll told there may still add to it, so one stays."""
        tokens = view.sentence.tokens
        if view.sentence.index < T.LEAD_SENTENCES or view.has(HitKind.CASUALTY):
            return False
        opener = next((h for h in view.of(HitKind.CUE, Cue.BACKGROUND) if h.start == tokens[0].index), None)
        if opener is None:
            return False
        text = self.ctx.prepared.doc.text
        comma = next((b.index for a, b in zip(tokens, tokens[1:], strict=False)
                      if b.index > opener.end and COMMAS.intersection(text[a.end:b.start])), None)
        if comma is None or comma - opener.end > T.BACKGROUND_WORDS:
            return False
        triggers = [h for h in view.hits if h.kind in TRIGGER_KINDS]
        return bool(triggers) and all(opener.end <= h.start < comma for h in triggers)

    def _day_to_come(self, view: SentenceView, trigger: Hit, dated: set[int]) -> bool:
        """Whether every day the sentence names belongs to a future clause told after the event
        word: "Los seis arrestados pasarán este jueves a disposición judicial", "the five people
        arrested will appear before a judge on Friday" name people an earlier act took and the day
        of a hearing to come, which is no day of that act (read as past, it would date a new one)."""
        days = [t for t in view.times if t.kind in _DAYS]
        if trigger.label != EventWord.ARREST or not days:  # "dozens feared killed on Sunday": a fear, not a tense
            return False
        futures = [h.start for h in view.of(HitKind.CUE, Cue.FUTURE)
                   if h.start > trigger.start and h.start not in dated]
        return bool(futures) and all(any(f < t.start for f in futures) for t in days)

    def _tally_day(self, view: SentenceView, trigger: Hit) -> bool:
        """A recent day a tally is told with, not the day someone told it: "9 жовтня
        головнокомандувач повідомляв, що від початку операції звільнено 180 км²" is a total
        reported on the 9th, no event of the 9th."""
        said = [h.start for h in view.of(HitKind.CUE, Cue.ATTRIBUTION) if h.start < trigger.start]
        # "80 muertos desde el 16 de enero", "since 7 October": a day that opens the period is no day of an
        # event (a day's summary, "за минулу добу, 24 вересня", names the day it covers: the day before)
        opening = {i for h in view.of(HitKind.CUE, Cue.TALLY) for i in range(h.start, h.end + T.PERIOD_OPENING_WORDS)}
        # "Au total, 457 interpellés et 441 blessés, a annoncé vendredi le ministre": a sentence that
        # opens with its tally word is a total; the day after its reporting verb is when it was told
        first = view.sentence.tokens[0].index if view.sentence.tokens else 0
        spoken = spoken_days(view) if any(h.start - first <= T.OPENING_TALLY_WORDS
                                          for h in view.of(HitKind.CUE, Cue.TALLY)) else frozenset()
        return any(t.kind in _DAYS and (self.ctx.reference - t.day).days <= T.HISTORY_DAYS
                   and not (said and t.end <= min(said)) and t.start not in spoken
                   and not (t.start in opening and (self.ctx.reference - t.day).days >= T.PERIOD_OPENING_DAYS)
                   and not (opening and self._owning_day(t.end))
                   for t in view.times)

    def _owning_day(self, end: int) -> bool:
        """"With Sunday's encounter, 62 have been killed since January 1": a day that owns a noun
        names an event told before; beside a period's opening it dates no event of its own."""
        tokens, text = self.ctx.prepared.tokens, self.ctx.prepared.doc.text
        possessive = self.ctx.prepared.pack.places.places.possessive
        return bool(possessive) and 0 < end <= len(tokens) and text.startswith(tuple(possessive), tokens[end - 1].end)

    def _counted_trigger(self, view: SentenceView, own_day: bool = False) -> bool:
        """"three attacks", "40 fois": a number counting events makes an aggregate. A few acts
        told with a day of their own and their dead ("In two attacks on Saturday, gunmen killed 12
        people in Kwall and Mangu") are that day's events, one per place, not a tally over time;
        a count of attacks that hurt no one sums up the acts the story tells one by one."""
        numbers = {n.end: n for n in self.ctx.numbers(view)}
        people = {i for h in view.of(HitKind.ACTOR) for i in range(h.start, h.end)}  # "two demonstrators", "مدنيان"
        casualties = {h.start for h in view.of(HitKind.CASUALTY)}
        for hit in view.of(HitKind.EVENT):
            # "300 asesinatos", "dozens of killings": a count of killings that large is a tally
            least = T.COUNTED_EVENTS if hit.label in AGGREGATE_EVENTS \
                else T.COUNTED_KILLINGS if hit.label == EventWord.KILL else None
            if least is not None and hit.start not in people and hit.start not in casualties:
                number = numbers.get(hit.start)
                if number and hit.label == EventWord.PROTEST and number.value >= T.CROWD:
                    continue  # "as thousands marched": a crowd, not thousands of protests
                if number and own_day and hit.label in AGGREGATE_EVENTS and number.value <= T.FEW_ACTS \
                        and self._hurt(view):
                    continue
                if number and number.value >= least and number.start not in people \
                        and number.start - 1 not in casualties:  # "وأصيب اثنان آخران بانفجار": the wounded
                    return True
        return any(h.kind == HitKind.CUE and h.label == Cue.TALLY and self.ctx.prepared.tokens[h.start].is_digit
                   for h in view.hits)

    def _hurt(self, view: SentenceView) -> bool:
        """Whether the sentence counts dead or wounded (not "no casualties")."""
        figures = self.ctx.figures(view)
        return any(f is not None and f.value > 0 for f in (figures.killed, figures.injured))

    def big_count(self, view: SentenceView) -> bool:
        """A count of people of a toll's size: a toll over time rather than one event. The
        wounded of one attack may number hundreds ("a hundred were wounded"): a count that is
        only the sentence's injured figure is no toll over time."""
        things = {h.start for h in view.of(HitKind.MEASURE, Measure.UNITS)}  # "200 casas": houses, not people
        # a crowd's size is no toll ("des milliers de manifestants ont forcé les barrières")
        people = {h.start for h in view.hits if h.kind == HitKind.CASUALTY or (
            h.kind == HitKind.ACTOR and h.label not in _CROWDS)} - things
        big = [n for n in self.ctx.numbers(view) if n.value >= T.TOLL and n.end not in things
               and (n.end in people or n.end + 1 in people)]
        if not big:
            return False  # the figures need not be read
        injured = self.ctx.figures(view).injured
        return any(not (injured is not None and injured.start <= n.start < injured.end) for n in big)

    def _one_act(self, view: SentenceView) -> bool:
        """"124 civilians were killed in an attack on a village": an act counted as one (an
        article or "one" right before the act word, an adjective between) is one event,
        whatever its toll."""
        ones = {n.end for n in self.ctx.numbers(view) if n.value == 1}
        articles = self.ctx.prepared.pack.grammar.articles  # "bei einem Luftangriff"
        if articles:
            ones |= {t.index + 1 for t in view.sentence.tokens if t.norm in articles}
        return any(h.label in _SINGLE_ACTS and (h.start in ones or h.start - 1 in ones or h.start - 2 in ones)
                   for h in view.hits if h.kind in (HitKind.EVENT, HitKind.WEAPON))

    def large_toll(self, view: SentenceView) -> bool:
        """"More than 1,500 people killed in Niger": a national toll, not one event (the
        wounded of one attack may number hundreds, and one attack may kill hundreds)."""
        figures = self.ctx.figures(view)
        killed = figures.killed or figures.either  # "killed or wounded 168 people in Colombia in 2024"
        return killed is not None and killed.value >= T.TOLL and not self._one_act(view)

    def counted_weapons(self, view: SentenceView) -> int:
        """The number counting weapons ("31 украинский беспилотник", "112 drones"), if any."""
        numbers = {n.end: n.value for n in self.ctx.numbers(view)}
        victims = {h.start for h in view.of(HitKind.CASUALTY)}  # "neun Menschen erschossen": nine shot dead
        people = {i for h in view.of(HitKind.ACTOR) if h.label == ActorCategory.CIVILIANS
                  for i in range(h.start, h.end)}  # but "31 украинский беспилотник": 31 drones
        return max((numbers.get(h.start, 0) or (numbers.get(h.start - 1, 0) if h.start - 1 not in people else 0)
                    for h in view.of(HitKind.WEAPON) if h.start not in victims), default=0)

    def _figures_given(self, view: SentenceView) -> bool:
        """Whether a sentence that blames someone also reports the act: its dead and the weapon,
        or its dead and a day of its own ("vingt civils ont été tués dans la nuit de dimanche à
        lundi lors d'une attaque attribuée aux ADF"). The dead may be counted by the killing verb
        itself ("acusó al ELN de asesinar el sábado a dos campesinos", "обвинило ВСУ в убийстве
        трех мирных жителей"), with no casualty word."""
        counted_kill = bool(self.ctx.numbers(view)) and any(h.label == EventWord.KILL for h in view.of(HitKind.EVENT))
        return (bool(view.of(HitKind.CASUALTY)) or counted_kill) and (
            bool(view.of(HitKind.WEAPON)) or any(t.kind in _DAYS for t in view.times))


def _armed_before(view: SentenceView, cue: Hit) -> bool:
    """"repelled an attempt by a Russian sabotage group to cross into the Sumy region", "Ukrainian
    troops crossed into the Kursk region": armed men who cross a border invade; only the
    unarmed flee across it."""
    return any(h.kind == HitKind.ACTOR and h.actor is not None and h.actor.armed
               and 0 <= cue.start - h.end <= T.ARMED_CROSSING_GAP for h in view.hits)


def _blamed_act(view: SentenceView) -> bool:
    """Whether a blame word qualifies an act told with its dead ("murieron en una emboscada
    atribuida a Sendero Luminoso", "une attaque attribuée aux ADF a fait 20 morts"): the blame
    participle right after the act's word is the event's suspected author, not blame told of an
    act reported elsewhere."""
    if not view.has(HitKind.CASUALTY):
        return False
    acts = {h.end for h in view.of(HitKind.EVENT)}
    return any(h.start in acts for h in view.of(HitKind.CUE, Cue.BLAME))


def figurative(view: SentenceView, word: Hit) -> bool:
    """Whether ``word`` is part of, or right beside, a figure of speech ("price war")."""
    window = T.FIGURATIVE_WINDOW
    return any(h.start <= word.start < h.end or 0 <= h.start - word.end <= window or 0 <= word.start - h.end <= window
               for h in view.of(HitKind.CUE, Cue.FIGURATIVE))


def without_figurative(view: SentenceView, hits: list[Hit]) -> list[Hit]:
    """``hits`` without the acts a figure of speech is made of ("a price war", "shell-shocked")."""
    if not view.has(HitKind.CUE, Cue.FIGURATIVE):
        return hits
    return [h for h in hits if h.kind not in TRIGGER_KINDS or not figurative(view, h)]


def as_written(hits: list[Hit], exact_words: frozenset[str], tokens: list[Token], text: str) -> list[Hit]:
    """Cue hits without the words an exact cue only resembles once accents are folded: the
    pack's "=hatten" (pluperfect) is not the text's "hätten" (Konjunktiv II, reported speech).
    ``exact_words`` comes from :func:`exact_cue_words`."""
    if not exact_words:
        return hits
    kept = []
    for hit in hits:
        if hit.kind == HitKind.CUE and hit.end - hit.start == 1 and tokens[hit.start].norm in exact_words:
            token = tokens[hit.start]
            if _accented_latin(text[token.start:token.end]):
                continue
        kept.append(hit)
    return kept


def exact_cue_words(pack: LanguagePack) -> frozenset[str]:
    """The pack's one-word exact cues written without accents ("=hatte"): a text word with
    accents ("hätte") is another word, although folding makes them alike."""
    return frozenset(phrase[1:].lower() for phrases in pack.cues.cues.values() for phrase in phrases
                     if phrase.startswith("=") and " " not in phrase and not _accented_latin(phrase[1:])
                     and phrase[1:].isascii())


def _accented_latin(word: str) -> bool:
    """Whether a word has a Latin letter with a diacritic ("ä", "é")."""
    return any(len(decomposed := unicodedata.normalize("NFD", char)) > 1 and "a" <= decomposed[0].lower() <= "z"
               for char in word)


def _armed_actor(view: SentenceView) -> bool:
    """Whether the sentence names someone who fights or uses force (soldiers, police, gunmen, a
    named group): then a disaster word is the setting of an act ("gunmen attacked villagers
    fleeing the floods"), not its cause."""
    said = view.of(HitKind.CUE, Cue.ATTRIBUTION)
    return any(h.label not in _UNARMED and not any(  # "police said": a speaker, not an actor
        0 <= c.start - h.end <= T.SPEAKER_GAP or 0 <= h.start - c.end <= 1 for c in said)
        for h in view.of(HitKind.ACTOR))


def _accident_of_its_own(view: SentenceView) -> bool:
    """Whether an accident cue is told apart from the act's words: "tear gas canisters" (police
    firing tear gas) shares its "gas" with the act, and is no gas canister that blew up."""
    acts = {i for h in view.of(HitKind.EVENT) for i in range(h.start, h.end)}
    return any(not acts.intersection(range(h.start, h.end)) for h in view.of(HitKind.CUE, Cue.ACCIDENT))
