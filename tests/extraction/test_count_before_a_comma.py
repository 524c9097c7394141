"""A comma after a count's noun ends what the count may stand for: "killed 10 residents,
abducting 160 others" counts the dead with ten, not with the abducted after the comma."""
import pytest

PUBLISHED = "2024-09-16"  # a Monday


def _killed(events):
    return sorted(e.fatalities for e in events)


@pytest.mark.parametrize("lang, text, killed", [
    ("en", "Armed bandits raided the village of Dansadau in Zamfara State on Sunday night, killed 14 residents, "
           "abducting 70 others.", 14),
    ("en", "Gunmen stormed a market in Bunia on Friday, shot dead four traders, wounding nine more.", 4),
    # without the comma the count still stands with its own verb
    ("en", "Armed bandits raided the village of Dansadau in Zamfara State on Sunday night, killing 14 residents "
           "and abducting 70 others.", 14),
])
def test_a_comma_ends_a_count_of_the_dead(events_of, lang, text, killed):
    assert _killed(events_of(text, lang, PUBLISHED)) == [killed]
