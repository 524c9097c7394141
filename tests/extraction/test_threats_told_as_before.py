"""A threat told as made before the act a sentence reports ("إذ سبق أن هدده مسلحون", "had
threatened him") is its background, not the sentence's act: the killing stays an event; a threat
told as such ("threatened to kill") is none. Armed men read as the target of an act whose side
hit is a civilian make an attack, not a clash. Sentences are ours (``rules/gates.py``,
``rules/assemble.py``)."""

import pytest

PUBLISHED = "2025-10-14"  # a Tuesday


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "دير الزور - عثر الأهالي مساء الاثنين على جثة شاب مقتولا بطلقات نارية في مدينة الميادين، إذ سبق أن "
           "هدده مسلحون بسبب عمله."),
    ("en", "Gunmen shot dead a teacher in Kirkuk on Monday, police said; the group had threatened him for months."),
])
def test_a_killing_after_an_earlier_threat_is_an_attack(events_of, lang, text):
    events = events_of(text, lang, PUBLISHED)
    assert [(e.sub_event_type, e.fatalities, e.actor2.split(" (")[0]) for e in events] == [("Attack", 1, "Civilians")]


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "دير الزور - هدد مسلحون الاثنين بقتل شاب في مدينة الميادين."),
    ("en", "Gunmen threatened to kill a teacher in Kirkuk on Monday."),
])
def test_a_threat_told_as_such_is_no_event(events_of, lang, text):
    assert events_of(text, lang, PUBLISHED) == []
