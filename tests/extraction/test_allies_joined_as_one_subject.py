"""Allies joined as one subject act together: the side named first leads, the victims are the target.

Why: "Malian soldiers and Africa Corps fighters killed 20 civilians" had Africa Corps (the side
nearest the verb) as actor1, and in German, where the objects also stand before the final verb,
"Soldaten der malischen Armee und russische Söldner des Afrikakorps haben … 15 Zivilisten
getötet" read the mercenaries as the soldiers' target: an armed clash between allies. A side
joined to the subject by a conjunction is now its ally; with a clash word ("troops and RSF
fighters clashed") the two stay the two sides. All sentences are invented.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-01"  # a Sunday

CASES = [
    ("en", "Malian soldiers and Africa Corps fighters killed at least 20 civilians in Niono on Friday, "
           "residents said."),
    ("de", "Soldaten der malischen Armee und russische Söldner des Afrikakorps haben am Samstag in Niono "
           "15 Zivilisten getötet."),
    ("de", "Malische Soldaten und Kämpfer des Afrikakorps haben am Samstag in Niono 15 Zivilisten getötet."),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_allies_attack_the_civilians_together(events_of, lang, text):
    events = events_of(text, lang, PUBLISHED)
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Attack", "Military Forces of Mali (2021-)", "Civilians (Mali)")]


def test_two_sides_joined_before_a_clash_word_fought_each_other(events_of):
    events = events_of("Government troops and RSF fighters clashed in Bara on Saturday.", "en", PUBLISHED)
    assert [(e.actor1, e.actor2) for e in events] == [("Military Forces of Sudan (2019-)", "Rapid Support Forces")]
