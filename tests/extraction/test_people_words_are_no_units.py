"""A unit word is matched by its stem: a unit sharing its stem with a word for people made the
people things ("douze habitants" read as twelve dwellings, like "habitations"; "commerçants" as
"commerces"; "Schüler" as "Schule"). Such units are listed by their exact form."""
import pytest

PUBLISHED = "2025-03-12"  # a Wednesday


def _killed(events_of, lang, text):
    events = events_of(text, lang, PUBLISHED)
    return [e.fatalities for e in events]


@pytest.mark.parametrize("lang, text, killed", [
    ("fr", "Des hommes armés ont attaqué un hameau près de Kaya mercredi, tuant onze habitants.", 11),
    ("fr", "Onze commerçants ont été tués mercredi dans l'attaque d'un marché près de Kaya.", 11),
    ("de", "Elf Schüler wurden am Mittwoch bei einem Angriff auf ein Internat bei Maiduguri getötet.", 11),
])
def test_people_counted_are_people(events_of, lang, text, killed):
    assert _killed(events_of, lang, text) == [killed]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Des hommes armés ont incendié onze habitations près de Kaya mercredi, sans faire de victimes."),
])
def test_dwellings_counted_stay_things(events_of, lang, text):
    assert all(k in (None, 0) for k in _killed(events_of, lang, text))
