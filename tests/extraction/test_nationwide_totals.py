"""A nationwide total is no event of its own and no town's toll ("across the country", "dans tout
le pays", "en todo el país", "по всей стране", "landesweit"): a town told after it keeps its own
figure, and a part of the total told in a town ("including 10 in Nairobi") is that town's toll."""

import pytest


@pytest.mark.parametrize("lang, text", [
    ("en", "At least 31 people were killed across the country on Wednesday as police broke up marches "
           "against the fuel tax, a rights group said. In Kisumu, police shot dead six protesters."),
    ("es", "Al menos 31 manifestantes murieron el miércoles en todo el país durante las marchas contra el "
           "impuesto. En Kisumu, la policía mató a seis personas."),
    ("ru", "По всей стране в среду погибли не менее 31 демонстранта. В Кисуму полиция застрелила шесть "
           "человек."),
])
def test_a_town_after_a_nationwide_total_keeps_its_own_toll(events_of, lang, text):
    events = events_of(text, lang, "2025-03-14")
    assert [e.fatalities for e in events if e.location == "Kisumu"] == [6]
    assert all(e.fatalities != 31 for e in events)


@pytest.mark.parametrize("lang, text, tolls", [
    ("en", "Police fired on marchers across the country on Wednesday, killing at least 31 people, including "
           "six in Kisumu and four in Mombasa.", {"Kisumu": 6, "Mombasa": 4}),
    ("fr", "La police a tiré mercredi sur des manifestants dans tout le pays, faisant au moins 31 morts, dont "
           "six à Kisumu.", {"Kisumu": 6}),
    ("de", "Bei den Protesten wurden am Mittwoch landesweit mindestens 31 Menschen getötet, darunter sechs "
           "in Kisumu.", {"Kisumu": 6}),
    ("es", "La policía disparó el miércoles contra manifestantes en todo el país, dejando al menos 31 muertos, "
           "entre ellos seis en Kisumu.", {"Kisumu": 6}),
])
def test_a_part_of_a_nationwide_total_told_in_a_town_is_its_toll(events_of, lang, text, tolls):
    events = events_of(text, lang, "2025-03-14")
    assert {e.location: e.fatalities for e in events} == tolls


def test_a_nationwide_total_alone_is_no_event(events_of):
    text = "At least 31 people were killed across the country on Wednesday in clashes over the fuel tax."
    assert events_of(text, "en", "2025-03-14") == []
