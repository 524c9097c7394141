"""A conjunction joins a range only after its opening word ("between four and six", "entre
quatre et six"): "the driver and two passengers" are three dead, not a range from one to two;
the people an apposition names between dashes stay the count they restate."""
import pytest

PUBLISHED = "2025-03-12"  # a Wednesday


def _figures(events_of, lang, text):
    events = events_of(text, lang, PUBLISHED)
    return sorted((e.fatalities, e.injured) for e in events)


@pytest.mark.parametrize("lang, text, killed, injured", [
    ("en", "Bandits ambushed a lorry near Funtua on Thursday, killing the driver and four traders.", 5, None),
    ("fr", "Des bandits ont tendu une embuscade à un camion près de Ménaka jeudi, tuant le chauffeur et "
           "quatre commerçants.", 5, None),
    # a range keeps its first, conservative figure
    ("en", "Bandits ambushed a lorry near Funtua on Thursday, killing between four and seven traders.", 4, None),
    # "two people, a man and a woman": two, told again by the apposition
    ("uk", "У четвер російський дрон атакував Херсон: троє людей — двоє чоловіків і жінка — дістали поранення.",
     0, 3),
])
def test_a_conjunction_adds_counts_unless_a_range_opened(events_of, lang, text, killed, injured):
    assert _figures(events_of, lang, text) == [(killed, injured)]
