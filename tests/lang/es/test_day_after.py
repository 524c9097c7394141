"""The day after the one told (invented sentences): "un día después", "am Tag darauf", "the next
day", "le lendemain" date an act the day after the act told before, never after publication.
And a prison fight between gangs named for its inmates' office is no abduction."""

import pytest

from dateline.taxonomy import SubEventType as S

PUBLISHED = "2025-11-12"  # a Wednesday


@pytest.mark.parametrize("text, lang", [
    ("Cinco personas fueron asesinadas a tiros la noche del lunes en Machala.\n\nUn día después, un "
     "enfrentamiento entre bandas en Pasaje dejó tres muertos.", "es"),
    ("In Aleppo wurden am Montag fünf Menschen bei einem Luftangriff getötet.\n\nAm Tag darauf kamen bei "
     "Gefechten in Idlib drei Kämpfer ums Leben.", "de"),
    ("Five people were killed in an air strike in Aleppo on Monday.\n\nThe next day, three fighters were "
     "killed in clashes in Idlib.", "en"),
    ("Cinq personnes ont été tuées lundi dans une frappe aérienne à Alep.\n\nLe lendemain, trois combattants "
     "ont été tués dans des affrontements à Idleb.", "fr"),
])
def test_the_day_after_the_act_told(events_of, text, lang):
    days = sorted(str(e.event_date) for e in events_of(text, lang, PUBLISHED))
    assert days == ["2025-11-10", "2025-11-11"]


def test_the_day_after_is_never_after_publication(events_of):
    text = "Un día después, un enfrentamiento entre bandas en Pasaje dejó tres muertos."
    (event,) = events_of(text, "es", PUBLISHED)
    assert str(event.event_date) == PUBLISHED


def test_a_prison_fight_named_with_the_inmates_office_is_a_clash(events_of):
    text = ("Una pelea entre reos de Los Lobos y de Los Choneros en la cárcel de Turi, en Cuenca, dejó el "
            "martes un saldo de tres internos sin vida, informó el Servicio Nacional de Atención Integral a "
            "Personas Privadas de la Libertad.")
    (event,) = events_of(text, "es", PUBLISHED)
    assert event.sub_event_type == S.ARMED_CLASH.value
    assert event.fatalities == 3
