"""A province word before a country's name names the province so called in the story's
country ("в штаті Нігер": Niger State of Nigeria), and a village the gazetteer knows as
written only in Latin letters is found by its Latin spelling once the places of its Cyrillic
spelling are ruled out. Sentences are ours."""

import pytest

PUBLISHED = "2024-06-10"  # a Monday


def places_of(events):
    return sorted((e.country_code, e.admin1, e.location) for e in events)


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "У суботу бойовики напали на село в штаті Нігер, Нігерія, вбивши щонайменше 12 людей."),
    ("uk", "У суботу бойовики напали на село в штаті Нігер на півночі Нігерії, вбивши 12 людей."),
    ("uk", "У Нігерії в суботу бойовики напали на село в штаті Нігер, вбивши 12 людей."),
    ("fr", "Samedi, des hommes armés ont attaqué un village dans l'Etat du Niger, au Nigeria, tuant 12 personnes."),
])
def test_a_province_word_before_a_country_name_is_the_province(events_of, lang, text):
    assert places_of(events_of(text, lang, PUBLISHED)) == [("NG", "Niger", "Niger")]


def test_a_country_alone_stays_the_country(events_of):
    text = "У суботу бойовики напали на село на заході Нігеру, вбивши 12 людей."
    assert [code for code, _a, _l in places_of(events_of(text, "uk", PUBLISHED))] == ["NE"]


def test_a_village_known_in_latin_letters_in_the_story_country(events_of):
    """"Кучі" is also Kochi (India) as written; in a story about Nigeria, the Nigerian village."""
    text = "У Нігерії в суботу бойовики напали на село Кучі і вбили 12 людей."
    assert places_of(events_of(text, "uk", PUBLISHED)) == [("NG", "Niger", "Kuchi")]


@pytest.mark.parametrize(("lang", "text"), [
    ("uk", "У Дніпрі в суботу внаслідок ракетного удару загинули четверо людей."),
    ("ru", "В Днепре в субботу в результате ракетного удара погибли четыре человека."),
])
def test_the_city_of_dnipro_in_a_case_form_is_the_city(events_of, lang, text):
    assert places_of(events_of(text, lang, PUBLISHED)) == [("UA", "Dnipropetrovsk", "Dnipro")]
