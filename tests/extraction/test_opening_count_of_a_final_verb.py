"""A count of people opening a sentence is the toll of the passive participle that closes it,
however long the clause between (German puts the participle last)."""
import pytest

PUBLISHED = "2025-03-12"  # a Wednesday


def _figures(events):
    return sorted((e.fatalities, e.injured) for e in events)


@pytest.mark.parametrize("lang, text, killed, injured", [
    # the participle fourteen words after the count, an article "one" between
    ("de", "Mindestens neun Menschen wurden am Montag bei einem Raketenangriff auf einen Busbahnhof in der "
           "Innenstadt von Charkiw getötet.", 9, None),
    ("de", "Sechs Zivilisten wurden am Montag bei einem russischen Drohnenangriff auf den zentralen "
           "Marktplatz der Stadt Charkiw verletzt.", 0, 6),
    # a count of its own between stays the count ("zwei" soldiers, then their wounded)
    ("en", "Two soldiers were wounded on Sunday when a roadside bomb struck their patrol near Gao, and a "
           "civilian was killed.", 1, 2),
])
def test_an_opening_count_reaches_its_late_participle(events_of, lang, text, killed, injured):
    assert _figures(events_of(text, lang, PUBLISHED)) == [(killed, injured)]
