"""German declines the adjectives of a country's name after an article ("in der
Zentralafrikanischen Republik", "in den Vereinigten Staaten"), and the name's last word alone is
often no place ("Republik"): such a name is found in the form the gazetteer lists ("Zentral-
afrikanische Republik"), so the event it places is not lost. Sentences we wrote."""

import pytest

PUBLISHED = "2024-05-08"  # a Wednesday


@pytest.mark.parametrize("text, country", [
    ("Die Regierung und mehrere bewaffnete Gruppen haben am Dienstag in der Zentralafrikanischen Republik "
     "eine Waffenruhe vereinbart.", "CF"),
    ("Tausende Menschen haben am Dienstag in der Dominikanischen Republik gegen die Regierung demonstriert.", "DO"),
    ("Tausende Menschen haben am Dienstag in den Vereinigten Staaten gegen den Krieg demonstriert.", "US"),
])
def test_a_declined_country_name_places_the_event(events_of, text, country):
    events = events_of(text, "de", PUBLISHED)
    assert [e.country_code for e in events] == [country]


def test_the_listed_form_is_still_found(events_of):
    events = events_of("Die Regierung und mehrere bewaffnete Gruppen haben am Dienstag in der Zentralafrikanische "
                       "Republik eine Waffenruhe vereinbart.", "de", PUBLISHED)
    assert [e.country_code for e in events] == ["CF"]


def test_a_common_adjective_and_noun_make_no_country(events_of):
    # "Republik" after an adjective that is no country's: no place, no event
    events = events_of("Die Regierung und mehrere bewaffnete Gruppen haben am Dienstag in der Neuen Republik eine "
                       "Waffenruhe vereinbart.", "de", PUBLISHED)
    assert events == []
