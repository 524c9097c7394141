"""A side joined by a conjunction to the victims a casualty word counts is a victim too:
"Three soldiers and a policeman were wounded when a bomb exploded" has the soldiers hit, not
bombing; the attackers are unidentified. A subject joined to another before an active verb
with its own victims still acts ("Gunmen and bandits killed four villagers")."""

import pytest

PUBLISHED = "2024-03-12"  # a Tuesday


@pytest.mark.parametrize("lang, text", [
    ("en", "Three soldiers and a policeman were wounded when a bomb exploded near Gao on Monday."),
    ("de", "Drei Soldaten und ein Polizist wurden am Montag bei einer Bombenexplosion nahe Gao verletzt."),
])
def test_soldiers_joined_to_the_wounded_were_hit(events_of, lang, text):
    events = events_of(text, lang, PUBLISHED)
    assert [(e.actor1, e.actor2, e.injured) for e in events] == [
        ("Unidentified Armed Group (Mali)", "Military Forces of Mali (2021-)", 4)]


def test_joined_subjects_of_an_active_verb_act(events_of):
    events = events_of("Gunmen and bandits killed four villagers near Gao on Monday.", "en", PUBLISHED)
    assert [(e.actor1, e.actor2, e.fatalities) for e in events] == [
        ("Unidentified Armed Group (Mali)", "Civilians (Mali)", 4)]
