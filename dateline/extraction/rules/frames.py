"""From one sentence to event frames: is it an event, what, where, when, who, how many.

A frame is one event as one sentence tells it. Sentences that report threats, denials,
tallies, trials or sport produce no frame (claims record what they say instead).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from ...actors.roles import Roles, assign_roles
from ...geo.distance import haversine_km
from ...normalize import breaks_clause
from ...taxonomy import DEMONSTRATION_SUB_TYPES
from ...taxonomy import SubEventType as S
from ..hits import Hit
from ..places import PlaceMention, PlaceResolver
from .classify import Classification, classify
from .context import DocContext, SentenceView
from .mentions import MentionFinder
from .numbers import Figures
from .sources import according_to_first_words, reporting_phrase, source_span, spoken_days

AGGREGATE_EVENTS = frozenset({"attack", "explosion", "clash", "protest"})
HISTORY_DAYS = 14
FAR_KM = 50  # a landmark this far from the event does not locate it


@dataclass
class Frame:
    view: SentenceView
    classification: Classification
    trigger: Hit
    place: PlaceMention | None
    place_inherited: bool
    day: dt.date
    precision: int
    date_span: tuple[int, int] | None
    date_reason: str
    roles: Roles
    figures: Figures
    claimed_by: tuple[str, int, int] | None
    events: set[str] = field(default_factory=set)
    weapons: set[str] = field(default_factory=set)
    restates: bool = False  # "confirmed the abduction": a report about an event told already
    detail_of: Frame | None = None  # "Trois autres militaires ont été blessés": figures for that frame
    accidental: bool = False  # a later sentence explains it as an accident ("a gas cylinder exploded")

    @property
    def sub(self) -> S:
        return self.classification.sub_event_type


@dataclass(frozen=True)
class Skip:
    """Why a sentence with trigger words is not an event (claims are built from these)."""

    view: SentenceView
    reason: str  # threat, denial, tally, aggregate, habitual, history, negated, future, accident, figurative


class FrameBuilder(MentionFinder):
    def __init__(self, context: DocContext, resolver: PlaceResolver, time_finder) -> None:  # type: ignore[no-untyped-def]
        self.ctx = context
        self.resolver = resolver
        self.times = time_finder
        grammar = context.prepared.pack.section("pack", "grammar", {})
        self.verb_final = bool(grammar.get("verb_final"))
        self.verb_initial = bool(grammar.get("verb_initial"))
        self.according_to = according_to_first_words(context.prepared.pack)
        self.self_reference = context.prepared.pack.grammar.get("self_reference", frozenset())
        self.genitive = context.prepared.pack.grammar.get("genitive", frozenset())

    # -- gating --------------------------------------------------------------------------

    def gate(self, view: SentenceView, trigger: Hit) -> str | None:
        """Reason this sentence does not report an event as news, or None if it does."""
        near_before = [h for h in view.hits if h.kind == "cue" and trigger.start - 5 <= h.start < trigger.start]
        labels = view.labels("cue")
        if _figurative(view, trigger):
            return "figurative"  # "a price war", "une offensive contre l'inflation"
        if "accident" in labels:
            return "accident"  # "l'explosion accidentelle d'une bouteille de gaz": not political violence
        if "historical" in labels:
            return "history"
        if "habitual" in labels:
            return "habitual"
        reported = any(h.label == "attribution" and self.ctx.prepared.tokens[h.start].norm not in self.according_to
                       for h in view.of("cue"))
        if "pluperfect" in labels and not reported and not [t for t in view.times if t.kind != "year"]:
            return "history"  # "ce jour-là, ils s'étaient affrontés": background, no date of its own
        if "denial" in labels and any(h.label == "denial" and h.start < trigger.start
                                      for h in view.of("cue")):
            return "denial"
        if "blame" in labels and not self._figures_given(view):
            return "attribution"
        recent_day = any(t.kind in _DAYS and (self.ctx.reference - t.day).days <= HISTORY_DAYS for t in view.times)
        if "tally" in labels and not recent_day:
            return "tally"  # "40 times since October", "so far": no recent day of its own
        crowd = trigger.label in _CROWD_EVENTS and not view.has("casualty")  # "about a hundred people protested"
        if not recent_day and not crowd and self._big_count(view):
            return "tally"  # "thousands of dead", "3.5 million displaced by fighting"
        if any(h.label == "trend" and trigger.start - h.end <= 3 for h in near_before):
            return "habitual"  # "el aumento de los asesinatos", "a surge in attacks"
        if any(h.label in ("future", "threat") for h in near_before) or (
                "threat" in labels and not view.has("outcome")):
            return "threat" if "threat" in labels else "future"
        casualty_tokens = {i for h in view.of("casualty") for i in range(h.start, h.end)}
        if any(h.label == "negation" and h.start not in casualty_tokens and trigger.start - h.end <= 2
               for h in near_before):
            return "negated"
        if self._counted_trigger(view):
            return "aggregate"
        return None

    def _counted_trigger(self, view: SentenceView) -> bool:
        """"three attacks", "40 fois": a number counting events makes an aggregate."""
        numbers = {n.end: n for n in self.ctx.numbers(view)}
        people = {i for h in view.of("actor") for i in range(h.start, h.end)}  # "two demonstrators", "مدنيان"
        casualties = {h.start for h in view.of("casualty")}
        for hit in view.of("event"):
            # "300 asesinatos", "dozens of killings": a count of killings that large is a tally
            least = 2 if hit.label in AGGREGATE_EVENTS else 20 if hit.label == "kill" else None
            if least is not None and hit.start not in people and hit.start not in casualties:
                number = numbers.get(hit.start)
                if number and number.value >= least and number.start not in people:
                    return True
        return any(h.kind == "cue" and h.label == "tally" and self.ctx.prepared.tokens[h.start].is_digit
                   for h in view.hits)

    def _acting_countries(self, view: SentenceView, places: list[PlaceMention]) -> set[int]:
        """Starts of country names that act ("Israel struck", "frappé par la Russie")."""
        tokens = self.ctx.prepared.tokens
        triggers = [h.start for h in view.hits if h.kind in ("event", "weapon", "outcome")]
        agents = {h.end for h in view.of("cue", "passive_agent")}
        acting = set()
        for place in places:
            if place.place.kind != "country":
                continue
            if self._after_locative(place) and place.start - 1 not in agents and place.start - 2 not in agents:
                continue
            text = self.ctx.prepared.doc.text
            follows = [t for t in triggers if 0 <= t - place.end <= 4
                       and not breaks_clause(text[tokens[place.end - 1].end:tokens[t].start])]
            if follows or {place.start, place.start - 1} & agents:
                acting.add(place.start)
        return acting

    def _after_locative(self, place: PlaceMention) -> bool:
        """"in Syria", "in southern Lebanon" (a lower-case word between): where, not who."""
        tokens, locatives = self.ctx.prepared.tokens, self.resolver.words.locatives
        if place.start == 0:
            return False
        if tokens[place.start - 1].norm in locatives:
            return True
        return place.start > 1 and not tokens[place.start - 1].upper and tokens[place.start - 2].norm in locatives

    def _far_anchors(self, view: SentenceView, places: list[PlaceMention]) -> set[int]:
        """Starts of places named only as a distant landmark ("180 km south-east of Moscow"):
        the event is not there, and its place comes from the rest of the story."""
        numbers = {n.end: n.value for n in self.ctx.numbers(view)}
        far: set[int] = set()
        for hit in view.of("measure"):
            factor = {"distance_km": 1.0, "distance_miles": 1.609}.get(hit.label)
            value = numbers.get(hit.start)
            if factor is None or value is None or value * factor < FAR_KM:
                continue
            far.update(p.start for p in places if 0 <= p.start - hit.end <= 4)
        return far

    def _big_count(self, view: SentenceView) -> bool:
        """A count of 100 people or more: a toll over time rather than one event."""
        people = {h.start for h in view.hits if h.kind in ("actor", "casualty")}
        return any(n.value >= 100 and (n.end in people or n.end + 1 in people)
                   for n in self.ctx.numbers(view))

    def _large_toll(self, view: SentenceView) -> bool:
        """"More than 1,500 people killed in Niger": a national toll, not one event."""
        figures = self.ctx.figures(view)
        return any(f is not None and f.value >= 100 for f in (figures.killed, figures.injured))

    def _counted_weapons(self, view: SentenceView) -> int:
        """The number counting weapons ("31 украинский беспилотник", "112 drones"), if any."""
        numbers = {n.end: n.value for n in self.ctx.numbers(view)}
        return max((numbers.get(h.start, 0) or numbers.get(h.start - 1, 0) for h in view.of("weapon")), default=0)

    def _figures_given(self, view: SentenceView) -> bool:
        return bool(view.of("casualty")) and bool(view.of("weapon"))

    # -- building ------------------------------------------------------------------------

    def frames(self, view: SentenceView) -> list[Frame] | Skip:
        triggers = [h for h in _without_figurative(view, view.hits) if h.kind in ("event", "weapon", "outcome")]
        if not triggers:
            if view.has("cue", "figurative"):
                return Skip(view, "figurative")  # "a shell-shocked defence"
            if view.has("cue", "blame"):
                self._note_claimant(view)  # "Al Shabaab claimed responsibility."
            return []
        first_trigger = min(triggers, key=lambda h: h.start)
        reason = self.gate(view, self._main_trigger(view, triggers, None))
        if reason:
            if reason == "attribution":
                self._note_claimant(view)
            return Skip(view, reason)
        blocked = self._blocked(view)
        source = self._source_range(view, first_trigger)
        places = [p for p in self.resolver.resolve(view.sentence.tokens, view.hits, blocked, self.ctx.focus,
                                                   self.ctx.prepared.doc.text)
                  if not (source and source[0] <= p.start < source[1])]
        acting = self._acting_countries(view, places) | self._far_anchors(view, places)
        event_places = self._event_places([p for p in places if p.start not in acting])
        if event_places and all(p.place.kind == "country" for p in event_places) and (
                self._counted_weapons(view) >= 5 or self._large_toll(view)):
            return Skip(view, "aggregate")  # "Russia launched 112 drones at the country overnight"
        if len(event_places) >= 2 and self._counted_weapons(view) >= 10:
            return Skip(view, "aggregate")  # "31 drones shot down over the Belgorod, Kursk and Bryansk regions"
        frames = []
        located: list[PlaceMention | None] = [*event_places] or [None]  # no place: one frame, placed later
        for place in located:
            window = self._window(view, place, event_places)
            frame = self._frame(view, window, place, places, first_trigger)
            if frame is not None:
                frames.append(frame)
        if len({f.place.place.id for f in frames if f.place is not None}) >= 2:
            # "hit Kyiv, Odesa and Kharkiv, killing at least five": a total, no town's own toll
            frames = [replace(f, figures=Figures()) for f in frames]
        return frames

    def detail(self, view: SentenceView, last: Frame | None) -> Frame | None:
        """Figures told in a sentence of their own right after an event ("Trois autres
        militaires ont été blessés, a précisé ce responsable") belong to that event, not to a
        tally: no event word, no tally or history cue, no day other than the event's."""
        if last is None or not view.has("casualty") or view.sentence.paragraph - last.view.sentence.paragraph > 1 \
                or any(h.kind in ("event", "weapon", "outcome") for h in view.hits):
            return None  # a sentence with an act of its own is not a detail of another
        if view.has("cue", "tally") or view.has("cue", "historical") or view.has("cue", "habitual") \
                or any(t.day < last.day or t.kind == "year" for t in view.times):
            return None  # a day after the event's is when it was said ("teilte am Dienstagabend mit")
        figures = self.ctx.figures(view)
        told = [f.value for f in (figures.killed, figures.injured) if f is not None]
        if not told or max(told) >= 100:  # "la guerre a fait des centaines de milliers de morts": a toll
            return None
        return replace(last, view=view, figures=figures, roles=Roles(None, None, "detail"), claimed_by=None,
                       detail_of=last.detail_of or last)

    def _frame(self, view: SentenceView, window: list[Hit], place: PlaceMention | None,
               places: list[PlaceMention], first_trigger: Hit) -> Frame | None:
        window = _without_figurative(view, self._without_negated(view, window))
        weapons = {h.label for h in window if h.kind == "weapon"}
        events = {h.label for h in window if h.kind == "event"}
        outcomes = {h.label for h in window if h.kind == "outcome"}
        events = self._territory_checked(view, events, places)
        figures = self.ctx.figures(view)
        impact = bool((figures.killed and figures.killed.value) or (figures.injured and figures.injured.value))
        triggers = [h for h in window if h.kind in ("event", "weapon", "outcome")] or [first_trigger]
        trigger = self._main_trigger(view, triggers, place)
        predicate = self._predicate(view, window, trigger)
        mentions = self._actor_mentions(view, places, predicate)
        passive = any(h.kind == "cue" and h.label == "passive" and predicate.start - 4 <= h.end <= predicate.start + 1
                      for h in view.hits) or (predicate.kind == "event" and any(  # "des obus tirés par les houthis"
                          h.start == predicate.end for h in view.of("cue", "passive_agent")))
        target_armed = self._target_armed(mentions, predicate, passive)
        classification = classify(weapons, events, outcomes, target_armed=target_armed, impact=impact,
                                  killed=bool(figures.killed and figures.killed.value),
                                  peaceful=view.has("cue", "peaceful"))
        if classification is None:
            return None
        classification = _arrest_over_earlier_act(classification, window)
        agent_cue = next((h.end for h in view.of("cue", "passive_agent") if h.start >= predicate.end), None)
        target_cue = next((h.end for h in view.of("cue", "target") if h.start >= predicate.start), None)
        roles = assign_roles(classification.sub_event_type, predicate.start, predicate.end, mentions,
                             passive=passive, agent_cue=agent_cue, target_cue=target_cue,
                             predicate_is_outcome=predicate.kind == "outcome", verb_final=self.verb_final,
                             verb_initial=self.verb_initial,
                             noun_trigger=predicate.kind == "event" and predicate.label in ("attack", "strike")
                             and (not self.genitive or self._genitive_between(predicate.end, predicate.end + 1)))
        roles = self._with_blame(view, roles, classification)
        classification = _territory_by_side(classification, roles)
        day, precision, date_span, date_reason = self._date(view, trigger)
        if (self.ctx.reference - day).days > HISTORY_DAYS:
            return None
        if place is not None and place.place.kind == "country" and date_span is None:
            return None  # "US troops are fighting remnants of Islamic State in Syria": no place, no day
        reported = view.has("cue", "pluperfect") and any(  # "the army said its units had repelled the assault"
            h.start < trigger.start for h in view.of("cue", "attribution"))
        restates = reported or any(0 <= trigger.start - h.end <= 3 for h in view.of("cue", "attribution"))
        return Frame(view, classification, trigger, place, False, day, precision, date_span,
                     date_reason, roles, figures, self._claimed_by(view, trigger), events, weapons, restates)

    def _main_trigger(self, view: SentenceView, triggers: list[Hit], place: PlaceMention | None) -> Hit:
        """The trigger nearest the event's place; else the most specific word."""
        if place is not None:
            return min(triggers, key=lambda h: (abs(h.start - place.start), h.kind != "event"))
        rank = {"outcome": 0, "event": 1, "weapon": 2}
        return min(triggers, key=lambda h: (rank[h.kind], h.start))

    def _without_negated(self, view: SentenceView, window: list[Hit]) -> list[Hit]:
        """"no arrests or injuries", "aucune interpellation": a negated word reports nothing."""
        casualty_tokens = {i for h in view.of("casualty") for i in range(h.start, h.end)}
        negations = [h for h in view.of("cue", "negation") if h.start not in casualty_tokens]
        return [h for h in window if not (h.kind in ("event", "weapon") and (
            any(0 <= h.start - n.end <= 1 for n in negations) or
            (h.label in _ESCALATIONS and any(0 < n.start - h.end <= 3 for n in negations))))]

    def _predicate(self, view: SentenceView, window: list[Hit], trigger: Hit) -> Hit:
        """The verb whose voice decides the roles: the event word nearest the trigger,
        preferring the first one of the window ("a été visé par l'explosion d'un IED")."""
        verbs = [h for h in window if h.kind in ("event", "outcome")]
        if not verbs:
            return trigger
        passive_ends = {h.end for h in view.of("cue", "passive")}
        for verb in sorted(verbs, key=lambda h: h.start):
            if any(verb.start - 1 <= end <= verb.start for end in passive_ends):
                return verb
        outcomes = [h for h in verbs if h.kind == "outcome"]
        if outcomes:  # "Israel's military said it intercepted a missile launched from Yemen": the interception
            return min(outcomes, key=lambda h: (abs(h.start - trigger.start), h.start))
        nearest = min(verbs, key=lambda h: (abs(h.start - trigger.start), h.start))
        died = {h.start for h in view.of("casualty") if h.label == "killed"}
        acts = [h for h in window if h.kind in ("event", "weapon") and h.label != "kill" and h.end <= nearest.start]
        if nearest.label == "kill" and nearest.start in died and acts and not \
                any(n.start in range(nearest.end, nearest.end + 2) for n in self.ctx.numbers(view)):
            return acts[-1]  # "Неизвестные открыли огонь по посту ДПС, погиб один полицейский": who fired
        return nearest

    def _territory_checked(self, view: SentenceView, events: set[str], places: list[PlaceMention]) -> set[str]:
        """"repris le contrôle de X" is territory; "ont repris leurs fonctions" is not."""
        if events & {"regain", "overtake", "transfer"}:
            for label in ("regain", "overtake", "transfer"):
                hits = [h for h in view.of("event", label)]
                if hits and not any(0 <= p.start - h.end <= 8 for h in hits for p in places):
                    events = events - {label}
        return events

    def _blocked(self, view: SentenceView) -> set[int]:
        """Tokens that cannot be part of a place name: words the lexicon already explains
        (triggers, casualty words, cues) and non-state actors ("Hamas", "Al Shabaab")."""
        blocked: set[int] = set()
        for hit in view.hits:
            if hit.kind in ("event", "weapon", "outcome", "casualty") or (
                    hit.kind == "actor" and (hit.label != "named" or hit.actor.inter != 1)):
                blocked.update(range(hit.start, hit.end))
        return blocked

    def _event_places(self, places: list[PlaceMention]) -> list[PlaceMention]:
        """The places events happen at: drop anchors ("à l'ouest de Bagdad") and containers
        ("à Erbil", "in Iraq") of a more specific place; one event per remaining place."""
        places = [p for p in places if p.relation != "possessive"]
        if not places:
            return []
        best = max(p.specificity for p in places)
        chosen: list[PlaceMention] = []
        for mention in places:
            if mention.specificity < best and best >= 2:
                continue
            if any(_contains_or_anchors(other, mention) for other in places if other is not mention):
                continue
            if any(c.place.id == mention.place.id for c in chosen):
                continue
            chosen.append(mention)
        located = [m for m in chosen if m.located]
        return located if located and len(located) < len(chosen) else chosen

    def _window(self, view: SentenceView, place: PlaceMention | None,
                places: list[PlaceMention]) -> list[Hit]:
        if place is None or len(places) < 2:
            return view.hits
        ordered = sorted(places, key=lambda p: p.start)
        index = ordered.index(place)
        low = ordered[index - 1].end if index > 0 else view.sentence.tokens[0].index
        high = ordered[index + 1].start if index + 1 < len(ordered) else view.sentence.tokens[-1].index + 1
        window = [h for h in view.hits if low <= h.start < high]
        if not any(h.kind in ("event", "weapon", "outcome") for h in window):
            return view.hits
        shared = [h for h in view.hits if h.kind in ("cue", "casualty", "actor") and h not in window]
        return window + shared

    def _source_range(self, view: SentenceView, trigger: Hit) -> tuple[int, int] | None:
        """Tokens naming who reports the event: "ont indiqué le responsable militaire...",
        "selon des sources sécuritaires", "A source in Ukraine's General Staff said..."."""
        first = view.sentence.tokens[0].index
        end = view.sentence.tokens[-1].index + 1
        last_trigger = max((h.start for h in view.hits if h.kind in ("event", "weapon", "outcome")), default=-1)
        for hit in view.of("cue", "attribution"):
            if hit.start >= trigger.end and hit.start > last_trigger:
                span = source_span(self.ctx, view, hit)  # ", police and residents said": the speakers too
                return (span[0] if span and span[0] > last_trigger else hit.start), end
            if hit.end <= trigger.start:
                if self.ctx.prepared.tokens[hit.start].norm in self.according_to:
                    return hit.start, min(hit.end + 8, trigger.start)
                if hit.start - first <= 8:  # "Police said gunmen attacked..."
                    return first, hit.end
        return None

    def _date(self, view: SentenceView, trigger: Hit) -> tuple[dt.date, int, tuple[int, int] | None, str]:
        times = [t for t in view.times if t.kind != "year"]
        spoken = spoken_days(view)
        own = [t for t in times if t.start not in spoken]
        if own:
            best = min(own, key=lambda t: abs(t.start - trigger.start))
            return best.day, best.precision, (best.start, best.end), f"{best.kind} in the sentence"
        years = [t for t in view.times if t.kind == "year" and t.day.year < self.ctx.reference.year]
        if not times and years:  # "In 2014, ...": background
            return years[0].day, 3, (years[0].start, years[0].end), "a past year in the sentence"
        if times:  # "said on Thursday that it had struck": before the statement
            said = times[0]
            if view.has("cue", "pluperfect"):
                return said.day - dt.timedelta(days=1), 2, (said.start, said.end), "before the statement"
            return said.day, said.precision, (said.start, said.end), "day of the statement"
        paragraph = view.sentence.paragraph
        inherited = self.ctx.last_date.get(paragraph) or self.ctx.lead_date
        if inherited:
            return inherited.day, inherited.precision, None, "inherited from context"
        precision = 1 if self.ctx.reference_known else 2
        return self.ctx.reference, precision, None, "publication day"

    def _claimed_by(self, view: SentenceView, trigger: Hit) -> tuple[str, int, int] | None:
        """The source of the report: a reporting phrase after the trigger ("..., a US official
        said"), else an "according to" before it ("selon la police, ..."), else a speaking actor
        ("the White House said on Thursday that it had struck...")."""
        hit = reporting_phrase(view, "attribution", after=trigger.end - 1)
        if hit is None:
            before = [h for h in view.of("cue", "attribution") if h.end <= trigger.start]
            according = [h for h in before if self.ctx.prepared.tokens[h.start].norm in self.according_to]
            hit = according[0] if according else None
            if hit is None:
                speaker = next((a for h in before for a in view.of("actor") if h.start - 1 <= a.end <= h.start),
                               None)
                return self.ctx.span_text(speaker.start, speaker.end) if speaker is not None else None
        span = source_span(self.ctx, view, hit)
        return self.ctx.span_text(*span) if span else None


_CROWD_EVENTS = frozenset({"protest", "riot", "mob"})  # crowds are counted in hundreds; events are not
_ESCALATIONS = frozenset({"arrest", "intervention", "lethal_force"})
_DAYS = frozenset({"weekday", "relative", "explicit", "night"})


def _territory_by_side(classification: Classification, roles: Roles) -> Classification:
    """Who took the town decides: the state regains territory, anyone else overtakes it."""
    sub = classification.sub_event_type
    if sub not in (S.GOVERNMENT_REGAINS_TERRITORY, S.NON_STATE_ACTOR_OVERTAKES_TERRITORY) or roles.actor1 is None:
        return classification
    state = roles.actor1.ref.category in ("military", "police") or (
        roles.actor1.ref.category == "named" and roles.actor1.ref.inter == 1)
    kind = S.GOVERNMENT_REGAINS_TERRITORY if state else S.NON_STATE_ACTOR_OVERTAKES_TERRITORY
    return classification if kind is sub else replace(classification, sub_event_type=kind,
                                                      reason=classification.reason + "; by the actor's side")


def _figurative(view: SentenceView, word: Hit) -> bool:
    """Whether ``word`` is part of, or right beside, a figure of speech ("price war")."""
    return any(h.start <= word.start < h.end or 0 <= h.start - word.end <= 2 or 0 <= word.start - h.end <= 2
               for h in view.of("cue", "figurative"))


def _without_figurative(view: SentenceView, hits: list[Hit]) -> list[Hit]:
    """``hits`` without the acts a figure of speech is made of ("a price war", "shell-shocked")."""
    if not view.has("cue", "figurative"):
        return hits
    return [h for h in hits if h.kind not in ("event", "weapon", "outcome") or not _figurative(view, h)]


def _arrest_over_earlier_act(classification: Classification, window: list[Hit]) -> Classification:
    """"Police arrested 14 members of a kidnapping gang", "detuvieron a dos sospechosos del
    atentado": the arrest is told first and the crime is its object, so the event is the arrest."""
    acts = sorted((h for h in window if h.kind in ("event", "weapon")), key=lambda h: h.start)
    if not acts or acts[0].label != "arrest" or classification.sub_event_type in DEMONSTRATION_SUB_TYPES \
            or classification.sub_event_type is S.ARRESTS:
        return classification
    return Classification(S.ARRESTS, None, False, "an arrest told before the act it is about")


def _contains_or_anchors(other: PlaceMention, mention: PlaceMention) -> bool:
    """Whether ``mention`` only locates ``other`` (its container or its reference point)."""
    if mention.specificity > other.specificity:
        return False
    follows = 0 <= mention.start - other.end <= 5
    if mention.relation == "near" and follows:
        return True
    if mention.place.kind == "country" and other.place.country_code == mention.place.country_code:
        return True
    if mention.place.kind in ("admin1", "region") and other.place.admin1 and \
            other.place.admin1.lower() == mention.place.name.lower():
        return True
    if follows and mention.specificity < other.specificity:  # "Al-Harir à Erbil"
        distance = haversine_km(other.place.lat, other.place.lon, mention.place.lat, mention.place.lon)
        return distance < 60
    if 0 <= mention.start - other.end <= 2 and mention.place.population >= 5 * max(other.place.population, 1):
        distance = haversine_km(other.place.lat, other.place.lon, mention.place.lat, mention.place.lon)
        return distance < 40  # "Kyivskyi, Kharkiv": a district or town named with its city
    return False
