"""A German count whose qualifier opens the sentence ("Mehr als 30 Menschen wurden … getötet")
reaches its late participle as a bare count does (``number_choice.subject_count``). Sentences we wrote."""

import pytest

PUBLISHED = "2025-03-10"  # a Monday


@pytest.mark.parametrize("text, killed", [
    ("Mehr als 30 Menschen wurden am Mittwoch bei dem Angriff der RSF auf ein Dorf bei El Fasher getötet.", 30),
    ("Mehr als 100 Menschen wurden am Mittwoch bei dem Angriff der RSF auf ein Dorf bei El Fasher getötet.", 100),
    # neighbours that already held
    ("Mindestens 30 Menschen wurden am Mittwoch bei dem Angriff der RSF auf ein Dorf bei El Fasher getötet.", 30),
    ("30 Menschen wurden am Mittwoch bei dem Angriff der RSF auf ein Dorf bei El Fasher getötet.", 30),
])
def test_a_qualified_count_opening_the_sentence_reaches_its_participle(events_of, text, killed):
    (event,) = events_of(text, "de", PUBLISHED)
    assert event.fatalities == killed
