"""From one sentence to event frames: is it an event, what, where, when, who, how many.

A frame is one event as one sentence tells it. :class:`FrameBuilder` composes three
collaborators: the gates (:mod:`.gates`: threats, denials, tallies, trials or sport produce no
frame; claims record what they say instead), the place resolver
(:mod:`dateline.extraction.places`) and the actor mentions (:mod:`.mentions`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Set
from dataclasses import dataclass, field, replace

from ...actors.roles import ActorMention, Roles, assign_roles
from ...normalize import COMMAS, fold_key
from ...packs.vocabulary import (
    TRIGGER_KINDS,
    ActorCategory,
    Casualty,
    Cue,
    EventWord,
    HitKind,
    Measure,
    Qualifier,
)
from ...taxonomy import SubEventType as S
from .. import tuning as T
from ..hits import Hit
from ..places import PlaceMention, PlaceResolver
from .calm import calm_told
from .classify import Classification, classify
from .clauses import (
    act_agent,
    act_before_deaths,
    act_before_passive_deaths,
    after_preposition,
    agent_after_the_wounded,
    agent_after_victims,
    agent_before_participle,
    coordinated,
    embedded_relatives,
    final_passive,
    interceptions,
    main_clause_start,
    opening_attack,
    protesters_as_object,
    response_clause,
    taking_over_clash,
    target_word_end,
    weapon_subject,
    without_noun_agent,
)
from .context import DocContext, SentenceView, day_ends
from .event_places import event_places, not_place_tokens, struck_ends
from .figures import Figures
from .frame_dates import Joiners, frame_date, list_head, place_part, place_window
from .gates import Gates, Skip, SkipReason, without_figurative
from .mentions import ActorMentions
from .not_event_places import country_of_far_anchors, places_not_of_the_event
from .reference import REPORT_DAYS
from .retype import (
    agreement_over_its_object,
    another_crowd,
    arrest_after_act,
    arrest_over_earlier_act,
    crowd_as_civilians,
    crowd_clash,
    crowd_violence,
    fire_on_aid_seekers,
    first_arrest,
    force_on_the_crowd,
    killing_told_first,
    placed_apart,
    protest_story,
    protesters_attack,
    repelled,
    state_attack_on_a_place,
    territory_by_side,
    without_support,
)
from .sources import according_to_first_words, claimed_by, source_range
from .territory import territory_checked
from .timex import last_day
from .town_tolls import counted_per_place, counted_places, tolls_by_act, tolls_by_clause, tolls_by_place, tolls_of_parts


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
    summary: Frame | None = None  # a daily summary's town line: the summary it belongs to
    second: Frame | None = None  # another event the same sentence tells ("… after soldiers arrested …")
    quoted: bool = False  # told inside a quotation: a witness or an official retelling
    told_at: PlaceMention | None = None  # the town where it was reported ("told reporters in the capital X")
    apart: bool = False  # a second crowd of its sentence ("others rallied outside"): never one event with it

    @property
    def sub(self) -> S:
        return self.classification.sub_event_type

    @property
    def weak(self) -> bool:
        """Violence told without a weapon or a fight ("nine people were killed", "the attack"):
        usually a detail of an event the article reports more precisely elsewhere."""
        return self.sub in (S.ATTACK, S.ARMED_CLASH) and self.classification.weapon in (None, "firearm", "blade") \
            and "clash" not in self.events

    @property
    def own_day(self) -> bool:
        """Whether the sentence gives the event's own day: not the publication day, the day
        something was said about it, or a day inherited from the sentences before."""
        return self.date_span is not None and self.date_reason not in REPORT_DAYS


class FrameBuilder:
    """The frames of one document's sentences: gates first, then places, actors, the rest."""

    def __init__(self, context: DocContext, resolver: PlaceResolver) -> None:
        self.ctx = context
        self.resolver = resolver
        pack = context.prepared.pack
        self.verb_final = pack.grammar.verb_final
        self.verb_initial = pack.grammar.verb_initial
        self.according_to = according_to_first_words(pack)
        self.genitive = pack.grammar.genitive
        self.conjunctions = frozenset(pack.grammar.conjunctions)
        # what may stand between the towns of one list ("в Хасавюрте и в Кизляре")
        self.joiners = Joiners(context.prepared.doc.text, frozenset(fold_key(w) for w in self.conjunctions),
                               resolver.words.locatives)
        self.cased = pack.meta.script.cased
        self.gates = Gates(context, self.according_to)
        self.actors = ActorMentions(context, resolver.words.locatives, self.according_to,
                                    pack.grammar.self_reference, self.genitive)
        self.protest_story = protest_story(context)
        # live fire on the crowd told somewhere in that story: deaths with no killer named are its
        self.fire_on_crowd = self.protest_story and any(v.has(HitKind.EVENT, EventWord.LETHAL_FORCE)
                                                        for v in context.views)

    # -- building ------------------------------------------------------------------------

    def frames(self, view: SentenceView) -> list[Frame] | Skip:
        triggers = [h for h in without_figurative(view, view.hits) if h.kind in TRIGGER_KINDS]
        if triggers and self._heading(view):
            return Skip(view, SkipReason.HEADING)  # "PROTESTAS EN PUNO": a section, not an event
        if triggers and all(protesters_as_object(view, t) for t in triggers):
            triggers = []  # "met ministers over police conduct towards the protesters": no protest told
        if not triggers:
            if view.has(HitKind.CUE, Cue.FIGURATIVE):
                return Skip(view, SkipReason.FIGURATIVE)  # "a shell-shocked defence"
            if view.has(HitKind.CUE, Cue.BLAME) or view.has(HitKind.CUE, Cue.CLAIM):
                self.actors.note_claimant(view)  # "Al Shabaab claimed responsibility."
            return []
        free = self.gates.free_triggers(view, triggers)
        if not free and self.gates.all_to_come(view, triggers):
            return Skip(view, SkipReason.FUTURE)  # "ont appelé à une nouvelle journée de mobilisation"
        if free and len(free) < len(triggers):  # the acts of a background phrase are not the news
            background = {t.start for t in triggers} - {t.start for t in free}
            view = replace(view, hits=[h for h in view.hits
                                       if h.kind not in TRIGGER_KINDS or h.start not in background])
            triggers = free
        first_trigger = min(triggers, key=lambda h: h.start)
        if purpose := self.gates.purpose_casualties(view, first_trigger):  # the dead a crowd marched for
            view = replace(view, hits=[h for h in view.hits if h.kind != HitKind.CASUALTY or h.start not in purpose])
        reason = self.gates.gate(view, self._main_trigger(view, triggers, None))
        if reason:
            if reason == SkipReason.ATTRIBUTION:
                self.actors.note_claimant(view)
            return Skip(view, reason)
        blocked = self.blocked(view)
        source = source_range(self.ctx, view, first_trigger, self.according_to)
        resolved = self.resolver.resolve(view.sentence.tokens, view.hits, blocked, self.ctx.focus,
                                         self.ctx.prepared.doc.text)
        places = [p for p in resolved
                  if not (source and source[0] <= p.start < source[1]) and not self.gates.chanted(view, p.start)]
        told_at = next((p for p in resolved if source and source[0] <= p.start < source[1]
                        and p.place.kind not in ("country", "admin1", "region") and p.relation == "in"), None)
        acting = places_not_of_the_event(self.ctx, view, places, first_trigger, self.actors,
                                         verb_initial=self.verb_initial, genitive=self.genitive)
        kept = [p for p in places if p.start not in acting] \
            or country_of_far_anchors(self.ctx, view, places, self.resolver.country_place)
        counted = counted_places(self.ctx, view, kept)
        counted = counted if len(counted) >= 2 else set()  # "19 over Rostov, 6 over Bryansk"
        acts = {i for h in view.hits if h.kind in TRIGGER_KINDS or h.kind == HitKind.CASUALTY
                for i in range(h.start, h.end)}
        joined = frozenset(t.index for t in view.sentence.tokens if t.norm in self.conjunctions)
        event_places = self.event_places(kept, counted=counted, acts=acts, joined=joined,
                                         struck=struck_ends(view, first_trigger))
        if event_places and all(p.place.kind == "country" for p in event_places) and (
                self.gates.counted_weapons(view) >= T.AGGREGATE_WEAPONS or self.gates.large_toll(view)):
            return Skip(view, SkipReason.AGGREGATE)  # "Russia launched 112 drones at the country overnight"
        if len(event_places) >= 2 and self.gates.counted_weapons(view) >= T.AGGREGATE_WEAPONS_PLACES \
                and not counted_per_place(self.ctx, view, event_places):
            # "31 drones shot down over the Belgorod, Kursk and Bryansk regions"; but "19 over Rostov,
            # 6 over Bryansk" is one interception per region
            return Skip(view, SkipReason.AGGREGATE)
        frames = []
        located: list[PlaceMention | None] = [*event_places] or [None]  # no place: one frame, placed later
        for place in located:
            window = place_window(view, place, event_places, counted, self.joiners)
            head = list_head(view, place, event_places, self.joiners) if not counted else place
            part = place_part(view, place, event_places, counted, self.joiners) if window is not view.hits else None
            frame = self._frame(view, window, place, places, first_trigger, head, part)
            if frame is not None:
                frame.told_at = told_at if place is None else None
                frames.append(frame)
                if frame.second is not None:
                    frames.append(frame.second)
                    frame.second = None
        if not frames and view.has(HitKind.CUE, Cue.CLAIM):  # "JNIM claimed responsibility, saying its
            self.actors.note_claimant(view)  # fighters had seized weapons": no event of its own, a claimant
        if view.has(HitKind.CUE, Cue.SPREAD) and (parts := tolls_of_parts(self.ctx, view, frames)):
            return [replace(f, figures=parts[f.place.start]) for f in frames if f.place and f.place.start in parts]
        if len({f.place.place.id for f in frames if f.place is not None}) >= 2:
            # "hit Kyiv, Odesa and Kharkiv, killing at least five": a total, no town's own toll;
            # "sept morts à Saqqez et trois à Bukan": each town its own
            towns = [f.place for f in frames if f.place is not None]
            tolls = tolls_by_clause(self.ctx, view, towns) or tolls_by_place(self.ctx, view, towns) \
                or tolls_by_act(self.ctx, view, [(f.place, f.trigger) for f in frames if f.place is not None])
            # ... and a sentence telling of several towns restates no single event told before ("in a
            # second statement, the group announced attacks on Kayes and Nioro")
            frames = [replace(f, figures=tolls.get(f.place.start, Figures()) if f.place else Figures(), restates=False)
                      for f in frames]
        return frames

    def told_of(self, view: SentenceView, event: Frame, toll: int = T.TOLL) -> bool:
        """Whether a sentence without an act may tell more of ``event``: no tally, history or
        habit, no day before the event's or year (a day after it is when it was said: "teilte
        am Dienstagabend mit"), no toll of a war ("des centaines de milliers de morts"; a figure
        from ``toll`` up)."""
        if view.labels(HitKind.CUE) & {Cue.TALLY, Cue.HISTORICAL, Cue.HABITUAL} \
                or any(t.day < event.day or t.kind == "year" for t in view.times):
            return False
        figures = self.ctx.figures(view)
        return view.has(HitKind.CUE, Cue.TOLL_UPDATE) or all(  # "the toll has risen to 150": that event's
            f is None or f.value < toll for f in (figures.killed, figures.injured))

    def _heading(self, view: SentenceView) -> bool:
        """A section heading inside the story: a few words in capitals, no full stop."""
        if view.sentence.index == 0 or not self.cased or len(view.sentence.tokens) > T.HEADING_WORDS:
            return False
        text = self.ctx.prepared.doc.text
        words = [text[t.start:t.end] for t in view.sentence.tokens if not t.is_digit]
        return bool(words) and all(w.isupper() for w in words) \
            and not text[view.sentence.start:view.sentence.end].rstrip().endswith((".", "!", "?"))

    def detail(self, view: SentenceView, last: Frame | None) -> Frame | None:
        """Figures told in a sentence of their own right after an event ("Trois autres
        militaires ont été blessés, a précisé ce responsable") belong to that event, not to a
        tally: no event word, no tally or history cue, no day other than the event's."""
        if last is not None and view.has(HitKind.QUALIFIER, Qualifier.UPDATED) \
                and not any(h.kind in TRIGGER_KINDS for h in view.hits):
            return self.toll(view, last)  # "The death toll rose to 18 on Wednesday"
        if last is None or not view.has(HitKind.CASUALTY) \
                or view.sentence.paragraph - last.view.sentence.paragraph > 1 \
                or any(h.kind in TRIGGER_KINDS for h in view.hits):
            return None  # a sentence with an act of its own is not a detail of another
        nearby = view.sentence.paragraph - last.view.sentence.paragraph <= 1 \
            and not view.has(HitKind.MEASURE, Measure.TIMES)  # "100 policemen were hurt": one riot's toll
        if not self.told_of(view, last, T.TOLL_OF_ONE_EVENT if nearby else T.TOLL):
            return None
        figures = self.ctx.figures(view)
        if not [f for f in (figures.killed, figures.injured) if f is not None]:
            return None
        return replace(last, view=view, figures=figures, roles=Roles(None, None, "detail"), claimed_by=None,
                       detail_of=last.detail_of or last)

    def happened(self, view: SentenceView, last: Frame | None) -> Frame | None:
        """"The tragedy happened on Monday evening in the town of X": a sentence with no act of
        its own that says where or when the event told just before happened is a detail giving
        that event its place and day."""
        if last is None or not view.has(HitKind.CUE, Cue.HAPPENED) \
                or any(h.kind in TRIGGER_KINDS for h in view.hits) \
                or view.sentence.paragraph - last.view.sentence.paragraph > T.HAPPENED_PARAGRAPHS \
                or view.labels(HitKind.CUE) & {Cue.TALLY, Cue.HISTORICAL, Cue.HABITUAL}:
            return None
        if last.own_day and not self.told_of(view, last):
            return None  # a lead with a day of its own: no earlier day for it
        cue = next(iter(view.of(HitKind.CUE, Cue.HAPPENED)))
        places = self.resolver.resolve(view.sentence.tokens, view.hits, self.blocked(view), self.ctx.focus,
                                       self.ctx.prepared.doc.text)
        country = last.place.place.country_code if last.place is not None else None
        own = [p for p in self.event_places(places) if p.place.kind != "country"
               and (country is None or p.place.country_code == country)]
        day, precision, date_span, date_reason = frame_date(self.ctx, view, cue,
                                                            embedded_relatives(self.ctx.prepared, view, cue))
        if not own and (date_span is None or date_reason in REPORT_DAYS):
            return None  # neither a place nor a day: nothing to add
        place = own[0] if own else last.place
        return replace(last, view=view, place=place, place_inherited=not own, day=day, precision=precision,
                       date_span=date_span, date_reason=date_reason, figures=Figures(),
                       roles=Roles(None, None, "detail"), claimed_by=None, restates=False,
                       detail_of=last.detail_of or last)

    def toll(self, view: SentenceView, last: Frame | None, updates_only: bool = False) -> Frame | None:
        """A toll the gates read as a tally, told right after an event, is that event's toll:
        "Через це загинула 31 людина та майже 170 постраждали" after the bombing (a count of a
        hundred or more with no day of its own), or an update ("the death toll rose to 18")."""
        if last is None or not view.has(HitKind.CASUALTY) or self.actors.claim_told(view):
            return None
        figures = self.ctx.figures(view)
        told = [f for f in (figures.killed, figures.injured) if f is not None and f.value > 0]
        if not told:
            return None
        if updates_only and not any(f.updated for f in told):
            return None
        if any(f.updated for f in told):
            near = view.sentence.paragraph - last.view.sentence.paragraph <= T.TOLL_UPDATE_PARAGRAPHS
        else:
            largest = max(f.value for f in told)
            near = view.sentence.paragraph - last.view.sentence.paragraph <= 1 and not view.labels(HitKind.CUE) & {
                Cue.TALLY, Cue.HISTORICAL, Cue.HABITUAL} and T.TOLL <= largest < T.TOLL_OF_ONE_EVENT \
                and not view.has(HitKind.MEASURE, Measure.TIMES)  # "estos hechos han dejado …": several events
        if not near or any(t.day < last.day or t.kind == "year" for t in view.times):
            return None  # a day after the event's is when the toll was told
        return replace(last, view=view, figures=figures, roles=Roles(None, None, "detail"), claimed_by=None,
                       detail_of=last.detail_of or last)

    def _frame(self, view: SentenceView, window: list[Hit], place: PlaceMention | None,
               places: list[PlaceMention], first_trigger: Hit, head: PlaceMention | None = None,
               part: tuple[int, int] | None = None) -> Frame | None:
        """The event ``window`` tells at ``place``; ``head``: the first town of the list ``place``
        is told in, whose act is the list's; ``part``: the tokens of the sentence that tell of
        ``place`` alone, where a word of calm must stand to make its protest peaceful ("police
        fired tear gas in Nairobi, while marches in Mombasa were peaceful")."""
        window = self._without_said_force(view, without_figurative(view, self._without_negated(view, window)))
        window = without_support(view, window)
        weapons = {h.label for h in window if h.kind == HitKind.WEAPON}
        events = {h.label for h in window if h.kind == HitKind.EVENT}
        outcomes = {h.label for h in window if h.kind == HitKind.OUTCOME}
        events = agreement_over_its_object(
            territory_checked(self.ctx, view, events, places, verb_final=self.verb_final, cased=self.cased), window)
        events, weapons = fire_on_aid_seekers(self.ctx, view, events, weapons)
        if EventWord.PROTEST in events and protesters_attack(window):
            events = events | {EventWord.RIOT}  # "protesters tried to storm the governor's residence"
        elif events & {EventWord.INTERVENTION, EventWord.LETHAL_FORCE} and any(
                h.kind == HitKind.ACTOR and h.label == ActorCategory.PROTESTERS for h in window):
            events = events | {EventWord.PROTEST}  # "hat 100 Demonstranten festgenommen": force on a crowd
        figures = self.ctx.figures(view)
        impact = bool((figures.killed and figures.killed.value) or (figures.injured and figures.injured.value)) \
            or (bool(weapons & {"firearm", "blade"}) and any(h.kind == HitKind.CASUALTY for h in window))  # "Le maire
        # … a été tué par balles": someone shot dead, though no number counts them
        triggers = [h for h in window if h.kind in TRIGGER_KINDS and (h.kind != HitKind.EVENT or h.label in events)] \
            or [h for h in window if h.kind in TRIGGER_KINDS] or [first_trigger]  # not a territory word dropped
        trigger = self._main_trigger(view, triggers, head or place)
        predicate = self._predicate(view, window, trigger)
        mentions = self.actors.mentions(view, places, predicate)
        # a passive of the blame ("El ELN fue acusado de asesinar a dos campesinos") is not the act's
        verbs_between = [h.start for h in view.hits if h.kind in (HitKind.EVENT, HitKind.CASUALTY)
                         or (h.kind == HitKind.CUE and h.label == Cue.BLAME)]
        # "the insurgents, who are believed to be inspired by preachers, killed two": a passive inside a
        # relative clause describes its noun, not the act after it
        relatives = embedded_relatives(self.ctx.prepared, view, predicate)
        passive = any(predicate.start - T.PASSIVE_WINDOW <= h.end <= predicate.start + 1
                      and not any(h.end <= v < predicate.start for v in verbs_between)  # "was killed when gunmen fired"
                      and not any(a <= h.start < b for a, b in relatives)
                      and not any(m.start <= h.start < m.end for m in mentions)  # "gunmen believed to be from X"
                      for h in view.of(HitKind.CUE, Cue.PASSIVE)) \
            or (predicate.kind == HitKind.EVENT and any(  # "des obus tirés par les houthis", "died at the hands of"
                h.start == predicate.end or predicate.start <= h.start < h.end - 1 < h.end == predicate.end
                for h in view.of(HitKind.CUE, Cue.PASSIVE_AGENT))) \
            or (self.verb_initial and agent_after_victims(view, mentions, predicate)) \
            or (self.verb_initial and agent_after_the_wounded(view, mentions, predicate))
        aux = final_passive(self.ctx.prepared, view, predicate) if self.verb_final and not passive else None
        passive = passive or aux is not None  # "wurden am Montag bei Djibo von Dschihadisten getötet"
        final_agent = agent_before_participle(view, aux, predicate) if aux is not None else None
        done_by = any(h.start == predicate.start for h in view.of(HitKind.CUE, Cue.PASSIVE_AGENT))
        # "هجوم نفذه مسلحون" (an attack gunmen carried out): the doers follow, the target came before
        sides = [m for m in without_noun_agent(view, mentions, predicate, self.ctx.prepared)
                 if final_agent is None or not 0 <= m.start - final_agent <= T.AGENT_WINDOW]  # who did it
        # "Cinco soldados murieron en un ataque del ELN": the act's author named after its word
        author = any(m.ref.armed and not m.victim for m in mentions if m not in sides)
        conjoined = frozenset(t.index for t in view.sentence.tokens if t.norm in self.conjunctions)
        target_armed = self.actors.target_armed(sides, predicate, passive or done_by, self.verb_final,
                                                self.verb_initial, author_named=author, joined=conjoined)
        # gunfire told as such, not an armed men's word ("gunmen" is a side, "opened fire" an act)
        gunfire = any(h.kind == HitKind.WEAPON and h.label == "firearm" and not any(
            a.kind == HitKind.ACTOR and a.start <= h.start < a.end for a in window) for h in window)
        classification = classify(weapons, events, outcomes, target_armed=target_armed, impact=impact, gunfire=gunfire,
                                  killed=bool(figures.killed and figures.killed.value), mentions=mentions,
                                  peaceful=calm_told(view, window, part, self.ctx.prepared.doc.text),
                                  protest_story=self.protest_story)
        if classification is None:
            return None
        classification = killing_told_first(arrest_over_earlier_act(classification, window, impact), window,
                                            figures.killed)
        if classification.sub_event_type is S.ARRESTS and predicate.label != EventWord.ARREST and any(
                h.kind == HitKind.EVENT and h.label == EventWord.ARREST for h in window):
            predicate = first_arrest(window)  # "затримали двох, які на замовлення РФ підпалили …": the arrest's sides
        arrest_too = arrest_after_act(classification, window)
        # "ejecutadas por", "alcanzado por": the agent word may close the event phrase, or be it ("بنيران")
        agent_cue = next((h.end for h in view.of(HitKind.CUE, Cue.PASSIVE_AGENT) if h.start >= predicate.start), None)
        if agent_cue is None and passive:
            agent_cue = final_agent or self._instrumental_agent(mentions, predicate)
        target_cue = target_word_end(view, predicate.start)
        roles = assign_roles(classification.sub_event_type, predicate.start, predicate.end, mentions,
                             passive=passive, agent_cue=agent_cue, target_cue=target_cue,
                             predicate_is_outcome=predicate.kind == HitKind.OUTCOME, verb_final=self.verb_final,
                             verb_initial=self.verb_initial and not after_preposition(
                                 self.ctx.prepared, self.resolver.words.locatives, predicate),
                             act_agent=act_agent(view, self.ctx.prepared),
                             noun_trigger=predicate.kind == HitKind.EVENT
                             and predicate.label in (EventWord.ATTACK, EventWord.STRIKE)
                             and (not self.genitive or self.actors.genitive_between(predicate.end, predicate.end + 1)
                                  or any(m.start == predicate.end for m in mentions))  # "un ataque yihadista"
                             and not weapon_subject(view, predicate),
                             clash_word=predicate.kind == HitKind.EVENT and predicate.label == EventWord.CLASH,
                             clause_starts=self._clause_starts(view, places),
                             far_subject=self.actors.far_subject(view, mentions, predicate, self.verb_final),
                             counted=_counted(view) if classification.sub_event_type is S.ARRESTS or (
                                 impact and classification.sub_event_type is S.ARMED_CLASH) else frozenset(),
                             joined=conjoined)
        roles = self.actors.with_blame(view, roles, classification, mentions)
        classification, roles = repelled(view, classification, roles, mentions)
        classification = territory_by_side(classification, roles)
        if self.protest_story:
            classification = force_on_the_crowd(classification, roles, self.fire_on_crowd and weapons <= {"firearm"})
            classification = crowd_violence(classification, roles, weapons, [m.ref for m in mentions])
        classification = crowd_clash(classification, roles, weapons)
        roles = crowd_as_civilians(classification, roles)
        if not impact:
            classification = state_attack_on_a_place(classification, roles, weapons, events)
        day, precision, date_span, date_reason = frame_date(self.ctx, view, trigger,
                                                            embedded_relatives(self.ctx.prepared, view, trigger))
        # history; a month named alone in the lead ("en avril", told on 2 May) only when all of it is
        latest = last_day(day, precision) if view.sentence.index < T.LEAD_SENTENCES else day
        if (self.ctx.reference - latest).days > T.HISTORY_DAYS:
            return None
        if place is not None and place.place.kind == "country" and date_span is None and (
                view.sentence.index >= T.LEAD_SENTENCES or classification.sub_event_type is S.AGREEMENT):
            return None  # "US troops are fighting remnants of Islamic State in Syria": no place, no day
        # (a lead with a country alone tells the story's event, "Mindestens 35 Menschen sind bei einer
        # Minenexplosion in Burkina Faso getötet worden", when the story places it better: story.refined)
        reported = view.has(HitKind.CUE, Cue.PLUPERFECT) and any(  # "the army said its units had repelled the assault"
            h.start < trigger.start for h in view.of(HitKind.CUE, Cue.ATTRIBUTION))
        restates = reported or any(0 <= trigger.start - h.end <= T.RESTATES_WINDOW
                                   for h in view.of(HitKind.CUE, Cue.ATTRIBUTION))
        source = claimed_by(self.ctx, view, trigger, self.according_to, self.verb_initial)
        frame = Frame(view, classification, trigger, place, False, day, precision, date_span,
                      date_reason, roles, figures, source, events, weapons, restates,
                      quoted=self.gates.quoted(view, trigger.start))
        if arrest_too is not None:  # "fighting broke out after soldiers arrested a commander": two events
            arrest = first_arrest(window)
            arrest_roles = assign_roles(S.ARRESTS, arrest.start, arrest.end, mentions, passive=False, agent_cue=None,
                                        target_cue=None, predicate_is_outcome=False, verb_final=self.verb_final,
                                        verb_initial=self.verb_initial, noun_trigger=False)
            frame.second = replace(frame, classification=arrest_too, trigger=arrest, roles=arrest_roles,
                                   figures=Figures(), events={EventWord.ARREST})
        elif (crowd := another_crowd(classification, window, view.of(HitKind.CUE, Cue.OTHERS))) is not None \
                and not placed_apart(crowd, place, places):
            # "… as others rallied in front of the White House": a second demonstration, peaceful
            # unless its own words say more
            crowd_roles = assign_roles(S.PEACEFUL_PROTEST, crowd.start, crowd.end, mentions, passive=False,
                                       agent_cue=None, target_cue=None, predicate_is_outcome=False,
                                       verb_final=self.verb_final, verb_initial=self.verb_initial, noun_trigger=False)
            frame.second = replace(frame, classification=Classification(S.PEACEFUL_PROTEST, None, False,
                                                                         "another crowd of the sentence"),
                                   trigger=crowd, roles=crowd_roles, figures=Figures(), events={EventWord.PROTEST},
                                   weapons=set(), apart=True)
        return frame

    def _clause_starts(self, view: SentenceView, places: list[PlaceMention]) -> frozenset[int]:
        """Tokens opening a description of a place ("in Manbij, which the SDF seeks to control",
        "à Goma, tenue par le M23"): a comma right after a place name. Its actors hold or
        covet the place; they are not what the act hit."""
        text, tokens = self.ctx.prepared.doc.text, view.sentence.tokens
        ends = {p.end for p in places}
        return frozenset(b.index for a, b in zip(tokens, tokens[1:], strict=False)
                         if a.index + 1 in ends and any(c in COMMAS for c in text[a.end:b.start]))

    def _main_trigger(self, view: SentenceView, triggers: list[Hit], place: PlaceMention | None) -> Hit:
        """The trigger nearest the event's place; else the most specific word. A place told
        outside a clause of cause ("... on El Obeid, in response to shelling by the army") has
        its act outside it too."""
        after = {h.end for h in view.of(HitKind.CUE, Cue.BACKGROUND)}  # "بعد معارك": what came before the act
        triggers = [h for h in triggers if h.start not in after] or triggers
        if place is not None:
            cause = response_clause(self.ctx.prepared, view)
            if not cause[0] <= place.start < cause[1]:
                triggers = [h for h in triggers if not cause[0] <= h.start < cause[1]] or triggers
            return min(triggers, key=lambda h: (abs(h.start - place.start), h.kind != HitKind.EVENT))
        rank: dict[str, int] = {HitKind.OUTCOME: 0, HitKind.EVENT: 1, HitKind.WEAPON: 2}
        return min(triggers, key=lambda h: (rank[h.kind], h.start))

    def _without_negated(self, view: SentenceView, window: list[Hit]) -> list[Hit]:
        """"no arrests or injuries", "aucune interpellation": a negated word reports nothing."""
        casualty_tokens = {i for h in view.of(HitKind.CASUALTY) for i in range(h.start, h.end)}
        negations = [h for h in view.of(HitKind.CUE, Cue.NEGATION) if h.start not in casualty_tokens]
        return [h for h in window if not (h.kind in (HitKind.EVENT, HitKind.WEAPON) and (
            any(0 <= h.start - n.end <= 1 for n in negations) or
            (h.label in _ESCALATIONS and any(0 < n.start - h.end <= 3 for n in negations))))]

    def _without_said_force(self, view: SentenceView, window: list[Hit]) -> list[Hit]:
        """Force on a crowd that is only said or asked about is none used on it: words in quotation
        marks ("criticised the "repression of critics""), and the arrested whose release the crowd
        demands ("требуют освобождения арестованных", "demanding the release of detained students"),
        unless the crowd's own noun: "tres manifestantes fueron detenidos" are the arrested."""
        crowd = {(h.start, h.end) for h in window if h.kind == HitKind.ACTOR and h.label == ActorCategory.PROTESTERS}
        demands = [h.end for h in window if h.kind == HitKind.EVENT and h.label in (
            EventWord.RELEASE, EventWord.PROTEST) and (h.start, h.end) not in crowd]
        return [h for h in window if not (h.kind == HitKind.EVENT and h.label in _ESCALATIONS and (
            self.gates.quoted(view, h.start)
            or (h.label == EventWord.ARREST and any(0 <= h.start - end <= T.DEMANDED_WINDOW for end in demands))))]

    def _predicate(self, view: SentenceView, window: list[Hit], trigger: Hit) -> Hit:
        """The verb whose voice decides the roles: the event word nearest the trigger,
        preferring the first one of the window ("a été visé par l'explosion d'un IED")."""
        verbs = [h for h in window if h.kind in (HitKind.EVENT, HitKind.OUTCOME)]
        opening = main_clause_start(self.ctx.prepared, view)
        verbs = [h for h in verbs if h.start >= opening] or verbs  # "After a night of fighting, the rebels took..."
        if not verbs:
            return trigger
        passive_ends = {h.end for h in view.of(HitKind.CUE, Cue.PASSIVE)}
        passives = [verb for verb in sorted(verbs, key=lambda h: h.start)
                    if any(verb.start - 1 <= end <= verb.start for end in passive_ends)]
        if passives:  # "gunmen were killed when soldiers were ambushed": the act, not the deaths
            return next((verb for verb in passives if verb.label != EventWord.KILL), None) \
                or act_before_passive_deaths(self.ctx.prepared, verbs, passives[0]) or passives[0]
        outcomes = interceptions(verbs)
        if outcomes:  # "Israel's military said it intercepted a missile launched from Yemen": the interception
            nearest = min(outcomes, key=lambda h: (abs(h.start - trigger.start), h.start))
            first = min(outcomes, key=lambda h: h.start)
            if any(first.end <= h.start and h.end <= nearest.start and h.label == EventWord.LAUNCH for h in verbs):
                # "تصدت الدفاعات لطائرات أطلقتها قوات الدعم السريع، وأسقطتها": the launch told between
                # is the weapon's relative clause; the interception after it goes on the first one's clause
                return first
            return nearest
        if self.verb_initial and (opener := opening_attack(view, verbs, opening)) is not None:
            return opener
        nearest = taking_over_clash(verbs, min(verbs, key=lambda h: (abs(h.start - trigger.start), h.start)))
        actors_end = {h.end for h in view.of(HitKind.ACTOR)}
        # verb first: the subject right after its verb ("فجّر الجيش … المنازل ... دويّ انفجارات")
        actors_after = {h.start - 1 for h in view.of(HitKind.ACTOR)} if self.verb_initial else set()
        if nearest.label == EventWord.EXPLOSION and (acted := next((  # "вибухи пролунали, окупанти атакували"
                v for v in verbs if v.label != EventWord.EXPLOSION
                and (v.start in actors_end or v.start in actors_after)), None)):
            return acted  # blasts have no agent: the act told with its subject decides the roles
        died = {h.start for h in view.of(HitKind.CASUALTY) if h.label == Casualty.KILLED}
        after = day_ends(view).get(nearest.end, nearest.end)  # "killed on Sunday three farmers"
        acts = [h for h in window if h.kind in (HitKind.EVENT, HitKind.WEAPON) and h.label != EventWord.KILL
                and opening <= h.start and h.end <= nearest.start]  # not an act of the opening phrase
        if nearest.label == EventWord.KILL and nearest.start in died and acts and not \
                any(n.start in range(after, after + 2) for n in self.ctx.numbers(view)):
            return acts[-1]  # "Неизвестные открыли огонь по посту ДПС, погиб один полицейский": who fired
        if nearest.label == EventWord.KILL and nearest.start in died \
                and (aimed := act_before_deaths(view, self.ctx.prepared, acts, nearest)) is not None:
            return aimed  # "В результате нападения боевиков на пост погибли двое": the attack's roles
        main = [h for h in acts if h.kind == HitKind.EVENT] or acts
        if nearest.label == EventWord.KILL and main and coordinated(self.ctx.prepared, main[-1], nearest):
            return main[-1]  # "Gunmen attacked a checkpoint, killing two officers": the main clause's subject acts
        return nearest

    def _instrumental_agent(self, mentions: list[ActorMention], predicate: Hit) -> int | None:
        """"заарештовані американською владою": in a language with an instrumental case (pack
        ``[grammar] instrumental``), an actor so inflected right after a passive verb is its agent."""
        endings = self.ctx.prepared.pack.grammar.instrumental
        tokens = self.ctx.prepared.tokens
        return next((m.start for m in mentions if 0 <= m.start - predicate.end <= T.INSTRUMENTAL_WINDOW
                     and any(tokens[m.start].norm.endswith(e) for e in endings)), None) if endings else None

    def blocked(self, view: SentenceView) -> set[int]:
        """Tokens that cannot be part of a place name (:func:`.event_places.not_place_tokens`)."""
        return not_place_tokens(view, self.ctx.numbers(view), self.ctx.prepared.tokens, self.resolver.introducers,
                                self.conjunctions)

    @staticmethod
    def event_places(places: list[PlaceMention], counted: Collection[int] = frozenset(),
                     acts: Set[int] | None = None, joined: Set[int] = frozenset(),
                     struck: Set[int] = frozenset()) -> list[PlaceMention]:
        """The places events happen at (:func:`.event_places.event_places`)."""
        return event_places(places, counted, acts, joined, struck)


_ESCALATIONS = frozenset({EventWord.ARREST, EventWord.INTERVENTION, EventWord.LETHAL_FORCE})


def _counted(view: SentenceView) -> frozenset[int]:
    """Tokens right after a number ("two Houthi fighters"): what stands there is counted."""
    return frozenset({h.end for h in view.hits if h.kind in (HitKind.NUMWORD, HitKind.VAGUE)}
                     | {i + 1 for i, t in enumerate(view.sentence.tokens) if t.is_digit})
