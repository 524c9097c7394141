"""Armed men told only as "militants", "les rebelles", "guerrilleros" whom a state's forces fight
are the one armed group of the country the story names (``insurgents`` in
``dateline/extraction/rules/unnamed_sides.py``); gunmen who attack civilians stay unknown, and so
do militants in a story naming two groups, or a group that is a state's forces elsewhere.
Sentences are ours."""

import pytest

from dateline.actors.kb import Actor, ActorRef
from dateline.actors.roles import ActorMention
from dateline.extraction.rules.unnamed_sides import insurgents

PUBLISHED = "2025-02-12"  # a Wednesday


def test_militants_the_army_struck_are_the_group_the_story_names(events_of):
    text = ("JNIM fighters ambushed a supply convoy near Djibo last week, the group said in a statement.\n\n"
            "On Tuesday, Burkinabe army drones struck suspected militant hideouts near Djibo, "
            "a security source said.")
    events = [e for e in events_of(text, "en", PUBLISHED) if e.sub_event_type == "Air/drone strike"]
    assert [(e.actor1, e.actor2) for e in events] == [
        ("Military Forces of Burkina Faso (2022-)", "JNIM: Group for Support of Islam and Muslims")]


def test_the_rebels_the_army_fought_are_the_movement_the_story_names(events_of):
    text = ("Le M23 contrôle de vastes pans du Nord-Kivu depuis 2022.\n\n"
            "Mardi, l'armée congolaise a affronté les rebelles près de Rutshuru, a indiqué une source "
            "militaire.")
    events = [e for e in events_of(text, "fr", PUBLISHED) if e.sub_event_type == "Armed clash"]
    assert events and all("M23: March 23 Movement" in (e.actor1, e.actor2) for e in events)


def test_gunmen_who_killed_civilians_stay_unknown_whatever_group_is_suspected(events_of):
    text = ("Hombres armados asesinaron el lunes a cuatro personas en una vivienda de Irapuato.\n\n"
            "La fiscalía investiga la posible participación del Cártel Jalisco Nueva Generación.")
    (event,) = [e for e in events_of(text, "es", PUBLISHED) if e.sub_event_type == "Attack"]
    assert event.actor1 == "Unidentified Armed Group (Mexico)"


ARMY = Actor("Military Forces of Pakistan (2024-)", 1, "PK")
UNKNOWN = Actor("Unidentified Armed Group (Pakistan)", 3, "PK")
MILITANTS = ActorMention(3, 4, ActorRef("unidentified", inter=3))


@pytest.mark.parametrize(("group", "expected"), [
    (Actor("TTP: Tehreek-i-Taliban Pakistan", 2, "PK"), "TTP: Tehreek-i-Taliban Pakistan"),
    (Actor("Taliban", 2, None), UNKNOWN.name),  # Afghanistan's forces: no insurgency abroad
    (None, UNKNOWN.name),  # the story names no group, or two
])
def test_the_group_replaces_militants_told_against_a_state_force(group, expected):
    _, actor2 = insurgents(MILITANTS, ARMY, UNKNOWN, lambda _state: group)
    assert actor2.name == expected


def test_a_side_named_as_unknown_by_default_is_no_militants_told():
    # no words for the second side: the unknown default is not replaced here
    assert insurgents(None, ARMY, UNKNOWN, lambda _s: Actor("TTP", 2, "PK")) == (ARMY, UNKNOWN)
