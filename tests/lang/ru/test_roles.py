"""Russian roles (invented sentences): who acted and who was hit."""

import pytest


@pytest.mark.parametrize("text", [
    "В результате нападения боевиков на пост полиции в Назрани погибли двое полицейских.",
    "В результате нападения на пост полиции в Назрани в среду погибли двое полицейских.",
    "При нападении на церковь, магазин и пост полиции в Назрани погибли два человека.",
])
def test_the_attack_named_before_the_deaths_decides_the_roles(events_of, text):
    """"В результате нападения ... на пост полиции погибли двое полицейских": the dead of an attack
    told before them with its target; the police the attack hit are no attackers."""
    (event,) = events_of(text, "ru", "2025-03-12")
    assert (event.actor1, event.fatalities) == ("Unidentified Armed Group (Russia)", 2)
    assert event.actor2 != "Unidentified Armed Group (Russia)"


def test_deaths_told_after_a_comma_keep_the_subject_of_the_attack(events_of):
    (event,) = events_of("В среду неизвестные напали на пост полиции в Назрани, погибли двое "
                         "полицейских.", "ru", "2025-03-12")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Russia)", "Police Forces of Russia (2000-)")


@pytest.mark.parametrize("text", [
    "Беспилотник атаковал военную базу в провинции Анбар на западе Ирака в среду, пострадавших нет.",
    "Ночью в среду ударный беспилотник атаковал военную базу в иракской провинции Анбар.",
])
def test_a_weapon_before_the_act_word_makes_the_actor_after_it_the_target(events_of, text):
    """«Беспилотник атаковал военную базу»: the weapon is the verb's subject, the base its object,
    not the genitive agent of an attack noun («атака боевиков»)."""
    (event,) = events_of(text, "ru", "2025-03-12")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Iraq)", "Military Forces of Iraq (2022-)")


def test_the_dead_of_another_kind_than_the_target_stay_the_victims(events_of):
    (event,) = events_of("В среду в результате удара израильского беспилотника по автомобилю на юге "
                         "Ливана погибли два боевика Хезболлы.", "ru", "2025-03-12")
    assert (event.actor1, event.actor2) == ("Military Forces of Israel (2022-)", "Hezbollah")
