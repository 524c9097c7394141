"""A list of names closed or opened by a plural province word ("the Belgorod and Kursk
regions", "les régions de Belgorod, Briansk et Koursk"), on sentences we wrote: each name is
the province, also the first one, whose capital bears its name, and the list is one event per
province (a capital read for the first name would hold the others as containers)."""

import pytest

PUBLISHED = "2025-06-10"


@pytest.mark.parametrize(("text", "lang", "provinces"), [
    ("Ukrainian drones struck the Belgorod and Kursk regions overnight, injuring two people.", "en", 2),
    ("Ukrainian drones struck the Kursk and Bryansk regions overnight, injuring two people.", "en", 2),
    ("Des drones ukrainiens ont frappé les régions de Belgorod, Briansk et Koursk dans la nuit, "
     "blessant deux personnes.", "fr", 3),
    ("Drones ucranianos atacaron las regiones de Bélgorod y Kursk durante la noche, hiriendo a dos "
     "personas.", "es", 2),
    ("Bei russischen Angriffen auf die Regionen Charkiw, Sumy und Poltawa wurden zwei Menschen verletzt.",
     "de", 3),
])
def test_each_name_of_a_list_of_provinces_is_a_province(events_of, text, lang, provinces):
    events = events_of(text, lang, PUBLISHED)
    assert len(events) == provinces
    assert all(e.geo_precision == 3 for e in events)
    assert len({e.admin1 for e in events}) == provinces


def test_a_town_before_its_province_word_stays_a_town(events_of):
    (event,) = events_of("Russian shelling of Nikopol in the Dnipropetrovsk region wounded a man on Monday.",
                         "en", PUBLISHED)
    assert event.location == "Nikopol"
