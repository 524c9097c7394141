"""A place that only describes another ("l'Etat de Borno, dont Maiduguri est la capitale", "der
an die Hauptstadt Khartum angrenzende Bundesstaat") is no event place, and a lead that names
its country alone is placed by the sentence right after it that tells of its victims in one
place inside that country. Sentences are ours (``dateline.extraction.places.roles``,
``dateline.extraction.rules.engine``)."""

import pytest

PUBLISHED = "2025-03-08"  # a Saturday


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Un kamikaze s'est fait exploser vendredi sur le marché de Konduga, tuant douze personnes. Selon le "
           "porte-parole de la police de l'Etat de Borno, dont Maiduguri est la capitale, c'est vers 19 heures "
           "que l'attaque a eu lieu."),
    ("en", "A suicide bomber blew himself up at a market in Konduga on Friday, killing twelve people. The police "
           "of Borno state, of which Maiduguri is the capital, said the attack took place at about 7 pm."),
])
def test_a_capital_that_describes_a_province_is_no_event_place(events_of, lang, text):
    assert {event.location for event in events_of(text, lang, PUBLISHED)} == {"Konduga"}


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Im Sudan haben Milizen bei einem Angriff auf ein Dorf mindestens 40 Zivilisten getötet. Dutzende "
           "weitere Einwohner seien in dem Dorf im an die Hauptstadt Khartum angrenzenden Bundesstaat "
           "al-Dschasira verletzt worden, teilte ein Ärzteverband mit."),
    ("en", "Paramilitaries killed at least 40 civilians in an attack on a village in Sudan, doctors said on "
           "Saturday. Dozens more residents were wounded in the village in Gezira state, bordering "
           "Khartoum, the doctors said."),
])
def test_a_lead_in_a_country_is_placed_by_the_victims_province_after_it(events_of, lang, text):
    (event,) = events_of(text, lang, PUBLISHED)
    assert (event.country_code, event.admin1, event.geo_precision) == ("SD", "Al Jazirah", 3)


@pytest.mark.parametrize(("lang", "text", "country"), [
    ("ru", "Беспилотник во вторник атаковал склад в городе Валуйки, ранены трое рабочих, сообщили власти. "
           "Валуйки расположены в 15 километрах от границы с Украиной.", "RU"),
    ("ru", "Артиллерийский снаряд в четверг попал в жилой дом в Глушково, погиб пенсионер. Поселок лежит "
           "у границы с Украиной и часто попадает под огонь.", "RU"),
    ("uk", "Російський дрон у середу влучив у склад у Куп'янську, поранено двох працівників. Місто "
           "розташоване за 40 кілометрів від кордону з Росією.", "UA"),
])
def test_a_country_across_the_border_does_not_pull_the_story_abroad(events_of, lang, text, country):
    """"в 15 километрах от границы с Украиной": the neighbour named to say where the town lies
    is not the story's country, so a small town named in the lead stays where it is."""
    events = events_of(text, lang, PUBLISHED)
    assert events and {event.country_code for event in events} == {country}
