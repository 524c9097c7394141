"""Russian places (invented sentences): a province in any case of its noun."""

import pytest

from ..examples import events_of


@pytest.mark.parametrize("text", [
    "Силы ПВО уничтожили украинский беспилотник над Курской областью.",  # instrumental: "-ью"
    "Силы ПВО уничтожили украинский беспилотник в Курской области.",
])
def test_a_province_is_found_in_every_case_of_its_noun(engine, text):
    (event,) = events_of(engine, "ru", text, "2024-09-10")
    assert (event.country_code, event.admin1, event.geo_precision) == ("RU", "Kurskaya oblast'", 3)


@pytest.mark.parametrize(("text", "admin1"), [
    ("В субботу боевики напали на деревню в провинции Южное Киву и убили семь человек.", "South Kivu"),
    ("Во вторник в Южном Киву боевики напали на деревню и убили семь человек.", "South Kivu"),
    ("В среду армия отбила атаку мятежников в штате Западный Дарфур, погибли четыре человека.", "Western Darfur"),
])
def test_a_province_opened_by_a_compass_adjective_is_found_by_its_latin_name(engine, text, admin1):
    """«Южное Киву», «в Западном Дарфуре»: the sources know the province in English only
    ("South Kivu"); the Russian compass adjective, in any case, is read as the English word."""
    (event,) = events_of(engine, "ru", text, "2024-09-10")
    assert event.admin1 == admin1


def test_the_mediators_of_an_agreement_are_no_event_places(engine):
    """"при посредничестве Катара и Египта": the countries that brokered a truce are not where
    it was agreed."""
    events = events_of(engine, "ru", "Стороны конфликта в Судане в понедельник подписали соглашение о прекращении "
                       "огня при посредничестве Саудовской Аравии и США.", "2024-09-10")
    assert {e.country_code for e in events} == {"SD"}
