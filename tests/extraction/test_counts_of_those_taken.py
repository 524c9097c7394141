"""A count after a comma whose clause closes on an arrest counts those taken, not the hurt
of the casualty word before the comma, however many words stand between it and the arrest."""
import pytest

PUBLISHED = "2024-05-07"  # a Tuesday


def _injured(events):
    return [e.injured for e in events]


@pytest.mark.parametrize("lang, text, injured", [
    ("de", "In Lyon ist es in der Nacht zum Sonntag zu schweren Ausschreitungen gekommen. Vier Beamte wurden "
           "verletzt, 27 Menschen nach Polizeiangaben festgenommen.", 4),
    ("de", "In Lyon ist es in der Nacht zum Sonntag zu schweren Ausschreitungen gekommen. Vier Beamte wurden "
           "verletzt, 27 Menschen festgenommen.", 4),
    # no arrest after the count: it stays a count of the hurt
    ("de", "In Lyon ist es in der Nacht zum Sonntag zu schweren Ausschreitungen gekommen. Dabei wurden, so die "
           "Polizei, 14 Menschen verletzt.", 14),
])
def test_a_count_of_those_taken_is_no_toll(events_of, lang, text, injured):
    assert _injured(events_of(text, lang, PUBLISHED)) == [injured]
