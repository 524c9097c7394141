"""German acts the pack must know: separable verbs, compounds, verb-final clauses (invented sentences)."""

import pytest

from ..triggers import sub_types

PUBLISHED = "2025-03-11"  # a Tuesday


@pytest.mark.parametrize("text, expected", [
    ("Bewaffnete greifen am Montag die Polizeiwache von Hinche an.", "Armed clash"),
    ("Die Armee schießt am Montag eine Drohne über Kuneitra ab.", "Disrupted weapons use"),
    ("Am Montag starben bei einer Minenexplosion nahe Djibo 35 Menschen.", "Remote explosive/landmine/IED"),
    ("Landwirte sind am Montag in Brüssel mit der Polizei aneinandergeraten.", "Violent demonstration"),
    ("Der Milizenführer wurde am Montag in Goma aufgegriffen.", "Arrests"),
    ("Die Rebellen haben am Montag Goma eingenommen.", "Non-state actor overtakes territory"),
    ("In Kermanshah haben Sicherheitskräfte am Montag das Feuer auf Demonstranten eröffnet.",
     "Excessive force against protesters"),
    ("Drei Männer und zwei Frauen kamen am Montag in Celaya ums Leben.", "Attack"),
    # "das Feuer ... eröffnet" with its target between, after "in der Nähe von" (no place of origin)
    ("Soldaten hätten am Montag in der Nähe von Rafah das Feuer auf wartende Menschen eröffnet.", "Attack"),
    # a hijacking, however many were taken: one raid, no tally
    ("Separatisten haben bei Sibi einen Zug mit Hunderten Passagieren in ihre Gewalt gebracht.",
     "Abduction/forced disappearance"),
    # verb-final, the act reaching past the weapon's longer name
    ("Bei Kaya ist am Montag ein Kleinbus auf einen selbst gebauten Sprengsatz gefahren.",
     "Remote explosive/landmine/IED"),
    ("Am Montag wurden bei Dori zwei Hirten verletzt, als ihr Karren auf eine Mine fuhr.",
     "Remote explosive/landmine/IED"),
])
def test_german_acts(events_of, text, expected):
    assert sub_types(events_of(text, "de", PUBLISHED)) == [expected]


def test_freed_hostages_are_no_abduction(events_of):
    """"Sicherheitskräfte befreiten am Mittwoch 190 Geiseln": the end of a hostage-taking, not a new one."""
    assert sub_types(events_of("Sicherheitskräfte befreiten am Montag nahe Sibi 190 Geiseln.", "de", PUBLISHED)) == []
