"""Two readings of wire sentences we wrote: a number word opening a sentence ("Four guardsmen
were wounded") is a count, never a place (a French village is named "Four"), and "not
life-threatening" injuries are no threat that would make the sentence a warning."""

import pytest

PUBLISHED = "2024-03-12"  # a Tuesday


def test_a_number_word_opening_a_sentence_is_no_place(events_of):
    events = events_of("Gunmen attacked a National Guard patrol in Culiacan on Monday. "
                       "Four guardsmen were wounded in the attack, officials said.", "en", PUBLISHED)
    assert [(e.country_code, e.location, e.injured) for e in events] == [("MX", "Culiacan", 4)]


def test_the_number_words_are_no_place_names_in_the_place_words(engine):
    from dateline.extraction.places.words import PlaceWords
    from dateline.packs import load_pack

    words = PlaceWords.of(load_pack("en"))
    assert {"four", "ten", "twelve"} <= words.not_places
    assert "kabul" not in words.not_places


@pytest.mark.parametrize("tail", [
    "adding that none of the injuries were life-threatening",
    "adding that the injuries were not life threatening",
])
def test_injuries_that_are_not_life_threatening_keep_their_figure(events_of, tail):
    (event,) = events_of("Gunmen attacked a police patrol in Culiacan on Monday. Three officers were wounded in "
                         f"the attack, the state security ministry said in a statement, {tail}.", "en", PUBLISHED)
    assert (event.fatalities, event.injured) == (0, 3)


def test_a_threat_is_still_a_threat(events_of):
    text = "The cartel threatened to attack police patrols in Culiacan, officials said on Monday."
    events = events_of(text, "en", PUBLISHED)
    assert events == []
