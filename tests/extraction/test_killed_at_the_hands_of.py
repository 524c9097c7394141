"""Deaths "at the hands of" an armed side, "a manos de": a killing by that side.

Why: "six villagers died at the hands of Islamic State militants" holds a casualty word but no
act word, so the sentence made no event; in Spanish, "a manos de" was an agent word only. Both
are now killing words that close with their agent: the side after them acted, the dead before
them were its target. All sentences are invented.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-01"  # a Sunday

CASES = [
    ("en", "Six villagers died at the hands of Islamic State militants in Macomia district on Saturday.",
     ("Attack", "Islamic State Mozambique Province", "Civilians (Mozambique)")),
    ("en", "Two soldiers died at the hands of al-Shabaab fighters in Afgoye on Saturday.",
     ("Armed clash", "Al Shabaab", "Military Forces of Somalia (2022-)")),
    ("es", "Cinco campesinos murieron el sábado a manos de integrantes del Clan del Golfo en zona rural de "
           "Tierralta, Córdoba.", ("Attack", "Clan del Golfo", "Civilians (Colombia)")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_the_side_after_the_words_killed(events_of, lang, text, expected):
    events = events_of(text, lang, PUBLISHED)
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [expected]
