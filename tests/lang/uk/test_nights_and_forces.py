"""Ukrainian: a weekday with "вночі" is that weekday's night, not the night before the report;
"Сили оборони" of another state are not Ukraine's. Sentences are ours."""

import pytest


@pytest.mark.parametrize("text", [
    "Бандити в суботу вночі напали на село в штаті Кацина та викрали 30 людей.",
    "Бандити вночі в суботу напали на село в штаті Кацина та викрали 30 людей.",
    "Бандити у п'ятницю вночі напали на село в штаті Кацина та викрали 30 людей.",
])
def test_a_weekday_night_is_that_weekday(events_of, text):
    events = events_of(text, "uk", "2024-12-09")
    expected = "2024-12-06" if "п'ятницю" in text else "2024-12-07"
    assert [str(e.event_date) for e in events] == [expected]


def test_defence_forces_of_another_state_are_that_state(events_of):
    text = ("У четвер у Буркіна-Фасо бойовики напали на підрозділ Сил оборони Буркіна-Фасо, загинули "
            "12 військових.")
    events = events_of(text, "uk", "2024-03-08")
    assert events and all("Ukraine" not in (e.actor1 + e.actor2) for e in events)


def test_the_israel_defense_forces(events_of):
    text = "Сили оборони Ізраїлю в четвер завдали авіаудару по місту Тир на півдні Лівану, загинули троє людей."
    events = events_of(text, "uk", "2024-03-08")
    assert [e.actor1 for e in events] == ["Military Forces of Israel (2022-)"]


def test_the_defence_forces_in_a_story_about_ukraine_are_ukraine(events_of):
    text = "У четвер Сили оборони відбили штурм біля Покровська на Донеччині, загинули двоє окупантів."
    events = events_of(text, "uk", "2024-03-08")
    assert any("Military Forces of Ukraine" in (e.actor1 + e.actor2) for e in events)
