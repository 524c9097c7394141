"""A place that only describes another ("l'Etat de Borno, dont Maiduguri est la capitale", "der
an die Hauptstadt Khartum angrenzende Bundesstaat") is no event place, and a lead that names
its country alone is placed by the sentence right after it that tells of its victims in one
place inside that country. Sentences are ours (``dateline.extraction.places.roles``,
``dateline.extraction.rules.engine``)."""

import pytest

from dateline.models import Document


def events_of(engine, text, lang, published="2025-03-08"):
    return engine.extract(Document(id="t", text=text, published=published, lang=lang)).events


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Un kamikaze s'est fait exploser vendredi sur le marché de Konduga, tuant douze personnes. Selon le "
           "porte-parole de la police de l'Etat de Borno, dont Maiduguri est la capitale, c'est vers 19 heures "
           "que l'attaque a eu lieu."),
    ("en", "A suicide bomber blew himself up at a market in Konduga on Friday, killing twelve people. The police "
           "of Borno state, of which Maiduguri is the capital, said the attack took place at about 7 pm."),
])
def test_a_capital_that_describes_a_province_is_no_event_place(engine, lang, text):
    assert {event.location for event in events_of(engine, text, lang)} == {"Konduga"}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Im Sudan haben Milizen bei einem Angriff auf ein Dorf mindestens 40 Zivilisten getötet. Dutzende "
           "weitere Einwohner seien in dem Dorf im an die Hauptstadt Khartum angrenzenden Bundesstaat "
           "al-Dschasira verletzt worden, teilte ein Ärzteverband mit."),
    ("en", "Paramilitaries killed at least 40 civilians in an attack on a village in Sudan, doctors said on "
           "Saturday. Dozens more residents were wounded in the village in Gezira state, bordering "
           "Khartoum, the doctors said."),
])
def test_a_lead_in_a_country_is_placed_by_the_victims_province_after_it(engine, lang, text):
    (event,) = events_of(engine, text, lang)
    assert (event.country_code, event.admin1, event.geo_precision) == ("SD", "Al Jazirah", 3)
