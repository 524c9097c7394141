"""A crowd's second act keeps its subject: "Protesters burned a bus and looted shops" is the
protesters' looting, though a bus (a civilians word) stands between them and the word.
Sentences are our own."""

import pytest

PUBLISHED = "2024-05-07"  # a Tuesday


def _types(events):
    return [e.sub_event_type for e in events]


@pytest.mark.parametrize("text, lang", [
    ("Protesters burned a bus and looted shops in Nairobi on Tuesday during demonstrations against new taxes.",
     "en"),
    ("Manifestantes quemaron un autobús y saquearon comercios en Caracas el martes durante protestas contra el "
     "Gobierno.", "es"),
])
def test_protesters_who_loot_after_another_act_riot(events_of, text, lang):
    assert _types(events_of(text, lang, PUBLISHED)) == ["Violent demonstration"]


def test_others_who_loot_beside_a_march_are_not_the_marchers(events_of):
    text = "Residents looted shops in Nairobi on Tuesday after protesters marched through the city."
    assert _types(events_of(text, "en", PUBLISHED)) == ["Peaceful protest"]
