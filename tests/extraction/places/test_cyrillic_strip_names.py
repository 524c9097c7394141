"""A name whose first word is lower case in Russian and Ukrainian ("в секторе Газа", "у секторі
Газа") is the whole name, the Strip, not the city of Gaza its capitalised word alone names: a
strike on a town "в секторе Газа" is one event at the town. Sentences are ours."""

import pytest

PUBLISHED = "2025-03-05"  # a Wednesday


@pytest.mark.parametrize(("lang", "text", "town"), [
    ("ru", "Во вторник израильская армия нанесла удар по Хан-Юнису в секторе Газа, погибли 12 человек.",
     "Khan Yunis"),
    ("uk", "У вівторок ізраїльська армія завдала удару по Хан-Юнісу в секторі Газа, загинули 12 людей.",
     "Khan Yunis"),
])
def test_a_town_in_the_strip_is_one_event(events_of, lang, text, town):
    events = events_of(text, lang, PUBLISHED)
    assert [(e.country_code, e.location, e.fatalities) for e in events] == [("PS", town, 12)]


def test_the_strip_alone_is_the_strip(events_of):
    events = events_of("У вівторок у секторі Газа внаслідок ізраїльських ударів загинули 30 людей, повідомило "
                       "місцеве міністерство охорони здоров'я.", "uk", PUBLISHED)
    assert [(e.country_code, e.location, e.geo_precision) for e in events] == [("PS", "Gaza Strip", 3)]
