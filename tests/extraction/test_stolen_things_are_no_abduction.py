"""Stolen cars, money and property are no abduction (Russian, Ukrainian).

Why: the Slavic verb of kidnapping is also the verb of theft ("викрасти", "похитить"): "the
police returned a stolen car to its owner" or "fraudsters stole two million roubles" was coded
as an abduction. Their common objects (a car, money, property, a sum in roubles or hryvnias) are
``not_events`` of the packs now, and people taken stay an abduction. Sentences are invented.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-09"

THEFTS = [
    ("uk", "У суботу в Харкові поліція повернула власнику викрадене авто."),
    ("uk", "У суботу в Харкові невідомі викрали автомобіль підприємця."),
    ("ru", "В субботу в Самаре мошенники похитили у пенсионерки 2 млн рублей."),
    ("ru", "В субботу в Курске полиция вернула владельцу похищенное имущество."),
]


@pytest.mark.parametrize(("lang", "text"), THEFTS)
def test_a_theft_is_no_abduction(events_of, lang, text):
    assert events_of(text, lang, PUBLISHED) == []


PEOPLE_TAKEN = [
    ("uk", "У суботу в Херсоні російські військові викрали двох волонтерів."),
    ("ru", "В субботу в Херсоне военные похитили двух волонтеров."),
]


@pytest.mark.parametrize(("lang", "text"), PEOPLE_TAKEN)
def test_people_taken_are_still_an_abduction(events_of, lang, text):
    assert [e.sub_event_type for e in events_of(text, lang, PUBLISHED)] == ["Abduction/forced disappearance"]
