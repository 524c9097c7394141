"""The type of an event its reports tell (the lead's, a demonstration's most severe), which
types two frames may have and still tell one event (the same type, an interception and its
hit, the two sides of a demonstration, a strike and its munition, a bombing and its blast, an
arrest at a rally), and which frames are weak: violence told without a weapon or a fight,
details of an event told more precisely elsewhere. Read by :mod:`.grouping` and
:mod:`.assemble`."""

from __future__ import annotations

from ...packs.vocabulary import Cue, HitKind
from ...taxonomy import DEMONSTRATION_SUB_TYPES
from ...taxonomy import SubEventType as S
from .. import tuning as T
from .classify import CLASHES_ONLY
from .frames import Frame

REMOTE = frozenset({S.AIR_DRONE_STRIKE, S.SHELLING, S.DISRUPTED_WEAPONS_USE})
TERRITORIAL = frozenset({S.NON_STATE_ACTOR_OVERTAKES_TERRITORY, S.GOVERNMENT_REGAINS_TERRITORY})
# demonstrations from the mildest to the most severe: an event takes the most severe any report tells
SEVERITY = [S.PEACEFUL_PROTEST, S.PROTEST_WITH_INTERVENTION, S.VIOLENT_DEMONSTRATION, S.MOB_VIOLENCE,
            S.EXCESSIVE_FORCE]


def told_as_sequel(frame: Frame, kinds: tuple[HitKind, ...] = (HitKind.EVENT, HitKind.WEAPON)) -> bool:
    """Whether the frame's sentence opens its act (a hit of ``kinds``) with a word of sequel
    ("later that day")."""
    events = [h.start for h in frame.view.hits if h.kind in kinds]
    return bool(events) and any(h.kind == HitKind.CUE and h.label == Cue.SEQUEL and h.end <= min(events)
                                for h in frame.view.hits)


def is_weak(frame: Frame) -> bool:
    """Violence told without a weapon or a fight ("nine people were killed", "the attack"):
    usually a detail of an event the article reports more precisely elsewhere."""
    return frame.weak


def types_fit(lead: Frame, frame: Frame) -> bool:
    """Whether two frames' types allow one event: compatible types, a later sentence
    retelling a strike, violence told without a weapon, an arrest at a demonstration."""
    # a later sentence retelling the strike, or telling the day and weapon of one a lead told vaguely
    # ("Saporischschja geriet unter Beschuss. Am Sonntagabend warfen Kampfflugzeuge Gleitbomben ab")
    restated = (frame.date_span is None or lead.date_span is None) and lead.sub in REMOTE | {S.REMOTE_EXPLOSIVE} \
        and frame.sub in REMOTE | {S.REMOTE_EXPLOSIVE}
    if _victims_beside_disruption(lead, frame) or _victims_beside_disruption(frame, lead) \
            or _disruption_told_later(lead, frame) or _disruption_told_later(frame, lead):
        return False
    return compatible_types(lead.sub, frame.sub) or restated or is_weak(lead) or is_weak(frame) \
        or _arrest_in_demonstration(lead.sub, frame.sub) or munition_of_strike(lead, frame) \
        or munition_of_strike(frame, lead) or blast_of_bombing(lead, frame) or blast_of_bombing(frame, lead)


def _victims_beside_disruption(disrupted: Frame, other: Frame) -> bool:
    """"Cinq civils ont été tués lundi à Bamenda … Un engin explosif a par ailleurs été désamorcé
    près d'un marché de Bamenda": a bomb defused or a drone shot down harmed no one, so the dead
    another sentence tells without a weapon are another act's, not the disruption's."""
    figures = other.figures
    return disrupted.sub is S.DISRUPTED_WEAPONS_USE and other.sub is not S.DISRUPTED_WEAPONS_USE \
        and other.view is not disrupted.view and is_weak(other) \
        and any(f is not None and f.value > 0 for f in (figures.killed, figures.injured))


DISRUPTION_KINDS = (HitKind.EVENT, HitKind.WEAPON, HitKind.OUTCOME)  # "defused", "shot down": outcomes


def _disruption_told_later(other: Frame, disrupted: Frame) -> bool:
    """"Later in the evening, a bomb disposal squad defused a second device": a disruption told
    as following the attack ("later", "hours later") is an act of its own, not the interception
    that went with the hit."""
    return disrupted.sub is S.DISRUPTED_WEAPONS_USE and other.sub is not S.DISRUPTED_WEAPONS_USE \
        and disrupted.view is not other.view and told_as_sequel(disrupted, DISRUPTION_KINDS)


def blast_of_bombing(bombing: Frame, blast: Frame) -> bool:
    """"The explosion killed seven" told of a suicide bombing: an explosion with no device
    named is the bomber's, not a second, planted bomb; so is the charge told right after the
    bombing with no author of its own ("Ein Attentäter habe ein mit Sprengstoff beladenes
    Fahrzeug gezündet")."""
    if bombing.sub is not S.SUICIDE_BOMB or blast.sub is not S.REMOTE_EXPLOSIVE:
        return False
    told_next = 0 < blast.view.sentence.index - bombing.view.sentence.index <= T.BOMBER_SENTENCES \
        and blast.weapons <= {"ied"} and blast.roles.actor1 is None
    # "A bomb blast tore through the market ... A suicide bomber detonated his explosives near the
    # stalls": the bomber told right after the blast, with no day of his own, set off that bomb
    bomber_next = 0 < bombing.view.sentence.index - blast.view.sentence.index <= T.BOMBER_SENTENCES \
        and blast.weapons <= {"ied"} and bombing.date_span is None
    return not blast.weapons or told_next or bomber_next


def munition_of_strike(strike: Frame, munition: Frame) -> bool:
    """A missile told without who fired it, in the story of an air or drone strike ("Nach Angaben
    der Behörden hatte die Rakete zwei Geländewagen getroffen"), is the strike's munition, not a shelling of
    its own: the strike's report leads the event. Only a missile told after the strike: a
    missile attack told first is its own event, with drones as part of it."""
    if strike.sub is not S.AIR_DRONE_STRIKE or munition.roles.actor1 is not None \
            or strike.view.sentence.index >= munition.view.sentence.index:
        return False
    if munition.sub is S.SHELLING:
        return True
    # "Military aircraft struck the town. A bomb hit the market late on Tuesday": a bomb told
    # right after the strike, with no hand of its own, is what the aircraft dropped
    return munition.sub is S.REMOTE_EXPLOSIVE and munition.weapons <= {"ied"} \
        and munition.view.sentence.index - strike.view.sentence.index <= T.BOMBER_SENTENCES


def compatible_types(a: S, b: S) -> bool:
    """The same type, an interception and a hit of the same attack, two sides of one
    demonstration (it was peaceful, then police dispersed it), or the fighting that won a
    town and the town won ("seized the town after heavy fighting ... twelve soldiers were
    killed in the clashes": ACLED codes one territorial event with the fighting's dead)."""
    return a == b or (S.DISRUPTED_WEAPONS_USE in (a, b) and a in REMOTE and b in REMOTE) or (
        a in DEMONSTRATION_SUB_TYPES and b in DEMONSTRATION_SUB_TYPES) or (
        S.CHEMICAL_WEAPON in (a, b) and (a in REMOTE or b in REMOTE)) or (  # chlorine dropped from a plane
        S.ARMED_CLASH in (a, b) and (a in TERRITORIAL or b in TERRITORIAL))


def _arrest_in_demonstration(a: S, b: S) -> bool:
    """ACLED codes arrests made at a demonstration, property burnt or looted during an attack
    or a riot, and people freed in a rescue or a fight ("the troops freed 12 kidnapped
    villagers") as part of that event."""
    if S.ARRESTS in (a, b):
        return (a if b is S.ARRESTS else b) in DEMONSTRATION_SUB_TYPES
    if S.OTHER in (a, b):
        return (a if b is S.OTHER else b) in _FREED_IN
    return S.LOOTING in (a, b)


_FREED_IN = frozenset({S.ABDUCTION, S.ARMED_CLASH, S.ATTACK, S.GOVERNMENT_REGAINS_TERRITORY})


def group_type(lead: Frame, frames: list[Frame]) -> S:
    """The type of the event a lead and its reports (``frames``, the lead among them) tell: the
    lead's; for a demonstration, the most severe any report describes."""
    demonstrations = [f for f in frames if f.sub in DEMONSTRATION_SUB_TYPES]
    if lead.sub in DEMONSTRATION_SUB_TYPES and demonstrations:
        told = _demonstration_type(max(demonstrations, key=_severity))
        if told is S.PEACEFUL_PROTEST and any(f.sub is S.ARRESTS for f in frames):
            # "In Hamburg kam es zu Rangeleien, die Polizei nahm zwei Personen fest": arrests at the
            # demonstration are ACLED's intervention
            return S.PROTEST_WITH_INTERVENTION
        return told
    if any(f.sub is S.CHEMICAL_WEAPON for f in frames):
        return S.CHEMICAL_WEAPON  # ACLED: the weapon decides, however it was delivered
    if lead.sub is S.REMOTE_EXPLOSIVE and lead.weapons <= {"ied"} \
            and any(f.sub is S.SUICIDE_BOMB for f in frames):
        return S.SUICIDE_BOMB  # "the explosion killed seven", "a bomb blast …", of a bomber the story tells
    if lead.sub is S.SHELLING and not lead.weapons & {"missile", "rocket"} \
            and any(f.sub is S.AIR_DRONE_STRIKE and f.classification.weapon in ("drone", "airstrike")
                    for f in frames):
        # "поранено п'ятеро внаслідок обстрілу", then "атакували місто безпілотником": the drone (or the
        # aircraft: "warfen Kampfflugzeuge Gleitbomben ab") the story names outranks the shelling told
        # of the same event, as in one sentence (classify)
        return S.AIR_DRONE_STRIKE
    hurt = any(figure is not None and figure.value > 0
               for f in frames for figure in (f.figures.killed, f.figures.injured))
    won = next((f.sub for f in frames if f.sub in TERRITORIAL), None)
    if lead.sub is S.ARMED_CLASH and won is not None:
        return won  # "clashes broke out ... the rebels took the town": the fight that won it
    if lead.sub is S.ATTACK and any(f.sub is S.ABDUCTION for f in frames) and not hurt:
        return S.ABDUCTION  # "stormed the village" told beside "abducted 30 people", no one hurt: ACLED's abduction
    return lead.sub


def _severity(frame: Frame) -> float:
    """ACLED's ladder across the reports of one demonstration (:data:`SEVERITY`). "Clashes" that
    name no act of the crowd rank below the police's intervention ("brief clashes" beside "tear
    gas and a water cannon": a protest with intervention) and above a peaceful protest; the
    crowd's own violence told anywhere (stones, arson, storming) stays a violent demonstration."""
    if _clashes_only(frame):
        return SEVERITY.index(S.PROTEST_WITH_INTERVENTION) - 0.5
    return SEVERITY.index(_demonstration_type(frame))


def _clashes_only(frame: Frame) -> bool:
    return frame.sub is S.VIOLENT_DEMONSTRATION and frame.classification.reason in CLASHES_ONLY \
        and not _forces_hurt(frame)


def _demonstration_type(frame: Frame) -> S:
    """A demonstration the police intervened in where police or soldiers were hurt ("100 police
    officers were injured") had a violent crowd: ACLED's violent demonstration."""
    if frame.sub is S.PROTEST_WITH_INTERVENTION and _forces_hurt(frame):
        return S.VIOLENT_DEMONSTRATION
    return frame.sub


def _forces_hurt(frame: Frame) -> bool:
    """Whether the frame counts state forces (police, soldiers) killed or hurt."""
    return any(f is not None and f.value > 0 and f.side == "state"
               for f in (frame.figures.killed, frame.figures.injured))
