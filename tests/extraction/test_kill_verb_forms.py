"""Killing verbs in the forms wire copy uses for one killer or a running act: Spanish
"asesinando a", French "ont abattu trois civils", "abattu par balles"; a drone shot down is
still no one dead (invented sentences)."""

import pytest

PUBLISHED = "2025-06-01"  # a Sunday


@pytest.mark.parametrize(("lang", "text", "dead"), [
    ("es", "Un grupo armado atacó el sábado una patrulla en el Cauca, asesinando a dos policías, "
           "informó la Policía.", 2),
    ("fr", "Des hommes armés ont abattu trois civils samedi près de Djibo, selon des sources locales.", 3),
    ("fr", "Un homme a été abattu par balles samedi à Marseille, a indiqué le parquet.", 1),
])
def test_the_verb_form_counts_its_dead(events_of, lang, text, dead):
    assert [e.fatalities for e in events_of(text, lang, PUBLISHED)] == [dead]


def test_a_drone_shot_down_kills_no_one(events_of):
    text = "Un drone ukrainien a été abattu samedi au-dessus de Belgorod, selon le ministère russe de la Défense."
    assert all(not e.fatalities for e in events_of(text, "fr", PUBLISHED))
