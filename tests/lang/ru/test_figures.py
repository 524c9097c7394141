"""Russian figures (invented sentences): a singular victim is one."""

import pytest

from dateline.models import Document


def test_a_singular_victim_is_one(engine):
    text = "Вчера в Белгороде при обстреле ранена женщина, повреждены три дома."
    (event,) = engine.extract(Document(id="t", text=text, published="2025-09-25", lang="ru")).events
    assert (event.fatalities, event.injured) == (0, 1)  # wounded only: none dead


def test_transitive_killing_verbs_count_their_dead(engine):
    text = "Во вторник в Назрани неизвестные застрелили двух полицейских."
    (event,) = engine.extract(Document(id="t", text=text, published="2025-09-25", lang="ru")).events
    assert event.fatalities == 2


def test_one_person_named_by_a_noun_is_one_even_after_an_age(engine):
    text = "В Горловке во вторник при обстреле погибла 70-летняя женщина, ранен мирный житель."
    (event,) = engine.extract(Document(id="t", text=text, published="2025-09-25", lang="ru")).events
    assert (event.fatalities, event.injured) == (1, 1)


@pytest.mark.parametrize(("text", "killed"), [
    ("В среду боевики похитили 30 учеников из школы в штате Кацина, убив двух охранников.", 2),
    ("В среду в Минске полиция задержала 40 человек, погиб один демонстрант.", 1),
    ("В среду военные освободили 15 заложников в штате Кадуна, в ходе операции погиб один военный.", 1),
])
def test_the_count_of_those_taken_is_no_toll(events_of, text, killed):
    """«похитили 30 учеников, убив двух охранников»: the number right after a verb of taking
    counts those taken, not the dead of the casualty word after the comma."""
    (event,) = events_of(text, "ru", "2025-03-12")
    assert event.fatalities == killed
