"""The ACLED taxonomy, with ACLED's exact spellings, and the codes derived from it.

``SUB_EVENT_TYPES`` maps each sub-event type to its event type; ``disorder_type`` and
``interaction`` follow the ACLED codebook (2023 edition).
"""

from __future__ import annotations

from enum import IntEnum, StrEnum


class DisorderType(StrEnum):
    POLITICAL_VIOLENCE = "Political violence"
    DEMONSTRATIONS = "Demonstrations"
    POLITICAL_VIOLENCE_DEMONSTRATIONS = "Political violence; Demonstrations"
    STRATEGIC_DEVELOPMENTS = "Strategic developments"


class EventType(StrEnum):
    BATTLES = "Battles"
    EXPLOSIONS = "Explosions/Remote violence"
    VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
    PROTESTS = "Protests"
    RIOTS = "Riots"
    STRATEGIC_DEVELOPMENTS = "Strategic developments"


class SubEventType(StrEnum):
    ARMED_CLASH = "Armed clash"
    GOVERNMENT_REGAINS_TERRITORY = "Government regains territory"
    NON_STATE_ACTOR_OVERTAKES_TERRITORY = "Non-state actor overtakes territory"
    CHEMICAL_WEAPON = "Chemical weapon"
    AIR_DRONE_STRIKE = "Air/drone strike"
    SUICIDE_BOMB = "Suicide bomb"
    SHELLING = "Shelling/artillery/missile attack"
    REMOTE_EXPLOSIVE = "Remote explosive/landmine/IED"
    GRENADE = "Grenade"
    SEXUAL_VIOLENCE = "Sexual violence"
    ATTACK = "Attack"
    ABDUCTION = "Abduction/forced disappearance"
    PEACEFUL_PROTEST = "Peaceful protest"
    PROTEST_WITH_INTERVENTION = "Protest with intervention"
    EXCESSIVE_FORCE = "Excessive force against protesters"
    VIOLENT_DEMONSTRATION = "Violent demonstration"
    MOB_VIOLENCE = "Mob violence"
    AGREEMENT = "Agreement"
    ARRESTS = "Arrests"
    CHANGE_TO_GROUP = "Change to group/activity"
    DISRUPTED_WEAPONS_USE = "Disrupted weapons use"
    HEADQUARTERS_ESTABLISHED = "Headquarters or base established"
    LOOTING = "Looting/property destruction"
    NON_VIOLENT_TRANSFER = "Non-violent transfer of territory"
    OTHER = "Other"


S, E = SubEventType, EventType

SUB_EVENT_TYPES: dict[SubEventType, EventType] = {
    S.ARMED_CLASH: E.BATTLES,
    S.GOVERNMENT_REGAINS_TERRITORY: E.BATTLES,
    S.NON_STATE_ACTOR_OVERTAKES_TERRITORY: E.BATTLES,
    S.CHEMICAL_WEAPON: E.EXPLOSIONS,
    S.AIR_DRONE_STRIKE: E.EXPLOSIONS,
    S.SUICIDE_BOMB: E.EXPLOSIONS,
    S.SHELLING: E.EXPLOSIONS,
    S.REMOTE_EXPLOSIVE: E.EXPLOSIONS,
    S.GRENADE: E.EXPLOSIONS,
    S.SEXUAL_VIOLENCE: E.VIOLENCE_AGAINST_CIVILIANS,
    S.ATTACK: E.VIOLENCE_AGAINST_CIVILIANS,
    S.ABDUCTION: E.VIOLENCE_AGAINST_CIVILIANS,
    S.PEACEFUL_PROTEST: E.PROTESTS,
    S.PROTEST_WITH_INTERVENTION: E.PROTESTS,
    S.EXCESSIVE_FORCE: E.PROTESTS,
    S.VIOLENT_DEMONSTRATION: E.RIOTS,
    S.MOB_VIOLENCE: E.RIOTS,
    S.AGREEMENT: E.STRATEGIC_DEVELOPMENTS,
    S.ARRESTS: E.STRATEGIC_DEVELOPMENTS,
    S.CHANGE_TO_GROUP: E.STRATEGIC_DEVELOPMENTS,
    S.DISRUPTED_WEAPONS_USE: E.STRATEGIC_DEVELOPMENTS,
    S.HEADQUARTERS_ESTABLISHED: E.STRATEGIC_DEVELOPMENTS,
    S.LOOTING: E.STRATEGIC_DEVELOPMENTS,
    S.NON_VIOLENT_TRANSFER: E.STRATEGIC_DEVELOPMENTS,
    S.OTHER: E.STRATEGIC_DEVELOPMENTS,
}

# Sub-event types of demonstrations (ACLED's Protests and Riots): their crowd is actor1.
DEMONSTRATION_SUB_TYPES = frozenset(sub for sub, kind in SUB_EVENT_TYPES.items() if kind in (E.PROTESTS, E.RIOTS))


def event_type_of(sub_event_type: SubEventType | str) -> EventType:
    return SUB_EVENT_TYPES[SubEventType(sub_event_type)]


def disorder_type(sub_event_type: SubEventType | str) -> DisorderType:
    """ACLED's disorder type: demonstrations met with lethal force count as both."""
    sub = SubEventType(sub_event_type)
    if sub in (S.EXCESSIVE_FORCE, S.MOB_VIOLENCE):
        return DisorderType.POLITICAL_VIOLENCE_DEMONSTRATIONS
    kind = SUB_EVENT_TYPES[sub]
    if kind in (E.PROTESTS, E.RIOTS):
        return DisorderType.DEMONSTRATIONS
    if kind is E.STRATEGIC_DEVELOPMENTS:
        return DisorderType.STRATEGIC_DEVELOPMENTS
    return DisorderType.POLITICAL_VIOLENCE


class Inter(IntEnum):
    """ACLED actor categories (the ``inter1``/``inter2`` codes)."""

    NONE = 0
    STATE_FORCES = 1
    REBEL_GROUP = 2
    POLITICAL_MILITIA = 3
    IDENTITY_MILITIA = 4
    RIOTERS = 5
    PROTESTERS = 6
    CIVILIANS = 7
    EXTERNAL_OTHER = 8


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's two-digit interaction code: the smaller inter code first; ``N0`` for one actor."""
    if not inter1:
        return None
    if not inter2:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def is_valid_pair(event_type: str, sub_event_type: str) -> bool:
    try:
        return SUB_EVENT_TYPES[SubEventType(sub_event_type)] == EventType(event_type)
    except ValueError:
        return False
