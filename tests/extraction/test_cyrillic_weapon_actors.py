"""A state's adjective before a weapon named with its kind ("Российский ударный беспилотник",
"російські балістичні ракети") says who fired, as it does before the bare weapon word.
Sentences are ours (``dateline/data/ru/actors.toml``, ``dateline/data/uk/actors.toml``)."""

import pytest

PUBLISHED = "2025-06-14"  # a Saturday


@pytest.mark.parametrize(("lang", "text", "actor1"), [
    ("uk", "Російський ударний дрон у четвер влучив у вантажівку в Охтирці, загинув водій.",
     "Military Forces of Russia (2000-)"),
    ("uk", "Російські крилаті ракети в середу влучили в нафтобазу в Полтаві, поранено трьох людей.",
     "Military Forces of Russia (2000-)"),
    ("ru", "Украинский ударный беспилотник в среду атаковал автозаправку в Новой Каховке, ранены двое.",
     "Military Forces of Ukraine (2019-)"),
    ("ru", "Российский ударный беспилотник в четверг попал в микроавтобус в Херсоне, погиб водитель.",
     "Military Forces of Russia (2000-)"),
])
def test_a_weapon_with_its_kind_keeps_its_owner(events_of, lang, text, actor1):
    assert [e.actor1 for e in events_of(text, lang, PUBLISHED)] == [actor1]
