"""A call or a plan to act is no act: every act word of the sentence lies in the clause a future
or appeal cue opens, however many words stand between them (invented sentences)."""

import pytest

PUBLISHED = "2025-03-12"  # a Wednesday


@pytest.mark.parametrize("text, lang", [
    ("Mardi, des milliers de personnes ont manifesté à Dakar. Les syndicats ont appelé à une nouvelle "
     "journée de mobilisation vendredi.", "fr"),
    ("Mardi, des milliers de personnes ont manifesté à Dakar. L'opposition appelle à une grande journée "
     "nationale de manifestations samedi.", "fr"),
])
def test_a_call_to_demonstrate_is_no_demonstration(events_of, text, lang):
    events = events_of(text, lang, PUBLISHED)
    assert [(e.sub_event_type, str(e.event_date)) for e in events] == [("Peaceful protest", "2025-03-11")]


def test_an_act_before_the_call_stays(events_of):
    events = events_of("Mardi, la police a dispersé des manifestants à Dakar avant d'appeler au calme.",
                       "fr", PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]



@pytest.mark.parametrize("text, expected", [
    ("Les autorités vont indemniser les familles des six villageois qui ont été tués lundi par des hommes "
     "armés près de Djibo.", "Attack"),
    ("L'armée va rouvrir la route où quatre soldats ont été tués lundi près de Djibo.", "Armed clash"),
])
def test_a_past_act_in_a_relative_clause_after_the_plan_stays(events_of, text, expected):
    assert [e.sub_event_type for e in events_of(text, "fr", PUBLISHED)] == [expected]
