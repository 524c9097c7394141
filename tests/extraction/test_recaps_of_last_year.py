""""В июне прошлого года", "en junio del año pasado", "in June last year", on sentences we
wrote: a month followed by "last year" is that month a year before, so a recalled attack is
background, not an event of the month the story is published in."""

import pytest

PUBLISHED = "2025-06-10"


@pytest.mark.parametrize(("text", "lang"), [
    ("В июне прошлого года боевики атаковали синагоги в Дербенте, погибли более 20 человек.", "ru"),
    ("У червні минулого року бойовики атакували церкву в Дербенті, загинули понад 20 людей.", "uk"),
    ("En junio del año pasado, hombres armados atacaron una iglesia en Derbent y mataron a más de 20 "
     "personas.", "es"),
])
def test_a_month_of_last_year_is_no_event_of_this_month(events_of, text, lang):
    assert not [e for e in events_of(text, lang, PUBLISHED) if str(e.event_date) >= "2025-01-01"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Боевики атаковали синагогу в Дербенте в прошлом году, погибли более 20 человек.", "ru"),
    ("Торік бойовики атакували церкву в Дербенті, загинули понад 20 людей.", "uk"),
])
def test_last_year_alone_is_background(events_of, text, lang):
    assert not [e for e in events_of(text, lang, PUBLISHED) if str(e.event_date) >= "2025-01-01"]


def test_the_attack_told_beside_last_years_stays(events_of):
    story = ("МАХАЧКАЛА, 10 июня. Неизвестные открыли огонь по посту ДПС в Дербенте в понедельник, погиб "
             "один полицейский.\n\n"
             "В июне прошлого года боевики атаковали синагоги и церкви в Дербенте и Махачкале, тогда погибли "
             "более 20 человек.")
    events = events_of(story, "ru", PUBLISHED)
    assert [(e.location, str(e.event_date)) for e in events] == [("Derbent", "2025-06-09")]
