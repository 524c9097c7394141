"""The side a report leaves unnamed where ACLED's conventions say who it was.

Two kinds of report name only one side. "Над Белгородской областью сбиты два беспилотника",
"У неділю над Харківщиною збито п'ять дронів": the air defences that shot the weapons down
are the state's forces where it happened (ACLED's interceptions are the defenders'), unless
the weapons were that state's own, when the story's other side shot them down. "В Дагестане
нейтрализованы трое боевиков", "ліквідовано трьох бойовиків": the dead are an armed group
killed by the state's forces in an operation against it, a fight (ACLED's armed clash), not an
unknown attack on civilians.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ...actors.kb import Actor
from ...actors.roles import ActorMention
from ...packs.vocabulary import EventWord
from ...taxonomy import SubEventType as S

NON_STATE = frozenset({2, 3, 4})  # rebels, political and identity militias
_KILLING_ONLY = frozenset({EventWord.KILL})  # "нейтрализованы", "were killed": no fight, no attack told
_OPERATIONS = frozenset({S.ATTACK, S.ARMED_CLASH})


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
