"""French wire sentences (invented) that probed the engine: countries acting across a day,
territory taken on a named day, tallies told on the day of a statement, tolls of a part,
province names written the French way, crowds as the agents of arson."""

import pytest


@pytest.mark.parametrize("text, location, actor1", [
    ("Israël a mené dans la nuit de jeudi à vendredi des frappes sur Rafah, tuant cinq personnes.",
     "Rafah", "Military Forces of Israel (2022-)"),
    ("Les Etats-Unis ont mené jeudi soir plusieurs frappes contre des positions des rebelles Houthis à Hodeida.",
     "Al Hudaydah", "Military Forces of the United States (2021-2025)"),
    ("Les Etats-Unis et le Royaume-Uni ont mené des frappes contre les Houthis à Hodeida jeudi.",
     "Al Hudaydah", "Military Forces of the United States (2021-2025)"),
])
def test_a_country_acts_across_the_days_between_it_and_its_act(events_of, text, location, actor1):
    (event,) = events_of(text, "fr", "2024-01-12")
    assert (event.location, event.actor1) == (location, actor1)


def test_warplanes_of_a_country_are_its_forces(events_of):
    (event,) = events_of("Des avions de guerre russes ont mené vendredi des frappes sur Idleb, "
                         "tuant cinq civils.", "fr", "2024-01-12")
    assert event.actor1 == "Military Forces of Russia (2000-)"


def test_territory_taken_on_a_named_day(events_of):
    (event,) = events_of("Les rebelles se sont emparés samedi de la majeure partie de la ville "
                         "d'Alep, selon une ONG.", "fr", "2024-12-01")
    assert (event.sub_event_type, event.location, event.event_date.isoformat()) == (
        "Non-state actor overtakes territory", "Aleppo", "2024-11-30")


def test_a_total_told_on_the_day_of_the_statement_is_no_event(events_of):
    text = ("Des milliers de manifestants ont défilé jeudi à Lyon contre la réforme. "
            "Au total, 210 personnes ont été interpellées dans tout le pays et 95 policiers blessés, "
            "a annoncé vendredi le ministre de l'Intérieur.")
    events = events_of(text, "fr", "2023-03-24")
    assert [(e.location, e.injured) for e in events] == [("Lyon", None)]


@pytest.mark.parametrize("text, killed", [
    ("Six Palestiniens ont été tués mercredi en Cisjordanie. Quatre d'entre eux ont été tués dans une frappe "
     "de drone près de Naplouse, selon le ministère.", 4),
    ("A Jénine, des soldats israéliens ont échangé des tirs mercredi avec des combattants, tuant trois "
     "d'entre eux.", 3),
])
def test_a_part_of_the_dead_is_the_toll_of_the_act_that_killed_it(events_of, text, killed):
    events = events_of(text, "fr", "2024-08-28")
    assert [e.fatalities for e in events if e.location != "West Bank"] == [killed]


@pytest.mark.parametrize("text, admin1", [
    ("Des hommes armés ont tué cinq civils mardi dans la province du Nord-Kivu.", "North Kivu"),
    ("Des hommes armés ont tué cinq civils mardi dans l'Etat du Nord-Darfour.", "Northern Darfur"),
    ("Des hommes armés ont tué cinq civils mardi au Darfour-Sud, au Soudan.", "Southern Darfur"),
    ("Des hommes armés ont tué cinq civils mardi dans l'Etat d'Al-Jazira, au Soudan.", "Al Jazirah"),
])
def test_provinces_named_the_french_way(events_of, text, admin1):
    (event,) = events_of(text, "fr", "2024-06-06")
    assert event.admin1 == admin1


def test_a_defused_bomb_is_not_the_attack_told_before_it(events_of):
    text = ("Quatre civils ont été tués lundi par des hommes armés à Bamenda, a déclaré un responsable. "
            "Un engin explosif a par ailleurs été désamorcé par l'armée près d'un marché de Bamenda.")
    events = events_of(text, "fr", "2024-09-17")
    assert sorted((e.sub_event_type, e.fatalities) for e in events) == [
        ("Attack", 4), ("Disrupted weapons use", None)]


def test_a_building_set_on_fire_by_protesters_is_a_violent_demonstration(events_of):
    (event,) = events_of("A Nantes, la porte de la préfecture a été incendiée jeudi par des "
                         "manifestants.", "fr", "2023-03-24")
    assert event.sub_event_type == "Violent demonstration"
