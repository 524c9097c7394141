"""ACLED codes an abduction when the taking is the main act, and an attack (with its dead) when
civilians are killed in it. On sentences we wrote: a raid told as "killed four and abducted 60"
leads with the killing, so it is an attack with four dead; told as "abducted 60 and shot dead a
farmer", the abduction leads and stays the event. A detaining told beside the abduction is the
abductors' taking, no arrest of its own."""

import pytest

PUBLISHED = "2025-03-12"  # a Wednesday: "Tuesday" is 2025-03-11


@pytest.mark.parametrize("text, lang", [
    ("Gunmen killed four villagers and abducted 60 others in an attack on Dansadau in Zamfara state on Tuesday, "
     "police said.", "en"),
    ("Des hommes armés ont tué quatre villageois et enlevé une soixantaine d'autres mardi à Dansadau, dans "
     "l'Etat de Zamfara, selon la police.", "fr"),
    ("Hombres armados mataron a cuatro aldeanos y secuestraron a otros 60 el martes en Dansadau, en el estado "
     "de Zamfara, según la policía.", "es"),
    ("قتل مسلحون أربعة قرويين وخطفوا 60 آخرين يوم الثلاثاء في هجوم على بلدة دانسادو بولاية زامفارا، وفق الشرطة.",
     "ar"),
    ("Во вторник боевики убили четырех жителей и похитили еще 60 человек в деревне Дансаду в штате Замфара, "
     "сообщила полиция.", "ru"),
    ("У вівторок бойовики вбили чотирьох мешканців і викрали ще 60 людей у селі Дансаду в штаті Замфара, "
     "повідомила поліція.", "uk"),
    ("Bewaffnete haben am Dienstag in Dansadau im Bundesstaat Zamfara vier Dorfbewohner getötet und 60 weitere "
     "entführt, teilte die Polizei mit.", "de"),
])
def test_people_killed_then_others_taken_are_an_attack_with_its_dead(events_of, text, lang):
    (event,) = events_of(text, lang, PUBLISHED)
    assert event.sub_event_type == "Attack"
    assert event.fatalities == 4
    assert event.actor2.startswith("Civilians (")


@pytest.mark.parametrize("text, lang", [
    ("Gunmen abducted 60 villagers and shot dead a farmer in an attack on Dansadau in Zamfara state on Tuesday, "
     "police said.", "en"),
    ("Des hommes armés ont enlevé une soixantaine de villageois et tué un agriculteur mardi à Dansadau, dans "
     "l'Etat de Zamfara, selon la police.", "fr"),
    ("خطف مسلحون 60 قرويا وقتلوا مزارعا يوم الثلاثاء في هجوم على بلدة دانسادو بولاية زامفارا، وفق الشرطة.", "ar"),
])
def test_an_abduction_told_first_stays_the_event(events_of, text, lang):
    (event,) = events_of(text, lang, PUBLISHED)
    assert event.sub_event_type == "Abduction/forced disappearance"


def test_a_detaining_beside_the_abduction_is_no_arrest(events_of):
    text = ("Fighters shot dead three civilians in Tambul in Gezira state on Tuesday, detained dozens of young men "
            "and abducted them to an unknown location, residents said.")
    events = events_of(text, "en", PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Attack"]
    assert events[0].fatalities == 3
