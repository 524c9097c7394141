"""A story naming a front or province beside the movement it belongs to ("the Carlos Patiño
Front, a FARC dissident faction") names one armed group, the front: the author of a strike it
tells with no author is that front (``part_of`` in ``data/actors/actors.toml``,
``without_wholes`` in ``dateline/actors/kb.py``). Sentences are ours."""

from dateline.actors.kb import actor_table, without_wholes

PUBLISHED = "2025-03-19"  # a Wednesday


def test_a_front_named_with_its_movement_is_the_one_group_named():
    assert without_wholes({"Carlos Patino Front", "FARC Dissidents"}) == {"Carlos Patino Front"}
    assert without_wholes({"Islamic State West Africa Province", "Islamic State"}) == {
        "Islamic State West Africa Province"}
    # two movements, or a movement beside another's front, stay two groups
    assert len(without_wholes({"FARC Dissidents", "ELN: National Liberation Army"})) == 2
    assert len(without_wholes({"Carlos Patino Front", "ELN: National Liberation Army"})) == 2
    assert without_wholes({"Not an actor"}) == {"Not an actor"}


def test_every_part_of_is_a_named_actor():
    table = actor_table()
    assert all(entry.part_of in table for entry in table.values() if entry.part_of)


def test_an_unattributed_drone_strike_on_troops_fighting_a_front_is_the_front_s(events_of):
    text = ("Un soldado resultó herido el martes cuando drones con explosivos cayeron sobre una base "
            "militar en el municipio de Suárez, Cauca.\n\n"
            "Los militares adelantaban operaciones contra el frente Carlos Patiño, una de las "
            "facciones de las disidencias de las FARC que opera en la región.")
    events = [e for e in events_of(text, "es", PUBLISHED) if e.sub_event_type == "Air/drone strike"]
    assert events and all(e.actor1 == "Carlos Patino Front" for e in events)


def test_a_strike_told_without_its_movement_s_front_stays_unknown_with_two_movements(events_of):
    text = ("Un soldado resultó herido el martes cuando drones con explosivos cayeron sobre una base "
            "militar en el municipio de Suárez, Cauca.\n\n"
            "En la zona operan el frente Carlos Patiño y el ELN.")
    events = [e for e in events_of(text, "es", PUBLISHED) if e.sub_event_type == "Air/drone strike"]
    assert events and all(e.actor1 == "Unidentified Armed Group (Colombia)" for e in events)
