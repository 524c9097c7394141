""""At least N" is a floor, the toll itself: another source's higher figure does not replace it,
while a bound such as "more than N" yields to the exact figure within it."""
import pytest

PUBLISHED = "2024-05-07"  # a Tuesday


def _killed_injured(events):
    return sorted((e.fatalities, e.injured) for e in events)


@pytest.mark.parametrize("lang, text, killed, injured", [
    ("en", "At least four people were killed when a car bomb exploded outside a bank in Galkayo on Tuesday, "
           "police said. A local hospital official said nine people had died.", 4, None),
    ("de", "Bei einem Drohnenangriff auf einen Markt in Kassala sind am Dienstag mindestens acht Menschen "
           "getötet worden. Ein Ärztekomitee sprach von 13 Toten.", 8, None),
    ("fr", "Au moins cinq civils ont été tués mardi par des tirs d'obus sur un marché de Nyala. Un collectif "
           "local a fait état pour sa part de neuf morts.", 5, None),
    # a bound that is no floor yields to the exact figure within it
    ("en", "More than 20 people were wounded when a shell hit a bus station in Kherson on Tuesday. The "
           "regional governor said 23 people had been wounded.", 0, 23),
])
def test_a_floor_is_the_toll(events_of, lang, text, killed, injured):
    assert _killed_injured(events_of(text, lang, PUBLISHED)) == [(killed, injured)]
