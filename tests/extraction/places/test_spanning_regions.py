"""The Sahel of a dozen states and Burkina Faso's Sahel region, on sentences we wrote: a region
of the world named like one country's province places nothing outside a story about that
country, and a country's adjective beside a province name of another country names a part of
the adjective's country."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("en", "Jihadists killed nine Malian soldiers in an ambush in the Sahel on Friday, the Malian army said."),
    ("fr", "Des jihadistes ont tué neuf soldats maliens dans une embuscade vendredi au Sahel, a indiqué "
           "l'armée malienne."),
    ("ru", "Боевики убили девять малийских военных в Сахеле в пятницу, сообщила армия Мали."),
])
def test_the_sahel_in_a_story_about_mali_is_not_burkina_fasos_province(events_of, lang, text):
    (ambush,) = events_of(text, lang, "2025-09-14")
    assert (ambush.country_code, ambush.fatalities) == ("ML", 9)


def test_the_sahel_region_in_a_story_about_burkina_faso_is_its_province(events_of):
    (ambush,) = events_of("Au moins quinze soldats burkinabè ont été tués vendredi dans une embuscade dans "
                          "la région du Sahel, dans le nord du Burkina Faso.", "fr", "2025-09-14")
    assert (ambush.country_code, ambush.admin1) == ("BF", "Sahel")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des jihadistes ont tué neuf soldats dans une embuscade vendredi dans le Sahel malien, a indiqué "
           "l'armée."),
    ("en", "Jihadists killed nine soldiers in an ambush in the Malian Sahel on Friday, the army said."),
    ("es", "Yihadistas mataron a nueve soldados en una emboscada el viernes en el Sahel maliense, informó "
           "el ejército."),
    ("fr", "Des hommes armés ont tué neuf soldats vendredi dans le Centre malien, a indiqué un élu local."),
])
def test_a_province_name_with_another_countrys_adjective_is_that_country(events_of, lang, text):
    (ambush,) = events_of(text, lang, "2025-09-14")
    assert (ambush.country_code, ambush.geo_precision) == ("ML", 3)
