"""An age written as one word with its number ("ein 45-jähriger Mann", "eine 38-jährige Frau")
stands between a German article and its person noun: the article and the noun are still one
count of one, so victims told one by one add up ("Ein 45-jähriger Mann und eine 38-jährige Frau":
two dead), while a count of people with their ages after it stays that count (``articles_with_nouns``
in ``dateline.extraction.rules.number_filters``). Sentences are ours."""

import pytest

PUBLISHED = "2025-11-04"  # a Tuesday


@pytest.mark.parametrize(("text", "dead"), [
    ("Ein 45-jähriger Mann und eine 38-jährige Frau wurden bei dem Angriff in Charkiw getötet.", 2),
    ("Bei dem Angriff in Charkiw wurden ein 45-jähriger Mann und eine 38-jährige Frau getötet.", 2),
    ("Bei dem Angriff in Charkiw wurden zwei Männer im Alter von 30 und 45 Jahren getötet.", 2),
    ("Zwei Frauen im Alter von 30 und 45 Jahren wurden bei dem Angriff in Charkiw getötet.", 2),
    ("Ein 17-Jähriger wurde bei dem Angriff in Charkiw getötet.", 1),
    ("Bei dem Angriff in Charkiw wurde ein 17-Jähriger getötet.", 1),
])
def test_an_age_word_between_article_and_noun_parts_nothing(events_of, text, dead):
    events = events_of(text, "de", PUBLISHED)
    assert [(e.location, e.fatalities) for e in events] == [("Kharkiv", dead)]
