"""A town of a war between two states whose namesake lies deep inside one of them, on sentences
we wrote: when one army acts against the other ("ВСУ нанесли удар по позициям российских
войск"), the side attacked is no evidence of its own country (the front runs through both),
so Pokrovsk is the town of Donetsk oblast, not the one in Yakutia; a story with no army of the
war keeps the place its own words name."""

import pytest

PUBLISHED = "2025-06-04"  # a Wednesday


@pytest.mark.parametrize("text, lang", [
    ("ВСУ нанесли удар по позициям российских войск под Покровском в понедельник.", "ru"),
    ("ЗСУ завдали удару по позиціях російських військ біля Покровська в понеділок, повідомили в Генштабі.", "uk"),
    ("Ukrainian forces struck Russian positions near Pokrovsk on Monday, the General Staff said.", "en"),
    ("Российские войска атаковали позиции ВСУ под Покровском, сообщило Минобороны в понедельник.", "ru"),
])
def test_a_fight_of_the_two_armies_is_at_the_front_not_at_a_namesake_deep_inside(events_of, text, lang):
    (event,) = events_of(text, lang, PUBLISHED)
    assert (event.location, event.country_code) == ("Pokrovsk", "UA")


def test_a_town_of_the_attacked_army_s_own_country_stays_there(events_of):
    (event,) = events_of("ВСУ нанесли удар по позициям российских войск под Белгородом в понедельник.", "ru",
                         PUBLISHED)
    assert event.country_code == "RU"


def test_no_army_of_the_war_leaves_a_namesake_to_its_own_words(events_of):
    (event,) = events_of("В Покровске Якутии в понедельник прошла акция протеста жителей.", "ru", PUBLISHED)
    assert (event.location, event.admin1) == ("Pokrovsk", "Sakha")
