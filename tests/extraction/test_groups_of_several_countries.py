"""Where a story of an armed group of several countries is when it names none of them, on
sentences we wrote: "Boko Haram" fights in Nigeria, Niger, Chad and Cameroon (the actor list's
``operates``), so "منطقة ديفا" is Niger's Diffa, not Deva in Romania; a story that names a
country keeps its own evidence."""

import pytest

from dateline.actors.kb import actor_table

PUBLISHED = "2025-06-04"  # a Wednesday


@pytest.mark.parametrize("text", [
    "قتل مسلحون من جماعة بوكو حرام خمسة جنود في منطقة ديفا يوم الاثنين، حسب مصادر أمنية.",
    "هاجم مسلحون من تنظيم الدولة الإسلامية في غرب أفريقيا موقعا عسكريا في ديفا يوم الاثنين وقتلوا خمسة جنود.",
])
def test_a_namesake_far_from_every_country_the_group_fights_in_loses(events_of, text):
    (event,) = events_of(text, "ar", PUBLISHED)
    assert (event.location, event.country_code) == ("Diffa", "NE")


def test_a_group_of_several_countries_lists_where_it_fights():
    assert set(actor_table()["Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"].operates) \
        == {"NG", "NE", "TD", "CM"}
