"""Mob violence has the crowd's victims as actor2: civilians unless the act's own sentence tells
a force was attacked. Police another sentence says arrived after the lynching responded; they
were not its victims (``_demonstration_actors`` in ``dateline/extraction/rules/assemble.py``).
Sentences are ours."""

import pytest

PUBLISHED = "2025-04-14"  # a Monday


@pytest.mark.parametrize(("lang", "text", "pair"), [
    ("fr", "Samedi, à Gonaïves, un homme accusé de vol a été battu à mort par une foule en colère, ont "
           "rapporté des témoins. Des policiers, arrivés sur les lieux après le lynchage, ont appelé les "
           "habitants à ne pas se faire justice eux-mêmes.", ("Rioters (Haiti)", "Civilians (Haiti)")),
    ("en", "A mob beat to death a man accused of stealing a motorbike in Mbale on Sunday, witnesses said. "
           "Police officers who arrived after the lynching urged residents not to take the law into their "
           "own hands.", ("Rioters (Uganda)", "Civilians (Uganda)")),
])
def test_police_who_arrived_after_a_lynching_are_not_its_victims(events_of, lang, text, pair):
    (event,) = events_of(text, lang, PUBLISHED)
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Mob violence", *pair)


def test_a_mob_that_attacked_the_police_has_them_as_victims(events_of):
    text = "A mob attacked a police station in Mbale on Sunday, injuring two officers, after a suspect died in custody."
    (event,) = events_of(text, "en", PUBLISHED)
    assert (event.sub_event_type, event.actor2) == ("Mob violence", "Police Forces of Uganda (1986-)")
