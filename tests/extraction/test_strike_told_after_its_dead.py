"""The dead told first and the strike that killed them after ("استشهد أربعة في غارة على دير البلح"):
the town the strike hit is an event's place, kept beside a second town of the sentence told with
"in" ("فيما قتل ستة آخرون بقصف مدفعي في خان يونس"), each with its own toll. Sentences are our own."""

import pytest

PUBLISHED = "2025-06-03"


@pytest.mark.parametrize("text, lang", [
    ("استشهد أربعة مواطنين في غارة على دير البلح، فيما قتل ستة آخرون بقصف مدفعي في خان يونس.", "ar"),
    ("Four people were killed in an air strike on Deir al-Balah, while six others died in shelling in Khan Younis.",
     "en"),
])
def test_both_towns_keep_their_dead(events_of, text, lang):
    events = events_of(text, lang, PUBLISHED)
    assert {(e.location, e.fatalities) for e in events} == {("Dayr al Balah", 4), ("Khan Yunis", 6)}
