"""An article before a group's name that ends at an act word is the act's ("killed in a Boko
Haram attack"), not a count of one of the group's men: the group attacked, the dead were hit."""

import pytest

PUBLISHED = "2025-03-06"


@pytest.mark.parametrize(("text", "actor1", "actor2", "sub"), [
    ("Two policemen were killed in a Boko Haram attack in Maiduguri on Sunday.",
     "Boko Haram", "Police Forces of Nigeria", "Armed clash"),
    ("Three soldiers were killed in an al-Shabaab ambush near Afgoye on Monday.",
     "Al Shabaab", "Military Forces of Somalia", "Armed clash"),
    ("Four villagers were killed in a Boko Haram raid on a village near Maiduguri on Sunday.",
     "Boko Haram", "Civilians (Nigeria)", "Attack"),
])
def test_the_group_named_before_the_act_attacked(events_of, text, actor1, actor2, sub):
    [event] = events_of(text, "en", PUBLISHED)
    assert event.actor1.startswith(actor1)
    assert event.actor2.startswith(actor2)
    assert event.sub_event_type == sub


def test_a_group_member_counted_after_the_verb_is_still_its_loss(events_of):
    """The article counts a man of the group when no act word closes the name ("killed a Boko
    Haram commander"): the group lost him."""
    [event] = events_of("Soldiers killed a Boko Haram commander near Maiduguri on Sunday.", "en", PUBLISHED)
    assert event.actor2.startswith("Boko Haram")
    assert event.fatalities == 1
