"""ACLED's line between a protest with intervention and a violent demonstration, on sentences we
wrote. A violent demonstration needs the crowd's own violence (stones, arson, barricades it
built, storming); "clashes" told with nothing but the police's tear gas, water cannon or
arrests are a protest the police intervened in, and its crowd is protesters, not rioters. A
lone barricade the police retreat behind is no act of the crowd. Stones thrown or barricades
built stay a violent demonstration, and clashes told alone (no intervention named) stay one; so
does an intervention in which police officers were hurt (the crowd fought them)."""

import pytest

PUBLISHED = "2025-03-12"  # a Wednesday: "Tuesday" is 2025-03-11


def demonstration(events):
    (event,) = [e for e in events if e.event_type in ("Protests", "Riots")]
    return event


@pytest.mark.parametrize("text, lang", [
    ("Police in Nairobi arrested 35 people on Tuesday after clashes broke out during a protest against fuel "
     "prices.", "en"),
    ("La police a interpellé 35 personnes mardi à Abidjan après des affrontements survenus lors d'une "
     "manifestation contre la vie chère.", "fr"),
    ("La policía detuvo el martes a 35 personas en Quito tras los enfrentamientos registrados durante una "
     "protesta contra la subida del combustible.", "es"),
    ("اعتقلت الشرطة 35 شخصا في الخرطوم يوم الثلاثاء بعد اندلاع اشتباكات خلال احتجاج على غلاء الأسعار.", "ar"),
    ("Во вторник в Тбилиси полиция применила слезоточивый газ против участников акции протеста после "
     "столкновений у здания парламента.", "ru"),
    ("Поліція у вівторок затримала 35 учасників акції протесту в Тбілісі після зіткнень біля будівлі "
     "парламенту.", "uk"),
])
def test_clashes_told_with_arrests_or_tear_gas_only_are_an_intervention(events_of, text, lang):
    event = demonstration(events_of(text, lang, PUBLISHED))
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor1.startswith("Protesters (")
    assert event.actor2.startswith("Police Forces of")


@pytest.mark.parametrize("text, lang", [
    ("Police fired tear gas and water cannon at thousands of demonstrators in Tbilisi on Tuesday.\n\n"
     "Brief clashes were reported near the parliament building.", "en"),
    ("Polizisten setzten am Dienstag in Tiflis Tränengas und Wasserwerfer gegen Tausende Demonstranten ein.\n\n"
     "Am Rande der Kundgebung kam es zu kurzen Zusammenstößen.", "de"),
    ("Во вторник полиция применила слезоточивый газ и водомет против тысяч демонстрантов в Тбилиси.\n\n"
     "Позже сообщалось о коротких столкновениях у здания парламента.", "ru"),
])
def test_clashes_told_apart_from_the_intervention_do_not_outrank_it(events_of, text, lang):
    event = demonstration(events_of(text, lang, PUBLISHED))
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor1.startswith("Protesters (")


@pytest.mark.parametrize("text, lang", [
    ("Полицейские отошли за баррикаду и применили слезоточивый газ против протестующих фермеров в Тбилиси "
     "во вторник.", "ru"),
    ("Поліцейські відступили за барикаду і застосували сльозогінний газ проти фермерів, які протестували "
     "у Тбілісі у вівторок.", "uk"),
])
def test_a_barricade_the_police_stand_behind_is_no_riot(events_of, text, lang):
    assert demonstration(events_of(text, lang, PUBLISHED)).sub_event_type == "Protest with intervention"


@pytest.mark.parametrize("text, lang", [
    ("Protesters threw stones at police in Nairobi on Tuesday during a protest against fuel prices, and "
     "officers fired tear gas.", "en"),
    ("Clashes broke out between protesters and police in Nairobi on Tuesday during a rally against fuel "
     "prices.", "en"),
    ("Протестующие во вторник строили баррикады в центре Тбилиси, полиция применила слезоточивый газ.", "ru"),
    ("Протестувальники у вівторок будували барикади в центрі Тбілісі, поліція застосувала сльозогінний газ.",
     "uk"),
])
def test_the_crowds_own_violence_or_clashes_alone_stay_a_violent_demonstration(events_of, text, lang):
    event = demonstration(events_of(text, lang, PUBLISHED))
    assert event.sub_event_type == "Violent demonstration"
    assert event.actor1.startswith("Rioters (")


@pytest.mark.parametrize("text, lang", [
    ("Police fired tear gas at thousands of protesters in Nairobi on Tuesday.\n\n"
     "Fifteen police officers were injured, the interior ministry said.", "en"),
    ("La police a tiré des gaz lacrymogènes sur des milliers de manifestants mardi à Abidjan.\n\n"
     "Quinze policiers ont été blessés, a indiqué le ministère de l'Intérieur.", "fr"),
    ("La policía lanzó gases lacrimógenos contra miles de manifestantes el martes en Quito.\n\n"
     "Quince policías resultaron heridos, informó el Ministerio del Interior.", "es"),
])
def test_police_hurt_at_a_dispersed_protest_tell_a_violent_crowd(events_of, text, lang):
    event = demonstration(events_of(text, lang, PUBLISHED))
    assert event.sub_event_type == "Violent demonstration"
    assert event.actor1.startswith("Rioters (")


def test_protesters_hurt_at_a_dispersed_protest_leave_it_an_intervention(events_of):
    text = ("Police fired tear gas at thousands of protesters in Nairobi on Tuesday.\n\n"
            "Fifteen protesters were injured, a rights group said.")
    assert demonstration(events_of(text, "en", PUBLISHED)).sub_event_type == "Protest with intervention"
