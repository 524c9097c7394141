"""German closes a clause on its verb's second part, however many words stand between
("Mindestens zwölf Menschen kamen am Freitag, den 7. März, bei der Explosion … ums Leben"): a
phrase told in two parts reaches further in a verb-final language, and a number's ordinal dot
("den 7. März") ends no clause."""
import pytest

PUBLISHED = "2025-03-12"  # a Wednesday


def _figures(events_of, lang, text):
    events = events_of(text, lang, PUBLISHED)
    return sorted((e.fatalities, e.injured) for e in events)


@pytest.mark.parametrize("text, killed, injured", [
    ("Mindestens zwölf Menschen kamen am Freitag bei der Explosion einer Bombe auf einem belebten Markt "
     "in der Stadt Gao ums Leben.", 12, None),
    # the ordinal dot of the date inside the clause
    ("Mindestens zwölf Menschen kamen am Freitag, den 7. März 2025, bei der Explosion einer Bombe auf einem "
     "Markt in Gao ums Leben und 20 weitere wurden verletzt.", 12, 20),
])
def test_a_separable_casualty_verb_reaches_its_particle(events_of, text, killed, injured):
    assert _figures(events_of, "de", text) == [(killed, injured)]
