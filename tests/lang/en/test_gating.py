"""English: what is an event and what only surrounds one. Sentences written for these tests."""

from ..examples import events_of


def test_an_accusation_in_a_relative_clause_does_not_gate_the_lynching(engine):
    (event,) = events_of(engine, "en", "Three men were beaten to death in Dahanu on Thursday by villagers who "
                                       "accused them of theft.", "2020-04-17")
    assert event.sub_event_type == "Mob violence" and event.fatalities == 3


def test_one_attack_may_kill_a_hundred(engine):
    (event,) = events_of(engine, "en", "Gunmen killed at least 124 civilians in an attack on a village near "
                                       "Wad Madani.", "2024-10-27")
    assert event.fatalities == 124


def test_a_war_toll_is_no_event(engine):
    assert events_of(engine, "en", "The war has killed at least 150,000 people in Sudan.", "2024-10-27") == []


def test_possibly_is_no_future(engine):
    (event,) = events_of(engine, "en", "Later on Friday, an insurgent group (possibly the same one) attacked "
                                       "Macomia, killing three people.", "2019-08-30")
    assert event.location == "Macomia"
