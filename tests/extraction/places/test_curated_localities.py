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


# Horn of Africa (data/places/villages/sd.toml, so.toml, et.toml, ke.toml)

def test_horn_a_darfur_town_outside_geonames_is_the_place_of_shelling(events_of):
    events = events_of("The Rapid Support Forces shelled the town of Tawila in North Darfur on Tuesday, "
                       "killing twelve displaced people, local volunteers said.", "en", "2025-05-08")
    assert [(e.location, e.country_code) for e in events] == [("Tawila", "SD")]


def test_horn_an_arabic_gezira_town_and_a_somali_coastal_town_are_placed(events_of):
    events = events_of("قصفت قوات الدعم السريع مدينة الكاملين بولاية الجزيرة يوم الاثنين، ما أسفر عن "
                       "مقتل ثمانية مدنيين، بحسب لجان المقاومة.", "ar", "2024-06-12")
    assert [(e.location, e.country_code) for e in events] == [("Al Kamlin", "SD")]
    events = events_of("Al-Shabaab fighters attacked an army base in Barawe, in Somalia's Lower Shabelle "
                       "region, on Sunday, killing four soldiers, officials said.", "en", "2024-06-12")
    assert [(e.location, e.country_code) for e in events] == [("Barawe", "SO")]
