"""Names that another place holds too, on sentences we wrote: a big town's former name borne
now by villages of its country ("Олександрівка": the villages, not Donetsk, which GeoNames gives
it as a former name); a relative phrase ending in a province word ("dans la région de Belgorod",
"en la región de Bélgorod") names the province, not the surroundings of its capital; and lower-case
words that open only an alternate name of a namesake abroad ("municipio de Jerez", a Guatemalan
district's) are the word before the name, not part of it."""

import pytest

PUBLISHED = "2025-03-12"  # a Wednesday


@pytest.mark.parametrize("text", [
    "Російські війська обстріляли село Олександрівка, загинули двоє цивільних, повідомили у вівторок в ОВА.",
    "У понеділок окупанти атакували дроном Олександрівку, поранено жінку.",
])
def test_a_village_s_own_name_is_not_a_big_town_s_former_one(events_of, text):
    (event,) = events_of(text, "uk", PUBLISHED)
    assert (event.location, event.country_code, event.geo_precision) == ("Oleksandrivka", "UA", 1)


def test_the_big_town_by_its_own_name_stays(events_of):
    (event,) = events_of("Внаслідок удару по Донецьку у понеділок загинули троє людей.", "uk", PUBLISHED)
    assert (event.location, event.geo_precision) == ("Donetsk", 1)


@pytest.mark.parametrize("text, lang, admin1", [
    ("Une frappe de drone a tué deux personnes lundi dans la région de Belgorod, a indiqué le gouverneur.", "fr",
     "Belgorodskaya oblast'"),
    ("Un drone ukrainien a blessé trois personnes dans la région de Koursk lundi.", "fr", "Kurskaya oblast'"),
    ("Des frappes russes ont tué un homme dans la région de Kharkiv lundi, selon les autorités.", "fr", "Kharkiv"),
    ("Des hommes armés ont tué quatre villageois lundi dans la région de Tillabéri, dans l'ouest du Niger.", "fr",
     "Tillaberi"),
    ("Un ataque con drones dejó dos muertos el lunes en la región de Bélgorod, según el gobernador.", "es",
     "Belgorodskaya oblast'"),
])
def test_the_region_of_a_province_s_name_is_the_province(events_of, text, lang, admin1):
    (event,) = events_of(text, lang, PUBLISHED)
    assert (event.admin1, event.geo_precision) == (admin1, 3)


def test_near_a_town_stays_near_the_town(events_of):
    (event,) = events_of("Des jihadistes ont tué cinq civils lundi près de Mopti, dans le centre du Mali.", "fr",
                         PUBLISHED)
    assert (event.location, event.geo_precision) == ("Mopti", 2)


@pytest.mark.parametrize("text, location", [
    ("Hombres armados asesinaron a tres personas el lunes en el municipio de Jerez, Zacatecas, informó la fiscalía.",
     "Jerez de Garcia Salinas"),
    ("Un enfrentamiento dejó cuatro muertos el lunes en el municipio de Fresnillo, Zacatecas.", "Fresnillo"),
])
def test_the_municipality_word_opens_no_namesake_abroad(events_of, text, location):
    (event,) = events_of(text, "es", PUBLISHED)
    assert (event.location, event.admin1, event.geo_precision) == (location, "Zacatecas", 1)


@pytest.mark.parametrize("text", [
    "В 15 км от Покровска в понедельник при обстреле погибли два человека.",
    "В понедельник под Покровском в результате обстрела погиб мирный житель.",
])
def test_a_case_form_that_is_a_namesake_s_alternate_name_keeps_the_town_of_its_own(events_of, text):
    """"Покровска" is also an alternate name GeoNames gives Yakutia's Pokrovsk: the genitive of
    Pokrovsk (Donetsk oblast, the bigger) stays a candidate."""
    (event,) = events_of(text, "ru", PUBLISHED)
    assert (event.location, event.country_code) == ("Pokrovsk", "UA")
