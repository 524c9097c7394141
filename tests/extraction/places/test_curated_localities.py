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


# the Sahel (Mali, Burkina Faso, Niger, Lake Chad): data/places/villages/ml.toml, bf.toml...
def test_sahel_a_burkinabe_commune_seat_is_the_place_of_an_attack(events_of):
    events = events_of("Des hommes armés ont attaqué lundi un détachement militaire à Barsalogho, dans la "
                       "province du Sanmatenga, tuant au moins douze soldats, selon des sources sécuritaires.",
                       "fr", "2026-03-04")
    assert [(e.location, e.country_code) for e in events] == [("Barsalogho", "BF")]


def test_sahel_a_malian_town_of_the_gourma_is_the_place_of_an_ambush(events_of):
    events = events_of("Suspected jihadists ambushed a Malian army convoy near Hombori in central Mali on "
                       "Tuesday, killing at least five soldiers, security sources said.", "en", "2026-03-04")
    assert [(e.location, e.country_code) for e in events] == [("Hombori", "ML")]
