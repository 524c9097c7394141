"""Russian places (invented sentences): a province in any case of its noun."""

import pytest


@pytest.mark.parametrize("text", [
    "Силы ПВО уничтожили украинский беспилотник над Курской областью.",  # instrumental: "-ью"
    "Силы ПВО уничтожили украинский беспилотник в Курской области.",
])
def test_a_province_is_found_in_every_case_of_its_noun(events_of, text):
    (event,) = events_of(text, "ru", "2024-09-10")
    assert (event.country_code, event.admin1, event.geo_precision) == ("RU", "Kurskaya oblast'", 3)


@pytest.mark.parametrize(("text", "admin1"), [
    ("В субботу боевики напали на деревню в провинции Южное Киву и убили семь человек.", "South Kivu"),
    ("Во вторник в Южном Киву боевики напали на деревню и убили семь человек.", "South Kivu"),
    ("В среду армия отбила атаку мятежников в штате Западный Дарфур, погибли четыре человека.", "Western Darfur"),
])
def test_a_province_opened_by_a_compass_adjective_is_found_by_its_latin_name(events_of, text, admin1):
    """«Южное Киву», «в Западном Дарфуре»: the sources know the province in English only
    ("South Kivu"); the Russian compass adjective, in any case, is read as the English word."""
    (event,) = events_of(text, "ru", "2024-09-10")
    assert event.admin1 == admin1


def test_the_mediators_of_an_agreement_are_no_event_places(events_of):
    """"при посредничестве Катара и Египта": the countries that brokered a truce are not where
    it was agreed."""
    events = events_of("Стороны конфликта в Судане в понедельник подписали соглашение о прекращении "
                       "огня при посредничестве Саудовской Аравии и США.", "ru", "2024-09-10")
    assert {e.country_code for e in events} == {"SD"}


@pytest.mark.parametrize("text", [
    "В среду снаряд попал в жилой дом в Днепровском районе Херсона, погиб мужчина.",
    "В среду российские войска обстреляли Херсон, в Днепровском районе города погиб мужчина.",
    "В среду беспилотник атаковал Днепровский район Херсона, погиб мужчина.",
])
def test_a_district_of_a_town_is_placed_in_that_town(events_of, text):
    """«в Днепровском районе Херсона», «в Днепровском районе города»: a district of the town
    named after it (or told before), not the rural district, nor another city's district, of
    that name (Kyiv has a Dniprovskyi district too)."""
    (event,) = events_of(text, "ru", "2025-03-12")
    assert event.location == "Kherson"


def test_a_rural_district_of_a_province_stays_a_district(events_of):
    (event,) = events_of("Во вторник в Никопольском районе Днепропетровской области в результате "
                         "обстрела погиб мужчина.", "ru", "2025-03-12")
    assert (event.location, event.admin1) == ("Nikopol", "Dnipropetrovsk")
