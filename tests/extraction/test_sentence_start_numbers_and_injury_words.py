"""Two readings of wire sentences we wrote: a number word opening a sentence ("Four guardsmen
were wounded") is a count, never a place (a French village is named "Four"), and "not
life-threatening" injuries are no threat that would make the sentence a warning."""

import pytest

from dateline.models import Document


def run(engine, text, lang="en", published="2024-03-12"):
    return engine.extract(Document(id="t", text=text, published=published, lang=lang)).events


def test_a_number_word_opening_a_sentence_is_no_place(engine):
    events = run(engine, "Gunmen attacked a National Guard patrol in Culiacan on Monday. "
                         "Four guardsmen were wounded in the attack, officials said.")
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
def test_injuries_that_are_not_life_threatening_keep_their_figure(engine, tail):
    (event,) = run(engine, "Gunmen attacked a police patrol in Culiacan on Monday. Three officers were wounded in "
                           f"the attack, the state security ministry said in a statement, {tail}.")
    assert (event.fatalities, event.injured) == (0, 3)


def test_a_threat_is_still_a_threat(engine):
    events = run(engine, "The cartel threatened to attack police patrols in Culiacan, officials said on Monday.")
    assert events == []
