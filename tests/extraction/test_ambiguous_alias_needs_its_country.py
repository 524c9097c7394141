"""A word that names an actor only in a story about its country is no evidence of that country.

Why: "the coalition" is the Saudi-led one only in a story about Saudi Arabia or Yemen (a
``home_only`` alias). The focus of a story counted an army "named acting" as evidence the story
is about its country, and the Saudi-led coalition's own ambiguous alias was such an army, so a
gang coalition in Haiti proved itself Saudi: "a clash between a powerful gang coalition and
gunmen" had the Military Forces of Saudi Arabia as a side. An ambiguous alias now needs the
story to be about its country from other words. All sentences are invented.
"""

from __future__ import annotations

PUBLISHED = "2025-12-10"  # a Wednesday; "Monday" is 2025-12-08

HAITI = ("Dozens of people died in the capital on Monday in a clash between a powerful gang coalition and a group "
         "of gunmen, with 10 children among the victims, a rights group said. The gang Gran Grif later executed "
         "ten women in Port-au-Prince.")


def test_a_gang_coalition_in_haiti_is_no_saudi_force(events_of):
    events = events_of(HAITI, "en", PUBLISHED)
    assert events, "the clash is an event"
    for event in events:
        assert "Saudi" not in (event.actor1 or "") + (event.actor2 or ""), event


def test_the_coalition_in_a_yemen_story_is_still_the_saudi_led_one(events_of):
    text = "Coalition warplanes struck Houthi positions in Saada on Monday, killing four fighters."
    strikes = [e for e in events_of(text, "en", PUBLISHED) if e.sub_event_type == "Air/drone strike"]
    assert [e.actor1 for e in strikes] == ["Military Forces of Saudi Arabia (2015-)"]
