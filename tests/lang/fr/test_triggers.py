"""French acts the pack must know (all invented sentences)."""

import pytest

from ..triggers import sub_types

PUBLISHED = "2025-03-11"  # a Tuesday


@pytest.mark.parametrize("text, expected", [
    ("Lundi, des insurgés ont décapité trois villageois à Macomia, au Mozambique.", "Attack"),
    ("Lundi, les insurgés ont incendié un village près de Macomia, au Mozambique.", "Looting/property destruction"),
    ("Lundi, des membres d'un gang ont incendié une dizaine de maisons à Jacmel, en Haïti.",
     "Looting/property destruction"),
    ("Lundi, des assaillants ont mis le feu à l'école de Kaya, au Burkina Faso.", "Looting/property destruction"),
    ("Lundi, des hommes armés ont incendié une vingtaine de maisons à Macomia, au Mozambique.",
     "Looting/property destruction"),
    ("Lundi, des bandits ont envahi un lycée à Kaduna, au Nigeria.", "Attack"),
    ("Lundi, une charrette a sauté sur une mine antichar près de Ziguinchor.", "Remote explosive/landmine/IED"),
    ("Lundi, les forces de sécurité ont tiré à balles réelles sur la foule à Saqqez, en Iran.",
     "Excessive force against protesters"),
])
def test_french_acts(events_of, text, expected):
    assert sub_types(events_of(text, "fr", PUBLISHED)) == [expected]


@pytest.mark.parametrize("text", [
    "Lundi à Ouagadougou, le chef d'état-major a sauté lors du remaniement.",  # sacked, not blown up
    "« Si tu pars, tu le regretteras », a-t-il lancé lundi à Bamako devant ses partisans.",  # "tu" is not "tué"
])
def test_french_words_that_are_no_act(events_of, text):
    assert sub_types(events_of(text, "fr", PUBLISHED)) == []


def test_chari_is_no_tank(events_of):
    assert sub_types(events_of("Lundi, des combats ont eu lieu près de Bongor, dans le Mayo-Kebbi et le "
                               "Logone et Chari.", "fr", PUBLISHED)) in ([], ["Armed clash"])


@pytest.mark.parametrize("text, expected", [
    # army communiqués: "taken to task" is an ambush or attack on a unit
    ("Samedi, une patrouille des FAMa a été prise à partie par des terroristes près de Nioro, au Mali.",
     "Armed clash"),
    ("Samedi, des soldats burkinabè ont été pris à partie par des hommes armés près de Dori, au Burkina Faso.",
     "Armed clash"),
    # guided aerial bombs are dropped from aircraft, not planted
    ("Lundi, des bombes aériennes guidées russes ont frappé Kramatorsk, tuant deux civils.", "Air/drone strike"),
    ("Lundi, une bombe guidée a touché un immeuble de Soumy, en Ukraine, faisant trois blessés.",
     "Air/drone strike"),
])
def test_french_communique_and_bomb_words(events_of, text, expected):
    assert sub_types(events_of(text, "fr", PUBLISHED)) == [expected]


def test_opening_fire_on_people_is_an_attack_without_a_toll(events_of):
    events = events_of("Des hommes armés ont ouvert le feu vendredi sur des villageois près de Téra, au Niger.",
                       "fr", "2025-04-02")
    assert [(e.sub_event_type, str(e.event_date)) for e in events] == [("Attack", "2025-03-28")]


def test_the_day_a_communique_was_read_is_no_day_of_the_attack(events_of):
    text = ("Des hommes armés ont ouvert le feu vendredi sur des fidèles dans une mosquée d'un village situé près de "
            "Téra, au Niger. Selon un communiqué du ministère de l'Intérieur lu samedi à la télévision publique, "
            "l'attaque a fait 44 morts et 13 blessés.")
    events = events_of(text, "fr", "2025-04-02")
    assert [(str(e.event_date), e.fatalities, e.injured) for e in events] == [("2025-03-28", 44, 13)]


@pytest.mark.parametrize("text", [
    "Trois soldats sont morts lundi dans l'explosion de leur véhicule sur la route Mokolo – Mora, au Cameroun.",
    "Trois soldats sont morts lundi dans l'explosion de leur véhicule sur l'axe Mokolo-Mora, au Cameroun.",
])
def test_a_road_named_by_its_two_towns_is_one_event_near_the_first(events_of, text):
    events = events_of(text, "fr", "2024-02-27")
    assert [(e.location, e.fatalities) for e in events] == [("Mokolo", 3)]
