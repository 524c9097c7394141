"""The type of a frame once its roles are known: who acted, on whom, in what story.

The classifier (:mod:`.classify`) reads the words of a sentence; these rules then adjust its
answer with what the words alone do not say: who took a town (the state regains it, anyone
else overtakes it), a crowd turning violent or force used on it in a story about a
demonstration, an arrest told before or after the act it is about, an agreement whose object
is the fighting it ends. Each returns the classification unchanged when it does not apply.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ...actors.kb import ActorRef
from ...actors.roles import ActorMention, Roles
from ...packs.vocabulary import ActorCategory, Cue, EventWord, HitKind
from ...taxonomy import DEMONSTRATION_SUB_TYPES
from ...taxonomy import SubEventType as S
from .. import tuning as T
from ..hits import Hit
from ..places import PlaceMention
from .classify import CLASHES_IN_A_DEMONSTRATION_STORY, CROWD_CLASHING, Classification
from .context import DocContext, SentenceView
from .figures import Figure


def protest_story(context: DocContext) -> bool:
    """Whether the story is about a demonstration: its lead (the first two paragraphs) names
    one, or two sentences of it do. Force told in such a story is force used on the crowd."""
    told = [v for v in context.views if v.has(HitKind.EVENT, EventWord.PROTEST)]
    return any(v.sentence.paragraph <= 1 for v in told) or len(told) >= T.PROTEST_STORY_SENTENCES


def fire_on_aid_seekers(context: DocContext, view: SentenceView, events: set[str],
                        weapons: set[str]) -> tuple[set[str], set[str]]:
    """People waiting for aid or food fired on ("hätten in die Menge geschossen", "opened fire on the
    crowd" at a distribution site, told in the sentence or the two before it) are civilians shot, no
    demonstration met with lethal force: ACLED's attack on civilians, the shots a firearm's."""
    if EventWord.LETHAL_FORCE not in events or EventWord.PROTEST in events:
        return events, weapons
    at = view.sentence.index
    if not any(v.has(HitKind.CUE, Cue.AID) for v in context.views[max(0, at - T.AID_SENTENCES):at + 1]):
        return events, weapons
    return (events - {EventWord.LETHAL_FORCE}) | {EventWord.ATTACK}, weapons | {"firearm"}


def crowd_as_civilians(classification: Classification, roles: Roles) -> Roles:
    """A crowd attacked that was no demonstration (people waiting for food fired on: "vs the crowd")
    is civilians, the victims of ACLED's attack, not protesters."""
    target = roles.actor2
    if classification.sub_event_type is not S.ATTACK or target is None or target.ref.category != "protesters":
        return roles
    return replace(roles, actor2=replace(target, ref=ActorRef("civilians", country=target.ref.country)))


def protesters_attack(window: list[Hit]) -> bool:
    """Whether the crowd is the subject of an attack or a destruction word ("protesters tried to
    storm the parliament", "Personas que protestaban intentaron irrumpir en residencias",
    "protesters torched a police station"): the nearest actor or demonstration word before it
    names the protesters. ACLED's ladder: a violent demonstration."""
    for attack in (h for h in window if h.kind == HitKind.EVENT and h.label in _CROWD_ACTS):
        # "Protesters burned a bus and looted shops": the bus (civilians) is the first verb's object,
        # not the subject of the second; civilians are never the subject sought here
        before = [h for h in window if h.end <= attack.start and attack.start - h.end <= T.SUBJECT_WINDOW and (
            (h.kind == HitKind.ACTOR and h.label != ActorCategory.CIVILIANS)
            or (h.kind == HitKind.EVENT and h.label == EventWord.PROTEST))]
        if before:
            nearest = max(before, key=lambda h: (h.end, h.kind == HitKind.EVENT))
            if nearest.kind == HitKind.EVENT or nearest.label in ("protesters", "rioters"):
                return True
        # "la porte de l'hôtel de ville a été incendiée par des manifestants": the crowd is the agent
        agents = [h.end for h in window if h.kind == HitKind.CUE and h.label == Cue.PASSIVE_AGENT
                  and 0 <= h.start - attack.end <= T.PASSIVE_AGENT_GAP]
        if any(0 <= h.start - end <= T.PASSIVE_AGENT_GAP for end in agents for h in window
               if (h.kind == HitKind.ACTOR and h.label in ("protesters", "rioters"))
               or (h.kind == HitKind.EVENT and h.label == EventWord.PROTEST)):
            return True
    return False


_CROWD_ACTS = frozenset({EventWord.ATTACK, EventWord.LOOTING})  # a crowd that attacks or burns riots


def territory_by_side(classification: Classification, roles: Roles) -> Classification:
    """Who took the town decides: the state regains territory, anyone else overtakes it."""
    sub = classification.sub_event_type
    if sub not in (S.GOVERNMENT_REGAINS_TERRITORY, S.NON_STATE_ACTOR_OVERTAKES_TERRITORY) or roles.actor1 is None:
        return classification
    state = roles.actor1.ref.category in ("military", "police") or (
        roles.actor1.ref.category == "named" and roles.actor1.ref.inter == 1)
    kind = S.GOVERNMENT_REGAINS_TERRITORY if state else S.NON_STATE_ACTOR_OVERTAKES_TERRITORY
    return classification if kind is sub else replace(classification, sub_event_type=kind,
                                                      reason=classification.reason + "; by the actor's side")


VIOLENT_WORDS = frozenset({EventWord.ATTACK, EventWord.STRIKE, EventWord.EXPLOSION, EventWord.LAUNCH, EventWord.KILL,
                      EventWord.CLASH})
TOLD_ACTS = frozenset({S.ARMED_CLASH, S.ATTACK})
_AGREEMENTS = frozenset({EventWord.AGREEMENT, EventWord.EXCHANGE})  # an exchange is agreed on too


def agreement_over_its_object(events: set[str], window: list[Hit]) -> set[str]:
    """"signed an agreement to end the fighting", "وقعت ... اتفاقا ... بهدف إنهاء القتال": violence
    named after the agreement is what it is about, not an act of the day."""
    agreements = [h.start for h in window if h.kind == HitKind.EVENT and h.label in _AGREEMENTS]
    if not agreements:
        return events
    first = min(agreements)
    earlier = {h.label for h in window if h.kind == HitKind.EVENT and h.label in VIOLENT_WORDS and h.start < first}
    if earlier or any(h.kind == HitKind.WEAPON and h.start < first for h in window):
        return events
    return events - VIOLENT_WORDS


def arrest_after_act(classification: Classification, window: list[Hit]) -> Classification | None:
    """"Heavy fighting broke out in Bentiu after soldiers arrested a militia commander": a fight
    or an attack told first and an arrest told after it are two events of the sentence (the
    arrest told first is the event itself: :func:`arrest_over_earlier_act`). Beside an abduction
    ("killed two and detained a group of young men, taking them away") the detaining is the
    abductors' taking, part of the attack (:func:`killing_told_first`), not an arrest."""
    if classification.sub_event_type not in TOLD_ACTS or any(
            h.kind == HitKind.EVENT and h.label == EventWord.ABDUCTION for h in window):
        return None
    acts = [h.start for h in window if h.kind == HitKind.EVENT and h.label in VIOLENT_WORDS]
    arrests = [h.start for h in window if h.kind == HitKind.EVENT and h.label == EventWord.ARREST]
    if not acts or not arrests or min(arrests) < min(acts):
        return None
    return Classification(S.ARRESTS, None, False, "an arrest told after the act")


def another_crowd(classification: Classification, window: list[Hit], others: Sequence[Hit]) -> Hit | None:
    """"Police detained protesters gathered outside the party's offices, as others rallied in front
    of the White House": a protest word next to an "others" cue (``others``), after an act told
    first (the first crowd's protest, its arrest), is a second demonstration of the sentence (its
    protest word is returned)."""
    if classification.sub_event_type not in DEMONSTRATION_SUB_TYPES or not others:
        return None
    acts = sorted((h for h in window if h.kind == HitKind.EVENT), key=lambda h: h.start)
    for protest in (h for h in acts[1:] if h.label == EventWord.PROTEST):
        if any(max(cue.start - protest.end, protest.start - cue.end) <= T.OTHERS_WINDOW  # beside it, or one with it
               for cue in others if cue.start >= acts[0].end):
            return protest
    return None


def first_arrest(window: list[Hit]) -> Hit:
    return min((h for h in window if h.kind == HitKind.EVENT and h.label == EventWord.ARREST), key=lambda h: h.start)


REBELS_AT_A_PLACE = "a rebel group attacking a place, no victims named"


def state_attack_on_a_place(classification: Classification, roles: Roles, weapons: set[str],
                            events: frozenset[str] | set[str] = frozenset()) -> Classification:
    """"The army attacked Kidal", "JNIM attacked the town of Nioro": state forces or a named rebel
    group attacking a town with no weapon named and no victims named fight whoever holds it;
    that is a clash, not violence against civilians (the rebels' enemy is then the state:
    :data:`REBELS_AT_A_PLACE`). State forces that attacked a village and burned its houses
    (``events`` holds property destruction) fought nobody: ACLED's looting/property destruction."""
    if classification.sub_event_type is not S.ATTACK or weapons or roles.actor2 is not None \
            or roles.actor1 is None:
        return classification
    ref = roles.actor1.ref
    if ref.category == "military" and EventWord.LOOTING in events:
        return Classification(S.LOOTING, None, False, "state forces attacking a place and destroying property")
    if ref.category == "military":
        return Classification(S.ARMED_CLASH, None, False, "state forces attacking a place, no victims named")
    if ref.category == "named" and ref.inter == 2:
        return Classification(S.ARMED_CLASH, None, False, REBELS_AT_A_PLACE)
    return classification


def crowd_violence(classification: Classification, roles: Roles, weapons: set[str],
                   named: Sequence[ActorRef] = ()) -> Classification:
    """In a story about a demonstration, clashes where no armed group is named ("the clashes also
    killed an opposition activist", "activists hacked a constable to death in clashes") and a mob
    turning on the police ("a mob beat a constable to death") are the demonstration turned
    violent: ACLED's violent demonstration. An armed group the sentence names beside the sides
    (``named``: "combats entre les FARDC ... et les rebelles du M23") makes the clashes a battle."""
    sub = classification.sub_event_type
    sides = [m.ref for m in (roles.actor1, roles.actor2) if m is not None]
    armed_group = any(r.category in ("unidentified", "group") or (r.category == "named" and r.inter in (2, 3, 4))
                      for r in [*sides, *named])
    if sub is S.ARMED_CLASH and not armed_group and weapons <= {"firearm", "blade"} \
            and not (len(sides) == 2 and all(r.category in ("military", "police") for r in sides)):
        return Classification(S.VIOLENT_DEMONSTRATION, None, False, CLASHES_IN_A_DEMONSTRATION_STORY)
    if sub is S.MOB_VIOLENCE and roles.actor2 is not None and roles.actor2.ref.category in ("police", "military"):
        return Classification(S.VIOLENT_DEMONSTRATION, None, False, "a crowd turning on the police in a protest story")
    return classification


def force_on_the_crowd(classification: Classification, roles: Roles, fired_on: bool = False) -> Classification:
    """In a story about a demonstration, state forces killing or wounding people with no weapon
    of war ("security forces shot dead a teenager in Javanrud") is force used on that
    demonstration: ACLED's excessive force against protesters. Where the story tells live fire
    on the crowd (``fired_on``), deaths told with no killer named ("seven people were killed in
    Javanroud") are that force too."""
    if classification.sub_event_type is not S.ATTACK:
        return classification
    unnamed = roles.actor1 is None and fired_on
    if not unnamed and (roles.actor1 is None or roles.actor1.ref.category not in ("police", "military")):
        return classification
    return Classification(S.EXCESSIVE_FORCE, None, False, "state forces killing in a demonstration story")


def arrest_over_earlier_act(classification: Classification, window: list[Hit], impact: bool = True) -> Classification:
    """"Police arrested 14 members of a kidnapping gang", "detuvieron a dos sospechosos del
    atentado": the arrest is told first and the crime is its object, so the event is the arrest.
    A raid told first with no weapon and no one hurt ("اقتحمت القوات مدينة ... واعتقلت خمسة
    شبان", "troops raided the town and detained five men") is the arrest's operation, one event."""
    acts = sorted((h for h in window if h.kind in (HitKind.EVENT, HitKind.WEAPON)), key=lambda h: h.start)
    if not impact and classification.sub_event_type is S.ATTACK and classification.weapon is None \
            and any(h.kind == HitKind.EVENT and h.label == EventWord.ARREST for h in acts[1:]) \
            and not any(h.kind == HitKind.WEAPON for h in acts):
        return Classification(S.ARRESTS, None, False, "a raid told with its arrests and no harm: the arrests")
    if classification.sub_event_type is S.ABDUCTION and _arrest_before_abduction(acts):
        # "police raided a hideout and arrested five suspected kidnappers": the kidnapping names them
        return Classification(S.ARRESTS, None, False, "an arrest of kidnappers")
    if not acts or acts[0].label != EventWord.ARREST or classification.sub_event_type in DEMONSTRATION_SUB_TYPES \
            or classification.sub_event_type is S.ARRESTS or _an_exchange(classification, acts):
        return classification
    return Classification(S.ARRESTS, None, False, "an arrest told before the act it is about")


def _an_exchange(classification: Classification, acts: list[Hit]) -> bool:
    """A prisoner exchange: "wurden 40 Gefangene ausgetauscht, die … festgenommen worden waren"
    swaps the men once arrested; their arrest is no event of the day."""
    return classification.sub_event_type is S.AGREEMENT and any(
        h.kind == HitKind.EVENT and h.label == EventWord.EXCHANGE for h in acts)


def killing_told_first(classification: Classification, window: list[Hit], killed: Figure | None) -> Classification:
    """"Gunmen killed two villagers and abducted 40 others", "ont décapité trois villageois et
    enlevé des femmes", "they killed and kidnapped many": people killed, told before the people
    taken, make the killing the main act, and ACLED codes the attack with its dead (the
    abduction is part of it). Told the other way ("abducted 23 people and shot dead a farmer"),
    the abduction leads and stays the event."""
    if classification.sub_event_type is not S.ABDUCTION or (killed is not None and not killed.value):
        return classification  # "no one was killed"
    taken = [h.start for h in window if h.kind == HitKind.EVENT and h.label == EventWord.ABDUCTION]
    kills = [h.start for h in window if h.kind == HitKind.EVENT and h.label == EventWord.KILL] + (
        [killed.start] if killed is not None else [])
    if not taken or not kills or min(kills) > min(taken):
        return classification
    return Classification(S.ATTACK, classification.weapon, False, "people killed, then others taken: an attack")


def _arrest_before_abduction(acts: list[Hit]) -> bool:
    """An arrest word told before every abduction word, no weapon among the acts."""
    arrests = [h.start for h in acts if h.kind == HitKind.EVENT and h.label == EventWord.ARREST]
    abductions = [h.start for h in acts if h.kind == HitKind.EVENT and h.label == EventWord.ABDUCTION]
    return bool(arrests and abductions) and min(arrests) < min(abductions) \
        and not any(h.kind == HitKind.WEAPON for h in acts)


def crowd_clash(classification: Classification, roles: Roles, weapons: set[str]) -> Classification:
    """"Clashes between youths and police broke out in Malmö": a fight whose side is a crowd
    (rioters, protesters) and no armed group, with no weapon of war, is a riot, in any story:
    ACLED's violent demonstration."""
    if classification.sub_event_type is not S.ARMED_CLASH or not weapons <= {"blade"}:
        return classification
    sides = [m.ref for m in (roles.actor1, roles.actor2) if m is not None]
    if not any(r.category in ("rioters", "protesters") for r in sides) or any(
            r.category in ("unidentified", "group") or (r.category == "named" and r.inter in (2, 3, 4)) for r in sides):
        return classification
    return Classification(S.VIOLENT_DEMONSTRATION, None, False, CROWD_CLASHING)


_GROUND_ACTS = frozenset({EventWord.ATTACK, EventWord.CLASH, EventWord.OVERTAKE, EventWord.REGAIN})


def without_support(view: SentenceView, window: list[Hit]) -> list[Hit]:
    """"Police stormed the favelas backed by two helicopters and drones": the aircraft named after
    a support cue backed the assault, they struck nothing of their own; beside a ground act (an
    assault, a clash, a taking) they do not make the event an air strike. Without one they stay."""
    supports = [h.end for h in view.of(HitKind.CUE, Cue.SUPPORT)]
    if not supports:
        return window
    kept = [h for h in window if not (h.kind == HitKind.WEAPON
                                      and any(0 <= h.start - end <= T.SUPPORT_WINDOW for end in supports))]
    if len(kept) == len(window) or not any(h.kind == HitKind.EVENT and h.label in _GROUND_ACTS for h in kept):
        return window
    return kept


def placed_apart(crowd: Hit, place: PlaceMention | None, places: list[PlaceMention]) -> bool:
    """Whether a second crowd is told with a town of its own ("while others rallied in Mombasa"):
    that town's event, split by place, not a second crowd here (a namesake abroad, "Ministerio de
    Economía" read as a Mexican town, is no town of its own)."""
    return any(p.start > crowd.start and (place is None or (p.place.id != place.place.id
                                                           and p.place.country_code == place.place.country_code))
               for p in places)


def repelled(view: SentenceView, classification: Classification, roles: Roles,
             mentions: Sequence[ActorMention] = ()) -> tuple[Classification, Roles]:
    """"تصدى الجيش السوداني لهجوم من قوات الدعم السريع", "the army repelled an attack by the RSF":
    the side that repelled the attack was attacked; the attack's author is the first side, and
    two armed sides fought. "Soldiers repulsed an al-Shabaab attack": the attack's author is read
    first and the side before the repelling word is the second (``mentions``: the sentence's)."""
    first, second = roles.actor1, roles.actor2
    if classification.sub_event_type in TOLD_ACTS and first is not None and first.ref.armed \
            and (second is None or not second.ref.armed):
        cues = view.of(HitKind.CUE, Cue.REPEL)
        subject = next((m for m in mentions if m.ref.armed and m.end <= first.start
                        and m.ref.side() != first.ref.side()
                        and any(0 <= cue.start - m.end <= T.REPEL_WINDOW and cue.end <= first.start for cue in cues)),
                       None)
        if subject is not None:
            clash = replace(classification, sub_event_type=S.ARMED_CLASH,
                            reason=classification.reason + "; an attack repelled")
            return clash, Roles(first, subject, roles.reason + "; the side that repelled was attacked")
    if classification.sub_event_type not in TOLD_ACTS or first is None or second is None \
            or not (first.ref.armed and second.ref.armed):
        return classification, roles
    # "the army repelled", "Українські військові в неділю відбили": near the side's first or last word;
    # "insurgents attacked the town but were repelled by vigilantes": the agent of the passive repelled
    passives = {h.end for h in view.of(HitKind.CUE, Cue.PASSIVE)}
    if not any(((abs(cue.start - first.start) <= T.REPEL_WINDOW or 0 <= cue.start - first.end <= T.REPEL_WINDOW)
                and cue.end <= second.start)
               or (cue.start in passives and second.end <= cue.start and cue.end <= first.start)
               for cue in view.of(HitKind.CUE, Cue.REPEL)):
        return classification, roles
    clash = replace(classification, sub_event_type=S.ARMED_CLASH, reason=classification.reason + "; an attack repelled")
    return clash, Roles(second, first, roles.reason + "; the side that repelled was attacked")
