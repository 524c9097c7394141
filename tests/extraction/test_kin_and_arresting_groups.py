"""Two conventions checked on sentences we wrote in wire style: a victim's kin told after a
possessive ("a woman and her two children") are counted with the victim, and an armed group
that is the active subject of an arrest verb ("Houthi rebels detained ...") makes the arrest
(ACLED keeps a de facto authority as actor1), while a force that arrests the group's members
stays the arrester."""

import pytest

PUBLISHED = "2024-03-12"  # a Tuesday


@pytest.mark.parametrize("lang, text, killed", [
    ("en", "Gunmen killed a farmer and his two sons in the village of Bakori, Katsina State, on Monday, police "
           "said.", 3),
    ("en", "A woman and her three daughters were killed when a shell hit their home in Kramatorsk on Monday, "
           "officials said.", 4),
    ("es", "Hombres armados asesinaron a una mujer y sus dos hijos en Zitácuaro, Michoacán, el lunes, informó la "
           "fiscalía.", 3),
    # a kin noun counts one, like "a man" ...
    ("en", "Gunmen killed a trader and his son in Funtua, Katsina State, on Monday, police said.", 2),
    # ... also when the casualty word follows the last group it counts
    ("es", "Un hombre y su esposa fueron asesinados a tiros en Celaya el lunes, informó la fiscalía.", 2),
    # a relative who speaks is no victim
    ("en", "The father of one of the four people killed in the attack in Funtua on Monday told reporters he "
           "wanted justice.", 4),
    # a possessive with no conjunction before it joins nothing
    ("en", "Gunmen killed two farmers in Bakori, Katsina State, on Monday, and their families fled, police said.", 2),
])
def test_kin_after_a_possessive_are_counted_with_the_victim(events_of, lang, text, killed):
    (event,) = events_of(text, lang, PUBLISHED)
    assert event.fatalities == killed


@pytest.mark.parametrize("lang, text, actor1, actor2", [
    ("en", "Al-Shabaab militants arrested four aid workers in Baidoa on Monday, local elders said.",
     "Al Shabaab", "Civilians (Somalia)"),
    # a force named further back is a source here, not the arrester
    ("en", "Police said Houthi rebels detained six UN employees in Hodeidah on Monday.",
     "Houthi Movement", "Civilians (Yemen)"),
    ("es", "Milicianos del ELN detuvieron a cuatro campesinos en Arauca el lunes, informó la Defensoría.",
     "ELN: National Liberation Army", "Civilians (Colombia)"),
])
def test_an_armed_group_that_arrests_is_actor1(events_of, lang, text, actor1, actor2):
    (event,) = events_of(text, lang, PUBLISHED)
    assert (event.sub_event_type, event.actor1, event.actor2) == ("Arrests", actor1, actor2)


@pytest.mark.parametrize("text", [
    "Police arrested three Al-Shabaab militants in Baidoa on Monday.",
    # a counted group before the verb is a headline's passive: its members were arrested
    "Two Al-Shabaab fighters arrested in Baidoa on Monday were handed to the army, officials said.",
])
def test_the_members_of_a_group_arrested_by_a_force_stay_actor2(events_of, text):
    (event,) = events_of(text, "en", PUBLISHED)
    assert (event.actor1, event.actor2) == ("Police Forces of Somalia (2022-)", "Al Shabaab")
