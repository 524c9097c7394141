"""A crowd's second act keeps its subject: "Protesters burned a bus and looted shops" is the
protesters' looting, though a bus (a civilians word) stands between them and the word.
Sentences are our own."""

import pytest

from dateline.models import Document


def _types(engine, text, lang="en", published="2024-05-07"):
    events = engine.extract(Document(id="t", text=text, published=published, lang=lang)).events
    return [e.sub_event_type for e in events]


@pytest.mark.parametrize("text, lang", [
    ("Protesters burned a bus and looted shops in Nairobi on Tuesday during demonstrations against new taxes.",
     "en"),
    ("Manifestantes quemaron un autobús y saquearon comercios en Caracas el martes durante protestas contra el "
     "Gobierno.", "es"),
])
def test_protesters_who_loot_after_another_act_riot(engine, text, lang):
    assert _types(engine, text, lang) == ["Violent demonstration"]


def test_others_who_loot_beside_a_march_are_not_the_marchers(engine):
    text = "Residents looted shops in Nairobi on Tuesday after protesters marched through the city."
    assert _types(engine, text) == ["Peaceful protest"]
