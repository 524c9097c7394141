"""Villages of the village sources (``geo/villages.py``): many, and named like words and like
places elsewhere, so one is taken only in a story about its country, and there when a locative
introduces it, its province or district is named with it, or (several words) its country is the
story's first. Sentences are ours; the villages are real."""

import pytest

from dateline.extraction.places.scoring import score_place

PUBLISHED = "2025-05-06"  # a Tuesday


def places_of(events):
    return sorted((e.country_code, e.location, e.geo_precision) for e in events)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Gunmen killed seven farmers on Sunday in Aburufe, a village in Gummi local government area of "
           "Zamfara State, police said."),
    ("fr", "Des hommes armés ont tué sept agriculteurs dimanche à Aburufe, dans l'État de Zamfara, dans le "
           "nord-ouest du Nigeria."),
    ("de", "Bewaffnete haben am Sonntag in Aburufe im nigerianischen Bundesstaat Zamfara sieben Bauern getötet."),
])
def test_a_nigerian_village_missing_from_geonames_places_the_event(events_of, lang, text):
    assert places_of(events_of(text, lang, PUBLISHED)) == [("NG", "Aburufe", 1)]


@pytest.mark.parametrize("name", ["Sin Hpyu Kan", "Sinhpyukan"])
def test_a_myanmar_village_is_found_as_written_and_run_together(events_of, name):
    text = (f"Junta jets bombed {name} village in Minhla Township, Magway Region, on Monday, killing four "
            "civilians, residents said.")
    assert places_of(events_of(text, "en", PUBLISHED)) == [("MM", "Sin Hpyu Kan", 1)]


def test_a_village_outside_the_named_province_is_not_taken(events_of):
    """Aburufe is a village of Zamfara: beside "Sokoto State" the name is some other place."""
    places = places_of(events_of("Bandits killed five herders on Sunday in Aburufe, Sokoto State, police said.",
                                 "en", PUBLISHED))
    assert ("NG", "Aburufe", 1) not in places and places and all(code == "NG" for code, _l, _gp in places)


def test_a_village_name_does_not_win_in_a_story_about_another_country(events_of):
    text = ("Jihadists attacked an army post in Aburufe in central Mali on Sunday, killing six soldiers, the army "
            "said. The attack in the Mopti region was claimed by JNIM.")
    assert all(code == "ML" for code, _location, _gp in places_of(events_of(text, "en", PUBLISHED)))


def test_a_one_word_village_needs_a_locative_even_in_its_country(events_of, gazetteer):
    """"Target" names a Nigerian village; a sentence opening with it in a Nigerian story is no place."""
    assert any(p.kind == "village" for p in gazetteer.search("Target"))
    text = ("Gunmen killed four traders in Kaduna State on Sunday, police said. Target of the attack was a "
            "busy cattle market, a witness said.")
    assert all(location != "Target" for _code, location, _gp in places_of(events_of(text, "en", PUBLISHED)))


def test_a_village_ranks_below_a_small_town(gazetteer):
    village = next(p for p in gazetteer.search("Aburufe") if p.kind == "village")
    town = next(p for p in gazetteer.search("Gummi") if p.kind == "city")
    assert score_place(village, "aburufe").total < score_place(town, "gummi").total


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "Бандити в Нігерії в п'ятницю ввечері увійшли до села Ліма та викрали 30 людей, повідомила поліція "
           "штату Замфара."),
    ("en", "Gunmen in Nigeria stormed the village of Lima on Friday and abducted 30 people, Zamfara state police "
           "said."),
])
def test_a_village_the_gazetteer_lacks_is_no_namesake_in_a_country_the_story_never_names(events_of, lang, text):
    """"The village of Lima" in a story about Nigeria is an unknown Nigerian village, not Peru's
    capital: the event stays in Nigeria, placed no better than the story places it."""
    assert {e.country_code for e in events_of(text, lang, PUBLISHED)} == {"NG"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Armed herders killed nine villagers on Tuesday in Tsenongo, a farming community in Logo local "
           "government area of Benue State, police said."),
    ("fr", "Des éleveurs armés ont tué neuf villageois mardi à Tsenongo, dans l'État de Benue, dans le centre "
           "du Nigeria."),
])
def test_a_nigerian_postal_town_places_the_event(events_of, lang, text):
    """Tsenongo is only in ng-address-toolkit's list (no GeoNames town, no OpenStreetMap settlement)."""
    assert places_of(events_of(text, lang, PUBLISHED)) == [("NG", "Tsenongo", 1)]


def test_a_nigerian_postal_town_is_no_place_in_a_story_about_cameroon(events_of):
    text = ("Separatist fighters attacked a checkpoint in Tsenongo in Cameroon's Northwest region on Tuesday, "
            "killing three soldiers, the army said.")
    places = places_of(events_of(text, "en", PUBLISHED))
    assert places and all(code == "CM" for code, _location, _gp in places)


@pytest.mark.parametrize(("state", "admin1"), [("Benue", "Benue"), ("Bauchi", "Bauchi")])
def test_of_namesake_villages_the_one_in_a_province_the_story_names_is_taken(events_of, gazetteer, state, admin1):
    """Jugudu names a village of Benue and one of Bauchi: the lead names the state, a later
    sentence the village alone."""
    assert {p.admin1 for p in gazetteer.search("Jugudu") if p.kind == "village"} == {"Benue", "Bauchi"}
    text = (f"Gunmen raided several farming settlements in {state} State on Saturday night, killing at least 14 "
            "people, officials said.\n\nIn Jugudu, the attackers burned a primary school and a church on Saturday, "
            "a resident told reporters.")
    jugudu = [e for e in events_of(text, "en", PUBLISHED) if e.location == "Jugudu"]
    assert jugudu and {e.admin1 for e in jugudu} == {admin1}
