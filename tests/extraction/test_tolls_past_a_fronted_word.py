"""The count of the dead when words stand between the killing verb and it, or between the
subject's count and the verb: a tense auxiliary ("a tué", "han matado", "has killed") leaves
"one kamikaze" the attacker's count; "eine russische Drohne" after an inverted German verb counts
a drone; "ein russischer Raketenangriff" an attack; the Spanish "asesinó", folded like the noun
"asesino", kills only before the personal "a" ("un asesino a sueldo" is a hitman). Sentences are
our own."""

import pytest

PUBLISHED = "2025-06-03"  # a Tuesday


@pytest.mark.parametrize("text, lang, killed", [
    ("Un kamikaze a tué samedi dans un marché de Maiduguri cinq personnes.", "fr", 5),
    ("Deux kamikazes ont tué samedi dans un marché de Maiduguri douze personnes.", "fr", 12),
    ("Un homme armé a tué samedi à Bamako deux policiers.", "fr", 2),
    ("Un sicario ha asesinado este sábado en Culiacán a tres personas.", "es", 3),
    ("Dos sicarios han matado a tres personas en Culiacán el sábado.", "es", 3),
    ("A gunman has killed on Saturday in a market in Culiacan three people.", "en", 3),
    ("Am Samstag tötete eine russische Drohne in Cherson zwei Zivilisten.", "de", 2),
    ("In der Nacht tötete ein russischer Raketenangriff in Odessa drei Menschen.", "de", 3),
    ("Un grupo armado asesinó el sábado a dos campesinos en el Cauca.", "es", 2),
    ("El ELN asesinó este domingo a tres soldados en Arauca.", "es", 3),
    ("Un sicario asesinó el lunes en Acapulco a un periodista.", "es", 1),
])
def test_the_count_of_the_dead(events_of, text, lang, killed):
    assert [e.fatalities for e in events_of(text, lang, PUBLISHED)] == [killed]


@pytest.mark.parametrize("text, lang, killed", [
    ("Un soldat a été tué samedi à Djibo.", "fr", 1),
    ("Trois jihadistes ont tué deux soldats à Djibo samedi.", "fr", 2),
    ("Am Samstag tötete eine russische Drohne in Cherson einen Zivilisten.", "de", 1),
])
def test_counts_that_stay(events_of, text, lang, killed):
    assert [e.fatalities for e in events_of(text, lang, PUBLISHED)] == [killed]


def test_a_hitman_taken_is_no_one_killed(events_of):
    events = events_of("La policía detuvo el sábado en Culiacán a un asesino a sueldo.", "es", PUBLISHED)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Arrests", None)]
