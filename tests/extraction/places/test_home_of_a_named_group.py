"""A story that names an armed group of one country, and nothing else of that country, is still
about it: "ADF rebels killed ten civilians in Beni" is Congo's Beni, not Bolivia's Beni
province, and "M23 rebels seized Rubaya" places the town in Congo. A group of several
countries (JNIM) gives no country, and a story that names another country keeps it. German
"Busse" (buses) is a word, not Boussé in Burkina Faso. Sentences invented."""

import pytest

PUBLISHED = "2025-03-12"  # a Wednesday


def _places(events_of, lang, text):
    return [(e.location, e.country_code) for e in events_of(text, lang, PUBLISHED)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "ADF rebels killed ten civilians in Beni on Tuesday."),
    ("en", "ADF rebels killed ten civilians near the town of Beni on Tuesday."),
    ("de", "Am Dienstag töteten ADF-Rebellen nahe Beni zehn Zivilisten."),
])
def test_the_group_s_home_chooses_the_town(events_of, lang, text):
    assert _places(events_of, lang, text) == [("Beni", "CD")]


def test_a_town_of_the_group_s_home_is_found(events_of):
    events = events_of("M23 rebels seized the town of Rubaya on Tuesday.", "en", PUBLISHED)
    assert [(e.location, e.country_code) for e in events] == [("Rubaya", "CD")]


def test_a_country_the_story_names_stays_its_place(events_of):
    text = "ADF rebels killed ten people in Kasese, western Uganda, on Tuesday."
    assert _places(events_of, "en", text) == [("Kasese", "UG")]


def test_buses_are_no_town_in_german(events_of):
    text = "Am Dienstag griffen Bewaffnete zwei Busse auf der Straße nach Kaya an und töteten acht Passagiere."
    assert _places(events_of, "de", text) == [("Kaya", "BF")]
