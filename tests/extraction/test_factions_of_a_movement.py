"""A faction of the Mai-Mai named by its acronym is that faction, as ACLED codes it.

Why: the Mai-Mai are many local militias; ACLED codes a named one as "Mai-Mai Militia: <faction>"
and the actor list knew only the movement, so "a commander of the Mai-Mai-Miliz APCLS" was the
movement. An actor entry may now say ``factions = true``: an acronym right after one of its names
names the faction. Without an acronym the movement stays. All sentences are invented.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-10"  # a Friday; "Thursday" is 2024-05-09

FACTIONS = [
    ("de", "Die Polizei hat am Donnerstag in Goma einen Kommandeur der Mai-Mai-Miliz APCLS festgenommen.",
     "Mai-Mai Militia: APCLS"),
    ("fr", "La police a arrêté jeudi à Goma un chef de la milice Maï-Maï CMC et deux de ses hommes.",
     "Mai-Mai Militia: CMC"),
    ("es", "La policía detuvo el jueves en Goma a un comandante de la milicia Mai-Mai CMC y a dos de sus hombres.",
     "Mai-Mai Militia: CMC"),
    ("en", "Police arrested a commander of the Mai-Mai APCLS militia in Goma on Thursday.",
     "Mai-Mai Militia: APCLS"),
    ("en", "Police arrested a commander of a Mai-Mai militia in Goma on Thursday.", "Mai-Mai Militia"),
]


@pytest.mark.parametrize(("lang", "text", "group"), FACTIONS)
def test_the_faction_named_after_the_movement_is_actor2(events_of, lang, text, group):
    arrests = [e for e in events_of(text, lang, PUBLISHED) if e.sub_event_type == "Arrests"]
    assert len(arrests) == 1, arrests
    assert arrests[0].actor2 == group, arrests[0].actor2


def test_the_faction_acts_too(events_of):
    text = "Mai-Mai CMC fighters attacked a village near Butembo on Thursday, killing four civilians."
    attacks = [e for e in events_of(text, "en", PUBLISHED) if e.sub_event_type == "Attack"]
    assert [e.actor1 for e in attacks] == ["Mai-Mai Militia: CMC"]
