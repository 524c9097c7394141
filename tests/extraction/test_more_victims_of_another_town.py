""""Two more were wounded in the shelling of Makiivka" after Horlivka's shelling, on stories we
wrote: more victims of a weapon told at a town of their own are that town's event (one event
per place), while more victims told with no act of their own add to the event before."""

import pytest

PUBLISHED = "2025-06-10"


@pytest.mark.parametrize(("story", "lang", "town"), [
    ("Russian forces shelled Kherson on Monday, killing a woman. Two more people were wounded in the "
     "shelling of Bilozerka.", "en", "Bilozerka"),
    ("Російські війська обстріляли Херсон у понеділок, загинула жінка. Ще двоє людей поранені внаслідок "
     "обстрілу Білозерки.", "uk", "Bilozerka"),
    ("ВСУ в понедельник выпустили по Горловке 12 снарядов, погибла женщина. Еще два мирных жителя получили "
     "ранения при обстреле Макеевки.", "ru", "Makiyivka"),
])
def test_more_victims_of_a_weapon_at_another_town_are_its_event(events_of, story, lang, town):
    events = {e.location: e for e in events_of(story, lang, PUBLISHED)}
    assert town in events and events[town].injured == 2
    assert len(events) == 2


def test_more_victims_with_no_act_of_their_own_join_the_event(events_of):
    story = ("Russian forces shelled Kherson on Monday, killing a woman. Two more people were wounded, the "
             "governor said.")
    (event,) = events_of(story, "en", PUBLISHED)
    assert (event.fatalities, event.injured) == (1, 2)
