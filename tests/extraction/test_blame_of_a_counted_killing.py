"""An accusation that tells the killing with its count and its day is the event, by the accused.

Why: a sentence that only blames someone ("the army accused the rebels of the attack") is a
claim, but one that tells the act itself — its dead and its day — reports an event, the
accused as its author (as "Sudan's army accused the RSF of killing 40 civilians on Saturday"
already was). The figures were looked for in casualty words only, so where a killing verb
counts its dead ("acusó al ELN de asesinar el sábado a dos campesinos", "обвинило ВСУ в
убийстве трех мирных жителей") the event was dropped. A passive of the blame ("fue acusado
de asesinar") is not the act's passive: the accused acted. All sentences are invented.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-01"  # a Sunday; "sábado", "суббота" is 2025-05-31

CASES = [
    ("es", "El Ejército acusó al ELN de asesinar el sábado a dos campesinos en zona rural de Tame, Arauca.",
     ("ELN: National Liberation Army", "Civilians (Colombia)")),
    ("es", "El ELN fue acusado de asesinar el sábado a dos campesinos en zona rural de Tame, Arauca.",
     ("ELN: National Liberation Army", "Civilians (Colombia)")),
    ("ru", "Минобороны России обвинило ВСУ в убийстве трех мирных жителей в Горловке в субботу.",
     ("Military Forces of Ukraine (2019-)", "Civilians (Ukraine)")),
]


@pytest.mark.parametrize(("lang", "text", "actors"), CASES)
def test_the_accused_killing_is_an_event(events_of, lang, text, actors):
    events = events_of(text, lang, PUBLISHED)
    assert [(e.actor1, e.actor2) for e in events] == [actors]
    assert str(events[0].event_date) == "2025-05-31"


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "El Gobierno acusó al ELN de asesinar a 40 líderes sociales este año."),
    ("en", "Rights groups accused the RSF of killing 2,000 people in Darfur since April."),
    ("es", "Los disidentes fueron acusados del ataque contra la base militar de Tame, dijo un portavoz."),
])
def test_blame_with_no_day_of_its_own_is_no_event(events_of, lang, text):
    assert events_of(text, lang, PUBLISHED) == []
