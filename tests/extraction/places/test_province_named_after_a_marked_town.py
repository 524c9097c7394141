"""A province named after its town also when the sources write the town with the marks of ayin
and hamza ("Dar‘ā", "Ma'rib"): "la province de Deraa" (a spelling only the town holds) is the
province, and "à Marib" (a locative of towns) the town."""

import pytest

from dateline.extraction.places.variants import named_after

PUBLISHED = "2025-06-04"


@pytest.mark.parametrize(("province", "town"), [("Daraa", "Dar‘ā"), ("Marib", "Ma'rib"), ("Taizz", "Ta'izz")])
def test_marks_of_ayin_and_hamza_are_no_letters(province, town):
    assert named_after(province, town)


def test_a_province_word_before_a_spelling_of_the_town_is_the_province(events_of):
    events = events_of("En Syrie, trois soldats ont été tués dans une embuscade mercredi dans la province de Deraa.",
                       "fr", PUBLISHED)
    assert [(e.location, e.geo_precision) for e in events] == [("Daraa", 3)]


def test_a_locative_of_towns_before_a_marked_town_is_the_town(events_of):
    events = events_of("Au Yémen, les combats ont fait vingt morts vendredi à Marib.", "fr", PUBLISHED)
    assert [(e.location, e.geo_precision) for e in events] == [("Ma'rib", 1)]
