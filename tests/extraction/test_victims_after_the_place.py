"""An active killing verb whose subject is counted by an article ("Ein Bewaffneter", "Un
sicario") counts the victims told later in its clause, after the day and the place ("tötete am
Samstag in Cherson zwei Zivilisten"); a "one" right after a word saying where ("en un bar",
"in einem Dorf") is the place's article, no victim (invented sentences)."""

import pytest

PUBLISHED = "2025-06-01"  # a Sunday


@pytest.mark.parametrize(("lang", "text", "dead"), [
    ("de", "Eine russische Drohne tötete am Samstag in Cherson zwei Zivilisten, teilte der Gouverneur mit.", 2),
    ("de", "Ein Bewaffneter erschoss am Samstag in Culiacán drei Menschen, teilte die Staatsanwaltschaft mit.", 3),
    ("de", "Ein Selbstmordattentäter tötete am Samstag auf einem Markt in Maiduguri mindestens sechs Menschen.", 6),
    ("es", "Un sicario mató el sábado en un bar de Celaya a tres personas, informó la Fiscalía.", 3),
])
def test_the_victims_after_the_place_are_the_toll(events_of, lang, text, dead):
    assert [e.fatalities for e in events_of(text, lang, PUBLISHED)] == [dead]


def test_an_intransitive_verb_keeps_its_own_count(events_of):
    text = ("Al menos seis personas murieron el sábado en un ataque armado contra un bar de Irapuato, "
            "informó la Fiscalía.")
    assert [e.fatalities for e in events_of(text, "es", PUBLISHED)] == [6]
