"""Who is named in a sentence, and as what: the actor mentions the roles are chosen from.

A collaborator of :class:`~.frames.FrameBuilder`: speakers are not actors ("police said"), victims
do not act ("two soldiers died", "killed two Hezbollah members"), a weapon's owner fired it
("Russian drones", "tirs d'artillerie des FSR"), and a claim of responsibility names the
attackers of the story ("JNIM claimed the attack").
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace

from ...actors.kb import OBSERVERS, ActorRef
from ...actors.roles import ActorMention, Roles, past_allies
from ...normalize import breaks_clause, fold_key
from ...packs.vocabulary import COUNTED_CASUALTIES, SPEECH_CUES, Cue, EventWord, HitKind, Weapon
from ...prepare.tokens import Token
from ...taxonomy import SubEventType as S
from .. import tuning as T
from ..hits import Hit
from ..places import PlaceMention
from .charges import suspected_attackers, without_charged_groups
from .classify import Classification
from .clauses import CLAUSE_PUNCTUATION, act_agent, clause_end_after, embedded_relatives, object_after, response_clause
from .context import DocContext, SentenceView, day_ends, day_words
from .launchers import launched_before
from .mention_filters import (
    attack_by_country,
    joined_victims,
    named_over_generic,
    outermost_mentions,
    possessed_units,
    posts_of_named_groups,
    posts_of_their_force,
    sides_named,
    units_of_a_state,
    weapon_adjectives,
)
from .sources import negated, source_range
from .verb_final import inverted_subject, subject_after_the_verb, subject_of_a_final_verb

_TAKINGS = frozenset({EventWord.REGAIN, EventWord.OVERTAKE})  # acts a side announces as its own
_QUOTES = frozenset("\"«“„")  # marks opening a quotation: an actor inside one is the speaker's word
# acts whose author a blame in the next sentence names; not bombings, anonymous until claimed (see the assembler)
_BLAMED_NEXT = frozenset({S.AIR_DRONE_STRIKE, S.SHELLING, S.ATTACK, S.ABDUCTION})


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

    def far_subject(self, view: SentenceView, mentions: list[ActorMention], predicate: Hit,
                    verb_final: bool) -> ActorMention | None:
        """In a verb-final language, the subject the usual reach misses: the actor opening the
        sentence (in its first words) whose act word ends the clause, with no comma or parenthesis
        between ("Die israelische Luftwaffe hat nach Angaben von Aktivisten in der Nacht zu
        Dienstag Ziele nahe Damaskus bombardiert"); or, in a sentence a time or a place opens, the
        actor right after the finite verb (:func:`.verb_final.subject_after_the_verb`)."""
        if not verb_final:
            return None
        tokens, text = self.ctx.prepared.tokens, self.ctx.prepared.doc.text
        first = view.sentence.tokens[0].index
        opening = [m for m in mentions if m.start - first <= T.FAR_SUBJECT_OPENS and m.end <= predicate.start]
        if not opening:
            return subject_after_the_verb(self.ctx, mentions, predicate)
        subject = min(opening, key=lambda m: m.start)
        gaps = (text[tokens[i - 1].end:tokens[i].start] for i in range(subject.end, predicate.start + 1))
        return None if any(breaks_clause(gap) for gap in gaps) else subject

    def _inverted_killers(self, view: SentenceView, mentions: list[ActorMention]) -> frozenset[int]:
        """Starts of the subjects told after a finite killing verb in a sentence a time or a place
        opens, with the ones killed after them ("Am Samstag tötete ein russischer Soldat in Cherson
        einen Zivilisten": the soldier, counted by his article, killed; he was not killed)."""
        if not self.ctx.prepared.pack.grammar.verb_final:
            return frozenset()
        found = set()
        for kill in view.of(HitKind.CASUALTY):
            if kill.label not in COUNTED_CASUALTIES:
                continue
            subject = subject_after_the_verb(self.ctx, mentions, kill)
            if subject is not None and subject.ref.armed and any(
                    m.start > subject.end and m.ref.category == "civilians" for m in mentions):
                found.add(subject.start)
        return frozenset(found)

    def _between(self, place: PlaceMention) -> bool:
        """"اتفاق بين مالي والجزائر", "an accord between Mali and Algeria": the parties of a deal."""
        words = {fold_key(w.lstrip("=")) for w in self.ctx.prepared.pack.places.places.between}
        return place.start > 0 and self.ctx.prepared.tokens[place.start - 1].norm in words

    def _joined(self, token: Token) -> bool:
        """Whether the word after a country joins a second party to it ("Mali and the FLA", "مالي
        وجبهة ..."): a conjunction, or one glued to the word; then the country is a party itself."""
        conjunctions = self.ctx.prepared.pack.grammar.conjunctions
        return token.norm in conjunctions or any(
            len(c) == 1 and token.norm.startswith(c) and len(token.norm) > 3 for c in conjunctions)

    def resolved(self, ref: ActorRef, start: int) -> ActorRef:
        """"The group", "la banda", "الجماعة" (category ``group``): the non-state armed group
        named last before ``start`` in the document ("JNIM ... the group claimed"), else an
        unidentified armed group."""
        if ref.category != "group":
            return ref
        if self._groups is None:
            self._groups = [(view.sentence.start, h.start, h.actor) for view in self.ctx.views
                            for h in view.of(HitKind.ACTOR)
                            if h.actor.category == "named" and h.actor.inter in (2, 3, 4) and self.present(h.actor)]
        named = [(sentence, position, group) for sentence, position, group in self._groups if position < start]
        if not named:
            # "полицейские и члены преступной группировки" in the lead, the group named a few sentences on
            # "la guerrilla del ELN": the name right after; "членами преступной группировки" in the lead:
            # the group named a few sentences on
            later = [(sentence, group) for sentence, position, group in self._groups if position > start]
            if later and later[0][0] <= self._sentence_of(start) + T.CATAPHORA_CHARS:
                return later[0][1]
            return replace(ref, category="unidentified")
        sentence = named[-1][0]
        in_sentence = [group for index, _position, group in named if index == sentence]
        # named earlier in the same sentence: the nearest; in an earlier sentence: its first, its subject,
        # a rebel group before a militia ("23 soldiers and VDP volunteers were killed in an attack by JNIM
        # fighters. The group claimed it": the militia counted among the dead is no "group" of the story)
        if sentence == self._sentence_of(start):
            return in_sentence[-1]
        return next((group for group in in_sentence if group.inter == 2), in_sentence[0])

    def present(self, ref: ActorRef) -> bool:
        """Whether an actor named by an ambiguous alias is meant: "АНО" is the ELN only in a story
        about Colombia (elsewhere, a Russian non-profit organisation)."""
        return not ref.home_only or any(self.ctx.focus.about(code) for code in ref.homes)

    def _sentence_of(self, token: int) -> int:
        offset = self.ctx.prepared.tokens[token].start
        return max((s.start for s in self.ctx.prepared.sentences if s.start <= offset), default=0)

    def _speaks(self, hit: Hit, speaking: set[int], counted: AbstractSet[int] = frozenset()) -> bool:
        """"Police said": an actor right before a reporting word is its speaker; not people who
        are no side across a comma ("загинула жінка, повідомила адміністрація": the woman died,
        the office said so). An armed side so placed stays left out: the quote that names it
        ("«террористов», утверждают военные") re-tells the act in the speaker's words; not when,
        unquoted, it is the object of an act or counted among its casualties right before
        (``counted``: "ликвидированы двое боевиков, сообщили в НАК": the dead, whom the committee
        reports)."""
        cue = next((i for i in (hit.end, hit.end + 1) if i in speaking), None)
        if cue is None:
            return False
        tokens = self.ctx.prepared.tokens
        text = self.ctx.prepared.doc.text
        if hit.actor.armed and (hit.start not in counted or text[tokens[hit.start].start - 1:tokens[hit.start].start]
                                in _QUOTES):
            return True
        return not breaks_clause(text[tokens[hit.end - 1].end:tokens[cue].start])

    def with_blame(self, view: SentenceView, roles: Roles, classification: Classification,
                   mentions: Sequence[ActorMention] = ()) -> Roles:
        if classification.sub_event_type is S.DISRUPTED_WEAPONS_USE:  # the launcher its sentence tells
            told = launched_before(view, roles.actor1) if roles.actor2 is None else None
            return roles if told is None else Roles(roles.actor1, told, roles.reason + "; the launch told before")
        claimant = self.note_claimant(view)
        if claimant is not None:  # "JNIM claimed the ambush on the convoy": the claimant acted, the convoy was hit
            target = next((m for m in (roles.actor2, roles.actor1)
                           if m is not None and m.ref.side() != claimant.ref.side()), None)
            return Roles(claimant, target, roles.reason + "; attacker named by its claim")
        blamed = self.blamed(view) or (self.blamed_next(view) if classification.sub_event_type in _BLAMED_NEXT
                                       else None)
        if roles.actor1 is not None and roles.actor1.ref.category != "unidentified" and not (
                roles.actor1.victim and blamed is not None and blamed.ref.side() != roles.actor1.ref.side()):
            return roles  # "murieron cinco militares en una emboscada atribuida a ...": the dead did not act
        if blamed is None:
            return roles
        target = roles.actor2
        if target is not None and target.ref.side() == blamed.ref.side():
            # "tres militares murieron en un ataque atribuido a disidencias": the blamed did it, the dead were hit
            target = next((m for m in mentions if m.victim and m.ref.side() != blamed.ref.side()), None)
        return Roles(blamed, target, roles.reason + "; attacker named by the blame")

    def mentions(self, view: SentenceView, places: list[PlaceMention], trigger: Hit) -> list[ActorMention]:
        """The actors a sentence names around ``trigger``: not its sources, not places where
        something happened, victims marked as such, weapon owners as the ones who fired."""
        source = source_range(self.ctx, view, trigger, self.according_to)
        tokens = self.ctx.prepared.tokens
        speaking = {h.start for h in view.of(HitKind.CUE) if h.label in SPEECH_CUES
                    and tokens[h.start].norm not in self.according_to}  # "X said", not "X, according to Y"
        located = {p.start for p in places}  # "in Kyiv" is where, not the government
        reporter = self._self_reporter(view, trigger, speaking)
        # "убиты двое боевиков", "задержаны трое боевиков": the ones the act or the toll counts
        counted = {i for h in view.hits if h.kind == HitKind.EVENT or (
            h.kind == HitKind.CASUALTY and h.label in COUNTED_CASUALTIES)
                   for i in range(h.end, h.end + T.COUNTED_ACTOR_GAP + 1)}
        cause = response_clause(self.ctx.prepared, view)
        if cause[0] <= trigger.start < cause[1]:
            cause = (0, 0)  # the act told is the cause itself ("a response to shelling that HTS fighters carried out")
        described = embedded_relatives(self.ctx.prepared, view, trigger)
        mentions = [ActorMention(h.start, h.end, self.resolved(h.actor, h.start)) for h in view.of(HitKind.ACTOR)
                    if h.actor.category != OBSERVERS  # "the civil defence said": a source, never a side
                    and self.present(h.actor)
                    and not cause[0] <= h.start < cause[1]
                    and not any(a <= h.start < b for a, b in described)
                    and (h is reporter or (not (source and source[0] <= h.start < source[1])
                                           and not self._speaks(h, speaking, counted)
                                           and h.start not in located))]
        mentions = without_charged_groups(self.ctx.prepared, trigger, suspected_attackers(
            self.ctx.prepared, sides_named(self, view, mentions, trigger)))
        agreement = trigger.kind == HitKind.EVENT and trigger.label in (EventWord.AGREEMENT, EventWord.EXCHANGE)
        taken = {i for m in mentions for i in range(m.start, m.end)}
        text = self.ctx.prepared.doc.text
        named_starts = {m.start for m in mentions if m.ref.category == "named"}
        day_tokens = day_words(view)  # "Israël a mené dans la nuit de jeudi à vendredi des frappes": its subject
        for place in places:  # "Israel struck", "frappé par la Russie": a country acting
            if place.place.kind != "country" or place.start in taken or (
                    source and source[0] <= place.start < source[1]):
                continue
            if named_starts & set(range(place.end, place.end + 3)) and not self._joined(tokens[place.end]):
                continue  # "Sudan's paramilitary Rapid Support Forces": the country names whose group it is
            by_act = act_agent(view, self.ctx.prepared) == place.start  # "un ataque lanzado por Rusia": who
            if self.after_locative(place, view) and not (agreement and self._between(place)) and not by_act:
                continue  # "en Syrie", "in southern Lebanon": where, not who
            subject = place.end <= trigger.start \
                and trigger.start - place.end - len(day_tokens.intersection(range(place.end, trigger.start))) \
                <= T.SUBJECT_WINDOW \
                and not breaks_clause(text[tokens[place.end - 1].end:tokens[trigger.start].start])  # "Mali : ..."
            agent = any(h.label == Cue.PASSIVE_AGENT and place.start - 2 <= h.end <= place.start
                        for h in view.of(HitKind.CUE))
            if agreement and abs(place.start - trigger.start) <= T.SUBJECT_WINDOW:
                # "Afghanistan and Pakistan agreed", "un accord entre le Mali et l'Algérie": the states sign
                mentions.append(ActorMention(place.start, place.end,
                                             ActorRef("government", inter=1, country=place.place.country_code)))
            elif subject or agent or by_act or attack_by_country(view, place, self.genitive) \
                    or subject_of_a_final_verb(self.ctx, view, place, self.according_to) \
                    or inverted_subject(self.ctx, view, place, places):
                mentions.append(ActorMention(place.start, place.end,
                                             ActorRef("military", inter=1, country=place.place.country_code)))
        acting = {m.start for m in mentions if m.ref.category == "military" and m.ref.country and m.start not in taken}
        from .not_event_places import joined_to_acting  # that module reads this one's mentions

        joined = joined_to_acting(self.ctx, places, acting)
        for place in places:  # "Les Etats-Unis et le Royaume-Uni ont frappé": the first named leads
            if place.start in joined:
                mentions = [m for m in mentions if not (m.start in acting and 0 < m.start - place.end
                                                        <= T.JOINED_COUNTRY_GAP)]
                mentions.append(ActorMention(place.start, place.end,
                                             ActorRef("military", inter=1, country=place.place.country_code)))
        groups = {h.start for h in view.of(HitKind.ACTOR) if h.actor.category == "group"}
        mentions = [m for m in mentions if not (m.start in groups and any(  # "la guerrilla del NPA": the name
            n.start > m.start and n.start - m.start <= T.NAME_PHRASE and (n.ref.side() == m.ref.side() or (
                n.ref.category == "named" and n.start <= m.end))  # "la banda Viv Ansanm", "the group JNIM": the name
            for n in mentions))]
        mentions = self._owners_of_weapons(view, posts_of_their_force(self, named_over_generic(
            posts_of_named_groups(self, units_of_a_state(self, possessed_units(self, mentions))))))
        mentions = self._bombers(view, self._targeted(view, weapon_adjectives(view, mentions)))
        numbers = {n.start for n in self.ctx.numbers(view)}
        objects = numbers | {m.start for m in mentions} | {h.start for h in view.of(HitKind.QUALIFIER)
                                                           if h.end in numbers}
        days = day_ends(view)  # "killed on Sunday three farmers", "asesinaron a balazos a un alcalde"
        casualty_starts = {h.start for h in view.of(HitKind.CASUALTY) if h.label in COUNTED_CASUALTIES
                           and not (object_after(view, days, h.end) in objects and h.end < len(tokens)
                                    # "ont tué sept civils", a day or a manner between: the subject acts
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
        casualty_ends = [h.end for h in view.of(HitKind.CASUALTY) if h.label in COUNTED_CASUALTIES]
        # "murieron en un ataque yihadista": an article before an act word counts no one
        act_starts = {h.start for h in view.of(HitKind.EVENT)} - {h.start for h in view.of(HitKind.ACTOR)}
        named_counts = {m.start for m in mentions}  # "قتل جنديان بانفجار": a dual noun counts itself,
        # "killed in a Boko Haram attack": an article before a name that ends at an act word is the act's
        acts_named = act_starts | {m.start for m in mentions if m.end in act_starts}
        numbers_counted = [n for n in self.ctx.numbers(view) if any(0 <= n.start - end <= 1 for end in casualty_ends)
                           and (n.end not in acts_named or n.start in named_counts)]  # whatever act follows
        counted = {n.end for n in numbers_counted}
        nouns = {n.start for n in numbers_counted}  # "قتل جنديان": the dual noun is its own number
        inverted = self._inverted_killers(view, mentions)
        mentions = [replace(m, victim=True) if (m.start in counted or m.start - 1 in counted or m.start in nouns)
                    and m.start not in inverted else m for m in mentions]  # "killed two Hezbollah members"
        mentions = joined_victims(self, self._counted_members(view, mentions, casualty_starts, acts),
                                  casualty_starts, acts)
        if self.ctx.prepared.pack.grammar.verb_initial:  # "قتل ثلاثة جنود من الجيش العراقي": the force
            # the counted dead belong to (the genitive right after the count or its noun) lost them
            victim_ends = {m.end for m in mentions if m.victim} | {i for n in self.ctx.numbers(view)
                                                                    for i in (n.end, n.end + 1)}
            mentions = [replace(m, victim=True) if m.start - 1 in victim_ends and 0 < m.start < len(tokens)
                        and tokens[m.start - 1].norm in self.genitive else m for m in mentions]
        agents = {h.end for h in view.of(HitKind.CUE, Cue.PASSIVE_AGENT)}  # "قتل شاب برصاص الجيش": who shot
        mentions = self._ambushed(view, [replace(m, victim=False) if m.start in agents and m.ref.category != "civilians"
                                         else m for m in mentions])
        mentions = [replace(m, victim=False) if m.start in agents and m.ref.category != "civilians" else m
                    for m in mentions]
        mentions = self._own_forces(mentions)
        if reporter is not None and self.ctx.prepared.pack.grammar.verb_initial and reporter.end <= trigger.start:
            # "أعلن الجيش الإسرائيلي أنه قصف موقعا لحزب الله": the speaker telling its own act did it;
            # the side after the verb is what it hit, not the verb's subject
            mentions = [replace(m, targeted=True) if m.start > trigger.start and m.ref.side() != reporter.actor.side()
                        else m for m in mentions]
        if reporter is not None and trigger.kind == HitKind.OUTCOME:  # "القوات المسلحة" announcing an
            mentions = [replace(m, ref=replace(m.ref, instrument=False))  # interception stopped the weapon,
                        if m.start == reporter.start else m for m in mentions]  # did not fire it
        return sorted(outermost_mentions(mentions), key=lambda m: m.start)

    def _counted_members(self, view: SentenceView, mentions: list[ActorMention], casualties: set[int],
                         acts: set[int]) -> list[ActorMention]:
        """"Tres miembros de la guerrilla del NPA (NEP) han muerto", "three Al-Shabaab fighters
        were killed": a named group counted before a casualty word lost those men; it is the
        victim, not the killer ("Al-Shabaab killed three soldiers" counts no member of it)."""
        tokens, text = self.ctx.prepared.tokens, self.ctx.prepared.doc.text

        def clear(start: int, end: int) -> bool:  # no act and no comma between (brackets and quotes allowed)
            return not acts.intersection(range(start, end)) and (
                end <= start or not any(c in CLAUSE_PUNCTUATION for c in text[tokens[start - 1].end:tokens[end].start]))

        numbers = [n for n in self.ctx.numbers(view)]
        victims = [m for m in mentions if m.ref.category == "named" and not m.victim
                   and any(0 <= m.start - n.end <= T.MEMBERS_WINDOW and clear(n.end, m.start) for n in numbers)
                   and any(0 <= c - m.end <= T.VICTIM_WINDOW and clear(m.end, c) for c in casualties)]
        # the group's abbreviation told beside its name ("(NEP)") lost the same men
        sides = {m.ref.side(): m for m in victims}
        return [replace(m, victim=True) if m in victims or (
            m.ref.side() in sides and 0 <= m.start - sides[m.ref.side()].end <= 1) else m for m in mentions]

    def _targeted(self, view: SentenceView, mentions: list[ActorMention]) -> list[ActorMention]:
        """"a grenade was hurled at a CRPF post", "неизвестные напали на пост ДПС": an actor right
        after a target word (articles aside) is what was hit, never who struck."""
        first = view.sentence.tokens[0].index if view.sentence.tokens else 0
        # "استهدف الحوثيون سفينة": a targeting verb that opens its clause has its subject right after it
        targets = [h.end for h in view.of(HitKind.CUE, Cue.TARGET)
                   if not (self.ctx.prepared.pack.grammar.verb_initial and view.has(HitKind.EVENT)
                           and any(e.start == h.start for e in view.of(HitKind.EVENT))
                           and (h.start == first or clause_end_after(self.ctx, h.start - 1))
                           and any(m.start == h.end and m.ref.armed for m in mentions))]
        posts = {i for h in view.of(HitKind.ACTOR) for i in range(h.start, h.end)}  # "نقطة تفتيش للشرطة"
        return [replace(m, targeted=True) if any(end <= m.start and (
            self._articles_only(end, m.start) or self._owned_noun(view, end, m.start)
            or (m.start - end <= T.POST_WORDS and posts.issuperset(range(end, m.start))))
            for end in targets) else m for m in mentions]

    def _owned_noun(self, view: SentenceView, start: int, end: int) -> bool:
        """One plain noun the actor owns stands between the target word and it, in a language whose
        genitive follows its noun unmarked ("على مواقع قوات الدعم السريع": on the RSF's positions)."""
        return self.ctx.prepared.pack.grammar.verb_initial and end - start == 1 and not any(
            h.start <= start < h.end for h in view.hits if h.kind in (HitKind.EVENT, HitKind.ACTOR, HitKind.WEAPON))

    def _articles_only(self, start: int, end: int) -> bool:
        tokens, stopwords = self.ctx.prepared.tokens, self.ctx.prepared.pack.stopwords
        return end - start <= 2 and all(tokens[i].norm in stopwords for i in range(start, end))

    def _bombers(self, view: SentenceView, mentions: list[ActorMention]) -> list[ActorMention]:
        """"trois kamikazes se sont fait exploser": a suicide bomber named as such carried the bomb:
        the bomber's side acts, whatever the voice of the verb."""
        bombs = [(h.start, h.end) for h in view.of(HitKind.WEAPON, Weapon.SUICIDE)]
        return [replace(m, ref=replace(m.ref, instrument=True))
                if m.ref.armed and any(start < m.end and m.start < end for start, end in bombs) else m
                for m in mentions]

    def after_locative(self, place: PlaceMention, view: SentenceView | None = None) -> bool:
        """"in Syria", "in southern Lebanon" (a lower-case word between): where, not who; with
        the sentence, also a part of it named first ("im Süden des Libanon", "im Norden Israels"),
        when no act nor actor comes between ("bei Angriffen des Iran": Iran attacked)."""
        tokens, locatives = self.ctx.prepared.tokens, self.locatives
        if place.start == 0:
            return False
        if tokens[place.start - 1].norm in locatives:
            return True
        if place.start > 1 and not tokens[place.start - 1].upper and tokens[place.start - 2].norm in locatives:
            return True
        if view is None:
            return False
        first = view.sentence.tokens[0].index
        locative = next((i for i in range(place.start - 2, max(place.start - 2 - T.PART_OF_PLACE_WORDS, first - 1), -1)
                         if tokens[i].norm in locatives), None)
        return locative is not None and not any(locative < h.start < place.start for h in view.hits
                                                if h.kind in _ACTS_AND_ACTORS)

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
            # "قصف مدفعي من قوات الدعم السريع": the weapon's phrase or its act word, whichever the genitive follows
            if mention.ref.armed and not any(0 <= a - mention.end <= T.AGENT_WINDOW for a in agents) and any(
                    (0 < mention.start - end <= T.GENITIVE_WINDOW and self.genitive_between(end, mention.start))
                    or (mention.start == end and self._glued_genitive(end))  # "لقوات الدعم السريع"
                    for end in ends):
                mention = replace(mention, ref=replace(mention.ref, instrument=True))
            owned.append(mention)
        return owned

    def _ambushed(self, view: SentenceView, mentions: list[ActorMention]) -> list[ActorMention]:
        """"نصب مسلحون كمينا لدورية" (gunmen set an ambush for a patrol): with its subject told
        right before the act word, a force glued to "لـ" just after it ("كمينا محكما لدورية",
        "كمينا لقافلة للجيش": an adjective or a noun between) is for whom, the target, not whose."""
        words = [h for h in view.hits if h.kind == HitKind.EVENT and h.label in (EventWord.ATTACK, EventWord.STRIKE)]
        subjects = [h for h in words
                    if any(m.ref.armed and not m.victim and 0 <= h.start - m.end <= 1 for m in mentions)]
        return [replace(m, targeted=True, ref=replace(m.ref, instrument=False)) if m.ref.armed and any(
            0 <= m.start - h.end <= 2 and any(self._glued_genitive(i) for i in range(h.end, m.start + 1))
            for h in subjects) else m for m in mentions]

    def _glued_genitive(self, token: int) -> bool:
        """The name right after a weapon opens with a genitive word or a glued preposition of the
        pack's ``name_proclitics`` ("غارة جوية للجيش السوداني": an air strike of the army)."""
        norm = self.ctx.prepared.tokens[token].norm
        glued = self.ctx.prepared.pack.meta.morphology.name_proclitics
        return norm in self.genitive or any(norm.startswith(clitic) for clitic in glued)

    def genitive_between(self, start: int, end: int) -> bool:
        """Tokens [start, end) are a genitive preposition and articles: "des", "of the", "del"."""
        tokens, stopwords = self.ctx.prepared.tokens, self.ctx.prepared.pack.stopwords
        return start < end <= len(tokens) and tokens[start].norm in self.genitive and all(
            tokens[i].norm in self.genitive or tokens[i].norm in stopwords for i in range(start + 1, end))

    def claim_told(self, view: SentenceView) -> bool:
        """Whether the sentence claims an act ("el ataque fue reivindicado por el JNIM, que afirmó
        haber matado a más de 100 soldados"): its claimant is noted, and its figures are the
        claimant's own, no toll of the event told before."""
        if not view.has(HitKind.CUE, Cue.CLAIM):
            return False
        self.note_claimant(view)
        return True

    def note_claimant(self, view: SentenceView) -> ActorMention | None:
        """A named non-state armed group as the subject of a claim ("JNIM claimed the attack",
        "l'EI a revendiqué l'attentat"): the unidentified attackers of the story are that group.
        A government's accusation ("the army blamed JNIM") names no claimant: its subject is the
        accuser, and state forces are never claimants; nor is a group accusing another ("Hamas
        accused Israel of..."): an armed actor right after the cue is the accused."""
        actors = [h for h in view.of(HitKind.ACTOR) if self.present(h.actor)]
        claims = {(h.start, h.end) for h in view.of(HitKind.CUE, Cue.CLAIM)}
        for cue in sorted([*view.of(HitKind.CUE, Cue.CLAIM), *view.of(HitKind.CUE, Cue.BLAME)], key=lambda h: h.start):
            if negated(view, cue):
                continue  # "Al Shabaab did not claim the attack"
            subject = next((h for h in reversed(actors) if 0 <= cue.start - h.end <= T.CLAIMANT_WINDOW), None)
            if self.ctx.prepared.pack.grammar.verb_initial and (cue.start, cue.end) in claims:
                # "، وتبنت حركة الشباب الهجوم": the verb first, its subject right after it
                subject = next((h for h in actors if h.start == cue.end and h.actor.armed), subject)
            by = next((h.end for h in view.of(HitKind.CUE, Cue.PASSIVE_AGENT) if 0 <= h.start - cue.end <= 1), cue.end)
            if subject is None and (cue.start, cue.end) in claims:
                # "el ataque fue reivindicado por el JNIM", "claimed by IS": the claimant after the agent word
                subject = next((h for h in actors if 0 <= h.start - by <= (T.CLAIMANT_WINDOW if by > cue.end else 1)),
                               None)
                by = -1 if subject is not None else by
            # words of claiming ("claimed responsibility for the attack on the army") accuse nobody
            accused = by != -1 and (cue.start, cue.end) not in claims and (
                any(0 <= h.start - cue.end <= 1 and h.actor.armed for h in actors) or (
                    subject is not None and subject.actor.category == "group" and any(  # "police said the group"
                        h.start < subject.start for h in view.of(HitKind.CUE, Cue.ATTRIBUTION))))
            claimant = self.resolved(subject.actor, subject.start) if subject is not None else None
            if subject is not None and claimant is not None and claimant.category == "named" and claimant.armed \
                    and claimant.inter in (2, 3, 4) and not accused:
                self.ctx.claimants.append(claimant)
                if self.ctx.claim_start is None:
                    self.ctx.claim_start = view.sentence.start
                return ActorMention(subject.start, subject.end, claimant)
        return None

    def _self_reporter(self, view: SentenceView, trigger: Hit, speaking: set[int]) -> Hit | None:
        """"The army said it had carried out strikes", "l'armée a annoncé avoir mené des
        frappes": an armed speaker reporting its own act (a word of the pack's
        ``self_reference`` list between the report and the act, before any other actor)."""
        # the speaker nearest its speech word: "повстанці з угруповання M23 заявили" is the M23's word
        before = max((h for h in view.of(HitKind.ACTOR) if speaking & {h.end, h.end + 1} and h.end <= trigger.start
                      and h.actor.armed), key=lambda h: (h.end, h.end in speaking), default=None)
        reporter = before or self._speaker_after_its_word(view, trigger)
        if reporter is None:
            return self._announced_interception(view, trigger)
        between = range(reporter.end, trigger.start)
        # another actor before the act is its subject, unless the speaker named itself first:
        # "the army said it had killed eight militants in an operation"
        others = min((h.start for h in view.of(HitKind.ACTOR) if h.start in between  # not its own acronym
                      and h.actor.side() != reporter.actor.side()), default=None)  # "(أفريكوم)"
        words = {self.ctx.prepared.tokens[i].norm for i in range(reporter.end, others or trigger.start)}
        claimed = others is None and (reporter.actor.category == "named" and reporter.actor.inter in (2, 3, 4)
                                      or trigger.kind == HitKind.EVENT and trigger.label in _TAKINGS) \
            and trigger.start - reporter.end <= T.CLAIMANT_WINDOW  # "le JNIM a revendiqué l'embuscade"
        # and any side the taking of a place it announces: "l'armée russe a revendiqué la prise de …"
        if claimed or words & self.self_reference:
            return reporter
        return None if before is not None else self._announced_interception(view, trigger)

    def _speaker_after_its_word(self, view: SentenceView, trigger: Hit) -> Hit | None:
        """"أعلن الجيش الأمريكي أنه نفذ غارة" (the US army announced that it carried out a strike):
        in a verb-first sentence the armed speaker follows its speech word; whether it tells its
        own act is read as for one before it (a self-reference word between it and the act)."""
        cues = [h for h in view.of(HitKind.CUE) if h.label in SPEECH_CUES]
        opened = {h.end for h in cues} | {h.end - 1 for h in cues if h.end - h.start > 1}  # "أعلن الجيش": one cue
        return next((h for h in view.of(HitKind.ACTOR) if h.start in opened and h.actor.armed
                     and h.end <= trigger.start), None)

    def _own_forces(self, mentions: list[ActorMention]) -> list[ActorMention]:
        """"قال المتحدث باسم الجيش الإسرائيلي إن قواته قتلت" (its forces): a force named by a
        word of the pack's ``self_reference`` list is the armed side named before it, not the
        forces of the country where the act took place."""
        tokens = self.ctx.prepared.tokens
        owned = []
        for mention in mentions:
            if mention.end - mention.start == 1 and tokens[mention.start].norm in self.self_reference \
                    and mention.ref.category in ("military", "police") and mention.ref.country is None:
                owner = next((m for m in reversed(mentions) if m.end <= mention.start and m.ref.armed
                              and (m.ref.country or m.ref.category == "named")), None)
                if owner is not None:
                    mention = replace(mention, ref=owner.ref)
            owned.append(mention)
        return owned

    def _announced_interception(self, view: SentenceView, trigger: Hit) -> Hit | None:
        """"أعلن الجيش الإسرائيلي اعتراض صاروخ" (the army announced the interception of a missile),
        "أعلن الجيش السوداني، السبت، استعادة السيطرة على" (... the regaining of control): an armed
        speaker named right after its speech word, whose interception, defusal or taking follows
        it at once (or after the day it spoke), did it itself."""
        if trigger.kind != HitKind.OUTCOME and trigger.label not in _TAKINGS:
            return None
        opened = {h.end for h in view.of(HitKind.CUE) if h.label in SPEECH_CUES} \
            | {h.end - 1 for h in view.of(HitKind.CUE) if h.label in SPEECH_CUES and h.end - h.start > 1}
        told = {i for t in view.times for i in range(t.start, t.end)} | {  # the day it spoke, the act's words
            i for h in view.hits if h.kind == HitKind.OUTCOME or h.label in _TAKINGS for i in range(h.start, h.end)}
        return next((h for h in view.of(HitKind.ACTOR) if h.start in opened and h.actor.armed
                     and 0 <= trigger.start - h.end
                     and sum(i not in told for i in range(h.end, trigger.start)) <= 1), None)

    def blamed(self, view: SentenceView) -> ActorMention | None:
        """"…que atribuyó el atentado a la guerrilla del ELN": the actor a blame cue names."""
        for cue in view.of(HitKind.CUE, Cue.BLAME):
            named = next((h for h in view.of(HitKind.ACTOR)
                          if 0 <= h.start - cue.end <= T.BLAMED_WINDOW and h.actor.armed), None)
            if named is not None:
                return ActorMention(named.start, named.end, self.resolved(named.actor, named.start))
        return None

    def blamed_next(self, view: SentenceView) -> ActorMention | None:
        """"A drone strike killed nine people ... Residents blamed the federal army.": a sentence
        soon after, opening with a blame (a subject, then the cue), names the act's author; one
        between may add to the toll ("Five others were wounded"), not tell another act."""
        for after in self.ctx.views[view.sentence.index + 1:view.sentence.index + 1 + T.NEXT_BLAME_SENTENCES]:
            first = after.sentence.tokens[0].index if after.sentence.tokens else 0
            if any(cue.start - first <= T.NEXT_BLAME_OPENING for cue in after.of(HitKind.CUE, Cue.BLAME)):
                return self.blamed(after)
            if after.of(HitKind.EVENT):
                return None
        return None

    def _ends_clause(self, trigger: Hit) -> bool:
        return clause_end_after(self.ctx, trigger.end - 1)

    def target_armed(self, mentions: list[ActorMention], trigger: Hit, passive: bool,
                     verb_final: bool = False, verb_initial: bool = False,
                     author_named: bool = False, joined: frozenset[int] = frozenset()) -> bool | None:
        """Whether the side an act was done to is armed (None when no side is named). Where the
        verb ends the clause ("hatten Mitglieder der Bande die Polizeistation angegriffen"), the
        object stands before it, after the subject. ``author_named``: the act's author was named
        right after its word and left out of ``mentions`` ("murieron en un ataque del ELN"); ``joined``:
        conjunctions, which join allies to the subject of a verb-final act (:func:`past_allies`)."""
        targets = [m for m in mentions if (m.end <= trigger.start) == passive
                   and not (m.start < trigger.end and m.end > trigger.start)  # "مسلحون": the act's word itself
                   and not (m.ref.instrument and m.start >= trigger.end)]  # "هجوم لقوات X على قرية": X's attack
        if verb_final and not passive and (not targets or self._ends_clause(trigger)):
            targets = past_allies([m for m in mentions if m.end <= trigger.start], joined)
        if verb_initial and not passive and len(targets) > 1 and targets[0].start - trigger.end <= 1 \
                and not targets[0].victim:
            targets = targets[1:]  # "قتل مسلحون ثلاثة رعاة": the gunmen right after the verb did it
        author_named = author_named or any(m.ref.instrument and m.start >= trigger.end for m in mentions)
        if not targets and (author_named or any(m.end <= trigger.start and not m.victim and m.ref.armed
                                                for m in mentions)):
            # "gunmen killed two policemen in an ambush": the act's word names no side, its dead do; with
            # no attacker named ("four soldiers died in the attack") the sentence is a detail of a strike
            targets = [m for m in mentions if m.victim and not (m.start < trigger.end and m.end > trigger.start)]
        if not targets:
            return None
        return any(m.ref.category in ("military", "police", "unidentified") or
                   (m.ref.category == "named" and m.ref.armed) for m in targets)


_ACTS_AND_ACTORS = frozenset({HitKind.EVENT, HitKind.WEAPON, HitKind.OUTCOME, HitKind.ACTOR})  # who or what acts

