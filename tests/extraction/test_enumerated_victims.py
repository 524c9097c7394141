"""Victims told one by one add up: "killing the driver and two passengers" is three dead, in
every language. An article or an object marker between the conjunction and the next count
("and the two passengers", "y a dos pasajeros", "et les deux passagers") joins them as the
conjunction does; a count before a comma gives way to the count after the casualty word ("a
attaqué un bus lundi, tuant le chauffeur"); a split verb's auxiliary ("wurden ... getötet") is
no casualty word of its own; a German noun whose plural is the same word counts one only with a
singular article ("den Fahrer")."""

import pytest

PUBLISHED = "2024-03-12"  # a Tuesday


def _killed(events_of, lang, text):
    events = events_of(text, lang, PUBLISHED)
    assert events, text
    return events[0].fatalities


@pytest.mark.parametrize("lang, text, killed", [
    ("en", "Gunmen attacked a bus near Gao on Monday, killing the driver and two passengers.", 3),
    ("en", "Gunmen killed the driver and the two passengers of a minibus near Gao on Monday.", 3),
    ("fr", "Des hommes armés ont attaqué un bus lundi près de Gao, tuant le chauffeur et deux passagers.", 3),
    ("fr", "Des hommes armés ont tué le chauffeur et les deux passagers d'un minibus lundi près de Gao.", 3),
    ("es", "Hombres armados atacaron un autobús el lunes en Culiacán, matando al conductor y a dos pasajeros.", 3),
    ("es", "Sicarios asesinaron al conductor y a los dos pasajeros de un taxi el lunes en Culiacán.", 3),
    ("de", "Bewaffnete griffen am Montag bei Gao einen Bus an und töteten den Fahrer und zwei Fahrgäste.", 3),
    ("ru", "В понедельник боевики обстреляли автобус под Гао, убив водителя и двух пассажиров.", 3),
    ("uk", "У понеділок бойовики обстріляли автобус біля Гао, вбивши водія та двох пасажирів.", 3),
    ("ar", "هاجم مسلحون حافلة قرب غاو يوم الاثنين ما أدى إلى مقتل السائق وراكبين اثنين.", 3),
])
def test_the_driver_and_his_passengers_add_up(events_of, lang, text, killed):
    assert _killed(events_of, lang, text) == killed


@pytest.mark.parametrize("lang, text, killed", [
    ("en", "A woman and her three children were killed when a shell hit their house in Kupiansk on Monday.", 4),
    ("fr", "Une femme et ses trois enfants ont été tués lundi par un obus à Kupiansk.", 4),
    ("es", "Una mujer y sus tres hijos murieron el lunes en un bombardeo ruso contra Jersón.", 4),
    ("de", "Eine Frau und ihre drei Kinder wurden am Montag in Kupjansk durch eine Granate getötet.", 4),
    ("ru", "В понедельник в Купянске погибли женщина и трое ее детей.", 4),
    ("uk", "У понеділок у Куп'янську внаслідок обстрілу загинули жінка та троє її дітей.", 4),
    ("ar", "قتلت امرأة وأطفالها الثلاثة يوم الاثنين في قصف على خاركيف.", 4),
    ("en", "Two soldiers and a civilian were killed when militants attacked a checkpoint near Gao on Monday.", 3),
    ("fr", "Deux soldats et un civil ont été tués lundi dans l'attaque d'un poste près de Gao.", 3),
    ("es", "Dos soldados y un civil murieron el lunes en un ataque contra un retén cerca de Gao.", 3),
    ("de", "Zwei Soldaten und ein Zivilist wurden am Montag bei einem Angriff auf einen Kontrollpunkt "
           "nahe Gao getötet.", 3),
    ("ru", "В понедельник при нападении на блокпост под Гао погибли двое военных и один мирный житель.", 3),
    ("uk", "У понеділок під час нападу на блокпост біля Гао загинули двоє військових і один цивільний.", 3),
    ("ar", "قتل جنديان ومدني يوم الاثنين في هجوم على حاجز قرب غاو.", 3),
])
def test_kin_and_mixed_victims_add_up(events_of, lang, text, killed):
    assert _killed(events_of, lang, text) == killed


@pytest.mark.parametrize("lang, text, killed", [
    # a count before the comma with none after the casualty word stays the count
    ("en", "Three people, all of them farmers, were killed near Gao on Monday.", 3),
    ("fr", "Trois personnes, toutes des civils, ont été tuées lundi près de Gao.", 3),
    # "die Fahrer" is plural, "junge" an adjective: no count of one
    ("de", "Bewaffnete haben am Montag bei Gao die Fahrer mehrerer Lastwagen getötet.", None),
    ("de", "Junge Menschen wurden am Montag bei Protesten in Sanandadsch getötet.", None),
])
def test_no_count_is_made_up(events_of, lang, text, killed):
    assert _killed(events_of, lang, text) == killed


@pytest.mark.parametrize("lang, text", [
    ("en", "The driver and his assistant were killed when their truck hit a mine near Gao on Monday."),
    ("fr", "Le chauffeur et son apprenti ont été tués lundi lorsque leur camion a sauté sur une mine près de Gao."),
    ("es", "El conductor y su acompañante murieron el lunes cuando su camión pisó una mina cerca de Gao."),
    ("de", "Der Fahrer und sein Beifahrer wurden am Montag getötet, als ihr Lastwagen bei Gao auf eine Mine fuhr."),
    ("ru", "В понедельник под Гао грузовик подорвался на мине, погибли водитель и его помощник."),
    ("uk", "У понеділок біля Гао вантажівка підірвалася на міні, загинули водій та його помічник."),
])
def test_a_victim_and_a_companion_are_two(events_of, lang, text):
    assert _killed(events_of, lang, text) == 2
