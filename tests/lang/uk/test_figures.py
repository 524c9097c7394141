"""Ukrainian figures (invented sentences): a singular victim is one; towns told clause by clause."""

import pytest

from dateline.models import Document


def _figures(engine, text):
    events = engine.extract(Document(id="t", text=text, published="2025-09-25", lang="uk")).events
    return sorted((e.location, e.fatalities, e.injured) for e in events)


@pytest.mark.parametrize("text, killed, injured", [
    ("Учора через російський обстріл у Слов'янську поранено людину, пошкоджено 14 приватних будинків.", 0, 1),
    ("Учора через російський обстріл у Херсоні загинула жінка.", 1, None),
    # one and its counted word are one, not two
    ("Учора через російський обстріл у Херсоні одна людина загинула.", 1, None),
])
def test_a_singular_victim_is_one(engine, text, killed, injured):
    assert [(k, i) for _place, k, i in _figures(engine, text)] == [(killed, injured)]


def test_towns_told_clause_by_clause_have_their_own_tolls(engine):
    text = ("Учора через російські обстріли у Херсоні поранено людину, пошкоджено 30 приватних будинків; "
            "у Миколаєві троє людей загинули.")
    assert _figures(engine, text) == [("Kherson", 0, 1), ("Mykolayiv", 3, None)]


def test_transitive_killing_verbs_count_their_dead(engine):
    assert _figures(engine, "У вівторок у Херсоні невідомі розстріляли трьох волонтерів.") == [("Kherson", 3, None)]


@pytest.mark.parametrize("text, figures", [
    ("У Нікополі у вівторок при обстрілі загинула 65-річна жінка, поранено 40-річного чоловіка.",
     [("Nikopol", 1, 1)]),
    ("Російський дрон атакував автомобіль у Херсоні у вівторок, водій загинув.", [("Kherson", 1, None)]),
])
def test_one_person_named_by_a_noun_is_one_even_after_an_age(engine, text, figures):
    assert _figures(engine, text) == figures


def test_three_is_no_acronym_of_the_territorial_defence(engine):
    """"троє" shares its stem with "ТрО" (territorial defence): an acronym matches only as
    written, so the three dead are people, not soldiers."""
    (event,) = engine.extract(Document(id="t", text="Унаслідок ракетного удару по Одесі у вівторок загинули троє "
                                                    "людей.", published="2025-09-25", lang="uk")).events
    assert event.actor2 == "Civilians (Ukraine)" and event.fatalities == 3
