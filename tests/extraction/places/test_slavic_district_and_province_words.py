"""Russian and Ukrainian place words around a town: a country's adjective after a province
names the next noun's side, not a part of that country ("в Брянской области украинский
беспилотник"); a province in the genitive right after a town picks its namesake ("Золочев
Харьковской области"); a district told after a city of its sentence, with a list of districts
("в Индустриальном и Слободском районах города"), or named nowhere near the story's provinces
is a part of the story's city, not a district of Kyiv. Sentences are ours."""


def _places(events_of, text: str, lang: str, published: str = "2025-09-16") -> list[tuple[str, str, int]]:  # type: ignore[no-untyped-def]
    events = events_of(text, lang, published)
    return [(e.location, e.country_code, e.geo_precision) for e in events]


def test_a_demonym_after_a_russian_province_is_the_drone_s(events_of):
    text = "В Брянской области украинский беспилотник атаковал грузовик, ранен водитель."
    assert [(c, g) for _l, c, g in _places(events_of, text, "ru")] == [("RU", 3)]


def test_a_demonym_after_a_ukrainian_province_is_the_drone_s(events_of):
    text = "У Чернігівській області російський дрон атакував пікап, поранено двох чоловіків."
    assert [(c, g) for _l, c, g in _places(events_of, text, "uk")] == [("UA", 3)]


def test_a_province_in_the_genitive_after_a_town_picks_its_namesake(events_of):
    text = "Российская авиабомба попала по Золочеву Харьковской области, ранены три человека."
    (location, country, _precision), = _places(events_of, text, "ru")
    events = events_of(text, "ru", "2025-09-16")
    assert (location, country) == ("Zolochiv", "UA") and events[0].latitude > 50.0  # not Lviv's Zolochiv


def test_a_district_after_its_city_in_one_sentence(events_of):
    text = "У Дніпрі російська ракета влучила в підприємство у Шевченківському районі, поранено чотирьох."
    assert [loc for loc, _c, _g in _places(events_of, text, "uk")] == ["Dnipro"]


def test_districts_listed_before_their_subdivision_word(events_of):
    text = ("Ночью российские беспилотники атаковали Харьков, ранены девять человек. "
            "Попадания зафиксированы в Киевском и Слободском районах города.")
    assert [loc for loc, _c, _g in _places(events_of, text, "ru")] == ["Kharkiv"]


def test_a_district_of_no_province_the_story_names_is_the_story_city_s(events_of):
    text = ("Російські дрони вночі атакували Одесу, поранено трьох людей. "
            "У Київському районі пошкоджено склади та два автомобілі.")
    assert [loc for loc, _c, _g in _places(events_of, text, "uk")] == ["Odesa"]


def test_a_small_namesake_town_in_the_province_the_story_names(events_of):
    text = ("Российские войска в четверг обстреляли Харьков, ранены четыре человека. "
            "По словам главы Харьковской ОВА, в среду вечером авиабомба попала по Золочеву, ранены двое.")
    events = events_of(text, "ru", "2025-09-18")
    zolochiv = [e for e in events if e.location == "Zolochiv"]
    assert len(zolochiv) == 1 and zolochiv[0].latitude > 50.0  # Kharkiv's, not Lviv's


def test_a_ukrainian_town_whose_root_changes_in_the_locative(events_of):
    text = "У Кривому Розі вночі ракета влучила в адмінбудівлю, поранено п'ятьох людей."
    assert [(loc, c) for loc, c, _g in _places(events_of, text, "uk")] == [("Kryvyy Rih", "UA")]


def test_a_name_after_the_closing_reporting_verb_is_the_speaker(events_of):
    text = "Окупанти вдарили по Нікополю з мінометів, поранено двох чоловіків, повідомив Лисак."
    assert [(loc, c) for loc, c, _g in _places(events_of, text, "uk")] == [("Nikopol", "UA")]


def test_a_ukrainian_town_in_ets_in_its_dative(events_of):
    text = "Окупанти вдарили по Марганцю з мінометів, поранено трьох людей."
    assert [(loc, c) for loc, c, _g in _places(events_of, text, "uk")] == [("Marhanets", "UA")]
