"""Ukrainian figures (invented sentences): a singular victim is one; towns told clause by clause."""

import pytest

PUBLISHED = "2025-09-25"  # a Thursday


def _figures(events):
    return sorted((e.location, e.fatalities, e.injured) for e in events)


@pytest.mark.parametrize("text, killed, injured", [
    ("Учора через російський обстріл у Слов'янську поранено людину, пошкоджено 14 приватних будинків.", 0, 1),
    ("Учора через російський обстріл у Херсоні загинула жінка.", 1, None),
    # one and its counted word are one, not two
    ("Учора через російський обстріл у Херсоні одна людина загинула.", 1, None),
])
def test_a_singular_victim_is_one(events_of, text, killed, injured):
    assert [(k, i) for _place, k, i in _figures(events_of(text, "uk", PUBLISHED))] == [(killed, injured)]


def test_towns_told_clause_by_clause_have_their_own_tolls(events_of):
    text = ("Учора через російські обстріли у Херсоні поранено людину, пошкоджено 30 приватних будинків; "
            "у Миколаєві троє людей загинули.")
    assert _figures(events_of(text, "uk", PUBLISHED)) == [("Kherson", 0, 1), ("Mykolayiv", 3, None)]


def test_transitive_killing_verbs_count_their_dead(events_of):
    assert _figures(events_of("У вівторок у Херсоні невідомі розстріляли трьох волонтерів.",
                              "uk", PUBLISHED)) == [("Kherson", 3, None)]


@pytest.mark.parametrize("text, figures", [
    ("У Нікополі у вівторок при обстрілі загинула 65-річна жінка, поранено 40-річного чоловіка.",
     [("Nikopol", 1, 1)]),
    ("Російський дрон атакував автомобіль у Херсоні у вівторок, водій загинув.", [("Kherson", 1, None)]),
])
def test_one_person_named_by_a_noun_is_one_even_after_an_age(events_of, text, figures):
    assert _figures(events_of(text, "uk", PUBLISHED)) == figures


def test_three_is_no_acronym_of_the_territorial_defence(events_of):
    """"троє" shares its stem with "ТрО" (territorial defence): an acronym matches only as
    written, so the three dead are people, not soldiers."""
    (event,) = events_of("Унаслідок ракетного удару по Одесі у вівторок загинули троє "
                         "людей.", "uk", "2025-09-25")
    assert event.actor2 == "Civilians (Ukraine)" and event.fatalities == 3
