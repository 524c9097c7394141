"""The people rescuers or medics carried or treated, told in a relative clause about them
("according to the Red Crescent, which transported 12 wounded to hospital"), are a part of the
toll: beside the sentence's own figure ("20 wounded") they are no count of the event; alone,
they are the only figure there is."""

import pytest

PUBLISHED = "2024-03-12"  # a Tuesday


def _figures(events_of, lang, text):
    return [(e.fatalities, e.injured) for e in events_of(text, lang, PUBLISHED)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Five people were killed and 20 wounded in a drone strike on Kherson on Monday, according to the "
           "Red Crescent, which transported 12 wounded to hospital."),
    ("en", "A drone strike on Kherson killed five people and wounded 20 on Monday, said the civil defence, "
           "which rescued 12 wounded from the rubble."),
    ("fr", "Cinq personnes ont été tuées et 20 blessées lundi dans une frappe de drone à Kherson, selon le "
           "Croissant-Rouge, qui a évacué 12 blessés."),
    ("es", "Cinco personas murieron y 20 resultaron heridas el lunes en un ataque con dron en Jersón, según la "
           "Cruz Roja, que trasladó a 12 heridos al hospital."),
    ("ru", "В понедельник при ударе беспилотника по Херсону погибли пять человек и 20 ранены, сообщил Красный "
           "Крест, который доставил в больницу 12 раненых."),
    ("uk", "У понеділок унаслідок удару дрона по Херсону загинули п'ятеро людей і 20 поранені, повідомив "
           "Червоний Хрест, який доставив до лікарні 12 поранених."),
    ("ar", "قتل خمسة أشخاص وأصيب 20 آخرون في غارة بطائرة مسيرة على خاركيف يوم الاثنين، بحسب الهلال الأحمر "
           "الذي نقل 12 جريحا إلى المستشفى."),
])
def test_the_event_keeps_its_own_count_of_wounded(events_of, lang, text):
    assert _figures(events_of, lang, text) == [(5, 20)]


def test_those_carried_are_the_figure_when_no_other_is_told(events_of):
    text = ("A drone strike on Kherson killed five people on Monday, according to the Red Crescent, which "
            "transported 12 wounded to hospital.")
    assert _figures(events_of, "en", text) == [(5, 12)]


def test_a_relative_clause_about_the_act_still_counts(events_of):
    # the clause is the strike's, not a helper's: its figure is the event's
    text = "A drone struck a bus station in Kherson on Monday, which killed five people and wounded 20."
    assert _figures(events_of, "en", text) == [(5, 20)]
