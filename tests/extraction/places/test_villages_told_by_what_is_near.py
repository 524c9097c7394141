"""A village the gazetteer lacks, placed by what its sentence ties it to: a town far off is only
a landmark ("250 km north of Bamako": the country, at the spot the distance and direction give,
geo_precision 3), an oblast or a raion told in the genitive after a village of two words is that
oblast (3) or the raion around its seat (2), the first word of an unknown village's name is no
town elsewhere ("село Зелена Балка-Друга поблизу Гуляйполя": near Huliaipole), and Arabic
"المجاورة لمدينة" (next to the town of) is near that town. Villages and sentences are ours."""

PUBLISHED = "2025-03-10"  # a Monday


def _places(events_of, text: str, lang: str) -> list[tuple[str, str, int]]:  # type: ignore[no-untyped-def]
    return [(e.location, e.country_code, e.geo_precision) for e in events_of(text, lang, PUBLISHED)]


def test_a_village_far_from_the_capital_is_in_the_country_not_the_capital(events_of):
    text = "Des jihadistes ont tué 12 civils dimanche à Tinkoubeli, à 250 km au nord de Bamako."
    events = events_of(text, "fr", PUBLISHED)
    assert [(e.location, e.country_code, e.geo_precision) for e in events] == [("Mali", "ML", 3)]
    assert events[0].latitude > 14.5  # the spot 250 km north of Bamako (12.6° N), not Bamako


def test_a_far_distance_without_direction_gives_the_country(events_of):
    for lang, text in (
            ("es", "Yihadistas mataron a 12 civiles el domingo en Tinkoubeli, a 250 kilómetros de Bamako."),
            ("ru", "В воскресенье в деревне Тинкубели, в 250 км от Бамако, боевики убили 12 мирных жителей."),
            ("en", "Jihadists killed nine villagers on Saturday in Sabou-Kire, some 120 km east of Mopti.")):
        assert _places(events_of, text, lang) == [("Mali", "ML", 3)], text


def test_a_near_distance_still_gives_the_town(events_of):
    text = "Jihadists killed 10 civilians on Friday in Ndiomboli, 30 km from Mopti, a local official said."
    assert _places(events_of, text, "en") == [("Mopti", "ML", 2)]


def test_a_known_town_told_with_a_far_landmark_stays_the_town(events_of):
    text = "Une frappe de drone a tué trois personnes samedi à Kaya, à 100 km au nord-est de Ouagadougou."
    assert _places(events_of, text, "fr") == [("Kaya", "BF", 1)]


def test_a_village_of_two_words_then_its_oblast(events_of):
    text = "В воскресенье в поселке Малые Зорьки Харьковской области в результате обстрела погиб мужчина."
    assert _places(events_of, text, "ru") == [("Kharkiv", "UA", 3)]
    text = "Беспилотник атаковал в воскресенье село Каменный Бродок Белгородской области, ранен мужчина."
    assert [(c, g) for _l, c, g in _places(events_of, text, "ru")] == [("RU", 3)]


def test_a_village_then_the_raion_of_its_seat(events_of):
    for lang, text in (
            ("uk", "У суботу внаслідок обстрілу села Вишнева Роща Куп'янського району загинула жінка."),
            ("ru", "В субботу в результате обстрела села Вишневая Роща Купянского района погибла женщина."),
            ("uk", "У суботу внаслідок обстрілу в Куп'янському районі загинула жінка.")):
        assert _places(events_of, text, lang) == [("Kupyansk", "UA", 2)], text


def test_a_village_of_a_raion_is_not_a_foreign_town_of_its_first_word(events_of):
    text = "У неділю російський дрон атакував село Тихе-Поле Запорізького району, поранено двох людей."
    assert [(c, g) for _l, c, g in _places(events_of, text, "uk")] == [("UA", 2)]


def test_a_big_city_district_stays_the_city_s(events_of):
    text = "У неділю в Харкові внаслідок удару по Київському району загинули двоє людей."
    assert _places(events_of, text, "uk") == [("Kharkiv", "UA", 1)]


def test_the_first_word_of_an_unknown_village_is_no_town(events_of):
    text = "Унаслідок удару по селу Зелена Балка-Друга поблизу Гуляйполя в неділю загинули двоє людей."
    assert [(c, g) for _l, c, g in _places(events_of, text, "uk")] == [("UA", 2)]
    events = events_of(text, "uk", PUBLISHED)
    assert 47.5 < events[0].latitude < 47.8  # near Huliaipole, not the Zelena of Chernivtsi oblast


def test_a_village_next_to_a_town_in_arabic(events_of):
    text = "قتل مسلحون ستة مدنيين يوم الأحد في قرية كوبويندي المجاورة لمدينة جيبو في بوركينا فاسو."
    assert _places(events_of, text, "ar") == [("Djibo", "BF", 2)]


def test_a_raion_of_another_oblast_is_no_line_of_the_oblast_summary(events_of):
    text = ("Вооруженные силы Украины в ночь на воскресенье атаковали беспилотниками несколько сел Брянской "
            "области, ранены двое, сообщил губернатор.\n\n"
            "Кроме того, накануне вечером ВСУ обстреляли из артиллерии Глушковский район Курской области. "
            "По словам губернатора, ранения получили трое жителей Глушково.")
    events = events_of(text, "ru", "2025-03-09")
    assert [(e.location, e.sub_event_type, e.injured) for e in events] == [
        ("Bryansk", "Air/drone strike", 2), ("Glushkovo", "Shelling/artillery/missile attack", 3)]


def test_a_village_told_with_its_region_is_no_namesake_of_another_region(events_of):
    for region in ("northern Sagaing", "Magway"):
        text = (f"A military aircraft dropped two bombs on Ywathit village in the {region} region on "
                "Tuesday, killing six people, residents said.")
        events = events_of(text, "en", PUBLISHED)
        assert [(e.admin1, e.geo_precision) for e in events] == [(region.split()[-1], 3)], text


def test_a_village_told_with_its_region_keeps_its_namesake_there(events_of):
    text = "A military jet bombed Kyauktan village in Sagaing region on Tuesday, killing six people."
    assert [(e.location, e.admin1, e.geo_precision) for e in events_of(text, "en", PUBLISHED)] == [
        ("Kyauktan", "Sagaing", 1)]
