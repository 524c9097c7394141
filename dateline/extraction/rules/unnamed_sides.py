"""The side a report leaves unnamed where ACLED's conventions say who it was.

Two kinds of report name only one side. "Над Белгородской областью сбиты два беспилотника",
"У неділю над Харківщиною збито п'ять дронів": the air defences that shot the weapons down
are the state's forces where it happened (ACLED's interceptions are the defenders'), unless
the weapons were that state's own, when the story's other side shot them down. "В Дагестане
нейтрализованы трое боевиков", "ліквідовано трьох бойовиків": the dead are an armed group
killed by the state's forces in an operation against it, a fight (ACLED's armed clash), not an
unknown attack on civilians. "انسحاب قوات الانتقالي من المقر ... ودخل أبناء المحافظة المقر":
a site handed over is the side's that took it over, named or not; the side that withdrew lost it.
"Deux soldats nigériens ont perdu la vie lorsque leur véhicule a sauté sur un engin explosif", "a
suicide bomber rammed a car into a checkpoint, killing five policemen": a bomb or a strike that
names no side hit, only the state's men among its dead or wounded, hit that force, not civilians.
"Malian army drones struck suspected militant positions" in a story of JNIM's attack: the
"militants" a state's forces fight are the one armed group the story names.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ...actors.kb import Actor, ActorRef, actor_table
from ...actors.roles import ActorMention
from ...packs.vocabulary import EventWord, HitKind
from ...taxonomy import SubEventType as S
from .frames import Frame

_TOLLS = ("killed", "injured")

NON_STATE = frozenset({2, 3, 4})  # rebels, political and identity militias
_KILLING_ONLY = frozenset({EventWord.KILL})  # "нейтрализованы", "were killed": no fight, no attack told
_OPERATIONS = frozenset({S.ATTACK, S.ARMED_CLASH})
ENTRY_WORDS = frozenset({EventWord.OVERTAKE, EventWord.REGAIN})  # "entered", "took over", "took back"


def defender(launcher: Actor | None, country: str, held_apart: bool, home: Callable[[], Actor],
             enemy: Callable[[Actor], Actor | None]) -> Actor | None:
    """Who shot down a weapon when the report names no one: the forces of the country where it
    was shot down (``home``), or, when the launcher is that country's own state force, the
    story's other side (``enemy``). Nobody at sea or at a base (``held_apart``): the sea's
    coastal state is no defender ("a missile intercepted over the Red Sea" by a navy the
    sentence does not name), nor the host of a base another force holds."""
    if held_apart:
        return None
    if launcher is not None and launcher.inter == 1 and launcher.country == country:
        return enemy(launcher)
    return home()


def armed_dead(sub: S, first: ActorMention | None, second: ActorMention | None,
               events: Iterable[str]) -> bool:
    """Whether a report tells only that members of an armed group were killed ("трое боевиков
    нейтрализованы"): no side acted in its words, the one side named is a non-state armed group
    among the dead, and no fight, attack or weapon other than the killing is told."""
    if sub not in _OPERATIONS or first is not None or second is None or not second.victim:
        return False
    ref = second.ref
    armed_group = ref.category in ("unidentified", "group") or (ref.category == "named" and ref.inter in NON_STATE)
    return armed_group and set(events) <= _KILLING_ONLY


def transfer_sides(lead_events: Iterable[str], other_events: Iterable[Iterable[str]],
                   first: Actor | None, second: Actor | None, entered_by: Actor | None,
                   unknown: Actor, *, lead_names_one: bool) -> tuple[Actor | None, Actor | None]:
    """The two sides of a non-violent transfer, as ACLED codes it: the side that took the place
    over first, the side that withdrew second. A lead that tells only a withdrawal names the
    withdrawing side first ("انسحاب قوات الانتقالي من مقر المنطقة العسكرية"); when a report of
    the same event tells who entered as it withdrew (``other_events`` holding an entry word), the
    withdrawing side (the lead's only side, ``lead_names_one``; the later report's "forces" that
    withdrew are that side again) is the second and the one that entered, or an unidentified armed group when
    the report does not name it ("أبناء المحافظة"), the first. One side named as the loser only
    ("entered Mukalla after the STC withdrew", the taker unnamed) leaves the first side unknown."""
    lead = set(lead_events)
    if first is not None and lead_names_one and not lead & ENTRY_WORDS \
            and any(set(events) & ENTRY_WORDS for events in other_events):
        taker = entered_by if entered_by is not None and entered_by.name != first.name else unknown
        return taker, first
    if first is None and second is not None:
        return unknown, second
    return first, second


def entered_by(frames: Iterable[Frame]) -> ActorMention | None:
    """The side a later report says entered the site as the other withdrew: its first side when
    named before the withdrawal word ("قوات درع الوطن دخلت المعسكر مع انسحاب القوات منه"); the
    forces named after that word are the ones that withdrew ("أبناء القبائل دخلوا المعسكر بالتزامن
    مع انسحاب القوات منه" names no side that entered)."""
    for frame in frames:
        mention = frame.roles.actor1
        if not frame.events & ENTRY_WORDS or mention is None:
            continue
        withdrawal = min((h.start for h in frame.view.of(HitKind.EVENT) if h.label == EventWord.TRANSFER),
                         default=None)
        if withdrawal is None or mention.start < withdrawal:
            return mention
    return None


def counted_force(frame: Frame) -> ActorMention | None:
    """The state force whose dead or wounded the frame's own toll counts ("killing five
    policemen", "deux soldats nigériens ont perdu la vie"), or counts among them ("au moins huit
    personnes, dont deux policiers, ont été tuées"): the police or military named inside or right
    after a figure that counts the state's men or has parts, else None."""
    for name in _TOLLS:
        figure = getattr(frame.figures, name)
        if figure is None or (figure.side != "state" and not figure.parts) or figure.value <= 0:
            continue
        for hit in frame.view.of(HitKind.ACTOR):
            if hit.actor.category in ("military", "police") and figure.start <= hit.start <= figure.end:
                return ActorMention(hit.start, hit.end, hit.actor, victim=True)
    return None


def insurgents(second: ActorMention | None, actor1: Actor | None, actor2: Actor | None,
               story_group: Callable[[Actor], Actor | None]) -> tuple[Actor | None, Actor | None]:
    """The sides of an act of a state's forces (``actor1``) against armed men told only as
    "militants", "les rebelles", "бойовики" (``second``: the words behind ``actor2``): the armed
    men are the one non-state group of the event's country the story names (``story_group``,
    given the state's side), unless that group is a state's forces elsewhere (the Taliban,
    Afghanistan's: "militants" in a Pakistani story of the border war are not theirs). Attackers
    told only as gunmen stay unknown, whatever group the story suspects or blames."""
    if actor1 is None or actor2 is None or actor1.inter != 1 or not _told_unknown(second, actor2):
        return actor1, actor2
    return actor1, _group_or(story_group(actor1), actor2)


def _told_unknown(mention: ActorMention | None, actor: Actor) -> bool:
    return mention is not None and mention.ref.category == "unidentified" and actor.name.startswith("Unidentified")


def _group_or(group: Actor | None, unknown: Actor) -> Actor:
    entry = actor_table().get(group.name.split(" (")[0]) if group is not None else None
    if group is None or (entry is not None and entry.local and entry.country is None):
        return unknown  # a group that is a state's forces somewhere ("Taliban") names no insurgency abroad
    return group


def garrison(frame: Frame) -> ActorRef | None:
    """Who shot a weapon down at a base or at sea, where the sources know no defender, when the
    sentence names the state's forces stationed there ("vers la garnison d'Al-Tanf, où sont
    déployés des militaires américains"): those forces. A weapon named with its owner
    ("Iranian drones") is the launcher's, not a garrison."""
    return next((h.actor for h in frame.view.of(HitKind.ACTOR) if h.actor.category == "military"
                 and not h.actor.instrument), None)
