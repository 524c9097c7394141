"""Localities of dateline's own list (``data/places/villages``): a town the news of a war names
and GeoNames gives no population is the event's place in a story about its country."""


def test_a_listed_locality_is_the_place_of_an_attack_on_it(events_of):
    events = events_of("Des rebelles ont attaqué mardi une position de l'armée à Kitshanga, dans le "
                       "territoire de Masisi, au Nord-Kivu, tuant trois soldats, selon l'armée congolaise.",
                       "fr", "2026-03-04")
    assert [(e.location, e.country_code) for e in events] == [("Kitshanga", "CD")]


def test_a_listed_locality_is_not_taken_in_a_story_about_another_country(events_of):
    events = events_of("Des hommes armés ont tué deux bergers près de Kitchanga, selon la police kényane, "
                       "dans le comté de Marsabit, au Kenya.", "fr", "2026-03-04")
    assert all(e.country_code != "CD" for e in events)


# Ukraine and Russia's border regions (data/places/villages/ua.toml, ru.toml)

def test_a_front_line_village_of_donetsk_is_the_place_of_a_clash_ukraine_ru_border(events_of):
    events = events_of("Ukrainian troops repelled a Russian assault on Klishchiivka, south of Bakhmut in the "
                       "Donetsk region, on Tuesday, killing 12 Russian soldiers, the General Staff said.",
                       "en", "2023-09-12")
    assert [(e.location, e.country_code) for e in events] == [("Klishchiivka", "UA")]


def test_a_kursk_border_village_is_the_place_of_shelling_ukraine_ru_border(events_of):
    events = events_of("Украинские военные обстреляли село Махновка Суджанского района Курской области, "
                       "погибли двое мирных жителей, сообщил губернатор.", "ru", "2024-08-20")
    assert [(e.location, e.country_code) for e in events] == [("Makhnovka", "RU")]
