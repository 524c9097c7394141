"""Provinces and foreign names in Russian and Ukrainian news: a short name after a province word
spelled as a province of the story's country ("в штате Шан", "в провинции Сум"), Myanmar's
states by their older names ("штат Карен" is Kayin, not Keren in Eritrea), the abbreviation
"РФ" after a Russian region, and lower-case particles hyphenated inside a name
("Порт-о-Пренс"). Sentences are ours."""

import pytest

PUBLISHED = "2025-04-16"  # a Wednesday


def places_of(events):
    return sorted((e.country_code, e.admin1, e.location) for e in events)


@pytest.mark.parametrize(("lang", "text", "admin1"), [
    ("ru", "Во вторник в штате Шан армия Мьянмы нанесла авиаудар по деревне, погибли пять человек.", "Shan"),
    ("ru", "Во вторник в штате Чин армия Мьянмы нанесла авиаудар по деревне, погибли пять человек.", "Chin"),
    ("uk", "У вівторок у штаті Мон армія М'янми завдала авіаудару по селу, загинули п'ятеро людей.", "Mon"),
    ("ru", "Во вторник в штате Карен армия нанесла авиаудар по деревне, погибли девять человек.", "Kayin"),
    ("uk", "У вівторок у штаті Карен на сході М'янми армія завдала авіаудару по селу, загинули восьмеро людей.",
     "Kayin"),
    ("ru", "Во вторник в штате Ракхайн армия Мьянмы нанесла авиаудар по рынку, погибли семь человек.", "Rakhine"),
    ("uk", "У вівторок у штаті Каренні армія М'янми завдала авіаудару по табору, загинули шестеро людей.",
     "Kayah"),
])
def test_a_state_of_myanmar_after_its_province_word(events_of, lang, text, admin1):
    assert places_of(events_of(text, lang, PUBLISHED)) == [("MM", admin1, admin1)]


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "В Буркина-Фасо во вторник боевики убили не менее 50 мирных жителей в провинции Сум, сообщает AFP."),
    ("uk", "У Буркіна-Фасо у вівторок джихадисти вбили щонайменше 40 мирних жителів у провінції Сум."),
])
def test_a_short_province_name_is_the_story_countrys_not_a_town_abroad(events_of, lang, text):
    """"Сум" is also a case of Sumy, whose oblast a province word would read; the story is Burkina's."""
    assert [(e.country_code, e.location) for e in events_of(text, lang, PUBLISHED)] == [("BF", "Soum")]


@pytest.mark.parametrize(("text", "admin1"), [
    ("У вівторок дрони атакували нафтобазу в Тульській області РФ, спалахнула пожежа, постраждала одна людина.",
     "Tul'skaya oblast'"),
    ("У вівторок дрони атакували нафтобазу в Ярославській області РФ, постраждала одна людина.", "Yaroslavl"),
    ("У вівторок у Курській області РФ дрони атакували нафтобазу, постраждали двоє людей.", "Kurskaya oblast'"),
])
def test_a_russian_region_followed_by_the_abbreviation_of_russia(events_of, text, admin1):
    """Not Toul in France nor Jarosław in Poland: "РФ" is Russia, no part of a longer name."""
    assert [(e.country_code, e.admin1, e.geo_precision) for e in events_of(text, "uk", PUBLISHED)] \
        == [("RU", admin1, 3)]


@pytest.mark.parametrize(("lang", "text", "place"), [
    ("ru", "Во вторник в столице Гаити Порт-о-Пренсе бандиты убили не менее 20 человек.", ("HT", "Port-au-Prince")),
    ("uk", "У вівторок у Порт-о-Пренсі бандити підпалили поліцейську дільницю, загинули троє людей.",
     ("HT", "Port-au-Prince")),
])
def test_a_particle_hyphenated_inside_a_name(events_of, lang, text, place):
    assert [(e.country_code, e.location) for e in events_of(text, lang, PUBLISHED)] == [place]


def test_a_free_standing_preposition_still_ends_a_name(events_of):
    """"о" standing free is "about": the town before it is named alone."""
    events = events_of("Во вторник в Харькове о взрывах сообщил мэр, пострадали три человека.", "ru", PUBLISHED)
    assert [(e.country_code, e.location) for e in events] == [("UA", "Kharkiv")]
