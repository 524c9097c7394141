"""Who did it to whom: actor1 and actor2 of an event from the words around its trigger.

Voice decides: in "a convoy was hit by a bomb" the convoy's force is the target (actor2),
in "the army shelled the village" the army acts. A weapon named with its owner ("Russian
drones", "un drone israélien") marks who fired wherever it stands. Victims ("two soldiers
died") never act. An interception puts the side that shot the weapon down first and the
side that launched it second (ACLED). Demonstrations always have their demonstrators as
actor1. In verb-final languages (German) the subject opens the clause.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..taxonomy import SubEventType as S
from .kb import ActorRef

CLAUSE = 14  # tokens an actor may stand from its trigger
VERB_SUBJECT = 3  # in a verb-first language, the subject this close after its verb
SUBJECT_GAP = 3  # subject-first languages: words between a subject and its verb ("rebels on Monday detained")
SQUAD_OWNER = 3  # "antiexplosivos de la Policía": words between a squad word and the force it belongs to
JOINED_SIDES = 2  # "troops and the RSF": words (a conjunction, an article) between two sides joined as one subject
ALLY_GAP = 4  # "Soldaten und russische Söldner des Afrikakorps": words from a conjunction to an ally's name
DEMONSTRATORS = {S.PEACEFUL_PROTEST: "protesters", S.PROTEST_WITH_INTERVENTION: "protesters",
                 S.EXCESSIVE_FORCE: "protesters", S.VIOLENT_DEMONSTRATION: "rioters",
                 S.MOB_VIOLENCE: "rioters"}


@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int
    end: int
    ref: ActorRef
    victim: bool = False  # right before a casualty word: "two soldiers died"
    targeted: bool = False  # right after a target word: "hurled at a CRPF post", "напали на пост ДПС"


@dataclass(frozen=True, slots=True)
class Roles:
    actor1: ActorMention | None
    actor2: ActorMention | None
    reason: str
    ally: ActorMention | None = None  # joined to actor1 as one subject ("soldiers and Wagner"): assoc_actor_1


_STRIKES = frozenset({S.AIR_DRONE_STRIKE, S.SHELLING})  # acts told with what they struck


def assign_roles(sub: S, trigger_start: int, trigger_end: int, mentions: list[ActorMention], *,
                 passive: bool, agent_cue: int | None, target_cue: int | None,
                 predicate_is_outcome: bool = False, verb_final: bool = False,
                 verb_initial: bool = False, noun_trigger: bool = False, clash_word: bool = False,
                 clause_starts: frozenset[int] = frozenset(), act_agent: int | None = None,
                 far_subject: ActorMention | None = None, joined: frozenset[int] = frozenset(),
                 counted: frozenset[int] = frozenset()) -> Roles:
    """Choose actor1 and actor2 among ``mentions`` (token spans of the sentence). ``clause_starts``
    open clauses that only describe ("in Manbij, which the SDF seeks to control"): an actor told
    in one after the act was not hit by it, unless counted among its casualties. ``act_agent``:
    where agent words right after an act noun end ("обстрела со стороны ВСУ"). ``far_subject``: in a
    verb-final language, the subject opening the sentence further back than a clause's reach
    ("Die sudanesische Armee hat nach eigenen Angaben die Stadt ... von der RSF zurückerobert"): the
    words between are the clause's objects. ``joined``: where the sentence's conjunctions stand
    ("Government troops and RSF fighters clashed": both sides are the subject). ``counted``: tokens
    right after a number ("two Houthi fighters"): a name there is counted, not a subject; in a clash
    with casualties, the people counted are its dead, no side of it ("killing four people")."""
    before = sorted((m for m in mentions if m.end <= trigger_start and trigger_start - m.end <= CLAUSE),
                    key=lambda m: trigger_start - m.end)
    # a name the event phrase ends inside ("سيطرت قوات" + "قوات الدعم السريع") follows the verb, and
    # so does one between the words of a phrase told apart ("فجّر الجيش … المنازل": verb, subject, object)
    after = sorted((m for m in mentions if (m.start >= trigger_end or trigger_start < m.start < trigger_end != m.end)
                    and m.start - trigger_end <= CLAUSE), key=lambda m: m.start)
    hit = [m for m in after if m.victim or not clause_starts.intersection(range(trigger_end + 1, m.start + 1))]
    overlapping = [m for m in mentions if m.start < trigger_end and m.end > trigger_start]
    if far_subject is not None and far_subject not in before:  # the objects stand between it and the act
        before = [far_subject, *before]  # ... or it follows the finite verb ("Am Montag griffen Bewaffnete ... an")
        after = [m for m in after if m is not far_subject]
        hit = [m for m in hit if m is not far_subject]
    if verb_final:  # "Bewaffnete Banden haben ... eine Polizeiwache angegriffen": subject first
        before = sorted(before, key=lambda m: m.start)
    if sub in DEMONSTRATORS:
        return _demonstration(sub, before + after)
    if sub is S.ARRESTS:
        subject, nearest = None, None
        if not passive and agent_cue is None and verb_initial:
            subject = _armed_group_subject(before, after, trigger_start, trigger_end)
        elif not passive and agent_cue is None and not verb_final:
            subject = nearest = _group_before_verb(before, trigger_start, counted)
        return _arrest(before, after, mentions, agent_cue, trigger_start, subject=subject, nearest=nearest,
                       passive=passive)
    if sub is S.AGREEMENT:
        return _agreement(before, after)
    interceptor = _first(overlapping, _armed)
    if sub is S.DISRUPTED_WEAPONS_USE and predicate_is_outcome and interceptor is None \
            and not passive and _first(before, _armed) is None:
        # "un equipo antiexplosivos de la Policía desactivó una mochila": the force owning the squad word
        interceptor = _first([m for m in after if m.start - trigger_end <= SQUAD_OWNER],
                             lambda m: _armed(m) and not m.ref.instrument and not m.victim and not m.targeted)
    if sub is S.DISRUPTED_WEAPONS_USE and predicate_is_outcome and interceptor is not None:
        # "أسقطت الدفاعات الجوية طائرة مسيرة": the air defences are named by the interception words
        launcher = _other([m for m in after + before if m.ref.armed], interceptor)
        return Roles(interceptor, launcher, "interception: the defences named")
    owner = _first(overlapping + before + after, lambda m: m.ref.instrument)
    if owner is not None:
        return _owner_acts(sub, owner, before + (after if sub is S.DISRUPTED_WEAPONS_USE else hit), target_cue)
    if sub is S.DISRUPTED_WEAPONS_USE and predicate_is_outcome and passive:
        # "a drone launched at US forces was shot down [by ...]": the weapon is the subject
        defender = _after_cue([m for m in after if _can_act(m)], agent_cue) or _first(before + after, _armed)
        return Roles(defender, None, "interception in the passive: the targeted or named defender first")
    if verb_initial and not passive and after and _can_act(after[0]) \
            and after[0].start - trigger_end <= VERB_SUBJECT:
        # "خطف مسلحون 23 قروياً": verb, subject, object (the subject right after its verb; an actor
        # further on belongs to another clause: "انفجار سيارة مفخخة في مدينة ... التي تسعى قسد")
        subject = after[0]
        # the counted dead told before the act are its target ("قتل عنصران من قسد بهجوم لمسلحين")
        patient = _other([m for m in before if m.victim], subject) or _other(after[1:], subject) \
            or _first(before, lambda m: True)
        if sub is S.DISRUPTED_WEAPONS_USE and not predicate_is_outcome:
            return Roles(patient, subject, "verb first: subject after the verb; interception: defender first")
        return Roles(subject, patient, "verb first: the subject follows the verb")
    ally: ActorMention | None = None
    if passive:
        # a verb-final passive names its agent before the participle ("von Dschihadisten getötet")
        agent = _after_cue([m for m in (before + after if verb_final else after) if _can_act(m)], agent_cue)
        patient = _first(before, lambda m: m is not agent) or _first(after, lambda m: m is not agent)
        reason = "passive voice: subject is the target"
    else:
        agent = _first(before, _can_act)
        if agent is not None and agent.ref.armed and not (sub is S.ARMED_CLASH and clash_word and not any(
                m.ref.armed and not m.victim for m in hit)):
            # "Malian soldiers and Africa Corps fighters killed 20 civilians": allies joined as one
            # subject act together; the side named first leads (a clash word makes them two sides,
            # unless the armed side they fought follows it: "... and Wagner mercenaries clashed with JNIM")
            leader = _joined_side(agent, before, joined)
            ally, agent = (agent, leader) if leader is not None else (None, agent)  # the ally: ACLED's associate
        patient = _after_cue(hit, target_cue) or _first(hit, lambda m: True) or _first(before, _is_victim)
        cued = _after_cue([m for m in mentions if _can_act(m)], act_agent)
        if cued is not None and (agent is None or not agent.ref.armed):
            # "жительница погибла в результате обстрела со стороны ВСУ": the side named by the agent
            # words right after the act noun acted, whatever the voice of the verb; the one hit came
            # before ("an attack on a convoy escorted by soldiers": the agent words stand far from the act)
            agent, patient = cued, _other(before, cued) or _other([m for m in hit if m is not cued], cued)
            reason = "the agent word names who acted"
            return Roles(agent, patient, reason) if sub is not S.DISRUPTED_WEAPONS_USE or predicate_is_outcome \
                else Roles(patient, agent, reason + "; interception: defender first")
        if verb_final and agent is not None:
            # "hatten Mitglieder der Bande die Polizeistation angegriffen": the object stands before the verb too
            # (not an ally joined to the subject: "Soldaten der Armee und Söldner des Afrikakorps haben …")
            patient = _other(past_allies([agent, *(m for m in before if m.start > agent.start)], joined), agent) \
                or patient
        if agent is None and noun_trigger:  # "un ataque del Ejército ruso contra Odesa"
            agent = _first([m for m in after if m.start - trigger_end <= 3 and
                            (target_cue is None or m.start < target_cue)], _can_act)
            if agent is patient:  # "murieron en un ataque de yihadistas contra ...": the dead were hit
                patient = _after_cue(after, target_cue) or _first(before, lambda m: m.victim and m.ref.armed)
        reason = "active voice: subject acts"
        if sub is S.ARMED_CLASH and clash_word and patient is None and agent is not None:
            partner = _joined_side(agent, before, joined)
            if partner is not None:  # "Government troops and RSF fighters clashed": both sides, as named
                agent, patient, reason = partner, agent, reason + "; a clash: two sides joined as its subject"
        if patient is None and sub is S.ABDUCTION and agent is not None:  # "خطف مسلحون 30 شخصا ... في هجوم
            # على قرية": the people taken, told between the takers and the act word
            patient = _first(sorted(before, key=lambda m: m.start),
                             lambda m: m.start > agent.start and m.ref.category == "civilians")
    if sub is S.ARMED_CLASH and not passive:
        # "seis policías murieron en una emboscada perpetrada por el CJNG": the side named after the
        # agent word attacked the armed dead told before the act (and the words naming them)
        doer = _after_cue([m for m in after if _can_act(m) and m.ref.armed], agent_cue)
        fallen = _other([m for m in before if m.victim and m.ref.armed], doer) if doer is not None else None
        if fallen is not None and (agent is None or agent.ref.side() == fallen.ref.side()):
            agent, patient, reason = doer, fallen, reason + "; a clash: the side after the agent word attacked"
    if sub is S.ARMED_CLASH and agent is None:  # "dos soldados murieron en combates con disidentes": both fought
        # "murieron en enfrentamientos con la policía": a side named inside the clash phrase fought too
        after = after + [m for m in overlapping if m not in after]
        sides = _clash_sides(before, after) or _unnamed_sides(clash_word, trigger_end, after)
        if (passive or not clash_word) and patient is not None and patient.ref.armed:
            # "gunmen were killed when guardsmen were ambushed", "une attaque a visé le détachement
            # ... les assaillants": the side attacked is the target, the other side attacked
            agent = _other([m for m in before + after if m.ref.armed], patient)
            reason += "; a clash: the other armed side attacked" if agent is not None else ""
            if agent is not None and agent.targeted and not patient.targeted and _armed(agent) and _armed(patient):
                # "three security men were killed in an attack on a security checkpoint": the state's
                # dead were the target's own men; the attackers are not named
                agent, patient = None, agent
                reason += ", the state's dead at its own post"
            elif agent is not None and agent.targeted and not patient.targeted:
                # "a dozen terrorists were neutralised in an attack on the army detachment": the
                # side named after the target word was attacked; the dead were the attackers
                agent, patient = patient, agent
                reason += ", unless named as the target"
        elif sides is not None:
            agent, patient = sides
            reason += "; a clash: both armed sides named"
        elif clash_word and not passive and patient is not None and patient.ref.armed:
            # "combats avec les rebelles du M23": the one side named fought; "une attaque a visé le
            # détachement" (an attack word, no agent): the object is the target, the attackers unknown
            agent, patient = patient, _other(after, patient)
    if sub is S.ARMED_CLASH and agent is not None and patient is not None and not patient.ref.armed \
            and (patient.victim or patient.start in counted):
        # "Fighting between the army and Boko Haram ... left four people dead": a clash is fought by
        # two armed sides, in the order named; the dead it left are no side of it
        armed = sorted((m for m in before + after if m.ref.armed and not m.victim), key=lambda m: m.start)
        other = _other(armed, agent)
        if other is not None:
            agent, patient = (agent, other) if agent.start < other.start else (other, agent)
            reason += "; a clash: the other armed side, not the dead"
    if patient is not None and agent is not None and patient.ref.side() == agent.ref.side() \
            and not _two_unnamed_sides(sub, clash_word, trigger_end, agent, patient):
        patient = _other(after + before, agent)
    if sub is S.ARMED_CLASH and patient is None and agent is not None:  # "el ELN ... enfrentamientos con la policía"
        patient = _other([m for m in overlapping if m.ref.armed], agent)
    if sub is S.DISRUPTED_WEAPONS_USE and not predicate_is_outcome:
        # "a drone was launched at US forces ... and shot down": the target intercepted it
        return Roles(patient, agent, reason + "; interception: defender first")
    return Roles(agent, patient, reason, ally if agent is not None and ally not in (agent, patient) else None)


def past_allies(before: list[ActorMention], joined: frozenset[int]) -> list[ActorMention]:
    """The mentions before a verb-final act, in the order told, less its subject and the armed
    allies joined to it by a conjunction ("Soldaten der Armee und russische Söldner des
    Afrikakorps haben … getötet"): the act's objects. ``joined``: where conjunctions stand."""
    if not before or not before[0].ref.armed:
        return before[1:]
    ally, rest = before[0], before[1:]
    while rest and rest[0].ref.armed and any(ally.end <= j < rest[0].start and rest[0].start - j <= ALLY_GAP
                                             for j in joined):
        ally, rest = rest[0], rest[1:]
    return rest


def _armed_group_subject(before: list[ActorMention], after: list[ActorMention], trigger_start: int,
                         trigger_end: int) -> ActorMention | None:
    """In a verb-first language, an armed group right after the arrest verb ("اعتقلت قوات سوريا
    الديمقراطية ستة أشخاص") or right before the act ("شنت هيئة تحرير الشام حملة اعتقالات") is its
    subject: the group arrests, as de facto authorities do. After the verb, only with its object
    named next (verb, subject, object): "اعتقال مسلحي حركة الشباب في مقديشو" is the arrest of the
    group's fighters, a verbal noun and its object."""
    objects = {m.start for m in after}
    touching = [m for m in after if m.start == trigger_end
                and any(0 <= s - m.end <= VERB_SUBJECT for s in objects)] \
        + [m for m in before if m.end == trigger_start]
    return next((m for m in touching if _armed_group(m) and not m.victim and not m.targeted), None)


def _group_before_verb(before: list[ActorMention], trigger_start: int, counted: frozenset[int]) -> ActorMention | None:
    """In a subject-first language, an armed group just before an active arrest verb ("Houthi
    rebels detained four aid workers", "milicianos del ELN retuvieron a dos soldados") is its
    subject: the group arrests, as de facto authorities do (ACLED keeps it as actor1). Not a
    group with a number before it: "two Houthi fighters arrested in Marib" is a headline's
    passive, the fighters were arrested."""
    nearest = before[0] if before else None
    if nearest is None or trigger_start - nearest.end > SUBJECT_GAP or nearest.start in counted:
        return None
    return nearest if _armed_group(nearest) and not nearest.victim and not nearest.targeted else None


def _armed_group(mention: ActorMention) -> bool:
    return mention.ref.category == "named" and mention.ref.inter in (2, 3, 4)


def _arrest(before: list[ActorMention], after: list[ActorMention], mentions: list[ActorMention],
            agent_cue: int | None, trigger: int, subject: ActorMention | None = None,
            nearest: ActorMention | None = None, passive: bool = False) -> Roles:
    """"were arrested by police", "l'arrestation par la Minusca", "заарештовані американською
    владою": the agent named after its cue arrests, else a force named nearby (the police when
    none is: see the assembler). The arrested are a named group the sentence ties them to ("a
    leader of the Sinaloa cartel", "un chef de milice anti-balaka") wherever it stands, else the
    other side named nearby. ``nearest``: a group that is the verb's subject right before it,
    which outranks a force named further back ("police said Houthi rebels detained ..."). In the
    passive the arrested are its subject, told before the verb: in "a journalist was detained by
    police, accused of collusion with armed groups" the groups are the charge, not who was taken."""
    agent = _after_cue([m for m in after if _arresting(m)], agent_cue) or nearest \
        or _first(before, _arresting) or _first(after, _arresting) or subject
    groups = sorted((m for m in mentions if m is not agent and m.ref.category == "named" and m.ref.inter in (2, 3, 4)
                     and (agent is None or m.ref.side() != agent.ref.side())), key=lambda m: abs(m.start - trigger))
    # a group that arrests is not among those it arrested, however often the sentence names it
    told = before + after if passive else after + before
    arrested = groups[0] if groups else _other([m for m in told if subject is None
                                                or m.ref.side() != subject.ref.side()], agent)
    return Roles(agent, arrested, "arrest: the arresting force first, the group of the arrested second")


def _agreement(before: list[ActorMention], after: list[ActorMention]) -> Roles:
    """"Afghanistan and Pakistan agreed", "signed a deal with the M23", "un accord entre le
    gouvernement et les rebelles": the parties in the order the sentence names them."""
    parties = sorted((m for m in before + after if m.ref.category not in ("civilians", "protesters", "rioters")),
                     key=lambda m: m.start)
    first = parties[0] if parties else None
    second = _other(parties, first)
    if first is not None and second is not None:
        first, second = _home_government(first, second), _home_government(second, first)
    return Roles(first, second, "agreement: the parties in the order named")


def _home_government(party: ActorMention, other: ActorMention) -> ActorMention:
    """"El Gobierno y el ELN firmaron en Caracas un acuerdo": a government named by no country
    that signs with an armed group of one country is that country's, wherever they signed
    (Colombia's, not Venezuela's); else it is the government of the country the event happened in."""
    if party.ref.category != "government" or party.ref.country is not None or other.ref.category != "named" \
            or other.ref.inter not in (2, 3, 4) or other.ref.country is None:
        return party
    return replace(party, ref=replace(party.ref, country=other.ref.country))


def _clash_sides(before: list[ActorMention], after: list[ActorMention]) -> tuple[ActorMention, ActorMention] | None:
    """The two armed sides of a clash, whichever words name them (victims fought too, but the
    side that lost men is second: "a police officer was killed when gunmen opened fire")."""
    armed = sorted((m for m in before + after if m.ref.armed), key=lambda m: m.victim)
    first = armed[0] if armed else None
    second = _other(armed, first)
    return (first, second) if first is not None and second is not None else None


def _unnamed_sides(clash_word: bool, trigger_end: int,
                   after: list[ActorMention]) -> tuple[ActorMention, ActorMention] | None:
    """"un enfrentamiento entre una coalición de pandillas y un grupo de hombres armados", "clashes
    between bandits and militiamen": two armed groups, neither named, each told in its own words
    after the clash word, are its two sides, though both are unidentified (one side key)."""
    unnamed = [m for m in after if m.start >= trigger_end and m.ref.category == "unidentified" and not m.victim]
    return (unnamed[0], unnamed[1]) if clash_word and len(unnamed) >= 2 else None


def _two_unnamed_sides(sub: S, clash_word: bool, trigger_end: int, first: ActorMention,
                       second: ActorMention) -> bool:
    """Two unidentified sides of a clash told apart (:func:`_unnamed_sides`) stay two sides."""
    return sub is S.ARMED_CLASH and first is not second \
        and _unnamed_sides(clash_word, trigger_end, [first, second]) is not None


def _joined_side(side: ActorMention, before: list[ActorMention], joined: frozenset[int]) -> ActorMention | None:
    """The armed side named right before ``side`` and joined to it by a conjunction ("troops and
    RSF fighters"), of another side than it."""
    return next((m for m in before if m.end <= side.start and side.start - m.end <= JOINED_SIDES
                 and joined.intersection(range(m.end, side.start)) and m.ref.armed
                 and m.ref.side() != side.ref.side()), None)


def _owner_acts(sub: S, owner: ActorMention, mentions: list[ActorMention], target_cue: int | None) -> Roles:
    others = [m for m in mentions if m is not owner and m.ref.side() != owner.ref.side()]
    if sub is S.DISRUPTED_WEAPONS_USE:
        return Roles(_first(others, _armed) or (others[0] if others else None), owner,
                     "interception: the side that shot it down first, the weapon's owner second")
    victim = _first(others, _is_victim)
    target = _after_cue(others, target_cue) or _struck_group(sub, owner, others, victim) or victim \
        or (others[0] if others else None)
    return Roles(owner, target, "the weapon named with its owner acts")


def _struck_group(sub: S, owner: ActorMention, others: list[ActorMention],
                  victim: ActorMention | None) -> ActorMention | None:
    """"Warplanes struck Houthi positions, killing four people": a named armed group told as
    struck, between the strike's owner and the unarmed dead, is the strike's target."""
    if sub not in _STRIKES or victim is None or victim.ref.armed:
        return None
    return next((m for m in others if m.ref.category == "named" and m.ref.armed and not m.victim
                 and owner.end <= m.start < victim.start), None)


def _demonstration(sub: S, mentions: list[ActorMention]) -> Roles:
    kind = DEMONSTRATORS[sub]
    crowd = _first(mentions, lambda m: m.ref.category == kind) or ActorMention(-1, -1, ActorRef(kind))
    force = _first(mentions, lambda m: m.ref.category in ("police", "military"))
    if sub is S.PEACEFUL_PROTEST:
        force = None
    return Roles(crowd, force, f"{kind} act in a demonstration")


def _armed(mention: ActorMention) -> bool:
    return mention.ref.category in ("police", "military") or (
        mention.ref.category == "named" and mention.ref.inter == 1)


def _arresting(mention: ActorMention) -> bool:
    """Who can arrest: armed state forces, UN missions, or the authorities (coded as their police)."""
    return _armed(mention) or mention.ref.category == "government" or (
        mention.ref.category == "named" and mention.ref.inter == 8)


def _can_act(mention: ActorMention) -> bool:
    """Civilians and victims do not act; protesters act only in demonstrations (handled apart):
    "activists said" names a source, not the gunmen."""
    return mention.ref.category not in ("civilians", "protesters") and not mention.victim and not mention.targeted


def _is_victim(mention: ActorMention) -> bool:
    return mention.victim


def _after_cue(after: list[ActorMention], cue: int | None) -> ActorMention | None:
    if cue is None:
        return None
    return next((m for m in after if m.start >= cue and m.start - cue <= 4), None)


def _first(mentions: list[ActorMention], test) -> ActorMention | None:  # type: ignore[no-untyped-def]
    return next((m for m in mentions if test(m)), None)


def _other(mentions: list[ActorMention], agent: ActorMention | None) -> ActorMention | None:
    side = agent.ref.side() if agent else None
    return next((m for m in mentions if m is not agent and m.ref.side() != side), None)
