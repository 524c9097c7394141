"""Latin American conflict reports on sentences we wrote: a gold mine is dug, not laid ("en una
mina de oro"), while a landmine still explodes; "una escisión de Sendero Luminoso" describes a
group and tells no split; "civiles armados" (the Mexican army's word for cartel gunmen) are an
armed group, not civilians; prisoners who riot ("se amotinaron") riot; and a clash that names
its two sides only in the order told is the attack another report of it says one side suffered."""

import pytest

PUBLISHED = "2025-03-10"  # a Monday


def test_killed_in_a_gold_mine_is_an_attack_not_a_landmine(events_of):
    (event,) = events_of("Trece mineros fueron asesinados el domingo en una mina de oro del distrito de Pataz, en "
                         "La Libertad.", "es", PUBLISHED)
    assert (event.sub_event_type, event.fatalities, event.country_code) == ("Attack", 13, "PE")


def test_a_landmine_still_explodes(events_of):
    (event,) = events_of("Un militar murió el sábado al pisar una mina antipersonal en el municipio de Suárez, "
                         "Cauca.", "es", PUBLISHED)
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_a_splinter_group_described_tells_no_split(events_of):
    text = ("Dos soldados murieron el domingo en combates con el MPCP en Pichari, Cusco, informó el Ejército.\n\n"
            "Pichari es el bastión del Militarizado Partido Comunista del Perú, una escisión de Sendero Luminoso.")
    events = events_of(text, "es", PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_armed_civilians_are_an_armed_group(events_of):
    (event,) = events_of("Un enfrentamiento entre el Ejército y civiles armados dejó cuatro muertos el domingo en "
                         "Zacatecas.", "es", PUBLISHED)
    assert (event.actor1, event.actor2) == ("Military Forces of Mexico (2024-)", "Unidentified Armed Group (Mexico)")


def test_prisoners_who_rise_riot(events_of):
    (event,) = events_of("Reos de la cárcel de Turi, en Cuenca, se amotinaron el domingo; la Policía informó de "
                         "dos muertos.", "es", PUBLISHED)
    assert (event.sub_event_type, event.location, event.fatalities) == ("Violent demonstration", "Cuenca", 2)


@pytest.mark.parametrize("text", [
    "Seis presuntos sicarios y un soldado murieron el jueves tras un enfrentamiento entre elementos del Ejército "
    "y un grupo armado cerca de Aguililla, informó la fiscalía de Michoacán.\nCerca de las 18 horas, tras "
    "recibirse el reporte de una agresión contra militares, peritos acudieron a un rancho en las inmediaciones "
    "de Aguililla.",
])
def test_the_side_another_report_says_was_attacked_is_the_second(events_of, text):
    (event,) = events_of(text, "es", "2025-03-14")
    assert (event.sub_event_type, event.location) == ("Armed clash", "Aguililla")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Mexico)", "Military Forces of Mexico (2024-)")


def test_a_clash_with_no_attack_told_keeps_the_order_of_naming(events_of):
    (event,) = events_of("Seis presuntos sicarios murieron el jueves tras un enfrentamiento entre elementos del "
                         "Ejército y un grupo armado cerca de Aguililla, Michoacán.", "es", "2025-03-14")
    assert (event.actor1, event.actor2) == ("Military Forces of Mexico (2024-)", "Unidentified Armed Group (Mexico)")
