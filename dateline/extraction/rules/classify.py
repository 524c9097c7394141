"""What: the ACLED sub-event type of a sentence's trigger words, weapons and outcomes.

The order of the rules is ACLED's order of precedence: an interception or a defused bomb
is a disrupted weapons use whatever weapon; a suicide bomb outranks other explosions; a
strike from the air outranks the missiles it fired; armed men are a clash when they meet
armed forces and an attack when they meet civilians.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ...actors.roles import ActorMention
from ...taxonomy import SubEventType as S

PROJECTILES = frozenset({"drone", "missile", "rocket", "airstrike", "artillery"})
EXPLOSIVES = frozenset({"ied", "grenade"})
_VIOLENT = frozenset({"attack", "strike", "explosion", "launch", "kill", "clash"})
# the reason of a violent demonstration told only as "clashes" (no stone, fire or storming of the
# crowd's): the mildest violent demonstration, outranked by the police's intervention (type_fit)
CLASHES_AT_A_PROTEST = "clashes at a protest"
CLASHES_IN_A_DEMONSTRATION_STORY = "clashes in a demonstration story"  # retype.crowd_violence
CROWD_CLASHING = "a crowd clashing with no armed group"  # retype.crowd_clash
# every reason of a violent demonstration told only as "clashes"
CLASHES_ONLY = frozenset({CLASHES_AT_A_PROTEST, CLASHES_IN_A_DEMONSTRATION_STORY, CROWD_CLASHING})


@dataclass(frozen=True, slots=True)
class Classification:
    sub_event_type: S
    weapon: str | None
    intercepted: bool
    reason: str


def classify(weapons: set[str], events: set[str], outcomes: set[str], *, target_armed: bool | None,
             impact: bool, killed: bool = False, peaceful: bool = False,
             protest_story: bool = False, mentions: Sequence[ActorMention] = (),
             gunfire: bool = False) -> Classification | None:
    """The sub-event type, or None when the words do not make an event. In a story about a
    demonstration (``protest_story``), force used on a crowd is force used on that demonstration
    even where the sentence names no protest ("tirant à balles réelles dans trois villes").
    ``gunfire``: a firearm word that tells shots, not one that names armed men ("gunmen")."""
    events = armed_riot(events, mentions, killed or "firearm" in weapons)
    if protest_story and events & {"lethal_force", "intervention"}:
        events = events | {"protest"}
    if "intercepted" in outcomes and weapons & PROJECTILES and not impact:
        weapon = _first(weapons, ("missile", "rocket", "drone", "airstrike", "artillery"))
        return Classification(S.DISRUPTED_WEAPONS_USE, weapon, True, f"{weapon} shot down")
    if "defused" in outcomes and (weapons & EXPLOSIVES or "explosion" not in events):
        return Classification(S.DISRUPTED_WEAPONS_USE, _first(weapons, ("ied", "grenade")) or "ied",
                              True, "explosive defused")
    escalation = ({"lethal_force"} if killed and ("kill" in events or weapons & {"firearm"} or "intervention" in events)
                  else set()) | (
        {"intervention"} if "arrest" in events else set())
    if "protest" not in events:
        escalation = set()  # killings and arrests are force used on protesters only where there are some
    demonstration = _demonstration(events - {"intervention", "riot"} if peaceful else events | escalation, killed)
    if demonstration:
        return demonstration
    if "exchange" in events and not events & _VIOLENT:
        # "swapped 40 detainees captured in the fighting", "обмен заложниками и пленными": the
        # captives an exchange hands over are its object, no arrest, abduction or release of the day
        return Classification(S.AGREEMENT, None, False, "prisoner exchange words")
    if "abduction" in events and "release" in events and not events & _VIOLENT:
        return Classification(S.OTHER, None, False, "people abducted were freed")  # "freed 12 kidnapped villagers"
    if "abduction" in events and "release" in events and "clash" in events:
        # "deux bandits ont été tués et quatre otages libérés lors de l'échange de tirs": hostages
        # freed in a fight are that fight's, a rescue clash with the kidnappers (ACLED's armed clash)
        return Classification(S.ARMED_CLASH, _first(weapons, ("firearm",)), False, "hostages freed in a fight")
    if "abduction" in events:
        return Classification(S.ABDUCTION, None, False, "abduction words")
    if "sexual" in events:
        return Classification(S.SEXUAL_VIOLENCE, None, False, "sexual violence words")
    if "arrest" in events and not events & {"clash", "kill", "explosion", "attack", "strike", "launch"}:
        return Classification(S.ARRESTS, None, False, "arrest words")
    if "arrest" in events and events & _VIOLENT == {"attack"} and not weapons and not (killed or impact):
        # "security forces raided a house and arrested three suspects": a raid with no weapon, no
        # fight and no one hurt is how the arrests were made (ACLED's arrests), not an attack of its own
        return Classification(S.ARRESTS, None, False, "arrests in a raid")
    violent = events & {"attack", "strike", "explosion", "launch", "kill", "clash"}
    if "looting" in events and violent <= {"explosion"} and not weapons and not killed:
        # "فجّر الجيش عدداً من المنازل ... دويّ انفجارات": houses blown up by a force, the blasts
        # heard are the demolition, no bomb of an unknown hand (ACLED's property destruction)
        return Classification(S.LOOTING, None, False, "buildings blown up")
    fought = bool(events & {"clash", "regain", "overtake"}) and _blasts_of_a_fight(weapons, events)
    if fought and "clash" in events and not events & {"regain", "overtake"}:
        return Classification(S.ARMED_CLASH, _first(weapons, ("firearm",)), False, "explosions in a fight")
    if "ied" in weapons and gunfire and target_armed and "attack" in events and weapons <= {"ied", "firearm"} \
            and not events & {"regain", "overtake"}:
        # "ambushed an army convoy with a roadside bomb and gunfire": a bomb and shots at armed forces
        # are an assault they fight, ACLED's armed clash, not a bomb left to go off
        return Classification(S.ARMED_CLASH, "firearm", False, "a bomb and gunfire against armed forces")
    if "clash" in events and weapons == {"artillery", "firearm"} and target_armed is not False \
            and not events & {"regain", "overtake", "strike", "launch"}:
        # "اشتباكات عنيفة ... استخدمت فيها الأسلحة الرشاشة وقذائف الهاون": guns and mortars fired in a
        # fight are that fight's weapons (ACLED's armed clash), not a shelling of their own; shells
        # told beside clashes with no gunfire ("shelled positions after clashes") stay a shelling
        return Classification(S.ARMED_CLASH, "artillery", False, "shells in a fight")
    remote = None if fought else _remote_violence(weapons, events, violent, killed or impact)
    if remote:
        return remote
    if "transfer" in events and events & {"regain", "overtake"} and not violent and not weapons:
        # "entered the base as the other side's forces withdrew, without clashes": ACLED's non-violent transfer
        return Classification(S.NON_VIOLENT_TRANSFER, None, False, "taken over as the other side withdrew")
    if events & {"regain", "overtake"}:
        kind = S.GOVERNMENT_REGAINS_TERRITORY if "regain" in events else S.NON_STATE_ACTOR_OVERTAKES_TERRITORY
        return Classification(kind, None, False, "territory words")
    if "clash" in events:
        return Classification(S.ARMED_CLASH, _first(weapons, ("firearm",)), False, "clash words")
    # armed men with no act of violence and no victim ("armed men set fire to houses"): the
    # other acts below, or nothing
    if (violent & {"attack", "kill"} or weapons & {"firearm", "blade"}) and (violent or impact):
        if target_armed:
            return Classification(S.ARMED_CLASH, _first(weapons, ("firearm", "blade")), False,
                                  "armed men against armed forces")
        return Classification(S.ATTACK, _first(weapons, ("firearm", "blade")), False,
                              "violence against unarmed people")
    for label, kind in (("looting", S.LOOTING), ("agreement", S.AGREEMENT), ("exchange", S.AGREEMENT),
                        ("release", S.OTHER),
                        ("base", S.HEADQUARTERS_ESTABLISHED), ("change", S.CHANGE_TO_GROUP),
                        ("transfer", S.NON_VIOLENT_TRANSFER), ("arrest", S.ARRESTS)):
        if label in events:
            return Classification(kind, None, False, f"{label} words")
    return None


def armed_riot(events: set[str], mentions: Sequence[ActorMention], deadly: bool) -> set[str]:
    """"Tres sicarios murieron en enfrentamientos con la policía", "des rebelles tués lors
    d'affrontements avec la police": riot words with no crowd, told of an armed group, are that
    group's fight with the police: ACLED's armed clash, not a riot. Men of no named group
    ("encapuchados") are armed only where the fight kills or guns are named."""
    if "riot" not in events or events & {"protest", "mob"} \
            or any(m.ref.category in ("protesters", "rioters") for m in mentions):
        return events
    if "looting" in events and not deadly and any(m.ref.category == "unidentified" for m in mentions):
        # "Die Täter hätten eine Scheibe eingeschlagen und einen Brandsatz in das Büro geworfen":
        # no crowd, unknown perpetrators, property hit: an arson attack, not a riot
        return events - {"riot"}
    if not any(m.ref.category == "group" or (m.ref.category == "unidentified" and deadly)
               or (m.ref.category == "named" and m.ref.inter in (2, 3, 4)) for m in mentions):
        return events
    return (events - {"riot"}) | {"clash"}


def _blasts_of_a_fight(weapons: set[str], events: set[str]) -> bool:
    """Explosions told in a fight are the fight's, not a bombing of their own: "explosions were
    heard during the fighting", "des explosions et des tirs … se sont affrontés", or a device set
    off before an exchange of fire ("detonated an explosive device, then opened fire …, sparking a
    gun battle"): ACLED codes a bomb followed by armed clashes as an *Armed clash*. A device told
    with no gunfire ("a roadside bomb hit a convoy during a security operation") stays a bombing,
    since "hit" and "operation" are no fight of the bombers', and so does any weapon of ACLED's
    higher rungs (a suicide bomber, strikes, shells). The fight that won a town keeps its
    territorial type ("seized the town after fighting in which explosions shook it")."""
    if weapons - {"ied", "firearm", "blade"} or not ("explosion" in events or "ied" in weapons):
        return False  # a higher rung, or no blast told at all
    return "ied" not in weapons or "firearm" in weapons


def _remote_violence(weapons: set[str], events: set[str], violent: set[str],
                     killed: bool = False) -> Classification | None:
    """ACLED's precedence among weapons; a weapon told with its dead or wounded struck, though
    no act word says so ("died after stepping on a landmine", "un dron ... causó la muerte de
    15", "سقط صاروخان على القاعدة ما أسفر عن إصابة ثلاثة جنود")."""
    if "suicide" in weapons:
        return Classification(S.SUICIDE_BOMB, "suicide", False, "suicide bomber")
    if "chemical" in weapons and violent:
        return Classification(S.CHEMICAL_WEAPON, "chemical", False, "chemical weapon")
    acted = bool(violent) or "launch" in events or killed  # "un dron ... causó la muerte de 15"
    if "airstrike" in weapons and (acted or "artillery" in weapons):
        # "military jets bombarded the village": a bombardment by aircraft is a strike from the air
        return Classification(S.AIR_DRONE_STRIKE, "airstrike", False, "strike from the air")
    if "drone" in weapons and acted and not weapons & {"missile", "rocket"}:
        # ACLED's precedence: a drone strike outranks the shelling told beside it ("struck with drones and artillery")
        return Classification(S.AIR_DRONE_STRIKE, "drone", False, "drone strike")
    if weapons & {"missile", "rocket", "artillery"} and (acted or "artillery" in weapons):
        weapon = _first(weapons, ("missile", "rocket", "artillery"))
        return Classification(S.SHELLING, weapon, False, f"{weapon} fire")
    if "drone" in weapons and acted:
        return Classification(S.AIR_DRONE_STRIKE, "drone", False, "drone strike")
    if "ied" in weapons and (acted or "explosion" in events):
        return Classification(S.REMOTE_EXPLOSIVE, "ied", False, "explosive device")
    if "grenade" in weapons and acted:
        return Classification(S.GRENADE, "grenade", False, "grenade")
    if "explosion" in events and not weapons - {"ied"}:
        return Classification(S.REMOTE_EXPLOSIVE, "ied", False, "explosion")
    if "strike" in events and not weapons & {"firearm", "blade"} and "clash" not in events:
        return Classification(S.AIR_DRONE_STRIKE, None, False, "strike with no weapon named: from the air")
    return None


def _demonstration(events: set[str], killed: bool = False) -> Classification | None:
    """ACLED's ladder: protesters' violence (stones, arson, storming) makes a violent
    demonstration whatever the police did; on a crowd that was not violent, lethal force is
    excessive force, and tear gas, water cannon or arrests an intervention. Live fire named on
    its own ("fired live rounds at the crowd") is force used on a demonstration. "Clashes" that
    name no act of the crowd and killed no one are a violent demonstration only when nothing
    else is told: told with the police's tear gas or arrests ("police arrested 40 after clashes
    broke out at the rally"), they are that intervention (:data:`CLASHES_AT_A_PROTEST`)."""
    if "protest" in events or "lethal_force" in events:
        if "riot" in events or "clash" in events and (killed or "lethal_force" in events):
            # "Demonstranten warfen Steine auf die Polizei"; deaths in clashes between a crowd and the police
            return Classification(S.VIOLENT_DEMONSTRATION, None, False, "protest turned violent")
        if "clash" in events and "intervention" not in events:
            return Classification(S.VIOLENT_DEMONSTRATION, None, False, CLASHES_AT_A_PROTEST)
        if "lethal_force" in events:
            return Classification(S.EXCESSIVE_FORCE, None, False, "lethal force against protesters")
        if "intervention" in events:
            return Classification(S.PROTEST_WITH_INTERVENTION, None, False, "protest dispersed")
        return Classification(S.PEACEFUL_PROTEST, None, False, "protest words")
    if "mob" in events:
        return Classification(S.MOB_VIOLENCE, None, False, "mob violence")
    if "riot" in events:  # rioters clashing with police are still a riot
        return Classification(S.VIOLENT_DEMONSTRATION, None, False, "riot words")
    return None


def _first(found: set[str], order: tuple[str, ...]) -> str | None:
    return next((w for w in order if w in found), None)
