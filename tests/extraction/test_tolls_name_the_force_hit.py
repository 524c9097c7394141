"""A bomb or a strike that names no side hit, only the state's men among its dead or wounded, hit
that force (``counted_force`` in ``dateline/extraction/rules/unnamed_sides.py``): ACLED codes
civilians only when no armed side was hit. Sentences are ours."""

import pytest

PUBLISHED = "2025-03-09"  # a Sunday


@pytest.mark.parametrize(("lang", "text", "actor2"), [
    ("en", "A roadside bomb struck a truck near the town of Mubi on Saturday, killing four soldiers.",
     "Military Forces of Nigeria (2023-)"),
    ("en", "A suicide bomber drove a van into a market gate in Quetta on Saturday, killing three policemen.",
     "Police Forces of Pakistan (2024-)"),
    ("fr", "Trois soldats maliens ont perdu la vie samedi lorsque leur véhicule a sauté sur un engin "
           "explosif près de Douentza.", "Military Forces of Mali (2021-)"),
    ("es", "Dos policías murieron el sábado cuando estalló un artefacto explosivo al paso de su "
           "patrulla en Jamundí.", "Police Forces of Colombia (2022-)"),
])
def test_a_bomb_whose_toll_counts_the_states_men_hit_that_force(events_of, lang, text, actor2):
    (event,) = events_of(text, lang, PUBLISHED)
    assert event.actor2 == actor2
    assert event.civilian_targeting == ""


@pytest.mark.parametrize(("lang", "text", "actor2"), [
    ("en", "A roadside bomb struck a minibus near the town of Mubi on Saturday, killing four civilians.",
     "Civilians (Nigeria)"),
    ("fr", "Trois villageois ont perdu la vie samedi lorsque leur charrette a sauté sur un engin explosif "
           "près de Douentza, dans le centre du Mali.",
     "Civilians (Mali)"),
])
def test_a_bomb_that_killed_civilians_stays_an_attack_on_them(events_of, lang, text, actor2):
    (event,) = events_of(text, lang, PUBLISHED)
    assert event.actor2 == actor2
