"""The parties of an agreement are its actors, "the government" among them, in every language.

Why: ACLED codes the two parties of an agreement as actor1 and actor2. "The government" with no
country word beside it was no actor at all, so "the government and the rebels agreed a
ceasefire" came out with the rebels alone (or no actor). The packs now list the government words
of each language (generic ``government``); such a word names the government of the event's
country, or of the country of the named group it signs with ("el Gobierno y el ELN firmaron en
Caracas": Colombia's). Outside agreements it stays no side ("the government said", "government
buildings"). All sentences are invented.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-05"  # a Tuesday; "Monday" is 2024-03-04

CEASEFIRES = [
    ("en", "The government and the rebels agreed a ceasefire on Monday in Juba, mediators said."),
    ("fr", "Le gouvernement et les rebelles ont signé lundi à Juba un accord de cessez-le-feu."),
    ("es", "El Gobierno y los rebeldes firmaron el lunes en Juba un acuerdo de alto el fuego."),
    ("de", "In Juba haben die Regierung und mehrere Rebellengruppen am Montag ein Friedensabkommen unterzeichnet."),
    ("ru", "Правительство и повстанцы подписали в понедельник в Джубе соглашение о прекращении огня."),
    ("uk", "Уряд і повстанці підписали в понеділок у Джубі угоду про припинення вогню."),
    ("ar", "وقعت الحكومة والمتمردون يوم الاثنين في جوبا اتفاقا لوقف إطلاق النار."),
]


@pytest.mark.parametrize(("lang", "text"), CEASEFIRES)
def test_the_government_and_the_rebels_are_the_two_parties(events_of, lang, text):
    events = [e for e in events_of(text, lang, PUBLISHED) if e.sub_event_type == "Agreement"]
    assert len(events) == 1, events
    event = events[0]
    assert event.actor1.startswith("Government of South Sudan"), event.actor1
    assert event.actor2 == "Unidentified Armed Group (South Sudan)", event.actor2


SIGNED_ABROAD = [
    ("es", "El Gobierno y el ELN firmaron el lunes en Caracas un acuerdo de cese al fuego.",
     "Government of Colombia", "ELN: National Liberation Army"),
    ("en", "The M23 and the government signed a ceasefire deal in Doha on Monday.",
     "M23: March 23 Movement", "Government of the Democratic Republic of Congo"),
]


@pytest.mark.parametrize(("lang", "text", "first", "second"), SIGNED_ABROAD)
def test_the_government_signing_with_a_group_is_the_groups_state(events_of, lang, text, first, second):
    events = [e for e in events_of(text, lang, PUBLISHED) if e.sub_event_type == "Agreement"]
    assert len(events) == 1, events
    assert events[0].actor1.startswith(first), events[0].actor1
    assert events[0].actor2.startswith(second), events[0].actor2


NOT_A_SIDE = [
    ("en", "Gunmen killed five villagers near Yei on Monday, the government said."),
    ("fr", "Des hommes armés ont attaqué lundi des bâtiments du gouvernement à Yei, tuant deux gardes."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_A_SIDE)
def test_the_government_is_no_side_of_an_attack(events_of, lang, text):
    events = events_of(text, lang, PUBLISHED)
    assert events, "the attack is an event"
    for event in events:
        assert not (event.actor1 or "").startswith("Government"), event
        assert not (event.actor2 or "").startswith("Government"), event
