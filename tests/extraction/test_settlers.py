"""Settlers in a story about Israel and the West Bank are "Settlers (Israel)" even without the
demonym ("masked settlers", "des colons masqués"); elsewhere settlers are no Israeli actor
(``home_only`` in ``dateline/data/actors/actors.toml``). A state's own people abroad are not
its forces' enemy: an army raid beside a settler attack is not a clash with the settlers
(``_story_enemy`` in ``dateline/extraction/rules/assemble.py``). Sentences are ours."""

import pytest

PUBLISHED = "2025-06-10"  # a Tuesday


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Israeli troops raided Jenin on Monday, the army said.\n\nIn the village of Sinjil, near Ramallah, "
           "masked settlers set fire to four cars and a barn on Monday night, the village council said."),
    ("fr", "L'armée israélienne a mené lundi un raid à Jénine.\n\nDans le village de Sinjil, près de Ramallah, "
           "des colons masqués ont incendié quatre voitures lundi soir, selon le conseil du village."),
])
def test_settlers_in_a_west_bank_story_are_israeli_settlers(events_of, lang, text):
    events = events_of(text, lang, PUBLISHED)
    burnt = [e for e in events if e.location == "Sinjil"]
    assert [(e.actor1, e.actor2) for e in burnt] == [("Settlers (Israel)", "Civilians (Palestine)")]
    assert all(e.actor2 != "Settlers (Israel)" for e in events if e.actor1.startswith("Military Forces of Israel"))


def test_settlers_elsewhere_are_no_israeli_actor(events_of):
    text = ("Gunmen attacked settlers in the village of Mangu in Plateau State on Monday, killing six people, "
            "police said.")
    assert all("Settlers (Israel)" not in (e.actor1, e.actor2) for e in events_of(text, "en", PUBLISHED))
