""""The Port-au-Prince suburb of Kenscoff": the part of the city named after a part word and "of"
is where it happened, one event, at a place of that name near the city (not a namesake elsewhere
in the country); when the part is no place the gazetteer accepts, the city is."""

import pytest

PUBLISHED = "2025-06-04"


@pytest.mark.parametrize(("text", "location"), [
    ("Gangs attacked the Port-au-Prince suburb of Kenscoff on Monday, burning homes and killing at least "
     "five people.", "Kenscoff"),
    ("Gang members set fire to homes in the Port-au-Prince neighbourhood of Pétion-Ville on Thursday, "
     "residents said.", "Petionville"),
    ("RSF shelling killed nine civilians in the Khartoum suburb of Bahri on Sunday.", "Khartoum North"),
])
def test_the_part_named_is_the_one_event_place(events_of, text, location):
    events = events_of(text, "en", PUBLISHED)
    assert [e.location for e in events] == [location]


def test_a_part_known_only_far_away_leaves_the_city(events_of):
    events = events_of("Gunmen killed four people in the Culiacan neighbourhood of Tierra Blanca on Tuesday.",
                       "en", PUBLISHED)
    assert [(e.location, e.admin1) for e in events] == [("Culiacan", "Sinaloa")]


def test_a_part_the_gazetteer_does_not_accept_leaves_the_city(events_of):
    events = events_of("Israeli jets struck the Beirut suburb of Dahiyeh on Saturday, killing two people.",
                       "en", PUBLISHED)
    assert [e.location for e in events] == ["Beirut"]
