""""Thousands marched in Hamburg. Police detained two people on the sidelines", on stories we
wrote: arrests told of a demonstration make it ACLED's protest with intervention, with the
police as the second side, even when the arrested are not called protesters."""

import pytest

PUBLISHED = "2025-06-10"


@pytest.mark.parametrize(("story", "lang"), [
    ("Tausende Menschen haben am Samstag in Hamburg gegen Rechtsextremismus demonstriert. In Hamburg kam es am "
     "Rande zu Rangeleien, die Polizei nahm zwei Personen fest.", "de"),
    ("Thousands of people marched in Hamburg on Saturday against the far right. Police detained two people on "
     "the sidelines of the march.", "en"),
])
def test_arrests_at_a_march_are_an_intervention(events_of, story, lang):
    (event,) = events_of(story, lang, PUBLISHED)
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor2.startswith("Police Forces of Germany")


def test_a_march_without_arrests_stays_peaceful(events_of):
    (event,) = events_of("Thousands of people marched in Hamburg on Saturday against the far right.", "en", PUBLISHED)
    assert event.sub_event_type == "Peaceful protest"
