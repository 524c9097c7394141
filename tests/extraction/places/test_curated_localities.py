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


# -- Great Lakes, Mozambique's north, the Central African Republic, South Sudan (vil-lakes) ------

def test_great_lakes_localities_are_the_places_of_attacks_on_them(events_of):
    congo = events_of("Des rebelles des ADF ont attaqué dans la nuit de lundi à mardi le village de "
                      "Mutwanga, dans le territoire de Beni, au Nord-Kivu, tuant neuf civils, selon la "
                      "société civile locale.", "fr", "2026-02-10")
    assert [(e.location, e.country_code) for e in congo] == [("Mutwanga", "CD")]
    mozambique = events_of("Insurgents linked to the Islamic State attacked the town of Palma in Cabo "
                           "Delgado province on Wednesday, killing at least 12 civilians, local sources said.",
                           "en", "2026-02-10")
    assert [(e.location, e.country_code) for e in mozambique] == [("Palma", "MZ")]
    south_sudan = events_of("Вооружённые люди напали в воскресенье на город Нимуле на юге Южного Судана, "
                            "убив не менее 20 человек, сообщили местные власти.", "ru", "2026-02-10")
    assert [(e.location, e.country_code) for e in south_sudan] == [("Nimule", "SS")]


def test_great_lakes_a_palm_frond_in_a_mozambican_story_is_no_place(events_of):
    events = events_of("Cientos de manifestantes, con hojas de palma en las manos, protestaron el martes "
                       "en Maputo contra el fraude electoral, según la policía mozambiqueña.", "es", "2026-02-10")
    assert [(e.location, e.country_code) for e in events] == [("Maputo", "MZ")]
