"""Counts that were read as something else: the active "executed seven civilians" (the passive
alone counted), Russian "военный" (a soldier, or the adjective military) right after a casualty
word, and a four-digit count after a bound and before its people ("rund 2000 Menschen"), which
is no year."""

import pytest


@pytest.mark.parametrize("text, killed", [
    ("Gunmen executed nine villagers near Butembo on Wednesday, local officials said.", 9),
    ("Militants summarily executed four farmers in a village near Butembo on Wednesday.", 4),
])
def test_active_executions_count_their_dead(events_of, text, killed):
    events = events_of(text, "en", "2025-03-14")
    assert events and events[0].fatalities == killed


@pytest.mark.parametrize("text, killed, injured", [
    ("В среду в результате обстрела Енакиево ранены военный и трое мирных жителей.", 0, 4),
    ("В среду в результате обстрела Енакиево погиб военный, ранены двое мирных жителей.", 1, 2),
    # an age written as a compound between the casualty word and the soldier
    ("В среду при обстреле Енакиево погиб 22-летний военный.", 1, None),
    # the adjective before its noun counts nobody
    ("В среду в результате обстрела военного объекта в Енакиево ранены двое мирных жителей.", 0, 2),
])
def test_a_soldier_told_by_the_adjective_counts_one(events_of, text, killed, injured):
    events = events_of(text, "ru", "2025-03-14")
    assert events, text
    assert (events[0].fatalities or 0, events[0].injured) == (killed, injured)


@pytest.mark.parametrize("lang, text", [
    ("de", "In Leipzig demonstrierten am Mittwoch rund 2000 Menschen gegen die Regierung."),
    ("de", "In Dresden demonstrierten mehr als 2000 Menschen gegen die Regierung."),
    ("en", "In Leeds more than 2000 people marched against the government."),
    ("ru", "В Хабаровске около 2000 человек вышли на акцию протеста."),
])
def test_a_count_after_a_bound_is_no_year(events_of, lang, text):
    events = events_of(text, lang, "2025-03-14")
    assert events, text
    assert events[0].event_date.year == 2025
