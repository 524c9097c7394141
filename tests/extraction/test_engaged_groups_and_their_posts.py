"""Troops that engage or encounter a named group fight it ("Troops engaged al-Shabaab fighters",
"Soldiers encountered a group of NPA rebels", "les militaires ont accroché un groupe de
terroristes", "los soldados enfrentaron a un grupo del ELN"): a clash of both sides. And an
army word beside a named group's name is that group's post ("des positions houthies"), not
the state's army."""

import pytest


@pytest.mark.parametrize("lang, text, actor1, actor2", [
    ("en", "Troops engaged al-Shabaab fighters near Afgooye on Wednesday.",
     "Military Forces of Somalia", "Al Shabaab"),
    ("en", "Soldiers encountered a group of NPA rebels near Las Navas on Wednesday, killing three.",
     "Military Forces of the Philippines", "NPA: New People's Army"),
    ("fr", "Mercredi, les militaires ont accroché un groupe de terroristes près de Djibo.",
     "Military Forces of Burkina Faso", "Unidentified Armed Group (Burkina Faso)"),
    ("es", "El miércoles, los soldados enfrentaron a un grupo de guerrilleros del ELN cerca de Tibú.",
     "Military Forces of Colombia", "ELN: National Liberation Army"),
])
def test_engaging_a_group_is_a_clash(events_of, lang, text, actor1, actor2):
    events = events_of(text, lang, "2025-03-14")
    assert events, text
    assert events[0].sub_event_type == "Armed clash"
    assert events[0].actor1.startswith(actor1) and events[0].actor2 == actor2


def test_posts_beside_a_group_name_are_the_groups(events_of):
    events = events_of("Des avions de la coalition ont frappé mercredi des positions houthies près de Saada.",
                       "fr", "2025-03-14")
    assert events and events[0].actor2 == "Houthi Movement"


@pytest.mark.parametrize("lang, text, group", [
    ("en", "Israeli jets struck Hezbollah positions near Nabatieh on Wednesday, killing three people.", "Hezbollah"),
    ("es", "Aviones de la coalición bombardearon el miércoles posiciones hutíes cerca de Saada, matando a cinco "
           "personas.", "Houthi Movement"),
])
def test_a_strike_on_a_groups_positions_hits_the_group(events_of, lang, text, group):
    events = events_of(text, lang, "2025-03-14")
    assert events and events[0].actor2 == group
    assert events[0].fatalities in (3, 5)
