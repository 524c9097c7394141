"""A German count whose part is told between commas ("Sechs Menschen, darunter zwei Kinder,
wurden ...") reaches its participle at the end of the clause, however many words the clause
holds after its auxiliary (invented sentences)."""

import pytest

PUBLISHED = "2025-06-01"  # a Sunday


@pytest.mark.parametrize(("text", "dead"), [
    ("Sechs Menschen, darunter zwei Kinder, wurden bei einem israelischen Luftangriff im Gazastreifen am "
     "Samstag getötet, teilten Sanitäter mit.", 6),
    ("Fünf Zivilisten, unter ihnen eine Frau, wurden am Samstag bei einem russischen Drohnenangriff auf "
     "Cherson getötet.", 5),
])
def test_a_count_with_its_part_aside_reaches_the_late_participle(events_of, text, dead):
    assert [e.fatalities for e in events_of(text, "de", PUBLISHED)] == [dead]


def test_the_part_told_aside_stays_a_part(events_of):
    text = ("Sechs Menschen, darunter zwei Kinder, wurden bei einem israelischen Luftangriff im Gazastreifen am "
            "Samstag getötet.")
    assert [e.fatalities for e in events_of(text, "de", PUBLISHED)] != [2]
