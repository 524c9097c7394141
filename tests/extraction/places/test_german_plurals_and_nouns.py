"""German places that the capitalised nouns and the declined plurals of the language hid.

A plural country after "den" takes a dative "-n" ("in den Vereinigten Arabischen Emiraten", "in
den Niederlanden"): the name is read in its listed form, not as some other place ("Nieder" +
"landen" is no London). And since German capitalises every noun, the word after "in Istanbul"
is often the clause's object ("in Istanbul Dutzende Demonstranten festgenommen"), not the rest of
a longer name; a vague quantity ("Dutzende", "Hunderte") never is.
"""

import pytest

PUBLISHED = "2025-06-04"


@pytest.mark.parametrize(("text", "country"), [
    ("Bei einem Drohnenangriff in den Vereinigten Arabischen Emiraten sind am Montag zwei Menschen "
     "getötet worden, teilten die Behörden mit.", "AE"),
    ("In den Niederlanden hat die Polizei am Sonntag bei einer Demonstration 40 Menschen festgenommen.", "NL"),
])
def test_a_declined_plural_country_is_that_country(events_of, text, country):
    events = events_of(text, "de", PUBLISHED)
    assert events and {e.country_code for e in events} == {country}


@pytest.mark.parametrize(("text", "location", "country"), [
    ("In der Türkei hat die Polizei am Mittwoch in Istanbul Dutzende Demonstranten festgenommen.",
     "Istanbul", "TR"),
    ("Russische Truppen haben am Montag in Saporischschja Wohnhäuser beschossen und drei Menschen getötet.",
     "Zaporizhzhya", "UA"),
    ("Die Polizei hat am Samstag in Kabul Dutzende Frauen festgenommen, die gegen die Taliban protestierten.",
     "Kabul", "AF"),
])
def test_a_noun_after_a_known_place_is_no_part_of_its_name(events_of, text, location, country):
    events = events_of(text, "de", PUBLISHED)
    assert events and events[0].location == location and events[0].country_code == country


def test_a_vague_quantity_after_a_country_ends_its_name(events_of):
    events = events_of("Dschihadisten haben am Sonntag in Burkina Faso Dutzende Dorfbewohner getötet.",
                       "de", PUBLISHED)
    assert events and events[0].country_code == "BF"
