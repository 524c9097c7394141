"""A front sector named after a town ("на Курахівському напрямку", "on the Pokrovsk axis"): what
happens there, in a village the gazetteer may not know, is near that town (geo_precision 2);
the town is read from its adjective, whose stem may part from the town's ("добропольский":
Доброполье). Sentences are ours (``dateline.extraction.places.resolver``, ``dateline.geo.keys``)."""

import pytest

from dateline.geo.keys import query_keys

PUBLISHED = "2025-11-05"  # a Wednesday


@pytest.mark.parametrize(("lang", "text", "town"), [
    ("uk", "Сили оборони звільнили населений пункт Соняшникове на Курахівському напрямку, повідомили в "
           "Генштабі ЗСУ.", "Kurakhove"),
    ("uk", "Українські десантники звільнили село Кленова Балка на Добропільському напрямку на Донеччині.",
     "Dobropillia"),
    ("ru", "Украинские военные освободили поселок Ольховый Клин на Добропольском направлении в Донецкой области.",
     "Dobropillia"),
])
def test_a_village_on_a_towns_axis_is_near_the_town(events_of, lang, text, town):
    (event,) = events_of(text, lang, PUBLISHED)
    assert (event.country_code, event.location, event.geo_precision) == ("UA", town, 2)


def test_a_town_before_the_axis_word_is_near_not_at(events_of):
    text = "Украинские военные освободили поселок Ольховый Клин на Покровском направлении в Донецкой области."
    (event,) = events_of(text, "ru", PUBLISHED)
    assert (event.location, event.geo_precision) == ("Pokrovsk", 2)


@pytest.mark.parametrize(("adjective", "stem"), [
    ("добропільському", "добропілл"), ("гуляйпільському", "гуляйпол"), ("запорізькому", "запоріжж"),
    ("курахівському", "курахов"), ("добропольском", "доброполь"), ("запорожском", "запорожь"),
])
def test_a_towns_adjective_finds_the_towns_stem(adjective, stem):
    assert stem in query_keys(adjective)
