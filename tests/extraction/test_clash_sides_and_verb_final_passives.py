"""Who fought whom when the dead are told apart from the clash. A target word that opens a day
("clashed with al-Shabaab militants on Monday, killing four people") names no target: the dead
are no side of the clash. Deaths told in a passive clause of their own after the clash ("...,
quatre personnes ont été tuées") leave the clash's words to decide the sides. A German passive
whose auxiliary stands far before its participle ("Sieben Zivilisten wurden am Montag bei Djibo
von Dschihadisten getötet") is passive, with its agent named before the participle."""

import pytest

PUBLISHED = "2024-03-12"  # a Tuesday
BOKO_HARAM = "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
NIGERIA_ARMY = "Military Forces of Nigeria (2023-)"


def _sides(events_of, lang, text):
    return [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in events_of(text, lang, PUBLISHED)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Troops clashed with Boko Haram insurgents in Maiduguri on Monday, leaving four people dead."),
    ("en", "Soldiers clashed with Boko Haram fighters near Maiduguri on Monday, killing four people."),
    ("fr", "Des soldats ont affronté des combattants de Boko Haram près de Maiduguri lundi, quatre personnes "
           "ont été tuées."),
    ("es", "Soldados se enfrentaron con combatientes de Boko Haram cerca de Maiduguri el lunes, cuatro "
           "personas fueron asesinadas."),
    ("de", "Soldaten lieferten sich am Montag bei Maiduguri Gefechte mit Kämpfern von Boko Haram, vier "
           "Menschen wurden getötet."),
    ("ru", "В понедельник военные вступили в бой с боевиками «Боко Харам» под Майдугури, погибли четыре "
           "человека."),
    ("uk", "У понеділок військові вступили в бій з бойовиками «Боко Харам» біля Майдугурі, загинули четверо "
           "людей."),
    ("ar", "اشتبك الجيش مع مسلحي بوكو حرام قرب مايدوغوري يوم الاثنين ما أسفر عن مقتل أربعة أشخاص."),
])
def test_the_dead_after_a_clash_are_no_side_of_it(events_of, lang, text):
    assert _sides(events_of, lang, text) == [("Armed clash", NIGERIA_ARMY, BOKO_HARAM, 4)]


def test_a_target_word_still_names_the_target(events_of):
    # "on" before what was hit, not before a day
    text = "Militants launched an attack on a police post in Maiduguri on Monday, killing four people."
    assert _sides(events_of, "en", text)[0][2] == "Police Forces of Nigeria (2023-)"


@pytest.mark.parametrize("text, killed", [
    ("Sieben Zivilisten wurden am Montag bei Djibo von Dschihadisten hingerichtet.", 7),
    ("Fünf Dorfbewohner wurden am Montag bei Djibo von Bewaffneten erschossen.", 5),
    ("Sieben Zivilisten wurden am Montag von Dschihadisten bei Djibo getötet.", 7),
    ("Am Montag wurden bei Djibo sieben Zivilisten von Dschihadisten getötet.", 7),
])
def test_a_far_german_passive_has_its_agent_before_the_participle(events_of, text, killed):
    assert _sides(events_of, "de", text) == [
        ("Attack", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)", killed)]


def test_a_german_active_clause_stays_active(events_of):
    text = "Dschihadisten haben am Montag bei Djibo sieben Zivilisten hingerichtet."
    assert _sides(events_of, "de", text) == [
        ("Attack", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)", 7)]


@pytest.mark.parametrize("lang, text", [
    # a clash noun whose two sides are named, and the dead it left
    ("en", "Fighting between the army and Boko Haram near Maiduguri on Monday left four people dead."),
    ("fr", "L'armée s'est accrochée avec Boko Haram lundi près de Maiduguri, tuant quatre personnes."),
    # "з боку" ("on the side of") is no "Боко"
    ("uk", "У понеділок біля Майдугурі армія вступила в бій з «Боко Харам», загинули четверо людей."),
])
def test_the_two_armed_sides_fought_not_the_dead(events_of, lang, text):
    assert _sides(events_of, lang, text) == [("Armed clash", NIGERIA_ARMY, BOKO_HARAM, 4)]

