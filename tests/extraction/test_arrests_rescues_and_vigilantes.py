"""Arrests made in a raid, arrests of kidnappers, hostages freed in a fight, and vigilantes as
a side (not a mob). Sentences are our own."""

import pytest

from dateline.extraction.rules.classify import classify
from dateline.taxonomy import SubEventType as S

PUBLISHED = "2024-05-07"  # a Tuesday


def _types(events):
    return sorted(e.sub_event_type for e in events)


@pytest.mark.parametrize("weapons, events, impact, expected", [
    (set(), {"attack", "arrest"}, False, S.ARRESTS),  # a raid with arrests, no one hurt
    (set(), {"attack", "arrest"}, True, S.ATTACK),  # the raid hurt people: an act of its own
    ({"firearm"}, {"attack", "arrest"}, False, S.ATTACK),
    (set(), {"abduction", "release", "clash"}, False, S.ARMED_CLASH),  # hostages freed in a fight
    (set(), {"abduction", "release"}, False, S.OTHER),  # freed with no fight: ACLED's other
])
def test_classify(weapons, events, impact, expected):
    found = classify(weapons, events, set(), target_armed=False, impact=impact)
    assert found is not None and found.sub_event_type is expected


@pytest.mark.parametrize("text, lang", [
    ("Security forces raided a house in Peshawar on Tuesday and arrested three suspected militants, police said.",
     "en"),
    ("Police raided a hideout in Kano on Tuesday and arrested five suspected kidnappers.", "en"),
    ("La police a arrêté mardi à Kaduna cinq ravisseurs présumés lors d'une opération.", "fr"),
    ("La policía detuvo el martes en Cuernavaca a tres presuntos secuestradores.", "es"),
])
def test_arrests(events_of, text, lang):
    assert _types(events_of(text, lang, PUBLISHED)) == ["Arrests"]


def test_a_raid_that_kills_is_the_act_and_its_arrests_another(events_of):
    text = "Troops raided the village of Kasese on Tuesday, killing two men and arresting 14 others."
    assert _types(events_of(text, "en", PUBLISHED)) == ["Arrests", "Attack"]


def test_a_kidnapping_told_before_an_arrest_stays_a_kidnapping(events_of):
    text = "Gunmen abducted 12 passengers in Kogi on Tuesday; police said they had arrested two suspects."
    assert _types(events_of(text, "en", PUBLISHED)) == ["Abduction/forced disappearance"]


@pytest.mark.parametrize("text, lang", [
    ("Police freed six kidnapped farmers after a gun battle with their abductors in a forest near Kajuru on "
     "Wednesday.", "en"),
    ("Deux bandits ont été tués et quatre otages libérés mercredi lors d'un échange de tirs avec la police "
     "près de Kajuru.", "fr"),
    ("La policía liberó a cuatro rehenes el miércoles tras un enfrentamiento con sus secuestradores cerca de "
     "Kajuru.", "es"),
])
def test_hostages_freed_in_a_fight(events_of, text, lang):
    assert _types(events_of(text, lang, PUBLISHED)) == ["Armed clash"]


@pytest.mark.parametrize("text, expected", [
    ("Bandits clashed with vigilantes in Zamfara on Tuesday, leaving 12 dead.", "Armed clash"),
    ("Vigilantes killed five suspected bandits in a gun battle in Katsina on Tuesday.", "Armed clash"),
    ("Bandits killed a vigilante leader in Katsina on Tuesday.", "Attack"),
    ("A mob lynched a suspected thief in Katsina on Tuesday.", "Mob violence"),
])
def test_vigilantes_are_a_side_not_a_mob(events_of, text, expected):
    assert _types(events_of(text, "en", PUBLISHED)) == [expected]
