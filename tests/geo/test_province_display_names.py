"""The admin1 an event shows: a province's own name where its country writes its affairs in a
language of the news ("Guayas", "Centre", "Junin"), not a lone alias in another tongue that the
sources happen to list (the Quechua "Wayas marka", the Creole "Sant"); the English alias where
the own name is a transliteration ("Dubai", not "Dubayy")."""

import pytest

from dateline.geo.sources import english_admin_name, own_named


@pytest.mark.parametrize(("name", "aliases", "shown"), [
    ("Guayas", ["Wayas marka"], "Guayas"),
    ("Centre", ["Depatman Sant", "Sant"], "Centre"),
    ("Junín", ["Departamento de Junín", "Hunin Suyu", "Junín Department", "Sunin suyu"], "Junin"),
    ("England", ["Lloegr", "Sasainn", "Sasana"], "England"),
    ("Murcia, Región de", ["Murcia"], "Murcia"),
    # a name written by several sources still beats the own name
    ("Texas", ["Estado de Texas", "State of Texas", "Tejas"], "Texas"),
])
def test_a_province_of_a_country_of_the_news_languages_keeps_its_own_name(name, aliases, shown):
    assert english_admin_name(name, aliases, own_counts=True) == shown


def test_a_transliterated_own_name_gives_way_to_the_english_alias():
    assert not own_named("AE") and not own_named("LB")
    assert english_admin_name("Dubayy", ["Dubai", "دبي"], own_counts=own_named("AE")) == "Dubai"


@pytest.mark.parametrize("country", ["EC", "PE", "HT", "MX", "CO", "ML", "CD", "SD", "GB"])
def test_countries_writing_in_a_news_language(country):
    assert own_named(country)


@pytest.mark.parametrize(("text", "admin1"), [
    ("Al menos 15 reos murieron el lunes en un motín en una cárcel de Guayaquil, informó la policía.", "Guayas"),
    ("Las pandillas atacaron el miércoles la comuna de Mirebalais y mataron a cuatro personas.", "Centre"),
    ("Un atentado con explosivos destruyó el martes una torre eléctrica en Esmeraldas, sin dejar heridos.",
     "Esmeraldas"),
])
def test_events_show_the_province_under_its_own_name(events_of, text, admin1):
    events = events_of(text, "es", "2025-06-04")
    assert events and events[0].admin1 == admin1
