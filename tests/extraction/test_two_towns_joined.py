"""Two towns joined by a conjunction after a locating word are two places, one event each ("à
Mombasa et Kisumu"); a comma alone still names a town's city, and "between" two towns stays one
event (invented sentences)."""

import pytest

PUBLISHED = "2024-06-26"  # a Wednesday


@pytest.mark.parametrize("text, lang", [
    ("Mardi, des rassemblements se sont déroulés dans le calme à Mombasa et Kisumu, au Kenya.", "fr"),
    ("On Tuesday, peaceful rallies were held in Mombasa and Kisumu, Kenya.", "en"),
])
def test_two_towns_joined_by_a_conjunction_are_two_events(events_of, text, lang):
    events = events_of(text, lang, PUBLISHED)
    assert sorted(e.location for e in events) == ["Kisumu", "Mombasa"]
    assert {e.sub_event_type for e in events} == {"Peaceful protest"}


def test_an_ambush_between_two_towns_is_one_event(events_of):
    events = events_of("Samedi, une patrouille est tombée dans une embuscade entre Bankilaré et Téra, au Niger.",
                       "fr", PUBLISHED)
    assert len(events) == 1
