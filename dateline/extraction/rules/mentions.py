"""Who is named in a sentence, and as what: the actor mentions the roles are chosen from.

A collaborator of :class:`~.frames.FrameBuilder`: speakers are not actors ("police said"), victims
do not act ("two soldiers died", "killed two Hezbollah members"), a weapon's owner fired it
("Russian drones", "tirs d'artillerie des FSR"), and a claim of responsibility names the
attackers of the story ("JNIM claimed the attack").
"""

from __future__ import annotations

from dataclasses import replace

from ...actors.kb import OBSERVERS, ActorRef
from ...actors.roles import ActorMention, Roles
from ...normalize import breaks_clause
from ...packs.vocabulary import COUNTED_CASUALTIES, SPEECH_CUES, Cue, EventWord, HitKind
from ...taxonomy import SubEventType as S
from .. import tuning as T
from ..hits import Hit
from ..places import PlaceMention
from .classify import Classification
from .context import DocContext, SentenceView
from .sources import negated, source_range


class ActorMentions:
    """Actor mentions of one document's sentences, read with its pack's words."""

    def __init__(self, context: DocContext, locatives: frozenset[str], according_to: frozenset[str],
                 self_reference: frozenset[str], genitive: frozenset[str]) -> None:
        self.ctx = context
        self.locatives = locatives  # "in", "à": a country after one is where, not who
        self.according_to = according_to  # first words of "according to", "selon"
        self.self_reference = self_reference  # "it", "avoir": an armed speaker reporting its own act
        self.genitive = genitive  # "of", "des": the owner of a weapon follows
        self._groups: list[tuple[int, int, ActorRef]] | None = None  # (sentence, token, group), in order

    def resolved(self, ref: ActorRef, start: int) -> ActorRef:
        """"The group", "la banda", "الجماعة" (category ``group``): the non-state armed group
        named last before ``start`` in the document ("JNIM ... the group claimed"), else an
        unidentified armed group."""
        if ref.category != "group":
            return ref
        if self._groups is None:
            self._groups = [(view.sentence.start, h.start, h.actor) for view in self.ctx.views
                            for h in view.of(HitKind.ACTOR)
                            if h.actor.category == "named" and h.actor.inter in (2, 3, 4)]
        named = [(sentence, position, group) for sentence, position, group in self._groups if position < start]
        if not named:
            return replace(ref, category="unidentified")
        sentence = named[-1][0]
        in_sentence = [group for index, _position, group in named if index == sentence]
        # named earlier in the same sentence: the nearest; in an earlier sentence: its first, its subject
        return in_sentence[-1] if sentence == self._sentence_of(start) else in_sentence[0]

    def _sentence_of(self, token: int) -> int:
        offset = self.ctx.prepared.tokens[token].start
        return max((s.start for s in self.ctx.prepared.sentences if s.start <= offset), default=0)

    def with_blame(self, view: SentenceView, roles: Roles, classification: Classification) -> Roles:
        if classification.sub_event_type is S.DISRUPTED_WEAPONS_USE:
            return roles
        claimant = self.note_claimant(view)
        if claimant is not None:  # "JNIM claimed the ambush on the convoy": the claimant acted, the convoy was hit
            target = next((m for m in (roles.actor2, roles.actor1)
                           if m is not None and m.ref.side() != claimant.ref.side()), None)
            return Roles(claimant, target, roles.reason + "; attacker named by its claim")
        if roles.actor1 is not None and roles.actor1.ref.category != "unidentified":
            return roles
        blamed = self.blamed(view)
        if blamed is None:
            return roles
        return Roles(blamed, roles.actor2, roles.reason + "; attacker named by the blame")

    def mentions(self, view: SentenceView, places: list[PlaceMention], trigger: Hit) -> list[ActorMention]:
        """The actors a sentence names around ``trigger``: not its sources, not places where
        something happened, victims marked as such, weapon owners as the ones who fired."""
        source = source_range(self.ctx, view, trigger, self.according_to)
        tokens = self.ctx.prepared.tokens
        speaking = {h.start for h in view.of(HitKind.CUE) if h.label in SPEECH_CUES
                    and tokens[h.start].norm not in self.according_to}  # "X said", not "X, according to Y"
        located = {p.start for p in places}  # "in Kyiv" is where, not the government
        reporter = self._self_reporter(view, trigger, speaking)
        mentions = [ActorMention(h.start, h.end, self.resolved(h.actor, h.start)) for h in view.of(HitKind.ACTOR)
                    if h.actor.category != OBSERVERS  # "the civil defence said": a source, never a side
                    and (h is reporter or (not (source and source[0] <= h.start < source[1])
                                           and not speaking & {h.end, h.end + 1} and h.start not in located))]
        taken = {i for m in mentions for i in range(m.start, m.end)}
        text = self.ctx.prepared.doc.text
        named_starts = {m.start for m in mentions if m.ref.category == "named"}
        for place in places:  # "Israel struck", "frappé par la Russie": a country acting
            if place.place.kind != "country" or place.start in taken or (
                    source and source[0] <= place.start < source[1]):
                continue
            if named_starts & set(range(place.end, place.end + 3)):
                continue  # "Sudan's paramilitary Rapid Support Forces": the country names whose group it is
            if self.after_locative(place):
                continue  # "en Syrie", "in southern Lebanon": where, not who
            subject = place.end <= trigger.start and trigger.start - place.end <= T.SUBJECT_WINDOW \
                and not breaks_clause(text[tokens[place.end - 1].end:tokens[trigger.start].start])  # "Mali : ..."
            agent = any(h.label == Cue.PASSIVE_AGENT and place.start - 2 <= h.end <= place.start
                        for h in view.of(HitKind.CUE))
            if subject or agent:
                mentions.append(ActorMention(place.start, place.end,
                                             ActorRef("military", inter=1, country=place.place.country_code)))
        mentions = self._owners_of_weapons(view, _named_over_generic(mentions))
        numbers = {n.start for n in self.ctx.numbers(view)}
        objects = numbers | {m.start for m in mentions} | {h.start for h in view.of(HitKind.QUALIFIER)
                                                           if h.end in numbers}
        casualty_starts = {h.start for h in view.of(HitKind.CASUALTY) if h.label in COUNTED_CASUALTIES
                           and not (h.end in objects and h.end < len(tokens)  # "ont tué sept civils": the subject acts
                                    and not breaks_clause(text[tokens[h.end - 1].end:tokens[h.end].start]))}
        # ... but "один сотрудник полиции погиб, один ранен": the number opens another clause
        acts = {i for h in view.hits
                if h.kind in (HitKind.WEAPON, HitKind.OUTCOME)
                or (h.kind == HitKind.EVENT and h.label != EventWord.KILL)
                for i in range(h.start, h.end)}
        mentions = [replace(m, victim=True) if m.ref.category != "named" and any(
            0 <= c - m.end <= T.VICTIM_WINDOW and not acts.intersection(range(m.end, c)) and
            not breaks_clause(text[tokens[m.end - 1].end:tokens[c].start]) for c in casualty_starts) else m
            for m in mentions]
        counted = {n.end for n in self.ctx.numbers(view)
                   if any(0 <= n.start - h.end <= 1
                          for h in view.of(HitKind.CASUALTY) if h.label in COUNTED_CASUALTIES)}
        mentions = [replace(m, victim=True) if {m.start, m.start - 1} & counted else m  # "killed two Hezbollah members"
                    for m in mentions]
        return sorted(_outermost(mentions), key=lambda m: m.start)

    def after_locative(self, place: PlaceMention) -> bool:
        """"in Syria", "in southern Lebanon" (a lower-case word between): where, not who."""
        tokens, locatives = self.ctx.prepared.tokens, self.locatives
        if place.start == 0:
            return False
        if tokens[place.start - 1].norm in locatives:
            return True
        return place.start > 1 and not tokens[place.start - 1].upper and tokens[place.start - 2].norm in locatives

    def _owners_of_weapons(self, view: SentenceView, mentions: list[ActorMention]) -> list[ActorMention]:
        """"des tirs d'artillerie des Forces de soutien rapide", "une attaque des ADF": an armed
        actor in the genitive right after a weapon or an attack carried it out (pack ``[grammar]``
        ``genitive``), unless an agent is named ("le bombardement des FSR par l'armée")."""
        if not self.genitive:
            return mentions
        agents = [h.start for h in view.of(HitKind.CUE, Cue.PASSIVE_AGENT)]
        ends = {h.end for h in view.hits
                if h.kind == HitKind.WEAPON
                or (h.kind == HitKind.EVENT and h.label in (EventWord.ATTACK, EventWord.STRIKE))}
        owned = []
        for mention in mentions:
            gap = next((mention.start - end for end in ends if 0 < mention.start - end <= T.GENITIVE_WINDOW), None)
            if gap and mention.ref.armed and not any(0 <= a - mention.end <= T.AGENT_WINDOW for a in agents) \
                    and self.genitive_between(mention.start - gap, mention.start):
                mention = replace(mention, ref=replace(mention.ref, instrument=True))
            owned.append(mention)
        return owned

    def genitive_between(self, start: int, end: int) -> bool:
        """Tokens [start, end) are a genitive preposition and articles: "des", "of the", "del"."""
        tokens, stopwords = self.ctx.prepared.tokens, self.ctx.prepared.pack.stopwords
        return start < end <= len(tokens) and tokens[start].norm in self.genitive and all(
            tokens[i].norm in self.genitive or tokens[i].norm in stopwords for i in range(start + 1, end))

    def note_claimant(self, view: SentenceView) -> ActorMention | None:
        """A named non-state armed group as the subject of a claim ("JNIM claimed the attack",
        "l'EI a revendiqué l'attentat"): the unidentified attackers of the story are that group.
        A government's accusation ("the army blamed JNIM") names no claimant: its subject is the
        accuser, and state forces are never claimants; nor is a group accusing another ("Hamas
        accused Israel of..."): an armed actor right after the cue is the accused."""
        actors = view.of(HitKind.ACTOR)
        for cue in view.of(HitKind.CUE, Cue.BLAME) + view.of(HitKind.CUE, Cue.CLAIM):
            if negated(view, cue):
                continue  # "Al Shabaab did not claim the attack"
            subject = next((h for h in reversed(actors) if 0 <= cue.start - h.end <= T.CLAIMANT_WINDOW), None)
            accused = any(0 <= h.start - cue.end <= 1 and h.actor.armed for h in actors) or (
                subject is not None and subject.actor.category == "group" and any(
                    h.start < subject.start for h in view.of(HitKind.CUE, Cue.ATTRIBUTION)))  # "police said the group"
            claimant = self.resolved(subject.actor, subject.start) if subject is not None else None
            if subject is not None and claimant is not None and claimant.category == "named" and claimant.armed \
                    and claimant.inter in (2, 3, 4) and not accused:
                self.ctx.claimants.append(claimant)
                return ActorMention(subject.start, subject.end, claimant)
        return None

    def _self_reporter(self, view: SentenceView, trigger: Hit, speaking: set[int]) -> Hit | None:
        """"The army said it had carried out strikes", "l'armée a annoncé avoir mené des
        frappes": an armed speaker reporting its own act (a word of the pack's
        ``self_reference`` list, and no other actor, between the report and the act)."""
        reporter = next((h for h in view.of(HitKind.ACTOR) if speaking & {h.end, h.end + 1} and h.end <= trigger.start
                         and h.actor.armed), None)
        if reporter is None:
            return None
        between = range(reporter.end, trigger.start)
        if any(h.start in between for h in view.of(HitKind.ACTOR)):
            return None
        words = {self.ctx.prepared.tokens[i].norm for i in between}
        claimed = reporter.actor.category == "named" and reporter.actor.inter in (2, 3, 4) \
            and trigger.start - reporter.end <= T.CLAIMANT_WINDOW  # "le JNIM a revendiqué l'embuscade"
        return reporter if claimed or words & self.self_reference else None

    def blamed(self, view: SentenceView) -> ActorMention | None:
        """"…que atribuyó el atentado a la guerrilla del ELN": the actor a blame cue names."""
        for cue in view.of(HitKind.CUE, Cue.BLAME):
            named = next((h for h in view.of(HitKind.ACTOR)
                          if 0 <= h.start - cue.end <= T.BLAMED_WINDOW and h.actor.armed), None)
            if named is not None:
                return ActorMention(named.start, named.end, self.resolved(named.actor, named.start))
        return None

    def target_armed(self, mentions: list[ActorMention], trigger: Hit, passive: bool,
                     verb_final: bool = False) -> bool | None:
        """Whether the side an act was done to is armed (None when no side is named). Where the
        verb ends the clause ("hatten Mitglieder der Bande die Polizeistation angegriffen"), the
        object stands before it, after the subject."""
        targets = [m for m in mentions if (m.end <= trigger.start) == passive]
        if not targets and verb_final and not passive:
            targets = [m for m in mentions if m.end <= trigger.start][1:]
        if not targets:
            return None
        return any(m.ref.category in ("military", "police", "unidentified") or
                   (m.ref.category == "named" and m.ref.armed) for m in targets)


def _named_over_generic(mentions: list[ActorMention]) -> list[ActorMention]:
    """"combattants de l'État islamique au Sahel", "Islamic State fighters": the fighters are
    the named group's, not an unidentified armed group."""
    named = [m for m in mentions if m.ref.category == "named"]
    return [m for m in mentions if not (m.ref.category == "unidentified" and any(
        0 <= n.start - m.end <= 2 or n.end == m.start for n in named))]


def _outermost(mentions: list[ActorMention]) -> list[ActorMention]:
    """The longest names: "la coalición" is a word of "coalición de pandillas Viv Ansanm"."""
    kept: list[ActorMention] = []
    for mention in sorted(mentions, key=lambda m: -(m.end - m.start)):
        if any(k.start < mention.end and mention.start < k.end for k in kept):
            continue
        kept.append(mention)
    return kept
