""""Air strikes on targets near Damascus and in Daraa province", on sentences we wrote: a
province joined by a conjunction to a town it does not hold is a second place of the act (one
event each), not the container of the town."""

import pytest

PUBLISHED = "2025-06-10"


@pytest.mark.parametrize(("text", "lang"), [
    ("Israeli air strikes on targets near Damascus and in Daraa province killed at least five people on "
     "Monday, activists said.", "en"),
    ("Bei israelischen Luftangriffen auf Ziele nahe Damaskus und in der Provinz Daraa sind am Montag "
     "mindestens fünf Menschen getötet worden.", "de"),
])
def test_a_province_joined_to_a_town_is_a_place_of_its_own(events_of, text, lang):
    events = events_of(text, lang, PUBLISHED)
    assert sorted(e.admin1 for e in events) == ["Damascus City", "Daraa"]


def test_the_province_of_the_town_stays_its_container(events_of):
    (event,) = events_of("Gunmen killed five farmers in Dikwa, in Borno state, on Monday.", "en", PUBLISHED)
    assert event.location == "Dikwa"
