"""Who did it to whom: actor1 and actor2 of an event from the words around its trigger.

Voice decides: in "a convoy was hit by a bomb" the convoy's force is the target (actor2),
in "the army shelled the village" the army acts. An interception puts the side that shot
the weapon down first, the side that launched it second (ACLED). Demonstrations always have
their demonstrators as actor1.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..taxonomy import SubEventType as S
from .kb import ActorRef

CLAUSE = 14  # tokens an actor may stand from its trigger
DEMONSTRATORS = {S.PEACEFUL_PROTEST: "protesters", S.PROTEST_WITH_INTERVENTION: "protesters",
                 S.EXCESSIVE_FORCE: "protesters", S.VIOLENT_DEMONSTRATION: "rioters",
                 S.MOB_VIOLENCE: "rioters"}
VIOLENT = frozenset({S.ARMED_CLASH, S.AIR_DRONE_STRIKE, S.SHELLING, S.REMOTE_EXPLOSIVE, S.GRENADE,
                     S.SUICIDE_BOMB, S.CHEMICAL_WEAPON, S.ATTACK, S.ABDUCTION, S.SEXUAL_VIOLENCE,
                     S.DISRUPTED_WEAPONS_USE, S.GOVERNMENT_REGAINS_TERRITORY,
                     S.NON_STATE_ACTOR_OVERTAKES_TERRITORY, S.LOOTING})


@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int
    end: int
    ref: ActorRef


@dataclass(frozen=True, slots=True)
class Roles:
    actor1: ActorMention | None
    actor2: ActorMention | None
    reason: str


def assign_roles(sub: S, trigger_start: int, trigger_end: int, mentions: list[ActorMention],
                 *, passive: bool, agent_cue: int | None, target_cue: int | None) -> Roles:
    """Choose actor1 and actor2 among ``mentions`` (token spans of the sentence)."""
    before = sorted((m for m in mentions if m.end <= trigger_start and trigger_start - m.end <= CLAUSE),
                    key=lambda m: trigger_start - m.end)
    after = sorted((m for m in mentions if m.start >= trigger_end and m.start - trigger_end <= CLAUSE),
                   key=lambda m: m.start)
    if sub in DEMONSTRATORS:
        return _demonstration(sub, before + after)
    if sub is S.ARRESTS:
        agent = _first(before, _armed) or _first(after, _armed)
        return Roles(agent, _other(after + before, agent), "arrest: the arresting force first")
    weapon_owner = _first(before + after, lambda m: m.ref.instrument)
    if weapon_owner is not None:  # "un drone israélien", "украинским беспилотником": who fired
        others = [m for m in before + after if m is not weapon_owner and m.ref.side() != weapon_owner.ref.side()]
        if sub is S.DISRUPTED_WEAPONS_USE:
            return Roles(_first(others, _armed) or (others[0] if others else None), weapon_owner,
                         "interception: the side that shot it down first, the weapon's owner second")
        target = _after_cue(others, target_cue) or (others[0] if others else None)
        return Roles(weapon_owner, target, "the weapon named with its owner acts")
    if passive:
        agent = _after_cue([m for m in after if _can_act(m)], agent_cue)
        patient = before[0] if before else _first(after, lambda m: m is not agent)
        reason = "passive voice: subject is the target"
    else:
        agent = _first(before, _can_act)
        patient = _after_cue(after, target_cue) or _first(after, lambda m: True)
        if agent is None and patient is not None and patient.ref.armed and sub is S.ARMED_CLASH:
            agent, patient = patient, _other(after, patient)
        reason = "active voice: subject acts"
    if patient is not None and agent is not None and patient.ref.side() == agent.ref.side():
        patient = _other(after + before, agent)
    if sub is S.DISRUPTED_WEAPONS_USE:
        # the side that intercepted is actor1, the side that launched is actor2
        return Roles(patient, agent, reason + "; interception: defender first")
    return Roles(agent, patient, reason)


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


def _can_act(mention: ActorMention) -> bool:
    return mention.ref.category not in ("civilians",)


def _after_cue(after: list[ActorMention], cue: int | None) -> ActorMention | None:
    if cue is None:
        return None
    return next((m for m in after if m.start >= cue and m.start - cue <= 4), None)


def _first(mentions: list[ActorMention], test) -> ActorMention | None:  # type: ignore[no-untyped-def]
    return next((m for m in mentions if test(m)), None)


def _other(mentions: list[ActorMention], agent: ActorMention | None) -> ActorMention | None:
    side = agent.ref.side() if agent else None
    return next((m for m in mentions if m is not agent and m.ref.side() != side), None)
