"""A clash between two armed groups that the sentence does not name keeps both as its sides.

Why: "a clash between a gang coalition and a group of gunmen" names two armed sides, both
unidentified, so both had one side key; the second was then taken for the first named twice and
the clash's other side became the dead it left ("with ten children among the victims"), or the
civilians another sentence of the story has a named gang kill. A clash is fought by two armed
sides: two unidentified groups told apart after the clash word are both kept, and the unnamed side
is not replaced by people hurt in another sentence. All sentences are invented.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-12-10"  # a Wednesday; "Monday" is 2025-12-08

CLASHES = [
    ("en", "Dozens of people died in Port-au-Prince on Monday in a clash between a gang coalition and a "
           "group of gunmen, with 10 children among the victims. The Gran Grif gang later executed ten women."),
    ("es", "Decenas de personas murieron el lunes en Puerto Príncipe en un enfrentamiento entre una coalición "
           "de pandillas y un grupo de hombres armados, con diez niños entre las víctimas. La banda Gran Grif "
           "ejecutó después a diez mujeres."),
    ("fr", "Des dizaines de personnes sont mortes lundi à Port-au-Prince dans un affrontement entre une coalition "
           "de gangs et un groupe d'hommes armés, avec 10 enfants parmi les victimes. Le gang Gran Grif a "
           "ensuite exécuté dix femmes."),
]


@pytest.mark.parametrize(("lang", "text"), CLASHES)
def test_two_unnamed_armed_groups_are_the_two_sides(events_of, lang, text):
    clashes = [e for e in events_of(text, lang, PUBLISHED) if e.sub_event_type == "Armed clash"]
    assert len(clashes) == 1, clashes
    clash = clashes[0]
    assert clash.actor2 == "Unidentified Armed Group (Haiti)", clash.actor2
    assert clash.actor1 and not clash.actor1.startswith("Civilians"), clash.actor1
