"""ACLED's associate actor of actor1: an ally joined to it as one subject.

"Malian soldiers and Wagner mercenaries clashed with JNIM", "Soldaten der Armee und Söldner des
Afrikakorps haben ... getötet": the state's forces named first are actor1, the ally named with
them by a conjunction acted with them and is ``assoc_actor_1``, not a side of its own.
"""

from __future__ import annotations

import datetime as dt

from ...actors.kb import Actor, CountryNamer, resolve
from ...actors.roles import Roles


def associate(roles: Roles, actor1: Actor | None, country: str, namer: CountryNamer, day: dt.date | None) -> str:
    """The name of the ally of the lead frame's actor1 (``roles.ally``) when the event's actor1 is
    still that frame's actor1; else "" (another step named the author, whose allies are not told).
    An unnamed ally ("Russian fighters") is no ACLED actor: left out."""
    if roles.ally is None or roles.actor1 is None or actor1 is None or roles.ally.ref.category == "unidentified":
        return ""  # "the Malian army and Russian fighters": whose fighters is not told
    if resolve(roles.actor1.ref, country, namer, day).name != actor1.name:
        return ""
    ally = resolve(roles.ally.ref, country, namer, day)
    return ally.name if ally.name != actor1.name else ""
