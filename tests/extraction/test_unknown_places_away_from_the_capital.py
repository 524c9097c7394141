"""Where an event goes when the gazetteer lacks its town or a country shares its name with a
city elsewhere, on sentences we wrote: a story filed from a capital about a village the
gazetteer does not know is told at the country's level (never at the capital the text does
not tie to the event), and "northern Benin" is the country, not Nigeria's Benin City."""

import pytest

PUBLISHED = "2025-06-04"  # a Wednesday


@pytest.mark.parametrize("text, lang", [
    ("BAMAKO, June 3 (Reuters) - Jihadists killed nine soldiers on Monday in an attack on an army post in "
     "Boulkessi, in central Mali, the army said.", "en"),
    ("BAMAKO, 3 juin (AFP) - Des hommes armés ont tué douze civils lundi à Djiguibombo, dans le centre du Mali, "
     "selon des sources locales.", "fr"),
    ("BAMAKO (dpa) - Dschihadisten haben am Montag in Djiguibombo im Zentrum Malis zwölf Zivilisten getötet.", "de"),
    ("BAMAKO, 3 jun (EFE) - Yihadistas mataron a doce civiles el lunes en Djiguibombo, en el centro de Malí.", "es"),
    ("БАМАКО, 3 июня. Боевики убили 12 мирных жителей в Джигибомбо в центре Мали в понедельник.", "ru"),
    ("БАМАКО, 3 червня. Бойовики вбили 12 мирних жителів у Джигібомбо в центрі Малі в понеділок.", "uk"),
    ("MOGADISHU, June 3 (Reuters) - Al Shabaab fighters attacked a military base in Mahaday, in central Somalia, "
     "killing five soldiers on Monday.", "en"),
])
def test_a_town_the_gazetteer_lacks_is_not_the_capital_the_story_was_filed_from(events_of, text, lang):
    (event,) = events_of(text, lang, PUBLISHED)
    assert event.geo_precision == 3
    assert event.location in ("Mali", "Somalia")


def test_a_country_told_alone_from_its_capital_still_takes_the_capital(events_of):
    # no town named anywhere: the capital dateline is the story's place, as before
    (event,) = events_of("TBILISI, June 3 (Reuters) - Thousands of people protested in Georgia on Tuesday "
                         "against the government's decision.", "en", PUBLISHED)
    assert event.location == "Tbilisi"


@pytest.mark.parametrize("text, lang, town", [
    ("Gunmen killed two policemen in Porga, northern Benin, on Monday, a security source said.", "en", "Porga"),
    ("Des hommes armés ont tué deux policiers lundi à Karimama, dans le nord du Bénin.", "fr", "Karimama"),
    ("Bewaffnete haben am Montag in Porga im Norden Benins zwei Polizisten getötet.", "de", "Porga"),
    ("Hombres armados mataron el lunes a dos policías en Porga, en el norte de Benín.", "es", "Porga"),
])
def test_benin_named_in_the_story_lets_its_villages_in(events_of, text, lang, town):
    (event,) = events_of(text, lang, PUBLISHED)
    assert (event.location, event.country_code) == (town, "BJ")
