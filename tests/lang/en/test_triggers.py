"""English acts the pack must know (invented sentences)."""

import pytest

from ..triggers import sub_types


@pytest.mark.parametrize("text, expected", [
    ("On Monday gunmen held the staff of a bank in Kano at gunpoint for six hours.", "Abduction/forced disappearance"),
    ("Insurgents beheaded three farmers near Macomia on Monday.", "Attack"),
    ("A grenade explosion wounded five shoppers in Srinagar on Monday.", "Grenade"),
    ("Supporters clashed with the police in street battles in Dhaka on Monday.", "Violent demonstration"),
])
def test_english_acts(engine, text, expected):
    assert sub_types(engine, "en", text) == [expected]


def test_riot_police_are_no_riot(engine):
    assert sub_types(engine, "en", "Hundreds of people marched peacefully in Accra on Monday as riot police "
                                   "looked on.") == ["Peaceful protest"]
