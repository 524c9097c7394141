"""A casualty word inside a weapon's phrase is the weapon's, not a toll: "explosives strapped
to her body" is a suicide vest, and "a mosque" after it counts nobody."""
import pytest

PUBLISHED = "2025-06-14"  # a Saturday


def _killed(events):
    return sorted(e.fatalities for e in events)


@pytest.mark.parametrize("text, killed", [
    ("A teenage girl detonated explosives strapped to her body inside a mosque in Gwoza, Borno State, on "
     "Friday, killing 11 worshippers.", 11),
    ("Two bombers with explosives strapped to their bodies blew themselves up at a cattle market in Gwoza, "
     "Borno State, on Friday, killing 7 traders.", 7),
    # a body that was found is still a death
    ("The body of a herder was found near Gwoza, Borno State, on Friday, a day after gunmen seized him.", 1),
])
def test_a_vest_strapped_to_a_body_counts_no_dead(events_of, text, killed):
    assert _killed(events_of(text, "en", PUBLISHED)) == [killed]
