"""One attacker told with a longer name ("a Russian soldier"), or right after the verb in German
(verb second after a fronted day: "Am Samstag tötete ein russischer Soldat … zwei Zivilisten"),
is who killed, not the dead: the victims are the later count
(``dateline.extraction.rules.number_choice``). Sentences we wrote."""

import pytest

PUBLISHED = "2025-03-10"  # a Monday


@pytest.mark.parametrize("lang, text, killed", [
    ("en", "A Russian soldier shot dead two civilians in Pokrovsk on Saturday.", 2),
    ("de", "Am Samstag tötete ein russischer Soldat in Pokrowsk zwei Zivilisten.", 2),
    ("de", "Am Samstag erschoss ein Soldat in Pokrowsk zwei Zivilisten.", 2),
    # neighbours: counts joined by a conjunction add up; one victim alone stays one
    ("en", "Militants killed a soldier and two civilians in Pokrovsk on Saturday.", 3),
    ("en", "Gunmen killed one soldier and two civilians in Pokrovsk on Saturday.", 3),
    ("en", "Militants killed a soldier in Pokrovsk on Saturday, two weeks after a similar attack.", 1),
])
def test_the_attacker_is_no_victim(events_of, lang, text, killed):
    (event,) = events_of(text, lang, PUBLISHED)
    assert event.fatalities == killed
