"""A riot that targets the government's people is against the government when no force faced it.

Why: a crowd that stormed the homes of ministers or of the head of government, with no police or
army named in its sentence, had its second actor taken from a force named in another paragraph
(security forces ordered in later), or none. ACLED's pair for such a violent demonstration is
the rioters and the government they attacked. The government word of the riot's own sentence
is now its second side, unless a force faced the crowd there, and never the government that
speaks ("the state government said"). All sentences are invented.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-11-16"  # a Saturday

TARGETED = [
    ("en", "Rioters tried to storm the homes of several ministers and the residence of the head of "
           "government in Imphal on Saturday, setting cars on fire."),
    ("es", "Manifestantes intentaron asaltar el sábado en Imphal las casas de varios ministros y la "
           "residencia del jefe del Gobierno regional, e incendiaron vehículos."),
    ("fr", "Des émeutiers ont tenté samedi à Imphal de prendre d'assaut les résidences de plusieurs "
           "ministres et du chef du gouvernement, incendiant des voitures."),
]


@pytest.mark.parametrize(("lang", "text"), TARGETED)
def test_rioters_against_the_government_they_attacked(events_of, lang, text):
    riots = [e for e in events_of(text, lang, PUBLISHED) if e.sub_event_type == "Violent demonstration"]
    assert len(riots) == 1, riots
    assert riots[0].actor1 == "Rioters (India)", riots[0].actor1
    assert riots[0].actor2.startswith("Government of India"), riots[0].actor2


def test_the_government_that_speaks_is_no_target(events_of):
    text = "Rioters torched shops and cars in Imphal on Saturday, the state government said."
    riots = [e for e in events_of(text, "en", PUBLISHED) if e.sub_event_type == "Violent demonstration"]
    assert len(riots) == 1, riots
    assert not (riots[0].actor2 or "").startswith("Government"), riots[0].actor2


def test_a_force_facing_the_crowd_stays_its_second_actor(events_of):
    text = ("Rioters tried to storm the residence of the head of government in Imphal on Saturday "
            "and clashed with police.")
    riots = [e for e in events_of(text, "en", PUBLISHED) if e.sub_event_type == "Violent demonstration"]
    assert len(riots) == 1, riots
    assert riots[0].actor2.startswith("Police Forces of India"), riots[0].actor2
