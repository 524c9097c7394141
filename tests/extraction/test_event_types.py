"""Event types decided beyond one word: a sentence telling two events, an agreement about a
war, a state's attack on a town, force in a protest story, a rescue, a drone's bombs."""

import pytest

from dateline.models import Document


def _events(engine, text, lang="en", published="2024-05-07"):
    return engine.extract(Document(id="t", text=text, published=published, lang=lang)).events


def test_two_events_in_one_sentence(engine):
    text = ("Heavy fighting broke out in Bentiu on Tuesday after soldiers arrested a local militia commander "
            "at a checkpoint.")
    assert sorted(e.sub_event_type for e in _events(engine, text)) == ["Armed clash", "Arrests"]


def test_an_arrest_told_first_is_the_event(engine):
    text = "Police arrested three men suspected of the attack on a church in Kaduna on Tuesday."
    assert [e.sub_event_type for e in _events(engine, text)] == ["Arrests"]


def test_an_agreement_to_end_a_war_is_an_agreement(engine):
    text = "وقعت الحكومة والمتمردون اتفاقا في الدوحة الثلاثاء بهدف إنهاء القتال في شرق البلاد."
    assert [e.sub_event_type for e in _events(engine, text, "ar")] == ["Agreement"]


def test_an_army_attacking_a_town_with_no_victims_named_is_a_fight(engine):
    (event,) = _events(engine, "The army attacked Kidal on Tuesday, a local official said.")
    assert event.sub_event_type == "Armed clash"


def test_force_in_a_protest_story(engine):
    text = ("Thousands of students marched in Saqqez on Tuesday against the government. "
            "In Javanrud, security forces shot dead a teenager on Tuesday.")
    types = {e.location: e.sub_event_type for e in _events(engine, text)}
    assert types.get("Javanrud") == "Excessive force against protesters"


def test_tear_gas_on_marchers_is_an_intervention(engine):
    (event,) = _events(engine, "Police fired tear gas at students marching in Kumasi on Tuesday; no injuries were "
                               "reported.")
    assert event.sub_event_type == "Protest with intervention"


def test_people_freed_are_part_of_the_rescue(engine):
    text = ("Troops clashed with gunmen in a forest near Kajuru on Tuesday. "
            "The soldiers freed 12 kidnapped villagers.")
    assert [e.sub_event_type for e in _events(engine, text)] == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "A drone dropped two explosives on a checkpoint in Kachin on Tuesday, killing a soldier.",
    "On Tuesday a jet dropped four bombs on the village of Letpan, killing seven.",
])
def test_bombs_dropped_are_a_strike_from_the_air(engine, text):
    (event,) = _events(engine, text)
    assert event.sub_event_type == "Air/drone strike"
